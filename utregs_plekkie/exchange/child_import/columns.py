"""The columns of a children list: the template's headers and their other names, and
the columns that are refused because they would identify a child."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading import header_key

__all__ = ["COLUMNS", "EXAMPLE_CODE", "FORBIDDEN", "Column", "map_headers"]

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
FORBIDDEN: dict[str, str] = {
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


def map_headers(
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
        if key in FORBIDDEN:
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
