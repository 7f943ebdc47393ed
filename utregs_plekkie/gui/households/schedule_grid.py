"""The weekly schedule grid of an availability offer: 7 days x 4 day parts.

A real table model (:class:`ScheduleModel`) under a table view (:class:`ScheduleGrid`).
A click anywhere in a cell ticks or unticks it, and so does the space bar on the
current cell (arrow keys move); clicking a day's header or a day part's header flips
the whole column or row. Cells that active placements already use are shaded and say
so, because taking them away would leave a child without a place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import DayPart, label
from utregs_plekkie.core.schedule import DAYS, PARTS, Schedule, day_name, day_name_short

AnyIndex = QModelIndex | QPersistentModelIndex

_CHOSEN = QColor("#b9e0c6")
_USED = QColor("#f3dcc2")


class ScheduleModel(QAbstractTableModel):
    """Rows are day parts (ochtend … nacht), columns the days (maandag … zondag)."""

    schedule_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schedule = Schedule.empty()
        self._used = Schedule.empty()

    # ----------------------------------------------------------------- values

    def schedule(self) -> Schedule:
        return self._schedule

    def set_schedule(self, schedule: Schedule) -> None:
        self._schedule = schedule
        self._all_changed()

    def set_used(self, used: Schedule) -> None:
        """The cells active placements take (shown, not editable away silently)."""
        self._used = used
        self._all_changed()

    def _all_changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(len(PARTS) - 1, DAYS - 1))
        self.schedule_changed.emit(self._schedule)

    @staticmethod
    def cell(index: AnyIndex) -> tuple[int, DayPart]:
        return index.column(), PARTS[index.row()]

    def toggle(self, index: AnyIndex) -> None:
        if not index.isValid():
            return
        day, part = self.cell(index)
        self._schedule = self._schedule.with_cell(day, part, not self._schedule.has(day, part))
        self.dataChanged.emit(index, index)
        self.schedule_changed.emit(self._schedule)

    def toggle_day(self, day: int) -> None:
        on = not all(self._schedule.has(day, part) for part in PARTS)
        schedule = self._schedule
        for part in PARTS:
            schedule = schedule.with_cell(day, part, on)
        self.set_schedule(schedule)

    def toggle_part(self, row: int) -> None:
        part = PARTS[row]
        on = not all(self._schedule.has(day, part) for day in range(DAYS))
        schedule = self._schedule
        for day in range(DAYS):
            schedule = schedule.with_cell(day, part, on)
        self.set_schedule(schedule)

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PARTS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Not "user checkable": the view toggles on a click anywhere in the cell.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day, part = self.cell(index)
        chosen = self._schedule.has(day, part)
        used = self._used.has(day, part)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("bezet") if used else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if used:
                return QBrush(_USED)
            return QBrush(_CHOSEN) if chosen else None
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            state = self.tr("kan") if chosen else self.tr("kan niet")
            text = f"{day_name(day)} {label(part)}: {state}"
            if used:
                text += self.tr(" (bezet door een plaatsing)")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < DAYS:
            if role == Qt.ItemDataRole.DisplayRole:
                return day_name_short(section)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{day}: klik om de hele dag aan of uit te zetten").format(
                    day=day_name(section)
                )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(PARTS):
            if role == Qt.ItemDataRole.DisplayRole:
                return label(PARTS[section])
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr(
                    "{part}: klik om dit dagdeel op alle dagen aan of uit te zetten"
                ).format(part=label(PARTS[section]))
        return None


class ScheduleGrid(QTableView):
    """The grid: click a cell, or move with the arrows and press space."""

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule_model = model
        self.setModel(model)
        self.setObjectName("scheduleGrid")
        self.setAccessibleName(self.tr("Weekrooster"))
        self.setAccessibleDescription(
            self.tr(
                "Dagen van maandag tot zondag, dagdelen van ochtend tot nacht. Spatie zet "
                "het gekozen dagdeel aan of uit."
            )
        )
        # No selection colour: a highlighted cell would look "chosen". The current cell
        # shows its focus frame instead.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        horizontal.setSectionsClickable(True)
        horizontal.setHighlightSections(False)
        horizontal.sectionClicked.connect(model.toggle_day)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        vertical.setSectionsClickable(True)
        vertical.setHighlightSections(False)
        vertical.sectionClicked.connect(model.toggle_part)
        self.clicked.connect(model.toggle)
        height = (
            horizontal.sizeHint().height()
            + len(PARTS) * vertical.defaultSectionSize()
            + 2 * self.frameWidth()
            + 6
        )
        self.setFixedHeight(height)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("ochtend") + DAYS * 56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCurrentIndex(model.index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.schedule_model.toggle(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ScheduleEditor(QWidget):
    """The grid with quick choices and a sentence saying what is ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScheduleModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.grid = ScheduleGrid(self.model, self)
        layout.addWidget(self.grid)
        row = QHBoxLayout()
        row.setSpacing(6)
        for caption, schedule in (
            (self.tr("Hele week"), Schedule.full()),
            (self.tr("Weekend"), Schedule.weekend()),
            (self.tr("Wissen"), Schedule.empty()),
        ):
            button = QPushButton(caption, self)
            button.setAccessibleName(self.tr("Rooster: {choice}").format(choice=caption))
            button.clicked.connect(lambda _c=False, s=schedule: self.model.set_schedule(s))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("hintLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model.schedule_changed.connect(self._describe)
        self._describe(self.model.schedule())

    def schedule(self) -> Schedule:
        return self.model.schedule()

    def set_schedule(self, schedule: Schedule, used: Schedule | None = None) -> None:
        self.model.set_used(used or Schedule.empty())
        self.model.set_schedule(schedule)

    def _describe(self, schedule: object) -> None:
        assert isinstance(schedule, Schedule)
        text = self.tr("Gekozen: {cells}").format(cells=schedule.describe())
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
