"""The tables of the Matching page: how they look, how they are filled and searched."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.validation import search_key
from utregs_plekkie.gui.matching.common import (
    translate,
)

#: Households found by a name search at most (a search should be more precise).
MAX_FOUND = 200
SEARCH_DEBOUNCE_MS = 200


def make_table(model: Any, name: str, accessible: str, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, keyboard-friendly, for ``model``."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    # Fitting a column to its contents looks at the first rows only: the rows of a
    # ranking are built when first shown, and thousands of them would stall the window.
    header.setResizeContentsPrecision(40)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def fit_columns(table: QTableView, widest: int = 260) -> None:
    """Columns as wide as their first rows, within reason (the last one stretches)."""
    model = table.model()
    if model is None:
        return
    for column in range(model.columnCount() - 1):
        table.resizeColumnToContents(column)
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)


def find_households(
    text: str,
    names: dict[int, str],
    limit: int = MAX_FOUND,
    folded: dict[int, str] | None = None,
) -> list[int]:
    """Households whose name contains every word of ``text`` (accents and case do not
    matter), or whose number is ``text``; sorted by name. ``folded``: the names already
    folded for searching (``PoolCache.folded``), which makes this fast."""
    stripped = text.strip()
    if not stripped:
        return []
    number = re.fullmatch(r"#?\s*(\d+)", stripped)
    if number is not None:
        household_id = int(number.group(1))
        exact = [household_id] if household_id in names else []
    else:
        exact = []
    words = search_key(stripped).split()
    keys = folded if folded is not None else {h: search_key(n) for h, n in names.items()}
    found = [
        household_id
        for household_id, key in keys.items()
        if words and household_id in names and all(word in key for word in words)
    ]
    found.sort(key=lambda h: (keys[h], h))
    return (exact + [h for h in found if h not in exact])[:limit]


def place_label(pc4: str | None) -> str:
    if not pc4:
        return translate("Matching", "onbekend")
    place = GeoIndex.default().lookup(pc4)
    return place.label if place is not None else pc4
