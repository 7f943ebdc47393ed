"""The preview step of the import dialog: what each column of the file will be read as
(recognised ones filled in, unknown ones in yellow, to choose), and the first rows with
the outcome each would have, rejected rows in red with their reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.exchange.mapping import ImportField, field_label
from utregs_plekkie.exchange.reading import SheetData
from utregs_plekkie.exchange.request_import import ImportPreview
from utregs_plekkie.gui.households.widgets import hint
from utregs_plekkie.storage import lists

translate = QCoreApplication.translate

_REJECTED = QColor("#fbe3e1")
_UNKNOWN = QColor("#fff2c6")
#: The combo box entry for "leave this column out".
SKIP = ""


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


class PreviewPage(QWidget):
    """Step 2 of the import: every column of the file with an example and what it will
    be read as, the first rows with their outcome, and what to do with duplicates."""

    #: The user chose another meaning for a column.
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        preview_layout = QVBoxLayout(self)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.file_info = hint("", self)
        self.file_info.setObjectName("fileInfo")
        preview_layout.addWidget(self.file_info)
        preview_layout.addWidget(
            hint(
                translate(
                    "RequestExchange",
                    "Kolommen: kies bij elke kolom wat erin staat. Herkende kolommen zijn al "
                    "ingevuld; geel zijn kolommen die niet herkend zijn.",
                ),
                self,
            )
        )
        self.mapping = QTableWidget(0, 3, self)
        self.mapping.setObjectName("mappingTable")
        self.mapping.setAccessibleName(translate("RequestExchange", "Kolommen van het bestand"))
        self.mapping.setHorizontalHeaderLabels(
            [
                translate("RequestExchange", "Kolom in het bestand"),
                translate("RequestExchange", "Voorbeeld (eerste rij)"),
                translate("RequestExchange", "Inlezen als"),
            ]
        )
        self.mapping.verticalHeader().hide()
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        preview_layout.addWidget(self.mapping, 3)
        self.problems = QLabel(self)
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.hide()
        preview_layout.addWidget(self.problems)
        self.preview_caption = hint("", self)
        preview_layout.addWidget(self.preview_caption)
        self.rows = QTableWidget(0, 0, self)
        self.rows.setObjectName("previewTable")
        self.rows.setAccessibleName(translate("RequestExchange", "Eerste rijen van het bestand"))
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(False)
        preview_layout.addWidget(self.rows, 2)
        duplicates = QHBoxLayout()
        duplicates.addWidget(
            QLabel(translate("RequestExchange", "Aanvragen die al bekend zijn:"), self)
        )
        self.skip_duplicates = QRadioButton(
            translate("RequestExchange", "overslaan (in het rapport)"), self
        )
        self.skip_duplicates.setObjectName("skipDuplicates")
        self.merge_duplicates = QRadioButton(
            translate("RequestExchange", "samenvoegen met de bestaande aanvraag"), self
        )
        self.merge_duplicates.setObjectName("mergeDuplicates")
        self.merge_duplicates.setToolTip(
            translate(
                "RequestExchange",
                "Lege velden van de bestaande aanvraag worden aangevuld; niets wordt overschreven",
            )
        )
        group = QButtonGroup(self)
        group.addButton(self.skip_duplicates)
        group.addButton(self.merge_duplicates)
        self.skip_duplicates.setChecked(True)
        duplicates.addWidget(self.skip_duplicates)
        duplicates.addWidget(self.merge_duplicates)
        duplicates.addStretch(1)
        preview_layout.addLayout(duplicates)

    def show_file(self, sheet: SheetData) -> None:
        """What the file is: its rows, kind, encoding and separator."""
        kind = "XLSX" if sheet.kind == "xlsx" else "CSV"
        details = [kind]
        if sheet.encoding:
            details.append(sheet.encoding)
        if sheet.delimiter:
            shown = {
                ";": translate("RequestExchange", "puntkomma"),
                ",": translate("RequestExchange", "komma"),
                "\t": translate("RequestExchange", "tab"),
            }.get(sheet.delimiter, sheet.delimiter)
            details.append(translate("RequestExchange", "gescheiden door {sep}").format(sep=shown))
        self.file_info.setText(
            translate("RequestExchange", "{name}: {rows} rijen met gegevens ({details}).").format(
                name=sheet.name,
                rows=lists.format_number(len(sheet.rows)),
                details=", ".join(details),
            )
        )

    def build_mapping(self, sheet: SheetData, preview: ImportPreview) -> None:
        self.mapping.setRowCount(len(sheet.headers))
        first = sheet.texts(sheet.rows[0]) if sheet.rows else [""] * len(sheet.headers)
        chosen = preview.mapping.fields
        for row, header in enumerate(sheet.headers):
            name = QTableWidgetItem(header)
            example = QTableWidgetItem(" ".join(first[row].split())[:80])
            example.setToolTip(first[row])
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"map_{row}")
            combo.setAccessibleName(
                translate("RequestExchange", "Kolom '{header}' inlezen als").format(header=header)
            )
            combo.addItem(translate("RequestExchange", "niet inlezen"), SKIP)
            for target in ImportField:
                combo.addItem(field_label(target), target.value)
            current = chosen.get(row)
            combo.setCurrentIndex(combo.findData(current.value if current else SKIP))
            if header in preview.mapping.unknown:
                for item in (name, example):
                    item.setBackground(QBrush(_UNKNOWN))
                    item.setForeground(QBrush(QColor("#1f2a30")))
                name.setToolTip(
                    translate(
                        "RequestExchange",
                        "Niet herkend: kies wat deze kolom bevat, of laat hem weg.",
                    )
                )
            self.mapping.setItem(row, 0, name)
            self.mapping.setItem(row, 1, example)
            self.mapping.setCellWidget(row, 2, combo)
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.combos[header] = combo
        self.mapping.resizeColumnsToContents()

    def overrides(self) -> dict[str, str | None]:
        """The user's mapping: every column, with its field or None (left out)."""
        return {header: (str(combo.currentData()) or None) for header, combo in self.combos.items()}

    def set_mapping(self, header: str, target: ImportField | None) -> None:
        """Choose what column ``header`` is read as (keyboard users and tests)."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(target.value if target else SKIP))

    def set_problems(self, problems: list[str]) -> None:
        self.problems.setText(" ".join(problems))
        self.problems.setAccessibleName(self.problems.text())
        self.problems.setVisible(bool(problems))

    def show_preview(self, preview: ImportPreview) -> bool:
        """Show the problems, the caption and the first rows of ``preview``; whether it
        can be imported as it is."""
        sheet = preview.sheet
        self.set_problems(list(preview.problems))
        self.preview_caption.setText(preview_caption(preview))
        fill_preview_table(self.rows, preview, self.fontMetrics().horizontalAdvance("M") * 18)
        if not sheet.rows:
            self.set_problems(
                [translate("RequestExchange", "Het bestand heeft geen rijen met gegevens.")]
            )
        return not preview.problems and bool(sheet.rows)

    def mapped_fields(self) -> dict[str, ImportField | None]:
        """What each column will be read as, as the page shows it now."""
        return {
            header: (ImportField(value) if (value := combo.currentData()) else None)
            for header, combo in self.combos.items()
        }
