"""The child form checked as a whole: every field at once, with a sentence per field."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareForm, Gender, Need, Pet, Provider, Urgency, WeekendPattern
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage.children.rules import (
    _LANGUAGE_CODE,
    as_sentence,
    check_birth_month,
    check_child_code,
    check_culture_wish,
    check_group_code,
    check_km,
    default_schedule,
    needs_own_schedule,
    normalise_initials,
    parse_pc4,
)

# --------------------------------------------------------------------------- the form


@dataclass
class ChildData:
    """What a user fills in for a child. Postcodes as typed (stored as PC4 only)."""

    code: str = ""
    birth_month: date | None = None
    gender: Gender = Gender.ONBEKEND
    home_postcode: str = ""
    school_postcode: str = ""
    club_postcode: str = ""
    care_form: CareForm | None = None
    schedule_needed: Schedule = field(default_factory=Schedule.empty)
    weekend_pattern: WeekendPattern = WeekendPattern.GEEN
    holidays_needed: bool = False
    wanted_start: date | None = None
    urgency: Urgency = Urgency.NORMAAL
    #: The code of the sibling group: an existing one is joined, a new one created.
    sibling_group: str = ""
    needs: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    culture_wish: str = ""
    allergies: list[str] = field(default_factory=list)
    smoke_free: bool = False
    max_distance_km: float | None = None
    placing_provider: Provider | None = None
    case_worker_initials: str = ""


class ChildValidationError(ValidationError):
    """One or more fields are not right; ``errors`` maps each field to its sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        first = next(iter(errors))
        super().__init__(" ".join(errors.values()), field=first)
        self.errors = dict(errors)


@dataclass(frozen=True)
class ValidChild:
    """The columns to store, the sibling group's code, and remarks for the user."""

    values: dict[str, Any]
    sibling_group: str | None
    notes: tuple[str, ...]


def _postcode_field_label(key: str) -> str:
    labels = {
        "home_postcode": _("postcode thuis"),
        "school_postcode": _("postcode school"),
        "club_postcode": _("postcode club"),
    }
    return labels[key]


def validate_child(
    data: ChildData, *, on: date | None = None, geo: GeoIndex | None = None
) -> ValidChild:
    """Check every field; :class:`ChildValidationError` names each one that is wrong,
    with a Dutch sentence that says what to do. Nothing is stored."""
    day = on or clock.today()
    geo = geo or GeoIndex.default()
    errors: dict[str, str] = {}
    notes: list[str] = []
    values: dict[str, Any] = {}

    def fail(key: str, message: str) -> None:
        errors.setdefault(key, as_sentence(message))

    code = data.code.strip()
    if not code:
        fail("code", _("vul een eigen code voor het kind in, bv. K24-0007 (geen naam, geen BSN)"))
    else:
        try:
            values["code"] = check_child_code(code)
        except ValidationError as exc:
            fail("code", exc.message)

    if data.birth_month is None:
        fail("birth_month", _("kies de maand en het jaar waarin het kind geboren is"))
    else:
        try:
            values["birth_month"] = check_birth_month(
                data.birth_month,
                day,
                f"{data.birth_month.month:02d}-{data.birth_month.year:04d}",
            )
        except ValidationError as exc:
            fail("birth_month", exc.message)

    values["gender"] = Gender(data.gender)

    for key, column in (
        ("home_postcode", "home_pc4"),
        ("school_postcode", "school_pc4"),
        ("club_postcode", "club_pc4"),
    ):
        try:
            pc4, remarks = parse_pc4(_text_of(data, key), geo, key)
        except ValidationError as exc:
            fail(key, exc.message)
            continue
        values[column] = pc4
        notes += [
            as_sentence(
                _("{veld}: {melding}").format(veld=_postcode_field_label(key), melding=remark)
            )
            for remark in remarks
        ]
    postcodes_fine = "home_postcode" not in errors and "school_postcode" not in errors
    if postcodes_fine and values.get("home_pc4") is None and values.get("school_pc4") is None:
        notes.append(
            _(
                "Zonder postcode van thuis en van school kan matching geen afstand "
                "berekenen; gezinnen met een maximale afstand vallen dan af."
            )
        )

    care: CareForm | None = None
    if data.care_form is None:
        fail("care_form", _("kies de zorgvorm die het kind nodig heeft"))
    else:
        care = CareForm(data.care_form)
        values["care_form"] = care

    schedule = data.schedule_needed or Schedule.empty()
    if care is not None and schedule.is_empty:
        if needs_own_schedule(care):
            fail(
                "schedule_needed",
                _(
                    "kies in het weekrooster op welke dagdelen het kind opvang nodig heeft "
                    "(bv. woensdagmiddag)"
                ),
            )
        else:
            schedule = default_schedule(care)
    values["schedule_needed"] = schedule
    values["weekend_pattern"] = WeekendPattern(data.weekend_pattern)
    values["holidays_needed"] = bool(data.holidays_needed)
    values["wanted_start"] = data.wanted_start
    values["urgency"] = Urgency(data.urgency)

    group: str | None = None
    try:
        group = check_group_code(data.sibling_group)
    except ValidationError as exc:
        fail("sibling_group", exc.message)
    if group is not None and group == values.get("code"):
        fail(
            "sibling_group",
            _("geef de groep een eigen code, niet die van het kind (bv. G-{code})").format(
                code=group
            ),
        )

    needs = sorted(set(data.needs))
    unknown_needs = [n for n in needs if n not in {v.value for v in Need}]
    if unknown_needs:
        fail(
            "needs",
            _("onbekende zorgbehoefte: {waarden}; kies uit de lijst").format(
                waarden=", ".join(unknown_needs)
            ),
        )
    values["needs"] = needs

    languages = sorted({lang.strip().lower() for lang in data.languages if lang.strip()})
    wrong = [lang for lang in languages if not _LANGUAGE_CODE.fullmatch(lang)]
    if wrong:
        fail(
            "languages",
            _("'{waarde}' is geen taalcode; kies de talen uit de lijst").format(waarde=wrong[0]),
        )
    values["languages"] = languages

    try:
        values["culture_wish"] = check_culture_wish(data.culture_wish)
    except ValidationError as exc:
        fail("culture_wish", exc.message)

    allergies = sorted(set(data.allergies))
    unknown_pets = [p for p in allergies if p not in {v.value for v in Pet}]
    if unknown_pets:
        fail(
            "allergies",
            _("onbekend dier: {waarden}; kies uit de lijst").format(
                waarden=", ".join(unknown_pets)
            ),
        )
    values["allergies"] = allergies
    values["smoke_free"] = bool(data.smoke_free)

    km = data.max_distance_km
    if km is None or km == 0:
        values["max_distance_km"] = None
    else:
        try:
            values["max_distance_km"] = check_km(float(km))
        except ValidationError as exc:
            fail("max_distance_km", exc.message)

    try:
        values["case_worker_initials"] = normalise_initials(data.case_worker_initials)
    except ValidationError as exc:
        fail("case_worker_initials", exc.message)

    if errors:
        raise ChildValidationError(errors)

    home = geo.lookup(values["home_pc4"]) if values.get("home_pc4") else None
    values["wijk_code"] = home.wijk_code if home is not None else None
    provider = Provider(data.placing_provider) if data.placing_provider is not None else None
    if provider is None and home is not None:
        provider = home.provider
    values["placing_provider"] = provider
    return ValidChild(values=values, sibling_group=group, notes=tuple(notes))


def _text_of(data: ChildData, key: str) -> str:
    value = getattr(data, key)
    return value if isinstance(value, str) else ""
