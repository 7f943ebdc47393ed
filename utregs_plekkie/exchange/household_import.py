"""Importing existing lists of foster and support families (CSV or XLSX).

The template (``utregs-plekkie template households FILE``) has one row per family:
the family, its address and details, up to two adults with their VGB or VOG, the
own children's birth years, and what it offers. Lists from elsewhere work too:
headers are matched loosely ("E-mail", "emailadres", "Telefoonnummer", "Voornaam",
"Achternaam"), and a family name is made from the first adult's surname when the
list has none.

Every row is judged on its own: it is added, skipped (the family is already in the
database, or earlier in the file: same e-mail address, or same name and address),
or refused with the reason in Dutch. Importing the same file twice adds nothing the
second time. The row report (``--report``) repeats the file's columns after the
outcome, so a refused row can be corrected in the report and the report imported.

Rows are written in batches; ``progress(done, total)`` is called after each batch and
returning ``False`` stops after it (what was added stays, and a re-import goes on
where it stopped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
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
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.pipeline import (
    OFF_ROUTE_STAGES,
    DropoutReason,
    PipelineConfig,
    dropout_reasons,
    required_check,
)
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.exchange.export import write_table
from utregs_plekkie.exchange.reading import SheetData, SheetRow, header_key, read_sheet
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    AdultData,
    CheckData,
    HouseholdData,
    OfferData,
    OwnChild,
    insert_household,
    load_pipeline_config,
    validate_offer,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = [
    "COLUMNS",
    "ImportResult",
    "RowResult",
    "RowStatus",
    "import_households",
    "write_import_report",
    "write_template",
]

Progress = Callable[[int, int], bool]
BATCH = 200
MAX_ADULTS = 2


# --------------------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    example: str
    aliases: tuple[str, ...] = ()


def _adult_columns(n: int, example: tuple[str, ...]) -> list[Column]:
    lead = f"volwassene {n} "
    alt = ("ouder", "persoon") if n == 1 else ("partner", "ouder 2", "persoon 2")
    simple = n == 1  # "Voornaam" on its own means the first adult

    def aliases(*words: str) -> tuple[str, ...]:
        names = [f"{a} {w}" for a in alt for w in words]
        if simple:
            names += list(words)
        return tuple(names)

    return [
        Column(f"a{n}_first", lead + "voornaam", example[0], aliases("voornaam", "roepnaam")),
        Column(f"a{n}_prefix", lead + "tussenvoegsel", example[1], aliases("tussenvoegsel")),
        Column(f"a{n}_last", lead + "achternaam", example[2], aliases("achternaam")),
        Column(f"a{n}_birth", lead + "geboortedatum", example[3], aliases("geboortedatum")),
        Column(f"a{n}_email", lead + "e-mail", example[4], aliases("e-mail volwassene")),
        Column(f"a{n}_phone", lead + "telefoon", example[5], aliases("telefoon volwassene")),
        Column(f"a{n}_moved_in", lead + "ingetrokken op", "", aliases("ingetrokken op")),
        Column(f"a{n}_requested", lead + "VGB/VOG aangevraagd", example[6],
               aliases("vgb aangevraagd", "vog aangevraagd")),
        Column(f"a{n}_issued", lead + "VGB/VOG afgegeven", example[7],
               aliases("vgb afgegeven", "vog afgegeven", "vgb", "vog")),
        Column(f"a{n}_expires", lead + "VGB/VOG geldig tot en met", example[8],
               (lead + "VGB/VOG geldig tot", lead + "VGB/VOG verloopt",
                *aliases("vgb geldig tot", "vog geldig tot", "vgb verloopt", "vog verloopt"))),
    ]  # fmt: skip


COLUMNS: tuple[Column, ...] = (
    Column("name", "gezinsnaam", "Familie Van der Berg",
           ("naam", "gezin", "familienaam", "familie", "naam gezin")),
    Column("route", "route", "pleegouder", ("soort", "type", "soort gezin")),
    Column("stage", "fase", "beschikbaar", ("status", "stap", "fase werving")),
    Column("stage_since", "fase sinds", "15-01-2027", ("sinds", "datum fase")),
    Column("reason", "reden gestopt", "", ("reden", "uitvalreden", "reden afgehaakt")),
    Column("reason_note", "toelichting", "", ("toelichting reden",)),
    Column("email", "e-mail", "berg@example.nl", ("emailadres", "mail", "e-mailadres")),
    Column("phone", "telefoon", "06 12345678", ("telefoonnummer", "tel", "mobiel")),
    Column("street", "straat", "Oudegracht", ("straatnaam",)),
    Column("house_number", "huisnummer", "12a", ("nummer", "huisnr")),
    Column("address", "adres", "", ("straat en huisnummer",)),
    Column("postcode", "postcode", "3511 AB", ("pc",)),
    Column("city", "plaats", "Utrecht", ("woonplaats", "stad")),
    Column("provider", "aanbieder", "", ("organisatie", "zorgaanbieder")),
    Column("languages", "talen", "nl, en", ("taal", "thuistaal")),
    Column("culture", "cultuur/religie", "", ("cultuur", "religie", "geloof")),
    Column("pets", "huisdieren", "kat", ("huisdier",)),
    Column("smoking", "roken", "nee", ("rookt", "roker")),
    Column("accessibility", "toegankelijkheid", "", ()),
    Column("bedrooms", "slaapkamers", "4", ("aantal slaapkamers",)),
    Column("spare_bedrooms", "vrije slaapkamers", "1", ("logeerkamers",)),
    Column("experience", "ervaring", "trauma", ("ervaring met",)),
    Column("skills", "vaardigheden", "", ("kwaliteiten",)),
    Column("notes", "notities", "", ("opmerkingen", "notitie")),
    Column("next_action", "volgende actie", "", ("actie",)),
    Column("next_action_on", "volgende actie op", "", ("actie op", "actiedatum")),
    *_adult_columns(1, ("Anouk", "van der", "Berg", "12-05-1984", "", "",
                        "01-09-2025", "20-10-2025", "20-10-2027")),
    *_adult_columns(2, ("Kees", "", "Bakker", "03-02-1982", "", "",
                        "01-09-2025", "24-10-2025", "24-10-2027")),
    Column("own_children", "eigen kinderen (geboortejaren)", "2014, 2017",
           ("eigen kinderen", "kinderen")),
    Column("care_forms", "zorgvormen", "voltijd: langdurend, deeltijd: weekenden",
           ("zorgvorm", "aanbod")),
    Column("capacity", "capaciteit", "1", ("aantal kinderen", "plaatsen")),
    Column("age_min", "leeftijd van", "0", ("leeftijd vanaf", "minimumleeftijd")),
    Column("age_max", "leeftijd tot en met", "12", ("leeftijd tot", "maximumleeftijd")),
    Column("siblings", "broers en zussen", "ja", ("broertjes en zusjes", "siblings")),
    Column("max_distance", "max afstand km", "10", ("afstand", "maximale afstand")),
    Column("needs_ok", "kan omgaan met", "", ("hulpvragen",)),
    Column("schedule", "weekrooster", "za ochtend, za middag", ("rooster", "dagdelen")),
    Column("weekends", "weekenden", "om het weekend", ("weekend",)),
    Column("holidays", "vakanties", "ja", ("vakantie",)),
)  # fmt: skip

_BY_KEY = {c.key: c for c in COLUMNS}


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for column in COLUMNS:
        for text in (column.header, column.key, *column.aliases):
            index.setdefault(header_key(text), column.key)
    return index


# --------------------------------------------------------------------------- values


class _RowError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _fail(column: str, message: str) -> _RowError:
    return _RowError(f"{_BY_KEY[column].header}: {message}")


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$"), ("d", "m", "y2")),
)


def _date(text: str, column: str) -> date | None:
    value = text.strip()
    if not value:
        return None
    value = value.split(" ")[0]  # "2027-01-15 00:00"
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(value)
        if match is None:
            continue
        parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
        year = parts.get("y") or 2000 + parts["y2"]
        try:
            return date(year, parts["m"], parts["d"])
        except ValueError:
            break
    raise _fail(
        column,
        _("'{value}' is geen datum; schrijf bijvoorbeeld 31-12-2026.").format(value=text),
    )


def _int(text: str, column: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    try:
        return int(value.replace(".", "").replace(" ", ""))
    except ValueError:
        raise _fail(column, _("'{value}' is geen getal.").format(value=text)) from None


def _float(text: str, column: str) -> float | None:
    value = text.strip().lower().removesuffix("km").strip()
    if not value:
        return None
    try:
        return float(value.replace(",", "."))
    except ValueError:
        raise _fail(column, _("'{value}' is geen getal.").format(value=text)) from None


_YES = {"ja", "j", "yes", "y", "1", "x", "waar", "true", "wel"}
_NO = {"nee", "n", "no", "0", "onwaar", "false", "niet", ""}


def _bool(text: str, column: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise _fail(column, _("'{value}' is geen ja of nee.").format(value=text))


def _items(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;/|\n]+", text) if p.strip()]


def _lookup(words: dict[str, Any], text: str, column: str, allowed: Sequence[str]) -> Any:
    key = header_key(text)
    if key in words:
        return words[key]
    raise _fail(
        column,
        _("'{value}' ken ik niet; kies uit: {allowed}.").format(
            value=text, allowed=", ".join(allowed)
        ),
    )


def _route_words() -> dict[str, HouseholdRoute]:
    words = {
        "pleegouder": HouseholdRoute.PLEEGOUDER,
        "pleegouders": HouseholdRoute.PLEEGOUDER,
        "pleeggezin": HouseholdRoute.PLEEGOUDER,
        "pleegzorg": HouseholdRoute.PLEEGOUDER,
        "steunouder": HouseholdRoute.STEUNOUDER,
        "steunouders": HouseholdRoute.STEUNOUDER,
        "steungezin": HouseholdRoute.STEUNOUDER,
    }
    words.update({header_key(label(r)): r for r in HouseholdRoute})
    return words


def _stage_words() -> dict[str, PipelineStage]:
    words = {header_key(label(s)): s for s in PipelineStage}
    words.update({header_key(s.value): s for s in PipelineStage})
    words.update(
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
        }
    )
    return words


def _care_words() -> dict[str, CareForm]:
    words = {header_key(label(c)): c for c in CareForm}
    words.update({header_key(c.value): c for c in CareForm})
    words.update(
        {
            "crisis": CareForm.VOLTIJD_CRISIS,
            "kortdurend": CareForm.VOLTIJD_KORT,
            "kort": CareForm.VOLTIJD_KORT,
            "langdurend": CareForm.VOLTIJD_LANG,
            "lang": CareForm.VOLTIJD_LANG,
            "weekend": CareForm.DEELTIJD_WEEKEND,
            "weekenden": CareForm.DEELTIJD_WEEKEND,
            "weekendpleegzorg": CareForm.DEELTIJD_WEEKEND,
            "vakantie": CareForm.DEELTIJD_VAKANTIE,
            "vakanties": CareForm.DEELTIJD_VAKANTIE,
            "dagdelen": CareForm.DEELTIJD_DAGDELEN,
            "steunouder": CareForm.STEUNOUDER,
            "steungezin": CareForm.STEUNOUDER,
        }
    )
    return words


def _weekend_words() -> dict[str, WeekendPattern]:
    words = {header_key(label(w)): w for w in WeekendPattern}
    words.update({header_key(w.value): w for w in WeekendPattern})
    words.update(
        {
            "elk": WeekendPattern.ELK,
            "elkweekend": WeekendPattern.ELK,
            "iedereweekend": WeekendPattern.ELK,
            "omdeweek": WeekendPattern.OM_DE_WEEK,
            "omdetweeweken": WeekendPattern.OM_DE_WEEK,
            "1xpermaand": WeekendPattern.EENS_PER_MAAND,
            "eenkeerpermaand": WeekendPattern.EENS_PER_MAAND,
            "nee": WeekendPattern.GEEN,
        }
    )
    return words


def _labelled_words(values: Sequence[Any]) -> dict[str, str]:
    words = {header_key(label(v)): v.value for v in values}
    words.update({header_key(v.value): v.value for v in values})
    return words


def _reason_words() -> dict[str, str]:
    words = {header_key(code.value): code.value for code, _text in dropout_reasons()}
    words.update({header_key(text): code.value for code, text in dropout_reasons()})
    return words


_DAY_WORDS = {
    **{w: i for i, w in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))},
    **{
        w: i
        for i, w in enumerate(
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
        )
    },
}
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
    for item in _items(value):
        words = item.replace(" t/m ", "-").replace(" tot en met ", "-").split()
        days: list[int] = []
        parts: list[DayPart] = []
        for word in words:
            if "-" in word and all(p in _DAY_WORDS for p in word.split("-", 1)):
                first, last = (_DAY_WORDS[p] for p in word.split("-", 1))
                days.extend(range(first, last + 1) if first <= last else [])
            elif word in _DAY_WORDS:
                days.append(_DAY_WORDS[word])
            elif word in _PART_WORDS:
                parts.append(_PART_WORDS[word])
            elif word in ("en", "+"):
                continue
            else:
                raise _fail(
                    column,
                    _(
                        "'{value}' kan ik niet lezen; schrijf dagen en dagdelen, bijvoorbeeld "
                        "'za ochtend, za middag, ma-vr avond'."
                    ).format(value=item),
                )
        if not days:
            raise _fail(
                column,
                _("Bij '{value}' staat geen dag (ma, di, wo, do, vr, za, zo).").format(value=item),
            )
        for day in days:
            for part in parts or list(DayPart):
                schedule = schedule.with_cell(day, part)
    return schedule


_ADDRESS_RE = re.compile(r"^(.*?[^\d\s].*?)\s+(\d+\s*[-/]?\s*[A-Za-z0-9]{0,6})$")


# --------------------------------------------------------------------------- rows


@dataclass
class _Parsed:
    data: HouseholdData
    adults: list[AdultData]
    own_children: list[OwnChild]
    stage: PipelineStage
    since: date | None
    reason: str | None
    note: str
    offers: list[OfferData] = field(default_factory=list)


def _parse_row(values: dict[str, str], config: PipelineConfig) -> _Parsed:
    def v(key: str) -> str:
        return values.get(key, "").strip()

    route_text = v("route")
    route = (
        _lookup(_route_words(), route_text, "route", ["pleegouder", "steunouder"])
        if route_text
        else None
    )
    care_forms: list[CareForm] = []
    for item in _items(v("care_forms")):
        care = _lookup(_care_words(), item, "care_forms", [label(c) for c in CareForm])
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
        raise _fail(
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
            raise _fail("reason", _("bij een gestopt gezin hoort een reden."))
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
                raise _fail(f"a{n}_last", _("vul de naam van deze volwassene in."))
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
            raise _fail("name", _("vul de naam van het gezin of van een volwassene in."))
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
    for item in _items(v("pets")):
        pets.append(_labelled_words(list(Pet)).get(header_key(item), Pet.ANDERS.value))
    experience = [
        _lookup(_labelled_words(list(Need)), item, "experience", [label(n) for n in Need])
        for item in _items(v("experience"))
    ]
    children = [
        OwnChild(year)
        for year in (_int(item, "own_children") for item in _items(v("own_children")))
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
        languages=[item.lower() for item in _items(v("languages"))],
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
            for item in _items(v("needs_ok"))
        ]
        weekend_text = v("weekends")
        weekends = (
            _lookup(_weekend_words(), weekend_text, "weekends",
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
    return _Parsed(
        data=data,
        adults=adults,
        own_children=children,
        stage=stage,
        since=_date(v("stage_since"), "stage_since"),
        reason=reason,
        note=note,
        offers=offers,
    )


# --------------------------------------------------------------------------- duplicates


def _email_key(text: str) -> str | None:
    if not text.strip():
        return None
    try:
        return normalise_email(text).lower()
    except ValidationError:
        return text.strip().lower()


def _address_key(name: str, postcode: str, number: str, first: str) -> tuple[str, str, str, str]:
    try:
        pc = normalise_postcode(postcode) if postcode.strip() else ""
    except ValidationError:
        pc = postcode.strip().upper()
    try:
        house = str(parse_house_number(number)[0]) if number.strip() else ""
    except ValidationError:
        house = number.strip()
    core = re.sub(r"^(familie|fam|gezin)\s+", "", search_key(name))
    return (core, pc, house, search_key(first))


def _existing_keys(db: Database) -> tuple[dict[str, int], dict[tuple[str, str, str, str], int]]:
    emails: dict[str, int] = {}
    addresses: dict[tuple[str, str, str, str], int] = {}
    h, a = m.Household, m.Adult
    with db.engine.connect() as conn:
        first_adult: dict[int, str] = {}
        for household_id, first in conn.execute(
            select(a.household_id, a.first_name).order_by(a.household_id, a.id)
        ):
            first_adult.setdefault(household_id, first)
        for hid, name, email, postcode, number in conn.execute(
            select(h.id, h.name, h.email, h.postcode, h.house_number)
        ):
            if email:
                emails.setdefault(email.lower(), hid)
            key = _address_key(
                name,
                postcode or "",
                "" if number is None else str(number),
                first_adult.get(hid, ""),
            )
            addresses.setdefault(key, hid)
    return emails, addresses


# --------------------------------------------------------------------------- import


class RowStatus(StrEnum):
    TOEGEVOEGD = "toegevoegd"
    OVERGESLAGEN = "overgeslagen"
    GEWEIGERD = "geweigerd"


@dataclass(frozen=True)
class RowResult:
    row: int
    status: RowStatus
    name: str
    household_id: int | None
    reason: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    file: str
    description: str
    headers: tuple[str, ...]
    rows: tuple[RowResult, ...]
    #: Headers that were not recognised (their columns were ignored).
    unknown_columns: tuple[str, ...]
    cancelled: bool = False

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def added(self) -> int:
        return self.count(RowStatus.TOEGEVOEGD)

    @property
    def skipped(self) -> int:
        return self.count(RowStatus.OVERGESLAGEN)

    @property
    def refused(self) -> int:
        return self.count(RowStatus.GEWEIGERD)

    def summary(self) -> str:
        text = _(
            "{file}: {added} gezinnen toegevoegd, {skipped} overgeslagen (stonden er al), "
            "{refused} geweigerd."
        ).format(file=self.file, added=self.added, skipped=self.skipped, refused=self.refused)
        if self.cancelled:
            text += " " + _("Afgebroken: de rest van het bestand is niet ingelezen.")
        return text


def _map_headers(table: SheetData) -> tuple[dict[int, str], list[str]]:
    index = _header_index()
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for position, header in enumerate(table.headers):
        key = index.get(header_key(header))
        if key is None or key in mapping.values():
            if header.strip():
                unknown.append(header)
            continue
        mapping[position] = key
    has_name = "name" in mapping.values() or "a1_last" in mapping.values()
    if not has_name:
        raise UserError(
            _(
                "In {file} staat geen kolom 'gezinsnaam' (of 'achternaam'). Zet de namen in "
                "een kolom met die kop; het sjabloon (utregs-plekkie template households "
                "sjabloon.xlsx) laat alle kolommen zien."
            ).format(file=table.name)
        )
    return mapping, unknown


def import_households(
    db: Database,
    path: Path | str,
    *,
    actor: Actor,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the families in a CSV, XLSX or ODS file in ``actor``'s name (see the
    module text)."""
    require(actor, Permission.IMPORT)
    source = Path(path)
    table = read_sheet(source)
    mapping, unknown = _map_headers(table)
    config = load_pipeline_config(db)
    emails, addresses = _existing_keys(db)
    results: list[RowResult] = []
    pending: list[tuple[SheetRow, list[str], _Parsed, str]] = []

    for row in table.rows:
        texts = table.texts(row)
        values = {key: texts[position] for position, key in mapping.items()}
        display = values.get("name") or " ".join(
            p for p in (values.get("a1_first", ""), values.get("a1_last", "")) if p
        )
        try:
            parsed = _parse_row(values, config)
        except _RowError as exc:
            results.append(
                RowResult(row.number, RowStatus.GEWEIGERD, display, None, exc.message, tuple(texts))
            )
            continue
        first = parsed.adults[0].first_name if parsed.adults else ""
        email = _email_key(parsed.data.email)
        address = _address_key(
            parsed.data.name, parsed.data.postcode, parsed.data.house_number, first
        )
        existing = (emails.get(email) if email else None) or addresses.get(address)
        if existing is not None:
            results.append(
                RowResult(
                    row.number,
                    RowStatus.OVERGESLAGEN,
                    parsed.data.name,
                    existing,
                    _("staat al in het programma (gezin {id})").format(id=existing)
                    if existing > 0
                    else _("staat eerder in dit bestand (regel {row})").format(row=-existing),
                    tuple(texts),
                ),
            )
            continue
        # Later rows of the same family in this file are skipped as well.
        if email:
            emails[email] = -row.number
        addresses[address] = -row.number
        pending.append((row, texts, parsed, parsed.data.name))

    total = len(pending)
    done = 0
    cancelled = False
    for start in range(0, total, BATCH):
        batch = pending[start : start + BATCH]
        with db.transaction() as session:
            for row, texts, parsed, name in batch:
                try:
                    with session.begin_nested():
                        household = _insert(session, parsed, config, actor, source)
                    results.append(
                        RowResult(row.number, RowStatus.TOEGEVOEGD, name, household.id, "",
                                  tuple(texts))
                    )  # fmt: skip
                except (UserError, _RowError) as exc:
                    message = _with_column(exc)
                    results.append(
                        RowResult(row.number, RowStatus.GEWEIGERD, name, None, message,
                                  tuple(texts))
                    )  # fmt: skip
        done += len(batch)
        if progress is not None and not progress(done, total) and done < total:
            cancelled = True
            break

    results.sort(key=lambda r: r.row)
    result = ImportResult(
        file=source.name,
        description=table.description,
        headers=tuple(table.headers),
        rows=tuple(results),
        unknown_columns=tuple(unknown),
        cancelled=cancelled,
    )
    with db.transaction() as session:
        add_audit_line(
            session,
            actor,
            AuditAction.IMPORT,
            "households",
            None,
            _("{file}: {added} toegevoegd, {skipped} overgeslagen, {refused} geweigerd").format(
                file=source.name,
                added=result.added,
                skipped=result.skipped,
                refused=result.refused,
            ),
        )
    return result


#: Fields named by validation errors -> the column the value came from.
_FIELD_COLUMNS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "postcode": "postcode",
    "house_number": "house_number",
    "street": "street",
    "bedrooms": "bedrooms",
    "spare_bedrooms": "spare_bedrooms",
    "care_form": "care_forms",
    "schedule": "schedule",
    "weekend_pattern": "weekends",
    "capacity": "capacity",
    "age_min": "age_min",
    "age_max": "age_max",
    "max_distance_km": "max_distance",
    "needs_ok": "needs_ok",
    "own_children": "own_children",
}


def _with_column(exc: UserError | _RowError) -> str:
    """The reason, led by the column it concerns when a validation error names one."""
    if isinstance(exc, ValidationError) and exc.field in _FIELD_COLUMNS:
        return f"{_BY_KEY[_FIELD_COLUMNS[exc.field]].header}: {exc.message}"
    return exc.message


def _insert(
    session: Any,
    parsed: _Parsed,
    config: PipelineConfig,
    actor: Actor,
    source: Path,
) -> m.Household:
    route = parsed.data.route
    offers = [validate_offer(offer, route) for offer in parsed.offers]
    history: list[tuple[PipelineStage | None, PipelineStage, datetime]] = []
    if parsed.since is not None:
        if parsed.since > clock.today():
            raise _fail("stage_since", _("de datum ligt in de toekomst."))
        at = datetime.combine(parsed.since, time(12, 0), tzinfo=clock.LOCAL_TZ)
        history = [(None, parsed.stage, at)]
    household = insert_household(
        session,
        parsed.data,
        adults=parsed.adults,
        own_children=parsed.own_children,
        stage=parsed.stage,
        reason=parsed.reason,
        note=parsed.note,
        config=config,
        actor=actor,
        history=history,
        audit_detail=_("geïmporteerd uit {file}").format(file=source.name),
    )
    for values in offers:
        household.offers.append(m.AvailabilityOffer(**values))
    session.flush()
    return household


# --------------------------------------------------------------------------- files


REPORT_HEADERS = ("importregel", "importstatus", "gezinsnummer", "importreden")


def write_import_report(result: ImportResult, path: Path | str) -> Path:
    """The row report: outcome per row, then the row as it was in the file (.csv or
    .xlsx by the suffix). Correct a refused row in it and import the report itself."""
    headers = [*REPORT_HEADERS, *result.headers]
    rows = [
        [
            r.row,
            label_status(r.status),
            "" if r.household_id is None or r.household_id < 0 else r.household_id,
            r.reason,
            *r.values,
        ]
        for r in result.rows
    ]
    write_table(path, headers, rows)
    return Path(path)


def label_status(status: RowStatus) -> str:
    return {
        RowStatus.TOEGEVOEGD: _("toegevoegd"),
        RowStatus.OVERGESLAGEN: _("overgeslagen"),
        RowStatus.GEWEIGERD: _("geweigerd"),
    }[status]


def template_notes() -> list[str]:
    return [
        _("Sjabloon voor het inlezen van gezinnen: één regel per gezin."),
        _("Alleen 'gezinsnaam' (of de achternaam van volwassene 1) is verplicht."),
        _("route: pleegouder of steunouder (leeg: pleegouder, of steunouder als de "
          "zorgvorm alleen 'steunouder' is)."),
        _("fase: {stages}.").format(stages=", ".join(label(s) for s in PipelineStage)),
        _("reden gestopt (bij fase 'gestopt'): {reasons}.").format(
            reasons=", ".join(text for _code, text in dropout_reasons())
        ),
        _("Datums als 31-12-2026. Ja/nee-velden: ja of nee."),
        _("Bij fase 'beschikbaar' is voor elke volwassene een geldige VGB nodig (steunouders: "
          "een VOG)."),
        _("zorgvormen: {forms}; meerdere gescheiden door komma's.").format(
            forms=", ".join(label(c) for c in CareForm)
        ),
        _("weekrooster (deeltijd en steunouders): dagen en dagdelen, bijvoorbeeld "
          "'za ochtend, za middag, ma-vr avond'."),
        _("weekenden: elk weekend, om het weekend, eens per maand."),
        _("kan omgaan met / ervaring: {needs}.").format(needs=", ".join(label(n) for n in Need)),
        _("Een gezin dat er al is (zelfde e-mailadres, of zelfde naam en adres) wordt "
          "overgeslagen; hetzelfde bestand twee keer inlezen voegt dus niets toe."),
    ]  # fmt: skip


def write_template(path: Path | str) -> Path:
    """The template with the expected columns and one example row (.xlsx or .csv).
    An .xlsx also gets a sheet "Uitleg" with what each column accepts."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(
            _("Kies voor het sjabloon een bestandsnaam op .xlsx of .csv (niet '{name}').").format(
                name=target.name
            )
        )
    headers = [c.header for c in COLUMNS]
    write_table(
        target,
        headers,
        [_example_row(clock.today())],
        sheet_title=_("Gezinnen"),
        notes=template_notes(),
    )
    return target


def _example_row(today: date) -> list[str]:
    """The example family, with dates around ``today`` so it imports as it stands: in
    "beschikbaar" for a month, with VGBs issued two months ago and valid for two years."""

    def day(value: date) -> str:
        return value.strftime("%d-%m-%Y")

    requested = today - timedelta(days=120)
    issued = today - timedelta(days=60)
    valid_until = issued + timedelta(days=729)
    dates = {
        "stage_since": day(today - timedelta(days=30)),
        "a1_requested": day(requested),
        "a2_requested": day(requested),
        "a1_issued": day(issued),
        "a2_issued": day(issued + timedelta(days=4)),
        "a1_expires": day(valid_until),
        "a2_expires": day(valid_until + timedelta(days=4)),
    }
    return [dates.get(c.key, c.example) for c in COLUMNS]
