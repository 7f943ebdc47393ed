"""The personalised information pack: a letter and, overleaf, what happens next.

Page 1 is a letter in the envelope window layout (see ``layout``): the person's own
interests, what the campaign is about, and how many children in their own wijk are
waiting for a family of that kind (small numbers never exact). Page 2 shows the three
ways to help with theirs first, the steps from here with how long they take, the coming
information evenings, and a QR code to sign up.

Everything the pages say is resolved first into :class:`InfoPackContent` (so missing
data can be listed before printing, and tests can read it), then laid out.
"""

from __future__ import annotations

import hashlib
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
)

from utregs_plekkie.core.enums import CareFamily, Interest
from utregs_plekkie.core.i18n import _
from utregs_plekkie.packs.content import (
    Address,
    EventInfo,
    Filler,
    MissingField,
    PackSettings,
    format_count,
    format_date,
    format_event_when,
    join_words,
)
from utregs_plekkie.packs.layout import (
    ACCENT,
    LETTER_TEXT_WIDTH,
    PRIMARY,
    PRIMARY_HEX,
    RULE,
    SAND,
    SAND_DARK,
    Badged,
    CachedBlock,
    Columns,
    LetterHead,
    NumberBadge,
    PackStart,
    QrCode,
    box,
    logo_readable,
    markup,
    paragraphs,
    styles,
)

__all__ = [
    "FAMILY_ORDER",
    "MAX_EVENTS",
    "InfoPackContent",
    "InfoPackData",
    "NearbyNeed",
    "families_of_interest",
    "info_pack_content",
    "info_pack_story",
    "letter_head",
    "missing_fields",
]

#: How many coming information evenings a pack lists.
MAX_EVENTS = 3

FAMILY_ORDER: tuple[CareFamily, ...] = (
    CareFamily.VOLTIJD,
    CareFamily.DEELTIJD,
    CareFamily.STEUNOUDER,
)
_INTEREST_FAMILY: dict[Interest, CareFamily] = {
    Interest.VOLTIJD: CareFamily.VOLTIJD,
    Interest.CRISIS: CareFamily.VOLTIJD,
    Interest.DEELTIJD: CareFamily.DEELTIJD,
    Interest.STEUNOUDER: CareFamily.STEUNOUDER,
}


@dataclass(frozen=True)
class NearbyNeed:
    """How many children wait for a family of one kind in the person's area."""

    family: CareFamily
    count: int


@dataclass(frozen=True)
class InfoPackData:
    """Everything one information pack needs (gathered by ``storage.packs_data``)."""

    request_id: int
    first_name: str
    name_prefix: str
    last_name: str
    address: Address
    wijk: str | None  # the wijk's name; None outside the city (the city's figures are used)
    interests: tuple[Interest, ...]
    organisation: str  # sender key: "koos", "spoor030" or "campagne"
    events: tuple[EventInfo, ...]
    nearby: tuple[NearbyNeed, ...]
    letter_date: date

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)

    @property
    def subject(self) -> str:
        """How messages about this pack name it."""
        name = self.full_name or _("zonder naam")
        return _("Aanvraag {id} ({name})").format(id=self.request_id, name=name)


def families_of_interest(interests: Sequence[Interest]) -> list[CareFamily]:
    """The ways to help the person named, in the campaign's order (may be empty)."""
    named = {_INTEREST_FAMILY[i] for i in interests if i in _INTEREST_FAMILY}
    return [f for f in FAMILY_ORDER if f in named]


@dataclass(frozen=True)
class Way:
    family: CareFamily
    title: str
    text: str
    theirs: bool


@dataclass(frozen=True)
class InfoPackContent:
    """The resolved text of one pack, placeholders included."""

    head: LetterHead
    salutation: str
    intro: str
    interest: str
    campaign: str
    nearby_title: str
    nearby_intro: str
    nearby_lines: tuple[str, ...]
    nearby_note: str
    invitation: str
    questions: str
    greeting: str
    signer: tuple[str, ...]  # name, role, organisation
    ways_title: str
    ways_tag: str
    ways: tuple[Way, ...]
    steps_title: str
    steps: tuple[tuple[str, str], ...]
    duration: str
    evenings_title: str
    evenings_intro: str
    evenings: tuple[tuple[str, str, str], ...]  # (day, time, place)
    no_evenings: str
    evening_columns: tuple[str, str, str]
    qr_url: str
    qr_label: str  # "Liever typen? Ga naar ..." (or its placeholder)
    qr_text: str
    missing: tuple[MissingField, ...]


def letter_head(
    settings: PackSettings,
    filler: Filler,
    organisation_key: str,
    *,
    address: Address,
    letter_date: date,
    subject: str,
    running_title: str,
) -> tuple[LetterHead, dict[str, str]]:
    """The letter page around the body, and the sender's values for text fields."""
    org = settings.organisation(organisation_key)
    name = filler.value(org.name, "naam organisatie")
    person = filler.value(org.contact_person, "contactpersoon")
    role = filler.value(org.contact_role, "functie contactpersoon")
    phone = filler.value(org.phone, "telefoon organisatie")
    email = filler.value(org.email, "e-mail organisatie")
    postal = filler.value(org.postal_address, "postadres organisatie")
    postcode = filler.value(org.postcode, "postcode organisatie")
    city = filler.value(org.city, "plaats organisatie")
    website = filler.value(org.website, "website")
    logo = org.logo if org.logo and logo_readable(org.logo) else ""
    if org.logo and not logo:
        filler.note("logo (bestand niet leesbaar)")
    text = settings.text
    day = format_date(letter_date)
    head = LetterHead(
        organisation=name,
        tagline=text("label.tagline"),
        logo=logo,
        return_address=f"{name}, {postal}, {postcode} {city}",
        address_lines=tuple(address.lines(filler)),
        contact=(
            (text("label.contactpersoon"), person),
            (text("label.telefoon"), phone),
            (text("label.email"), email),
        ),
        place_date=filler.fill(text("label.plaats_datum"), {"plaats": city, "datum": day}),
        subject=subject,
        running_title=running_title,
        footer=" · ".join((name, f"{postal}, {postcode} {city}", phone, _domain(website))),
        page_label=text("label.pagina"),
    )
    values = {
        "organisatie": name,
        "contactpersoon": person,
        "functie": role,
        "telefoon": phone,
        "email": email,
        "website": website,
    }
    return head, values


def _domain(url: str) -> str:
    """``https://www.koosutrecht.nl/pleegzorg`` -> ``koosutrecht.nl`` (for footers)."""
    return _display_url(url).split("/")[0]


def info_pack_content(data: InfoPackData, settings: PackSettings) -> InfoPackContent:
    """Resolve every text of ``data``'s pack; missing values become placeholders."""
    filler = Filler(data.subject)
    text = settings.text
    full_name = data.full_name
    values: dict[str, str | None] = {
        "voornaam": data.first_name or None,
        "naam": full_name or None,
        "wijk": data.wijk,
    }
    subject_line = filler.fill(text("info.onderwerp"), values)
    head, sender = letter_head(
        settings,
        filler,
        data.organisation,
        address=Address(
            name=full_name,
            street=data.address.street,
            house_number=data.address.house_number,
            house_number_suffix=data.address.house_number_suffix,
            postcode=data.address.postcode,
            city=data.address.city,
        ),
        letter_date=data.letter_date,
        subject=subject_line,
        running_title=filler.fill(text("label.informatiepakket_voor"), values),
    )
    values.update(sender)
    interests_named = [
        text(f"interesse.{i.value}")
        for i in data.interests
        if i is not Interest.WEET_NIET and text(f"interesse.{i.value}")
    ]
    values["interesses"] = join_words(interests_named) or None
    salutation_key = "info.aanhef" if data.first_name.strip() else "info.aanhef_zonder_voornaam"
    theirs = families_of_interest(data.interests)
    interest_text = (
        filler.fill(text("info.interesse"), values)
        if interests_named
        else filler.fill(text("info.interesse_onbekend"), values)
    )

    shown_families = theirs or list(FAMILY_ORDER)
    counts = {n.family: n.count for n in data.nearby}
    nearby_lines = tuple(
        filler.fill(
            text(f"info.dichtbij.{family.value}"),
            {"aantal": format_count(counts.get(family, 0))},
        )
        for family in shown_families
    )
    nearby_intro = (
        filler.fill(text("info.dichtbij.wijk"), values)
        if data.wijk
        else filler.fill(text("info.dichtbij.stad"), values)
    )
    ordered = theirs + [f for f in FAMILY_ORDER if f not in theirs]
    ways = tuple(
        Way(
            family=family,
            title=filler.fill(text(f"manieren.{family.value}.titel"), values),
            text=filler.fill(text(f"manieren.{family.value}.tekst"), values),
            theirs=family in theirs,
        )
        for family in ordered
    )
    steps = tuple(
        (
            filler.fill(text(f"stappen.{n}.titel"), values),
            filler.fill(text(f"stappen.{n}.tekst"), values),
        )
        for n in range(1, 6)
    )
    evenings = tuple(
        (*format_event_when(event), event.location or filler.note("plaats informatieavond"))
        for event in data.events[:MAX_EVENTS]
    )
    org = settings.organisation(data.organisation)
    content = InfoPackContent(
        head=head,
        salutation=filler.fill(text(salutation_key), values),
        intro=filler.fill(text("info.inleiding"), values),
        interest=interest_text,
        campaign=filler.fill(text("info.campagne"), values),
        nearby_title=filler.fill(text("info.dichtbij.titel"), values),
        nearby_intro=nearby_intro,
        nearby_lines=nearby_lines,
        nearby_note=filler.fill(text("info.dichtbij.uitleg"), values),
        invitation=filler.fill(text("info.uitnodiging"), values),
        questions=filler.fill(text("info.vragen"), values),
        greeting=filler.fill(text("info.groet"), values),
        signer=(sender["contactpersoon"], sender["functie"], sender["organisatie"]),
        ways_title=filler.fill(text("manieren.titel"), values),
        ways_tag=text("manieren.jouw_interesse"),
        ways=ways,
        steps_title=filler.fill(text("stappen.titel"), values),
        steps=steps,
        duration=filler.fill(text("stappen.duur"), values),
        evenings_title=filler.fill(text("avonden.titel"), values),
        evenings_intro=filler.fill(text("avonden.inleiding"), values),
        evenings=evenings,
        no_evenings=filler.fill(text("avonden.geen"), values),
        evening_columns=(text("label.datum"), text("label.tijd"), text("label.locatie")),
        qr_url=org.website,
        qr_label=filler.fill(
            text("qr.adres"), {**values, "website": _display_url(sender["website"])}
        ),
        qr_text=filler.fill(text("qr.tekst"), values),
        missing=tuple(filler.missing),
    )
    return content


def missing_fields(packs: Sequence[InfoPackData], settings: PackSettings) -> list[MissingField]:
    """Every value the packs will print as ``‹ontbreekt: …›``, to show before printing."""
    found: list[MissingField] = []
    for data in packs:
        found.extend(info_pack_content(data, settings).missing)
    return found


# --------------------------------------------------------------------------- layout


def info_pack_story(content: InfoPackContent, index: int, width: float) -> list[Flowable]:
    """The flowables of one pack, starting with its letter page."""
    st = styles()
    story: list[Flowable] = [PackStart(content.head, index), NextPageTemplate("vervolg")]
    story.append(Paragraph(markup(content.salutation), st.body))
    # The rest of the letter is made of blocks that many people share (the same
    # interests, the same wijk, the same sender): each is laid out once per batch.
    letter_width = LETTER_TEXT_WIDTH

    def opening() -> list[Flowable]:
        return [
            *paragraphs(content.intro, st.body),
            *paragraphs(content.interest, st.body),
            *paragraphs(content.campaign, st.body),
        ]

    def nearby() -> list[Flowable]:
        lines: list[Flowable] = [
            Paragraph(markup(content.nearby_title), st.h2),
            Paragraph(markup(content.nearby_intro), st.body_tight),
            Spacer(1, 2),
        ]
        lines.extend(
            Paragraph(_bold_count(line), st.bullet, bulletText="•") for line in content.nearby_lines
        )
        lines.append(Paragraph(markup(content.nearby_note), st.small_muted))
        return [box(lines, letter_width)]

    def closing() -> list[Flowable]:
        name, role, organisation = content.signer
        return [
            *paragraphs(content.invitation, st.body),
            *paragraphs(content.questions, st.body),
            Paragraph(markup(content.greeting), st.body_tight),
            Spacer(1, 14),
            Paragraph(markup(name), st.h3),
            Paragraph(markup(f"{role}\n{organisation}"), st.small),
        ]

    story.append(
        CachedBlock(
            _key("opening", content.intro, content.interest, content.campaign),
            opening,
            letter_width,
            space_after=st.body.spaceAfter,
        )
    )
    story.append(
        CachedBlock(
            _key(
                "nearby",
                content.nearby_title,
                content.nearby_intro,
                content.nearby_lines,
                content.nearby_note,
            ),
            nearby,
            letter_width,
            space_before=2,
            space_after=9,
        )
    )
    story.append(
        CachedBlock(
            _key(
                "closing",
                content.invitation,
                content.questions,
                content.greeting,
                content.signer,
            ),
            closing,
            letter_width,
        )
    )

    # Overleaf: the three ways, the steps, the evenings. The same for everyone with
    # the same interests and sender, so a batch lays it out once per variant.
    story.append(PageBreak())
    story.append(
        CachedBlock(
            _overleaf_key(content),
            lambda: _overleaf(content, width, flowing=False),
            width,
            flowing=lambda: _overleaf(content, width, flowing=True),
        )
    )
    return story


def _key(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def _overleaf_key(content: InfoPackContent) -> str:
    parts = (
        "overleaf-1",
        content.ways_title,
        content.ways_tag,
        tuple((w.family.value, w.title, w.text, w.theirs) for w in content.ways),
        content.steps_title,
        content.steps,
        content.duration,
        content.evenings_title,
        content.evenings_intro,
        content.evenings,
        content.no_evenings,
        content.evening_columns,
        content.qr_url,
        content.qr_label,
        content.qr_text,
    )
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def _overleaf(content: InfoPackContent, width: float, *, flowing: bool) -> list[Flowable]:
    """The overleaf page. ``flowing``: with the page-break hints for ordinary flow
    (used when the block does not fit where it falls); without them as a cached form."""
    st = styles()
    evenings = [Paragraph(markup(content.evenings_title), st.h1), _evenings_table(content, width)]
    return [
        Paragraph(markup(content.ways_title), st.h1),
        _ways_table(content, width),
        Spacer(1, 8),
        Paragraph(markup(content.steps_title), st.h1),
        *_steps(content.steps),
        Spacer(1, 5),
        box(paragraphs(content.duration, st.body_tight), width, accent=PRIMARY),
        Spacer(1, 8),
        *([CondPageBreak(55 * mm), KeepTogether(evenings)] if flowing else evenings),
    ]


def _bold_count(line: str) -> str:
    """Put the number (or "minder dan 5") at the start of a nearby-need line in bold."""
    text = markup(line)
    for prefix in ("minder dan 5",):
        if text.startswith(prefix):
            return f"<b>{prefix}</b>{text[len(prefix) :]}"
    head, _sep, rest = text.partition(" ")
    if head.replace(".", "").isdigit():
        return f"<b>{head}</b> {rest}"
    return text


def _ways_table(content: InfoPackContent, width: float) -> Flowable:
    st = styles()
    gap = 5 * mm
    column = (width - 2 * gap) / 3
    cells: list[list[Flowable]] = []
    for way in content.ways:
        cell: list[Flowable] = [
            Paragraph(markup(content.ways_tag.upper()) if way.theirs else "&nbsp;", st.tag),
            Paragraph(markup(way.title), st.h2),
        ]
        cell.extend(paragraphs(way.text, st.small))
        cells.append(cell)
    return Columns(
        cells,
        [column] * 3,
        gap=gap,
        padding=8,
        backgrounds=[SAND] * 3,
        top_bars=[ACCENT if way.theirs else SAND_DARK for way in content.ways],
    )


def _steps(steps: Sequence[tuple[str, str]]) -> list[Flowable]:
    st = styles()
    return [
        Badged(
            NumberBadge(n, size=6.5 * mm),
            Paragraph(
                f'<font color="{PRIMARY_HEX}"><b>{markup(title)}</b></font>  {markup(body)}',
                st.step,
            ),
            indent=11 * mm,
        )
        for n, (title, body) in enumerate(steps, start=1)
    ]


def _evenings_table(content: InfoPackContent, width: float) -> Flowable:
    st = styles()
    qr_width = 36 * mm
    gap = 8 * mm
    left_width = width - qr_width - gap
    left: list[Flowable] = list(paragraphs(content.evenings_intro, st.body))
    if content.evenings:
        day_label, time_label, place_label = content.evening_columns
        widths = [left_width * 0.48, left_width * 0.52]
        left.append(
            Columns(
                [
                    [Paragraph(markup(f"{day_label} · {time_label.lower()}"), st.label)],
                    [Paragraph(markup(place_label), st.label)],
                ],
                widths,
                rule_below=RULE,
                space_after=4,
            )
        )
        for number, (day, time, place) in enumerate(content.evenings, start=1):
            last = number == len(content.evenings)
            left.append(
                Columns(
                    [
                        [
                            Spacer(1, 2),
                            Paragraph(f"<b>{markup(day)}</b><br/>{markup(time)}", st.cell),
                        ],
                        [Spacer(1, 2), Paragraph(markup(place), st.cell)],
                    ],
                    widths,
                    rule_below=None if last else RULE,
                    space_after=0 if last else 3,
                )
            )
    else:
        left.append(box(paragraphs(content.no_evenings, st.body_tight), left_width))
    left.append(Spacer(1, 7))
    left.append(Paragraph(markup(content.qr_label), st.small))
    right: list[Flowable] = []
    if content.qr_url:
        right.append(QrCode(content.qr_url, 30 * mm))
        right.append(Spacer(1, 3))
    right.extend(paragraphs(content.qr_text, st.small_muted))
    return Columns([left, right], [left_width, qr_width], gap=gap)


def _display_url(url: str) -> str:
    for prefix in ("https://", "http://"):
        url = url.removeprefix(prefix)
    return url.removeprefix("www.")
