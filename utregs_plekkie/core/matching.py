"""The matching engine: which households can take a child, and how well they fit.

Pure Python + NumPy, no Qt. Two layers:

**Hard limits** never bend. A household is excluded, with every reason that applies
(in Dutch), when it is not beschikbaar or a required VGB/VOG is missing or expired;
when none of its offers can serve the child's care form, schedule, weekends or
holidays; when an offer has too few free places for the whole sibling group (siblings
are placed together, on one offer) or does not take siblings; when the child's age is
outside the offer's range; when a pet meets the child's allergy or smoking meets a
smoke-free requirement; when the family cannot handle the child's needs; when the
distance is beyond the family's or the child's maximum; when this pair was proposed
before and declined; or when the offer is paused or outside its valid period.

**Soft fit** ranks the rest: a score in [0, 1], the weighted mean of named components
(:data:`COMPONENTS`), each with a one-line Dutch explanation.

Decisions worth knowing (the Matching page should explain the same to its users):

* *Care forms.* :data:`OFFER_SERVES` says which needs an offer of each kind can serve.
  Crisis care only serves crisis (a crisis family is ready within 24 hours; a crisis
  child needs exactly that). A long-term family (voltijd_lang) can also take a
  short-term child: it has committed to more than a year, not less. Part-time
  day-parts (deeltijd_dagdelen, a foster family with a VGB) can also give the few hours
  a week of a support family (steunouder). Everything else serves only itself.
* *Schedules.* Full-time care uses places only (a bed; the whole week). Part-time and
  support care also use the parts of the week they take (``core.capacity``): a child's
  schedule (for a sibling group: the union of their schedules, they come together)
  must lie within the offer's *free* schedule.
* *Distances* are great-circle km between PC4 centroids (``core.geo``). The distance
  that counts for a limit is the larger of the distances to the child's home and to
  their school (both are places the child must keep reaching). An unknown postcode is
  never 0 km: the distance is *unknown*; it excludes a household only when a maximum
  applies (the family's or the child's), and the reason says so. Without a maximum
  the household stays a candidate and the distance components score 0 with
  "afstand onbekend" in the explanation.
* *Dates.* Paused periods and valid periods are judged on the reference day: the
  child's wanted start when that lies ahead, else today (for a sibling group the
  earliest of its members' days). Free capacity is what the
  caller computed (``core.capacity.OfferUse``, normally as of today).
* *Scores* are household-level (an offer only decides whether the household can take
  the child), so all feasible offers of a household score the same; a household is
  one candidate, with its best offer (most free places, then lowest id). Scores are
  rounded to 4 decimals so that the plan's totals add up exactly to what ``match``
  shows. Ties are broken by distance to school, then household id, then offer id.

Speed: a :class:`CandidatePool` turns all offers into NumPy arrays once; ranking a child
is then a few dozen array operations over all rows (25,000 households in a few ms).
Reasons and explanations are built as text only for what is looked at: the top
``explain_top`` candidates at once, the rest when accessed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import IntFlag
from functools import lru_cache
from typing import Any, TypeVar, overload

import numpy as np
import numpy.typing as npt

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    CareForm,
    Need,
    Pet,
    PipelineStage,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import (
    WIJKEN,
    GeoIndex,
    Place,
    describe_distance,
    format_km,
    haversine_km_np,
    pc4_of,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule, weekends_per_four_weeks
from utregs_plekkie.core.validation import search_key

__all__ = [
    "COMPONENTS",
    "OFFER_SERVES",
    "WEIGHTS_SETTING_KEY",
    "Candidate",
    "CandidateOffer",
    "CandidatePool",
    "ChildNeed",
    "Exclusion",
    "GroupFit",
    "Limit",
    "MatchWeights",
    "Ranking",
    "age_in_months",
    "component_label",
    "evaluate_group",
    "format_age",
    "language_name",
    "limit_label",
    "no_fit_reason",
    "offer_serves",
    "rank",
    "reference_day",
]

IntArray = npt.NDArray[np.int64]
I32Array = npt.NDArray[np.int32]
U32Array = npt.NDArray[np.uint32]
U64Array = npt.NDArray[np.uint64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
Index = IntArray | slice

#: Where a beheerder's weights are kept (``settings`` table, one JSON object).
WEIGHTS_SETTING_KEY = "matching.weights"

# --------------------------------------------------------------------------- care forms

#: Which needs an offer of each care form can serve (see the module docstring).
OFFER_SERVES: Mapping[CareForm, frozenset[CareForm]] = {
    CareForm.VOLTIJD_CRISIS: frozenset({CareForm.VOLTIJD_CRISIS}),
    CareForm.VOLTIJD_KORT: frozenset({CareForm.VOLTIJD_KORT}),
    CareForm.VOLTIJD_LANG: frozenset({CareForm.VOLTIJD_LANG, CareForm.VOLTIJD_KORT}),
    CareForm.DEELTIJD_WEEKEND: frozenset({CareForm.DEELTIJD_WEEKEND}),
    CareForm.DEELTIJD_VAKANTIE: frozenset({CareForm.DEELTIJD_VAKANTIE}),
    CareForm.DEELTIJD_DAGDELEN: frozenset({CareForm.DEELTIJD_DAGDELEN, CareForm.STEUNOUDER}),
    CareForm.STEUNOUDER: frozenset({CareForm.STEUNOUDER}),
}

_CARE_FORMS: tuple[CareForm, ...] = tuple(CareForm)
_CARE_INDEX: dict[CareForm, int] = {care: i for i, care in enumerate(_CARE_FORMS)}
_NO_CARE = len(_CARE_FORMS)  # the row index of "no offer" in _SERVES
# _SERVES[offer care, needed care]; the extra last row (no offer) serves nothing.
_SERVES: BoolArray = np.zeros((len(_CARE_FORMS) + 1, len(_CARE_FORMS)), dtype=np.bool_)
for _offered, _needs in OFFER_SERVES.items():
    for _needed in _needs:
        _SERVES[_CARE_INDEX[_offered], _CARE_INDEX[_needed]] = True


def offer_serves(offered: CareForm, needed: CareForm) -> bool:
    """Whether an offer of care form ``offered`` can serve a child needing ``needed``."""
    return CareForm(needed) in OFFER_SERVES[CareForm(offered)]


# --------------------------------------------------------------------------- limits


class Limit(IntFlag):
    """The hard limits, one bit each (several can apply to one offer)."""

    NO_OFFER = 1 << 0
    NOT_AVAILABLE = 1 << 1
    SCREENING = 1 << 2
    PAUSED = 1 << 3
    PERIOD = 1 << 4
    CARE_FORM = 1 << 5
    SCHEDULE = 1 << 6
    WEEKEND = 1 << 7
    HOLIDAYS = 1 << 8
    CAPACITY = 1 << 9
    SIBLINGS = 1 << 10
    AGE = 1 << 11
    ALLERGY = 1 << 12
    SMOKING = 1 << 13
    NEEDS = 1 << 14
    DISTANCE_FAMILY = 1 << 15
    DISTANCE_CHILD = 1 << 16
    DECLINED = 1 << 17
    SIBLING_MISFIT = 1 << 18


#: Single limits in the order their reasons are listed.
LIMITS: tuple[Limit, ...] = tuple(Limit.__members__.values())

# Limits that do not depend on the child (stage, screening, offer period).
_STATIC = Limit.NO_OFFER | Limit.NOT_AVAILABLE | Limit.SCREENING | Limit.PAUSED | Limit.PERIOD


def limit_label(limit: Limit) -> str:
    """A general Dutch description of one hard limit, e.g. for filters and summaries."""
    labels: dict[Limit, str] = {
        Limit.NO_OFFER: _("geen aanbod opgegeven"),
        Limit.NOT_AVAILABLE: _("gezin niet beschikbaar"),
        Limit.SCREENING: _("VGB/VOG ontbreekt of is verlopen"),
        Limit.PAUSED: _("aanbod gepauzeerd"),
        Limit.PERIOD: _("aanbod geldt niet op de startdatum"),
        Limit.CARE_FORM: _("zorgvorm past niet"),
        Limit.SCHEDULE: _("rooster past niet"),
        Limit.WEEKEND: _("weekenden passen niet"),
        Limit.HOLIDAYS: _("geen vakantieopvang"),
        Limit.CAPACITY: _("te weinig vrije plekken"),
        Limit.SIBLINGS: _("neemt geen broers en zussen samen op"),
        Limit.AGE: _("leeftijd buiten het bereik van het gezin"),
        Limit.ALLERGY: _("huisdier en allergie"),
        Limit.SMOKING: _("er wordt gerookt"),
        Limit.NEEDS: _("kan de zorgbehoefte niet aan"),
        Limit.DISTANCE_FAMILY: _("verder dan het gezin wil reizen"),
        Limit.DISTANCE_CHILD: _("verder dan de maximale afstand voor het kind"),
        Limit.DECLINED: _("eerder afgewezen"),
        Limit.SIBLING_MISFIT: _("past niet bij een broer of zus"),
    }
    return labels[limit]


# --------------------------------------------------------------------------- weights

#: The soft-fit components, in the order they are explained.
COMPONENTS: tuple[str, ...] = (
    "afstand_school",
    "afstand_thuis",
    "afstand_club",
    "zelfde_wijk",
    "taal_cultuur",
    "ervaring",
    "samenstelling",
    "wachttijd",
)


def component_label(name: str) -> str:
    """The Dutch name of a soft-fit component, for tables and the weights editor."""
    labels = {
        "afstand_school": _("afstand tot school"),
        "afstand_thuis": _("afstand tot huis"),
        "afstand_club": _("afstand tot de club"),
        "zelfde_wijk": _("zelfde wijk"),
        "taal_cultuur": _("taal en cultuur"),
        "ervaring": _("ervaring met de zorgbehoefte"),
        "samenstelling": _("samenstelling van het gezin"),
        "wachttijd": _("wachttijd van het gezin"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class MatchWeights:
    """The weight of each component, plus two scales. Editable by a beheerder.

    The score is the weighted mean of the components that apply to the child (no
    school postcode: no school distance; no needs: no experience component), so it
    stays in [0, 1] whatever the weights. Defaults follow the campaign's promise:
    nearness to school and home weighs most.
    """

    afstand_school: float = 0.30
    afstand_thuis: float = 0.20
    afstand_club: float = 0.05
    zelfde_wijk: float = 0.10
    taal_cultuur: float = 0.10
    ervaring: float = 0.10
    samenstelling: float = 0.10
    wachttijd: float = 0.05
    #: Distance value = exp(-km / scale): 1 next door, 0.37 at ``scale`` km.
    distance_scale_km: float = 5.0
    #: A family waiting this many days (or longer) gets the full waiting value.
    waiting_full_days: int = 365

    def __post_init__(self) -> None:
        for name in COMPONENTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValidationError(
                    _("Het gewicht van '{naam}' moet een getal zijn.").format(
                        naam=component_label(name)
                    ),
                    field=name,
                )
            if not math.isfinite(value) or value < 0 or value > 100:
                raise ValidationError(
                    _("Het gewicht van '{naam}' moet tussen 0 en 100 liggen.").format(
                        naam=component_label(name)
                    ),
                    field=name,
                )
        if sum(self.weight(name) for name in COMPONENTS) <= 0:
            raise ValidationError(
                _("Geef minstens één onderdeel een gewicht groter dan 0."), field="weights"
            )
        scale = self.distance_scale_km
        if (
            isinstance(scale, bool)
            or not isinstance(scale, int | float)
            or not math.isfinite(scale)
            or not 0.1 <= scale <= 100
        ):
            raise ValidationError(
                _("De afstandsschaal moet tussen 0,1 en 100 km liggen."), field="distance_scale_km"
            )
        days = self.waiting_full_days
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
            raise ValidationError(
                _("De volle wachttijd moet tussen 1 en 3650 dagen liggen."),
                field="waiting_full_days",
            )

    def weight(self, name: str) -> float:
        return float(getattr(self, name))

    def to_json(self) -> dict[str, float | int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Any) -> MatchWeights:
        """Weights from a stored JSON object; missing keys keep their default, unknown
        keys are ignored (an older or newer program may have written them)."""
        if not isinstance(data, Mapping):
            raise ValidationError(_("De opgeslagen gewichten zijn geen geldig JSON-object."))
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        days = values.get("waiting_full_days")
        if isinstance(days, float) and days.is_integer():
            values["waiting_full_days"] = int(days)
        return replace(cls(), **values)


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


# --------------------------------------------------------------------------- the pool


class _Vocab:
    """Strings -> bits of a uint64 mask (needs, pets). Known enum values come first."""

    def __init__(self, known: Sequence[str], seen: Sequence[frozenset[str]]) -> None:
        order = list(dict.fromkeys([*known, *sorted({v for s in seen for v in s})]))
        self.bits: dict[str, int] = {v: 1 << i for i, v in enumerate(order[:64])}
        # More than 64 distinct values: the rest share no bit and are handled as
        # "unknown" (a child needing one cannot be served; a family with one gains none).

    def mask(self, values: frozenset[str]) -> int:
        total = 0
        for v in values:
            total |= self.bits.get(v, 0)
        return total

    def unknown(self, values: frozenset[str]) -> tuple[str, ...]:
        return tuple(sorted(v for v in values if v not in self.bits))


@lru_cache(maxsize=8192)
def _norm_set(values: frozenset[str]) -> frozenset[str]:
    """Lower-case, trimmed values (cached: households share few distinct sets)."""
    return frozenset(v.strip().lower() for v in values if v and v.strip())


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return search_key(text)


class CandidatePool:
    """All candidate offers as NumPy arrays, built once and ranked against many children.

    ``declined`` maps (child code, household id) to the reason a proposal of that pair
    was declined; such a pair is excluded from then on.
    """

    def __init__(
        self,
        offers: Sequence[CandidateOffer],
        declined: Mapping[tuple[str, int], str] | None = None,
        geo: GeoIndex | None = None,
    ) -> None:
        self.geo = geo or GeoIndex.default()
        rows = sorted(
            offers, key=lambda o: (o.household_id, -1 if o.offer_id is None else o.offer_id)
        )
        self.offers: tuple[CandidateOffer, ...] = tuple(rows)
        n = len(rows)
        self.n = n
        self.hh: IntArray = np.fromiter((o.household_id for o in rows), np.int64, n)
        self.oid: IntArray = np.fromiter(
            (-1 if o.offer_id is None else o.offer_id for o in rows), np.int64, n
        )
        self.has_offer: BoolArray = self.oid >= 0
        self.available: BoolArray = np.fromiter(
            (o.stage == PipelineStage.BESCHIKBAAR for o in rows), np.bool_, n
        )
        self.screening_ok: BoolArray = np.fromiter((o.screening_ok for o in rows), np.bool_, n)
        self.care: IntArray = np.fromiter(
            (_NO_CARE if o.care_form is None else _CARE_INDEX[CareForm(o.care_form)] for o in rows),
            np.int64,
            n,
        )
        self.fulltime: BoolArray = np.fromiter(
            (o.care_form is not None and o.care_form.family.value == "voltijd" for o in rows),
            np.bool_,
            n,
        )
        schedule = np.fromiter((o.schedule.mask for o in rows), np.int64, n)
        free_schedule = np.fromiter((o.free_schedule.mask for o in rows), np.int64, n)
        # Full-time care uses places only; part-time and support care use their cells.
        self.avail_sched: IntArray = np.where(self.fulltime, schedule, free_schedule)
        self.weekends: IntArray = np.fromiter(
            (weekends_per_four_weeks(o.weekend_pattern) for o in rows), np.int64, n
        )
        self.holidays: BoolArray = np.fromiter((o.holidays for o in rows), np.bool_, n)
        self.free_places: IntArray = np.fromiter((o.free_places for o in rows), np.int64, n)
        self.age_min_m: IntArray = np.fromiter((o.age_min * 12 for o in rows), np.int64, n)
        # age_max is inclusive in years: a child of 10 years and 11 months fits "tot 10".
        self.age_end_m: IntArray = np.fromiter(((o.age_max + 1) * 12 for o in rows), np.int64, n)
        self.siblings_ok: BoolArray = np.fromiter((o.siblings_accepted for o in rows), np.bool_, n)
        needs_ok = [_norm_set(o.needs_ok) for o in rows]
        experience = [_norm_set(o.experience) for o in rows]
        pets = [_norm_set(o.pets) for o in rows]
        self.need_vocab = _Vocab([v.value for v in Need], [*needs_ok, *experience])
        self.pet_vocab = _Vocab([v.value for v in Pet], pets)
        self.needs_ok: U64Array = np.fromiter(
            (self.need_vocab.mask(s) for s in needs_ok), np.uint64, n
        )
        self.experience: U64Array = np.fromiter(
            (self.need_vocab.mask(s) for s in experience), np.uint64, n
        )
        self.pets: U64Array = np.fromiter((self.pet_vocab.mask(s) for s in pets), np.uint64, n)
        self.smoking: BoolArray = np.fromiter((o.smoking for o in rows), np.bool_, n)
        self.max_dist: FloatArray = np.fromiter(
            (math.nan if o.max_distance_km is None else float(o.max_distance_km) for o in rows),
            np.float64,
            n,
        )
        # Distances are computed per distinct location (PC4), then gathered: with a
        # few thousand PC4s nationally this is far cheaper than per row.
        locations: dict[str, int] = {}
        loc_lat: list[float] = []
        loc_lon: list[float] = []
        loc = np.empty(n, np.int64)
        for i, o in enumerate(rows):
            place = self.geo.lookup(o.pc4) if o.pc4 else None
            if place is None:
                loc[i] = -1
                continue
            index = locations.get(place.pc4)
            if index is None:
                index = locations[place.pc4] = len(loc_lat)
                loc_lat.append(place.lat)
                loc_lon.append(place.lon)
            loc[i] = index
        self.loc_lat: FloatArray = np.asarray(loc_lat, dtype=np.float64)
        self.loc_lon: FloatArray = np.asarray(loc_lon, dtype=np.float64)
        # Unknown locations point at an extra NaN slot at the end of every distance table.
        self.loc: IntArray = np.where(loc < 0, len(loc_lat), loc)
        self.wijk_vocab: dict[str, int] = {}
        self.wijk: IntArray = np.fromiter(
            (
                self.wijk_vocab.setdefault(o.wijk_code, len(self.wijk_vocab)) if o.wijk_code else -1
                for o in rows
            ),
            np.int64,
            n,
        )
        self.culture_vocab: dict[str, int] = {}
        self.culture: IntArray = np.fromiter(
            (
                self.culture_vocab.setdefault(key, len(self.culture_vocab))
                if (key := _fold(o.culture))
                else -1
                for o in rows
            ),
            np.int64,
            n,
        )
        by_language: dict[str, list[int]] = {}
        for i, o in enumerate(rows):
            for language in _norm_set(o.languages):
                by_language.setdefault(language, []).append(i)
        self.languages: dict[str, BoolArray] = {}
        for language, where in by_language.items():
            mask = np.zeros(n, np.bool_)
            mask[where] = True
            self.languages[language] = mask
        width = max((len(o.own_children_birth_years) for o in rows), default=0) or 1
        self.kids: IntArray = np.full((n, width), -100_000, np.int64)
        for i, o in enumerate(rows):
            if o.own_children_birth_years:
                self.kids[i, : len(o.own_children_birth_years)] = o.own_children_birth_years
        self.has_kids: BoolArray = np.fromiter(
            (bool(o.own_children_birth_years) for o in rows), np.bool_, n
        )
        self.waiting: IntArray = np.fromiter(
            (-1 if o.waiting_since is None else o.waiting_since.toordinal() for o in rows),
            np.int64,
            n,
        )
        self.paused: BoolArray = np.fromiter((o.paused for o in rows), np.bool_, n)
        self.valid_from: IntArray = np.fromiter(
            (0 if o.valid_from is None else o.valid_from.toordinal() for o in rows), np.int64, n
        )
        self.valid_to: IntArray = np.fromiter(
            (10**9 if o.valid_to is None else o.valid_to.toordinal() for o in rows), np.int64, n
        )
        pause_rows = [(i, a, b) for i, o in enumerate(rows) for a, b, _why in o.pauses]
        self.pause_row: IntArray = np.asarray([p[0] for p in pause_rows], dtype=np.int64)
        self.pause_start: IntArray = np.asarray(
            [p[1].toordinal() for p in pause_rows], dtype=np.int64
        )
        self.pause_end: IntArray = np.asarray(
            [p[2].toordinal() for p in pause_rows], dtype=np.int64
        )
        # Households are contiguous (rows are sorted by household).
        hh_ids, starts, counts = np.unique(self.hh, return_index=True, return_counts=True)
        self.households: IntArray = hh_ids
        self.hh_start: IntArray = starts.astype(np.int64)
        self.hh_count: IntArray = counts.astype(np.int64)
        self.hh_of_row: IntArray = np.repeat(np.arange(len(hh_ids), dtype=np.int64), counts)
        self._hh_pos: dict[int, int] = {int(h): i for i, h in enumerate(hh_ids.tolist())}
        self.declined: dict[str, dict[int, str]] = {}
        for (child_code, household_id), why in (declined or {}).items():
            self.declined.setdefault(child_code, {})[int(household_id)] = why or ""
        self._static: dict[int, U32Array] = {}
        self._open: dict[tuple[int, int], IntArray] = {}

    # -- queries ------------------------------------------------------------------

    @property
    def household_count(self) -> int:
        return len(self.households)

    def rows_of(self, household_id: int) -> range:
        """The row indices of one household's offers (empty if it is not in the pool)."""
        pos = self._hh_pos.get(household_id)
        if pos is None:
            return range(0)
        start = int(self.hh_start[pos])
        return range(start, start + int(self.hh_count[pos]))

    def static_bits(self, day: date) -> U32Array:
        """The limits that do not depend on the child, per row, on ``day`` (cached)."""
        key = day.toordinal()
        cached = self._static.get(key)
        if cached is not None:
            return cached
        bits = np.zeros(self.n, np.uint32)
        bits |= np.where(self.has_offer, 0, int(Limit.NO_OFFER)).astype(np.uint32)
        bits |= np.where(self.available, 0, int(Limit.NOT_AVAILABLE)).astype(np.uint32)
        bits |= np.where(self.screening_ok, 0, int(Limit.SCREENING)).astype(np.uint32)
        paused = self.paused.copy()
        if len(self.pause_row):
            now = (self.pause_start <= key) & (key <= self.pause_end)
            paused[self.pause_row[now]] = True
        paused &= self.has_offer
        bits |= np.where(paused, int(Limit.PAUSED), 0).astype(np.uint32)
        outside = ((key < self.valid_from) | (key > self.valid_to)) & self.has_offer
        bits |= np.where(outside, int(Limit.PERIOD), 0).astype(np.uint32)
        self._static[key] = bits
        return bits

    def open_rows(self, day: date, care_form: CareForm) -> IntArray:
        """Rows that pass every child-independent limit on ``day``, have a free place and
        can serve ``care_form`` (the only rows the plan needs to look at)."""
        key = (day.toordinal(), _CARE_INDEX[CareForm(care_form)])
        cached = self._open.get(key)
        if cached is None:
            ok = (self.static_bits(day) == 0) & (self.free_places > 0)
            ok &= _SERVES[self.care, key[1]]
            cached = np.flatnonzero(ok).astype(np.int64)
            self._open[key] = cached
        return cached


# --------------------------------------------------------------------------- evaluation


@dataclass
class _Child:
    """A child prepared for evaluation against a pool."""

    need: ChildNeed
    care: int
    weekends: int
    needs_bits: int
    unknown_needs: tuple[str, ...]
    allergy_bits: int
    home: Place | None
    school: Place | None
    club: Place | None
    wijk: int  # code in the pool's wijk vocabulary; -1 none, -2 not in the pool
    year: int
    declined: dict[int, str]
    needs: frozenset[str]
    allergies: frozenset[str]
    languages: tuple[str, ...]
    culture: str


def _prepare(pool: CandidatePool, child: ChildNeed, day: date) -> _Child:
    needs = _norm_set(child.needs)
    allergies = _norm_set(child.allergies)
    geo = pool.geo

    def place(pc4: str | None) -> Place | None:
        return geo.lookup(pc4) if pc4 else None

    home = place(child.home_pc4)
    wijk_code = child.wijk_code or (home.wijk_code if home is not None else None)
    wijk = pool.wijk_vocab.get(wijk_code, -2) if wijk_code else -1
    if child.birth_year is not None:
        year = child.birth_year
    else:
        year = (day.year * 12 + day.month - 1 - child.age_months) // 12
    return _Child(
        need=child,
        care=_CARE_INDEX[CareForm(child.care_form)],
        weekends=weekends_per_four_weeks(child.weekend_pattern),
        needs_bits=pool.need_vocab.mask(needs),
        unknown_needs=pool.need_vocab.unknown(needs),
        allergy_bits=pool.pet_vocab.mask(allergies),
        home=home,
        school=place(child.school_pc4),
        club=place(child.club_pc4),
        wijk=wijk,
        year=year,
        declined=pool.declined.get(child.code, {}),
        needs=needs,
        allergies=allergies,
        languages=tuple(sorted(_norm_set(child.languages))),
        culture=search_key(child.culture_wish),
    )


@dataclass
class _Distances:
    home: FloatArray
    school: FloatArray
    club: FloatArray
    limit: FloatArray  # the larger of home and school (NaN: unknown)


def _distance_table(pool: CandidatePool, place: Place | None) -> FloatArray:
    """Distances from ``place`` to every pool location, plus NaN for unknown ones."""
    table = np.full(len(pool.loc_lat) + 1, np.nan, dtype=np.float64)
    if place is not None and len(pool.loc_lat):
        table[:-1] = haversine_km_np(place.lat, place.lon, pool.loc_lat, pool.loc_lon)
    return table


def _distances(pool: CandidatePool, c: _Child, idx: Index) -> _Distances:
    loc = pool.loc[idx]
    need = c.need
    home = _distance_table(pool, c.home)[loc]
    school = _distance_table(pool, c.school)[loc]
    no_club = np.full(len(loc), np.nan)
    club = _distance_table(pool, c.club)[loc] if need.club_pc4 else no_club
    if need.home_pc4 and need.school_pc4:
        limit = np.maximum(home, school)  # NaN if either is unknown
    elif need.home_pc4:
        limit = home
    elif need.school_pc4:
        limit = school
    else:
        limit = np.full(len(loc), np.nan)
    return _Distances(home, school, club, limit)


def _flag(condition: BoolArray, limit: Limit) -> U32Array:
    return np.where(condition, np.uint32(int(limit)), np.uint32(0)).astype(np.uint32)


def _child_bits(pool: CandidatePool, c: _Child, idx: Index, dist: _Distances) -> U32Array:
    """Limits that depend on this one child (not on the group it belongs to)."""
    need = c.need
    care = pool.care[idx]
    bits = _flag(~_SERVES[care, c.care], Limit.CARE_FORM)
    if c.weekends:
        bits |= _flag(pool.weekends[idx] < c.weekends, Limit.WEEKEND)
    if need.holidays:
        bits |= _flag(~pool.holidays[idx], Limit.HOLIDAYS)
    age = need.age_months
    bits |= _flag((age < pool.age_min_m[idx]) | (age >= pool.age_end_m[idx]), Limit.AGE)
    if c.allergy_bits:
        bits |= _flag((pool.pets[idx] & np.uint64(c.allergy_bits)) != 0, Limit.ALLERGY)
    if need.smoke_free:
        bits |= _flag(pool.smoking[idx], Limit.SMOKING)
    if c.unknown_needs:
        bits |= np.uint32(int(Limit.NEEDS))
    elif c.needs_bits:
        missing = np.uint64(c.needs_bits) & ~pool.needs_ok[idx]
        bits |= _flag(missing != 0, Limit.NEEDS)
    family_max = pool.max_dist[idx]
    has_max = ~np.isnan(family_max)
    with np.errstate(invalid="ignore"):
        too_far = np.isnan(dist.limit) | (dist.limit > family_max + 1e-9)
        bits |= _flag(has_max & too_far, Limit.DISTANCE_FAMILY)
        if need.max_distance_km is not None:
            child_far = np.isnan(dist.limit) | (dist.limit > need.max_distance_km + 1e-9)
            bits |= _flag(child_far, Limit.DISTANCE_CHILD)
    if c.declined:
        declined = np.fromiter(c.declined, np.int64, len(c.declined))
        bits |= _flag(np.isin(pool.hh[idx], declined), Limit.DECLINED)
    # A household without any offer is excluded for that alone.
    return np.where(pool.has_offer[idx], bits, np.uint32(0)).astype(np.uint32)


def _group_bits(pool: CandidatePool, idx: Index, size: int, schedule_mask: int) -> U32Array:
    """Limits of the whole sibling group: places, siblings, and the parts of the week."""
    bits = _flag(pool.free_places[idx] < size, Limit.CAPACITY)
    if size > 1:
        bits |= _flag(~pool.siblings_ok[idx], Limit.SIBLINGS)
    if schedule_mask:
        missing = np.int64(schedule_mask) & ~pool.avail_sched[idx]
        bits |= _flag(missing != 0, Limit.SCHEDULE)
    return np.where(pool.has_offer[idx], bits, np.uint32(0)).astype(np.uint32)


def _popcount(values: U64Array) -> IntArray:
    return np.bitwise_count(values).astype(np.int64)


@dataclass
class _Scores:
    score: FloatArray
    values: dict[str, FloatArray]


def _scores(
    pool: CandidatePool,
    c: _Child,
    idx: IntArray,
    dist: _Distances,
    weights: MatchWeights,
    day: date,
) -> _Scores:
    """The soft-fit components and the score for the rows ``idx``; ``dist`` is for the
    same rows."""
    need = c.need
    m = len(idx)
    values: dict[str, FloatArray] = {}
    scale = float(weights.distance_scale_km)

    def nearness(d: FloatArray) -> FloatArray:
        return np.nan_to_num(np.exp(-d / scale), nan=0.0)

    if need.school_pc4:
        values["afstand_school"] = nearness(dist.school)
    if need.home_pc4:
        values["afstand_thuis"] = nearness(dist.home)
    if need.club_pc4:
        values["afstand_club"] = nearness(dist.club)
    if c.wijk != -1:
        values["zelfde_wijk"] = (pool.wijk[idx] == c.wijk).astype(np.float64)
    parts: list[FloatArray] = []
    if c.languages:
        spoken = np.zeros(m, np.float64)
        for language in c.languages:
            column = pool.languages.get(language)
            if column is not None:
                spoken += column[idx]
        parts.append(spoken / len(c.languages))
    if c.culture:
        matches = np.zeros(len(pool.culture_vocab) + 1, np.float64)
        for culture, code in pool.culture_vocab.items():
            matches[code] = float(c.culture in culture or culture in c.culture)
        parts.append(matches[pool.culture[idx]])  # -1 (none) is the last slot: 0
    if parts:
        values["taal_cultuur"] = sum(parts[1:], parts[0]) / len(parts)
    if c.needs:
        known = _popcount(pool.experience[idx] & np.uint64(c.needs_bits))
        values["ervaring"] = known / len(c.needs)
    gap = np.min(np.abs(pool.kids[idx] - c.year), axis=1)
    composition = np.where(gap >= 2, 1.0, np.where(gap == 1, 0.5, 0.0))
    values["samenstelling"] = np.where(pool.has_kids[idx], composition, 1.0)
    waited = (day.toordinal() - pool.waiting[idx]).astype(np.float64)
    waiting = np.clip(waited / weights.waiting_full_days, 0.0, 1.0)
    values["wachttijd"] = np.where(pool.waiting[idx] >= 0, waiting, 0.0)
    total_weight = sum(weights.weight(name) for name in values)
    score = np.zeros(m, np.float64)
    if total_weight > 0:
        for name, value in values.items():
            w = weights.weight(name)
            if w:
                score += w * value
        score /= total_weight
    rounded: FloatArray = np.round(np.clip(score, 0.0, 1.0), 4).astype(np.float64)
    return _Scores(rounded, values)


def _explain(
    pool: CandidatePool,
    c: _Child,
    row: int,
    values: Mapping[str, float],
    home_km: float,
    school_km: float,
    club_km: float,
    day: date,
) -> tuple[str, ...]:
    """One Dutch line per component that applies, for one row."""
    offer = pool.offers[row]
    lines: list[str] = []
    for name in COMPONENTS:
        if name not in values:
            continue
        if name == "afstand_school":
            lines.append(describe_distance(_km(school_km), _("school")))
        elif name == "afstand_thuis":
            lines.append(describe_distance(_km(home_km), _("huis")))
        elif name == "afstand_club":
            lines.append(describe_distance(_km(club_km), _("de club")))
        elif name == "zelfde_wijk":
            if offer.wijk_code and offer.wijk_code == _child_wijk(c):
                lines.append(
                    _("woont in dezelfde wijk ({wijk})").format(wijk=_wijk_name(offer.wijk_code))
                )
            elif offer.wijk_code:
                lines.append(
                    _("woont in een andere wijk ({wijk})").format(wijk=_wijk_name(offer.wijk_code))
                )
            else:
                lines.append(_("woont buiten de stad Utrecht"))
        elif name == "taal_cultuur":
            lines.append(_explain_language(c, offer))
        elif name == "ervaring":
            lines.append(_explain_experience(c, offer))
        elif name == "samenstelling":
            lines.append(_explain_composition(c, offer))
        elif name == "wachttijd":
            lines.append(_explain_waiting(offer, day))
    return tuple(lines)


def _km(value: float) -> float | None:
    return None if math.isnan(value) else value


def _child_wijk(c: _Child) -> str | None:
    if c.need.wijk_code:
        return c.need.wijk_code
    return c.home.wijk_code if c.home is not None else None


def _explain_language(c: _Child, offer: CandidateOffer) -> str:
    pieces: list[str] = []
    if c.languages:
        spoken = _norm_set(offer.languages)
        have = [language_name(x) for x in c.languages if x in spoken]
        lack = [language_name(x) for x in c.languages if x not in spoken]
        if have and not lack:
            pieces.append(_("spreekt {talen}").format(talen=_join(have)))
        elif have:
            pieces.append(
                _("spreekt {talen}, geen {andere}").format(talen=_join(have), andere=_join(lack))
            )
        else:
            pieces.append(_("spreekt geen {talen}").format(talen=_join(lack)))
    if c.culture:
        own = search_key(offer.culture)
        if own and (c.culture in own or own in c.culture):
            pieces.append(_("cultuur/geloof sluit aan ({cultuur})").format(cultuur=offer.culture))
        elif own:
            pieces.append(
                _("cultuur/geloof anders ({cultuur}; gewenst: {wens})").format(
                    cultuur=offer.culture, wens=c.need.culture_wish
                )
            )
        else:
            pieces.append(
                _("cultuur/geloof van het gezin niet bekend (gewenst: {wens})").format(
                    wens=c.need.culture_wish
                )
            )
    return "; ".join(pieces)


def _explain_experience(c: _Child, offer: CandidateOffer) -> str:
    experience = _norm_set(offer.experience)
    have = [_need_label(x) for x in sorted(c.needs) if x in experience]
    lack = [_need_label(x) for x in sorted(c.needs) if x not in experience]
    if have and not lack:
        return _("ervaring met {behoeften}").format(behoeften=_join(have))
    if have:
        return _("ervaring met {behoeften}, nog niet met {andere}").format(
            behoeften=_join(have), andere=_join(lack)
        )
    return _("nog geen ervaring met {behoeften}").format(behoeften=_join(lack))


def _explain_composition(c: _Child, offer: CandidateOffer) -> str:
    years = offer.own_children_birth_years
    if not years:
        return _("geen eigen kinderen thuis")
    gap = min(abs(y - c.year) for y in years)
    if gap == 0:
        return _("een eigen kind is even oud (geboren in {jaar})").format(jaar=c.year)
    if gap == 1:
        return _("een eigen kind scheelt maar 1 jaar met het kind")
    return _("eigen kinderen schelen minstens {n} jaar met het kind").format(n=gap)


def _explain_waiting(offer: CandidateOffer, day: date) -> str:
    if offer.waiting_since is None:
        return _("niet bekend sinds wanneer het gezin op een plaatsing wacht")
    days = (day - offer.waiting_since).days
    if days < 31:
        return _("wacht sinds kort op een plaatsing")
    months = days // 30
    if months < 24:
        return _("wacht al {n} maanden op een plaatsing").format(n=months)
    return _("wacht al {n} jaar op een plaatsing").format(n=days // 365)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Candidate:
    """A household that can take the child, with its best offer and why it fits."""

    household_id: int
    offer_id: int
    pc4: str | None
    score: float
    components: dict[str, float]
    explanation: tuple[str, ...]
    distance_km: dict[str, float | None]  # {"home": ..., "school": ...}
    free_capacity: int
    care_form: CareForm | None = None
    wijk_code: str | None = None


@dataclass(frozen=True)
class Exclusion:
    """A household that cannot take the child, with every reason that applies.

    ``offer_id`` is the offer that came closest (fewest limits); ``limits`` holds
    every limit of every offer of the household, for filtering.
    """

    household_id: int
    offer_id: int | None
    reasons: tuple[str, ...]
    limits: Limit


T = TypeVar("T")


class _LazyList(Sequence[T]):
    """A read-only list whose items are made when first accessed, then kept."""

    def __init__(self, length: int, make: Callable[[int], T]) -> None:
        self._length = length
        self._make = make
        self._items: dict[int, T] = {}

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        item = self._items.get(index)
        if item is None:
            item = self._items[index] = self._make(index)
        return item

    def __iter__(self) -> Iterator[T]:
        for i in range(self._length):
            yield self[i]


class Ranking:
    """The ranked candidates and the excluded households for one child.

    ``candidates`` (best first) and ``excluded`` (by household id) are sequences whose
    items, with their Dutch text, are built when accessed; ``why(household_id)``
    answers "why is family X (not) on the list?".
    """

    def __init__(
        self,
        pool: CandidatePool,
        child: _Child,
        siblings: Sequence[_Child],
        weights: MatchWeights,
        day: date,
        bits: U32Array,
        sibling_bits: Sequence[U32Array],
        dist: _Distances,
        feasible: IntArray,
        scores: _Scores,
        order: IntArray,
        top: int | None,
        explain_top: int,
    ) -> None:
        self.pool = pool
        self.child: ChildNeed = child.need
        self.siblings: tuple[ChildNeed, ...] = tuple(s.need for s in siblings)
        self.weights = weights
        self.day = day
        self._c = child
        self._sib = list(siblings)
        self._bits = bits
        self._sibling_bits = list(sibling_bits)
        self._dist = dist
        self._position = {int(r): i for i, r in enumerate(feasible.tolist())}
        self._scores = scores
        self._order = order  # feasible rows, one per household, best first
        self._listed = set(order.tolist())
        shown = len(order) if top is None else min(top, len(order))
        self.candidate_count = len(order)
        self.candidates: Sequence[Candidate] = _LazyList(
            shown, lambda i: self._candidate(int(order[i]))
        )
        candidate_households = np.zeros(pool.household_count, np.bool_)
        candidate_households[pool.hh_of_row[order]] = True
        self._excluded_pos: IntArray = np.flatnonzero(~candidate_households).astype(np.int64)
        self.excluded: Sequence[Exclusion] = _LazyList(
            len(self._excluded_pos), lambda i: self._exclusion(int(self._excluded_pos[i]))
        )
        for i in range(min(explain_top, shown)):
            self.candidates[i]  # builds the top explanations now

    @property
    def household_count(self) -> int:
        return self.pool.household_count

    # -- building items -------------------------------------------------------------

    def _candidate(self, row: int) -> Candidate:
        pos = self._position[row]
        values = {name: float(v[pos]) for name, v in self._scores.values.items()}
        home = float(self._dist.home[row])
        school = float(self._dist.school[row])
        club = float(self._dist.club[row])
        offer = self.pool.offers[row]
        return Candidate(
            household_id=offer.household_id,
            offer_id=int(self.pool.oid[row]),
            pc4=offer.pc4,
            score=float(self._scores.score[pos]),
            components={name: round(v, 3) for name, v in values.items()},
            explanation=_explain(self.pool, self._c, row, values, home, school, club, self.day),
            distance_km={"home": _round_km(home), "school": _round_km(school)},
            free_capacity=int(self.pool.free_places[row]),
            care_form=offer.care_form,
            wijk_code=offer.wijk_code,
        )

    def _exclusion(self, household_pos: int) -> Exclusion:
        pool = self.pool
        start = int(pool.hh_start[household_pos])
        rows = range(start, start + int(pool.hh_count[household_pos]))
        texts = [self._reasons(r) for r in rows]
        limits = Limit(0)
        for r in rows:
            limits |= Limit(int(self._bits[r]))
        if len(texts) == 1:
            reasons = texts[0]
        else:
            common = [t for t in texts[0] if all(t in other for other in texts[1:])]
            reasons = list(common)
            for r, own in zip(rows, texts, strict=True):
                care = pool.offers[r].care_form
                prefix = label(care) if care is not None else _("aanbod")
                reasons += [
                    _("aanbod {zorgvorm}: {reden}").format(zorgvorm=prefix, reden=t)
                    for t in own
                    if t not in common
                ]
        closest = min(rows, key=lambda r: (int(np.bitwise_count(self._bits[r])), r))
        offer_id = int(pool.oid[closest])
        return Exclusion(
            household_id=int(pool.households[household_pos]),
            offer_id=None if offer_id < 0 else offer_id,
            reasons=tuple(reasons),
            limits=limits,
        )

    def _reasons(self, row: int) -> list[str]:
        bits = int(self._bits[row])
        size = self.child.group_size
        schedule = self._group_schedule()
        texts = _reason_texts(self.pool, self._c, row, bits, self._dist, self.day, size, schedule)
        if bits & Limit.SIBLING_MISFIT:
            for sibling, sibling_bits in zip(self._sib, self._sibling_bits, strict=True):
                own = int(sibling_bits[row])
                if not own:
                    continue
                sibling_dist = _distances(self.pool, sibling, np.asarray([row], np.int64))
                sibling_texts = _reason_texts(
                    self.pool, sibling, row, own, sibling_dist, self.day, size, schedule
                )
                texts += [
                    _("broer/zus {code}: {reden}").format(code=sibling.need.code, reden=t)
                    for t in sibling_texts
                ]
        return texts

    def _group_schedule(self) -> Schedule:
        mask = self.child.schedule.mask
        for s in self.siblings:
            mask |= s.schedule.mask
        return Schedule(mask)

    # -- questions --------------------------------------------------------------------

    def why(self, household_id: int) -> Candidate | Exclusion | None:
        """The candidate entry of a household, or its exclusion with the reasons;
        ``None`` when the household is not in the pool at all."""
        rows = self.pool.rows_of(household_id)
        if not rows:
            return None
        for r in rows:
            if r in self._listed:
                return self._candidate(r)
        return self._exclusion(self.pool.hh_of_row[rows[0]].item())

    def for_offer(self, offer_id: int) -> Candidate | Exclusion | None:
        """One particular offer: its candidate entry when it fits (even if another
        offer of the household is listed), else that offer's own reasons."""
        hits = np.flatnonzero(self.pool.oid == offer_id)
        if not len(hits):
            return None
        row = int(hits[0])
        if int(self._bits[row]) == 0:
            return self._candidate(row)
        return Exclusion(
            household_id=int(self.pool.hh[row]),
            offer_id=offer_id,
            reasons=tuple(self._reasons(row)),
            limits=Limit(int(self._bits[row])),
        )

    def excluded_with(self, limit: Limit) -> list[Exclusion]:
        """The excluded households for which ``limit`` is one of the reasons."""
        union = (
            np.bitwise_or.reduceat(self._bits, self.pool.hh_start) if self.pool.n else self._bits
        )
        hit = (union[self._excluded_pos] & np.uint32(int(limit))) != 0
        return [self.excluded[int(i)] for i in np.flatnonzero(hit)]

    def limit_counts(self) -> dict[Limit, int]:
        """For each limit, how many excluded households it applies to."""
        if not self.pool.n:
            return {}
        union = np.bitwise_or.reduceat(self._bits, self.pool.hh_start)[self._excluded_pos]
        counts: dict[Limit, int] = {}
        for limit in LIMITS:
            n = int(np.count_nonzero(union & np.uint32(int(limit))))
            if n:
                counts[limit] = n
        return counts


def _round_km(km: float) -> float | None:
    return None if math.isnan(km) else round(km, 1)


def _unknown_distance_cause(pool: CandidatePool, c: _Child, offer: CandidateOffer) -> str:
    if not offer.pc4:
        return _("het gezin heeft geen postcode")
    if pool.geo.lookup(offer.pc4) is None:
        return _("postcode {pc4} van het gezin is onbekend").format(pc4=offer.pc4)
    need = c.need
    if not need.home_pc4 and not need.school_pc4:
        return _("het kind heeft geen postcode van huis of school")
    for given, place in ((need.home_pc4, c.home), (need.school_pc4, c.school)):
        if given and place is None:
            return _("postcode {pc4} van het kind is onbekend").format(pc4=pc4_of(given) or given)
    return _("de postcode is onbekend")


def _reason_texts(
    pool: CandidatePool,
    c: _Child,
    row: int,
    bits: int,
    dist: _Distances,
    day: date,
    group_size: int,
    group_schedule: Schedule,
) -> list[str]:
    """The Dutch reasons for the limits in ``bits`` of one row. ``dist`` has full-size
    arrays (indexed by row) or, for a sibling, one element (index 0)."""
    offer = pool.offers[row]
    need = c.need
    at = row if len(dist.limit) == pool.n else 0
    texts: list[str] = []
    for limit in LIMITS:
        if not bits & limit:
            continue
        if limit == Limit.NO_OFFER:
            texts.append(_("geen aanbod opgegeven"))
        elif limit == Limit.NOT_AVAILABLE:
            texts.append(
                _("niet beschikbaar: het gezin is in de fase '{fase}'").format(
                    fase=label(offer.stage)
                )
            )
        elif limit == Limit.SCREENING:
            texts += list(offer.screening_blockers) or [limit_label(Limit.SCREENING)]
        elif limit == Limit.PAUSED:
            key = day.toordinal()
            periods = [
                (a, b, why) for a, b, why in offer.pauses if a.toordinal() <= key <= b.toordinal()
            ]
            if offer.paused:
                texts.append(_("het aanbod staat op pauze"))
            for a, b, why in periods:
                text = _("aanbod gepauzeerd van {van} tot en met {tot}").format(
                    van=_fmt_date(a), tot=_fmt_date(b)
                )
                texts.append(f"{text} ({why})" if why else text)
        elif limit == Limit.PERIOD:
            if offer.valid_from is not None and day < offer.valid_from:
                texts.append(
                    _("het aanbod geldt pas vanaf {datum}").format(
                        datum=_fmt_date(offer.valid_from)
                    )
                )
            if offer.valid_to is not None and day > offer.valid_to:
                texts.append(
                    _("het aanbod gold tot en met {datum}").format(datum=_fmt_date(offer.valid_to))
                )
        elif limit == Limit.CARE_FORM:
            texts.append(
                _(
                    "zorgvorm past niet: het gezin biedt {aanbod}, het kind heeft {nodig} nodig"
                ).format(
                    aanbod=label(offer.care_form) if offer.care_form else _("niets"),
                    nodig=label(need.care_form),
                )
            )
        elif limit == Limit.SCHEDULE:
            missing = group_schedule.minus(Schedule(int(pool.avail_sched[row])))
            texts.append(
                _("rooster past niet: {delen} is niet (meer) vrij").format(delen=missing.describe())
            )
        elif limit == Limit.WEEKEND:
            texts.append(
                _("weekenden passen niet: het gezin biedt {aanbod}, nodig is {nodig}").format(
                    aanbod=label(offer.weekend_pattern), nodig=label(need.weekend_pattern)
                )
            )
        elif limit == Limit.HOLIDAYS:
            texts.append(_("vakantieopvang nodig, het gezin biedt die niet"))
        elif limit == Limit.CAPACITY:
            free = int(pool.free_places[row])
            if group_size > 1:
                texts.append(
                    _("te weinig plek voor {n} broers en zussen samen ({vrij} vrij)").format(
                        n=group_size, vrij=free
                    )
                )
            else:
                texts.append(_("geen vrije plek"))
        elif limit == Limit.SIBLINGS:
            texts.append(
                _("neemt geen broers en zussen samen op ({n} kinderen)").format(n=group_size)
            )
        elif limit == Limit.AGE:
            texts.append(
                _("leeftijd {leeftijd} valt buiten {min} tot en met {max} jaar").format(
                    leeftijd=format_age(need.age_months), min=offer.age_min, max=offer.age_max
                )
            )
        elif limit == Limit.ALLERGY:
            clash = sorted(_norm_set(offer.pets) & c.allergies)
            texts.append(
                _("huisdier ({dieren}) terwijl het kind daar allergisch voor is").format(
                    dieren=_join([_pet_label(p) for p in clash])
                )
            )
        elif limit == Limit.SMOKING:
            texts.append(_("er wordt gerookt; het kind heeft een rookvrij huis nodig"))
        elif limit == Limit.NEEDS:
            handled = _norm_set(offer.needs_ok)
            lacking = [_need_label(x) for x in sorted(c.needs) if x not in handled]
            texts.append(_("kan {behoeften} niet aan").format(behoeften=_join(lacking)))
        elif limit in (Limit.DISTANCE_FAMILY, Limit.DISTANCE_CHILD):
            maximum = (
                offer.max_distance_km if limit == Limit.DISTANCE_FAMILY else need.max_distance_km
            )
            km = float(dist.limit[at])
            whose = (
                _("het gezin wil hoogstens {max} reizen")
                if limit == Limit.DISTANCE_FAMILY
                else _("voor het kind is hoogstens {max} afgesproken")
            ).format(max=format_km(maximum))
            if math.isnan(km):
                texts.append(
                    _("afstand onbekend ({oorzaak}) en {wie}: daarom uitgesloten").format(
                        oorzaak=_unknown_distance_cause(pool, c, offer), wie=whose
                    )
                )
            else:
                home = float(dist.home[at])
                target = (
                    _("huis")
                    if need.home_pc4 and not math.isnan(home) and home >= km - 1e-9
                    else _("school")
                )
                texts.append(
                    _("{afstand} tot {doel} is te ver: {wie}").format(
                        afstand=format_km(km), doel=target, wie=whose
                    )
                )
        elif limit == Limit.DECLINED:
            why = c.declined.get(offer.household_id, "")
            texts.append(
                _("eerder voorgesteld en afgewezen: {reden}").format(reden=why)
                if why
                else _("eerder voorgesteld en afgewezen")
            )
    return texts


# --------------------------------------------------------------------------- ranking


def rank(
    child: ChildNeed,
    candidates: CandidatePool | Sequence[CandidateOffer],
    weights: MatchWeights | None = None,
    top: int | None = None,
    *,
    siblings: Sequence[ChildNeed] = (),
    on: date | None = None,
    explain_top: int = 20,
) -> Ranking:
    """Rank every household in ``candidates`` for ``child``.

    ``siblings`` are the other children of the group (placed together): an offer must
    fit each of them too, and has to have room for the whole group. ``top`` limits the
    candidates listed (``None``: all); explanations are built at once for the first
    ``explain_top`` and for the rest when they are accessed. Passing a prebuilt
    :class:`CandidatePool` (with its declined pairs) avoids rebuilding the arrays.
    """
    if top is not None and top < 0:
        raise ValueError("top must not be negative")
    pool = candidates if isinstance(candidates, CandidatePool) else CandidatePool(candidates)
    weights = weights or MatchWeights()
    day = reference_day(child, on, siblings)
    c = _prepare(pool, child, day)
    sibs = [_prepare(pool, s, day) for s in siblings if s.code != child.code]
    everything = slice(None)
    dist = _distances(pool, c, everything)
    child_bits = _child_bits(pool, c, everything, dist)
    schedule_mask = child.schedule.mask
    for s in sibs:
        schedule_mask |= s.need.schedule.mask
    bits = pool.static_bits(day) | child_bits
    bits = bits | _group_bits(pool, everything, child.group_size, schedule_mask)
    sibling_bits: list[U32Array] = []
    for s in sibs:
        own = _child_bits(pool, s, everything, _distances(pool, s, everything))
        sibling_bits.append(own)
        bits |= _flag(own != 0, Limit.SIBLING_MISFIT)
    feasible = np.flatnonzero(bits == 0).astype(np.int64)
    sub = _Distances(
        dist.home[feasible], dist.school[feasible], dist.club[feasible], dist.limit[feasible]
    )
    scores = _scores(pool, c, feasible, sub, weights, day)
    school = np.nan_to_num(sub.school, nan=np.inf)
    # Best first: score, then nearer to school, household, and (within a household)
    # most free places, then offer id; then keep each household's first row.
    order = np.lexsort(
        (
            pool.oid[feasible],
            -pool.free_places[feasible],
            pool.hh[feasible],
            school,
            -scores.score,
        )
    )
    ranked = feasible[order]
    _, first = np.unique(pool.hh[ranked], return_index=True)
    best = ranked[np.sort(first)]
    return Ranking(
        pool,
        c,
        sibs,
        weights,
        day,
        bits,
        sibling_bits,
        dist,
        feasible,
        scores,
        best,
        top,
        explain_top,
    )


# --------------------------------------------------------------------------- groups (plan)


@dataclass(frozen=True)
class GroupFit:
    """The offers a whole sibling group (or a single child) can be placed on together.

    ``rows`` are pool rows; ``scores[k, j]`` is the own score of ``members[k]`` on
    ``rows[j]``.
    """

    members: tuple[ChildNeed, ...]
    rows: IntArray
    scores: FloatArray
    schedule: Schedule

    @property
    def size(self) -> int:
        return len(self.members)


def evaluate_group(
    pool: CandidatePool,
    members: Sequence[ChildNeed],
    weights: MatchWeights | None = None,
    *,
    on: date | None = None,
) -> GroupFit:
    """Every offer that can take the whole group, with each member's score: the same
    hard limits and scores as :func:`rank`, restricted to offers that are open on the
    reference day (of the first member) and can serve the care form."""
    if not members:
        raise ValueError("a group has at least one member")
    weights = weights or MatchWeights()
    members = tuple(members)
    day = reference_day(members[0], on, members[1:])
    idx = pool.open_rows(day, members[0].care_form)
    schedule_mask = 0
    for member in members:
        schedule_mask |= member.schedule.mask
    bits = _group_bits(pool, idx, len(members), schedule_mask)
    prepared = [_prepare(pool, member, day) for member in members]
    dists = []
    for c in prepared:
        dist = _distances(pool, c, idx)
        dists.append(dist)
        bits |= _child_bits(pool, c, idx, dist)
    keep = np.flatnonzero(bits == 0)
    rows = idx[keep]
    scores = np.zeros((len(members), len(rows)), np.float64)
    for k, (c, dist) in enumerate(zip(prepared, dists, strict=True)):
        sub = _Distances(dist.home[keep], dist.school[keep], dist.club[keep], dist.limit[keep])
        scores[k] = _scores(pool, c, rows, sub, weights, day).score
    return GroupFit(members, rows, scores, Schedule(schedule_mask))


def no_fit_reason(
    pool: CandidatePool, members: Sequence[ChildNeed], *, on: date | None = None
) -> str:
    """Why a child (or group) has no feasible offer at all, in one Dutch sentence:
    the limit that most often excludes the open offers of the right care form."""
    members = tuple(members)
    first = members[0]
    day = reference_day(first, on, members[1:])
    ok = pool.static_bits(day) == 0
    serving = ok & _SERVES[pool.care, _CARE_INDEX[CareForm(first.care_form)]]
    idx = np.flatnonzero(serving).astype(np.int64)
    if not len(idx):
        return _(
            "Geen passend gezin: geen enkel beschikbaar gezin met een geldige screening biedt "
            "{zorgvorm}."
        ).format(zorgvorm=label(first.care_form))
    schedule_mask = 0
    for member in members:
        schedule_mask |= member.schedule.mask
    bits = _group_bits(pool, idx, len(members), schedule_mask)
    for member in members:
        c = _prepare(pool, member, day)
        bits |= _child_bits(pool, c, idx, _distances(pool, c, idx))
    counts = [(int(np.count_nonzero(bits & np.uint32(int(limit)))), limit) for limit in LIMITS]
    count, limit = max(counts, key=lambda pair: (pair[0], -int(pair[1])))
    return _(
        "Geen passend gezin: van de {n} beschikbare aanbiedingen voor {zorgvorm} valt het "
        "vaakst af op: {reden} ({k} keer)."
    ).format(n=len(idx), zorgvorm=label(first.care_form), reden=limit_label(limit), k=count)
