"""The columns of a family list: the template's headers, the other names people give
them, and which header of a file is which column."""

from __future__ import annotations

from dataclasses import dataclass

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading import SheetData, header_key

__all__ = ["BY_KEY", "COLUMNS", "MAX_ADULTS", "Column", "map_headers"]

MAX_ADULTS = 2


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

BY_KEY = {c.key: c for c in COLUMNS}


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for column in COLUMNS:
        for text in (column.header, column.key, *column.aliases):
            index.setdefault(header_key(text), column.key)
    return index


def map_headers(table: SheetData) -> tuple[dict[int, str], list[str]]:
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
