"""Supply and demand per wijk and care family today, and the shortage classes.

Supply and demand (today)
-------------------------
Per wijk and care family (voltijd, deeltijd, steunouder; a care form belongs to the
family its name starts with):

* **free places**: the availability offers of families in stage beschikbaar that are
  valid today (not paused, within ``valid_from``/``valid_to``, no offer pause covering
  today), each offer's capacity minus its active placements today, never below 0 — the
  rule of :mod:`utregs_plekkie.core.capacity` (``OfferUse.free_places``);
* **waiting children**: children with status wacht or voorgesteld (no place yet), by
  the child's own wijk and care form; their **waiting time** is the median of the days
  since ``waiting_since``;
* the **shortage** is waiting children minus free places; a wijk's colour on the map is
  its :func:`shortage_class`.

Families and children outside the city of Utrecht are shown as one extra row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from utregs_plekkie.core.enums import CareFamily, label
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview.channels import wijk_label
from utregs_plekkie.core.overview.numbers import (
    format_days,
    format_int,
    is_suppressed,
    suppress,
    suppress_derived,
)
from utregs_plekkie.core.overview.periods import median_from_histogram, merge_histograms

# --------------------------------------------------------------------------- supply/demand


class ShortageClass(StrEnum):
    """How a wijk's free places compare with its waiting children (the map's colours)."""

    GEEN_VRAAG = "geen_vraag"
    WEINIG_VRAAG = "weinig_vraag"
    GENOEG = "genoeg"
    TEKORT = "tekort"
    GROOT_TEKORT = "groot_tekort"


SHORTAGE_ORDER: tuple[ShortageClass, ...] = (
    ShortageClass.GROOT_TEKORT,
    ShortageClass.TEKORT,
    ShortageClass.GENOEG,
    ShortageClass.WEINIG_VRAAG,
    ShortageClass.GEEN_VRAAG,
)

#: Fill colours (hex RGB) shared by the page's map and the report's map.
SHORTAGE_COLOURS: dict[ShortageClass, str] = {
    ShortageClass.GROOT_TEKORT: "#c0392b",
    ShortageClass.TEKORT: "#f39c12",
    ShortageClass.GENOEG: "#27ae60",
    ShortageClass.WEINIG_VRAAG: "#d5dbdb",
    ShortageClass.GEEN_VRAAG: "#f4f6f6",
}


def shortage_class(waiting: int, free_places: int) -> ShortageClass:
    """Coverage of the waiting children by free places, in five classes.

    No waiting children; fewer than 5 (not classified further, so the colour does not
    reveal the number); enough places (free >= waiting); shortage (free covers at
    least half); large shortage (free covers less than half). Relative, so the colours
    mean the same for a small team and at national scale.
    """
    if waiting <= 0:
        return ShortageClass.GEEN_VRAAG
    if is_suppressed(waiting):
        return ShortageClass.WEINIG_VRAAG
    if free_places >= waiting:
        return ShortageClass.GENOEG
    if 2 * free_places >= waiting:
        return ShortageClass.TEKORT
    return ShortageClass.GROOT_TEKORT


def shortage_label(value: ShortageClass) -> str:
    return {
        ShortageClass.GROOT_TEKORT: _(
            "groot tekort (minder dan de helft van de kinderen heeft een plek)"
        ),
        ShortageClass.TEKORT: _("tekort (vrije plekken voor de helft of meer)"),
        ShortageClass.GENOEG: _("genoeg vrije plekken"),
        ShortageClass.WEINIG_VRAAG: _("minder dan 5 wachtende kinderen"),
        ShortageClass.GEEN_VRAAG: _("geen wachtende kinderen"),
    }[value]


def wijk_summary(cell: SupplyDemandCell) -> str:
    """What hovering over a wijk on the map shows, in Dutch, small numbers suppressed."""
    lines = [
        cell.wijk,
        _("{n} wachtende kinderen").format(n=suppress(cell.waiting)),
        _("{n} vrije plekken bij {g} beschikbare gezinnen").format(
            n=format_int(cell.free_places), g=format_int(cell.families)
        ),
    ]
    if cell.waiting > 0:
        lines.append(
            _("mediane wachttijd: {d} dagen").format(
                d=suppress_derived(format_days(cell.median_waiting_days), cell.waiting)
            )
        )
    lines.append(shortage_label(cell.shortage_class))
    return "\n".join(lines)


def care_family_label(family: CareFamily | None) -> str:
    return _("alle zorgvormen") if family is None else label(family)


@dataclass(frozen=True)
class SupplyDemandCell:
    """Supply against demand in one wijk (None: outside the city) for one care family
    (None: all together)."""

    wijk_code: str | None
    wijk: str
    care_family: CareFamily | None
    #: available families offering this kind of care
    families: int
    free_places: int
    waiting: int
    median_waiting_days: float | None

    @property
    def shortage(self) -> int:
        """Waiting children minus free places (negative: places to spare)."""
        return self.waiting - self.free_places

    @property
    def shortage_class(self) -> ShortageClass:
        return shortage_class(self.waiting, self.free_places)


@dataclass(frozen=True)
class SupplyDemand:
    #: per wijk and care family
    cells: tuple[SupplyDemandCell, ...]
    #: per wijk, all care families together (the map's colours)
    wijk_totals: tuple[SupplyDemandCell, ...]
    #: per care family, the whole area together
    family_totals: tuple[SupplyDemandCell, ...]
    total: SupplyDemandCell

    def wijk_total(self, wijk_code: str | None) -> SupplyDemandCell | None:
        return next((c for c in self.wijk_totals if c.wijk_code == wijk_code), None)


CARE_FAMILIES: tuple[CareFamily, ...] = tuple(CareFamily)


def build_supply_demand(
    offers: Mapping[tuple[str | None, CareFamily], tuple[int, int]],
    families_per_wijk: Mapping[str | None, int],
    families_total: int,
    waiting: Mapping[tuple[str | None, CareFamily], Mapping[int, int]],
    wijken: Sequence[tuple[str, str]],
) -> SupplyDemand:
    """Cells from the database's counts.

    ``offers[(wijk, family)] = (families, free places)``; ``families_per_wijk`` counts
    each family once even when it offers several kinds of care; ``waiting[(wijk,
    family)]`` is a histogram {days waiting: children} (days -1 for an unknown start).
    A wijk code not among ``wijken`` (or None) is "outside the city".
    """
    names = dict(wijken)

    def place(code: str | None) -> str | None:
        return code if code in names else None

    free: dict[tuple[str | None, CareFamily], list[int]] = {}
    for (code, family), (n_families, n_free) in offers.items():
        entry = free.setdefault((place(code), family), [0, 0])
        entry[0] += n_families
        entry[1] += n_free
    hist: dict[tuple[str | None, CareFamily], dict[int, int]] = {}
    for (code, family), histogram in waiting.items():
        target = hist.setdefault((place(code), family), {})
        for days, n in histogram.items():
            target[days] = target.get(days, 0) + n
    per_wijk_families: dict[str | None, int] = {}
    for code, n in families_per_wijk.items():
        per_wijk_families[place(code)] = per_wijk_families.get(place(code), 0) + n

    codes: list[str | None] = [code for code, _name in wijken]
    if any(code is None for code, _f in [*free, *hist]) or per_wijk_families.get(None):
        codes.append(None)

    def cell(
        code: str | None,
        family: CareFamily | None,
        families: int,
        free_places: int,
        histogram: Mapping[int, int],
    ) -> SupplyDemandCell:
        known = {d: n for d, n in histogram.items() if d >= 0}
        return SupplyDemandCell(
            wijk_code=code,
            wijk=wijk_label(code, names),
            care_family=family,
            families=families,
            free_places=free_places,
            waiting=sum(histogram.values()),
            median_waiting_days=median_from_histogram(known),
        )

    cells: list[SupplyDemandCell] = []
    totals: list[SupplyDemandCell] = []
    for code in codes:
        for family in CARE_FAMILIES:
            n_families, n_free = free.get((code, family), [0, 0])
            cells.append(cell(code, family, n_families, n_free, hist.get((code, family), {})))
        mine = [c for c in cells if c.wijk_code == code]
        totals.append(
            cell(
                code,
                None,
                per_wijk_families.get(code, 0),
                sum(c.free_places for c in mine),
                merge_histograms(hist.get((code, f), {}) for f in CARE_FAMILIES),
            )
        )
    family_totals = []
    for family in CARE_FAMILIES:
        mine = [c for c in cells if c.care_family == family]
        family_totals.append(
            SupplyDemandCell(
                wijk_code=None,
                wijk=_("totaal"),
                care_family=family,
                families=sum(c.families for c in mine),
                free_places=sum(c.free_places for c in mine),
                waiting=sum(c.waiting for c in mine),
                median_waiting_days=median_from_histogram(
                    merge_histograms(
                        {d: n for d, n in hist.get((code, family), {}).items() if d >= 0}
                        for code in codes
                    )
                ),
            )
        )
    all_hist = merge_histograms({d: n for d, n in h.items() if d >= 0} for h in hist.values())
    total = SupplyDemandCell(
        wijk_code=None,
        wijk=_("totaal"),
        care_family=None,
        families=families_total,
        free_places=sum(c.free_places for c in cells),
        waiting=sum(c.waiting for c in cells),
        median_waiting_days=median_from_histogram(all_hist),
    )
    return SupplyDemand(tuple(cells), tuple(totals), tuple(family_totals), total)
