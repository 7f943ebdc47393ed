"""The intake pack for a household that enters the intake.

Four pages: a welcome letter (envelope window layout), the household's details as we
have them (to check and correct by hand), the checklist of steps and documents with
the next training dates, and a consent form with signature lines for every adult.
Missing data prints as ``‹ontbreekt: …›`` like everywhere in the packs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from utregs_plekkie.core.enums import (
    CareForm,
    HouseholdRoute,
    Interest,
    PipelineStage,
    ScreeningKind,
    WeekendPattern,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.core.validation import format_phone, search_key
from utregs_plekkie.packs.content import (
    Address,
    EventInfo,
    Filler,
    MissingField,
    PackSettings,
    format_date,
    format_event_when,
    join_words,
)
from utregs_plekkie.packs.fonts import FONT_REGULAR
from utregs_plekkie.packs.info_pack import letter_head
from utregs_plekkie.packs.layout import (
    ACCENT,
    INK,
    MUTED,
    PRIMARY,
    RULE,
    SAND,
    LetterHead,
    NumberBadge,
    PackStart,
    box,
    markup,
    paragraphs,
    styles,
)

__all__ = [
    "MAX_TRAININGS",
    "AdultInfo",
    "ChecklistItem",
    "IntakePackContent",
    "IntakePackData",
    "OfferInfo",
    "ScreeningInfo",
    "intake_pack_content",
    "intake_pack_story",
    "missing_fields",
    "required_check",
    "route_stages",
]

MAX_TRAININGS = 3

_FOSTER_STAGES: tuple[PipelineStage, ...] = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
)
# Support parents have no family study or suitability report (see DOMAIN.md).
_SUPPORT_STAGES: tuple[PipelineStage, ...] = tuple(
    s
    for s in _FOSTER_STAGES
    if s not in (PipelineStage.GEZINSONDERZOEK, PipelineStage.GESCHIKTHEID)
)

# Documents are kept as the words staff typed; these stems recognise them.
_DOCUMENT_STEMS: dict[str, tuple[str, ...]] = {
    "aanmeldformulier": ("aanmeld",),
    "medisch": ("medisch",),
    "referenties": ("referen",),
}


def route_stages(route: HouseholdRoute) -> tuple[PipelineStage, ...]:
    """The steps of a route up to the cooperation agreement."""
    return _FOSTER_STAGES if route == HouseholdRoute.PLEEGOUDER else _SUPPORT_STAGES


def required_check(route: HouseholdRoute) -> ScreeningKind:
    """Foster parents need a VGB for every adult; support parents a VOG."""
    return ScreeningKind.VGB if route == HouseholdRoute.PLEEGOUDER else ScreeningKind.VOG


@dataclass(frozen=True)
class ScreeningInfo:
    kind: ScreeningKind
    requested_on: date | None
    issued_on: date | None


@dataclass(frozen=True)
class AdultInfo:
    first_name: str
    name_prefix: str
    last_name: str
    birth_date: date | None
    email: str | None
    phone: str | None
    screenings: tuple[ScreeningInfo, ...] = ()

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)


@dataclass(frozen=True)
class OfferInfo:
    care_form: CareForm
    schedule: Schedule
    weekend_pattern: WeekendPattern
    holidays: bool
    capacity: int
    age_min: int
    age_max: int
    paused: bool


@dataclass(frozen=True)
class IntakePackData:
    """Everything one intake pack needs (gathered by ``storage.packs_data``)."""

    household_id: int
    household_name: str
    route: HouseholdRoute
    stage: PipelineStage
    address: Address
    email: str | None
    phone: str | None
    adults: tuple[AdultInfo, ...]
    children: tuple[tuple[int, bool], ...]  # (birth year, living at home)
    interests: tuple[Interest, ...]
    offers: tuple[OfferInfo, ...]
    documents_received: tuple[str, ...]
    organisation: str
    trainings: tuple[EventInfo, ...]
    letter_date: date

    @property
    def subject(self) -> str:
        name = self.household_name or _("zonder naam")
        return _("Gezin {id} ({name})").format(id=self.household_id, name=name)


@dataclass(frozen=True)
class ChecklistItem:
    what: str
    status: str
    done: bool


@dataclass(frozen=True)
class IntakePackContent:
    head: LetterHead
    salutation: str
    letter: tuple[str, ...]  # paragraphs of the letter body
    greeting: str
    signer: tuple[str, str, str]
    details_title: str
    details_intro: str
    details: tuple[tuple[str, tuple[str, ...]], ...]  # (label, lines)
    corrections_label: str
    checklist_title: str
    checklist_intro: str
    checklist: tuple[ChecklistItem, ...]
    stages_title: str
    stages: tuple[tuple[str, str, str], ...]  # (step, mark as printed, "done"/"now"/"")
    training_title: str
    training_intro: str
    trainings: tuple[tuple[str, str, str], ...]
    no_trainings: str
    training_columns: tuple[str, str, str]
    consent_title: str
    consent_text: str
    signatures: tuple[str, ...]  # one name (or placeholder) per signature block
    signature_labels: tuple[str, str, str, str]  # naam, plaats, datum, handtekening
    contact_title: str
    contact_lines: tuple[str, ...]
    missing: tuple[MissingField, ...]


def _has_document(received: Sequence[str], key: str) -> bool:
    stems = _DOCUMENT_STEMS[key]
    folded = [search_key(item) for item in received]
    return any(stem in item for item in folded for stem in stems)


def intake_pack_content(data: IntakePackData, settings: PackSettings) -> IntakePackContent:
    """Resolve every text of the household's intake pack."""
    filler = Filler(data.subject)
    text = settings.text
    first_names = [a.first_name for a in data.adults if a.first_name]
    values: dict[str, str | None] = {
        "gezin": data.household_name or None,
        "voornamen": join_words(first_names) or data.household_name or None,
    }
    check = required_check(data.route)
    values["verklaring"] = text(f"intake.verklaring.{check.value}")
    head, sender = letter_head(
        settings,
        filler,
        data.organisation,
        address=Address(
            name=data.household_name,
            street=data.address.street,
            house_number=data.address.house_number,
            house_number_suffix=data.address.house_number_suffix,
            postcode=data.address.postcode,
            city=data.address.city,
        ),
        letter_date=data.letter_date,
        subject=filler.fill(text("intake.onderwerp"), values),
        running_title=filler.fill(text("label.intakepakket_voor"), values),
    )
    values.update(sender)

    letter = tuple(
        filler.fill(text(key), values)
        for key in ("intake.inleiding", "intake.controleren", "intake.terugsturen", "intake.vragen")
    )

    # -- the household's details
    address_lines = Address(
        name="-",
        street=data.address.street,
        house_number=data.address.house_number,
        house_number_suffix=data.address.house_number_suffix,
        postcode=data.address.postcode,
        city=data.address.city,
    ).lines(filler)[1:]
    contact = [
        filler.value(format_phone(data.phone) if data.phone else None, "telefoon gezin"),
        filler.value(data.email, "e-mail gezin"),
    ]
    adults: list[str] = []
    for adult in data.adults:
        born = (
            f"{text('intake.label.geboren')} {format_date(adult.birth_date)}"
            if adult.birth_date
            else filler.note(f"geboortedatum {adult.first_name or 'volwassene'}")
        )
        phone = format_phone(adult.phone) if adult.phone else ""
        reach = ", ".join(x for x in (phone, adult.email or "") if x)
        line = f"{filler.value(adult.full_name, 'naam volwassene')}, {born}"
        adults.append(f"{line}\n{reach}" if reach else line)
    if not adults:
        adults.append(filler.note("volwassenen"))
    children = [
        filler.fill(text("intake.kind" if home else "intake.kind_uitwonend"), {"jaar": str(year)})
        for year, home in data.children
    ] or [text("intake.geen_kinderen")]
    interests = [
        text(f"interesse.{i.value}")
        for i in data.interests
        if i is not Interest.WEET_NIET and text(f"interesse.{i.value}")
    ]
    offers = [_describe_offer(offer, settings, filler) for offer in data.offers] or [
        text("intake.geen_aanbod")
    ]
    details: tuple[tuple[str, tuple[str, ...]], ...] = (
        (text("intake.label.gezin"), (filler.value(data.household_name, "naam gezin"),)),
        (text("intake.label.adres"), tuple(address_lines)),
        (text("intake.label.contact"), tuple(contact)),
        (text("intake.label.route"), (text(f"intake.route.{data.route.value}"),)),
        (text("intake.label.volwassenen"), tuple(adults)),
        (text("intake.label.kinderen"), tuple(children)),
        (
            text("intake.label.interesse"),
            (join_words(interests) or text("intake.geen_interesse"),),
        ),
        (text("intake.label.beschikbaarheid"), tuple(offers)),
    )

    # -- checklist
    checklist: list[ChecklistItem] = []
    for adult in data.adults or ():
        name = adult.full_name or filler.note("naam volwassene")
        found = [s for s in adult.screenings if s.kind == check]
        issued = next((s for s in found if s.issued_on), None)
        requested = next((s for s in found if s.requested_on), None)
        if issued is not None and issued.issued_on is not None:
            status = filler.fill(
                text("intake.status.ontvangen"), {"datum": format_date(issued.issued_on)}
            )
        elif requested is not None and requested.requested_on is not None:
            status = filler.fill(
                text("intake.status.aangevraagd"), {"datum": format_date(requested.requested_on)}
            )
        else:
            status = text("intake.status.nodig")
        checklist.append(
            ChecklistItem(
                what=filler.fill(text("intake.check.verklaring"), {**values, "naam": name}),
                status=status,
                done=issued is not None,
            )
        )
    for key, text_key in (
        ("aanmeldformulier", "intake.check.aanmeldformulier"),
        ("medisch", "intake.check.medisch"),
        ("referenties", "intake.check.referenties"),
    ):
        done = _has_document(data.documents_received, key)
        checklist.append(
            ChecklistItem(
                what=filler.fill(text(text_key), values),
                status=text("intake.status.binnen" if done else "intake.status.nodig"),
                done=done,
            )
        )

    stages = route_stages(data.route)
    current = stages.index(data.stage) if data.stage in stages else -1
    stage_rows = tuple(
        (
            text(f"stap.{stage.value}"),
            text("intake.stap.klaar")
            if index < current
            else (text("intake.stap.nu") if index == current else ""),
            "done" if index < current else ("now" if index == current else ""),
        )
        for index, stage in enumerate(stages)
    )
    trainings = tuple(
        (*format_event_when(event), event.location or filler.note("plaats training"))
        for event in data.trainings[:MAX_TRAININGS]
    )
    org = settings.organisation(data.organisation)
    return_to = ", ".join(
        p
        for p in (
            sender["organisatie"],
            filler.value(org.postal_address, "postadres organisatie"),
            f"{filler.value(org.postcode, 'postcode organisatie')} "
            f"{filler.value(org.city, 'plaats organisatie')}",
        )
        if p
    )
    return IntakePackContent(
        head=head,
        salutation=filler.fill(text("intake.aanhef"), values),
        letter=letter,
        greeting=filler.fill(text("intake.groet"), values),
        signer=(sender["contactpersoon"], sender["functie"], sender["organisatie"]),
        details_title=filler.fill(text("intake.gegevens.titel"), values),
        details_intro=filler.fill(text("intake.gegevens.uitleg"), values),
        details=details,
        corrections_label=text("intake.aanvullingen"),
        checklist_title=filler.fill(text("intake.checklist.titel"), values),
        checklist_intro=filler.fill(text("intake.checklist.uitleg"), values),
        checklist=tuple(checklist),
        stages_title=filler.fill(text("intake.stappen.titel"), values),
        stages=stage_rows,
        training_title=filler.fill(text("intake.training.titel"), values),
        training_intro=filler.fill(text("intake.training.inleiding"), values),
        trainings=trainings,
        no_trainings=filler.fill(text("intake.training.geen"), values),
        training_columns=(text("label.datum"), text("label.tijd"), text("label.locatie")),
        consent_title=filler.fill(text("intake.toestemming.titel"), values),
        consent_text=filler.fill(text("intake.toestemming.tekst"), values),
        signatures=tuple(a.full_name or filler.note("naam volwassene") for a in data.adults)
        or (filler.note("volwassenen"), ""),
        signature_labels=(
            text("intake.toestemming.naam"),
            text("intake.toestemming.plaats"),
            text("intake.toestemming.datum"),
            text("intake.toestemming.handtekening"),
        ),
        contact_title=text("intake.contact.titel"),
        contact_lines=(
            f"{sender['contactpersoon']}, {sender['functie']}",
            f"{sender['telefoon']} · {sender['email']}",
            f"{text('intake.contact.terug')}: {return_to}",
        ),
        missing=tuple(filler.missing),
    )


def _describe_offer(offer: OfferInfo, settings: PackSettings, filler: Filler) -> str:
    text = settings.text
    when: list[str] = []
    if not offer.schedule.is_empty:
        when.append(offer.schedule.describe())
    if offer.weekend_pattern != WeekendPattern.GEEN:
        when.append(
            filler.fill(
                text("intake.aanbod.weekend"),
                {"patroon": text(f"weekend.{offer.weekend_pattern.value}")},
            )
        )
    if offer.holidays:
        when.append(text("intake.aanbod.vakanties"))
    places = (
        text("intake.aanbod.plaats")
        if offer.capacity == 1
        else filler.fill(text("intake.aanbod.plaatsen"), {"aantal": str(offer.capacity)})
    )
    line = filler.fill(
        text("intake.aanbod"),
        {
            "vorm": text(f"vorm.{offer.care_form.value}"),
            "wanneer": ", ".join(when) or "-",
            "plaatsen": places,
            "leeftijd": filler.fill(
                text("intake.aanbod.leeftijd"),
                {"van": str(offer.age_min), "tot": str(offer.age_max)},
            ),
        },
    )
    return f"{line} {text('intake.aanbod.gepauzeerd')}" if offer.paused else line


def missing_fields(packs: Sequence[IntakePackData], settings: PackSettings) -> list[MissingField]:
    found: list[MissingField] = []
    for data in packs:
        found.extend(intake_pack_content(data, settings).missing)
    return found


# --------------------------------------------------------------------------- layout


def intake_pack_story(content: IntakePackContent, index: int, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        PackStart(content.head, index),
        NextPageTemplate("vervolg"),
        Paragraph(markup(content.salutation), st.body),
    ]
    for block in content.letter:
        story.extend(paragraphs(block, st.body))
    story.append(Paragraph(markup(content.greeting), st.body_tight))
    story.append(Spacer(1, 14))
    name, role, organisation = content.signer
    story.append(Paragraph(markup(name), st.h3))
    story.append(Paragraph(markup(f"{role}\n{organisation}"), st.small))

    # -- page 2: details
    story.append(PageBreak())
    story.append(Paragraph(markup(content.details_title), st.h1))
    story.extend(paragraphs(content.details_intro, st.body))
    rows = [
        [
            Paragraph(markup(label), st.label),
            [Paragraph(markup(line), st.cell) for line in lines],
        ]
        for label, lines in content.details
    ]
    details = Table(rows, colWidths=[48 * mm, width - 48 * mm])
    details.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    story.append(details)
    story.append(Spacer(1, 12))
    story.append(Paragraph(markup(content.corrections_label), st.h2))
    story.append(_writing_lines(width, 5))

    # -- page 3: checklist, steps, training
    story.append(PageBreak())
    story.append(Paragraph(markup(content.checklist_title), st.h1))
    story.extend(paragraphs(content.checklist_intro, st.body))
    check_rows = [
        [
            Paragraph("☑" if item.done else "☐", st.h2),
            Paragraph(markup(item.what), st.cell),
            Paragraph(markup(item.status), st.cell),
        ]
        for item in content.checklist
    ]
    checklist = Table(check_rows, colWidths=[9 * mm, width - 9 * mm - 62 * mm, 62 * mm])
    checklist.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    story.append(checklist)
    story.append(Spacer(1, 12))
    story.append(Paragraph(markup(content.stages_title), st.h1))
    stage_rows = [
        [
            NumberBadge(n, size=6 * mm, fill=_STAGE_COLOUR.get(state, RULE)),
            Paragraph(markup(step), st.cell_bold if state == "now" else st.cell),
            Paragraph(markup(mark), st.tag if state == "now" else st.small_muted),
        ]
        for n, (step, mark, state) in enumerate(content.stages, start=1)
    ]
    stages = Table(stage_rows, colWidths=[10 * mm, width - 10 * mm - 30 * mm, 30 * mm])
    stages.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story.append(stages)
    story.append(Spacer(1, 12))
    story.append(CondPageBreak(45 * mm))
    training: list[Flowable] = [Paragraph(markup(content.training_title), st.h1)]
    if content.trainings:
        training.extend(paragraphs(content.training_intro, st.body))
        training.append(_event_table(content.trainings, content.training_columns, width))
    else:
        training.append(box(paragraphs(content.no_trainings, st.body_tight), width))
    story.append(KeepTogether(training))

    # -- page 4: consent
    story.append(PageBreak())
    story.append(Paragraph(markup(content.consent_title), st.h1))
    story.extend(paragraphs(content.consent_text, st.body, st.bullet))
    story.append(Spacer(1, 8))
    for name in content.signatures:
        story.append(_signature_block(name, content.signature_labels, width))
        story.append(Spacer(1, 8))
    contact: list[Flowable] = [Paragraph(markup(content.contact_title), st.h2)]
    contact.extend(Paragraph(markup(line), st.small) for line in content.contact_lines)
    story.append(KeepTogether([Spacer(1, 4), box(contact, width, accent=PRIMARY)]))
    return story


def _style(commands: list[tuple[object, ...]]) -> TableStyle:
    # Tables set their cells' font even when every cell is a flowable; without this
    # that font is Helvetica, which is not embedded.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands])


_STAGE_COLOUR = {"now": ACCENT, "done": PRIMARY}


def _event_table(
    rows: Sequence[tuple[str, str, str]], columns: tuple[str, str, str], width: float
) -> Table:
    st = styles()
    data: list[list[Flowable]] = [[Paragraph(markup(c), st.label) for c in columns]]
    data.extend(
        [
            Paragraph(markup(day), st.cell_bold),
            Paragraph(markup(time), st.cell),
            Paragraph(markup(place), st.cell),
        ]
        for day, time, place in rows
    )
    table = Table(data, colWidths=[width * 0.34, width * 0.22, width * 0.44])
    table.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
            ]
        )
    )
    return table


def _writing_lines(width: float, count: int) -> Table:
    table = Table([[""] for _n in range(count)], colWidths=[width], rowHeights=[9 * mm] * count)
    table.setStyle(
        _style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def _signature_block(name: str, labels: tuple[str, str, str, str], width: float) -> Table:
    st = styles()
    name_label, place_label, date_label, sign_label = labels
    rows = [
        [Paragraph(markup(name_label), st.label), Paragraph(markup(name), st.cell_bold), "", ""],
        [
            Paragraph(markup(place_label), st.label),
            "",
            Paragraph(markup(date_label), st.label),
            "",
        ],
        [Paragraph(markup(sign_label), st.label), "", "", ""],
    ]
    label_width = 30 * mm
    half = (width - 2 * label_width) / 2
    table = Table(
        rows,
        colWidths=[label_width, half, label_width, half],
        rowHeights=[9 * mm, 11 * mm, 20 * mm],
    )
    table.setStyle(
        _style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("SPAN", (1, 0), (3, 0)),
                ("SPAN", (1, 2), (3, 2)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (1, 1), (1, 1), 0.6, MUTED),
                ("LINEBELOW", (3, 1), (3, 1), 0.6, MUTED),
                ("LINEBELOW", (1, 2), (3, 2), 0.6, MUTED),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return table
