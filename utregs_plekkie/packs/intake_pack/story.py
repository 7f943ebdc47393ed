"""The intake pack on paper: the household's details, the checklist, the trainings and
the consent form as ReportLab flowables."""

from __future__ import annotations

from collections.abc import Sequence

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

from utregs_plekkie.packs.fonts import FONT_REGULAR
from utregs_plekkie.packs.intake_pack.content import IntakePackContent
from utregs_plekkie.packs.layout import (
    ACCENT,
    INK,
    MUTED,
    PRIMARY,
    RULE,
    SAND,
    NumberBadge,
    PackStart,
    box,
    markup,
    paragraphs,
    styles,
)

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
