"""Beheer → Gebruikers…: the accounts, their roles, (de)activating and resetting a
password.

Every change is version-checked against the copy in the list: if another beheerder
changed the account in the meantime, the change is refused with the Dutch sentence
and "Opnieuw laden" fetches the current list. The forms to add an account, change a
role or set a password are in ``user_forms``. Users are never deleted (the audit
trail points at them); deactivating is the way to stop an account.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.core.permissions import (
    Actor,
)
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.trust.user_forms import (
    AddUserDialog,
    PasswordDialog,
    RoleDialog,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import users
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.lists import format_datetime
from utregs_plekkie.storage.users import UserInfo

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    """The accounts, read-only; changes go through the dialog's buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[UserInfo] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Gebruikersnaam"),
            self.tr("Naam"),
            self.tr("Rol"),
            self.tr("Actief"),
            self.tr("Laatst aangemeld"),
        ]

    def set_users(self, found: list[UserInfo]) -> None:
        self.beginResetModel()
        self.users = list(found)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        user = self.users[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if not user.active:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        column = index.column()
        if column == 0:
            return user.username
        if column == 1:
            return user.display_name
        if column == 2:
            return label(user.role)
        if column == 3:
            return self.tr("ja") if user.active else self.tr("nee (gedeactiveerd)")
        return format_datetime(user.last_login_at) if user.last_login_at else self.tr("nooit")


class UsersDialog(FittingDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setObjectName("usersDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Gebruikers"))
        self.resize(820, 480)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Gebruikers"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Iedereen die met Utregs Plekkie werkt, heeft een eigen account. De rol "
                    "bepaalt wat iemand ziet. Accounts worden nooit verwijderd (het logboek "
                    "verwijst ernaar): deactiveer een account van iemand die niet meer meedoet."
                ),
                self,
            )
        )
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Lijst van gebruikers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        outer.addWidget(self.table, 1)

        self.message = status_label(self)
        outer.addWidget(self.message)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Gebruiker &toevoegen…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("&Rol wijzigen…"), self)
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("&Deactiveren"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("&Wachtwoord opnieuw instellen…"), self)
        self.password_button.clicked.connect(self.reset_password)
        self.reload_button = QPushButton(self.tr("Opnieuw &laden"), self)
        self.reload_button.clicked.connect(self.reload)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.role_button, self.active_button, self.password_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        row.addWidget(close)
        outer.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.reload()

    # ----------------------------------------------------------------- list

    def reload(self, select_id: int | None = None) -> None:
        db, actor = self.db, self.actor
        keep = select_id if select_id is not None else self._selected_id()

        def arrived(found: list[UserInfo]) -> None:
            self.model.set_users(found)
            self.table.resizeColumnsToContents()
            for row, user in enumerate(found):
                if user.id == keep:
                    self.table.selectRow(row)
            self._selection_changed()

        run_in_background(lambda: users.list_users(db, actor), owner=self, on_success=arrived)

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.users[rows[0].row()]

    def _selected_id(self) -> int | None:
        user = self.selected()
        return user.id if user is not None else None

    def select_username(self, username: str) -> None:
        for row, user in enumerate(self.model.users):
            if user.username == username:
                self.table.selectRow(row)

    def _selection_changed(self, *_args: object) -> None:
        user = self.selected()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.active_button.setText(
                self.tr("&Deactiveren") if user.active else self.tr("&Activeren")
            )

    # ----------------------------------------------------------------- changes

    def _run(
        self, work: Callable[[], object], done_text: str, select_id: int | None = None
    ) -> None:
        set_level(self.message, "info", self.tr("Bezig…"))

        def done(_result: object) -> None:
            set_level(self.message, "done", done_text)
            self.reload(select_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, StaleRecordError):
                set_level(self.message, "error", error.message)
                if common.ask(
                    self,
                    self.tr("Gebruikers"),
                    error.message,
                    self.tr("Laad de lijst opnieuw en probeer het dan nog eens."),
                    yes=self.tr("Opnieuw laden"),
                    no=self.tr("Later"),
                ):
                    self.reload(select_id)
                return
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
                return
            set_level(self.message, "info", "")
            report_failure(error, self)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)

    def add_user(self) -> QDialog:
        dialog = AddUserDialog(self.db, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def created(info: UserInfo) -> None:
            set_level(
                self.message,
                "done",
                self.tr("Account '{name}' is aangemaakt als {role}.").format(
                    name=info.username, role=label(info.role)
                ),
            )
            self.reload(info.id)

        dialog.created.connect(created)
        dialog.open()
        return dialog

    def change_role(self) -> QDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = RoleDialog(user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            role = dialog.role()
            if role == user.role:
                return
            db, actor = self.db, self.actor
            self._run(
                lambda: users.change_role(
                    db, user.id, role, expected_version=user.version, actor=actor
                ),
                self.tr("De rol van '{name}' is nu {role}.").format(
                    name=user.username, role=label(role)
                ),
                user.id,
            )

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor = self.db, self.actor
        if user.active:
            if not common.ask(
                self,
                self.tr("Account deactiveren"),
                self.tr("Het account '{name}' deactiveren?").format(name=user.username),
                self.tr(
                    "{name} kan dan niet meer aanmelden. Wat hij of zij heeft gedaan, blijft "
                    "in het logboek staan. U kunt het account later weer activeren."
                ).format(name=user.display_name or user.username),
                yes=self.tr("Deactiveren"),
            ):
                return
            text = self.tr("Het account '{name}' is gedeactiveerd.").format(name=user.username)
        else:
            text = self.tr("Het account '{name}' is weer actief.").format(name=user.username)
        self._run(
            lambda: users.set_active(
                db, user.id, not user.active, expected_version=user.version, actor=actor
            ),
            text,
            user.id,
        )

    def reset_password(self) -> QDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = PasswordDialog(user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            db, actor, password = self.db, self.actor, dialog.password.text()
            self._run(
                lambda: users.change_password(
                    db, user.id, password, expected_version=user.version, actor=actor
                ),
                self.tr(
                    "Het wachtwoord van '{name}' is opnieuw ingesteld (en een eventuele "
                    "blokkade opgeheven). Geef het persoonlijk door."
                ).format(name=user.username),
                user.id,
            )

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog
