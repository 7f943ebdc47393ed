"""One step in the status flow, with what that step needs (a dropout reason from the
list, a date to get back in touch for "niet nu", a note), checked by
``core.requests.check_move`` before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import RequestStatus, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.requests import MAIN_LINE, DropoutReason, check_move, dropout_reason_label
from utregs_plekkie.gui.households.widgets import DateField, FieldForm, heading, hint

translate = QCoreApplication.translate


def status_button_text(target: RequestStatus) -> str:
    """The caption of the button that moves a request to ``target``."""
    return {
        RequestStatus.PAKKET_VERSTUURD: translate("RequestDialogs", "Pakket verstuurd…"),
        RequestStatus.GEBELD: translate("RequestDialogs", "Gebeld…"),
        RequestStatus.INFORMATIEAVOND: translate("RequestDialogs", "Informatieavond…"),
        RequestStatus.AANGEMELD: translate("RequestDialogs", "Aangemeld: gezin maken…"),
        RequestStatus.AFGEHAAKT: translate("RequestDialogs", "Afgehaakt…"),
        RequestStatus.NIET_NU: translate("RequestDialogs", "Niet nu…"),
    }.get(target, label(target))


@dataclass(frozen=True)
class StatusChoice:
    target: RequestStatus
    reason: str | None
    note: str
    next_contact_on: date | None


class StatusDialog(QDialog):
    """Confirm a status change and give what it needs; nothing is saved here."""

    def __init__(
        self,
        current: RequestStatus,
        target: RequestStatus,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.target = target
        self.setObjectName("statusDialog")
        title = translate("RequestDialogs", "Status wijzigen")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("RequestDialogs", "{name}: van '{current}' naar '{target}'").format(
                    name=name or translate("RequestDialogs", "zonder naam"),
                    current=label(current),
                    target=label(target),
                ),
                self,
            )
        )
        skipped = self._skipped()
        if skipped:
            layout.addWidget(
                hint(
                    translate(
                        "RequestDialogs",
                        "Let op: u slaat {steps} over. Een aanvraag gaat niet terug in de "
                        "stappen; kies alleen verder als dat klopt.",
                    ).format(steps=", ".join(f"'{label(s)}'" for s in skipped)),
                    self,
                )
            )
        if target == RequestStatus.NIET_NU:
            layout.addWidget(
                hint(
                    translate(
                        "RequestDialogs",
                        "De aanvraag verschijnt op de gekozen datum weer bij 'Opvolgen vandaag'.",
                    ),
                    self,
                )
            )
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.reason: QComboBox | None = None
        self.next_contact: DateField | None = None
        if target == RequestStatus.AFGEHAAKT:
            self.reason = QComboBox(self)
            self.reason.setObjectName("dropoutReason")
            self.reason.addItem(translate("RequestDialogs", "kies een reden…"), None)
            for reason in DropoutReason:
                self.reason.addItem(dropout_reason_label(reason), reason.value)
            self.form.add_row("reason", translate("RequestDialogs", "Reden:"), self.reason)
        if target == RequestStatus.NIET_NU:
            self.next_contact = DateField("next_contact_on", self)
            self.next_contact.setObjectName("nextContactOn")
            self.form.add_row(
                "next_contact_on",
                translate("RequestDialogs", "Opnieuw contact op:"),
                self.next_contact,
            )
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("statusNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        note_caption = (
            translate("RequestDialogs", "Toelichting (verplicht bij 'andere reden'):")
            if target == RequestStatus.AFGEHAAKT
            else translate("RequestDialogs", "Toelichting (mag leeg):")
        )
        self.form.add_row("note", note_caption, self.note)
        layout.addLayout(form_layout)
        self.message = QLabel(self)
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(translate("RequestDialogs", "Status wijzigen"), self)
        self.ok_button.setObjectName("confirmStatus")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("RequestDialogs", "Annuleren"))
        self.ok_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.reason or self.next_contact or self.note
        first.setFocus()

    def _skipped(self) -> list[RequestStatus]:
        if self.current not in MAIN_LINE or self.target not in MAIN_LINE:
            return []
        start, end = MAIN_LINE.index(self.current), MAIN_LINE.index(self.target)
        return list(MAIN_LINE[start + 1 : end]) if end > start + 1 else []

    def choice(self) -> StatusChoice:
        """What was filled in; ValidationError for a date that is not one."""
        reason = self.reason.currentData() if self.reason is not None else None
        next_contact = self.next_contact.value() if self.next_contact is not None else None
        return StatusChoice(
            self.target,
            str(reason) if reason else None,
            self.note.toPlainText().strip(),
            next_contact,
        )

    def problems(self) -> list[ValidationError]:
        try:
            choice = self.choice()
        except ValidationError as error:
            return [error]
        return check_move(
            self.current,
            self.target,
            today=clock.today(),
            reason=choice.reason,
            note=choice.note,
            next_contact_on=choice.next_contact_on,
        )

    def confirm(self) -> None:
        """Accept when everything the step needs is there; otherwise say what is missing."""
        self.form.clear_errors()
        self.message.hide()
        problems = self.problems()
        if not problems:
            self.accept()
            return
        loose: list[str] = []
        for problem in problems:
            if not self.form.show_error(problem.field, problem.message):
                loose.append(problem.message)
        if loose:
            self.message.setText(" ".join(loose))
            self.message.setAccessibleName(self.message.text())
            self.message.show()

    def error_texts(self) -> list[str]:
        texts = [self.form.error_text(k) for k in self.form.errors]
        if not self.message.isHidden():
            texts.append(self.message.text())
        return [t for t in texts if t]
