"""The intake pack for a household that enters the intake: its data and what it says.

Four pages: a welcome letter (envelope window layout), the household's details as we
have them (to check and correct by hand), the checklist of steps and documents with
the next training dates, and a consent form with signature lines for every adult.
Missing data prints as ``‹ontbreekt: …›`` like everywhere in the packs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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
from utregs_plekkie.packs.info_pack import letter_head
from utregs_plekkie.packs.layout import (
    LetterHead,
)

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
