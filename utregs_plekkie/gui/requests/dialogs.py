"""The dialogs of the Aanvragen page.

- :class:`StatusDialog`: one step in the status flow, with what that step needs (a
  dropout reason from the list, a date to get back in touch for "niet nu", a note),
  checked by ``core.requests.check_move`` before anything is saved.
- :class:`DuplicateDialog`: a request and an existing one that looks like it, side by
  side with the differences marked; merge them (``merge_requests`` keeps the history
  of both) or, for a new request, save it as new after all.
- :class:`NewRequestDialog` (Ctrl+N): a request typed in by hand, checked as it is
  typed, and compared with existing requests before it is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, RequestStatus, Source, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.requests import MAIN_LINE, DropoutReason, check_move, dropout_reason_label
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import (
    DateField,
    FieldForm,
    MessageBar,
    heading,
    hint,
)
from utregs_plekkie.gui.requests.form import RequestForm
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import lists
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    DuplicateCandidate,
    InvalidRequestError,
    RequestInput,
    create_request,
    find_duplicates,
    load_request,
    merge_requests,
    validate_request_input,
)

translate = QCoreApplication.translate

_INTEREST_VALUES = frozenset(i.value for i in Interest)
#: Existing requests compared with a new one at most.
MAX_CANDIDATES = 5

_DIFFERENT = QColor("#fff2c6")


# --------------------------------------------------------------------------- status


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


# --------------------------------------------------------------------------- duplicates


@dataclass(frozen=True)
class Side:
    """One of the two requests compared: its title and its values per row."""

    title: str
    request_id: int | None
    version: int | None
    received_at: datetime | None
    cells: dict[str, str] = field(default_factory=dict)


#: The rows of the comparison, in order (captions in ``_row_caption``).
_ROWS = ("name", "email", "phone", "address", "interests", "source", "received", "status", "notes")


def _row_caption(key: str) -> str:
    return {
        "name": translate("RequestDialogs", "Naam"),
        "email": translate("RequestDialogs", "E-mail"),
        "phone": translate("RequestDialogs", "Telefoon"),
        "address": translate("RequestDialogs", "Adres"),
        "interests": translate("RequestDialogs", "Interesse"),
        "source": translate("RequestDialogs", "Bron"),
        "received": translate("RequestDialogs", "Ontvangen"),
        "status": translate("RequestDialogs", "Status"),
        "notes": translate("RequestDialogs", "Opmerkingen"),
    }[key]


def _address(street: str, number: str, postcode: str, city: str) -> str:
    first = " ".join(p for p in (street, number) if p)
    second = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (first, second) if p)


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def side_of_record(record: m.InfoRequest) -> Side:
    number = (
        f"{record.house_number}{record.house_number_suffix}"
        if record.house_number is not None
        else ""
    )
    return Side(
        title=translate("RequestDialogs", "Aanvraag {id}").format(id=record.id),
        request_id=record.id,
        version=record.version,
        received_at=record.received_at,
        cells={
            "name": record.full_name,
            "email": record.email or "",
            "phone": format_phone(record.phone) if record.phone else "",
            "address": _address(record.street, number, record.postcode or "", record.city),
            "interests": ", ".join(sorted(label(i) for i in record.interest_set)),
            "source": label(record.source),
            "received": lists.format_datetime(record.received_at),
            "status": label(record.status),
            "notes": _short(record.notes),
        },
    )


def side_of_input(data: RequestInput) -> Side:
    interests = data.interests if not isinstance(data.interests, str) else ()
    source = data.source if isinstance(data.source, Source) else None
    return Side(
        title=translate("RequestDialogs", "Nieuwe aanvraag (nog niet opgeslagen)"),
        request_id=None,
        version=None,
        received_at=None,
        cells={
            "name": " ".join(
                p.strip() for p in (data.first_name, data.name_prefix, data.last_name) if p.strip()
            ),
            "email": data.email.strip(),
            "phone": data.phone.strip(),
            "address": _address(
                data.street.strip(),
                data.house_number.strip(),
                data.postcode.strip(),
                data.city.strip(),
            ),
            "interests": ", ".join(
                sorted(label(Interest(str(i))) for i in interests if str(i) in _INTEREST_VALUES)
            ),
            "source": label(source) if source else "",
            "received": translate("RequestDialogs", "nu"),
            "status": label(RequestStatus.NIEUW),
            "notes": _short(data.notes),
        },
    )


@dataclass(frozen=True)
class DuplicateChoice:
    """What the user chose: ``merge`` (keep ``keep_id``, fold the other into it) or
    ``new`` (save the new request as a request of its own)."""

    action: str
    candidate: DuplicateCandidate
    keep_id: int | None


class DuplicateDialog(QDialog):
    """Two requests side by side; merge them, or (for a new one) save it as new."""

    chosen = Signal(object)

    def __init__(
        self,
        left: Side,
        candidates: Sequence[tuple[DuplicateCandidate, Side]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert candidates
        self.left = left
        self.candidates = list(candidates)
        self.new = left.request_id is None
        self.setObjectName("duplicateDialog")
        title = translate("RequestDialogs", "Lijkt op een bestaande aanvraag")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = (
            translate(
                "RequestDialogs",
                "Deze nieuwe aanvraag lijkt op een aanvraag die er al is. Vergelijk ze en kies: "
                "samenvoegen (alle geschiedenis van beide blijft bewaard), of toch als nieuwe "
                "aanvraag opslaan.",
            )
            if self.new
            else translate(
                "RequestDialogs",
                "Deze twee aanvragen lijken op elkaar. Samenvoegen bewaart alle geschiedenis "
                "van beide; de ene aanvraag gaat op in de andere.",
            )
        )
        layout.addWidget(hint(intro, self))
        self.picker: QComboBox | None = None
        if len(self.candidates) > 1:
            self.picker = QComboBox(self)
            self.picker.setObjectName("candidatePicker")
            self.picker.setAccessibleName(translate("RequestDialogs", "Vergelijken met"))
            for candidate, _side in self.candidates:
                self.picker.addItem(candidate.describe(), candidate.request_id)
            self.picker.currentIndexChanged.connect(self._show_candidate)
            layout.addWidget(self.picker)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("duplicateReasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        self.table = QTableWidget(len(_ROWS), 2, self)
        self.table.setObjectName("comparison")
        self.table.setAccessibleName(
            translate("RequestDialogs", "Vergelijking van de twee aanvragen")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalHeaderLabels([_row_caption(k) for k in _ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)
        layout.addWidget(self.table)
        layout.addWidget(
            hint(
                translate(
                    "RequestDialogs",
                    "Geel: hier verschillen de twee. Samenvoegen overschrijft niets.",
                ),
                self,
            )
        )

        self.keep_group = QButtonGroup(self)
        self.keep_left = QRadioButton(self)
        self.keep_right = QRadioButton(self)
        self.keep_box = QWidget(self)
        keep_layout = QVBoxLayout(self.keep_box)
        keep_layout.setContentsMargins(0, 0, 0, 0)
        keep_layout.addWidget(
            QLabel(translate("RequestDialogs", "Welke aanvraag blijft bestaan?"), self.keep_box)
        )
        for radio in (self.keep_left, self.keep_right):
            self.keep_group.addButton(radio)
            keep_layout.addWidget(radio)
        layout.addWidget(self.keep_box)
        self.keep_box.setVisible(not self.new)

        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(translate("RequestDialogs", "Samenvoegen"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self._choose("merge"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button: QPushButton | None = None
        if self.new:
            self.new_button = QPushButton(
                translate("RequestDialogs", "Toch als nieuwe aanvraag opslaan"), self
            )
            self.new_button.setObjectName("saveAsNewButton")
            self.new_button.setAutoDefault(False)
            self.new_button.clicked.connect(lambda: self._choose("new"))
            buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(
            translate("RequestDialogs", "Terug naar het formulier")
            if self.new
            else translate("RequestDialogs", "Annuleren")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_candidate(0)

    def current(self) -> tuple[DuplicateCandidate, Side]:
        index = self.picker.currentIndex() if self.picker is not None else 0
        return self.candidates[max(0, index)]

    def _show_candidate(self, _index: int) -> None:
        candidate, right = self.current()
        self.reasons.setText(
            translate("RequestDialogs", "Waarom: {reasons}.").format(
                reasons="; ".join(candidate.reasons)
            )
        )
        self.reasons.setAccessibleName(self.reasons.text())
        self.table.setHorizontalHeaderLabels([self.left.title, right.title])
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, key in enumerate(_ROWS):
            a, b = self.left.cells.get(key, ""), right.cells.get(key, "")
            differ = key not in ("received", "status") and a.casefold() != b.casefold()
            for column, text in enumerate((a, b)):
                item = QTableWidgetItem(text or "—")
                item.setToolTip(text)
                if differ:
                    item.setBackground(QBrush(_DIFFERENT))
                    item.setForeground(QBrush(QColor("#1f2a30")))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setCurrentIndex(QModelIndex())
        # As tall as its rows: the choice below stays right under the comparison.
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)
        if not self.new:
            older_left = (
                self.left.received_at is not None
                and right.received_at is not None
                and self.left.received_at <= right.received_at
            )
            self.keep_left.setText(
                translate("RequestDialogs", "{title} (links), ontvangen {date}").format(
                    title=self.left.title, date=lists.format_date(self.left.received_at)
                )
            )
            self.keep_right.setText(
                translate("RequestDialogs", "{title} (rechts), ontvangen {date}").format(
                    title=right.title, date=lists.format_date(right.received_at)
                )
            )
            # The earliest request stays by default: it holds the longest history.
            (self.keep_left if older_left else self.keep_right).setChecked(True)
            self.merge_button.setText(translate("RequestDialogs", "Samenvoegen"))
        else:
            self.merge_button.setText(
                translate("RequestDialogs", "Samenvoegen met aanvraag {id}").format(
                    id=candidate.request_id
                )
            )

    def keep_id(self) -> int | None:
        candidate, right = self.current()
        if self.new:
            return candidate.request_id
        return self.left.request_id if self.keep_left.isChecked() else right.request_id

    def _choose(self, action: str) -> None:
        candidate, _right = self.current()
        self.chosen.emit(DuplicateChoice(action, candidate, self.keep_id()))
        self.accept()


def load_candidates(
    db: Database, candidates: Sequence[DuplicateCandidate], viewer: Actor
) -> list[tuple[DuplicateCandidate, Side]]:
    """The candidates' records for the comparison (each view is in the audit trail)."""
    sides: list[tuple[DuplicateCandidate, Side]] = []
    for candidate in candidates[:MAX_CANDIDATES]:
        record = load_request(db, candidate.request_id, viewer=viewer)
        sides.append((candidate, side_of_record(record)))
    return sides


# --------------------------------------------------------------------------- new request


class NewRequestDialog(QDialog):
    """A request typed in by hand (a phone call, an e-mail, a card from an evening)."""

    #: Saved: the id of the request that holds it now, and a sentence for the page.
    created = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.busy = False
        self.duplicate_dialog: DuplicateDialog | None = None
        self.setObjectName("newRequestDialog")
        title = translate("RequestDialogs", "Nieuwe aanvraag")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        layout.addWidget(
            hint(
                translate(
                    "RequestDialogs",
                    "Vul in wat u weet. Nodig zijn een naam en een e-mailadres of "
                    "telefoonnummer, en de bron. Bij opslaan wordt gekeken of de persoon al "
                    "bekend is.",
                ),
                self,
            )
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form = RequestForm(scroll, new=True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(translate("RequestDialogs", "Opslaan"), self)
        self.save_button.setObjectName("saveNewRequest")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("RequestDialogs", "Annuleren"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.load(RequestInput(source=None))
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, 640)
        self.form.focus_first()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(text or translate("RequestDialogs", "Opslaan"))

    def save(self) -> None:
        if self.busy:
            return
        self.bar.dismiss()
        data = self.form.values()
        errors: list[ValidationError] = []
        checked = validate_request_input(data)
        if isinstance(checked, list):
            errors.extend(checked)
        if data.source is None:
            errors.append(
                ValidationError(
                    translate(
                        "RequestDialogs", "Kies de bron: hoe heeft de persoon van ons gehoord?"
                    ),
                    field="source",
                )
            )
        if errors:
            self.form.show_errors(errors, self.bar)
            return
        self.form.form.clear_errors()
        db, actor = self.db, self.ctx.actor
        self._set_busy(True, translate("RequestDialogs", "Bezig met controleren…"))

        def work() -> list[tuple[DuplicateCandidate, Side]]:
            found = find_duplicates(db, data, limit=MAX_CANDIDATES)
            return load_candidates(db, found, actor)

        run_in_background(
            work,
            owner=self,
            on_success=lambda found: self._checked(data, found),
            on_failure=self._failed,
        )

    def _checked(self, data: RequestInput, found: list[tuple[DuplicateCandidate, Side]]) -> None:
        self._set_busy(False)
        if not found:
            self._store(data, None)
            return
        dialog = DuplicateDialog(side_of_input(data), found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda choice: self._store(data, choice))
        self.duplicate_dialog = dialog
        dialog.open()

    def _store(self, data: RequestInput, choice: DuplicateChoice | None) -> None:
        db, actor = self.db, self.ctx.actor
        merge_into = choice.keep_id if choice is not None and choice.action == "merge" else None
        merge_version = choice.candidate.version if merge_into is not None and choice else None
        self._set_busy(True, translate("RequestDialogs", "Bezig met opslaan…"))

        def work() -> tuple[int, str]:
            record = create_request(db, data, actor=actor)
            if merge_into is None:
                return record.id, translate(
                    "RequestDialogs", "Aanvraag {id} is opgeslagen."
                ).format(id=record.id)
            try:
                merge_requests(
                    db,
                    merge_into,
                    record.id,
                    keep_version=merge_version,
                    actor=actor,
                )
            except UserError as error:
                return record.id, translate(
                    "RequestDialogs",
                    "De aanvraag is opgeslagen als aanvraag {id}, maar samenvoegen lukte niet: "
                    "{reason} Voeg ze samen vanuit de details van de aanvraag.",
                ).format(id=record.id, reason=error.message)
            return merge_into, translate(
                "RequestDialogs",
                "Opgeslagen en samengevoegd met aanvraag {id}; de geschiedenis van beide is "
                "bewaard.",
            ).format(id=merge_into)

        run_in_background(work, owner=self, on_success=self._stored, on_failure=self._failed)

    def _stored(self, result: tuple[int, str]) -> None:
        self._set_busy(False)
        request_id, sentence = result
        self.created.emit(request_id, sentence)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidRequestError):
            self.form.show_errors(error.errors, self.bar)
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)
