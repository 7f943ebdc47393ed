"""Which column of a file holds what: recognising Dutch and English headers.

:func:`suggest_mapping` reads the header row and proposes a field for every column it
recognises ("E-mailadres", "Tel.", "Voornaam", "Postal code", "Interesse", ...);
columns it does not know are listed in ``unknown`` so the import dialog can ask the
user, and the user's choices come back as an explicit override
(``{"Mobiel nr": "phone", "Nummer": None}``) that always wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading import CellValue, SheetRow, cell_text, header_key

__all__ = [
    "ColumnMapping",
    "ImportField",
    "field_label",
    "recognise_header",
    "row_fields",
    "suggest_mapping",
]


class ImportField(StrEnum):
    """A field an import column can fill (values are ``RequestInput`` attribute names)."""

    NAME = "name"
    FIRST_NAME = "first_name"
    PREFIX = "name_prefix"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    HOUSE_NUMBER = "house_number"
    STREET = "street"
    CITY = "city"
    INTERESTS = "interests"
    SOURCE = "source"
    SOURCE_DETAIL = "source_detail"
    RECEIVED = "received_at"
    CONSENT = "consent_contact"
    CONSENT_STORE = "consent_store"
    CONSENT_AT = "consent_at"
    CONSENT_VERSION = "consent_text_version"
    EVENT = "event_name"
    PROVIDER = "provider"
    NOTES = "notes"


def field_label(value: ImportField) -> str:
    """The Dutch name of a field, as the mapping dialog shows it."""
    return {
        ImportField.NAME: _("naam (hele naam)"),
        ImportField.FIRST_NAME: _("voornaam"),
        ImportField.PREFIX: _("tussenvoegsel"),
        ImportField.LAST_NAME: _("achternaam"),
        ImportField.EMAIL: _("e-mailadres"),
        ImportField.PHONE: _("telefoonnummer"),
        ImportField.POSTCODE: _("postcode"),
        ImportField.HOUSE_NUMBER: _("huisnummer"),
        ImportField.STREET: _("straat"),
        ImportField.CITY: _("woonplaats"),
        ImportField.INTERESTS: _("interesse"),
        ImportField.SOURCE: _("bron"),
        ImportField.SOURCE_DETAIL: _("toelichting bron"),
        ImportField.RECEIVED: _("datum ontvangen"),
        ImportField.CONSENT: _("toestemming contact"),
        ImportField.CONSENT_STORE: _("toestemming bewaren"),
        ImportField.CONSENT_AT: _("datum toestemming"),
        ImportField.CONSENT_VERSION: _("versie toestemmingstekst"),
        ImportField.EVENT: _("evenement"),
        ImportField.PROVIDER: _("aanbieder"),
        ImportField.NOTES: _("opmerking"),
    }[value]


F = ImportField
# Exact header forms (after header_key), Dutch and English.
_EXACT: dict[str, ImportField] = {
    key: target
    for target, words in (
        (F.NAME, "naam name volledigenaam fullname naamcontactpersoon contactpersoon"),
        (F.FIRST_NAME, "voornaam voornamen roepnaam firstname givenname forename voorletters"),
        (F.PREFIX, "tussenvoegsel tussenvoegsels tussenv tv prefix infix middlename"),
        (F.LAST_NAME, "achternaam familienaam lastname surname familyname geslachtsnaam"),
        (F.EMAIL, "email emailadres mail mailadres emailaddress eadres"),
        (
            F.PHONE,
            "telefoon telefoonnummer tel telnr telefoonnr mobiel mobielnummer mobiel06 gsm "
            "phone phonenumber telephone mobile mobilephone cellphone",
        ),
        (F.POSTCODE, "postcode zip zipcode postalcode postcodes pc"),
        (F.HOUSE_NUMBER, "huisnummer huisnr nr nummerhuis housenumber number huisnummertoevoeging"),
        (F.STREET, "straat straatnaam adres address street streetaddress"),
        (F.CITY, "plaats woonplaats stad city town place gemeente"),
        (
            F.INTERESTS,
            "interesse interesses interest interests belangstelling voorkeur vormvanpleegzorg "
            "soortpleegzorg",
        ),
        (F.SOURCE, "bron source kanaal channel herkomst viawie hoegehoord"),
        (F.SOURCE_DETAIL, "brontoelichting toelichtingbron sourcedetail"),
        (
            F.RECEIVED,
            "datum date ontvangen received ontvangenop datumaanvraag aanvraagdatum tijdstip "
            "timestamp aangemaakt created createdat ingediend submitted datumontvangen "
            "ingevuldop",
        ),
        (F.CONSENT, "toestemming toestemmingcontact consent akkoord privacy avg gdpr optin"),
        (F.CONSENT_STORE, "toestemmingbewaren bewaren gegevensbewaren consentstore"),
        (F.CONSENT_AT, "toestemmingdatum datumtoestemming consentdate"),
        (
            F.CONSENT_VERSION,
            "toestemmingstekst versietoestemming toestemmingsversie consentversion",
        ),
        (F.EVENT, "evenement event activiteit popup locatieevenement"),
        (F.PROVIDER, "aanbieder provider organisatie zorgaanbieder"),
        (
            F.NOTES,
            "opmerking opmerkingen notitie notities notes note comment comments bericht vraag "
            "message toelichting",
        ),
    )
    for key in words.split()
}
# Keywords looked for inside longer headers, in this order (more specific first).
_CONTAINS: tuple[tuple[tuple[str, ...], ImportField], ...] = (
    (("toestemming", "bewar"), F.CONSENT_STORE),
    (("toestemming", "datum"), F.CONSENT_AT),
    (("toestemming", "tekst"), F.CONSENT_VERSION),
    (("toestemming", "versie"), F.CONSENT_VERSION),
    (("consent", "date"), F.CONSENT_AT),
    (("toestemming",), F.CONSENT),
    (("consent",), F.CONSENT),
    (("privacy",), F.CONSENT),
    (("bron", "toelichting"), F.SOURCE_DETAIL),
    (("voornaam",), F.FIRST_NAME),
    (("firstname",), F.FIRST_NAME),
    (("achternaam",), F.LAST_NAME),
    (("lastname",), F.LAST_NAME),
    (("surname",), F.LAST_NAME),
    (("tussenvoegsel",), F.PREFIX),
    (("email",), F.EMAIL),
    (("mail",), F.EMAIL),
    (("telefoon",), F.PHONE),
    (("phone",), F.PHONE),
    (("mobiel",), F.PHONE),
    (("postcode",), F.POSTCODE),
    (("zip",), F.POSTCODE),
    (("huisnummer",), F.HOUSE_NUMBER),
    (("housenumber",), F.HOUSE_NUMBER),
    (("straat",), F.STREET),
    (("street",), F.STREET),
    (("adres",), F.STREET),
    (("woonplaats",), F.CITY),
    (("interesse",), F.INTERESTS),
    (("interest",), F.INTERESTS),
    (("evenement",), F.EVENT),
    (("event",), F.EVENT),
    (("bron",), F.SOURCE),
    (("source",), F.SOURCE),
    (("datum",), F.RECEIVED),
    (("date",), F.RECEIVED),
    (("opmerking",), F.NOTES),
    (("naam",), F.NAME),
    (("name",), F.NAME),
)
# Columns the program's own export writes that an import leaves alone on purpose.
_IGNORED = frozenset(
    {"nummer", "id", "wijk", "status", "opvolgen", "volgendcontact", "aanvraagnummer"}
)


def recognise_header(header: str) -> ImportField | None:
    """The field a header names, or ``None`` if it is not recognised."""
    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for words, target in _CONTAINS:
        if all(word in key for word in words):
            return target
    return None


@dataclass(frozen=True)
class ColumnMapping:
    """Column index -> field, and what was left out (and why)."""

    headers: tuple[str, ...]
    fields: Mapping[int, ImportField]
    #: Headers that were not recognised: the dialog lets the user map them.
    unknown: tuple[str, ...]
    #: Headers left out on purpose: export-only columns, a second column for a field
    #: that already has one, or columns the override set to ``None``.
    ignored: tuple[str, ...]

    def column_of(self, target: ImportField) -> int | None:
        return next((i for i, f in self.fields.items() if f == target), None)

    def has(self, target: ImportField) -> bool:
        return self.column_of(target) is not None

    def problems(self) -> list[str]:
        """Why rows cannot be read with this mapping (Dutch, for the user)."""
        problems: list[str] = []
        if not (self.has(F.NAME) or self.has(F.FIRST_NAME) or self.has(F.LAST_NAME)):
            problems.append(
                _(
                    "Er is geen kolom voor de naam. Koppel een kolom aan 'naam' of aan "
                    "'voornaam' en 'achternaam'."
                )
            )
        if not (self.has(F.EMAIL) or self.has(F.PHONE)):
            problems.append(
                _(
                    "Er is geen kolom voor het e-mailadres of het telefoonnummer. Koppel een "
                    "kolom aan 'e-mailadres' of 'telefoonnummer'."
                )
            )
        return problems

    def describe(self) -> list[str]:
        """One Dutch line per column: what it is read as."""
        lines: list[str] = []
        for index, header in enumerate(self.headers):
            target = self.fields.get(index)
            if target is not None:
                lines.append(
                    _("'{header}' -> {field}").format(header=header, field=field_label(target))
                )
            elif header in self.unknown:
                lines.append(_("'{header}': niet herkend, niet ingelezen").format(header=header))
            else:
                lines.append(_("'{header}': niet ingelezen").format(header=header))
        return lines


def suggest_mapping(
    headers: Sequence[str], override: Mapping[str, str | ImportField | None] | None = None
) -> ColumnMapping:
    """Recognise the headers; ``override`` (header -> field id, or ``None`` to skip)
    wins over recognition. Each field is read from one column: the first that names it."""
    override = dict(override or {})
    by_header = {h.casefold(): h for h in headers}
    for key in override:
        if key.casefold() not in by_header:
            raise UserError(
                _("Kolom '{header}' staat niet in het bestand. Kies uit: {headers}.").format(
                    header=key, headers=", ".join(headers)
                )
            )
    chosen_override = {k.casefold(): v for k, v in override.items()}
    fields: dict[int, ImportField] = {}
    unknown: list[str] = []
    ignored: list[str] = []
    taken: set[ImportField] = set()
    # Overrides first, so a recognised column cannot take a field the user assigned.
    for index, header in enumerate(headers):
        if header.casefold() not in chosen_override:
            continue
        value = chosen_override[header.casefold()]
        if value is None or value == "":
            ignored.append(header)
            continue
        try:
            target = ImportField(value)
        except ValueError:
            raise UserError(
                _("Veld '{value}' bestaat niet. Kies uit: {fields}.").format(
                    value=value, fields=", ".join(f.value for f in ImportField)
                )
            ) from None
        if target in taken:
            raise UserError(
                _(
                    "Twee kolommen zijn gekoppeld aan '{field}'. Koppel elk veld aan één kolom."
                ).format(field=field_label(target))
            )
        fields[index] = target
        taken.add(target)
    for index, header in enumerate(headers):
        if header.casefold() in chosen_override:
            continue
        recognised = recognise_header(header)
        if recognised is None:
            (ignored if header_key(header) in _IGNORED else unknown).append(header)
        elif recognised in taken:
            ignored.append(header)
        else:
            fields[index] = recognised
            taken.add(recognised)
    return ColumnMapping(
        headers=tuple(headers),
        fields=fields,
        unknown=tuple(unknown),
        ignored=tuple(ignored),
    )


_EXCEL_EPOCH = datetime(1899, 12, 30)


def _date_cell(value: CellValue) -> datetime | date | str:
    """Spreadsheet date cells stay dates; a bare Excel serial number becomes a date."""
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20_000 < value < 80_000:
        return _EXCEL_EPOCH + timedelta(days=float(value))
    return cell_text(value)


def _phone_cell(value: CellValue) -> str:
    """A phone number Excel stored as a number lost its leading 0 or +."""
    text = cell_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if text.startswith("31") and len(text) == 11:
            return "+" + text
        if len(text) == 9:
            return "0" + text
    return text


def row_fields(mapping: ColumnMapping, row: SheetRow) -> dict[str, str | datetime | date]:
    """The mapped cells of one row, as ``RequestInput`` keyword arguments."""
    values: dict[str, str | datetime | date] = {}
    for index, target in mapping.fields.items():
        cell = row.cells[index] if index < len(row.cells) else None
        if target in (F.RECEIVED, F.CONSENT_AT):
            values[target.value] = _date_cell(cell)
        elif target == F.PHONE:
            values[target.value] = _phone_cell(cell)
        else:
            values[target.value] = cell_text(cell)
    return values
