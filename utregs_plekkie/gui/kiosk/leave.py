"""Leaving the kiosk: only for staff, with the kiosk PIN (``verify_kiosk_pin``, locked
for a while after wrong tries) or the login of a werver (``leave_kiosk``). A visitor
who lands here goes back to the form with one tap."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.kiosk.common import (
    caption,
    clear_line,
    error_label,
    hint,
    line,
    scaled,
    set_error,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.users import has_kiosk_pin, leave_kiosk

translate = QCoreApplication.translate


class LeavePage(QWidget):
    """The PIN with its keypad, or a werver's user name and password."""

    #: Leaving was allowed: the Actor of the werver who logged in, or None (the PIN).
    allowed = Signal(object)
    #: "Terug naar het formulier".
    back = Signal()

    def __init__(self, parent: QWidget, db: Database, events: QObject) -> None:
        super().__init__(parent)
        self._db = db
        self.busy = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(translate("Kiosk", "Kiosk verlaten"), self)
        scaled(heading, 1.3, bold=True)
        top.addWidget(heading, 1)
        self.back_button = QPushButton(translate("Kiosk", "Terug naar het formulier"), self)
        self.back_button.setObjectName("backToForm")
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                translate(
                    "Kiosk",
                    "Alleen voor medewerkers. Typ de kiosk-pincode, of log in als werver. "
                    "Bezoeker? Tik op 'Terug naar het formulier'.",
                ),
                self,
            )
        )
        # Right under the explanation, where the eye is after a wrong PIN.
        self.message = error_label(self, "leave")
        layout.addWidget(self.message)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        pin_column = self._build_pin(events)
        columns.addLayout(pin_column, 1)
        login_column = self._build_login(events)
        columns.addLayout(login_column, 1)
        columns.setAlignment(login_column, Qt.AlignmentFlag.AlignTop)
        columns.setAlignment(pin_column, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(columns)
        layout.addStretch(1)

    def _build_pin(self, events: QObject) -> QVBoxLayout:
        pin_column = QVBoxLayout()
        pin_column.setSpacing(8)  # (a child layout would take the 48 between the columns)
        self.pin = line(self, "kioskPin", translate("Kiosk", "Kiosk-pincode"), events)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        self.pin.setInputMethodHints(self.pin.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self.leave_with_pin)
        pin_column.addWidget(caption(translate("Kiosk", "&Pincode"), self, self.pin))
        pin_column.addWidget(self.pin)
        keypad = QGridLayout()
        keypad.setSpacing(6)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "wis", "0", "⌫"]
        for index, key in enumerate(keys):
            button = QPushButton(self)
            button.setObjectName("keypadKey")
            if key == "wis":
                button.setText(translate("Kiosk", "Wis"))
                button.setAccessibleName(translate("Kiosk", "Pincode wissen"))
                button.clicked.connect(self.pin.clear)
            elif key == "⌫":
                button.setText("⌫")
                button.setAccessibleName(translate("Kiosk", "Laatste cijfer weg"))
                button.clicked.connect(self.pin.backspace)
            else:
                button.setText(key)
                button.clicked.connect(lambda _c=False, k=key: self.pin.insert(k))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            keypad.addWidget(button, index // 3, index % 3)
        pin_column.addLayout(keypad)
        self.pin_button = QPushButton(translate("Kiosk", "Verlaten met pincode"), self)
        self.pin_button.setObjectName("leaveButton")
        self.pin_button.clicked.connect(self.leave_with_pin)
        pin_column.addWidget(self.pin_button)
        return pin_column

    def _build_login(self, events: QObject) -> QVBoxLayout:
        login_column = QVBoxLayout()
        login_column.setSpacing(8)
        login_caption = QLabel(translate("Kiosk", "Of log in als werver:"), self)
        scaled(login_caption, 0.9, bold=True)
        login_column.addWidget(login_caption)
        self.username = line(self, "leaveUsername", translate("Kiosk", "Gebruikersnaam"), events)
        self.password = line(self, "leavePassword", translate("Kiosk", "Wachtwoord"), events)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.leave_with_login)
        self.username.returnPressed.connect(self.password.setFocus)
        login_column.addWidget(caption(translate("Kiosk", "&Gebruikersnaam"), self, self.username))
        login_column.addWidget(self.username)
        login_column.addWidget(caption(translate("Kiosk", "&Wachtwoord"), self, self.password))
        login_column.addWidget(self.password)
        self.login_button = QPushButton(translate("Kiosk", "Verlaten met inloggen"), self)
        self.login_button.setObjectName("leaveButton")
        self.login_button.clicked.connect(self.leave_with_login)
        login_column.addWidget(self.login_button)
        return login_column

    # ----------------------------------------------------------------- showing

    def opened(self) -> None:
        """Shown afresh: empty fields, and a word if no PIN has been set yet."""
        self.clear_fields()
        set_error(self.message, "")
        self.pin.setFocus()
        db = self._db

        def known(present: bool) -> None:
            stack = self.parentWidget()
            if not present and isinstance(stack, QStackedWidget) and stack.currentWidget() is self:
                set_error(
                    self.message,
                    translate(
                        "Kiosk",
                        "Er is nog geen kiosk-pincode ingesteld. Laat een werver inloggen; een "
                        "beheerder kan de pincode instellen via Beheer.",
                    ),
                )

        run_in_background(lambda: has_kiosk_pin(db), owner=self, on_success=known)

    def clear_fields(self) -> None:
        for edit in (self.pin, self.username, self.password):
            clear_line(edit)

    def set_message(self, text: str) -> None:
        set_error(self.message, text)

    # ----------------------------------------------------------------- leaving

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.pin_button, self.login_button, self.back_button):
            widget.setEnabled(not busy)

    def leave_with_pin(self) -> None:
        if self.busy:
            return
        pin = self.pin.text()
        if not pin:
            set_error(self.message, translate("Kiosk", "Typ eerst de pincode."))
            self.pin.setFocus()
            return
        self._leave(lambda db: leave_kiosk(db, pin=pin))

    def leave_with_login(self) -> None:
        if self.busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            set_error(
                self.message,
                translate("Kiosk", "Vul uw gebruikersnaam en wachtwoord in."),
            )
            (self.username if not username else self.password).setFocus()
            return
        self._leave(lambda db: leave_kiosk(db, username=username, password=password))

    def _leave(self, attempt: Callable[[Database], Actor | None]) -> None:
        db = self._db
        self._set_busy(True)
        set_error(self.message, "")

        def done(who: Actor | None) -> None:
            self._set_busy(False)
            self.clear_fields()
            self.allowed.emit(who)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            clear_line(self.pin)
            clear_line(self.password)
            if isinstance(error, UserError):
                set_error(self.message, error.message)
                self.pin.setFocus()
            else:
                report_failure(error, self)

        run_in_background(lambda: attempt(db), owner=self, on_success=done, on_failure=failed)
