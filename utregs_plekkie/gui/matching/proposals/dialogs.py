"""The small dialogs of a proposal's steps: propose, decline (with a reason), place
(start date and parts of the week), end a placement (date and reason)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareForm
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.schedule_grid import ScheduleEditor
from utregs_plekkie.gui.households.widgets import DateField, MessageBar, hint
from utregs_plekkie.gui.matching.common import (
    format_score,
    set_text,
    text_label,
    translate,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import ProposalView

_ERROR_STYLE = "color: #b3261e;"


def _error_label(parent: QWidget) -> QLabel:
    error = QLabel(parent)
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setStyleSheet(_ERROR_STYLE)
    error.hide()
    return error


def _show_error(label_widget: QLabel, message: str) -> None:
    label_widget.setText(message)
    label_widget.setAccessibleName(message)
    label_widget.show()


class _StepDialog(QDialog):
    """A small dialog that runs one step in the background and closes when it is done."""

    #: Emitted with the step's result once it succeeded (the dialog then closes).
    step_done = Signal(object)

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(8)
        self.bar = MessageBar(self)
        self.layout_.addWidget(self.bar)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_text = ok_text
        # Written out: self.tr would look in the context of the subclass.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Matching", "Annuleren")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.busy = False

    def submit(self) -> None:
        raise NotImplementedError

    def run_step(self, work: Callable[[], Any], on_field_error: Callable[[str], None]) -> None:
        if self.busy:
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self.ok_button.setText(translate("Matching", "Bezig…"))

        def finished(result: Any) -> None:
            self.busy = False
            self.step_done.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.ok_button.setEnabled(True)
            self.ok_button.setText(self.ok_text)
            if isinstance(error, ValidationError) and error.field:
                on_field_error(error.message)
            elif isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=finished, on_failure=failed)


class ProposeDialog(_StepDialog):
    """Propose the child (and its siblings) to one family: the score is frozen now."""

    def __init__(
        self,
        ctx: AppContext,
        code: str,
        household_id: int,
        household_name: str,
        offer_id: int | None,
        score: float | None,
        siblings: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Voorstellen"), self.tr("Voorstellen"), parent)
        self.ctx, self.db = ctx, ctx.db
        self.code, self.household_id, self.offer_id = code, household_id, offer_id
        question = self.tr("Kind {code} voorstellen aan {gezin}?").format(
            code=code, gezin=household_name
        )
        self.question = text_label(self, "proposeQuestion")
        set_text(self.question, question)
        self.body.addWidget(self.question)
        lines = []
        if siblings:
            lines.append(
                self.tr(
                    "Broers/zussen {codes} worden samen voorgesteld, bij hetzelfde gezin."
                ).format(codes=", ".join(siblings))
            )
        if score is not None:
            lines.append(
                self.tr(
                    "Score {score}. De score, de onderdelen en de uitleg worden nu vastgelegd "
                    "bij het voorstel; latere wijzigingen veranderen ze niet."
                ).format(score=format_score(score))
            )
        lines.append(self.tr("Daarna volgt de kennismaking; een mens beslist over elke stap."))
        self.body.addWidget(hint(" ".join(lines), self))
        self.note = QLineEdit(self)
        self.note.setObjectName("proposeNote")
        self.note.setPlaceholderText(self.tr("Notitie (niet verplicht)"))
        self.note.setAccessibleName(self.tr("Notitie bij het voorstel"))
        self.note.setMaxLength(500)
        self.body.addWidget(self.note)
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        db, code, hid, offer = self.db, self.code, self.household_id, self.offer_id
        note = self.note.text()
        actor = self.ctx.actor
        self.run_step(
            lambda: sm.propose(db, code, hid, offer, note=note, actor=actor),
            lambda message: self.bar.show_message(message, "error"),
        )


class DeclineDialog(_StepDialog):
    """Decline a proposal; the reason is required, kept, and the pair is not proposed
    again."""

    def __init__(self, ctx: AppContext, view: ProposalView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Voorstel afwijzen"), self.tr("Afwijzen"), parent)
        self.ctx, self.db, self.view = ctx, ctx.db, view
        self.body.addWidget(
            hint(
                self.tr(
                    "Waarom wordt het voorstel van kind {code} bij {gezin} afgewezen? De reden "
                    "wordt bewaard, en dit gezin wordt dit kind niet opnieuw voorgesteld."
                ).format(code=view.info.child, gezin=view.household_name),
                self,
            )
        )
        self.examples = QComboBox(self)
        self.examples.setObjectName("declineExamples")
        self.examples.setAccessibleName(self.tr("Veelvoorkomende reden kiezen"))
        self.examples.addItem(self.tr("Veelvoorkomende reden kiezen…"), "")
        # Reasons placement workers often give; a choice fills the box (still editable).
        for text in (
            self.tr("Het gezin ziet het na de kennismaking niet zitten"),
            self.tr("Het kind of de ouders willen liever een ander gezin"),
            self.tr("De reistijd naar school blijkt in de praktijk te lang"),
            self.tr("De plek is inmiddels niet meer beschikbaar"),
        ):
            self.examples.addItem(text, text)
        self.examples.activated.connect(self._example_chosen)
        self.body.addWidget(self.examples)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("declineReason")
        self.reason.setAccessibleName(self.tr("Reden van afwijzen (verplicht)"))
        self.reason.setPlaceholderText(self.tr("Reden (verplicht)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 5)
        self.error = _error_label(self)
        self.reason.textChanged.connect(self._typed)
        self.body.addWidget(self.reason)
        self.body.addWidget(self.error)
        self.resize(520, self.sizeHint().height())
        self.reason.setFocus()

    def _typed(self) -> None:
        if self.reason.toPlainText().strip():
            self.error.hide()

    def _example_chosen(self, index: int) -> None:
        text = str(self.examples.itemData(index) or "")
        if text:
            self.reason.setPlainText(text)
            self.reason.setFocus()

    def submit(self) -> None:
        why = " ".join(self.reason.toPlainText().split())
        if not why:
            _show_error(
                self.error,
                self.tr(
                    "Geef een reden op waarom het voorstel wordt afgewezen; die wordt bewaard."
                ),
            )
            self.reason.setFocus()
            return
        db, info = self.db, self.view.info
        actor = self.ctx.actor
        self.run_step(
            lambda: sm.decline(db, info.id, info.version, why, actor=actor),
            lambda message: _show_error(self.error, message),
        )


class PlaceDialog(_StepDialog):
    """Place the child from a start date; part-time care also says which parts of the
    week (the offer's schedule is then taken)."""

    def __init__(self, ctx: AppContext, view: ProposalView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plaatsen"), self.tr("Plaatsen"), parent)
        self.ctx, self.db, self.view = ctx, ctx.db, view
        self.body.addWidget(
            hint(
                self.tr(
                    "Kind {code} wordt geplaatst bij {gezin}. De plaatsing gebruikt vanaf de "
                    "startdatum een plek van het aanbod."
                ).format(code=view.info.child, gezin=view.household_name),
                self,
            )
        )
        form = QFormLayout()
        self.starts_on = DateField("starts_on", self)
        self.starts_on.setObjectName("placeStart")
        self.starts_on.setAccessibleName(self.tr("Startdatum"))
        start = view.info.planned_start
        self.starts_on.set_value(
            start if start is not None and start >= clock.today() else clock.today()
        )
        self.start_error = _error_label(self)
        start_box = QWidget(self)
        start_layout = QVBoxLayout(start_box)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(self.starts_on)
        start_layout.addWidget(self.start_error)
        form.addRow(self.tr("&Startdatum:"), start_box)
        care = view.offer_care_form
        self.part_time = care is not None and CareForm(care).family.value != "voltijd"
        self.schedule = ScheduleEditor(self)
        self.schedule.setObjectName("placeSchedule")
        self.schedule.set_schedule(view.info.schedule or view.child_schedule or Schedule.empty())
        if self.part_time:
            form.addRow(self.tr("&Dagdelen:"), self.schedule)
        else:
            self.schedule.hide()
            form.addRow(self.tr("Rooster:"), QLabel(self.tr("voltijd: de hele week"), self))
        self.body.addLayout(form)
        self.resize(560 if self.part_time else 440, self.sizeHint().height())

    def submit(self) -> None:
        try:
            starts_on = self.starts_on.value()
        except ValidationError as error:
            _show_error(self.start_error, error.message)
            return
        if starts_on is None:
            _show_error(self.start_error, self.tr("Vul de startdatum van de plaatsing in."))
            return
        self.start_error.hide()
        schedule = self.schedule.schedule() if self.part_time else None
        db, info = self.db, self.view.info
        actor = self.ctx.actor
        self.run_step(
            lambda: sm.place(db, info.id, info.version, starts_on, schedule, actor=actor),
            lambda message: _show_error(self.start_error, message),
        )


class EndPlacementDialog(_StepDialog):
    """End a placement on its last day; the reason is required."""

    def __init__(self, ctx: AppContext, view: ProposalView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plaatsing beëindigen"), self.tr("Beëindigen"), parent)
        self.ctx, self.db, self.view = ctx, ctx.db, view
        self.body.addWidget(
            hint(
                self.tr(
                    "De plaatsing van kind {code} bij {gezin} eindigt op de laatste dag die u "
                    "kiest; daarna is de plek weer vrij."
                ).format(code=view.info.child, gezin=view.household_name),
                self,
            )
        )
        form = QFormLayout()
        self.ends_on = DateField("ends_on", self)
        self.ends_on.setObjectName("placementEnd")
        self.ends_on.setAccessibleName(self.tr("Laatste dag"))
        self.ends_on.set_value(clock.today())
        self.date_error = _error_label(self)
        date_box = QWidget(self)
        date_layout = QVBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.ends_on)
        date_layout.addWidget(self.date_error)
        form.addRow(self.tr("&Laatste dag:"), date_box)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("endReason")
        self.reason.setAccessibleName(self.tr("Reden van beëindigen (verplicht)"))
        self.reason.setPlaceholderText(self.tr("Reden (verplicht)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.reason_error = _error_label(self)
        reason_box = QWidget(self)
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.reason)
        reason_layout.addWidget(self.reason_error)
        form.addRow(self.tr("&Reden:"), reason_box)
        self.body.addLayout(form)
        self.new_place = QCheckBox(
            self.tr("Het kind heeft een nieuwe plek nodig (het wacht dan weer op een gezin)"), self
        )
        self.new_place.setObjectName("needsNewPlace")
        self.body.addWidget(self.new_place)
        self.resize(520, self.sizeHint().height())

    def submit(self) -> None:
        self.date_error.hide()
        self.reason_error.hide()
        try:
            ends_on = self.ends_on.value()
        except ValidationError as error:
            _show_error(self.date_error, error.message)
            return
        if ends_on is None:
            _show_error(self.date_error, self.tr("Vul de laatste dag van de plaatsing in."))
            return
        why = " ".join(self.reason.toPlainText().split())
        if not why:
            _show_error(
                self.reason_error,
                self.tr("Geef een reden op waarom de plaatsing eindigt; die wordt bewaard."),
            )
            return
        info = self.view.info
        if info.placement_id is None or info.placement_version is None:
            self.bar.show_message(self.tr("Bij dit voorstel hoort geen plaatsing."), "error")
            return
        db, again = self.db, self.new_place.isChecked()
        placement_id, version = info.placement_id, info.placement_version
        actor = self.ctx.actor
        self.run_step(
            lambda: sm.end_placement(
                db,
                placement_id,
                version,
                ends_on,
                why,
                child_needs_new_place=again,
                actor=actor,
            ),
            lambda message: _show_error(self.date_error, message),
        )


def open_propose(
    parent: QWidget,
    ctx: AppContext,
    code: str,
    household_id: int,
    household_name: str,
    offer_id: int | None,
    score: float | None,
    siblings: tuple[str, ...],
    on_done: Callable[[Any], None],
) -> ProposeDialog:
    dialog = ProposeDialog(
        ctx, code, household_id, household_name, offer_id, score, siblings, parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.step_done.connect(on_done)
    dialog.open()
    return dialog
