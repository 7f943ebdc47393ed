"""The right of access as a readable Dutch PDF: everything stored about one person.

Input is the dictionary of ``storage.privacy.person_export`` (the same data as the
JSON), so the two can never disagree. The font is the packs' DejaVu Sans
(``packs.fonts``), embedded, so names like Noëlle, Çelik or Ødegaard print as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from utregs_plekkie.core.enums import (
    CareForm,
    EventKind,
    HouseholdRoute,
    Interest,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    Provider,
    RequestStatus,
    ScreeningKind,
    Source,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

FONT = FONT_REGULAR


# Dutch names for the fields of the export; a field not listed shows its own name.
LABELS: dict[str, str] = {
    "id": "nummer",
    "first_name": "voornaam",
    "name_prefix": "tussenvoegsel",
    "last_name": "achternaam",
    "name": "naam",
    "email": "e-mail",
    "phone": "telefoon",
    "street": "straat",
    "house_number": "huisnummer",
    "house_number_suffix": "toevoeging",
    "postcode": "postcode",
    "city": "plaats",
    "pc4": "postcode (4 cijfers)",
    "wijk_code": "wijk",
    "provider": "organisatie",
    "provider_set_by_hand": "organisatie met de hand gekozen",
    "source": "bron",
    "source_detail": "bron, toelichting",
    "event_id": "evenement",
    "received_at": "ontvangen op",
    "consent_contact": "toestemming voor contact",
    "consent_store": "toestemming om te bewaren",
    "consent_at": "toestemming gegeven op",
    "consent_text_version": "versie privacytekst",
    "consent_withdrawn_at": "toestemming ingetrokken op",
    "status": "status",
    "status_since": "status sinds",
    "follow_up_on": "opvolgen op",
    "dropout_reason": "reden afhaken",
    "pack_sent_at": "informatiepakket verstuurd op",
    "household_id": "gezin",
    "merged_into_id": "samengevoegd met aanvraag",
    "anonymised_at": "geanonimiseerd op",
    "notes": "notities",
    "created_at": "aangemaakt op",
    "updated_at": "laatst gewijzigd op",
    "route": "route",
    "languages": "talen",
    "culture_religion": "cultuur / geloof",
    "pets": "huisdieren",
    "smoking": "roken",
    "accessibility": "toegankelijkheid",
    "bedrooms": "slaapkamers",
    "spare_bedrooms": "vrije slaapkamers",
    "experience": "ervaring met",
    "skills": "vaardigheden",
    "documents_received": "ontvangen documenten",
    "stage": "fase",
    "stage_since": "fase sinds",
    "dropout_note": "toelichting afhaken",
    "next_action": "volgende stap",
    "next_action_on": "volgende stap op",
    "available_since": "beschikbaar sinds",
    "last_placement_ended_on": "laatste plaatsing geëindigd op",
    "birth_date": "geboortedatum",
    "moved_in_on": "ingetrokken op",
    "kind": "soort",
    "requested_on": "aangevraagd op",
    "issued_on": "afgegeven op",
    "expires_on": "geldig tot",
    "note": "notitie",
    "birth_year": "geboortejaar",
    "living_at_home": "woont thuis",
    "from_status": "van",
    "to_status": "naar",
    "from_stage": "van",
    "to_stage": "naar",
    "at": "op",
    "user_id": "medewerker (nummer)",
    "reason": "reden",
    "next_contact_on": "volgend contact op",
    "care_form": "vorm van zorg",
    "schedule": "wanneer",
    "weekend_pattern": "weekenden",
    "holidays": "vakanties",
    "capacity": "plaatsen",
    "age_min": "leeftijd vanaf",
    "age_max": "leeftijd tot",
    "siblings_accepted": "broers/zussen samen",
    "needs_ok": "kan omgaan met",
    "max_distance_km": "maximale afstand (km)",
    "valid_from": "geldig vanaf",
    "valid_to": "geldig tot",
    "paused": "gepauzeerd",
    "starts_on": "begint op",
    "ends_on": "eindigt op",
    "offer_id": "aanbod",
    "score": "score",
    "proposed_at": "voorgesteld op",
    "proposed_by_id": "voorgesteld door (nummer)",
    "decline_reason": "reden afwijzing",
    "planned_start": "geplande start",
    "proposal_id": "voorstel",
    "end_reason": "reden einde",
    "evenement": "evenement",
    "soort": "soort",
    "begint": "datum",
    "locatie": "locatie",
    "uitgenodigd_op": "uitgenodigd op",
    "aangemeld_op": "aangemeld op",
    "aanwezig": "aanwezig",
    "tijdstip": "tijdstip",
    "gebruiker": "medewerker",
    "gebruiker_id": "medewerker (nummer)",
    "actie": "actie",
    "onderdeel": "onderdeel",
    "record": "record",
    "details": "details",
}


_ENUMS: tuple[type[StrEnum], ...] = (
    RequestStatus,
    PipelineStage,
    ProposalStatus,
    PlacementStatus,
    Source,
    Provider,
    HouseholdRoute,
    CareForm,
    ScreeningKind,
    EventKind,
    WeekendPattern,
    Interest,
)
_ENUM_KEYS = frozenset(
    {
        "status",
        "from_status",
        "to_status",
        "stage",
        "from_stage",
        "to_stage",
        "source",
        "provider",
        "route",
        "care_form",
        "kind",
        "soort",
        "weekend_pattern",
        "interesses",
    }
)


def _enum_label(value: Any) -> Any:
    """The Dutch word for a stored enum value ("pakket_verstuurd" -> "pakket verstuurd")."""
    if isinstance(value, list):
        return [_enum_label(v) for v in value]
    if not isinstance(value, str):
        return value
    for enum in _ENUMS:
        try:
            return label(enum(value))
        except ValueError:
            continue
    return value


def _label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " "))


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{_label(str(k))}: {_value(v)}" for k, v in value.items())
    if isinstance(value, str):
        if len(value) >= 19 and value[4] == "-" and value[10] == "T":
            try:
                return datetime.fromisoformat(value).strftime("%d-%m-%Y %H:%M")
            except ValueError:
                return value
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return date.fromisoformat(value).strftime("%d-%m-%Y")
            except ValueError:
                return value
        return value
    return str(value)


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=17, leading=21)
        self.h1 = ParagraphStyle(
            "h1", fontName=FONT_BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3
        )
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=8.5, leading=10.5)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _fields(record: Mapping[str, Any], s: _Styles) -> Table:
    rows = [
        [_p(_label(k), s.head), _p(_value(_enum_label(v) if k in _ENUM_KEYS else v), s.cell)]
        for k, v in record.items()
    ]
    table = Table(rows, colWidths=[55 * mm, 115 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _rows(records: Sequence[Mapping[str, Any]], s: _Styles) -> list[Flowable]:
    """A list of records: one small field table each, each kept on one page."""
    if not records:
        return [_p(_("(geen)"), s.body)]
    parts: list[Flowable] = []
    for record in records:
        parts += [KeepTogether([_fields(record, s)]), Spacer(1, 3 * mm)]
    return parts


def _story(data: Mapping[str, Any], s: _Styles) -> list[Flowable]:
    story: list[Flowable] = [
        _p(str(data.get("titel") or _("Inzage in persoonsgegevens (AVG)")), s.title),
        Spacer(1, 3 * mm),
        _p(
            _(
                "Dit overzicht bevat alle gegevens die in Utregs Plekkie (de werving van "
                "pleeg- en steunouders van KOOS Utrecht en Spoor030) over u zijn vastgelegd, "
                "en wie ze wanneer heeft bekeken of gewijzigd. Gemaakt op {when}."
            ).format(when=_value(data.get("gemaakt_op"))),
            s.body,
        ),
        Spacer(1, 2 * mm),
        _p(
            _(
                "Klopt er iets niet, of wilt u dat wij gegevens verwijderen? Neem contact op "
                "met de organisatie die u heeft gesproken; u kunt ook uw toestemming intrekken."
            ),
            s.body,
        ),
    ]
    requests = data.get("aanvragen") or []
    story.append(_p(_("Aanvragen ({n})").format(n=len(requests)), s.h1))
    if not requests:
        story.append(_p(_("(geen)"), s.body))
    for request in requests:
        fields = request.get("gegevens", {})
        story.append(_p(_("Aanvraag {id}").format(id=fields.get("id", "?")), s.h2))
        story.append(_fields(fields, s))
        story.append(_p(_("Interesses"), s.h2))
        story.append(_p(_value(_enum_label(request.get("interesses") or [])), s.body))
        story.append(_p(_("Statusgeschiedenis"), s.h2))
        story.extend(_rows(request.get("statusgeschiedenis") or [], s))
    households = data.get("gezinnen") or []
    story.append(_p(_("Gezin ({n})").format(n=len(households)), s.h1))
    if not households:
        story.append(_p(_("(geen)"), s.body))
    for household in households:
        fields = household.get("gegevens", {})
        story.append(_p(_("Gezin {id}").format(id=fields.get("id", "?")), s.h2))
        story.append(_fields(fields, s))
        for adult in household.get("volwassenen") or []:
            adult_fields = adult.get("gegevens", {})
            story.append(_p(_("Volwassene {id}").format(id=adult_fields.get("id", "?")), s.h2))
            story.append(_fields(adult_fields, s))
            story.append(_p(_("VGB/VOG"), s.h2))
            story.extend(_rows(adult.get("screenings") or [], s))
        for title, key in (
            (_("Eigen kinderen"), "eigen_kinderen"),
            (_("Fasegeschiedenis"), "fasegeschiedenis"),
            (_("Plaatsingen"), "plaatsingen"),
        ):
            story.append(_p(title, s.h2))
            story.extend(_rows(household.get(key) or [], s))
        story.append(_p(_("Aanbod"), s.h2))
        offers = household.get("aanbod") or []
        story.extend(_rows([o.get("gegevens", {}) for o in offers], s))
        story.append(_p(_("Voorstellen (zonder gegevens van het kind)"), s.h2))
        story.extend(_rows([p.get("gegevens", {}) for p in household.get("voorstellen") or []], s))
    story.append(_p(_("Evenementen"), s.h1))
    story.extend(_rows(data.get("evenementen") or [], s))
    story.append(_p(_("Privacytekst waarvoor u toestemming gaf"), s.h1))
    texts = data.get("toestemmingsteksten") or []
    if not texts:
        story.append(_p(_("(geen)"), s.body))
    for text in texts:
        story.append(
            _p(
                _("Versie {version}, geldig vanaf {since}").format(
                    version=text.get("versie"), since=_value(text.get("geldig_vanaf"))
                ),
                s.h2,
            )
        )
        story.append(_p(str(text.get("tekst", "")), s.body))
    story.append(_p(_("Logboek: wie deed wat met uw gegevens"), s.h1))
    log = data.get("logboek") or []
    if not log:
        story.append(_p(_("(geen)"), s.body))
    else:
        rows = [
            [
                _p(_label(k), s.head)
                for k in ("tijdstip", "gebruiker", "actie", "onderdeel", "details")
            ]
        ]
        for line in log:
            rows.append(
                [
                    _p(_value(line.get("tijdstip")), s.cell),
                    _p(str(line.get("gebruiker", "")), s.cell),
                    _p(str(line.get("actie", "")), s.cell),
                    _p(f"{line.get('onderdeel', '')} {line.get('record') or ''}".strip(), s.cell),
                    _p(str(line.get("details", "")), s.cell),
                ]
            )
        table = Table(rows, colWidths=[30 * mm, 30 * mm, 25 * mm, 35 * mm, 50 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ]
            )
        )
        story.append(table)
    return story


def write_access_report(data: Mapping[str, Any], path: Path) -> None:
    """Write the PDF to ``path`` (atomically: a crash leaves no half file)."""
    register_fonts()
    styles = _Styles()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-pdf")
    footer = _("Inzage persoonsgegevens (AVG) — pagina {page}")

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(20 * mm, 10 * mm, footer.format(page=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=_("Inzage persoonsgegevens"),
        author="Utregs Plekkie",
    )
    try:
        doc.build(_story(data, styles), onFirstPage=on_page, onLaterPages=on_page)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
