"""The report's charts: the funnel, the channels and the requests per month."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    FunnelStep,
    Overview,
    chart_value,
    format_int,
    format_percent,
    step_label,
    suppress,
)
from utregs_plekkie.packs.fonts import FONT_REGULAR
from utregs_plekkie.packs.overview_report.style import ACCENT, CONTENT_WIDTH, LIGHT, PRIMARY, RULE

# --------------------------------------------------------------------------- charts


def blank_drawing(width: float, height: float) -> Drawing:
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
    drawing = blank_drawing(width, height)
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


def funnel_chart(overview: Overview) -> Drawing:
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


def chart_of_channels(overview: Overview) -> Drawing | None:
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


def chart_of_requests(overview: Overview) -> Drawing | None:
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


def line_chart(
    overview: Overview, steps: Sequence[FunnelStep], fills: Sequence[Any], height: float
) -> Drawing:
    months = overview.months
    width = CONTENT_WIDTH
    drawing = blank_drawing(width, height)
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
