"""Children from a list (CSV or XLSX), with a report per row, and the template for it.

Privacy comes first: a child is recorded with a pseudonymous code, the birth month and
four-digit postcodes, never a name or a BSN. So:

* columns that hold identifying data (name, BSN, full birth date, address, phone,
  e-mail, parents, school name) are *refused*: they are not read at all, nothing of
  them is stored or echoed in the report, and the report says which were refused;
* a full postcode (``3511 AB``) is cut to its four digits, a full birth date to its
  month, and the report says so;
* a code that looks like a BSN (nine digits that pass the elfproef) is refused.

The file is read like every import's (``exchange.reading``): UTF-8 with or without
BOM, UTF-16, Windows-1252, ``;``, ``,`` or tab, XLSX, ODS; headers are matched loosely (``Postcode
school``, ``postcode_school``, ``PC school``); every row gets a line in the report
with what happened (new, skipped because the code exists, or the errors, in Dutch,
naming the column). Valid rows are written in one transaction with one audit line;
a row with an error is not written, and the rest is. A file with nothing usable
writes nothing. ``dry_run`` checks everything and writes nothing (a preview).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    DayPart,
    Gender,
    Need,
    Pet,
    Provider,
    Urgency,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import language_name
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.schedule import FULL_MASK, WEEKEND_MASK, Schedule
from utregs_plekkie.exchange.export import write_table
from utregs_plekkie.exchange.reading import header_key, read_sheet
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.children import (
    KNOWN_LANGUAGES,
    check_birth_month,
    check_child_code,
    check_culture_wish,
    check_group_code,
    check_km,
    default_schedule,
    looks_like_bsn,
    normalise_initials,
    parse_pc4,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = [
    "COLUMNS",
    "EXAMPLE_CODE",
    "ChildImportResult",
    "RowReport",
    "import_children",
    "write_child_template",
]

Progress = Callable[[int, int], bool]
T = TypeVar("T")

EXAMPLE_CODE = "VOORBEELD"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as written in the template
    aliases: tuple[str, ...]
    help: str
    example: str
    required: bool = False


def _columns() -> tuple[Column, ...]:
    return (
        Column(
            "code",
            "code",
            ("kindcode", "pseudoniem", "kenmerk", "id"),
            _("verplicht: een eigen code voor het kind (geen naam, geen BSN), bv. K24-0007"),
            EXAMPLE_CODE,
            True,
        ),
        Column(
            "birth_month",
            "geboortemaand",
            ("geboortejaarmaand", "maandvangeboorte"),
            _("verplicht: maand en jaar, bv. 2016-03 of 03-2016"),
            "2016-03",
            True,
        ),
        Column(
            "care_form",
            "zorgvorm",
            ("soortzorg", "vorm"),
            _(
                "verplicht: voltijd_crisis, voltijd_kort, voltijd_lang, deeltijd_weekend, "
                "deeltijd_vakantie, deeltijd_dagdelen of steunouder"
            ),
            "deeltijd_weekend",
            True,
        ),
        Column("gender", "geslacht", ("sekse",), _("jongen, meisje, anders of leeg"), "meisje"),
        Column(
            "home_pc4",
            "postcode_thuis",
            ("postcodethuis", "pcthuis", "postcodewoonadres", "postcode"),
            _("vier cijfers van de postcode van thuis (een hele postcode wordt ingekort)"),
            "3453",
        ),
        Column(
            "school_pc4",
            "postcode_school",
            ("postcodeschool", "pcschool"),
            _("vier cijfers van de postcode van de school"),
            "3454",
        ),
        Column(
            "club_pc4",
            "postcode_club",
            ("postcodeclub", "pcclub", "postcodesportclub", "postcodevereniging"),
            _("vier cijfers van de postcode van de club of vereniging"),
            "",
        ),
        Column(
            "schedule",
            "rooster",
            ("tijden", "dagdelen", "wanneer"),
            _(
                "welke dagdelen, bv. 'wo middag; za ochtend; za middag', 'ma t/m vr middag' of "
                "'hele week'; leeg: voltijd de hele week, weekend vrijdagavond t/m zondag"
            ),
            "",
        ),
        Column(
            "weekend_pattern",
            "weekenden",
            ("weekendpatroon", "weekend"),
            _("geen, elk, om_de_week of eens_per_maand"),
            "om_de_week",
        ),
        Column(
            "holidays",
            "vakanties",
            ("vakantie", "vakantieopvang"),
            _("ja of nee: opvang in vakanties nodig"),
            "nee",
        ),
        Column(
            "wanted_start",
            "gewenste_start",
            ("startdatum", "gewenstestartdatum", "start"),
            _("datum, bv. 2026-09-01 of 1-9-2026"),
            "",
        ),
        Column("urgency", "urgentie", ("spoed",), _("normaal, hoog of crisis (leeg: normaal)"), ""),
        Column(
            "sibling_group",
            "broer_zus_groep",
            ("brusgroep", "siblinggroep", "broerzusgroep", "brussen", "gezinsgroep"),
            _("dezelfde code voor broers en zussen die samen geplaatst worden"),
            "",
        ),
        Column(
            "needs",
            "behoeften",
            ("zorgbehoefte", "zorgbehoeften", "problematiek"),
            _(
                "gescheiden door komma's: gedragsproblemen, lvb, trauma, medische_zorg, "
                "adhd_autisme, hechting, baby"
            ),
            "",
        ),
        Column(
            "languages",
            "talen",
            ("taal", "thuistaal"),
            _("taalcodes of namen, gescheiden door komma's, bv. nl, tr"),
            "nl",
        ),
        Column(
            "culture_wish",
            "cultuur",
            ("cultuurwens", "geloof", "religie", "levensbeschouwing"),
            _("wens voor cultuur of geloof, bv. islamitisch"),
            "",
        ),
        Column(
            "allergies",
            "allergieen",
            ("allergie", "allergisch", "dierallergie"),
            _("allergisch voor: hond, kat, konijn, vogel, paard, ander_huisdier"),
            "",
        ),
        Column(
            "smoke_free",
            "rookvrij",
            ("rookvrijhuis",),
            _("ja of nee: het kind heeft een rookvrij huis nodig"),
            "ja",
        ),
        Column(
            "max_distance_km",
            "max_afstand_km",
            ("maxafstand", "maximaleafstand", "afstand"),
            _("hoogstens zoveel km van thuis en school, bv. 10"),
            "",
        ),
        Column(
            "placing_provider",
            "aanbieder",
            ("plaatsendeaanbieder", "organisatie", "provider"),
            _("koos of spoor030 (leeg: de aanbieder van de wijk van thuis)"),
            "",
        ),
        Column(
            "case_worker_initials",
            "casemanager",
            ("initialen", "initialencasemanager", "jeugdzorgwerker", "gezinsvoogd"),
            _("alleen de initialen van de casemanager, bv. AB"),
            "AB",
        ),
        Column(
            "waiting_since",
            "wacht_sinds",
            ("wachtsinds", "aangemeld", "aanmelddatum"),
            _("datum sinds wanneer het kind wacht (leeg: vandaag)"),
            "",
        ),
    )


COLUMNS: tuple[Column, ...] = _columns()

# Header keys (see exchange.reading.header_key) of columns that are never read.
_FORBIDDEN: dict[str, str] = {
    key: kind
    for kind, keys in (
        (
            "naam",
            (
                "naam",
                "voornaam",
                "voornamen",
                "achternaam",
                "roepnaam",
                "tussenvoegsel",
                "volledigenaam",
                "naamkind",
                "kindnaam",
                "name",
                "firstname",
                "lastname",
                "voorletters",
            ),
        ),
        ("BSN", ("bsn", "burgerservicenummer", "sofinummer", "bsnkind")),
        ("geboortedatum", ("geboortedatum", "geboortedag", "dateofbirth", "birthdate")),
        (
            "adres",
            ("adres", "straat", "straatnaam", "huisnummer", "woonadres", "address", "woonplaats"),
        ),
        ("telefoon", ("telefoon", "telefoonnummer", "mobiel", "phone", "tel")),
        ("e-mail", ("email", "emailadres", "mail")),
        (
            "ouders",
            ("ouders", "moeder", "vader", "naamouders", "naammoeder", "naamvader", "voogd"),
        ),
        ("school", ("school", "schoolnaam", "naamschool")),
        ("notities", ("notitie", "notities", "opmerking", "opmerkingen", "dossier", "toelichting")),
    )
    for key in keys
}


@dataclass(frozen=True)
class RowReport:
    #: The row number in the file (0 for a remark about the whole file).
    row: int
    code: str
    status: str  # "nieuw", "overgeslagen", "fout", "opmerking"
    messages: tuple[str, ...]


@dataclass
class ChildImportResult:
    file: str
    description: str
    created: int = 0
    skipped: int = 0
    failed: int = 0
    refused_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[RowReport] = field(default_factory=list)
    dry_run: bool = False

    @property
    def total(self) -> int:
        return self.created + self.skipped + self.failed

    def summary(self) -> str:
        text = _(
            "{bestand}: {nieuw} kinderen nieuw, {over} overgeslagen (code bestond al of "
            "voorbeeldregel), {fout} regels met fouten."
        ).format(bestand=self.file, nieuw=self.created, over=self.skipped, fout=self.failed)
        if self.dry_run:
            text += " " + _("Proefronde: er is niets opgeslagen.")
        if self.refused_columns:
            text += " " + _("Geweigerde kolommen (niet gelezen, niet bewaard): {kolommen}.").format(
                kolommen=", ".join(self.refused_columns)
            )
        return text


# --------------------------------------------------------------------------- values


class _RowError(Exception):
    pass


def _rule(column: str, check: Callable[[], T]) -> T:
    """A rule shared with the form (``storage.children``), its message naming the column."""
    try:
        return check()
    except ValidationError as exc:
        raise _RowError(
            _("kolom {kolom}: {melding}").format(kolom=column, melding=exc.message)
        ) from None


def _bool(text: str, column: str) -> bool:
    value = text.strip().lower()
    if value in ("ja", "j", "yes", "y", "true", "waar", "1", "x"):
        return True
    if value in ("nee", "n", "no", "false", "onwaar", "0", ""):
        return False
    raise _RowError(
        _("kolom {kolom}: '{waarde}' is geen ja of nee").format(kolom=column, waarde=text)
    )


_MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "februari": 2,
    "mrt": 3,
    "maart": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augustus": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}


def _date(text: str, column: str) -> date:
    value = text.strip()
    for pattern in (
        "%Y-%m-%d",
        "%d-%m-%Y",
        "%d/%m/%Y",
        "%d.%m.%Y",
        "%Y-%m-%d %H:%M",
        "%d-%m-%Y %H:%M",
    ):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise _RowError(
        _("kolom {kolom}: '{waarde}' is geen datum (schrijf bv. 2026-09-01 of 1-9-2026)").format(
            kolom=column, waarde=value
        )
    )


def _birth_month(text: str, on: date) -> tuple[date, bool]:
    """(first of the birth month, whether a day was given and dropped)."""
    value = text.strip().lower()
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", value) or None
    year = month = 0
    dropped = False
    if match:
        year, month = int(match.group(1)), int(match.group(2))
    elif m2 := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", value):
        month, year = int(m2.group(1)), int(m2.group(2))
    elif m3 := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", value):
        month, year = _MONTHS.get(m3.group(1), 0), int(m3.group(2))
    else:
        try:
            full = _date(value, "geboortemaand")
        except _RowError:
            full = None
        if full is not None:
            year, month, dropped = full.year, full.month, True
    if not (1 <= month <= 12 and year >= 1900):
        raise _RowError(
            _(
                "kolom geboortemaand: '{waarde}' is geen maand (schrijf bv. 2016-03 of 03-2016)"
            ).format(waarde=text)
        )
    first = _rule(
        "geboortemaand", lambda: check_birth_month(date(year, month, 1), on, text.strip())
    )
    return first, dropped


def _enum_value(text: str, choices: dict[str, Any], column: str) -> Any:
    key = header_key(text)
    if key in choices:
        return choices[key]
    options = ", ".join(sorted({str(v) for v in choices.values()}))
    raise _RowError(
        _("kolom {kolom}: '{waarde}' is onbekend; kies uit {opties}").format(
            kolom=column, waarde=text.strip(), opties=options
        )
    )


def _choices(enum_cls: Any, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for member in enum_cls:
        out[header_key(member.value)] = member
        out[header_key(label(member))] = member
    for key, value in (extra or {}).items():
        out[header_key(key)] = value
    return out


def _care_choices() -> dict[str, Any]:
    return _choices(
        CareForm,
        {
            "crisis": CareForm.VOLTIJD_CRISIS,
            "kortdurend": CareForm.VOLTIJD_KORT,
            "langdurend": CareForm.VOLTIJD_LANG,
            "weekend": CareForm.DEELTIJD_WEEKEND,
            "weekenden": CareForm.DEELTIJD_WEEKEND,
            "vakantie": CareForm.DEELTIJD_VAKANTIE,
            "vakanties": CareForm.DEELTIJD_VAKANTIE,
            "dagdelen": CareForm.DEELTIJD_DAGDELEN,
            "steungezin": CareForm.STEUNOUDER,
        },
    )


def _gender_choices() -> dict[str, Any]:
    return _choices(
        Gender,
        {"j": Gender.JONGEN, "m": Gender.JONGEN, "v": Gender.MEISJE, "x": Gender.ANDERS},
    )


def _weekend_choices() -> dict[str, Any]:
    return _choices(
        WeekendPattern,
        {
            "ieder weekend": WeekendPattern.ELK,
            "om het weekend": WeekendPattern.OM_DE_WEEK,
            "1 per maand": WeekendPattern.EENS_PER_MAAND,
            "maandelijks": WeekendPattern.EENS_PER_MAAND,
        },
    )


def _list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;|/\n]+", text) if part.strip()]


def _needs(text: str) -> list[str]:
    choices = _choices(Need, {"adhd": Need.ADHD_AUTISME, "autisme": Need.ADHD_AUTISME})
    # "ADHD/autisme" is one need: split on , ; | only.
    parts = [p.strip() for p in re.split(r"[,;|\n]+", text) if p.strip()]
    return sorted({str(_enum_value(p, choices, "behoeften").value) for p in parts})


def _pets(text: str) -> list[str]:
    choices = _choices(Pet, {"honden": Pet.HOND, "katten": Pet.KAT, "huisdieren": Pet.ANDERS})
    return sorted({str(_enum_value(p, choices, "allergieen").value) for p in _list(text)})


def _languages(text: str) -> list[str]:
    names: dict[str, str] = {}
    for code in KNOWN_LANGUAGES:
        names[header_key(language_name(code))] = code
    out: set[str] = set()
    for part in _list(text):
        key = header_key(part)
        if key in names:
            out.add(names[key])
        elif re.fullmatch(r"[a-z]{2,3}", key):
            out.add(key)
        else:
            raise _RowError(
                _(
                    "kolom talen: '{waarde}' is geen taal die we kennen; schrijf een taalcode "
                    "(nl, tr, ar, ...) of de Nederlandse naam"
                ).format(waarde=part)
            )
    return sorted(out)


_DAY_WORDS = {
    "ma": 0,
    "maandag": 0,
    "di": 1,
    "dinsdag": 1,
    "wo": 2,
    "woensdag": 2,
    "do": 3,
    "donderdag": 3,
    "vr": 4,
    "vrijdag": 4,
    "za": 5,
    "zaterdag": 5,
    "zo": 6,
    "zondag": 6,
}
_PART_WORDS = {
    "ochtend": (DayPart.OCHTEND,),
    "morgen": (DayPart.OCHTEND,),
    "middag": (DayPart.MIDDAG,),
    "avond": (DayPart.AVOND,),
    "nacht": (DayPart.NACHT,),
    "heledag": tuple(DayPart),
    "dag": tuple(DayPart),
}


def parse_schedule(text: str) -> Schedule:
    """A schedule as people write it: ``wo middag; za ochtend en middag``,
    ``ma t/m vr middag``, ``za hele dag``, ``hele week``, ``weekend``."""
    value = text.strip().lower()
    if not value:
        return Schedule.empty()
    if header_key(value) in ("heleweek", "altijd", "voltijd"):
        return Schedule.full()
    if header_key(value) == "weekend":
        return Schedule(WEEKEND_MASK)
    mask = 0
    for item in re.split(r"[,;\n]+", value):
        words = item.replace(" en ", " ").replace("t/m", "-").replace(" tot en met ", "-")
        tokens = re.findall(r"[a-z]+|-", words)
        days: list[int] = []
        parts: list[DayPart] = []
        k = 0
        while k < len(tokens):
            token = tokens[k]
            if token in _DAY_WORDS:
                if k + 2 < len(tokens) and tokens[k + 1] == "-" and tokens[k + 2] in _DAY_WORDS:
                    first, last = _DAY_WORDS[token], _DAY_WORDS[tokens[k + 2]]
                    if last < first:
                        raise _RowError(
                            _("kolom rooster: '{deel}' loopt achteruit").format(deel=item.strip())
                        )
                    days += list(range(first, last + 1))
                    k += 3
                    continue
                days.append(_DAY_WORDS[token])
            elif token == "hele" and k + 1 < len(tokens) and tokens[k + 1] == "dag":
                parts += list(DayPart)
                k += 2
                continue
            elif token in _PART_WORDS:
                parts += list(_PART_WORDS[token])
            else:
                raise _RowError(
                    _(
                        "kolom rooster: '{woord}' in '{deel}' begrijpen we niet; schrijf bv. "
                        "'wo middag; za ochtend en middag'"
                    ).format(woord=token, deel=item.strip())
                )
            k += 1
        if not days or not parts:
            raise _RowError(
                _(
                    "kolom rooster: in '{deel}' ontbreekt een dag of een dagdeel (bv. 'za middag')"
                ).format(deel=item.strip())
            )
        for day in days:
            for part in parts:
                mask |= Schedule.from_cells([(day, part)]).mask
    return Schedule(mask & FULL_MASK)


def _pc4(text: str, column: str, notes: list[str], geo: GeoIndex) -> str | None:
    pc4, remarks = _rule(column, lambda: parse_pc4(text, geo))
    notes += [_("kolom {kolom}: {melding}").format(kolom=column, melding=r) for r in remarks]
    return pc4


def _km(text: str) -> float | None:
    value = text.strip().lower().removesuffix("km").strip().replace(",", ".")
    if not value:
        return None
    try:
        km = float(value)
    except ValueError:
        raise _RowError(
            _("kolom max_afstand_km: '{waarde}' is geen getal").format(waarde=text)
        ) from None
    return _rule("max_afstand_km", lambda: check_km(km, text))


# --------------------------------------------------------------------------- import


def _map_headers(
    headers: Sequence[str],
) -> tuple[dict[str, int], list[str], list[str], list[str]]:
    """(column key -> index, refused headers, ignored headers, duplicate headers)."""
    lookup: dict[str, str] = {}
    for column in COLUMNS:
        lookup[header_key(column.header)] = column.key
        for alias in column.aliases:
            lookup[header_key(alias)] = column.key
    index: dict[str, int] = {}
    refused: list[str] = []
    ignored: list[str] = []
    duplicates: list[str] = []
    for i, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in _FORBIDDEN:
            refused.append(header)
            continue
        target = lookup.get(key)
        if target is None:
            ignored.append(header)
        elif target in index:
            duplicates.append(header)
        else:
            index[target] = i
    return index, refused, ignored, duplicates


@dataclass
class _Parsed:
    values: dict[str, Any]
    sibling_group: str | None
    notes: list[str]


def _parse_row(get: Callable[[str], str], on: date, geo: GeoIndex) -> _Parsed:
    errors: list[str] = []
    notes: list[str] = []
    values: dict[str, Any] = {}

    def attempt(fn: Callable[[], None]) -> None:
        try:
            fn()
        except _RowError as exc:
            errors.append(str(exc))

    code = get("code").strip()

    def do_code() -> None:
        if not code:
            raise _RowError(_("kolom code is leeg; geef elk kind een eigen code"))
        values["code"] = _rule("code", lambda: check_child_code(code))

    def do_birth() -> None:
        text = get("birth_month")
        if not text.strip():
            raise _RowError(_("kolom geboortemaand is leeg"))
        month, dropped = _birth_month(text, on)
        values["birth_month"] = month
        if dropped:
            notes.append(_("kolom geboortemaand: alleen maand en jaar bewaard, niet de dag"))

    def do_care() -> None:
        text = get("care_form")
        if not text.strip():
            raise _RowError(_("kolom zorgvorm is leeg"))
        values["care_form"] = _enum_value(text, _care_choices(), "zorgvorm")

    def do_simple() -> None:
        text = get("gender")
        values["gender"] = (
            _enum_value(text, _gender_choices(), "geslacht") if text.strip() else Gender.ONBEKEND
        )

    def do_postcodes() -> None:
        for key, column in (
            ("home_pc4", "postcode_thuis"),
            ("school_pc4", "postcode_school"),
            ("club_pc4", "postcode_club"),
        ):
            values[key] = _pc4(get(key), column, notes, geo)

    def do_weekend() -> None:
        text = get("weekend_pattern")
        values["weekend_pattern"] = (
            _enum_value(text, _weekend_choices(), "weekenden")
            if text.strip()
            else WeekendPattern.GEEN
        )

    def do_flags() -> None:
        values["holidays_needed"] = _bool(get("holidays"), "vakanties")
        values["smoke_free"] = _bool(get("smoke_free"), "rookvrij")

    def do_dates() -> None:
        start = get("wanted_start")
        values["wanted_start"] = _date(start, "gewenste_start") if start.strip() else None
        since = get("waiting_since")
        values["waiting_since"] = _date(since, "wacht_sinds") if since.strip() else on

    def do_urgency() -> None:
        text = get("urgency")
        values["urgency"] = (
            _enum_value(text, _choices(Urgency), "urgentie") if text.strip() else Urgency.NORMAAL
        )

    def do_lists() -> None:
        values["needs"] = _needs(get("needs"))

    def do_languages() -> None:
        values["languages"] = _languages(get("languages"))

    def do_allergies() -> None:
        values["allergies"] = _pets(get("allergies"))

    def do_culture() -> None:
        values["culture_wish"] = _rule("cultuur", lambda: check_culture_wish(get("culture_wish")))

    def do_distance() -> None:
        values["max_distance_km"] = _km(get("max_distance_km"))

    def do_provider() -> None:
        text = get("placing_provider")
        values["placing_provider"] = (
            _enum_value(text, _choices(Provider), "aanbieder") if text.strip() else None
        )

    def do_initials() -> None:
        values["case_worker_initials"] = _rule(
            "casemanager", lambda: normalise_initials(get("case_worker_initials"))
        )

    for step in (
        do_code,
        do_birth,
        do_care,
        do_simple,
        do_postcodes,
        do_weekend,
        do_flags,
        do_dates,
        do_urgency,
        do_lists,
        do_languages,
        do_allergies,
        do_culture,
        do_distance,
        do_provider,
        do_initials,
    ):
        attempt(step)

    schedule_text = get("schedule")
    try:
        schedule = parse_schedule(schedule_text)
        if not schedule_text.strip() and "care_form" in values:
            schedule = default_schedule(values["care_form"])
        values["schedule_needed"] = schedule
    except _RowError as exc:
        errors.append(str(exc))
    if errors:
        raise _RowErrors(errors)
    home = geo.lookup(values["home_pc4"]) if values.get("home_pc4") else None
    values["wijk_code"] = home.wijk_code if home is not None else None
    if values["placing_provider"] is None and home is not None:
        values["placing_provider"] = home.provider
    try:
        group = _rule("broer_zus_groep", lambda: check_group_code(get("sibling_group")))
    except _RowError as exc:
        raise _RowErrors([str(exc)]) from None
    return _Parsed(values, group, notes)


class _RowErrors(Exception):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def import_children(
    db: Database,
    path: Path | str,
    *,
    report_path: Path | str | None = None,
    dry_run: bool = False,
    on: date | None = None,
    geo: GeoIndex | None = None,
    progress: Progress | None = None,
    actor: Actor,
) -> ChildImportResult:
    """Read children from ``path`` in ``actor``'s name (see the module text); returns
    what happened per row and writes the row report to ``report_path`` when given."""
    require(actor, Permission.IMPORT)
    day = on or clock.today()
    geo = geo or GeoIndex.default()
    source = Path(path)
    sheet = read_sheet(source)
    index, refused, ignored, duplicates = _map_headers(sheet.file_headers)
    result = ChildImportResult(
        file=source.name,
        description=sheet.description,
        refused_columns=refused,
        ignored_columns=ignored,
        dry_run=dry_run,
    )
    if refused:
        result.rows.append(
            RowReport(
                0,
                "",
                "opmerking",
                (
                    _(
                        "Kolommen geweigerd en niet gelezen: {kolommen}. Kinderen worden alleen "
                        "met een code, geboortemaand en vier cijfers van postcodes vastgelegd; "
                        "haal deze kolommen uit het bestand."
                    ).format(kolommen=", ".join(refused)),
                ),
            )
        )
    if ignored:
        result.rows.append(
            RowReport(
                0,
                "",
                "opmerking",
                (
                    _("Onbekende kolommen, niet gelezen: {kolommen}.").format(
                        kolommen=", ".join(ignored)
                    ),
                ),
            )
        )
    if duplicates:
        result.rows.append(
            RowReport(
                0,
                "",
                "opmerking",
                (
                    _("Dubbele kolommen, alleen de eerste gelezen: {kolommen}.").format(
                        kolommen=", ".join(duplicates)
                    ),
                ),
            )
        )
    missing = [c.header for c in COLUMNS if c.required and c.key not in index]
    if missing:
        message = _(
            "In {bestand} ontbreken de kolommen {kolommen}. Gebruik het sjabloon "
            "(utregs-plekkie template children BESTAND) of geef de kolommen deze namen."
        ).format(bestand=source.name, kolommen=", ".join(missing))
        if "geboortemaand" in missing and any(
            _FORBIDDEN[header_key(h)] == "geboortedatum" for h in refused
        ):
            message += " " + _(
                "Een volledige geboortedatum wordt niet gelezen of bewaard: zet alleen maand "
                "en jaar in een kolom geboortemaand (bv. 2016-03)."
            )
        raise UserError(message)

    parsed: list[tuple[int, _Parsed]] = []
    seen: dict[str, int] = {}
    total = len(sheet.rows)
    for done, row in enumerate(sheet.rows):
        if progress is not None and done % 200 == 0 and not progress(done, total):
            raise UserError(_("Inlezen afgebroken; er is niets opgeslagen."))

        # Whitespace as a person sees it: non-breaking spaces and runs are one space.
        texts = [" ".join(t.replace("\u00a0", " ").split()) for t in sheet.texts(row)]

        def get(key: str, row_values: Sequence[str] = texts) -> str:
            i = index.get(key)
            return row_values[i] if i is not None and i < len(row_values) else ""

        raw_code = get("code").strip()
        shown_code = "" if looks_like_bsn(raw_code) else raw_code[:40]
        if raw_code.upper() == EXAMPLE_CODE:
            result.skipped += 1
            result.rows.append(
                RowReport(row.number, shown_code, "overgeslagen", (_("voorbeeldregel"),))
            )
            continue
        try:
            item = _parse_row(get, day, geo)
        except _RowErrors as exc:
            result.failed += 1
            result.rows.append(RowReport(row.number, shown_code, "fout", tuple(exc.messages)))
            continue
        code = item.values["code"]
        if code in seen:
            result.failed += 1
            result.rows.append(
                RowReport(
                    row.number,
                    code,
                    "fout",
                    (
                        _("code {code} staat al op regel {regel} van dit bestand").format(
                            code=code, regel=seen[code]
                        ),
                    ),
                )
            )
            continue
        seen[code] = row.number
        parsed.append((row.number, item))

    # A proof run reads in a plain session and writes nothing.
    with db.session() if dry_run else db.transaction() as session:
        existing: set[str] = set()
        codes = [item.values["code"] for _n, item in parsed]
        for start in range(0, len(codes), 900):
            existing.update(
                session.scalars(
                    select(m.Child.code).where(m.Child.code.in_(codes[start : start + 900]))
                )
            )
        groups: dict[str, m.SiblingGroup] = {}
        group_codes = sorted({item.sibling_group for _n, item in parsed if item.sibling_group})
        for start in range(0, len(group_codes), 900):
            for found in session.scalars(
                select(m.SiblingGroup).where(
                    m.SiblingGroup.code.in_(group_codes[start : start + 900])
                )
            ):
                groups[found.code] = found
        for number, item in parsed:
            code = item.values["code"]
            if code in existing:
                result.skipped += 1
                result.rows.append(
                    RowReport(
                        number,
                        code,
                        "overgeslagen",
                        (_("er is al een kind met deze code; niets gewijzigd"), *item.notes),
                    )
                )
                continue
            result.created += 1
            result.rows.append(RowReport(number, code, "nieuw", tuple(item.notes)))
            if dry_run:
                continue
            group: m.SiblingGroup | None = None
            if item.sibling_group:
                group = groups.get(item.sibling_group)
                if group is None:
                    group = groups[item.sibling_group] = m.SiblingGroup(code=item.sibling_group)
                    session.add(group)
            session.add(
                m.Child(
                    **item.values,
                    sibling_group=group,
                    status=ChildStatus.WACHT,
                )
            )
        if not dry_run:
            session.flush()
            detail = _("{bestand}: {nieuw} nieuw, {over} overgeslagen, {fout} fouten").format(
                bestand=source.name,
                nieuw=result.created,
                over=result.skipped,
                fout=result.failed,
            )
            if refused:
                detail += _("; geweigerde kolommen: {kolommen}").format(kolommen=", ".join(refused))
            add_audit_line(session, actor, AuditAction.IMPORT, "children", None, detail)
    result.rows.sort(key=lambda r: r.row)
    if progress is not None:
        progress(total, total)
    if report_path is not None:
        write_report(result, report_path)
    return result


def write_report(result: ChildImportResult, path: Path | str) -> Path:
    """The row report: one line per row of the file, plus remarks about the file."""
    rows = [(r.row or "", r.code, r.status, " | ".join(r.messages)) for r in result.rows]
    write_table(
        path,
        [_("regel"), _("code"), _("resultaat"), _("melding")],
        rows,
        sheet_title=_("Verslag"),
        notes=[result.summary()],
    )
    return Path(path)


def write_child_template(path: Path | str) -> Path:
    """A template with every column, one example row (skipped on import) and, in an
    .xlsx, a sheet explaining the columns."""
    headers = [c.header for c in COLUMNS]
    example = [c.example for c in COLUMNS]
    notes = [
        _(
            "Vul per kind één regel in. Geen namen, geen BSN, geen adressen: alleen een eigen "
            "code, de geboortemaand en vier cijfers van postcodes. De voorbeeldregel (code "
            "{voorbeeld}) wordt bij inlezen overgeslagen."
        ).format(voorbeeld=EXAMPLE_CODE),
        "",
        *[f"{c.header}: {c.help}" for c in COLUMNS],
        "",
        _("Inlezen: utregs-plekkie import children BESTAND --report verslag.csv"),
    ]
    write_table(path, headers, [example], sheet_title=_("Kinderen"), notes=notes)
    return Path(path)
