"""Beheer → Logboek (audittrail)…: who did what, when, to which record.

Read-only by design: the table has no editable cells and the dialog no button that
changes a line (the database refuses it anyway). Filters (who, what, which part,
record number, period, text) go to ``storage.audit.query_audit`` one page of
``PAGE_SIZE`` lines at a time, newest first, in the background; "Exporteren…" writes
what the filters select as CSV (Excel) or JSON through ``export_audit``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, Permission, may
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import LatestOnly, Operation, run_operation
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import audit, users
from utregs_plekkie.storage.audit import AuditFilter, AuditRow
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.lists import format_number

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


def entity_names() -> dict[str, str]:
    """The parts of the program as the audit trail names them, in Dutch."""
    t = QCoreApplication.translate
    return {
        "info_requests": t("trust", "aanvragen"),
        "households": t("trust", "gezinnen"),
        "household_adults": t("trust", "volwassenen van gezinnen"),
        "screening_checks": t("trust", "screenings (VOG/VGB)"),
        "availability_offers": t("trust", "aanbod van gezinnen"),
        "children": t("trust", "kinderen"),
        "sibling_groups": t("trust", "broers en zussen"),
        "match_proposals": t("trust", "voorstellen (matching)"),
        "placements": t("trust", "plaatsingen"),
        "events": t("trust", "evenementen"),
        "event_registrations": t("trust", "aanmeldingen voor evenementen"),
        "consent_texts": t("trust", "privacyteksten"),
        "users": t("trust", "gebruikers en aanmelden"),
        "settings": t("trust", "instellingen"),
        "audit_entries": t("trust", "logboek"),
        "database": t("trust", "database (backups)"),
    }


class AuditModel(QAbstractTableModel):
    """One page of audit lines; nothing in it can be edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self._names = entity_names()

    def headers(self) -> list[str]:
        return [
            self.tr("Tijdstip"),
            self.tr("Gebruiker"),
            self.tr("Actie"),
            self.tr("Onderdeel"),
            self.tr("Record"),
            self.tr("Details"),
        ]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Selectable (to copy a line), never editable.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def values(self, row: int) -> list[str]:
        line = self.rows[row]
        return [
            line.at.strftime("%d-%m-%Y %H:%M:%S"),
            line.username,
            label(line.action),
            self._names.get(line.entity, line.entity),
            "" if line.entity_id is None else str(line.entity_id),
            line.detail,
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.values(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditViewer(FittingDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.offset = 0
        self.total = 0
        # A newer filter or page replaces an outdated one (gui.operations).
        self._load = LatestOnly(owner=self)
        self._exporting: Operation | None = None
        self.setObjectName("auditViewer")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Logboek (audittrail)"))
        self.resize(1100, 680)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Logboek"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Wie wat wanneer heeft bekeken, gewijzigd, samengevoegd, geëxporteerd, "
                    "afgedrukt, geïmporteerd of verwijderd. Het logboek kan door niemand worden "
                    "gewijzigd; het bevat nummers, geen namen of adressen."
                ),
                self,
            )
        )

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.who = QLineEdit(self)
        self.who.setObjectName("filterWho")
        self.who.setAccessibleName(self.tr("Gebruiker"))
        self.who.setPlaceholderText(self.tr("iedereen (of typ een gebruikersnaam)"))
        self.who.setClearButtonEnabled(True)
        self.who.setMaxLength(80)
        self.what = QComboBox(self)
        self.what.setObjectName("filterWhat")
        self.what.setAccessibleName(self.tr("Actie"))
        self.what.addItem(self.tr("alle acties"), None)
        for action in AuditAction:
            self.what.addItem(label(action), action)
        self.entity = QComboBox(self)
        self.entity.setObjectName("filterEntity")
        self.entity.setAccessibleName(self.tr("Onderdeel"))
        self.entity.addItem(self.tr("alle onderdelen"), None)
        for key, name in entity_names().items():
            self.entity.addItem(name, key)
        self.record = QLineEdit(self)
        self.record.setObjectName("filterRecord")
        self.record.setPlaceholderText(self.tr("nummer"))
        self.record.setAccessibleName(self.tr("Recordnummer"))
        self.record.setMaxLength(12)
        self.use_from = QCheckBox(self.tr("van"), self)
        self.use_from.setObjectName("filterUseFrom")
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("filterFrom")
        self.use_until = QCheckBox(self.tr("tot en met"), self)
        self.use_until.setObjectName("filterUseUntil")
        self.date_until = QDateEdit(self)
        self.date_until.setObjectName("filterUntil")
        today = clock.today()
        for edit, value, name in (
            (self.date_from, today.replace(day=1), self.tr("Periode vanaf")),
            (self.date_until, today, self.tr("Periode tot en met")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.setEnabled(False)
            edit.setAccessibleName(name)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_until.toggled.connect(self.date_until.setEnabled)
        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(self.tr("tekst in de details"))
        self.text.setAccessibleName(self.tr("Tekst in de details"))
        self.text.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Filters &wissen"), self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)

        def caption(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            return widget

        grid.addWidget(caption(self.tr("&Wie:"), self.who), 0, 0)
        grid.addWidget(self.who, 0, 1)
        grid.addWidget(caption(self.tr("W&at:"), self.what), 0, 2)
        grid.addWidget(self.what, 0, 3)
        grid.addWidget(caption(self.tr("&Onderdeel:"), self.entity), 0, 4)
        grid.addWidget(self.entity, 0, 5)
        grid.addWidget(caption(self.tr("&Record:"), self.record), 0, 6)
        grid.addWidget(self.record, 0, 7)
        period = QHBoxLayout()
        period.addWidget(self.use_from)
        period.addWidget(self.date_from)
        period.addWidget(self.use_until)
        period.addWidget(self.date_until)
        period.addStretch(1)
        grid.addWidget(QLabel(self.tr("Periode:"), self), 1, 0)
        grid.addLayout(period, 1, 1, 1, 3)
        grid.addWidget(caption(self.tr("&Tekst:"), self.text), 1, 4)
        grid.addWidget(self.text, 1, 5, 1, 2)
        grid.addWidget(self.clear_button, 1, 7)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 2)
        outer.addLayout(grid)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Regels van het logboek"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        outer.addWidget(self.table, 1)

        self.message = status_label(self)
        outer.addWidget(self.message)
        self.export_message = status_label(self)
        self.export_message.setObjectName("exportMessage")
        outer.addWidget(self.export_message)

        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Nieuwere"), self)
        self.previous_button.setObjectName("previousPage")
        self.previous_button.setToolTip(
            self.tr("De vorige {n} regels (nieuwer)").format(n=PAGE_SIZE)
        )
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("&Oudere ▶"), self)
        self.next_button.setObjectName("nextPage")
        self.next_button.setToolTip(self.tr("De volgende {n} regels (ouder)").format(n=PAGE_SIZE))
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.export_button = QPushButton(self.tr("&Exporteren (CSV/JSON)…"), self)
        self.export_button.setObjectName("exportAudit")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(may(actor, Permission.EXPORT))
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.reject)
        for button in (self.previous_button, self.next_button, self.export_button, close):
            button.setAutoDefault(False)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.page_label, 1)
        row.addWidget(self.export_button)
        row.addWidget(close)
        outer.addLayout(row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.search)
        for signal in (
            self.who.textChanged,
            self.record.textChanged,
            self.text.textChanged,
        ):
            signal.connect(self._debounce.start)
        for signal in (
            self.what.currentIndexChanged,
            self.entity.currentIndexChanged,
            self.use_from.toggled,
            self.use_until.toggled,
            self.date_from.dateChanged,
            self.date_until.dateChanged,
        ):
            signal.connect(self._debounce.start)
        self._load_usernames()
        self.search()

    # ----------------------------------------------------------------- filters

    def _load_usernames(self) -> None:
        if not may(self.actor, Permission.MANAGE_USERS):
            return
        db, actor = self.db, self.actor

        def arrived(found: list[users.UserInfo]) -> None:
            completer = QCompleter([user.username for user in found], self.who)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.who.setCompleter(completer)

        run_in_background(
            lambda: users.list_users(db, actor),
            owner=self,
            on_success=arrived,
            on_failure=lambda _e: None,
        )

    def current_filter(self) -> AuditFilter:
        who = self.who.text().strip()
        record_text = self.record.text().strip()
        record_id = int(record_text) if record_text.isdigit() else None

        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        return AuditFilter(
            username=who or None,
            action=self.what.currentData(),
            entity=self.entity.currentData(),
            entity_id=record_id,
            since=day(self.date_from) if self.use_from.isChecked() else None,
            until=day(self.date_until) if self.use_until.isChecked() else None,
            text=self.text.text().strip() or None,
        )

    def clear_filters(self) -> None:
        self.who.clear()
        self.what.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.record.clear()
        self.use_from.setChecked(False)
        self.use_until.setChecked(False)
        self.text.clear()
        self.search()

    # ----------------------------------------------------------------- loading

    def search(self) -> None:
        self._debounce.stop()
        record_text = self.record.text().strip()
        if record_text and not record_text.isdigit():
            set_level(self.message, "error", self.tr("Een recordnummer bestaat uit cijfers."))
            return
        self.offset = 0
        self.load()

    def load(self) -> None:
        db, actor, flt, offset = self.db, self.actor, self.current_filter(), self.offset

        def work() -> tuple[int, list[AuditRow]]:
            total = audit.count_audit(db, actor, flt)
            return total, audit.query_audit(db, actor, flt, limit=PAGE_SIZE, offset=offset)

        def arrived(result: tuple[int, list[AuditRow]]) -> None:
            self.total, rows = result
            self.model.set_rows(rows)
            if rows:
                self.table.resizeColumnsToContents()
                for column in range(self.model.columnCount() - 1):
                    self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
            set_level(
                self.message,
                "info",
                "" if rows else self.tr("Geen regels gevonden met deze filters."),
            )
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self._update_buttons()
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        self._load.run(work, on_success=arrived, on_failure=failed)
        set_level(self.message, "info", self.tr("Laden…"))
        self._update_buttons()

    def is_loading(self) -> bool:
        return self._load.busy

    def _update_buttons(self) -> None:
        shown = self.model.rowCount()
        loading = self.is_loading()
        self.previous_button.setEnabled(not loading and self.offset > 0)
        self.next_button.setEnabled(not loading and self.offset + shown < self.total)
        if shown:
            text = self.tr("Regels {first}–{last} van {total}, nieuwste eerst").format(
                first=format_number(self.offset + 1),
                last=format_number(self.offset + shown),
                total=format_number(self.total),
            )
        else:
            text = ""
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text)

    def next_page(self) -> None:
        if self.offset + self.model.rowCount() < self.total:
            self.offset += PAGE_SIZE
            self.load()

    def previous_page(self) -> None:
        if self.offset > 0:
            self.offset = max(0, self.offset - PAGE_SIZE)
            self.load()

    # ----------------------------------------------------------------- export

    def export(self) -> None:
        if self._exporting is not None:
            return
        stamp = clock.now().strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"logboek-{stamp}.csv")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Logboek exporteren"),
            suggested,
            self.tr("CSV voor Excel (*.csv);;JSON (*.json)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_suffix(".json" if "json" in chosen_filter.lower() else ".csv")
        db, actor, flt = self.db, self.actor, self.current_filter()
        self.export_button.setEnabled(False)
        set_level(self.export_message, "info", self.tr("Bezig met exporteren…"))

        def finish() -> None:
            self._exporting = None
            self.export_button.setEnabled(True)

        def done(count: int) -> None:
            finish()
            set_level(
                self.export_message,
                "done",
                self.tr("{n} regels geëxporteerd naar {path}.").format(
                    n=format_number(count), path=path
                ),
            )
            self.load()  # the export itself is a new line

        def failed(error: BaseException) -> None:
            finish()
            if isinstance(error, UserError):
                set_level(self.export_message, "error", error.message)
            else:
                set_level(self.export_message, "info", "")
                report_failure(error, self)

        def cancelled() -> None:
            finish()
            set_level(self.export_message, "info", audit.cancelled_message())

        self._exporting = run_operation(
            lambda progress: audit.export_audit(db, actor, path, flt, progress=progress),
            parent=self,
            title=self.tr("Logboek exporteren"),
            label=self.tr("Bezig met exporteren…"),
            on_success=done,
            on_failure=failed,
            on_cancelled=cancelled,
        )
