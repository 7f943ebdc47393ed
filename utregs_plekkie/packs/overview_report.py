"""The overview as a PDF report for a management meeting (ReportLab, Dutch, dated).

A title page with the period, provider and key figures and a short reading guide,
then one section per part of the Overzicht page: the funnel (bar chart and table, with
drop-outs and their reasons), what each channel and event brought (bar charts), the
months (line charts), supply against demand on a map of the city coloured by shortage,
the funnel per wijk, and the follow-up figures. Every figure is in a table; the tables
are exactly those of the page and the exports (:func:`core.overview.overview_tables`),
so children's figures below 5 read "<5" here too, and charts never draw a bar for one.

The text is set in the packs' DejaVu Sans (:mod:`utregs_plekkie.packs.fonts`),
embedded, so every Dutch letter prints and the text can be searched and copied.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from utregs_plekkie import __version__
from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GEO_ATTRIBUTION
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.mapgeo import CityMap, city_map
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    SHORTAGE_COLOURS,
    SHORTAGE_ORDER,
    FigureTable,
    FunnelStep,
    Overview,
    OverviewCancelled,
    chart_value,
    format_date_long,
    format_int,
    format_percent,
    overview_tables,
    shortage_label,
    step_definition,
    step_label,
    suppress,
    suppression_note,
    table_by_key,
)
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

__all__ = ["ReportProgress", "report_file_name", "write_overview_report"]

#: ``progress(done, total)``; returning False stops the report (OverviewCancelled).
ReportProgress = Callable[[int, int], bool]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1f2a30")
PRIMARY = colors.HexColor("#1b5e6b")  # the packs' petrol
ACCENT = colors.HexColor("#e0763a")  # the packs' orange
LIGHT = colors.HexColor("#8fb8c0")
SAND = colors.HexColor("#f6f0e7")
RULE = colors.HexColor("#c9d3d6")
MUTED = colors.HexColor("#5c676c")
ZEBRA = colors.HexColor("#f4f7f8")


def report_file_name(overview: Overview) -> str:
    """A file name that says what is in it, e.g. ``overzicht-2025-12-01-2026-11-30.pdf``."""
    f = overview.filter
    parts = ["overzicht", f.period_from.isoformat(), f.period_to.isoformat()]
    if f.provider is not None:
        parts.append(f.provider.value)
    if f.wijk_code is not None:
        parts.append((f.wijk or f.wijk_code).lower().replace(" ", "-"))
    return "-".join(parts) + ".pdf"


# --------------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "body", fontName=FONT_REGULAR, fontSize=9.5, leading=13, textColor=INK
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.note = ParagraphStyle(
            "note", parent=base, fontSize=7.8, leading=10, textColor=MUTED, spaceBefore=2
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=31, textColor=PRIMARY
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=14, leading=19, textColor=INK, spaceAfter=4
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=PRIMARY,
            spaceBefore=4,
            spaceAfter=6,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=7.6, leading=9.2)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle(
            "head", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white
        )
        self.head_right = ParagraphStyle("headr", parent=self.head, alignment=TA_RIGHT)
        self.tile_value = ParagraphStyle(
            "tilev", parent=base, fontName=FONT_BOLD, fontSize=17, leading=20, textColor=PRIMARY
        )
        self.tile_label = ParagraphStyle(
            "tilel", parent=base, fontSize=8, leading=10, textColor=MUTED, alignment=TA_LEFT
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


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


def _figure_table(table: FigureTable, styles: _Styles) -> list[Flowable]:
    """A FigureTable as a ReportLab table: header row, numbers right-aligned."""
    if not table.rows:
        return [_p(_("Geen gegevens in deze periode."), styles.small)]
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
        flowables.append(_p(table.note, styles.note))
    return flowables


def _section(title: str, table: FigureTable, styles: _Styles) -> list[Flowable]:
    return [CondPageBreak(45 * mm), _p(title, styles.h2), *_figure_table(table, styles)]


# --------------------------------------------------------------------------- charts


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose text starts in our font (ReportLab's default is Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT_REGULAR
    drawing.initialFontSize = 8
    return drawing


def _bar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    fills: Sequence[Any],
    value_labels: Sequence[Sequence[str]],
    *,
    width: float = CONTENT_WIDTH,
    bar_height: float = 11.0,
) -> Drawing:
    """Horizontal bars, one group per label, the value written at the end of each bar."""
    groups = len(labels)
    per_group = len(series)
    legend = 16 if per_group > 1 else 0
    height = groups * (per_group * bar_height + 7) + 26 + legend
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    label_width = 40 * mm
    chart.x = label_width
    chart.y = 16 + legend
    chart.width = width - label_width - 22 * mm
    chart.height = height - 22 - legend
    # ReportLab draws the first category, and in a group the first series, at the
    # bottom; both should read from the top.
    chart.data = [list(reversed(list(s))) for s in reversed(series)]
    chart.categoryAxis.categoryNames = list(reversed(list(labels)))
    chart.categoryAxis.labels.fontName = FONT_REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = max((max(s) for s in series if len(s)), default=0)
    chart.valueAxis.valueMax = max(top * 1.02, 1)
    chart.valueAxis.labels.fontName = FONT_REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_int(int(v))
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i, fill in enumerate(reversed(fills)):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = FONT_REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelArray = [list(reversed(list(v))) for v in reversed(value_labels)]
    drawing.add(chart)
    if per_group > 1:
        x = label_width
        for name, fill in zip(names, fills, strict=True):
            drawing.add(Rect(x, 3, 8, 8, fillColor=fill, strokeColor=None))
            drawing.add(String(x + 11, 4, name, fontName=FONT_REGULAR, fontSize=7.5))
            x += 11 + len(name) * 4.2 + 14
    return drawing


def _funnel_chart(overview: Overview) -> Drawing:
    values: list[float] = []
    texts: list[str] = []
    for figures in overview.funnel.steps:
        n = figures.reached
        value = chart_value(n, figures.about_children)
        if value is None:
            values.append(0)  # never draw a bar for a suppressed figure
            texts.append(suppress(n))
        else:
            values.append(value)
            share = format_percent(figures.share) if figures.step else ""
            texts.append(f"{format_int(n)}  ({share})" if share else format_int(n))
    labels = [step_label(s) for s in FUNNEL_STEPS]
    return _bar_chart(labels, [values], [""], [PRIMARY], [texts], bar_height=15)


def _channel_chart(overview: Overview) -> Drawing | None:
    rows = [r for r in overview.channels.by_source if r.requests > 0]
    if not rows:
        return None
    labels = [r.label for r in rows]
    registered = [float(r.registrations) for r in rows]
    available = [float(r.available) for r in rows]
    return _bar_chart(
        labels,
        [registered, available],
        [_("aangemeld"), _("beschikbaar geworden")],
        [PRIMARY, ACCENT],
        [[format_int(int(v)) for v in registered], [format_int(int(v)) for v in available]],
        bar_height=8,
    )


def _requests_chart(overview: Overview) -> Drawing | None:
    rows = [r for r in overview.channels.by_source if r.requests > 0]
    if not rows:
        return None
    counts = [float(r.requests) for r in rows]
    return _bar_chart(
        [r.label for r in rows],
        [counts],
        [""],
        [LIGHT],
        [[format_int(int(v)) for v in counts]],
        bar_height=10,
    )


def _line_chart(
    overview: Overview, steps: Sequence[FunnelStep], fills: Sequence[Any], height: float
) -> Drawing:
    months = overview.months
    width = CONTENT_WIDTH
    drawing = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.x = 16 * mm
    chart.y = 26
    chart.width = width - 20 * mm
    chart.height = height - 40
    chart.data = [[float(p.reached[s]) for p in months] for s in steps]
    every = max(1, len(months) // 12 + (1 if len(months) % 12 else 0))
    chart.categoryAxis.categoryNames = [
        p.label if i % every == 0 else "" for i, p in enumerate(months)
    ]
    chart.categoryAxis.labels.fontName = FONT_REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = max((max(d) for d in chart.data if d), default=0)
    chart.valueAxis.valueMax = max(top * 1.1, 1)
    chart.valueAxis.labels.fontName = FONT_REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_int(int(v))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.strokeColor = RULE
    for i, fill in enumerate(fills):
        chart.lines[i].strokeColor = fill
        chart.lines[i].strokeWidth = 1.8
    drawing.add(chart)
    x = chart.x
    for step, fill in zip(steps, fills, strict=True):
        name = _("aanvragen") if step is FunnelStep.AANVRAAG else step_label(step)
        drawing.add(Line(x, 7, x + 12, 7, strokeColor=fill, strokeWidth=2))
        drawing.add(String(x + 15, 4.5, name, fontName=FONT_REGULAR, fontSize=7.5))
        x += 15 + len(name) * 4.2 + 16
    return drawing


# --------------------------------------------------------------------------- map


def _map_drawing(overview: Overview, the_map: CityMap, width: float, height: float) -> Drawing:
    """The city's postcode cells coloured by their wijk's shortage, with a legend."""
    drawing = _drawing(width, height)
    legend_height = 22 * mm
    transform = the_map.fit(width, height - legend_height, 4, y_down=False)
    sd = overview.supply_demand

    def shift(point: tuple[float, float]) -> tuple[float, float]:
        x, y = transform(point)
        return (x, y + legend_height)

    for cell in the_map.cells:
        total = sd.wijk_total(cell.wijk_code)
        fill = SHORTAGE_COLOURS[total.shortage_class] if total is not None else "#ffffff"
        points = [c for p in cell.polygon for c in shift(p)]
        drawing.add(
            Polygon(
                points,
                fillColor=colors.HexColor(fill),
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )
    for segments in the_map.wijk_outlines().values():
        for a, b in segments:
            (x1, y1), (x2, y2) = shift(a), shift(b)
            drawing.add(Line(x1, y1, x2, y2, strokeColor=INK, strokeWidth=1.1))
    names = dict(overview.wijken)
    for code, point in the_map.label_positions().items():
        x, y = shift(point)
        total = sd.wijk_total(code)
        name = names.get(code, code)
        figures = (
            _("{wacht} wacht · {vrij} vrij").format(
                wacht=suppress(total.waiting), vrij=format_int(total.free_places)
            )
            if total is not None
            else ""
        )
        # A white card behind the name keeps it readable on every colour.
        card = max(stringWidth(name, FONT_BOLD, 7.5), stringWidth(figures, FONT_REGULAR, 6.5))
        drawing.add(
            Rect(
                x - card / 2 - 3,
                y - 10,
                card + 6,
                21,
                rx=2,
                ry=2,
                fillColor=colors.Color(1, 1, 1, alpha=0.82),
                strokeColor=None,
            )
        )
        drawing.add(String(x, y + 3, name, fontName=FONT_BOLD, fontSize=7.5, textAnchor="middle"))
        drawing.add(
            String(x, y - 6.5, figures, fontName=FONT_REGULAR, fontSize=6.5, textAnchor="middle")
        )
    # Scale bar and north, bottom right above the legend.
    km = 2 if transform.scale * 2 < width / 3 else 1
    bar = km * transform.scale
    x_end, y_bar = width - 6, legend_height + 6
    drawing.add(Line(x_end - bar, y_bar, x_end, y_bar, strokeColor=INK, strokeWidth=1.2))
    for x in (x_end - bar, x_end):
        drawing.add(Line(x, y_bar - 2.5, x, y_bar + 2.5, strokeColor=INK, strokeWidth=1.2))
    drawing.add(
        String(
            x_end - bar / 2,
            y_bar + 4,
            _("{n} km").format(n=km),
            fontName=FONT_REGULAR,
            fontSize=7,
            textAnchor="middle",
        )
    )
    drawing.add(
        String(x_end - 3, y_bar + 16, _("N ↑"), fontName=FONT_BOLD, fontSize=8, textAnchor="end")
    )
    # Legend: one line per class.
    for i, klass in enumerate(SHORTAGE_ORDER):
        y = legend_height - 10 - i * 10.5
        drawing.add(
            Rect(
                4,
                y - 1,
                9,
                8,
                fillColor=colors.HexColor(SHORTAGE_COLOURS[klass]),
                strokeColor=MUTED,
                strokeWidth=0.3,
            )
        )
        drawing.add(String(17, y, shortage_label(klass), fontName=FONT_REGULAR, fontSize=7.5))
    return drawing


# --------------------------------------------------------------------------- pages


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Writes "pagina X van Y" once the number of pages is known."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in our own font, so no page refers to Helvetica.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT_REGULAR
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT_REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, 13 * mm, PAGE_WIDTH - MARGIN, 13 * mm)
        self.drawString(MARGIN, 9 * mm, self.footer_text)
        self.drawRightString(
            PAGE_WIDTH - MARGIN,
            9 * mm,
            _("pagina {n} van {totaal}").format(n=self._pageNumber, totaal=total),
        )
        self.restoreState()


def _header(canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(PRIMARY)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, "Utregs Plekkie")
    canvas.setFont(FONT_REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm, doc.header_text)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, PAGE_HEIGHT - 13 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 13 * mm)
    canvas.restoreState()


def _title_band(canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, PAGE_HEIGHT - 12 * mm, PAGE_WIDTH, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 2 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _tiles(overview: Overview, styles: _Styles) -> Table:
    table = table_by_key(overview_tables(overview), "kerncijfers")
    tiles = [
        [
            Paragraph(escape(value.text), styles.tile_value),
            Paragraph(escape(name.text), styles.tile_label),
        ]
        for name, value in table.rows
    ]
    per_row = 4
    rows = [tiles[i : i + per_row] for i in range(0, len(tiles), per_row)]
    width = CONTENT_WIDTH / per_row
    grid = Table(
        [[_tile(t, width) for t in row] for row in rows],
        colWidths=[width] * per_row,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid


def _tile(content: list[Paragraph], width: float) -> Table:
    tile = Table([[content[0]], [content[1]]], colWidths=[width - 4], rowHeights=[24, 22])
    tile.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return tile


def _story(overview: Overview, styles: _Styles, step: Callable[[], None]) -> list[Flowable]:
    f = overview.filter
    tables = overview_tables(overview)
    made = overview.computed_at.astimezone(clock.LOCAL_TZ)
    story: list[Flowable] = [
        Spacer(1, 22 * mm),
        _p(_("Overzicht werving en matching"), styles.title),
        Spacer(1, 2 * mm),
        _p(_("Pleeg- en steunouders in Utrecht"), styles.subtitle),
        Spacer(1, 8 * mm),
        _p(
            _("Periode: {van} t/m {tot}").format(
                van=format_date_long(f.period_from), tot=format_date_long(f.period_to)
            ),
            styles.subtitle,
        ),
        _p(_("Aanbieder: {aanbieder}").format(aanbieder=f.provider_text()), styles.body),
    ]
    if f.wijk_code is not None:
        story.append(_p(_("Wijk: {wijk}").format(wijk=f.wijk or f.wijk_code), styles.body))
    story += [
        _p(
            _("Gemaakt op {datum} om {tijd} uur").format(
                datum=format_date_long(made.date()), tijd=made.strftime("%H:%M")
            ),
            styles.body,
        ),
        _p(_("Vertrouwelijk: alleen voor intern gebruik."), styles.body),
        Spacer(1, 9 * mm),
        _p(_("Kerncijfers"), styles.h2),
        _tiles(overview, styles),
        Spacer(1, 5 * mm),
        _p(_("Hoe dit overzicht te lezen"), styles.h2),
        _p(
            _(
                "De trechter volgt de aanvragen die in de periode binnenkwamen, tot vandaag: "
                "hoeveel ervan elke stap bereikten, hoe lang ze in een stap bleven (mediaan, "
                "in dagen) en wie waar afhaakte, met de reden. Vraag en aanbod en de "
                "opvolging gaan over vandaag."
            ),
            styles.small,
        ),
        Spacer(1, 2 * mm),
    ]
    guide = Table(
        [
            [_p(step_label(s), styles.small), _p(step_definition(s), styles.small)]
            for s in FUNNEL_STEPS
        ],
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        hAlign="LEFT",
    )
    guide.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [
        guide,
        Spacer(1, 3 * mm),
        _p(suppression_note(), styles.small),
        NextPageTemplate("page"),
        PageBreak(),
    ]
    step()

    # 1. Funnel.
    story += [
        _p(_("1. De trechter: van aanvraag tot plaatsing"), styles.h1),
        _funnel_chart(overview),
        _p(
            _("Tussen haakjes: het deel van alle aanvragen uit de periode."),
            styles.note,
        ),
        Spacer(1, 3 * mm),
        *_figure_table(table_by_key(tables, "trechter"), styles),
        *_section(_("Afhakers en hun redenen"), table_by_key(tables, "afhakers"), styles),
        PageBreak(),
    ]
    step()

    # 2. Channels.
    story.append(_p(_("2. Wat elk kanaal opleverde"), styles.h1))
    requests_chart = _requests_chart(overview)
    if requests_chart is not None:
        story += [_p(_("Aanvragen per bron"), styles.h2), requests_chart]
    channel_chart = _channel_chart(overview)
    if channel_chart is not None:
        story += [
            _p(_("Daarvan later aangemeld en beschikbaar geworden"), styles.h2),
            channel_chart,
        ]
    story += _section(_("Per bron"), table_by_key(tables, "bronnen"), styles)
    story += _section(_("Per evenement"), table_by_key(tables, "evenementen"), styles)
    story += _section(_("Per evenementdag"), table_by_key(tables, "evenementdagen"), styles)
    story.append(PageBreak())
    step()

    # 3. Over time.
    story += [
        _p(_("3. Door de tijd"), styles.h1),
        _p(_("Aanvragen per maand van binnenkomst"), styles.h2),
        _line_chart(overview, [FunnelStep.AANVRAAG, FunnelStep.PAKKET], [LIGHT, PRIMARY], 62 * mm),
        _p(_("Daarvan later aangemeld en beschikbaar geworden"), styles.h2),
        _line_chart(
            overview, [FunnelStep.AANMELDING, FunnelStep.BESCHIKBAAR], [PRIMARY, ACCENT], 62 * mm
        ),
        _p(
            _(
                "Recente maanden hebben minder tijd gehad om verder te komen: hun lijn "
                "loopt daardoor vanzelf af."
            ),
            styles.note,
        ),
        *_section(_("Per maand"), table_by_key(tables, "maanden"), styles),
        PageBreak(),
    ]
    step()

    # 4. Supply and demand.
    the_map = city_map()
    story += [
        _p(_("4. Vraag en aanbod per wijk (vandaag)"), styles.h1),
        _p(
            _(
                "Kleur: hoeveel van de wachtende kinderen in de wijk een vrije plek in de "
                "wijk zouden hebben, over alle zorgvormen samen. De vlakken zijn de "
                "postcodegebieden van de stad (benaderd vanuit hun middelpunt)."
            ),
            styles.small,
        ),
        KeepTogether([_map_drawing(overview, the_map, CONTENT_WIDTH, 175 * mm)]),
        _p(
            _("Kaart: eigen bewerking van postcodegegevens van {bron}.").format(
                bron=GEO_ATTRIBUTION
            ),
            styles.note,
        ),
        PageBreak(),
        *_figure_table(table_by_key(tables, "vraag_aanbod_wijk"), styles),
        *_section(_("Per wijk en zorgvorm"), table_by_key(tables, "vraag_aanbod"), styles),
        PageBreak(),
    ]
    step()

    # 5. Per wijk and follow-up.
    story += [
        _p(_("5. De trechter per wijk"), styles.h1),
        *_figure_table(table_by_key(tables, "wijken"), styles),
        Spacer(1, 6 * mm),
        _p(_("6. Opvolging"), styles.h1),
        *_figure_table(table_by_key(tables, "opvolging"), styles),
    ]
    step()
    return story


def write_overview_report(
    overview: Overview,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    progress: ReportProgress | None = None,
) -> int:
    """Write the report; returns the number of pages.

    ``target`` is a file name (written beside it first and then renamed, so a failed
    report never leaves half a file) or a binary stream. ``progress(done, total)`` is
    called per section; returning False stops with :class:`OverviewCancelled`.
    """
    styles = _Styles()
    total_steps = 7
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, total_steps) is False:
            raise OverviewCancelled()

    f = overview.filter
    period = _("{van} t/m {tot}").format(
        van=f.period_from.strftime("%d-%m-%Y"), tot=f.period_to.strftime("%d-%m-%Y")
    )
    made = overview.computed_at.astimezone(clock.LOCAL_TZ)
    header_text = _("Overzicht werving · {periode} · {aanbieder}").format(
        periode=period, aanbieder=f.provider_text()
    )
    footer_text = _("Gemaakt {datum} · Vertrouwelijk · Utregs Plekkie {versie}").format(
        datum=made.strftime("%d-%m-%Y %H:%M"), versie=__version__
    )
    if progress is not None and progress(0, total_steps) is False:
        raise OverviewCancelled()
    story = _story(overview, styles, step)

    def build(stream: BinaryIO) -> int:
        document = BaseDocTemplate(
            stream,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=_("Overzicht werving en matching {periode}").format(periode=period),
            author="Utregs Plekkie",
            subject=_("Trechter, kanalen, vraag en aanbod, opvolging: {filter}").format(
                filter=f.describe()
            ),
            creator=f"Utregs Plekkie {__version__}",
            lang="nl-NL",
        )
        document.header_text = header_text
        frame = Frame(
            MARGIN, 18 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 36 * mm, id="body", showBoundary=0
        )
        document.addPageTemplates(
            [
                PageTemplate(id="title", frames=[frame], onPage=_title_band),
                PageTemplate(id="page", frames=[frame], onPage=_header),
            ]
        )

        class Numbered(_NumberedCanvas):
            pass

        Numbered.footer_text = footer_text
        document.build(story, canvasmaker=Numbered)
        pages: int = document.page
        return pages

    if isinstance(target, (str, os.PathLike)):
        pages = _write_atomic(Path(target), build)
    else:
        pages = build(target)
    step()
    return pages


def _write_atomic(path: Path, build: Callable[[BinaryIO], int]) -> int:
    if path.is_dir():
        raise UserError(_("'{pad}' is een map. Geef een bestandsnaam op.").format(pad=path))
    if not path.parent.exists():
        raise UserError(
            _("De map '{map}' bestaat niet. Kies een bestaande map.").format(map=path.parent)
        )
    buffer = io.BytesIO()
    pages = build(buffer)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(temp_name, path)
    except PermissionError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp_name)
        raise UserError(
            _(
                "Kan '{pad}' niet schrijven. Is het bestand nog open in een PDF-lezer? Sluit "
                "het en probeer het opnieuw."
            ).format(pad=path)
        ) from None
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp_name)
        raise UserError(
            _("Kan '{pad}' niet schrijven: {reden}").format(pad=path, reden=exc.strerror or exc)
        ) from None
    return pages
