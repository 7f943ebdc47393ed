"""The offline map of Utrecht on the page: postcode areas coloured by their wijk's
shortage, wijk borders and names, a legend.

The map comes from :func:`utregs_plekkie.core.mapgeo.city_map` (Voronoi cells of the
city's postcode centroids, built from the program's own geodata; no internet tiles).
A wijk's colour is :func:`~utregs_plekkie.core.overview.shortage_class` of its
supply and demand today, in the report's colours
(:data:`~utregs_plekkie.core.overview.SHORTAGE_COLOURS`), so 1-4 waiting children
cannot be told apart from the colour.

Pointing at a wijk shows its figures (:func:`~utregs_plekkie.core.overview.wijk_summary`,
small numbers as "<5"); clicking it chooses it (``wijk_clicked``). With the keyboard:
the arrow keys go from wijk to wijk, Enter or Space chooses, Escape goes back to all
wijken.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolTip, QWidget

from utregs_plekkie.core.mapgeo import CanvasTransform, CityMap, MapCell
from utregs_plekkie.core.overview import (
    SHORTAGE_COLOURS,
    SHORTAGE_ORDER,
    ShortageClass,
    SupplyDemand,
    SupplyDemandCell,
    format_int,
    shortage_label,
    suppress,
    wijk_summary,
)

__all__ = ["CityMapWidget", "MapLegend"]

translate = QCoreApplication.translate

INK = QColor("#1f2a30")
NO_FIGURES = QColor("#e6eaeb")
MARGIN = 10.0


class CityMapWidget(QWidget):
    """The city's wijken, coloured by shortage. ``wijk_clicked`` carries the wijk code
    chosen, or "" to go back to all wijken."""

    wijk_clicked = Signal(str)
    #: The wijk under the pointer or the keyboard focus changed ("" for none).
    wijk_pointed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cityMap")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As tall as the city is for the width it gets, not as tall as the tables beside.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(QSize(340, 300))
        self.setAccessibleName(
            translate("CityMapWidget", "Kaart van Utrecht: vraag en aanbod per wijk")
        )
        self._map: CityMap | None = None
        self._sd: SupplyDemand | None = None
        self._selected: str | None = None
        self._hovered: str | None = None
        self._keyboard: str | None = None
        self._transform: CanvasTransform | None = None
        self._cell_paths: list[tuple[MapCell, QPainterPath]] = []
        self._outline_paths: dict[str, QPainterPath] = {}
        #: the wijk codes drawn in the last paint (for checks: every wijk is drawn)
        self.painted_wijken: set[str] = set()
        self._update_description()

    # ----------------------------------------------------------------- data

    @property
    def city_map(self) -> CityMap | None:
        return self._map

    def set_map(self, city_map: CityMap) -> None:
        self._map = city_map
        self._transform = None
        self.updateGeometry()
        self.update()

    def _aspect(self) -> float:
        """Height over width of the map (with its margins)."""
        if self._map is None:
            return 0.9
        xmin, ymin, xmax, ymax = self._map.bounds()
        return (ymax - ymin) / max(xmax - xmin, 1e-6)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), round((width - 2 * MARGIN) * self._aspect() + 2 * MARGIN))

    def sizeHint(self) -> QSize:
        return QSize(520, self.heightForWidth(520))

    def set_supply_demand(self, supply_demand: SupplyDemand | None) -> None:
        self._sd = supply_demand
        self._update_description()
        self.update()

    def set_selected(self, wijk_code: str | None) -> None:
        self._selected = wijk_code or None
        self._update_description()
        self.update()

    @property
    def selected(self) -> str | None:
        return self._selected

    @property
    def hovered(self) -> str | None:
        return self._hovered

    def wijk_codes(self) -> list[str]:
        """The wijken on the map, in the city's order."""
        if self._map is None:
            return []
        present = {c.wijk_code for c in self._map.cells}
        return [code for code, _name, _provider in self._map.wijken if code in present]

    def wijk_name(self, code: str) -> str:
        if self._map is not None:
            for wijk_code, name, _provider in self._map.wijken:
                if wijk_code == code:
                    return name
        return code

    def figures(self, code: str) -> SupplyDemandCell | None:
        return self._sd.wijk_total(code) if self._sd is not None else None

    def shortage(self, code: str) -> ShortageClass | None:
        cell = self.figures(code)
        return cell.shortage_class if cell is not None else None

    def fill_colour(self, code: str) -> QColor:
        klass = self.shortage(code)
        return QColor(SHORTAGE_COLOURS[klass]) if klass is not None else NO_FIGURES

    def wijk_fills(self) -> dict[str, str]:
        """Each wijk's fill colour as ``#rrggbb`` (what the map paints)."""
        return {code: self.fill_colour(code).name() for code in self.wijk_codes()}

    def summary(self, code: str) -> str:
        """What pointing at a wijk shows: its figures, small numbers as "<5"."""
        cell = self.figures(code)
        if cell is None:
            return "\n".join(
                (self.wijk_name(code), translate("CityMapWidget", "De cijfers worden berekend…"))
            )
        return wijk_summary(cell)

    # ----------------------------------------------------------------- geometry

    def transform(self) -> CanvasTransform | None:
        if self._map is None:
            return None
        if self._transform is None:
            self._transform = self._map.fit(self.width(), self.height(), MARGIN)
            self._build_paths(self._transform)
        return self._transform

    def _build_paths(self, transform: CanvasTransform) -> None:
        assert self._map is not None
        self._cell_paths = []
        for cell in self._map.cells:
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(*transform(p)) for p in cell.polygon]))
            path.closeSubpath()
            self._cell_paths.append((cell, path))
        self._outline_paths = {}
        for code, segments in self._map.wijk_outlines().items():
            path = QPainterPath()
            for a, b in segments:
                path.moveTo(QPointF(*transform(a)))
                path.lineTo(QPointF(*transform(b)))
            self._outline_paths[code] = path

    def cell_at(self, point: QPointF | QPoint) -> MapCell | None:
        """The postcode area under a point of the widget (None outside the city)."""
        transform = self.transform()
        if transform is None or self._map is None:
            return None
        return self._map.cell_at(transform.inverse((float(point.x()), float(point.y()))))

    def wijk_point(self, code: str) -> QPointF | None:
        """Where the wijk's name is written (a point inside the wijk)."""
        transform = self.transform()
        if transform is None or self._map is None:
            return None
        position = self._map.label_positions().get(code)
        return QPointF(*transform(position)) if position is not None else None

    def tooltip_at(self, point: QPointF | QPoint) -> str | None:
        cell = self.cell_at(point)
        if cell is None:
            return None
        lines = [self.summary(cell.wijk_code)]
        lines.append(translate("CityMapWidget", "postcodegebied {pc4}").format(pc4=cell.pc4))
        lines.append(translate("CityMapWidget", "Klik om alleen deze wijk te bekijken."))
        return "\n".join(lines)

    # ----------------------------------------------------------------- painting

    def resizeEvent(self, event: object) -> None:
        self._transform = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fbfcfc"))
        transform = self.transform()
        if transform is None or self._map is None:
            painter.setPen(QColor("#5c676c"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("CityMapWidget", "De kaart wordt geladen…"),
            )
            painter.end()
            return
        painted: set[str] = set()
        cell_pen = QPen(QColor(255, 255, 255, 200))
        cell_pen.setWidthF(0.8)
        fills = {code: self.fill_colour(code) for code in self.wijk_codes()}
        dim = QColor(255, 255, 255, 150)
        for cell, path in self._cell_paths:
            painter.setPen(cell_pen)
            painter.setBrush(QBrush(fills.get(cell.wijk_code, NO_FIGURES)))
            painter.drawPath(path)
            if self._selected is not None and cell.wijk_code != self._selected:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(dim)
                painter.drawPath(path)
            painted.add(cell.wijk_code)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        border = QPen(INK)
        border.setWidthF(1.3)
        border.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(border)
        for path in self._outline_paths.values():
            painter.drawPath(path)
        for code, width, style in (
            (self._hovered, 2.6, Qt.PenStyle.SolidLine),
            (self._keyboard if self.hasFocus() else None, 2.6, Qt.PenStyle.DashLine),
            (self._selected, 4.0, Qt.PenStyle.SolidLine),
        ):
            if code is not None and code in self._outline_paths:
                pen = QPen(INK, width, style, Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawPath(self._outline_paths[code])
        self._paint_labels(painter)
        self._paint_scale(painter, transform)
        painter.end()
        self.painted_wijken = painted

    def _paint_labels(self, painter: QPainter) -> None:
        """Each wijk's name and figures on a white card; a card that would cover
        another is moved a little and linked to its wijk by a thin line."""
        assert self._map is not None
        name_font = QFont(self.font())
        name_font.setBold(True)
        small_font = QFont(self.font())
        small_font.setPointSizeF(max(6.5, small_font.pointSizeF() * 0.85))
        name_metrics = QFontMetricsF(name_font)
        small_metrics = QFontMetricsF(small_font)
        placed: list[QRectF] = []
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        for code in self.wijk_codes():
            point = self.wijk_point(code)
            if point is None:
                continue
            name = self.wijk_name(code)
            cell = self.figures(code)
            figures = (
                translate("CityMapWidget", "{wacht} wacht · {vrij} vrij").format(
                    wacht=suppress(cell.waiting), vrij=format_int(cell.free_places)
                )
                if cell is not None
                else ""
            )
            width = max(
                name_metrics.horizontalAdvance(name), small_metrics.horizontalAdvance(figures)
            )
            height = name_metrics.height() + (small_metrics.height() if figures else 0)
            card = _place_card(point, width + 8, height + 4, placed, area)
            placed.append(card)
            if not card.contains(point):
                painter.setPen(QPen(INK, 1.0))
                painter.drawLine(point, _nearest_on(card, point))
                painter.setBrush(INK)
                painter.drawEllipse(point, 2.2, 2.2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(card, 3, 3)
            painter.setPen(INK)
            painter.setFont(name_font)
            name_rect = QRectF(card.left(), card.top() + 2, card.width(), name_metrics.height())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, name)
            if figures:
                painter.setFont(small_font)
                figures_rect = QRectF(
                    card.left(), name_rect.bottom(), card.width(), small_metrics.height()
                )
                painter.drawText(figures_rect, Qt.AlignmentFlag.AlignCenter, figures)

    def _paint_scale(self, painter: QPainter, transform: CanvasTransform) -> None:
        km = 2 if transform.scale * 2 < self.width() / 3 else 1
        length = km * transform.scale
        right = self.width() - MARGIN - 4
        bottom = self.height() - MARGIN - 4
        pen = QPen(INK, 1.5)
        painter.setPen(pen)
        painter.drawLine(QPointF(right - length, bottom), QPointF(right, bottom))
        for x in (right - length, right):
            painter.drawLine(QPointF(x, bottom - 4), QPointF(x, bottom + 1))
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.drawText(
            QRectF(right - length - 20, bottom - 20, length + 40, 16),
            Qt.AlignmentFlag.AlignCenter,
            translate("CityMapWidget", "{n} km").format(n=km),
        )
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(right - 40, MARGIN, 40, 18),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            translate("CityMapWidget", "N ↑"),
        )

    # ----------------------------------------------------------------- pointer

    def _set_hovered(self, code: str | None) -> None:
        if code != self._hovered:
            self._hovered = code
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if code else Qt.CursorShape.ArrowCursor
            )
            self.wijk_pointed.emit(code or "")
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        self._set_hovered(cell.wijk_code if cell is not None else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            cell = self.cell_at(event.position())
            if cell is not None:
                self._choose(cell.wijk_code)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def _choose(self, code: str) -> None:
        # Clicking the chosen wijk again goes back to all wijken.
        self.wijk_clicked.emit("" if code == self._selected else code)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ----------------------------------------------------------------- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        codes = self.wijk_codes()
        key = event.key()
        if codes and key in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Up,
        ):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            current = self._keyboard or self._selected
            index = codes.index(current) if current in codes else (-1 if step > 0 else 0)
            self._keyboard = codes[(index + step) % len(codes)]
            self.wijk_pointed.emit(self._keyboard)
            self._update_description()
            self.update()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._keyboard:
            self._choose(self._keyboard)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self._selected is not None:
            self.wijk_clicked.emit("")
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboard_wijk(self) -> str | None:
        return self._keyboard

    def _update_description(self) -> None:
        code = self._keyboard or self._selected
        if code is not None and self._map is not None:
            text = self.summary(code).replace("\n", "; ")
        else:
            text = translate(
                "CityMapWidget",
                "Kies een wijk met de pijltjestoetsen en Enter; Escape toont weer alle wijken.",
            )
        self.setAccessibleDescription(text)


def _overlap(rect: QRectF, others: list[QRectF]) -> float:
    total = 0.0
    for other in others:
        common = rect.intersected(other)
        if not common.isEmpty():
            total += common.width() * common.height()
    return total


def _place_card(
    point: QPointF, width: float, height: float, placed: list[QRectF], area: QRectF
) -> QRectF:
    """A card centred on ``point`` if it covers no card placed before; else the nearest
    shifted position that does not (or overlaps least), kept inside ``area``."""
    shifts = [(0.0, 0.0)]
    for step in (0.55, 1.1, 1.6):
        shifts += [(0.0, -step), (0.0, step), (-step, 0.0), (step, 0.0)]
    best: QRectF | None = None
    best_overlap = float("inf")
    for dx, dy in shifts:
        rect = QRectF(
            point.x() - width / 2 + dx * width, point.y() - height / 2 + dy * height, width, height
        )
        rect.moveLeft(min(max(rect.left(), area.left()), area.right() - width))
        rect.moveTop(min(max(rect.top(), area.top()), area.bottom() - height))
        overlap = _overlap(rect.adjusted(-2, -2, 2, 2), placed)
        if overlap == 0:
            return rect
        if overlap < best_overlap:
            best, best_overlap = rect, overlap
    assert best is not None
    return best


def _nearest_on(rect: QRectF, point: QPointF) -> QPointF:
    return QPointF(
        min(max(point.x(), rect.left()), rect.right()),
        min(max(point.y(), rect.top()), rect.bottom()),
    )


class MapLegend(QWidget):
    """What the colours mean, with how many wijken have each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(3)
        self.rows: dict[ShortageClass, QLabel] = {}
        for row, klass in enumerate(SHORTAGE_ORDER):
            swatch = QLabel(self)
            swatch.setFixedSize(16, 12)
            swatch.setStyleSheet(
                f"background: {SHORTAGE_COLOURS[klass]}; border: 1px solid #8a9599;"
            )
            text = QLabel(shortage_label(klass), self)
            text.setWordWrap(True)
            layout.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(text, row, 1)
            self.rows[klass] = text
        layout.setColumnStretch(1, 1)
        self.setAccessibleName(translate("MapLegend", "Legenda van de kaart"))

    def set_counts(self, counts: Mapping[ShortageClass, int]) -> None:
        """Write behind each colour how many wijken have it."""
        for klass, text in self.rows.items():
            n = counts.get(klass, 0)
            suffix = (
                translate("MapLegend", "1 wijk")
                if n == 1
                else translate("MapLegend", "{n} wijken").format(n=n)
            )
            text.setText(f"{shortage_label(klass)} ({suffix})")
        self.setAccessibleDescription("; ".join(t.text() for t in self.rows.values()))
