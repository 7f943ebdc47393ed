"""The visitor form: voornaam, achternaam, e-mail and/or telefoon, postcode, interests
as big toggle buttons, the privacy text with the consent, and "Opslaan".

Tab and Enter go from field to field; a field is checked when it is left (nothing
typed is changed), and a message goes as soon as what is typed is right. What the
form holds becomes a ``RequestInput`` with source pop-up, the event and the consent
with its moment and the version of the text that was shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import Interest, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.requests import split_last_name
from utregs_plekkie.gui.kiosk.common import (
    FIELDS,
    caption,
    clear_line,
    error_label,
    hint,
    line,
    scaled,
    set_error,
)
from utregs_plekkie.gui.kiosk.consent import ConsentBox
from utregs_plekkie.storage.requests import (
    RequestInput,
    check_field,
    validate_request_input,
)

translate = QCoreApplication.translate

#: Where the messages of ``validate_request_input`` are shown (by their field).
_MESSAGE_ROW = {
    "name": "first_name",
    "first_name": "first_name",
    "last_name": "first_name",
    "name_prefix": "first_name",
    "contact": "email",
    "email": "email",
    "phone": "phone",
    "postcode": "postcode",
    "consent": "consent",
    "consent_contact": "consent",
    "consent_text_version": "consent",
}
_ROWS = ("first_name", "email", "phone", "postcode", "consent")


class VisitorForm(QWidget):
    """The form page of the kiosk; ``events`` (the kiosk) sees its keys and taps."""

    def __init__(
        self,
        parent: QWidget,
        events: QObject,
        *,
        can_print: bool,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(parent)
        self._now = now
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(10)
        # Who you are on the left, what interests you on the right; below them the
        # privacy text, the consent and "Opslaan" (last, as in the tab order).
        left = QVBoxLayout()
        left.setSpacing(3)
        right = QVBoxLayout()
        right.setSpacing(6)
        bottom = QHBoxLayout()
        bottom.setSpacing(40)
        save_column = QVBoxLayout()
        save_column.setSpacing(4)
        self.consent_box = ConsentBox(self, events)
        bottom.addWidget(self.consent_box, 5)
        bottom.addLayout(save_column, 3)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(bottom, 1, 0, 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        # Spare height goes to the privacy text first (up to five lines), so it can be
        # read without scrolling.
        grid.setRowStretch(1, 1)

        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._build_contact(left, events)
        self._build_interests(right, events)
        self.consent = self.consent_box.checkbox
        self.errors["consent"] = self.consent_box.error

        self.print_pack = QCheckBox(translate("Kiosk", "Pakket nu afdrukken"), self)
        self.print_pack.setObjectName("printPack")
        self.print_pack.setToolTip(
            translate("Kiosk", "Het informatiepakket meteen afdrukken en meegeven")
        )
        self.print_pack.installEventFilter(events)
        scaled(self.print_pack, 0.8)
        self.print_pack.setVisible(can_print)
        save_column.addStretch(1)
        save_column.addWidget(self.print_pack)
        self.summary = QLabel(self)
        self.summary.setObjectName("kioskSummary")
        self.summary.setWordWrap(True)
        scaled(self.summary, 0.85, bold=True)
        self.summary.hide()
        save_column.addWidget(self.summary)
        self.save_button = QPushButton(translate("Kiosk", "Opslaan"), self)
        self.save_button.setObjectName("kioskSave")
        self.save_button.setToolTip(
            translate("Kiosk", "Opslaan (Enter op deze knop, of Ctrl+Enter)")
        )
        scaled(self.save_button, 1.1, bold=True)
        self.save_button.installEventFilter(events)
        save_column.addWidget(self.save_button)

        chain: list[QWidget] = [
            *(self.fields[k] for k in FIELDS),
            *self.toggles.values(),
            self.consent,
            self.print_pack,
            self.save_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for key, edit in self.fields.items():
            edit.editingFinished.connect(lambda k=key: self.check_one(k))
            edit.textEdited.connect(lambda _text, k=key: self._edited(k))

    def _build_contact(self, left: QVBoxLayout, events: QObject) -> None:
        names = QGridLayout()
        names.setHorizontalSpacing(14)
        names.setVerticalSpacing(2)
        first = line(self, "first_name", translate("Kiosk", "Voornaam"), events)
        last = line(self, "last_name", translate("Kiosk", "Achternaam"), events)
        names.addWidget(caption(translate("Kiosk", "&Voornaam"), self, first), 0, 0)
        names.addWidget(caption(translate("Kiosk", "&Achternaam"), self, last), 0, 1)
        names.addWidget(first, 1, 0)
        names.addWidget(last, 1, 1)
        left.addLayout(names)
        self.fields["first_name"], self.fields["last_name"] = first, last
        self.errors["first_name"] = error_label(self, "name")
        left.addWidget(self.errors["first_name"])
        left.addSpacing(4)

        email = line(self, "email", translate("Kiosk", "E-mailadres"), events)
        email.setInputMethodHints(
            email.inputMethodHints()
            | Qt.InputMethodHint.ImhEmailCharactersOnly
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        left.addWidget(caption(translate("Kiosk", "&E-mailadres"), self, email))
        left.addWidget(email)
        self.fields["email"] = email
        self.errors["email"] = error_label(self, "email")
        left.addWidget(self.errors["email"])
        phone = line(self, "phone", translate("Kiosk", "Telefoonnummer"), events)
        phone.setInputMethodHints(
            phone.inputMethodHints() | Qt.InputMethodHint.ImhDialableCharactersOnly
        )
        left.addWidget(caption(translate("Kiosk", "&Telefoonnummer"), self, phone))
        left.addWidget(phone)
        self.fields["phone"] = phone
        self.errors["phone"] = error_label(self, "phone")
        left.addWidget(self.errors["phone"])
        left.addWidget(
            hint(
                translate("Kiosk", "E-mail of telefoon is genoeg; allebei mag ook."),
                self,
            )
        )
        left.addSpacing(4)
        left.addStretch(1)

    def _build_interests(self, right: QVBoxLayout, events: QObject) -> None:
        postcode = line(self, "postcode", translate("Kiosk", "Postcode"), events)
        postcode.setMaxLength(10)
        right.addWidget(caption(translate("Kiosk", "&Postcode (mag leeg)"), self, postcode))
        right.addWidget(postcode)
        self.fields["postcode"] = postcode
        self.errors["postcode"] = error_label(self, "postcode")
        right.addWidget(self.errors["postcode"])
        right.addSpacing(6)
        interests_caption = QLabel(
            translate("Kiosk", "Waar heeft u interesse in? Kies er een of meer."), self
        )
        scaled(interests_caption, 0.85, bold=True)
        right.addWidget(interests_caption)
        toggles = QGridLayout()
        toggles.setHorizontalSpacing(10)
        toggles.setVerticalSpacing(8)
        self.toggles: dict[Interest, QPushButton] = {}
        for index, interest in enumerate(Interest):
            button = QPushButton(self)
            button.setObjectName("interestToggle")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("interest", interest.value)
            button.setAccessibleName(
                translate("Kiosk", "Interesse: {name}").format(name=label(interest))
            )
            button.toggled.connect(lambda _on, b=button, i=interest: self._toggle_text(b, i))
            button.installEventFilter(events)
            self._toggle_text(button, interest)
            toggles.addWidget(button, index // 2, index % 2)
            self.toggles[interest] = button
        right.addLayout(toggles)
        right.addStretch(1)

    def apply_sizes(self) -> None:
        """Sizes that follow the type size (after ``KioskWindow.apply_fonts``)."""
        self.consent_box.fit_text()
        postcode = self.fields["postcode"]
        postcode.setMaximumWidth(postcode.fontMetrics().horizontalAdvance("0000 AAAA") + 48)

    @staticmethod
    def _toggle_text(button: QPushButton, interest: Interest) -> None:
        # A tick as well as the colour, so the choice is clear without seeing colour.
        button.setText(("✓  " if button.isChecked() else "○  ") + label(interest))

    # ----------------------------------------------------------------- the privacy text

    @property
    def consent_version(self) -> str | None:
        return self.consent_box.version

    def show_privacy(self, text: Any, *, busy: bool) -> None:
        """The privacy text (a ``ConsentText``) or None: without one nothing is saved."""
        self.consent_box.show_text(text)
        self.save_button.setEnabled(text is not None and not busy)

    # ----------------------------------------------------------------- checking

    def mark(self, key: str, message: str) -> None:
        row = "first_name" if key == "last_name" else key
        set_error(self.errors[row], message)
        edits = (
            [self.fields["first_name"], self.fields["last_name"]]
            if row == "first_name"
            else [self.fields[key]]
            if key in self.fields
            else []
        )
        for edit in edits:
            edit.setProperty("invalid", bool(message))
            edit.setAccessibleDescription(message)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def check_one(self, key: str) -> None:
        """Check a field when it is left; nothing typed is changed."""
        if key in ("first_name", "last_name"):
            for part in ("first_name", "last_name"):
                error = check_field(part, self.fields[part].text())
                if error is not None:
                    self.mark("first_name", error.message)
                    return
            self.mark("first_name", "")
            return
        error = check_field(key, self.fields[key].text())
        self.mark(key, error.message if error else "")

    def _edited(self, key: str) -> None:
        """Typing in a field with a message: the message goes as soon as it is right."""
        row = "first_name" if key == "last_name" else key
        if not self.errors[row].isHidden() and check_field(key, self.fields[key].text()) is None:
            self.check_one(key)
        self.show_summary("")

    def show_summary(self, text: str) -> None:
        set_error(self.summary, text)

    def values(self, event_name: str) -> RequestInput:
        # "de Vries" typed as the last name: the tussenvoegsel goes where it belongs.
        prefix, last = split_last_name(self.fields["last_name"].text())
        return RequestInput(
            first_name=self.fields["first_name"].text(),
            name_prefix=prefix,
            last_name=last,
            email=self.fields["email"].text(),
            phone=self.fields["phone"].text(),
            postcode=self.fields["postcode"].text(),
            interests=tuple(i for i, b in self.toggles.items() if b.isChecked()),
            source=Source.POPUP,
            event_name=event_name,
            consent_contact=True,
            consent_store=True,
            consent_at=self._now(),
            consent_text_version=self.consent_version or "",
        )

    def problems(self, event_name: str) -> list[ValidationError]:
        """Everything to put right before the visitor can be saved."""
        found = validate_request_input(self.values(event_name))
        errors = list(found) if isinstance(found, list) else []
        consent = self.consent_box.consent_problem()
        if consent is not None:
            errors.append(ValidationError(consent, field="consent"))
        return errors

    def show_problems(self, errors: list[ValidationError]) -> None:
        for key in _ROWS:
            self.mark(key, "")
        loose: list[str] = []
        shown: dict[str, list[str]] = {}
        for error in errors:
            row = _MESSAGE_ROW.get(error.field or "")
            if row is None:
                loose.append(error.message)
            else:
                shown.setdefault(row, []).append(error.message)
        for key, messages in shown.items():
            self.mark(key, " ".join(messages))
        first = next((k for k in _ROWS if k in shown), None)
        if first == "consent":
            self.consent.setFocus()
        elif first is not None:
            self.fields[first].setFocus()
        self.show_summary(
            " ".join(loose)
            if loose
            else translate("Kiosk", "Nog niet opgeslagen: kijk bij de rode tekst.")
        )

    # ----------------------------------------------------------------- busy, clearing

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.consent_version is not None)
        self.save_button.setText(
            translate("Kiosk", "Bezig met opslaan…") if busy else translate("Kiosk", "Opslaan")
        )
        for widget in (*self.fields.values(), *self.toggles.values(), self.consent):
            widget.setEnabled(not busy)

    def clear(self) -> None:
        """The empty form for the next visitor: no text, no ticks, no messages."""
        for edit in self.fields.values():
            clear_line(edit)
        for button in self.toggles.values():
            button.setChecked(False)
        self.consent.setChecked(False)
        for error in self.errors.values():
            set_error(error, "")
        self.show_summary("")
        self.fields["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def has_input(self) -> bool:
        return (
            any(e.text() for e in self.fields.values())
            or any(b.isChecked() for b in self.toggles.values())
            or self.consent.isChecked()
        )
