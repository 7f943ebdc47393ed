"""The account forms of Beheer → Gebruikers…: a new account, another role, a new
password (typed twice), and what each role may do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import Role, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.permissions import (
    PASSWORD_MIN_LENGTH,
    Actor,
    check_password,
    check_username,
)
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    password_field,
    set_level,
    status_label,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import users
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.users import UserInfo

Index = QModelIndex | QPersistentModelIndex


def role_description(role: Role) -> str:
    texts = {
        Role.BEHEERDER: QCoreApplication.translate(
            "trust",
            "alles: gebruikers, instellingen, logboek, bewaartermijnen, backups, inzage- en "
            "vergeetverzoeken",
        ),
        Role.WERVER: QCoreApplication.translate(
            "trust", "aanvragen, gezinnen, evenementen, pakketten en het overzicht"
        ),
        Role.MATCHER: QCoreApplication.translate(
            "trust", "wat een werver mag, plus de kinderen en de matching"
        ),
        Role.EVENEMENT: QCoreApplication.translate(
            "trust", "alleen de kiosk bij een evenement (bezoekers invoeren)"
        ),
    }
    return texts[Role(role)]


class _PasswordPair:
    """A password typed twice, with the rules of ``core.permissions`` as you type."""

    def __init__(self, parent: QWidget, form: QFormLayout, username: Callable[[], str]) -> None:
        self._username = username
        self._parent = parent
        self.password = password_field(parent, QCoreApplication.translate("trust", "Wachtwoord"))
        self.password.setObjectName("password")
        self.repeat = password_field(
            parent, QCoreApplication.translate("trust", "Wachtwoord herhalen")
        )
        self.repeat.setObjectName("repeat")
        self.error = status_label(parent)
        self._touched = False
        self.password.editingFinished.connect(self._touch)
        form.addRow(QCoreApplication.translate("trust", "&Wachtwoord:"), self.password)
        form.addRow(
            "",
            hint_label(
                QCoreApplication.translate(
                    "trust",
                    "Minstens {n} tekens; een zin van een paar woorden is lang genoeg en goed "
                    "te onthouden.",
                ).format(n=PASSWORD_MIN_LENGTH),
                parent,
            ),
        )
        form.addRow(QCoreApplication.translate("trust", "&Herhaal wachtwoord:"), self.repeat)
        form.addRow("", self.error)

    def problem(self) -> str | None:
        try:
            check_password(self.password.text(), self._username())
        except ValidationError as error:
            return error.message
        if self.repeat.text() != self.password.text():
            return QCoreApplication.translate(
                "trust",
                "De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.",
            )
        return None

    def _touch(self) -> None:
        self._touched = True
        self.show()

    def show(self, force: bool = False) -> bool:
        """Show what is wrong once it is worth saying (not at every key stroke)."""
        problem = self.problem()
        password, repeat = self.password.text(), self.repeat.text()
        ready = (
            force
            or (self._touched and bool(password))
            or (bool(repeat) and len(repeat) >= len(password))
        )
        set_level(self.error, "error", problem if (problem and ready) else "")
        return problem is None


class AddUserDialog(FittingDialog):
    """A new account: username, name, role and a first password."""

    created = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._busy = False
        self.setObjectName("addUserDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Gebruiker toevoegen"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("bijvoorbeeld a.jansen"))
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.username.setMaxLength(40)
        self.username_error = status_label(self)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setAccessibleName(self.tr("Naam"))
        self.display_name.setMaxLength(120)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.role.setAccessibleName(self.tr("Rol"))
        for role in Role:
            self.role.addItem(label(role), role)
        self.role.setCurrentIndex(list(Role).index(Role.WERVER))
        self.role_hint = hint_label("", self)
        self.role.currentIndexChanged.connect(self._role_changed)
        form.addRow(self.tr("&Gebruikersnaam:"), self.username)
        form.addRow("", self.username_error)
        form.addRow(self.tr("&Naam:"), self.display_name)
        form.addRow(self.tr("&Rol:"), self.role)
        form.addRow("", self.role_hint)
        self.pair = _PasswordPair(self, form, self.username.text)
        outer.addLayout(form)
        self.message = status_label(self)
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Account aanmaken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for edit in (self.username, self.pair.password, self.pair.repeat):
            edit.textChanged.connect(self._check)
        self.username.editingFinished.connect(lambda: self._check(force_username=True))
        self._role_changed()
        self._check()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def _role_changed(self, *_args: object) -> None:
        self.role_hint.setText(
            self.tr("Mag: {what}.").format(what=role_description(self.chosen_role()))
        )

    def _check(self, *_args: object, force_username: bool = False) -> bool:
        username_problem = None
        try:
            check_username(self.username.text())
        except ValidationError as error:
            username_problem = error.message
        show = username_problem if (force_username or self.username.text()) else ""
        if not force_username and len(self.username.text()) < 2:
            show = ""
        set_level(self.username_error, "error", show or "")
        ok = self.pair.show() and username_problem is None
        self.ok_button.setEnabled(ok and not self._busy)
        return ok

    def submit(self) -> None:
        if self._busy:
            return
        if not self._check(force_username=True):
            self.pair.show(force=True)
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        db, actor = self.db, self.actor
        username, name, role = self.username.text(), self.display_name.text(), self.chosen_role()
        password = self.pair.password.text()
        set_level(self.message, "info", self.tr("Het account wordt aangemaakt…"))

        def done(info: UserInfo) -> None:
            self._busy = False
            self.created.emit(info)
            self.accept()

        def failed(error: BaseException) -> None:
            self._busy = False
            self._check()
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(
            lambda: users.create_user(db, username, name, role, password, actor=actor),
            owner=self,
            on_success=done,
            on_failure=failed,
        )


class RoleDialog(FittingDialog):
    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Rol wijzigen"))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        outer.addWidget(
            QLabel(
                self.tr("Welke rol krijgt {name} ({username})?").format(
                    name=user.display_name or user.username, username=user.username
                ),
                self,
            )
        )
        self.combo = QComboBox(self)
        self.combo.setObjectName("role")
        self.combo.setAccessibleName(self.tr("Rol"))
        for role in Role:
            self.combo.addItem(label(role), role)
        self.combo.setCurrentIndex(list(Role).index(user.role))
        outer.addWidget(self.combo)
        self.hint = hint_label("", self)
        outer.addWidget(self.hint)
        self.combo.currentIndexChanged.connect(self._changed)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Rol opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._changed()

    def role(self) -> Role:
        return Role(self.combo.currentData())

    def _changed(self, *_args: object) -> None:
        self.hint.setText(self.tr("Mag: {what}.").format(what=role_description(self.role())))


class PasswordDialog(FittingDialog):
    """A new password for someone who forgot theirs (also lifts a lock-out)."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("passwordDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Wachtwoord opnieuw instellen"))
        self.setMinimumWidth(500)
        outer = QVBoxLayout(self)
        outer.addWidget(
            QLabel(
                self.tr("Een nieuw wachtwoord voor {name} ({username}).").format(
                    name=user.display_name or user.username, username=user.username
                ),
                self,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pair = _PasswordPair(self, form, lambda: user.username)
        self.password = self.pair.password
        outer.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Wachtwoord instellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for edit in (self.pair.password, self.pair.repeat):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self, *_args: object) -> None:
        self.ok_button.setEnabled(self.pair.show())

    def submit(self) -> None:
        if self.pair.show(force=True):
            self.accept()
