"""One row of a family list read into what storage.households takes: the family, its
adults with their VGB or VOG, its own children, its stage and its offers.

A value that cannot be read is refused with the column's header and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from utregs_plekkie.core.enums import (
    CareForm,
    DayPart,
    HouseholdRoute,
    Need,
    Pet,
    PipelineStage,
    Provider,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline import (
    OFF_ROUTE_STAGES,
    DropoutReason,
    PipelineConfig,
    dropout_reasons,
    required_check,
)
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.exchange.household_import.columns import BY_KEY, MAX_ADULTS
from utregs_plekkie.exchange.reading import header_key
from utregs_plekkie.exchange.values import (
    DAY_WORDS,
    care_form_words,
    enum_words,
    parse_date,
    split_items,
    weekend_words,
    yes_no,
)
from utregs_plekkie.storage.households import (
    AdultData,
    CheckData,
    HouseholdData,
    OfferData,
    OwnChild,
)

__all__ = ["ParsedRow", "RowError", "fail", "parse_row"]


class RowError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def fail(column: str, message: str) -> RowError:
    return RowError(f"{BY_KEY[column].header}: {message}")


def _date(text: str, column: str) -> date | None:
    if not text.strip():
        return None
    value = parse_date(text)
    if value is None:
        raise fail(
            column,
            _("'{value}' is geen datum; schrijf bijvoorbeeld 31-12-2026.").format(value=text),
        )
    return value


def _int(text: str, column: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    try:
        return int(value.replace(".", "").replace(" ", ""))
    except ValueError:
        raise fail(column, _("'{value}' is geen getal.").format(value=text)) from None


def _float(text: str, column: str) -> float | None:
    value = text.strip().lower().removesuffix("km").strip()
    if not value:
        return None
    try:
        return float(value.replace(",", "."))
    except ValueError:
        raise fail(column, _("'{value}' is geen getal.").format(value=text)) from None


def _bool(text: str, column: str) -> bool:
    value = yes_no(text)
    if value is None:
        raise fail(column, _("'{value}' is geen ja of nee.").format(value=text))
    return value


def _lookup(words: dict[str, Any], text: str, column: str, allowed: Sequence[str]) -> Any:
    key = header_key(text)
    if key in words:
        return words[key]
    raise fail(
        column,
        _("'{value}' ken ik niet; kies uit: {allowed}.").format(
            value=text, allowed=", ".join(allowed)
        ),
    )


def _route_words() -> dict[str, HouseholdRoute]:
    return enum_words(
        HouseholdRoute,
        {
            "pleegouder": HouseholdRoute.PLEEGOUDER,
            "pleegouders": HouseholdRoute.PLEEGOUDER,
            "pleeggezin": HouseholdRoute.PLEEGOUDER,
            "pleegzorg": HouseholdRoute.PLEEGOUDER,
            "steunouder": HouseholdRoute.STEUNOUDER,
            "steunouders": HouseholdRoute.STEUNOUDER,
            "steungezin": HouseholdRoute.STEUNOUDER,
        },
    )


def _stage_words() -> dict[str, PipelineStage]:
    return enum_words(
        PipelineStage,
        {
            "kennismaking": PipelineStage.KENNISMAKING,
            "vgb": PipelineStage.SCREENING,
            "vog": PipelineStage.SCREENING,
            "screening": PipelineStage.SCREENING,
            "training": PipelineStage.TRAINING,
            "overeenkomst": PipelineStage.OVEREENKOMST,
            "pauze": PipelineStage.GEPAUZEERD,
            "gestopt": PipelineStage.GESTOPT,
            "afgehaakt": PipelineStage.GESTOPT,
            "actief": PipelineStage.BESCHIKBAAR,
        },
    )


def _labelled_words(values: Sequence[Any]) -> dict[str, str]:
    return {key: str(member.value) for key, member in enum_words(values).items()}


def _reason_words() -> dict[str, str]:
    words = {header_key(code.value): code.value for code, _text in dropout_reasons()}
    words.update({header_key(text): code.value for code, text in dropout_reasons()})
    return words


_PART_WORDS = {
    "ochtend": DayPart.OCHTEND,
    "morgen": DayPart.OCHTEND,
    "middag": DayPart.MIDDAG,
    "avond": DayPart.AVOND,
    "nacht": DayPart.NACHT,
}


def _schedule(text: str, column: str) -> Schedule:
    """``"za ochtend, za middag, wo middag"``, ``"ma-vr avond"``, ``"zo"`` (whole day),
    or ``"hele week"``."""
    value = text.strip().lower()
    if not value:
        return Schedule.empty()
    if header_key(value) in ("heleweek", "altijd", "volledig"):
        return Schedule.full()
    schedule = Schedule.empty()
    for item in split_items(value):
        words = item.replace(" t/m ", "-").replace(" tot en met ", "-").split()
        days: list[int] = []
        parts: list[DayPart] = []
        for word in words:
            if "-" in word and all(p in DAY_WORDS for p in word.split("-", 1)):
                first, last = (DAY_WORDS[p] for p in word.split("-", 1))
                days.extend(range(first, last + 1) if first <= last else [])
            elif word in DAY_WORDS:
                days.append(DAY_WORDS[word])
            elif word in _PART_WORDS:
                parts.append(_PART_WORDS[word])
            elif word in ("en", "+"):
                continue
            else:
                raise fail(
                    column,
                    _(
                        "'{value}' kan ik niet lezen; schrijf dagen en dagdelen, bijvoorbeeld "
                        "'za ochtend, za middag, ma-vr avond'."
                    ).format(value=item),
                )
        if not days:
            raise fail(
                column,
                _("Bij '{value}' staat geen dag (ma, di, wo, do, vr, za, zo).").format(value=item),
            )
        for day in days:
            for part in parts or list(DayPart):
                schedule = schedule.with_cell(day, part)
    return schedule


_ADDRESS_RE = re.compile(r"^(.*?[^\d\s].*?)\s+(\d+\s*[-/]?\s*[A-Za-z0-9]{0,6})$")


@dataclass
class ParsedRow:
    data: HouseholdData
    adults: list[AdultData]
    own_children: list[OwnChild]
    stage: PipelineStage
    since: date | None
    reason: str | None
    note: str
    offers: list[OfferData] = field(default_factory=list)


def parse_row(values: dict[str, str], config: PipelineConfig) -> ParsedRow:
    def v(key: str) -> str:
        return values.get(key, "").strip()

    route_text = v("route")
    route = (
        _lookup(_route_words(), route_text, "route", ["pleegouder", "steunouder"])
        if route_text
        else None
    )
    care_forms: list[CareForm] = []
    for item in split_items(v("care_forms")):
        care = _lookup(care_form_words(), item, "care_forms", [label(c) for c in CareForm])
        if care not in care_forms:
            care_forms.append(care)
    if route is None:
        route = (
            HouseholdRoute.STEUNOUDER
            if care_forms and set(care_forms) == {CareForm.STEUNOUDER}
            else HouseholdRoute.PLEEGOUDER
        )
    stage_text = v("stage")
    stage = (
        _lookup(_stage_words(), stage_text, "stage", [label(s) for s in PipelineStage])
        if stage_text
        else PipelineStage.INFORMATIEBIJEENKOMST
    )
    if stage not in config.route(route) and stage not in OFF_ROUTE_STAGES:
        raise fail(
            "stage",
            _("de route voor {route}s kent geen fase {stage}.").format(
                route=label(route), stage=label(stage)
            ),
        )
    reason: str | None = None
    note = v("reason_note")
    if stage == PipelineStage.GESTOPT:
        reason_text = v("reason")
        if not reason_text:
            raise fail("reason", _("bij een gestopt gezin hoort een reden."))
        reason = _reason_words().get(header_key(reason_text))
        if reason is None:
            # A reason of its own: kept as "anders" with the text as explanation.
            reason = DropoutReason.ANDERS.value
            note = "; ".join(p for p in (reason_text, note) if p)

    adults: list[AdultData] = []
    kind = required_check(route)
    for n in range(1, MAX_ADULTS + 1):
        first, last = v(f"a{n}_first"), v(f"a{n}_last")
        if not (first or last):
            if any(v(f"a{n}_{k}") for k in ("birth", "email", "phone", "issued", "requested")):
                raise fail(f"a{n}_last", _("vul de naam van deze volwassene in."))
            continue
        requested = _date(v(f"a{n}_requested"), f"a{n}_requested")
        issued = _date(v(f"a{n}_issued"), f"a{n}_issued")
        expires = _date(v(f"a{n}_expires"), f"a{n}_expires")
        checks: tuple[CheckData, ...] = ()
        if requested or issued or expires:
            checks = (CheckData(kind, requested, issued, expires),)
        adults.append(
            AdultData(
                first_name=first or last,
                last_name=last or first,
                name_prefix=v(f"a{n}_prefix"),
                birth_date=_date(v(f"a{n}_birth"), f"a{n}_birth"),
                email=v(f"a{n}_email"),
                phone=v(f"a{n}_phone"),
                moved_in_on=_date(v(f"a{n}_moved_in"), f"a{n}_moved_in"),
                checks=checks,
            )
        )

    name = v("name")
    if not name:
        if not adults:
            raise fail("name", _("vul de naam van het gezin of van een volwassene in."))
        first_adult = adults[0]
        prefix = first_adult.name_prefix
        lead = prefix[:1].upper() + prefix[1:] if prefix else ""
        name = " ".join(p for p in (_("Familie"), lead, first_adult.last_name) if p)

    street, number = v("street"), v("house_number")
    if v("address") and not (street or number):
        match = _ADDRESS_RE.match(v("address"))
        if match is None:
            street = v("address")
        else:
            street, number = match.group(1), match.group(2)

    provider_text = v("provider")
    provider = None
    if provider_text:
        providers = {header_key(label(p)): p for p in Provider}
        providers.update({header_key(p.value): p for p in Provider})
        providers["koos"] = Provider.KOOS
        provider = _lookup(providers, provider_text, "provider", [label(p) for p in Provider])

    pets = []
    for item in split_items(v("pets")):
        pets.append(_labelled_words(list(Pet)).get(header_key(item), Pet.ANDERS.value))
    experience = [
        _lookup(_labelled_words(list(Need)), item, "experience", [label(n) for n in Need])
        for item in split_items(v("experience"))
    ]
    children = [
        OwnChild(year)
        for year in (_int(item, "own_children") for item in split_items(v("own_children")))
        if year is not None
    ]

    data = HouseholdData(
        name=name,
        route=route,
        email=v("email"),
        phone=v("phone"),
        street=street,
        house_number=number,
        postcode=v("postcode"),
        city=v("city"),
        provider=provider,
        languages=[item.lower() for item in split_items(v("languages"))],
        culture_religion=v("culture"),
        pets=list(dict.fromkeys(pets)),
        smoking=_bool(v("smoking"), "smoking"),
        accessibility=v("accessibility"),
        bedrooms=_int(v("bedrooms"), "bedrooms"),
        spare_bedrooms=_int(v("spare_bedrooms"), "spare_bedrooms"),
        experience=experience,
        skills=v("skills"),
        notes=v("notes"),
        next_action=v("next_action"),
        next_action_on=_date(v("next_action_on"), "next_action_on"),
    )
    offers: list[OfferData] = []
    if care_forms:
        needs = [
            _lookup(_labelled_words(list(Need)), item, "needs_ok", [label(n) for n in Need])
            for item in split_items(v("needs_ok"))
        ]
        weekend_text = v("weekends")
        weekends = (
            _lookup(weekend_words(), weekend_text, "weekends",
                    [label(w) for w in WeekendPattern])
            if weekend_text
            else None
        )  # fmt: skip
        capacity = _int(v("capacity"), "capacity")
        age_min = _int(v("age_min"), "age_min")
        age_max = _int(v("age_max"), "age_max")
        holidays_text = v("holidays")
        for care in care_forms:
            full_time = care.value.startswith("voltijd")
            offers.append(
                OfferData(
                    care_form=care,
                    schedule=Schedule.full() if full_time else _schedule(v("schedule"),
                                                                          "schedule"),
                    weekend_pattern=weekends
                    or (WeekendPattern.ELK if full_time else WeekendPattern.GEEN),
                    holidays=_bool(holidays_text, "holidays")
                    if holidays_text
                    else full_time or care == CareForm.DEELTIJD_VAKANTIE,
                    capacity=1 if capacity is None else capacity,
                    age_min=0 if age_min is None else age_min,
                    age_max=18 if age_max is None else age_max,
                    siblings_accepted=_bool(v("siblings"), "siblings"),
                    needs_ok=needs,
                    max_distance_km=_float(v("max_distance"), "max_distance"),
                )
            )  # fmt: skip
    return ParsedRow(
        data=data,
        adults=adults,
        own_children=children,
        stage=stage,
        since=_date(v("stage_since"), "stage_since"),
        reason=reason,
        note=note,
        offers=offers,
    )
