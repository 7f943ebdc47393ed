"""The overview's figure tables as report tables."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview import (
    FigureTable,
)
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR
from utregs_plekkie.packs.overview_report.style import (
    CONTENT_WIDTH,
    INK,
    PRIMARY,
    RULE,
    SAND,
    ZEBRA,
    ReportStyles,
    para,
)

# --------------------------------------------------------------------------- tables


def _column_widths(table: FigureTable, text_columns: set[int]) -> tuple[list[float], float]:
    """Column widths that fit the page, and the header font size that lets every header
    word fit its column (numbers never wrap; long words in headers never break)."""
    pad = 6.0
    body = 7.6
    n = len(table.columns)
    number_need = {
        i: max(stringWidth(row[i].text, FONT_REGULAR, body) for row in table.rows) + pad
        for i in range(n)
        if i not in text_columns
    }

    def header_need(i: int, size: float) -> float:
        words = table.columns[i].split() or [""]
        return max(float(stringWidth(w, FONT_BOLD, size)) for w in words) + pad

    text_natural = {
        i: max(
            [stringWidth(row[i].text, FONT_REGULAR, body) + pad for row in table.rows]
            + [header_need(i, body)]
        )
        for i in text_columns
    }
    # Prefer a roomy first column and a readable header; give up room first, then size.
    numbers: dict[int, float] = {}
    text_min: dict[int, float] = {}
    size = body
    fitted = False
    for room in (46 * mm, 40 * mm, 34 * mm, 28 * mm):
        text_min = {i: min(text_natural[i], room) for i in text_columns}
        size = body
        while size >= 6.2 and not fitted:
            numbers = {i: max(need, header_need(i, size)) for i, need in number_need.items()}
            fitted = sum(numbers.values()) + sum(text_min.values()) <= CONTENT_WIDTH
            if not fitted:
                size -= 0.2
        if fitted:
            break
    if not fitted:
        size = 5.8
        numbers = {i: max(need, header_need(i, size)) for i, need in number_need.items()}
    left = CONTENT_WIDTH - sum(numbers.values())
    natural = sum(text_natural.values()) or 1.0
    widths: list[float] = []
    for i in range(n):
        if i in text_columns:
            share = left * text_natural[i] / natural
            widths.append(max(text_min[i], min(share, text_natural[i] * 1.05, 75 * mm)))
        else:
            widths.append(numbers[i])
    # Whatever is left goes to the numbers, so the table fills the width.
    spare = CONTENT_WIDTH - sum(widths)
    numeric = [i for i in range(n) if i not in text_columns] or list(range(n))
    for i in numeric:
        widths[i] += spare / len(numeric)
    return widths, size


def figure_table(table: FigureTable, styles: ReportStyles) -> list[Flowable]:
    """A FigureTable as a ReportLab table: header row, numbers right-aligned."""
    if not table.rows:
        return [para(_("Geen gegevens in deze periode."), styles.small)]
    n = len(table.columns)
    text_columns = {
        i for i in range(n) if all(row[i].kind == "text" for row in table.rows if len(row) > i)
    }
    widths, header_size = _column_widths(table, text_columns)
    head_style = ParagraphStyle(
        "head-fit", parent=styles.head, fontSize=header_size, leading=header_size + 1.6
    )
    head_right = ParagraphStyle("head-fit-r", parent=head_style, alignment=TA_RIGHT)
    head = [
        Paragraph(escape(c), head_style if i in text_columns else head_right)
        for i, c in enumerate(table.columns)
    ]
    body = [
        [
            Paragraph(escape(cell.text), styles.cell if i in text_columns else styles.cell_right)
            for i, cell in enumerate(row)
        ]
        for row in table.rows
    ]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(1, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    for i in table.total_rows:
        commands.append(("LINEABOVE", (0, i + 1), (-1, i + 1), 0.8, INK))
        commands.append(("BACKGROUND", (0, i + 1), (-1, i + 1), SAND))
    result = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands]))
    flowables: list[Flowable] = [result]
    if table.note:
        flowables.append(para(table.note, styles.note))
    return flowables


def table_section(title: str, table: FigureTable, styles: ReportStyles) -> list[Flowable]:
    return [CondPageBreak(45 * mm), para(title, styles.h2), *figure_table(table, styles)]
