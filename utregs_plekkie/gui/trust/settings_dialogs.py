"""Beheer → Kiosk-pincode instellen… and Beheer → Automatische vergrendeling…

Both are team settings stored in the database (``storage.users``), so they hold on
every laptop that uses the same database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.permissions import PIN_MAX_LENGTH, PIN_MIN_LENGTH, Actor, check_pin
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import users
from utregs_plekkie.storage.database import Database


class _SavingDialog(FittingDialog):
    """A small settings dialog: saving runs in the background, errors stay in the dialog."""

    saved = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._busy = False
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(480)
        self.outer = QVBoxLayout(self)
        self.message = status_label(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.outer.addWidget(self.message)
        self.outer.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def save(self, work: Callable[[], object], value: object) -> None:
        if self._busy:
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        set_level(self.message, "info", self.tr("Bezig met opslaan…"))

        def done(_result: object) -> None:
            self._busy = False
            self.saved.emit(value)
            self.accept()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.ok_button.setEnabled(True)
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)


class KioskPinDialog(_SavingDialog):
    """The PIN that ends kiosk mode at an event (typed twice, 4 to 8 digits)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("kioskPinDialog")
        self.setWindowTitle(self.tr("Kiosk-pincode instellen"))
        self.outer.addWidget(title_label(self.tr("Kiosk-pincode"), self))
        present = users.has_kiosk_pin(db)
        self.outer.addWidget(
            hint_label(
                self.tr(
                    "Met deze pincode verlaat een werver de kiosk op de laptop bij een "
                    "evenement (of met zijn eigen wachtwoord). Bezoekers mogen hem niet zien. "
                    "{state}"
                ).format(
                    state=self.tr("Er is al een pincode; een nieuwe vervangt die.")
                    if present
                    else self.tr("Er is nog geen pincode ingesteld.")
                ),
                self,
            )
        )
        form = QFormLayout()
        validator = QRegularExpressionValidator(self)
        validator.setRegularExpression(QRegularExpression(f"[0-9]{{0,{PIN_MAX_LENGTH}}}"))
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        for edit, name in ((self.pin, self.tr("Pincode")), (self.repeat, self.tr("Herhaal"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(validator)
            edit.setMaxLength(PIN_MAX_LENGTH)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._check)
        form.addRow(self.tr("&Pincode:"), self.pin)
        form.addRow(
            "",
            hint_label(
                self.tr("{low} tot {high} cijfers.").format(
                    low=PIN_MIN_LENGTH, high=PIN_MAX_LENGTH
                ),
                self,
            ),
        )
        form.addRow(self.tr("&Herhaal pincode:"), self.repeat)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("Pincode opslaan"))
        self._check()

    def problem(self) -> str | None:
        try:
            check_pin(self.pin.text())
        except ValidationError as error:
            return error.message
        if self.pin.text() != self.repeat.text():
            return self.tr("De twee pincodes zijn niet gelijk.")
        return None

    def _check(self, *_args: object) -> None:
        problem = self.problem()
        ready = len(self.repeat.text()) >= max(PIN_MIN_LENGTH, len(self.pin.text()))
        set_level(self.message, "error", problem if problem and ready else "")
        self.ok_button.setEnabled(problem is None and not self._busy)

    def submit(self) -> None:
        problem = self.problem()
        if problem is not None:
            set_level(self.message, "error", problem)
            return
        db, actor, pin = self.db, self.actor, self.pin.text()
        self.save(lambda: users.set_kiosk_pin(db, pin, actor=actor), True)


class IdleLockDialog(_SavingDialog):
    """After how many minutes without use the program locks (0: never)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("idleLockDialog")
        self.setWindowTitle(self.tr("Automatische vergrendeling"))
        self.outer.addWidget(title_label(self.tr("Automatische vergrendeling"), self))
        self.outer.addWidget(
            hint_label(
                self.tr(
                    "Als niemand het programma een tijd gebruikt, worden de gegevens verborgen "
                    "tot de gebruiker zijn wachtwoord weer typt. Kies een korte tijd voor een "
                    "laptop op een stand of in een gedeelde ruimte. Dit geldt voor iedereen "
                    "die deze database gebruikt."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, users.IDLE_LOCK_MAX)
        self.minutes.setSuffix(self.tr(" minuten"))
        self.minutes.setSpecialValueText(self.tr("nooit vergrendelen"))
        self.minutes.setAccessibleName(self.tr("Vergrendelen na (minuten)"))
        self.minutes.setValue(users.idle_lock_minutes(db))
        form.addRow(self.tr("&Vergrendelen na:"), self.minutes)
        self.outer.addLayout(form)
        note = QLabel(self)
        note.setWordWrap(True)
        self.note = note
        self.outer.addWidget(note)
        self.minutes.valueChanged.connect(self._changed)
        self.finish_layout()
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self.minutes.value() == 0:
            self.note.setText(
                self.tr(
                    "Let op: zonder vergrendeling blijven de gegevens zichtbaar voor wie langs "
                    "de laptop loopt."
                )
            )
            self.note.setProperty("level", "warning")
        else:
            self.note.setText("")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setVisible(bool(self.note.text()))
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def submit(self) -> None:
        db, actor, minutes = self.db, self.actor, self.minutes.value()
        self.save(lambda: users.set_idle_lock_minutes(db, minutes, actor=actor), minutes)
