"""Logging in: the first beheerder at the very first start, the login dialog, and the
same dialog as the idle lock's "unlock" screen.

Checking a password takes about 0.2 s (Argon2id), so it runs off the GUI thread. A
failed login always shows ``LoginFailed``'s one sentence. After ``LOCKOUT_AFTER``
failures with one username the dialog counts down the wait of
``core.permissions.lockout_delay`` before the next try. It counts the failures it
saw itself, for any name typed, so the countdown appears the same way whether the
account exists or not and tells nobody which usernames there are; the server-side
lock-out (``storage.users.authenticate``) holds regardless.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.permissions import (
    PASSWORD_MIN_LENGTH,
    Actor,
    check_password,
    check_username,
    lockout_delay,
    normalise_username,
)
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    password_field,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import users
from utregs_plekkie.storage.database import Database


@dataclass
class LoginAttempts:
    """Failed logins seen in this program, per typed username (for the countdown)."""

    failures: dict[str, int] = field(default_factory=dict)
    wait_until: dict[str, datetime] = field(default_factory=dict)

    def failed(self, username: str) -> None:
        name = normalise_username(username)
        count = self.failures.get(name, 0) + 1
        self.failures[name] = count
        delay = lockout_delay(count)
        if delay is not None:
            self.wait_until[name] = clock.now() + delay

    def succeeded(self, username: str) -> None:
        name = normalise_username(username)
        self.failures.pop(name, None)
        self.wait_until.pop(name, None)

    def seconds_left(self, username: str) -> int:
        until = self.wait_until.get(normalise_username(username))
        if until is None:
            return 0
        left = (until - clock.now()).total_seconds()
        return max(0, int(left + 0.999))


def format_wait(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class LoginDialog(FittingDialog):
    """Username and password; emits ``logged_in(Actor)`` and closes on success.

    With ``locked_actor`` it is the idle lock's screen: the username is that user's and
    fixed, the dialog cannot be closed, and "Iemand anders meldt zich aan" lets another
    user log in instead (the session then switches to them).
    """

    logged_in = Signal(object)
    #: On the lock screen: someone chose to end the program (after a confirmation).
    quit_requested = Signal()

    def __init__(
        self,
        db: Database,
        attempts: LoginAttempts,
        parent: QWidget | None = None,
        *,
        locked_actor: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.attempts = attempts
        self.locked_actor = locked_actor
        self._busy = False
        self.setObjectName("lockDialog" if locked_actor else "loginDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(
            self.tr("Vergrendeld – Utregs Plekkie")
            if locked_actor
            else self.tr("Aanmelden – Utregs Plekkie")
        )
        self.setMinimumWidth(460)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        outer.setSpacing(12)
        if locked_actor is None:
            self.heading = title_label(self.tr("Aanmelden bij Utregs Plekkie"), self)
            intro = self.tr("Meld u aan met uw gebruikersnaam en wachtwoord.")
        else:
            self.heading = title_label(self.tr("Utregs Plekkie is vergrendeld"), self)
            intro = self.tr(
                "Het programma is vergrendeld omdat het een tijd niet gebruikt is. "
                "{name}, typ uw wachtwoord om verder te gaan waar u was."
            ).format(name=locked_actor.display_name or locked_actor.username)
        outer.addWidget(self.heading)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.username.setMaxLength(80)
        self.password = password_field(self, self.tr("Wachtwoord"))
        self.password.setObjectName("password")
        form.addRow(self.tr("&Gebruikersnaam:"), self.username)
        form.addRow(self.tr("&Wachtwoord:"), self.password)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            buddy = field_item.widget() if field_item is not None else None
            if isinstance(label, QLabel) and buddy is not None:
                label.setBuddy(buddy)
        outer.addLayout(form)

        self.message = status_label(self)
        self.message.setObjectName("loginMessage")
        outer.addWidget(self.message)
        self.countdown = status_label(self)
        self.countdown.setObjectName("loginCountdown")
        outer.addWidget(self.countdown)

        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Iemand anders meldt zich aan"), self)
        self.other_button.setObjectName("otherUserButton")
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self._other_user)
        self.cancel_button = QPushButton(self.tr("Afsluiten"), self)
        self.cancel_button.setObjectName("quitButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(
            self.tr("Ontgrendelen") if locked_actor else self.tr("Aanmelden"), self
        )
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        if locked_actor is None:
            self.other_button.hide()
            buttons.addWidget(self.cancel_button)
        else:
            self.cancel_button.setText(self.tr("Programma afsluiten…"))
            self.cancel_button.clicked.disconnect(self.reject)
            self.cancel_button.clicked.connect(self._ask_quit)
            buttons.addWidget(self.cancel_button)
            buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        if locked_actor is not None:
            self.username.setText(locked_actor.username)
            self.username.setReadOnly(True)
            self.password.setFocus()
        else:
            self.username.setFocus()
        self.username.textChanged.connect(self._update_countdown)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_countdown)
        self._update_countdown()

    # ----------------------------------------------------------------- actions

    def _other_user(self) -> None:
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.other_button.setEnabled(False)
        name = ""
        if self.locked_actor is not None:
            name = self.locked_actor.display_name or self.locked_actor.username
        self.intro.setText(
            self.tr(
                "Meld u aan met uw eigen gebruikersnaam en wachtwoord. De open vensters van "
                "{name} worden dan gesloten; wat daarin nog niet was opgeslagen, gaat verloren."
            ).format(name=name)
        )
        set_level(self.message, "info", "")
        self.username.setFocus()

    def submit(self) -> None:
        if self._busy or self.attempts.seconds_left(self.username.text()) > 0:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            set_level(self.message, "error", self.tr("Vul uw gebruikersnaam in."))
            self.username.setFocus()
            return
        if not password:
            set_level(self.message, "error", self.tr("Vul uw wachtwoord in."))
            self.password.setFocus()
            return
        self._set_busy(True)
        set_level(self.message, "info", self.tr("Bezig met aanmelden…"))
        db = self.db
        run_in_background(
            lambda: users.authenticate(db, username, password),
            owner=self,
            on_success=lambda actor: self._succeeded(username, actor),
            on_failure=lambda error: self._failed(username, error),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.submit_button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.username.setEnabled(not busy)

    def _succeeded(self, username: str, actor: Actor) -> None:
        self._set_busy(False)
        self.attempts.succeeded(username)
        self.password.clear()
        set_level(self.message, "info", "")
        self.logged_in.emit(actor)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, username: str, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            report_failure(error, self)
            return
        if isinstance(error, users.LoginFailed):
            self.attempts.failed(username)
        set_level(self.message, "error", error.message)
        self.password.clear()
        self.password.setFocus()
        self._update_countdown()

    def _update_countdown(self, *_args: object) -> None:
        left = self.attempts.seconds_left(self.username.text())
        if left > 0:
            set_level(
                self.countdown,
                "warning",
                self.tr(
                    "Er is te vaak een verkeerd wachtwoord getypt. U kunt het over {wait} "
                    "opnieuw proberen."
                ).format(wait=format_wait(left)),
            )
            self.submit_button.setEnabled(False)
            if not self._timer.isActive():
                self._timer.start()
        else:
            set_level(self.countdown, "info", "")
            self.submit_button.setEnabled(not self._busy)
            self._timer.stop()

    def _ask_quit(self) -> None:
        if common.ask(
            self,
            self.tr("Programma afsluiten"),
            self.tr("Utregs Plekkie afsluiten zonder te ontgrendelen?"),
            self.tr(
                "Wat in open vensters nog niet was opgeslagen, gaat verloren. Wat al was "
                "opgeslagen, blijft bewaard."
            ),
            yes=self.tr("Afsluiten"),
            dangerous=True,
        ):
            self.quit_requested.emit()

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        if self.locked_actor is not None:
            return  # the lock screen stays until someone logs in
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked_actor is not None and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked_actor is not None and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)


class FirstAdminDialog(FittingDialog):
    """The very first start: make the first beheerder (who is then logged in).

    Every field says at once what is wrong with it; "Beheerder aanmaken" is available
    when everything is right. Emits ``created(Actor)``.
    """

    created = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._busy = False
        self.setObjectName("firstAdminDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Eerste beheerder – Utregs Plekkie"))
        self.setMinimumWidth(520)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        outer.setSpacing(10)
        outer.addWidget(title_label(self.tr("Welkom bij Utregs Plekkie"), self))
        intro = QLabel(
            self.tr(
                "Er is nog niemand die het programma beheert. Maak nu het account van de "
                "beheerder aan: die kan daarna de accounts van collega's maken, backups "
                "terugzetten en het logboek inzien. Bewaar het wachtwoord goed; zonder een "
                "beheerder kan niemand nieuwe gebruikers toevoegen."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("bijvoorbeeld a.jansen"))
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.username.setMaxLength(40)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setPlaceholderText(self.tr("bijvoorbeeld Anna Jansen"))
        self.display_name.setAccessibleName(self.tr("Naam"))
        self.display_name.setMaxLength(120)
        self.password = password_field(self, self.tr("Wachtwoord"))
        self.password.setObjectName("password")
        self.repeat = password_field(self, self.tr("Wachtwoord herhalen"))
        self.repeat.setObjectName("repeat")
        self.username_error = status_label(self)
        self.password_error = status_label(self)
        self.repeat_error = status_label(self)
        form.addRow(self.tr("&Gebruikersnaam:"), self.username)
        form.addRow("", self.username_error)
        form.addRow(self.tr("&Naam:"), self.display_name)
        form.addRow(self.tr("&Wachtwoord:"), self.password)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Minstens {n} tekens. Een zin van een paar woorden is lang genoeg en goed "
                    "te onthouden, bijvoorbeeld 'fiets langs de Vecht'."
                ).format(n=PASSWORD_MIN_LENGTH),
                self,
            ),
        )
        form.addRow("", self.password_error)
        form.addRow(self.tr("&Herhaal wachtwoord:"), self.repeat)
        form.addRow("", self.repeat_error)
        outer.addLayout(form)

        self.message = status_label(self)
        self.message.setObjectName("firstAdminMessage")
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Afsluiten"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(self.tr("Beheerder aanmaken"), self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        for edit in (self.username, self.password, self.repeat):
            edit.textChanged.connect(self._check)
        self._touched: set[str] = set()
        for name, edit in (
            ("username", self.username),
            ("password", self.password),
            ("repeat", self.repeat),
        ):
            edit.editingFinished.connect(lambda name=name: self._touch(name))
        self._check()

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._check()

    def problems(self) -> dict[str, str]:
        """What is wrong per field ("username", "password", "repeat"); empty when all is well."""
        found: dict[str, str] = {}
        try:
            check_username(self.username.text())
        except ValidationError as error:
            found["username"] = error.message
        try:
            check_password(self.password.text(), self.username.text())
        except ValidationError as error:
            found["password"] = error.message
        if self.repeat.text() != self.password.text():
            found["repeat"] = self.tr(
                "De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer."
            )
        return found

    def _check(self, *_args: object) -> bool:
        found = self.problems()
        typed = {
            "username": bool(self.username.text()),
            "password": bool(self.password.text()),
            "repeat": bool(self.repeat.text()),
        }
        for name, label in (
            ("username", self.username_error),
            ("password", self.password_error),
            ("repeat", self.repeat_error),
        ):
            show = name in found and (name in self._touched or typed[name])
            # A password is judged once typing stops; a mismatch as soon as both are typed.
            if name == "password" and name not in self._touched:
                show = show and len(self.password.text()) >= PASSWORD_MIN_LENGTH
            if name == "repeat":
                show = (
                    name in found
                    and typed["repeat"]
                    and (
                        name in self._touched
                        or len(self.repeat.text()) >= len(self.password.text())
                    )
                )
            set_level(label, "error", found[name] if show else "")
        self.submit_button.setEnabled(not found and not self._busy)
        return not found

    def submit(self) -> None:
        self._touched.update({"username", "password", "repeat"})
        if not self._check() or self._busy:
            return
        db = self.db
        username, name, password = (
            self.username.text(),
            self.display_name.text(),
            self.password.text(),
        )
        self._busy = True
        self.submit_button.setEnabled(False)
        set_level(self.message, "info", self.tr("Het account wordt aangemaakt…"))
        run_in_background(
            lambda: users.create_first_admin(db, username, name, password),
            owner=self,
            on_success=self._created,
            on_failure=self._failed,
        )

    def _created(self, actor: Actor) -> None:
        self._busy = False
        self.password.clear()
        self.repeat.clear()
        self.created.emit(actor)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._check()
        if isinstance(error, UserError):
            set_level(self.message, "error", error.message)
        else:
            set_level(self.message, "info", "")
            report_failure(error, self)
