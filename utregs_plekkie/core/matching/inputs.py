"""What matching knows of a child and of a household's offer, and the Dutch names
they are shown with (ages, languages, needs, pets, wijken)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareForm, Need, Pet, PipelineStage, WeekendPattern, label
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule

# --------------------------------------------------------------------------- inputs


def age_in_months(birth_month: date, on: date) -> int:
    """Whole months from the birth month to ``on`` (never negative)."""
    return max(0, (on.year - birth_month.year) * 12 + on.month - birth_month.month)


def format_age(months: int) -> str:
    """``7 jaar`` or, under a year, ``5 maanden``."""
    if months < 12:
        return _("{n} maanden").format(n=months) if months != 1 else _("1 maand")
    return _("{n} jaar").format(n=months // 12)


def _fmt_date(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@dataclass(frozen=True, slots=True)
class ChildNeed:
    """What matching needs to know of a child; no name, no full postcode.

    ``sibling_codes`` are the other children of the sibling group who are placed
    together with this one; the group uses ``group_size`` places on one offer.
    """

    code: str
    age_months: int
    care_form: CareForm
    home_pc4: str | None = None
    school_pc4: str | None = None
    club_pc4: str | None = None
    wijk_code: str | None = None
    schedule: Schedule = field(default_factory=Schedule.empty)
    weekend_pattern: WeekendPattern = WeekendPattern.GEEN
    holidays: bool = False
    needs: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    culture_wish: str = ""
    allergies: frozenset[str] = frozenset()
    smoke_free: bool = False
    max_distance_km: float | None = None
    sibling_codes: tuple[str, ...] = ()
    wanted_start: date | None = None
    birth_year: int | None = None
    child_id: int | None = None

    @property
    def group_size(self) -> int:
        return 1 + len(self.sibling_codes)

    @property
    def group_codes(self) -> tuple[str, ...]:
        """This child and its siblings, sorted: the same tuple for every member."""
        return tuple(sorted((self.code, *self.sibling_codes)))


@dataclass(frozen=True, slots=True)
class CandidateOffer:
    """One availability offer of a household (or a household without any offer:
    ``offer_id`` and ``care_form`` None), with what matching needs of the household."""

    household_id: int
    offer_id: int | None
    stage: PipelineStage
    care_form: CareForm | None
    pc4: str | None = None
    wijk_code: str | None = None
    #: Dutch sentences, one per missing or expired VGB/VOG (``core.pipeline``'s
    #: ``blockers_for_available``); empty when all required checks are in order.
    screening_blockers: tuple[str, ...] = ()
    schedule: Schedule = field(default_factory=Schedule.empty)
    weekend_pattern: WeekendPattern = WeekendPattern.GEEN
    holidays: bool = False
    free_places: int = 0
    free_schedule: Schedule = field(default_factory=Schedule.empty)
    age_min: int = 0
    age_max: int = 18
    siblings_accepted: bool = False
    needs_ok: frozenset[str] = frozenset()
    max_distance_km: float | None = None
    pets: frozenset[str] = frozenset()
    smoking: bool = False
    languages: frozenset[str] = frozenset()
    culture: str = ""
    experience: frozenset[str] = frozenset()
    own_children_birth_years: tuple[int, ...] = ()
    waiting_since: date | None = None
    paused: bool = False
    valid_from: date | None = None
    valid_to: date | None = None
    #: Periods (first day, last day, reason) in which the offer is not available.
    pauses: tuple[tuple[date, date, str], ...] = ()

    @property
    def screening_ok(self) -> bool:
        return not self.screening_blockers


def reference_day(
    child: ChildNeed, on: date | None = None, siblings: Sequence[ChildNeed] = ()
) -> date:
    """The day offers are judged on: the wanted start if it lies ahead, else ``on``
    (today). Siblings are placed together, so a group uses the earliest of its days."""
    day = on or clock.today()
    starts = [
        c.wanted_start
        for c in (child, *siblings)
        if c.wanted_start is not None and c.wanted_start > day
    ]
    if len(starts) == 1 + len(siblings):
        return min(starts)
    return day


# --------------------------------------------------------------------------- languages


def _language_names() -> dict[str, str]:
    # Literal _() calls, so the translation catalogue sees every name.
    return {
        "nl": _("Nederlands"),
        "en": _("Engels"),
        "ar": _("Arabisch"),
        "tr": _("Turks"),
        "ber": _("Berbers"),
        "pap": _("Papiaments"),
        "srn": _("Sranantongo"),
        "pl": _("Pools"),
        "ti": _("Tigrinya"),
        "so": _("Somalisch"),
        "fr": _("Frans"),
        "de": _("Duits"),
        "es": _("Spaans"),
        "pt": _("Portugees"),
        "fa": _("Perzisch"),
        "uk": _("Oekraïens"),
        "ru": _("Russisch"),
        "zh": _("Chinees"),
        "hi": _("Hindi"),
        "ku": _("Koerdisch"),
        "prs": _("Dari"),
        "fy": _("Fries"),
    }


def language_name(code: str) -> str:
    """``"tr"`` -> ``"Turks"``; an unknown code is shown as given."""
    return _language_names().get(code.strip().lower(), code)


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return _("{eerste} en {laatste}").format(eerste=", ".join(items[:-1]), laatste=items[-1])


def _need_label(value: str) -> str:
    try:
        return label(Need(value))
    except ValueError:
        return value


def _pet_label(value: str) -> str:
    try:
        return label(Pet(value))
    except ValueError:
        return value


def _wijk_name(code: str | None) -> str:
    for wijk_code, name, _provider in WIJKEN:
        if wijk_code == code:
            return name
    return code or ""
