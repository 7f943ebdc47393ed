"""The page's charts (QtCharts), each in a panel with its figures one click away.

A :class:`ChartPanel` holds a title, one or more charts and a "Toon cijfers" button
that shows the tables behind them. The charts are drawn from the overview's figures
through :func:`~utregs_plekkie.core.overview.chart_value`: a figure about children
below 5 gets no bar or point (its label says "<5"), so a chart never shows what its
table hides.

Numbers on axes and bars follow Dutch conventions (``6.537``) through the chart's
locale.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.overview import (
    ChannelRow,
    FigureTable,
    FollowUpHealth,
    FunnelStep,
    MonthPoint,
    Overview,
    chart_value,
    format_int,
    format_percent,
)
from utregs_plekkie.gui.overview.tables import TableBox

__all__ = [
    "ChartPanel",
    "ChartSpec",
    "answers_chart",
    "channel_results_chart",
    "event_chart",
    "funnel_chart",
    "month_requests_chart",
    "month_results_chart",
    "requests_per_row_chart",
]

# The colours of the report (packs/overview_report.py), so screen and paper match.
PRIMARY = QColor("#1b5e6b")
ACCENT = QColor("#e0763a")
LIGHT = QColor("#8fb8c0")
GOOD = QColor("#27ae60")
BAD = QColor("#c0392b")
MUTED = QColor("#5c676c")
INK = QColor("#1f2a30")
TRANSPARENT = QColor(0, 0, 0, 0)


#: lupdate finds ``translate("context", "text")`` calls.
translate = QCoreApplication.translate


class ChartSpec:
    """A chart and what a screen reader says about it (its figures in a sentence)."""

    def __init__(self, chart: QChart | None, summary: str, empty_text: str = "") -> None:
        self.chart = chart
        self.summary = summary
        self.empty_text = empty_text


# --------------------------------------------------------------------------- building


def _new_chart() -> QChart:
    chart = QChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _bar_set(name: str, colour: QColor, values: Sequence[float | None]) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.setColor(colour)
    bar_set.setBorderColor(colour)
    bar_set.setLabelColor(INK)
    for value in values:
        # No bar for a suppressed figure: its category label says "<5".
        bar_set.append(0.0 if value is None else value)
    return bar_set


def _value_axis(top: float, *, visible: bool = True) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    axis.setRange(0, max(top, 1.0))
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    axis.setGridLineColor(QColor("#e3e8ea"))
    axis.setLabelsColor(MUTED)
    axis.setVisible(visible)
    return axis


def _category_axis(labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    axis.setGridLineVisible(False)
    axis.setLabelsColor(INK)
    return axis


def _horizontal_bars(
    categories: Sequence[str],
    sets: Sequence[tuple[str, QColor, Sequence[float | None]]],
    *,
    legend: bool,
) -> QChart:
    """Horizontal bars, the first category at the top, values at the bars' ends."""
    chart = _new_chart()
    series = QHorizontalBarSeries()
    # Within a category the first set is drawn lowest: reversed, the first is on top.
    for name, colour, values in reversed(sets):
        series.append(_bar_set(name, colour, list(reversed(values))))
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(12)
    series.setBarWidth(0.8 if len(sets) > 1 else 0.62)
    chart.addSeries(series)
    top = max((v or 0.0 for _n, _c, values in sets for v in values), default=0.0)
    y_axis = _category_axis(list(reversed(categories)))
    # Room beyond the longest bar for its value.
    x_axis = _value_axis(top * 1.18)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    chart.legend().setVisible(legend)
    return chart


# --------------------------------------------------------------------------- funnel


def funnel_chart(overview: Overview, table: FigureTable) -> ChartSpec:
    """The funnel as centred bars, widest at the top: the step, how many reached it
    and the share of the step before, on the left."""
    steps = overview.funnel.steps
    if overview.funnel.requests == 0:
        return ChartSpec(None, "", translate("charts", "Nog geen aanvragen in deze periode."))
    rows = {row[0].text: row for row in table.rows}
    top = float(steps[0].reached)
    offsets: list[float] = []
    values: list[float] = []
    labels: list[str] = []
    spoken: list[str] = []
    for figures in steps:
        value = chart_value(figures.reached, figures.about_children)
        shown = value or 0.0
        offsets.append((top - shown) / 2)
        values.append(shown)
        row = rows.get(figures.label)
        count = row[1].text if row is not None else format_int(figures.reached)
        if figures.step is FunnelStep.AANVRAAG:
            text = f"{figures.label} · {count}"
        else:
            share = row[2].text if row is not None else format_percent(figures.conversion)
            text = f"{figures.label} · {count} · {share}"
        labels.append(text)
        spoken.append(text)
    chart = _new_chart()
    series = QHorizontalStackedBarSeries()
    offset_set = _bar_set("", TRANSPARENT, list(reversed(offsets)))
    offset_set.setBorderColor(TRANSPARENT)
    value_set = _bar_set(translate("charts", "bereikt"), PRIMARY, list(reversed(values)))
    series.append(offset_set)
    series.append(value_set)
    series.setBarWidth(0.86)
    chart.addSeries(series)
    y_axis = _category_axis(list(reversed(labels)))
    y_axis.setLineVisible(False)
    x_axis = _value_axis(top, visible=False)
    x_axis.setRange(0, max(top, 1.0))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    chart.legend().setVisible(False)
    summary = translate("charts", "Trechter: {stappen}.").format(stappen="; ".join(spoken))
    return ChartSpec(chart, summary)


# --------------------------------------------------------------------------- channels


def _reached(row: ChannelRow, step: FunnelStep) -> float | None:
    return chart_value(row.reached[step], step.about_children)


def requests_per_row_chart(rows: Sequence[ChannelRow], empty_text: str) -> ChartSpec:
    """How many requests each source (or event, or wijk) brought."""
    rows = [r for r in rows if r.requests > 0]
    if not rows:
        return ChartSpec(None, "", empty_text)
    chart = _horizontal_bars(
        [r.label for r in rows],
        [
            (
                translate("charts", "aanvragen"),
                PRIMARY,
                [_reached(r, FunnelStep.AANVRAAG) for r in rows],
            )
        ],
        legend=False,
    )
    summary = "; ".join(f"{r.label}: {format_int(r.requests)}" for r in rows)
    return ChartSpec(chart, translate("charts", "Aanvragen: {cijfers}.").format(cijfers=summary))


def channel_results_chart(rows: Sequence[ChannelRow], empty_text: str) -> ChartSpec:
    """What became of each source's requests: registered and available."""
    rows = [r for r in rows if r.requests > 0]
    if not rows:
        return ChartSpec(None, "", empty_text)
    chart = _horizontal_bars(
        [r.label for r in rows],
        [
            (
                translate("charts", "aangemeld"),
                ACCENT,
                [_reached(r, FunnelStep.AANMELDING) for r in rows],
            ),
            (
                translate("charts", "beschikbaar"),
                PRIMARY,
                [_reached(r, FunnelStep.BESCHIKBAAR) for r in rows],
            ),
        ],
        legend=True,
    )
    summary = "; ".join(
        translate("charts", "{bron}: {aangemeld} aangemeld, {beschikbaar} beschikbaar").format(
            bron=r.label,
            aangemeld=format_int(r.registrations),
            beschikbaar=format_int(r.available),
        )
        for r in rows
    )
    return ChartSpec(chart, summary + ".")


def event_chart(rows: Sequence[ChannelRow], empty_text: str) -> ChartSpec:
    """Per event (days of the same event together): requests, registered, available."""
    rows = [r for r in rows if r.requests > 0]
    if not rows:
        return ChartSpec(None, "", empty_text)
    chart = _horizontal_bars(
        [r.label for r in rows],
        [
            (
                translate("charts", "aanvragen"),
                LIGHT,
                [_reached(r, FunnelStep.AANVRAAG) for r in rows],
            ),
            (
                translate("charts", "aangemeld"),
                ACCENT,
                [_reached(r, FunnelStep.AANMELDING) for r in rows],
            ),
            (
                translate("charts", "beschikbaar"),
                PRIMARY,
                [_reached(r, FunnelStep.BESCHIKBAAR) for r in rows],
            ),
        ],
        legend=True,
    )
    summary = "; ".join(
        translate("charts", "{evenement}: {aanvragen} aanvragen, {aangemeld} aangemeld").format(
            evenement=r.label,
            aanvragen=format_int(r.requests),
            aangemeld=format_int(r.registrations),
        )
        for r in rows
    )
    return ChartSpec(chart, summary + ".")


# --------------------------------------------------------------------------- months


def _line_chart(
    months: Sequence[MonthPoint],
    lines: Sequence[tuple[str, QColor, FunnelStep]],
) -> QChart:
    chart = _new_chart()
    x_axis = _category_axis([m.label for m in months])
    if len(months) > 14:
        x_axis.setLabelsAngle(-60)
    top = 0.0
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    all_series: list[QLineSeries] = []
    for name, colour, step in lines:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(colour)
        pen.setWidthF(2.4)
        series.setPen(pen)
        series.setPointsVisible(True)
        for index, point in enumerate(months):
            value = chart_value(point.reached[step], step.about_children)
            if value is None:
                continue  # no point for a suppressed figure
            series.append(QPointF(index, value))
            top = max(top, value)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        all_series.append(series)
    y_axis = _value_axis(top * 1.1)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in all_series:
        series.attachAxis(y_axis)
    chart.legend().setVisible(len(lines) > 1)
    return chart


def month_requests_chart(months: Sequence[MonthPoint], empty_text: str) -> ChartSpec:
    if not any(m.reached[FunnelStep.AANVRAAG] for m in months):
        return ChartSpec(None, "", empty_text)
    chart = _line_chart(months, [(translate("charts", "aanvragen"), PRIMARY, FunnelStep.AANVRAAG)])
    summary = "; ".join(f"{m.label}: {format_int(m.reached[FunnelStep.AANVRAAG])}" for m in months)
    return ChartSpec(
        chart, translate("charts", "Aanvragen per maand: {cijfers}.").format(cijfers=summary)
    )


def month_results_chart(months: Sequence[MonthPoint], empty_text: str) -> ChartSpec:
    if not any(m.reached[FunnelStep.AANVRAAG] for m in months):
        return ChartSpec(None, "", empty_text)
    chart = _line_chart(
        months,
        [
            (translate("charts", "informatieavond"), LIGHT, FunnelStep.INFORMATIEAVOND),
            (translate("charts", "aangemeld"), ACCENT, FunnelStep.AANMELDING),
            (translate("charts", "beschikbaar"), PRIMARY, FunnelStep.BESCHIKBAAR),
        ],
    )
    summary = "; ".join(
        translate("charts", "{maand}: {aangemeld} aangemeld, {beschikbaar} beschikbaar").format(
            maand=m.label,
            aangemeld=format_int(m.reached[FunnelStep.AANMELDING]),
            beschikbaar=format_int(m.reached[FunnelStep.BESCHIKBAAR]),
        )
        for m in months
    )
    return ChartSpec(chart, summary + ".")


# --------------------------------------------------------------------------- follow-up


def answers_chart(health: FollowUpHealth, empty_text: str) -> ChartSpec:
    """The period's requests by how their first answer came: one bar, in shares."""
    parts = [
        (translate("charts", "binnen de norm"), GOOD, health.answered_on_time),
        (translate("charts", "te laat"), ACCENT, health.answered_late),
        (translate("charts", "niet beantwoord, te laat"), BAD, health.unanswered_late),
        (translate("charts", "nog binnen de norm"), LIGHT, health.unanswered_pending),
    ]
    if not any(n for _name, _colour, n in parts):
        return ChartSpec(None, "", empty_text)
    chart = _new_chart()
    series = QHorizontalPercentBarSeries()
    total = sum(n for _name, _colour, n in parts)
    for name, colour, n in parts:
        bar_set = _bar_set(f"{name} ({format_int(n)})", colour, [chart_value(n)])
        # A share too narrow for its label gets none (the legend has the number).
        bar_set.setLabelColor(QColor("white") if n / total >= 0.06 else TRANSPARENT)
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPrecision(3)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    y_axis = _category_axis([translate("charts", "aanvragen")])
    y_axis.setVisible(False)
    x_axis = _value_axis(100)
    x_axis.setLabelFormat("%.0f%")
    x_axis.setRange(0, 100)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    summary = "; ".join(f"{name}: {format_int(n)}" for name, _colour, n in parts)
    return ChartSpec(
        chart,
        translate("charts", "Eerste antwoord op aanvragen: {cijfers}.").format(cijfers=summary),
    )


# --------------------------------------------------------------------------- the panel


class ChartView(QChartView):
    """A chart that is not a stop for the Tab key (its figures are in the tables) but
    tells a screen reader what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(name)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart and shiboken6.isValid(old):
            old.deleteLater()


class ChartPanel(QFrame):
    """A titled block: charts side by side, a "Toon cijfers" button, the tables."""

    def __init__(
        self,
        title: str,
        description: str = "",
        parent: QWidget | None = None,
        *,
        chart_height: int = 300,
        stacked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = title
        self._chart_height = chart_height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("panelTitle")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setAccessibleName(title)
        layout.addWidget(self.heading)
        self.description = QLabel(description, self)
        self.description.setObjectName("hintLabel")
        self.description.setWordWrap(True)
        self.description.setVisible(bool(description))
        layout.addWidget(self.description)

        # Charts side by side, or (``stacked``) one under the other, each full width.
        self.charts_row: QHBoxLayout | QVBoxLayout = QVBoxLayout() if stacked else QHBoxLayout()
        self.charts_row.setSpacing(12)
        layout.addLayout(self.charts_row)
        self.views: list[ChartView] = []
        self.chart_titles: list[QLabel] = []
        self.empty_labels: list[QLabel] = []

        self.toggle = QPushButton(self)
        self.toggle.setObjectName("toggleNumbers")
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.toggled.connect(self.set_numbers_shown)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.toggle)
        toggle_row.addStretch(1)
        layout.addLayout(toggle_row)

        self.numbers = QWidget(self)
        self.numbers.setObjectName("chartNumbers")
        self.numbers_layout = QVBoxLayout(self.numbers)
        self.numbers_layout.setContentsMargins(0, 4, 0, 0)
        self.numbers_layout.setSpacing(12)
        self.numbers.hide()
        layout.addWidget(self.numbers)
        self.tables: list[TableBox] = []
        self._update_toggle()

    def add_chart(self, title: str = "") -> ChartView:
        column = QVBoxLayout()
        column.setSpacing(2)
        caption = QLabel(title, self)
        caption.setObjectName("chartTitle")
        caption.setVisible(bool(title))
        caption.setWordWrap(True)
        column.addWidget(caption)
        view = ChartView(title or self._title, self)
        view.setMinimumHeight(self._chart_height)
        column.addWidget(view, 1)
        empty = QLabel(self)
        empty.setObjectName("hintLabel")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setMinimumHeight(80)
        empty.hide()
        column.addWidget(empty)
        self.charts_row.addLayout(column, 1)
        self.views.append(view)
        self.chart_titles.append(caption)
        self.empty_labels.append(empty)
        return view

    def add_table(self) -> TableBox:
        box = TableBox(self.numbers, above=self._title)
        self.numbers_layout.addWidget(box)
        self.tables.append(box)
        return box

    def set_chart(self, index: int, spec: ChartSpec) -> None:
        view, empty = self.views[index], self.empty_labels[index]
        if spec.chart is None:
            view.hide()
            empty.setText(spec.empty_text)
            empty.setAccessibleName(spec.empty_text)
            empty.show()
            return
        view.show_chart(spec.chart)
        view.setAccessibleDescription(spec.summary)
        view.setToolTip("")
        empty.hide()
        view.show()

    def numbers_shown(self) -> bool:
        return self.toggle.isChecked()

    def set_numbers_shown(self, shown: bool) -> None:
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)  # comes back here through the signal
            return
        self.numbers.setVisible(shown)
        self._update_toggle()

    def _update_toggle(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setText(
            translate("ChartPanel", "Verberg cijfers")
            if shown
            else translate("ChartPanel", "Toon cijfers")
        )
        self.toggle.setAccessibleName(
            (
                translate("ChartPanel", "Verberg de cijfers bij {titel}")
                if shown
                else translate("ChartPanel", "Toon de cijfers bij {titel}")
            ).format(titel=self._title)
        )
