"""The "vandaag" view: what is due or overdue today, across all families.

Three kinds of line come from ``storage.households.today_list``: next actions due
today or earlier, stages whose norm is exceeded, and screening (reminders 60 and 30
days ahead, expired checks, renewals, missing checks). The list is computed in the
background (on a large demo database it holds tens of thousands of lines and takes
a second or two); the table then shows it 500 lines at a time as it is scrolled, and
narrows it by kind or to what is late without asking the database again. Enter or a
double click opens the family.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import label
from utregs_plekkie.core.pipeline import TodayItem, TodayKind, today_kind_label
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, format_date
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.households import today_list

AnyIndex = QModelIndex | QPersistentModelIndex

#: Lines added to the table per step while scrolling.
PAGE = 500
_LATE = QColor("#b3261e")


class TodayModel(QAbstractTableModel):
    """The lines of the "vandaag" list, shown a page at a time."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[TodayItem] = []
        self._items: list[TodayItem] = []
        self._shown = 0
        self._kind: TodayKind | None = None
        self._late_only = False
        self.today = clock.today()

    # ----------------------------------------------------------------- contents

    def set_items(self, items: list[TodayItem], today: date) -> None:
        self._all = list(items)
        self.today = today
        self._apply()

    def set_filter(self, kind: TodayKind | None, late_only: bool) -> None:
        self._kind, self._late_only = kind, late_only
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._items = [
            item
            for item in self._all
            if (self._kind is None or item.kind == self._kind)
            and (not self._late_only or item.overdue)
        ]
        self._shown = min(PAGE, len(self._items))
        self.endResetModel()

    def item(self, row: int) -> TodayItem | None:
        return self._items[row] if 0 <= row < self._shown else None

    @property
    def total(self) -> int:
        """Lines matching the filter (shown or still to be scrolled to)."""
        return len(self._items)

    @property
    def all_count(self) -> int:
        return len(self._all)

    def late_count(self) -> int:
        return sum(1 for item in self._items if item.overdue)

    # ----------------------------------------------------------------- paging

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._items)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = min(PAGE, len(self._items) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # ----------------------------------------------------------------- Qt model

    def _headers(self) -> list[str]:
        return [
            self.tr("Uiterlijk"),
            self.tr("Gezin"),
            self.tr("Wat te doen"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def _when(self, item: TodayItem) -> str:
        """The date with how late it is, in words (tooltip and screen readers)."""
        when = format_date(item.due_on)
        if item.overdue:
            days = (self.today - item.due_on).days
            late = self.tr("1 dag te laat") if days == 1 else self.tr("{n} dagen te laat")
            return f"{when}, {late.format(n=days)}"
        if item.due_on == self.today:
            return self.tr("{date}, vandaag").format(date=when)
        return when

    def _cell(self, item: TodayItem, column: int) -> str:
        if column == 0:
            return format_date(item.due_on)
        if column == 1:
            return item.household_name
        kind = today_kind_label(item.kind)
        return f"{kind[:1].upper()}{kind[1:]}: {item.text}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item, index.column())
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return self._when(item)
            if index.column() == 1:
                return self.tr("{name}, fase {stage}").format(
                    name=item.household_name, stage=label(item.stage)
                )
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and index.column() == 0:
            return _LATE
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._headers()[section]
        return None


class TodayTable(QTableView):
    """Enter opens the family of the current line."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            model = self.model()
            index = self.currentIndex()
            if isinstance(model, TodayModel) and index.isValid():
                item = model.item(index.row())
                if item is not None:
                    self.open_requested.emit(item.household_id)
                    event.accept()
                    return
        super().keyPressEvent(event)


class TodayView(QWidget):
    """The "vandaag" list with its filters; chosen lines open their family."""

    #: A line was chosen: the family's id.
    household_chosen = Signal(int)
    #: Loading started or ended.
    busy_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.loading = False
        self.loaded_once = False
        self._loads = LatestOnly(owner=self)
        self.setObjectName("todayView")
        self.setAccessibleName(self.tr("Vandaag: wat nu moet gebeuren"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        bar = FlowLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort"))
        self.kind.addItem(self.tr("Alles"), None)
        for kind in TodayKind:
            caption = today_kind_label(kind)
            self.kind.addItem(caption[:1].upper() + caption[1:], kind.value)
        self.late_only = QCheckBox(self.tr("Alleen wat te laat is"), self)
        self.refresh_button = QPushButton(self.tr("Vernieuwen"), self)
        self.refresh_button.setAccessibleName(self.tr("Lijst 'vandaag' vernieuwen"))
        self.refresh_button.clicked.connect(self.load)
        self.summary = QLabel(self)
        self.summary.setObjectName("hintLabel")
        bar.addWidget(self.kind)
        bar.addWidget(self.late_only)
        bar.addWidget(self.summary)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.model = TodayModel(self)
        self.table = TodayTable(self.stack)
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Vandaag: acties, normen en VGB/VOG"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("00-00-0000", "Familie Van den Berg")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self.household_chosen)
        self.message = QLabel(self.stack)
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.kind.currentIndexChanged.connect(self._filter)
        self.late_only.toggled.connect(self._filter)

    def load(self) -> None:
        """Compute the list again, in the background."""
        self.loading = True
        self.busy_changed.emit()
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Laden…"))
        if self.model.all_count == 0:
            self.message.setText(self.tr("Laden…"))
            self.stack.setCurrentWidget(self.message)
        db = self.db
        day = self.ctx.today()

        def arrived(items: list[TodayItem]) -> None:
            self.loading = False
            self.loaded_once = True
            self.refresh_button.setEnabled(True)
            self.model.set_items(items, day)
            self._show_state()
            self.busy_changed.emit()

        def failed(error: BaseException) -> None:
            self.loading = False
            self.refresh_button.setEnabled(True)
            self.summary.clear()
            self.busy_changed.emit()
            report_failure(error, self)

        self._loads.run(lambda: today_list(db, day), on_success=arrived, on_failure=failed)

    def ensure_loaded(self) -> None:
        if not self.loaded_once and not self.loading:
            self.load()

    def _filter(self) -> None:
        value = self.kind.currentData()
        self.model.set_filter(TodayKind(str(value)) if value else None, self.late_only.isChecked())
        self._show_state()

    def _show_state(self) -> None:
        total = self.model.total
        if total == 0:
            text = (
                self.tr("Niets te doen voor vandaag: alle acties, normen en VGB/VOG's zijn bij.")
                if self.model.all_count == 0
                else self.tr("Met deze keuze is er niets te doen. Kies 'Alles' om de rest te zien.")
            )
            self.message.setText(text)
            self.message.setAccessibleName(text)
            self.stack.setCurrentWidget(self.message)
        else:
            self.stack.setCurrentWidget(self.table)
        summary = self.tr("{total} regels, waarvan {late} te laat").format(
            total=lists.format_number(total), late=lists.format_number(self.model.late_count())
        )
        self.summary.setText(summary)
        self.summary.setAccessibleName(summary)

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.household_chosen.emit(item.household_id)
