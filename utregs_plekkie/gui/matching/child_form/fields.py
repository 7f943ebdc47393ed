"""The input widgets of the child form that Qt does not have: a set of tick boxes and a
birth month (month and year, no day)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.storage.children import (
    MAX_AGE_YEARS,
)


class MultiSelect(QWidget):
    """Check boxes for ``(value, caption)`` pairs in a fixed number of columns (Tab and
    space work as everywhere); what is ticked is ``values()``."""

    changed = Signal()

    def __init__(
        self, items: list[tuple[str, str]], columns: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(items) + columns - 1) // columns
        for index, (value, caption) in enumerate(items):
            box = QCheckBox(caption, self)
            box.setObjectName(f"{name}_{value}")
            box.toggled.connect(self.changed)
            # Down the columns first, so the list reads from top to bottom.
            grid.addWidget(box, index % rows, index // rows)
            self.boxes[value] = box
        grid.setColumnStretch(columns, 1)

    def values(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: list[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)


class BirthMonthPicker(QWidget):
    """A month and a year, both chosen from a list (keyboard: type or arrow keys)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.month = QComboBox(self)
        self.month.setObjectName("birthMonth")
        self.month.setAccessibleName(self.tr("Geboortemaand: maand"))
        self.month.addItem(self.tr("maand…"), 0)
        for number, name in enumerate(self.month_names(), start=1):
            self.month.addItem(name, number)
        self.year = QComboBox(self)
        self.year.setObjectName("birthYear")
        self.year.setAccessibleName(self.tr("Geboortemaand: jaar"))
        self.year.addItem(self.tr("jaar…"), 0)
        this_year = clock.today().year
        for year in range(this_year, this_year - MAX_AGE_YEARS - 1, -1):
            self.year.addItem(str(year), year)
        layout.addWidget(self.month)
        layout.addWidget(self.year)
        layout.addStretch(1)
        self.month.currentIndexChanged.connect(self.changed)
        self.year.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.month)

    def month_names(self) -> list[str]:
        return [
            self.tr("januari"),
            self.tr("februari"),
            self.tr("maart"),
            self.tr("april"),
            self.tr("mei"),
            self.tr("juni"),
            self.tr("juli"),
            self.tr("augustus"),
            self.tr("september"),
            self.tr("oktober"),
            self.tr("november"),
            self.tr("december"),
        ]

    def value(self) -> date | None:
        """The first of the chosen month; None when nothing is chosen; a
        :class:`ValidationError` when only one of month and year is."""
        month = int(self.month.currentData() or 0)
        year = int(self.year.currentData() or 0)
        if not month and not year:
            return None
        if not month or not year:
            raise ValidationError(
                self.tr("Kies zowel de maand als het jaar van de geboorte."), field="birth_month"
            )
        return date(year, month, 1)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.month.setCurrentIndex(0)
            self.year.setCurrentIndex(0)
            return
        if self.year.findData(value.year) < 0:
            self.year.addItem(str(value.year), value.year)
        self.month.setCurrentIndex(value.month)
        self.year.setCurrentIndex(self.year.findData(value.year))


def _combo(parent: QWidget, items: list[tuple[str, Any]], name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for caption, value in items:
        combo.addItem(caption, value)
    return combo


def _select(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
