"""The preview table of the import dialog: the first rows of the file with the outcome
each would have, rejected rows in red with their reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from utregs_plekkie.exchange.request_import import ImportPreview

translate = QCoreApplication.translate

_REJECTED = QColor("#fbe3e1")


def preview_caption(preview: ImportPreview) -> str:
    """E.g. "De eerste 20 rijen: 2 worden afgewezen (…)", with the file's notes."""
    notes = [n for n in preview.notes if "niet herkend" not in n]
    rejected = sum(1 for r in preview.rows if r.problem)
    caption = translate("RequestExchange", "De eerste {n} rijen").format(n=len(preview.rows))
    if rejected:
        caption += translate(
            "RequestExchange",
            ": {k} worden afgewezen (rood; de reden staat in de laatste kolom).",
        ).format(k=rejected)
    if notes:
        caption += " " + " ".join(notes)
    return caption


def fill_preview_table(table: QTableWidget, preview: ImportPreview, widest: int) -> None:
    """The rows with their outcome; no column wider than ``widest`` pixels."""
    sheet = preview.sheet
    table.clear()
    table.setColumnCount(len(sheet.headers) + 2)
    table.setHorizontalHeaderLabels(
        [
            translate("RequestExchange", "Rij"),
            *sheet.headers,
            translate("RequestExchange", "Uitkomst"),
        ]
    )
    table.setRowCount(len(preview.rows))
    for line, row in enumerate(preview.rows):
        outcome = (
            translate("RequestExchange", "afgewezen: {reason}").format(reason=row.problem)
            if row.problem
            else translate("RequestExchange", "wordt ingelezen")
        )
        cells = [str(row.row), *row.values, outcome]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(" ".join(text.split())[:120])
            item.setToolTip(text)
            if row.problem:
                item.setBackground(QBrush(_REJECTED))
                item.setForeground(QBrush(QColor("#1f2a30")))
            table.setItem(line, column, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        # Long cells are cut off (their tooltip has all); the outcome column last.
        table.setColumnWidth(column, min(table.columnWidth(column), widest))
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
