"""A table of figures (:class:`~utregs_plekkie.core.overview.FigureTable`) on the page.

The cells are the texts :func:`~utregs_plekkie.core.overview.overview_tables` made
("<5" for small numbers of children included), so the page shows exactly what the
report and the exports show. A table is as tall as its rows: the tab scrolls, not the
table.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.overview import Cell, FigureTable, suppression_note

__all__ = ["FigureTableModel", "FigureTableView", "TableBox", "keep_rows", "wrap_header"]

AnyIndex = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: Header words per line, so long column titles wrap instead of widening the table.
HEADER_WIDTH = 13


def wrap_header(title: str, width: int = HEADER_WIDTH) -> str:
    """``"doorgegaan (aantal achter de mediaan)"`` over two or three lines."""
    return "\n".join(textwrap.wrap(title, width, break_long_words=False)) or title


def keep_rows(table: FigureTable, keep: Callable[[tuple[Cell, ...]], bool]) -> FigureTable:
    """The table with only the rows ``keep`` accepts (totals stay marked)."""
    kept: list[tuple[Cell, ...]] = []
    totals: set[int] = set()
    for index, row in enumerate(table.rows):
        if keep(row):
            if index in table.total_rows:
                totals.add(len(kept))
            kept.append(row)
    return dataclasses.replace(table, rows=tuple(kept), total_rows=frozenset(totals))


class FigureTableModel(QAbstractTableModel):
    """The cells of one figure table, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: FigureTable | None = None

    @property
    def table(self) -> FigureTable | None:
        return self._table

    def set_table(self, table: FigureTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        assert self._table is not None
        return self._table.rows[row][column]

    def texts(self) -> list[list[str]]:
        """Every cell's text, row by row (what the user reads)."""
        if self._table is None:
            return []
        return [[c.text for c in row] for row in self._table.rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if cell.kind == "text" else _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() in self._table.total_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and cell.suppressed:
            return suppression_note()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._table.columns[index.column()]}: {cell.text}"
        if role == Qt.ItemDataRole.UserRole:
            return cell.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._table is None:
            return None
        if not 0 <= section < len(self._table.columns):
            return None
        title = self._table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrap_header(title)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Like the column's figures: text on the left, numbers on the right.
            rows = self._table.rows
            text = section == 0 or (bool(rows) and rows[0][section].kind == "text")
            return _LEFT if text else _RIGHT
        return None


class FigureTableView(QTableView):
    """A table view as tall as its rows and as wide as its columns need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = FigureTableModel(self)
        self.setModel(self.figures)
        self.setObjectName("figureTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves on to the next control; arrows move within the table.
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(_LEFT)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_table(self, table: FigureTable | None) -> None:
        self.figures.set_table(table)
        self.setAccessibleName(table.title if table is not None else "")
        self.resizeColumnsToContents()
        metrics = self.fontMetrics()
        minimum = metrics.horizontalAdvance("00.000") + 16
        for column in range(self.figures.columnCount()):
            self.setColumnWidth(column, max(self.columnWidth(column) + 6, minimum))
        self._fit()

    def natural_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.figures.columnCount())) + (
            2 * self.frameWidth()
        )

    def _fit(self) -> None:
        rows = self.figures.rowCount()
        header = self.horizontalHeader().sizeHint().height()
        height = header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible() or self.natural_width() > self.width() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)
        self.setMaximumWidth(self.natural_width())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()


class TableBox(QFrame):
    """A table with its title above and its note (how to read it) below."""

    def __init__(self, parent: QWidget | None = None, *, above: str = "") -> None:
        super().__init__(parent)
        #: the title of what the table sits under; the same title is not repeated
        self.above = above
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel(self)
        self.title.setObjectName("tableTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.view = FigureTableView(self)
        self.note = QLabel(self)
        self.note.setObjectName("hintLabel")
        self.note.setWordWrap(True)
        self.empty = QLabel(
            QCoreApplication.translate("TableBox", "Geen cijfers in deze periode."), self
        )
        self.empty.setObjectName("hintLabel")
        self.empty.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)

    def set_table(self, table: FigureTable | None, empty_text: str | None = None) -> None:
        self.view.set_table(table)
        self.title.setText(table.title if table is not None else "")
        self.title.setAccessibleName(self.title.text())
        self.title.setVisible(bool(self.title.text()) and self.title.text() != self.above)
        note = table.note if table is not None else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        has_rows = table is not None and bool(table.rows)
        self.view.setVisible(has_rows)
        if empty_text is not None:
            self.empty.setText(empty_text)
        self.empty.setVisible(table is not None and not has_rows)

    def texts(self) -> list[list[str]]:
        return self.view.figures.texts()
