"""The overview's figures and the rules behind them (pure Python, no Qt, no database).

The Overzicht page, the PDF report and the XLSX/CSV exports all show the figures
defined here, through the same tables (:func:`overview_tables`), so a figure reads
the same on the screen, on paper and in a spreadsheet.

The recruitment funnel
----------------------
The funnel follows a **cohort**: the information requests *received in the chosen
period* (merged duplicates left out; per provider and per wijk by the request's own
provider and wijk), and how far each of them got **up to today**. A request counts in
a step when there is evidence that it reached that step or any later one, so every
step is a part of the step before it.

=====================  ==================================================================
step                   reached when (and dated at)
=====================  ==================================================================
aanvraag               the request was received (``received_at``)
pakket verstuurd       ``pack_sent_at`` is set, or the status is pakket verstuurd, gebeld,
                       informatieavond or aangemeld, or (for a request that dropped out)
                       its status history shows pakket verstuurd or gebeld. Dated at
                       ``pack_sent_at``, else the first change to pakket verstuurd/gebeld.
informatieavond        the status is informatieavond or aangemeld, or the request attended
                       an information evening (an ``event_registrations`` row with
                       ``attended`` for an event of kind informatieavond), or (dropped
                       out) its history shows informatieavond. Dated at the first change
                       to informatieavond, else the start of the attended evening.
aanmelding             the status is aangemeld, or (dropped out) the history shows
                       aangemeld, or the family the request became
                       (``InfoRequest.household_id``) moved to aanmelding or VGB/VOG.
                       Dated at the first change to aangemeld, else the family's first
                       move to aanmelding or VGB/VOG.
gescreend (VGB/VOG)    the family moved past the VGB/VOG stage: its stage history shows a
                       move to voorbereidingstraining, gezinsonderzoek, geschiktheid,
                       samenwerkingsovereenkomst or beschikbaar. Dated at the first such
                       move.
beschikbaar            the family's stage history shows beschikbaar (or
                       ``available_since`` is set). Dated at the first move to beschikbaar,
                       else ``available_since``.
geplaatst              a child was placed with the family (any ``placements`` row, active
                       or ended). Dated at the first placement's start.
=====================  ==================================================================

For a request that did *not* drop out the current status is what counts, not earlier
statuses: a request moved back from informatieavond to gebeld did not come to the
evening. Its history still dates the steps it did reach.

* **Conversion** of a step: the part of the previous step's requests that reached it.
* **Time in a step** (median days): for the requests that reached the step *and* the
  next one, the days from reaching the step to reaching the next (whole days, from the
  two dates above). Requests still in the step are not counted in it.
* **Drop-outs per step**: requests whose furthest step is this one and that stopped:
  the family has stage gestopt (reason: the family's ``dropout_reason``), or, when there
  is no family, the request has status afgehaakt or niet nu (reason: the request's
  ``dropout_reason``; "niet nu" when none is given for niet nu). A paused family
  (gepauzeerd) has not dropped out.
* Families registered without a request in the program are not in the funnel.

Channels
--------
The same cohort, split by the request's source (website, pop-up, podcast, ...), by the
event it came in at (``InfoRequest.event_id``; events with the same name, such as the
five days of a pop-up week, also together), by wijk and by month of receipt: how many
requests each brought and how many of those *eventually* reached registration,
availability and placement.

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

Follow-up health
----------------
* **Answered within the norm**: of the requests received in the period, those whose
  first status change to something other than nieuw came before the end of the next
  working day after the day of receipt (:func:`answer_deadline`, with the team's
  working-day rules of :mod:`utregs_plekkie.core.workdays`). Requests without an
  answer are *late* once the deadline has passed and *still within the norm* before.
* **Overdue actions** (today): open requests (nieuw, pakket verstuurd, gebeld,
  informatieavond, niet nu) whose follow-up date lies before today, and families not
  stopped whose next action date lies before today.
* **Screenings expiring**: VGB/VOG checks of adults in families not stopped that expire
  within the next 60 days; and checks already expired of families that are available.

Small numbers
-------------
Figures **about children** are shown as ``"<5"`` when they are 1, 2, 3 or 4, in the
report and in every export (:func:`suppress`), and on the page too: a page is shown on
a beamer in meetings as much as it is read alone, and one rule everywhere is easier to
trust than two. (Only a record's own screen, for those allowed to see children, shows
exact data.) Charts draw no bar or point for a suppressed figure (:func:`chart_value`),
and the map's colour does not tell 1-4 waiting children apart (:func:`shortage_class`).
A figure derived from such a small number of children (a median waiting time of 3
children, a conversion into a step of 2 placements, a shortage computed from 4 waiting
children) is shown as ``"(<5)"``. Zero is shown as 0: it identifies no child, and
hiding it would hide where nobody is waiting. Figures about children are: waiting
children and their waiting time, the shortage, and placements (the funnel step
geplaatst, its conversion and the time before it, and the placed column of the channel
and month tables). Figures about requests and families are not about children and are
shown exactly. The suppressed figure never leaves this module: a suppressed
:class:`Cell` carries no value, only the text. Only primary suppression is done: a
total that is 5 or more is shown even when one of its parts is suppressed.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum, StrEnum

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareFamily, Provider, Source, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.workdays import add_working_days

__all__ = [
    "MONTH_NAMES",
    "SCREENING_HORIZON_DAYS",
    "SMALL_NUMBER_LIMIT",
    "SUPPRESSED",
    "SUPPRESSED_DERIVED",
    "Cell",
    "ChannelRow",
    "Channels",
    "DropoutCount",
    "FigureTable",
    "FollowUpHealth",
    "Funnel",
    "FunnelStep",
    "FunnelStepFigures",
    "MonthPoint",
    "Overview",
    "OverviewCancelled",
    "OverviewFilter",
    "ShortageClass",
    "SupplyDemand",
    "SupplyDemandCell",
    "answer_deadline",
    "build_funnel",
    "build_supply_demand",
    "chart_value",
    "check_period",
    "deadline_ranges",
    "default_period",
    "dropout_label",
    "format_date",
    "format_date_long",
    "format_days",
    "format_int",
    "format_percent",
    "is_suppressed",
    "median_from_histogram",
    "month_starts",
    "overview_tables",
    "parse_date",
    "period_bounds",
    "reached_from_tops",
    "shortage_class",
    "shortage_label",
    "step_label",
    "suppress",
    "suppress_derived",
    "wijk_summary",
]

# --------------------------------------------------------------------------- small numbers

#: Figures about children below this are not shown exactly.
SMALL_NUMBER_LIMIT = 5
#: What a suppressed count of children reads as.
SUPPRESSED = "<5"
#: What a figure derived from fewer than 5 children (a median, a share) reads as.
SUPPRESSED_DERIVED = "(<5)"


def is_suppressed(n: int) -> bool:
    """Whether a count of children is too small to show: 1 to 4 (0 is shown)."""
    return 0 < n < SMALL_NUMBER_LIMIT


def format_int(n: int) -> str:
    """Dutch thousands separator: 200000 -> ``"200.000"``, -1234 -> ``"-1.234"``."""
    return f"{n:,}".replace(",", ".")


def suppress(n: int) -> str:
    """A count of children as it may be shown: ``"<5"`` for 1-4, else the number."""
    return SUPPRESSED if is_suppressed(n) else format_int(n)


def suppress_derived(text: str, n_children: int) -> str:
    """A figure computed from ``n_children`` children: hidden when that is 1-4."""
    return SUPPRESSED_DERIVED if is_suppressed(n_children) else text


def chart_value(n: int, about_children: bool = False) -> float | None:
    """The height of a bar or point in a chart: None (draw nothing, label it "<5") for a
    suppressed figure, so a chart never shows what its table hides."""
    if about_children and is_suppressed(n):
        return None
    return float(n)


def format_percent(share: float | None, digits: int = 1) -> str:
    """0.1234 -> ``"12,3%"``; ``None`` (nothing to divide by) -> ``"–"``."""
    if share is None or math.isnan(share):
        return "–"
    return f"{share * 100:.{digits}f}%".replace(".", ",")


def format_days(days: float | None) -> str:
    """A median number of days: 14 -> ``"14"``, 14.5 -> ``"14,5"``, None -> ``"–"``."""
    if days is None or math.isnan(days):
        return "–"
    if float(days).is_integer():
        return format_int(int(days))
    return f"{days:.1f}".replace(".", ",")


MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def month_name(month: int) -> str:
    """The Dutch (or translated) name of a month, 1-12."""
    names = (
        _("januari"),
        _("februari"),
        _("maart"),
        _("april"),
        _("mei"),
        _("juni"),
        _("juli"),
        _("augustus"),
        _("september"),
        _("oktober"),
        _("november"),
        _("december"),
    )
    return names[month - 1]


def format_date(d: date) -> str:
    """Dutch short date: ``"31-01-2026"``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_date_long(d: date) -> str:
    """Dutch long date: ``"31 januari 2026"``."""
    return f"{d.day} {month_name(d.month)} {d.year}"


def _month_abbreviation(month: int) -> str:
    # The usual Dutch abbreviations ("mrt", not the first three letters "maa"),
    # each marked for translation where the extraction tool can see it.
    return (
        _("jan"),
        _("feb"),
        _("mrt"),
        _("apr"),
        _("mei"),
        _("jun"),
        _("jul"),
        _("aug"),
        _("sep"),
        _("okt"),
        _("nov"),
        _("dec"),
    )[month - 1]


def format_month(d: date) -> str:
    """``"jan 2026"`` style label for a month (the first of it)."""
    return f"{_month_abbreviation(d.month)} {d.year}"


# --------------------------------------------------------------------------- periods

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DUTCH_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def parse_date(text: str, field: str = "datum") -> date:
    """A date typed as ``JJJJ-MM-DD`` or ``DD-MM-JJJJ`` (also with / or .).

    Raises :class:`ValidationError` with a Dutch sentence that says what to type.
    """
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DUTCH_DATE.match(text)
        if not match:
            raise ValidationError(
                _(
                    "'{tekst}' is geen datum. Typ de datum als JJJJ-MM-DD of DD-MM-JJJJ, "
                    "bijvoorbeeld 2026-01-31 of 31-01-2026."
                ).format(tekst=text.strip()),
                field,
            )
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            _(
                "'{tekst}' bestaat niet als datum (kijk de dag en de maand na). Typ de datum "
                "als JJJJ-MM-DD of DD-MM-JJJJ, bijvoorbeeld 2026-01-31."
            ).format(tekst=text.strip()),
            field,
        ) from None


def check_period(period_from: date, period_to: date) -> None:
    """Refuse a period that ends before it starts."""
    if period_from > period_to:
        raise ValidationError(
            _(
                "De begindatum {van} ligt na de einddatum {tot}. Kies een begindatum die "
                "op of vóór de einddatum ligt."
            ).format(van=format_date(period_from), tot=format_date(period_to)),
            "period_from",
        )


def default_period(today: date | None = None) -> tuple[date, date]:
    """The page's first period: the last twelve months, from the 1st of the month."""
    day = today or clock.today()
    month = day.month - 11
    year = day.year
    if month < 1:
        month += 12
        year -= 1
    return date(year, month, 1), day


def _local_midnight_utc(d: date) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=clock.LOCAL_TZ).astimezone(UTC)


def period_bounds(period_from: date, period_to: date) -> tuple[datetime, datetime]:
    """The period as a half-open UTC range: local midnight of the first day up to local
    midnight after the last day (both days are part of the period)."""
    return _local_midnight_utc(period_from), _local_midnight_utc(period_to + timedelta(days=1))


def month_starts(period_from: date, period_to: date) -> list[date]:
    """The first day of every month the period touches, in order."""
    months: list[date] = []
    current = date(period_from.year, period_from.month, 1)
    while current <= period_to:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def month_bounds_utc(months: Sequence[date]) -> list[datetime]:
    """Local midnight (as UTC) at the start of every month after the first one: the
    boundaries that put a moment into its (Dutch) month."""
    bounds: list[datetime] = []
    for start in months[1:]:
        bounds.append(_local_midnight_utc(start))
    return bounds


# --------------------------------------------------------------------------- working days


def answer_deadline(received_on: date, norm_days: int = 1) -> datetime:
    """The moment (aware, local) by which a request received on ``received_on`` must be
    answered: the end of the ``norm_days``-th working day after the day of receipt
    (:func:`utregs_plekkie.core.workdays.add_working_days`: weekends and Dutch public
    holidays do not count). Received on a Friday, Saturday or Sunday with the norm of
    1 working day: the end of Monday, or of Tuesday after Easter.
    """
    due = add_working_days(received_on, norm_days)
    return datetime.combine(due + timedelta(days=1), time(0, 0), tzinfo=clock.LOCAL_TZ)


def deadline_ranges(
    period_from: date, period_to: date, norm_days: int = 1
) -> list[tuple[datetime, datetime, datetime]]:
    """``(start, stop, deadline)`` in UTC for the days of the period: a request received
    in ``[start, stop)`` must be answered before ``deadline``. Consecutive days with the
    same deadline (Friday to Sunday) share one range, so a year needs about 250."""
    ranges: list[tuple[datetime, datetime, datetime]] = []
    day = period_from
    while day <= period_to:
        deadline = answer_deadline(day, norm_days).astimezone(UTC)
        start = _local_midnight_utc(day)
        stop = _local_midnight_utc(day + timedelta(days=1))
        if ranges and ranges[-1][2] == deadline and ranges[-1][1] == start:
            ranges[-1] = (ranges[-1][0], stop, deadline)
        else:
            ranges.append((start, stop, deadline))
        day += timedelta(days=1)
    return ranges


# --------------------------------------------------------------------------- medians


def median_from_histogram(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as ``{value: how often}``; None when there are none.

    With an even number of values it is the mean of the two middle ones (so 14.5 days
    is possible). Negative values are treated as 0: a step cannot take less than no time.
    """
    counts: dict[int, int] = {}
    for value, n in histogram.items():
        if n > 0:
            key = max(0, int(value))
            counts[key] = counts.get(key, 0) + int(n)
    total = sum(counts.values())
    if total == 0:
        return None
    lower_rank = (total + 1) // 2  # 1-based ranks of the middle value(s)
    upper_rank = total // 2 + 1
    seen = 0
    lower: int | None = None
    for value in sorted(counts):
        seen += counts[value]
        if lower is None and seen >= lower_rank:
            lower = value
        if seen >= upper_rank:
            assert lower is not None
            return (lower + value) / 2
    raise AssertionError("unreachable: the ranks lie within the total")


def merge_histograms(histograms: Iterable[Mapping[int, int]]) -> dict[int, int]:
    merged: dict[int, int] = {}
    for histogram in histograms:
        for value, n in histogram.items():
            merged[value] = merged.get(value, 0) + n
    return merged


# --------------------------------------------------------------------------- funnel


class FunnelStep(IntEnum):
    """The steps of the recruitment funnel, in order (see the module docstring)."""

    AANVRAAG = 0
    PAKKET = 1
    INFORMATIEAVOND = 2
    AANMELDING = 3
    GESCREEND = 4
    BESCHIKBAAR = 5
    GEPLAATST = 6

    @property
    def about_children(self) -> bool:
        """Whether a count of this step is a figure about children (placements)."""
        return self is FunnelStep.GEPLAATST


FUNNEL_STEPS: tuple[FunnelStep, ...] = tuple(FunnelStep)


def step_label(step: FunnelStep) -> str:
    return {
        FunnelStep.AANVRAAG: _("aanvraag"),
        FunnelStep.PAKKET: _("pakket verstuurd"),
        FunnelStep.INFORMATIEAVOND: _("informatieavond"),
        FunnelStep.AANMELDING: _("aanmelding"),
        FunnelStep.GESCREEND: _("gescreend (VGB/VOG)"),
        FunnelStep.BESCHIKBAAR: _("beschikbaar"),
        FunnelStep.GEPLAATST: _("geplaatst"),
    }[step]


def step_definition(step: FunnelStep) -> str:
    """One Dutch sentence per step for the report's reading guide."""
    return {
        FunnelStep.AANVRAAG: _("de aanvraag kwam binnen in de gekozen periode"),
        FunnelStep.PAKKET: _("het informatiepakket is verstuurd"),
        FunnelStep.INFORMATIEAVOND: _(
            "de aanvrager kwam naar een informatieavond (status of aanwezigheid)"
        ),
        FunnelStep.AANMELDING: _("de aanvrager heeft zich aangemeld als pleeg- of steunouder"),
        FunnelStep.GESCREEND: _("het gezin is door de VGB/VOG heen (volgende fase bereikt)"),
        FunnelStep.BESCHIKBAAR: _("het gezin is goedgekeurd en beschikbaar voor matching"),
        FunnelStep.GEPLAATST: _("er is een kind bij het gezin geplaatst"),
    }[step]


def time_in_step_label(step: FunnelStep) -> str:
    """What the median time of a step measures, e.g. "van aanvraag tot pakket verstuurd"."""
    if step is FunnelStep.GEPLAATST:
        return "–"
    return _("van {stap} tot {volgende}").format(
        stap=step_label(step), volgende=step_label(FunnelStep(step + 1))
    )


def _dropout_labels() -> dict[str, str]:
    """Drop-out reason codes (as recruiters choose them) with their Dutch words."""
    return {
        "geen_tijd": _("geen tijd"),
        "persoonlijke_omstandigheden": _("persoonlijke omstandigheden"),
        "andere_organisatie": _("gaat naar een andere organisatie"),
        "geen_reactie": _("geen reactie meer"),
        "verwachtingen": _("past niet bij de verwachtingen"),
        "woonruimte": _("te weinig woonruimte"),
        "niet_geschikt": _("niet geschikt bevonden"),
        "vgb_geweigerd": _("VGB/VOG geweigerd"),
        "verhuisd": _("verhuisd"),
        "gezinsuitbreiding": _("gezinsuitbreiding"),
        "zwaarder_dan_verwacht": _("zwaarder dan verwacht"),
        "niet_nu": _("niet nu (later opnieuw benaderen)"),
        "": _("geen reden opgegeven"),
    }


def dropout_label(code: str | None) -> str:
    """The Dutch words for a drop-out reason code; an unknown code reads as itself."""
    key = (code or "").strip()
    labels = _dropout_labels()
    if key in labels:
        return labels[key]
    return key.replace("_", " ")


@dataclass(frozen=True)
class DropoutCount:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class FunnelStepFigures:
    step: FunnelStep
    reached: int
    #: reached / reached of the previous step (None for the first step or nothing before)
    conversion: float | None
    #: reached / requests
    share: float | None
    #: median days from reaching this step to reaching the next (None: nobody moved on)
    median_days: float | None
    #: how many moved on with both dates known: the number behind the median
    moved_on: int
    #: stopped while this was their furthest step
    dropped: int
    reasons: tuple[DropoutCount, ...]

    @property
    def label(self) -> str:
        return step_label(self.step)

    @property
    def about_children(self) -> bool:
        return self.step.about_children


@dataclass(frozen=True)
class Funnel:
    steps: tuple[FunnelStepFigures, ...]

    def __getitem__(self, step: FunnelStep) -> FunnelStepFigures:
        return self.steps[int(step)]

    @property
    def requests(self) -> int:
        return self.steps[0].reached

    @property
    def dropped(self) -> int:
        return sum(s.dropped for s in self.steps)


def reached_from_tops(tops: Mapping[int, int]) -> list[int]:
    """From "how many got no further than step k" to "how many reached step k or later"."""
    reached = [0] * len(FUNNEL_STEPS)
    for top, n in tops.items():
        top = min(max(int(top), 0), len(FUNNEL_STEPS) - 1)
        for k in range(top + 1):
            reached[k] += n
    return reached


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


def build_funnel(
    reached: Sequence[int],
    durations: Mapping[int, Mapping[int, int]],
    dropouts: Mapping[tuple[int, str], int],
) -> Funnel:
    """The funnel's figures from counts the database gave.

    ``reached[k]``: requests that reached step k or later (non-increasing);
    ``durations[k]``: histogram {whole days: count} of the time from step k to k+1;
    ``dropouts[(k, reason)]``: drop-outs whose furthest step is k, per reason code.
    """
    if len(reached) != len(FUNNEL_STEPS):
        raise ValueError(f"expected {len(FUNNEL_STEPS)} counts, got {len(reached)}")
    if any(later > earlier for earlier, later in itertools.pairwise(reached)):
        raise ValueError(f"a funnel step cannot hold more than the one before: {reached}")
    requests = reached[0]
    steps: list[FunnelStepFigures] = []
    for step in FUNNEL_STEPS:
        k = int(step)
        histogram = durations.get(k, {}) if step is not FunnelStep.GEPLAATST else {}
        reasons = sorted(
            (
                DropoutCount(code, dropout_label(code), n)
                for (top, code), n in dropouts.items()
                if top == k and n > 0
            ),
            key=lambda d: (-d.count, d.label),
        )
        steps.append(
            FunnelStepFigures(
                step=step,
                reached=reached[k],
                conversion=None if k == 0 else _ratio(reached[k], reached[k - 1]),
                share=_ratio(reached[k], requests),
                median_days=median_from_histogram(histogram),
                moved_on=sum(n for n in histogram.values() if n > 0),
                dropped=sum(d.count for d in reasons),
                reasons=tuple(reasons),
            )
        )
    return Funnel(tuple(steps))


# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class ChannelRow:
    """What one source, event, wijk or month brought: requests reaching each step."""

    key: str
    label: str
    reached: tuple[int, ...]
    detail: str = ""

    @property
    def requests(self) -> int:
        return self.reached[FunnelStep.AANVRAAG]

    @property
    def registrations(self) -> int:
        return self.reached[FunnelStep.AANMELDING]

    @property
    def available(self) -> int:
        return self.reached[FunnelStep.BESCHIKBAAR]

    @property
    def placed(self) -> int:
        return self.reached[FunnelStep.GEPLAATST]

    @property
    def registration_rate(self) -> float | None:
        return _ratio(self.registrations, self.requests)

    @property
    def available_rate(self) -> float | None:
        return _ratio(self.available, self.requests)


def add_reached(a: Sequence[int], b: Sequence[int]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


EMPTY_REACHED: tuple[int, ...] = (0,) * len(FUNNEL_STEPS)


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    kind: str
    starts_at: datetime


@dataclass(frozen=True)
class Channels:
    by_source: tuple[ChannelRow, ...]
    #: one row per event requests came in at, by date
    by_event: tuple[ChannelRow, ...]
    #: events with the same name together (e.g. the five days of a pop-up week)
    by_event_group: tuple[ChannelRow, ...]
    #: per wijk of the request (the last row: outside the city or unknown)
    by_wijk: tuple[ChannelRow, ...]


def source_label(value: str) -> str:
    try:
        return label(Source(value))
    except ValueError:
        return value


OUTSIDE_CITY = "buiten"


def wijk_label(code: str | None, names: Mapping[str, str]) -> str:
    if code is None or code == OUTSIDE_CITY:
        return _("buiten de stad of onbekend")
    return names.get(code, code)


def build_channels(
    per_key: Mapping[tuple[str, int | None, str | None], Sequence[int]],
    events: Mapping[int, EventInfo],
    wijken: Sequence[tuple[str, str]],
) -> Channels:
    """Channel rows from reached-counts per (source, event id, wijk code)."""
    names = dict(wijken)
    by_source: dict[str, tuple[int, ...]] = {}
    by_event: dict[int, tuple[int, ...]] = {}
    by_wijk: dict[str, tuple[int, ...]] = {}
    for (source, event_id, wijk), reached in per_key.items():
        by_source[source] = add_reached(by_source.get(source, EMPTY_REACHED), reached)
        if event_id is not None:
            by_event[event_id] = add_reached(by_event.get(event_id, EMPTY_REACHED), reached)
        key = wijk if wijk in names else OUTSIDE_CITY
        by_wijk[key] = add_reached(by_wijk.get(key, EMPTY_REACHED), reached)

    source_order = {s.value: i for i, s in enumerate(Source)}
    source_rows = tuple(
        ChannelRow(s, source_label(s), by_source[s])
        for s in sorted(by_source, key=lambda s: (source_order.get(s, 99), s))
    )

    def event_detail(info: EventInfo | None) -> str:
        if info is None:
            return ""
        return format_date(info.starts_at.astimezone(clock.LOCAL_TZ).date())

    event_rows: list[ChannelRow] = []
    groups: dict[str, tuple[tuple[int, ...], list[date]]] = {}
    far = datetime.max.replace(tzinfo=UTC)
    for event_id in sorted(
        by_event, key=lambda e: (events[e].starts_at if e in events else far, e)
    ):
        info = events.get(event_id)
        name = info.name if info is not None else _("evenement {id}").format(id=event_id)
        event_rows.append(ChannelRow(str(event_id), name, by_event[event_id], event_detail(info)))
        reached, days = groups.get(name, (EMPTY_REACHED, []))
        if info is not None:
            days = [*days, info.starts_at.astimezone(clock.LOCAL_TZ).date()]
        groups[name] = (add_reached(reached, by_event[event_id]), days)
    group_rows = []
    for name, (reached, days) in groups.items():
        if days and min(days) != max(days):
            detail = _("{van} t/m {tot} ({n} dagen)").format(
                van=format_date(min(days)), tot=format_date(max(days)), n=len(days)
            )
        else:
            detail = format_date(days[0]) if days else ""
        group_rows.append(ChannelRow(name, name, reached, detail))
    wijk_rows = [ChannelRow(code, name, by_wijk.get(code, EMPTY_REACHED)) for code, name in wijken]
    if by_wijk.get(OUTSIDE_CITY):
        wijk_rows.append(ChannelRow(OUTSIDE_CITY, wijk_label(None, names), by_wijk[OUTSIDE_CITY]))
    return Channels(
        by_source=source_rows,
        by_event=tuple(event_rows),
        by_event_group=tuple(group_rows),
        by_wijk=tuple(wijk_rows),
    )


@dataclass(frozen=True)
class MonthPoint:
    """The requests received in one month and how far they got (up to today)."""

    month: date
    reached: tuple[int, ...]

    @property
    def label(self) -> str:
        return format_month(self.month)


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


# --------------------------------------------------------------------------- follow-up


SCREENING_HORIZON_DAYS = 60


@dataclass(frozen=True)
class FollowUpHealth:
    norm_working_days: int
    #: requests received in the period
    requests: int
    answered_on_time: int
    answered_late: int
    #: no answer yet and the deadline has passed
    unanswered_late: int
    #: no answer yet, deadline still to come
    unanswered_pending: int
    #: open requests whose follow-up date lies before today
    overdue_requests: int
    #: families (not stopped) whose next action lies before today
    overdue_households: int
    #: VGB checks expiring within the horizon
    vgb_expiring: int
    vog_expiring: int
    #: checks already expired of families that are available now
    expired_available: int
    horizon_days: int = SCREENING_HORIZON_DAYS

    @property
    def judged(self) -> int:
        """Requests whose answer is due: answered, or late without an answer."""
        return self.answered_on_time + self.answered_late + self.unanswered_late

    @property
    def on_time_share(self) -> float | None:
        return _ratio(self.answered_on_time, self.judged)

    @property
    def screenings_expiring(self) -> int:
        return self.vgb_expiring + self.vog_expiring

    @property
    def overdue_actions(self) -> int:
        return self.overdue_requests + self.overdue_households


# --------------------------------------------------------------------------- the whole


class OverviewCancelled(UserError):
    """The user stopped the computation (the progress callback returned False)."""

    def __init__(self) -> None:
        super().__init__(_("Het overzicht is afgebroken. Er is niets veranderd."))


@dataclass(frozen=True)
class OverviewFilter:
    period_from: date
    period_to: date
    provider: Provider | None = None
    wijk_code: str | None = None
    wijk: str | None = None  # its name, for titles

    def describe(self) -> str:
        """E.g. "01-12-2025 t/m 30-11-2026, KOOS Utrecht, wijk West"."""
        parts = [
            _("{van} t/m {tot}").format(
                van=format_date(self.period_from), tot=format_date(self.period_to)
            )
        ]
        parts.append(self.provider_text())
        if self.wijk_code is not None:
            parts.append(_("wijk {wijk}").format(wijk=self.wijk or self.wijk_code))
        return ", ".join(parts)

    def provider_text(self) -> str:
        if self.provider is None:
            return _("KOOS Utrecht en Spoor030")
        return label(self.provider)


@dataclass(frozen=True)
class Overview:
    """Every figure of the Overzicht page, computed in one go (see the module docstring)."""

    filter: OverviewFilter
    computed_at: datetime
    funnel: Funnel
    channels: Channels
    months: tuple[MonthPoint, ...]
    supply_demand: SupplyDemand
    health: FollowUpHealth
    seconds: float = 0.0
    wijken: tuple[tuple[str, str], ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Cell:
    """One figure as it is shown: ``text`` always; ``value`` only when it may be shown
    exactly (None for a suppressed or absent figure), so an export cannot leak it."""

    text: str
    value: int | float | str | None = None
    kind: str = "text"  # "text", "int", "percent", "days"
    suppressed: bool = False

    @staticmethod
    def of_text(text: str) -> Cell:
        return Cell(text, text, "text")

    @staticmethod
    def of_int(n: int, about_children: bool = False) -> Cell:
        if about_children and is_suppressed(n):
            return Cell(SUPPRESSED, None, "int", True)
        return Cell(format_int(n), n, "int")

    @staticmethod
    def of_percent(share: float | None, children_behind: int | None = None) -> Cell:
        if children_behind is not None and is_suppressed(children_behind):
            return Cell(SUPPRESSED_DERIVED, None, "percent", True)
        if share is None:
            return Cell("–", None, "percent")
        return Cell(format_percent(share), round(share, 4), "percent")

    @staticmethod
    def of_days(days: float | None, children_behind: int | None = None) -> Cell:
        if children_behind is not None and is_suppressed(children_behind):
            return Cell(SUPPRESSED_DERIVED, None, "days", True)
        if days is None:
            return Cell("–", None, "days")
        return Cell(format_days(days), days, "days")

    @staticmethod
    def of_signed(n: int, children_behind: int) -> Cell:
        """A figure derived from a count of children (the shortage)."""
        if is_suppressed(children_behind):
            return Cell(SUPPRESSED_DERIVED, None, "int", True)
        return Cell(format_int(n), n, "int")


@dataclass(frozen=True)
class FigureTable:
    """One table of figures: a sheet in the XLSX, a table in the report and on the page."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""
    #: rows that are totals (shown bold)
    total_rows: frozenset[int] = frozenset()


def _channel_columns(first: str) -> tuple[str, ...]:
    return (
        first,
        _("aanvragen"),
        _("pakket"),
        _("info-avond"),
        _("aangemeld"),
        _("gescreend"),
        _("beschikbaar"),
        _("geplaatst"),
        _("% aangemeld"),
        _("% beschikbaar"),
    )


def _channel_row(row: ChannelRow, name: str | None = None) -> tuple[Cell, ...]:
    return (
        Cell.of_text(name if name is not None else row.label),
        *(
            Cell.of_int(n, step.about_children)
            for step, n in zip(FUNNEL_STEPS, row.reached, strict=True)
        ),
        Cell.of_percent(row.registration_rate),
        Cell.of_percent(row.available_rate),
    )


def _channel_total(rows: Sequence[ChannelRow]) -> ChannelRow:
    total = EMPTY_REACHED
    for row in rows:
        total = add_reached(total, row.reached)
    return ChannelRow("totaal", _("totaal"), total)


def suppression_note() -> str:
    """The sentence that explains "<5" and "(<5)", for every place that shows them."""
    return _(
        'Cijfers over kinderen kleiner dan 5 staan er als "<5"; een cijfer dat op minder '
        'dan 5 kinderen berust (een mediaan, een percentage, een tekort) als "(<5)".'
    )


def overview_tables(overview: Overview) -> tuple[FigureTable, ...]:
    """Every figure of the overview as tables, with small numbers suppressed.

    The page, the report and the exports use exactly these tables.
    """
    funnel = overview.funnel
    health = overview.health
    sd = overview.supply_demand
    tables: list[FigureTable] = []

    # Key figures.
    key_rows = [
        (_("aanvragen in de periode"), Cell.of_int(funnel.requests)),
        (_("aangemeld (van die aanvragen)"), Cell.of_int(funnel[FunnelStep.AANMELDING].reached)),
        (_("beschikbaar geworden"), Cell.of_int(funnel[FunnelStep.BESCHIKBAAR].reached)),
        (
            _("gezin met een geplaatst kind"),
            Cell.of_int(funnel[FunnelStep.GEPLAATST].reached, about_children=True),
        ),
        (_("vrije plekken nu"), Cell.of_int(sd.total.free_places)),
        (_("wachtende kinderen nu"), Cell.of_int(sd.total.waiting, about_children=True)),
        (
            _("binnen de norm beantwoord"),
            Cell.of_percent(health.on_time_share),
        ),
        (_("acties te laat"), Cell.of_int(health.overdue_actions)),
    ]
    tables.append(
        FigureTable(
            "kerncijfers",
            _("Kerncijfers"),
            (_("cijfer"), _("waarde")),
            tuple((Cell.of_text(name), value) for name, value in key_rows),
            note=suppression_note(),
        )
    )

    # Funnel.
    funnel_rows = []
    for figures in funnel.steps:
        children = figures.about_children
        next_is_children = (
            figures.step + 1 < len(FUNNEL_STEPS) and FunnelStep(figures.step + 1).about_children
        )
        funnel_rows.append(
            (
                Cell.of_text(figures.label),
                Cell.of_int(figures.reached, children),
                Cell.of_percent(figures.conversion, figures.reached if children else None),
                Cell.of_percent(figures.share, figures.reached if children else None),
                Cell.of_days(figures.median_days, figures.moved_on if next_is_children else None),
                Cell.of_int(figures.moved_on, next_is_children),
                Cell.of_int(figures.dropped),
            )
        )
    tables.append(
        FigureTable(
            "trechter",
            _("Trechter: van aanvraag tot plaatsing"),
            (
                _("stap"),
                _("bereikt"),
                _("% van vorige stap"),
                _("% van aanvragen"),
                _("mediaan dagen in deze stap"),
                _("doorgegaan (aantal achter de mediaan)"),
                _("afgehaakt in deze stap"),
            ),
            tuple(funnel_rows),
            note=_(
                "Aanvragen ontvangen in de periode, gevolgd tot vandaag. Mediaan dagen: "
                "van het bereiken van deze stap tot het bereiken van de volgende, voor wie "
                "doorging."
            ),
        )
    )

    dropout_rows = []
    for figures in funnel.steps:
        for reason in figures.reasons:
            dropout_rows.append(
                (
                    Cell.of_text(figures.label),
                    Cell.of_text(reason.label),
                    Cell.of_int(reason.count),
                    Cell.of_percent(_ratio(reason.count, figures.dropped)),
                )
            )
    tables.append(
        FigureTable(
            "afhakers",
            _("Afhakers per stap, met hun reden"),
            (_("laatste stap"), _("reden"), _("aantal"), _("% van afhakers in die stap")),
            tuple(dropout_rows),
            note=_(
                "Een aanvraag of gezin dat stopte, bij de verste stap die het bereikte. "
                "Gepauzeerde gezinnen zijn niet afgehaakt."
            ),
        )
    )

    # Channels.
    channels = overview.channels
    source_rows = [_channel_row(r) for r in channels.by_source]
    source_rows.append(_channel_row(_channel_total(channels.by_source)))
    tables.append(
        FigureTable(
            "bronnen",
            _("Wat elke bron opleverde"),
            _channel_columns(_("bron")),
            tuple(source_rows),
            note=_("Aanvragen uit de periode per bron, en hoe ver ze tot vandaag kwamen."),
            total_rows=frozenset({len(source_rows) - 1}),
        )
    )
    group_rows = [
        _channel_row(r, f"{r.label} ({r.detail})" if r.detail else r.label)
        for r in channels.by_event_group
    ]
    tables.append(
        FigureTable(
            "evenementen",
            _("Wat elk evenement opleverde"),
            _channel_columns(_("evenement")),
            tuple(group_rows),
            note=_(
                "Aanvragen die op een evenement binnenkwamen; evenementen met dezelfde naam "
                "(zoals de dagen van een pop-upweek) samen."
            ),
        )
    )
    event_rows = [
        _channel_row(r, f"{r.label} ({r.detail})" if r.detail else r.label)
        for r in channels.by_event
    ]
    tables.append(
        FigureTable(
            "evenementdagen",
            _("Per evenementdag"),
            _channel_columns(_("evenement (datum)")),
            tuple(event_rows),
        )
    )
    wijk_rows = [_channel_row(r) for r in channels.by_wijk]
    wijk_rows.append(_channel_row(_channel_total(channels.by_wijk)))
    tables.append(
        FigureTable(
            "wijken",
            _("Trechter per wijk (woonplaats van de aanvrager)"),
            _channel_columns(_("wijk")),
            tuple(wijk_rows),
            total_rows=frozenset({len(wijk_rows) - 1}),
        )
    )

    # Months.
    month_rows = [
        _channel_row(ChannelRow(p.month.isoformat(), p.label, p.reached)) for p in overview.months
    ]
    tables.append(
        FigureTable(
            "maanden",
            _("Per maand van binnenkomst"),
            _channel_columns(_("maand")),
            tuple(month_rows),
            note=_("Aanvragen per maand van binnenkomst, en hoe ver ze tot vandaag kwamen."),
        )
    )

    # Supply and demand.
    def sd_figures(c: SupplyDemandCell) -> tuple[Cell, ...]:
        return (
            Cell.of_int(c.families),
            Cell.of_int(c.free_places),
            Cell.of_int(c.waiting, about_children=True),
            Cell.of_signed(c.shortage, c.waiting),
            Cell.of_days(c.median_waiting_days, c.waiting),
        )

    def sd_row(c: SupplyDemandCell, name: str) -> tuple[Cell, ...]:
        return (
            Cell.of_text(name),
            Cell.of_text(care_family_label(c.care_family)),
            *sd_figures(c),
        )

    sd_figure_columns = (
        _("beschikbare gezinnen"),
        _("vrije plekken"),
        _("wachtende kinderen"),
        _("tekort (+) of overschot (−)"),
        _("mediane wachttijd (dagen)"),
    )
    sd_columns = (_("wijk"), _("zorgvorm"), *sd_figure_columns)
    per_wijk_rows = [(Cell.of_text(c.wijk), *sd_figures(c)) for c in sd.wijk_totals]
    per_wijk_rows.append((Cell.of_text(_("totaal")), *sd_figures(sd.total)))
    tables.append(
        FigureTable(
            "vraag_aanbod_wijk",
            _("Vraag en aanbod per wijk (vandaag)"),
            (_("wijk"), *sd_figure_columns),
            tuple(per_wijk_rows),
            note=_(
                "Alle zorgvormen samen. Vrije plekken: aanbod van beschikbare gezinnen min "
                "lopende plaatsingen. Wachtende kinderen: status wacht of voorgesteld. "
                "Tekort: wachtende kinderen min vrije plekken; een gezin met meer "
                "zorgvormen telt per wijk één keer."
            ),
            total_rows=frozenset({len(per_wijk_rows) - 1}),
        )
    )
    cell_rows = [sd_row(c, c.wijk) for c in sd.cells]
    cell_rows.extend(sd_row(c, _("totaal")) for c in sd.family_totals)
    tables.append(
        FigureTable(
            "vraag_aanbod",
            _("Vraag en aanbod per wijk en zorgvorm (vandaag)"),
            sd_columns,
            tuple(cell_rows),
            total_rows=frozenset(range(len(sd.cells), len(cell_rows))),
        )
    )

    # Follow-up health.
    health_rows = [
        (
            _("aanvragen in de periode"),
            Cell.of_int(health.requests),
        ),
        (
            _("binnen {n} werkdag beantwoord").format(n=health.norm_working_days),
            Cell.of_int(health.answered_on_time),
        ),
        (_("te laat beantwoord"), Cell.of_int(health.answered_late)),
        (_("niet beantwoord, norm verstreken"), Cell.of_int(health.unanswered_late)),
        (_("niet beantwoord, nog binnen de norm"), Cell.of_int(health.unanswered_pending)),
        (_("deel binnen de norm"), Cell.of_percent(health.on_time_share)),
        (_("aanvragen met een te late opvolgactie (nu)"), Cell.of_int(health.overdue_requests)),
        (_("gezinnen met een te late volgende actie (nu)"), Cell.of_int(health.overdue_households)),
        (
            _("VGB's die binnen {n} dagen verlopen").format(n=health.horizon_days),
            Cell.of_int(health.vgb_expiring),
        ),
        (
            _("VOG's die binnen {n} dagen verlopen").format(n=health.horizon_days),
            Cell.of_int(health.vog_expiring),
        ),
        (
            _("verlopen VGB/VOG bij beschikbare gezinnen"),
            Cell.of_int(health.expired_available),
        ),
    ]
    tables.append(
        FigureTable(
            "opvolging",
            _("Opvolging"),
            (_("cijfer"), _("waarde")),
            tuple((Cell.of_text(name), value) for name, value in health_rows),
            note=_(
                "Norm: de eerste statuswijziging na 'nieuw' vóór het einde van de volgende "
                "werkdag (weekenden en feestdagen tellen niet mee)."
            ),
        )
    )
    return tuple(tables)


def table_by_key(tables: Iterable[FigureTable], key: str) -> FigureTable:
    for table in tables:
        if table.key == key:
            return table
    raise KeyError(key)


ProgressCallback = Callable[[int, int], bool]
