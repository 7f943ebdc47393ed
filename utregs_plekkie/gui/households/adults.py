"""The "Volwassenen en VGB/VOG" tab: every adult with the state of their screening.

One row per adult: the check the family's route needs (VGB for foster parents, VOG
for support parents), when it was requested, issued and until when it is valid, and
what to do, in the words of ``core.pipeline`` ("verloopt binnenkort", reminders 60 and
30 days ahead, "verlopen", "moet vernieuwd worden"). Colour repeats what the text
says; it is never the only sign.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import HouseholdRoute, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.pipeline import (
    AdultScreeningStatus,
    CheckState,
    check_state_label,
    required_check,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.dialogs import AdultDialog, CheckDialog
from utregs_plekkie.gui.households.widgets import (
    FlowLayout,
    MessageBar,
    format_date,
    hint,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.households import HouseholdDetail, remove_adult

AnyIndex = QModelIndex | QPersistentModelIndex

_RED = QColor("#b3261e")
_ORANGE = QColor("#9a5b00")
_GREEN = QColor("#2e7d4a")


def state_text(status: AdultScreeningStatus) -> str:
    text = check_state_label(status.state)
    if status.reminder is not None:
        text = QCoreApplication.translate(
            "ScreeningModel", "{state} (herinnering {days} dagen)"
        ).format(state=text, days=status.reminder)
    return text


class ScreeningModel(QAbstractTableModel):
    """Adults and their screening, judged today."""

    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[m.Adult, AdultScreeningStatus | None]] = []

    def set_detail(self, detail: HouseholdDetail) -> None:
        by_adult = {s.adult_id: s for s in detail.screening}
        self.beginResetModel()
        self._rows = [(a, by_adult.get(a.id)) for a in detail.household.adults]
        self.endResetModel()

    def adult(self, row: int) -> m.Adult | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def status(self, row: int) -> AdultScreeningStatus | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def _headers(self) -> list[str]:
        return [
            self.tr("Volwassene"),
            self.tr("Nodig"),
            self.tr("Stand"),
            self.tr("Aangevraagd"),
            self.tr("Afgegeven"),
            self.tr("Geldig t/m"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def _cell(self, adult: m.Adult, status: AdultScreeningStatus | None, column: int) -> str:
        check = status.check if status else None
        if column == 0:
            moved = (
                self.tr(" (woont er sinds {date})").format(date=format_date(adult.moved_in_on))
                if adult.moved_in_on
                else ""
            )
            return adult.full_name + moved
        if column == 1:
            return label(status.required) if status else ""
        if column == 2:
            return state_text(status) if status else ""
        if column == 3:
            return format_date(check.requested_on) if check else ""
        if column == 4:
            return format_date(check.issued_on) if check else ""
        if column == 5:
            if check is None or check.issued_on is None:
                return ""
            if check.expires_on is not None:
                return format_date(check.expires_on)
            if status and status.deadline:
                return self.tr("{date} (standaard)").format(
                    date=format_date(status.deadline - timedelta(days=1))
                )
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        adult, status = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(adult, status, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return status.message if status else None
        if role == Qt.ItemDataRole.ForegroundRole and status and index.column() in (2, 5):
            if status.blocks_available:
                return _RED
            if status.state == CheckState.VERLOOPT:
                return _ORANGE
            if status.state == CheckState.GELDIG and index.column() == 2:
                return _GREEN
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


class AdultsPanel(QWidget):
    """The adults of a family and their VGB or VOG, with buttons to record them."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.detail: HouseholdDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        self.intro = hint("", self)
        layout.addWidget(self.intro)
        self.model = ScreeningModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("screeningTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Volwassenen en hun VGB of VOG"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.record_check())
        layout.addWidget(self.table, 1)
        # What to do per adult, in full sentences (the table has no room for them).
        self.messages = QLabel(self)
        self.messages.setObjectName("screeningMessages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.RichText)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.messages)

        buttons = FlowLayout()
        self.add_button = QPushButton(self.tr("Volwassene toevoegen…"), self)
        self.add_button.clicked.connect(self.add_adult)
        self.edit_button = QPushButton(self.tr("Wijzigen…"), self)
        self.edit_button.setAccessibleName(self.tr("Gekozen volwassene wijzigen"))
        self.edit_button.clicked.connect(self.edit_adult)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Gekozen volwassene verwijderen"))
        self.remove_button.clicked.connect(self.remove_adult)
        self.check_button = QPushButton(self.tr("VGB/VOG vastleggen…"), self)
        self.check_button.setToolTip(
            self.tr("Een nieuwe aanvraag of afgifte vastleggen voor de gekozen volwassene")
        )
        self.check_button.clicked.connect(self.add_check)
        self.edit_check_button = QPushButton(self.tr("VGB/VOG bijwerken…"), self)
        self.edit_check_button.setToolTip(
            self.tr("De laatste VGB of VOG van de gekozen volwassene aanvullen of verbeteren")
        )
        self.edit_check_button.clicked.connect(self.record_check)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.edit_check_button)
        layout.addLayout(buttons)
        self.dialog: AdultDialog | CheckDialog | None = None

    def show_detail(self, detail: HouseholdDetail) -> None:
        selected = self.selected()
        self.detail = detail
        self.model.set_detail(detail)
        route: HouseholdRoute = detail.household.route
        self.intro.setText(
            self.tr(
                "Voor iedere volwassene van dit {route}sgezin is een {kind} nodig. "
                "Herinneringen komen 60 en 30 dagen voordat een verklaring niet meer telt."
            ).format(route=label(route), kind=label(required_check(route)))
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, 200))
        self._show_messages(detail)
        has_adults = bool(detail.household.adults)
        for button in (
            self.edit_button,
            self.remove_button,
            self.check_button,
            self.edit_check_button,
        ):
            button.setEnabled(has_adults)
        row = 0
        if selected is not None:
            row = next((i for i, a in enumerate(detail.household.adults) if a.id == selected.id), 0)
        if has_adults:
            self.table.selectRow(row)

    def _show_messages(self, detail: HouseholdDetail) -> None:
        lines = []
        plain = []
        for status in detail.screening:
            colour = (
                "#b3261e"
                if status.blocks_available
                else "#9a5b00"
                if status.state == CheckState.VERLOOPT
                else "#2e7d4a"
            )
            lines.append(f'<p style="color:{colour}; margin:2px 0">{escape(status.message)}</p>')
            plain.append(status.message)
        if not detail.household.adults:
            text = self.tr(
                "Nog geen volwassenen ingevuld. Voeg ze toe: voor iedereen is een {kind} nodig."
            ).format(kind=label(required_check(detail.household.route)))
            lines, plain = [f"<p>{escape(text)}</p>"], [text]
        self.messages.setText("".join(lines))
        self.messages.setAccessibleName(" ".join(plain))

    def message_texts(self) -> str:
        """The sentences shown under the table, as plain text."""
        return self.messages.accessibleName()

    def selected(self) -> m.Adult | None:
        index = self.table.currentIndex()
        return self.model.adult(index.row()) if index.isValid() else None

    def _open(self, dialog: AdultDialog | CheckDialog) -> AdultDialog | CheckDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self.changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _need_adult(self) -> m.Adult | None:
        adult = self.selected()
        if adult is None:
            self.bar.show_message(self.tr("Kies eerst een volwassene in de lijst."), "info")
        return adult

    def add_adult(self) -> AdultDialog | None:
        if self.detail is None:
            return None
        dialog = AdultDialog(self.ctx, self.detail.household.id, None, self)
        self._open(dialog)
        return dialog

    def edit_adult(self) -> AdultDialog | None:
        adult = self._need_adult()
        if adult is None or self.detail is None:
            return None
        dialog = AdultDialog(self.ctx, self.detail.household.id, adult, self)
        self._open(dialog)
        return dialog

    def add_check(self) -> CheckDialog | None:
        adult = self._need_adult()
        if adult is None or self.detail is None:
            return None
        household = self.detail.household
        dialog = CheckDialog(self.ctx, household.id, adult, household.route, None, self)
        self._open(dialog)
        return dialog

    def record_check(self) -> CheckDialog | None:
        """Edit the check the adult's state rests on, or record a first one."""
        adult = self._need_adult()
        if adult is None or self.detail is None:
            return None
        status = self.model.status(self.table.currentIndex().row())
        check_id = status.check.check_id if status and status.check else None
        check = next((c for c in adult.checks if c.id == check_id), None)
        household = self.detail.household
        dialog = CheckDialog(self.ctx, household.id, adult, household.route, check, self)
        self._open(dialog)
        return dialog

    def remove_adult(self) -> None:
        adult = self._need_adult()
        if adult is None:
            return
        self.bar.show_message(
            self.tr(
                "{name} verwijderen uit dit gezin, met zijn of haar VGB/VOG? Dat kan niet "
                "ongedaan worden."
            ).format(name=adult.full_name),
            "warning",
            [
                (self.tr("Ja, verwijderen"), lambda: self._remove(adult)),
                (self.tr("Niet verwijderen"), self.bar.dismiss),
            ],
        )

    def _remove(self, adult: m.Adult) -> None:
        actor = self.ctx.actor
        db, adult_id, version = self.db, adult.id, adult.version

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        def done(_none: None) -> None:
            self.bar.dismiss()
            self.changed.emit()

        run_in_background(
            lambda: remove_adult(db, adult_id, version, actor=actor),
            owner=self,
            on_success=done,
            on_failure=failed,
        )
