"""A proposal from start to end: propose, kennismaking, geaccepteerd or afgewezen,
geplaatst, beëindigd.

:class:`ProposalPanel` shows one proposal as it was frozen (score, components,
explanation), its status history, and the buttons for the next steps that are
possible. The steps with something to fill in have their own small dialog: a decline
needs a reason (the dialog does not accept an empty one), a placement a start date and
the parts of the week, the end of a placement a date and a reason. Every step runs in
the background through ``storage.matching`` (one transaction, version-checked, with
its audit line); a step refused because someone else moved the proposal first says so
and offers to reload.
"""

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
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareForm, ProposalStatus, label
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.matching import component_label
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.schedule_grid import ScheduleEditor
from utregs_plekkie.gui.households.widgets import DateField, FlowLayout, MessageBar, hint
from utregs_plekkie.gui.matching.common import (
    bullets,
    format_day,
    format_moment,
    format_score,
    section_label,
    set_text,
    text_label,
    translate,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import ProposalView, proposal_view

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


# --------------------------------------------------------------------------- the panel


class ProposalPanel(QWidget):
    """One proposal: what was frozen, its history, and the next steps."""

    #: Emitted with the child's code after a step succeeded.
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.setObjectName("proposalPanel")
        self.setAccessibleName(self.tr("Gekozen voorstel"))
        self.view: ProposalView | None = None
        self.loading = False
        self.dialog: QDialog | None = None
        # A newer proposal chosen replaces the load of the one before.
        self._loads = LatestOnly(owner=self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.setSpacing(6)
        self.heading = section_label(self.tr("Kies een voorstel"), self)
        self.heading.setObjectName("proposalHeading")
        outer.addWidget(self.heading)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)
        buttons = FlowLayout(spacing=6)
        self.meeting_button = QPushButton(self.tr("Kennismaking gestart"), self)
        self.meeting_button.setObjectName("startMeeting")
        self.meeting_button.clicked.connect(self.start_meeting)
        self.accept_button = QPushButton(self.tr("Geaccepteerd"), self)
        self.accept_button.setObjectName("acceptProposal")
        self.accept_button.setToolTip(self.tr("Iedereen is het na de kennismaking eens"))
        self.accept_button.clicked.connect(self.accept_proposal)
        self.place_button = QPushButton(self.tr("Plaatsen…"), self)
        self.place_button.setObjectName("placeChild")
        self.place_button.clicked.connect(self.open_place)
        self.decline_button = QPushButton(self.tr("Afwijzen…"), self)
        self.decline_button.setObjectName("declineProposal")
        self.decline_button.clicked.connect(self.open_decline)
        self.end_button = QPushButton(self.tr("Plaatsing beëindigen…"), self)
        self.end_button.setObjectName("endPlacement")
        self.end_button.clicked.connect(self.open_end)
        self.step_buttons = [
            self.meeting_button,
            self.accept_button,
            self.place_button,
            self.decline_button,
            self.end_button,
        ]
        for button in self.step_buttons:
            buttons.addWidget(button)
            button.hide()
        outer.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(2, 2, 2, 2)
        self.facts = text_label(inner, "proposalFacts")
        inner_layout.addWidget(self.facts)
        self.frozen_heading = section_label(self.tr("Vastgelegd bij het voorstel"), inner)
        inner_layout.addWidget(self.frozen_heading)
        self.frozen = text_label(inner, "proposalFrozen")
        inner_layout.addWidget(self.frozen)
        self.history_heading = section_label(self.tr("Geschiedenis"), inner)
        inner_layout.addWidget(self.history_heading)
        self.history = text_label(inner, "proposalHistory")
        inner_layout.addWidget(self.history)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        for widget in (self.frozen_heading, self.history_heading):
            widget.hide()
        set_text(self.facts, self._empty_text())

    def _empty_text(self) -> str:
        return self.tr(
            "Kies een voorstel: u ziet dan wat er bij het voorstel is vastgelegd (score en "
            "uitleg), de geschiedenis en de volgende stap."
        )

    # ----------------------------------------------------------------- showing

    def load(self, proposal_id: int) -> None:
        """Show proposal ``proposal_id`` (loaded in the background)."""
        if proposal_id < 0:
            return
        self.loading = True
        db = self.db

        def arrived(view: ProposalView) -> None:
            self.loading = False
            self.show_view(view)

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        self._loads.run(
            lambda: proposal_view(db, proposal_id), on_success=arrived, on_failure=failed
        )

    def clear(self) -> None:
        self.view = None
        set_text(self.heading, self.tr("Kies een voorstel"))
        for widget in (self.frozen, self.history):
            widget.clear()
        set_text(self.facts, self._empty_text())
        for hidden in (self.frozen_heading, self.history_heading, *self.step_buttons):
            hidden.hide()

    def show_view(self, view: ProposalView) -> None:
        self.view = view
        info = view.info
        self.bar.dismiss()
        set_text(
            self.heading,
            self.tr("Kind {code} bij {gezin}").format(code=info.child, gezin=view.household_name),
        )
        facts = [
            self.tr("Status: {status}").format(status=label(info.status)),
            self.tr("Score bij het voorstel: {score}").format(score=format_score(info.score)),
            self.tr("Voorgesteld op {datum}").format(datum=format_moment(info.proposed_at)),
        ]
        if view.offer_care_form is not None:
            facts.append(self.tr("Aanbod: {zorgvorm}").format(zorgvorm=label(view.offer_care_form)))
        if info.planned_start is not None and view.placement_starts_on is None:
            facts.append(
                self.tr("Gewenste start: {datum}").format(datum=format_day(info.planned_start))
            )
        care = view.offer_care_form
        if info.schedule is not None and care is not None and care.family.value != "voltijd":
            facts.append(self.tr("Dagdelen: {rooster}").format(rooster=info.schedule.describe()))
        if view.placement_starts_on is not None:
            text = self.tr("Geplaatst vanaf {datum}").format(
                datum=format_day(view.placement_starts_on)
            )
            if view.placement_ends_on is not None:
                text += self.tr(", laatste dag {datum}").format(
                    datum=format_day(view.placement_ends_on)
                )
            facts.append(text)
        if info.decline_reason:
            facts.append(self.tr("Reden van afwijzen: {reden}").format(reden=info.decline_reason))
        set_text(self.facts, "\n".join(facts))
        components = [
            self.tr("{onderdeel}: {waarde}").format(
                onderdeel=component_label(name), waarde=format_score(float(value))
            )
            for name, value in info.components.items()
        ]
        set_text(
            self.frozen,
            bullets([*info.explanation]) + ("\n\n" if components else "") + bullets(components),
        )
        steps = []
        for step in view.history:
            line = f"{format_moment(step.at)} · {label(step.to_status)}"
            if step.username:
                line += f" · {step.username}"
            if step.reason:
                line += f" · {step.reason}"
            steps.append(line)
        set_text(self.history, "\n".join(steps) if steps else self.tr("Nog geen stappen."))
        for widget in (self.frozen_heading, self.history_heading):
            widget.show()
        status = info.status
        self.meeting_button.setVisible(status == ProposalStatus.VOORGESTELD)
        self.accept_button.setVisible(status == ProposalStatus.KENNISMAKING)
        self.place_button.setVisible(status == ProposalStatus.GEACCEPTEERD)
        self.decline_button.setVisible(
            status
            in (
                ProposalStatus.VOORGESTELD,
                ProposalStatus.KENNISMAKING,
                ProposalStatus.GEACCEPTEERD,
            )
        )
        self.end_button.setVisible(
            status == ProposalStatus.GEPLAATST and view.placement_ends_on is None
        )

    def is_loading(self) -> bool:
        return self.loading

    # ----------------------------------------------------------------- steps

    def _step(self, work: Callable[[], Any], message: str) -> None:
        view = self.view
        if view is None:
            return
        for button in self.step_buttons:
            button.setEnabled(False)
        self.loading = True

        def finished(_result: Any) -> None:
            self.loading = False
            for button in self.step_buttons:
                button.setEnabled(True)
            self._after_step(view, message)

        def failed(error: BaseException) -> None:
            self.loading = False
            for button in self.step_buttons:
                button.setEnabled(True)
            self._refused(error)

        run_in_background(work, owner=self, on_success=finished, on_failure=failed)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, StaleRecordError):
            self.bar.show_message(error.message, "warning", [(self.tr("Vernieuwen"), self.reload)])
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def _after_step(self, view: ProposalView, message: str) -> None:
        self.load(view.id)
        self.changed.emit(view.info.child)
        self.bar.show_message(message, "success")

    def reload(self) -> None:
        if self.view is not None:
            self.load(self.view.id)

    def start_meeting(self) -> None:
        if self.view is None:
            return
        db, info = self.db, self.view.info
        actor = self.ctx.actor
        self._step(
            lambda: sm.start_kennismaking(db, info.id, info.version, actor=actor),
            self.tr("De kennismaking is vastgelegd."),
        )

    def accept_proposal(self) -> None:
        if self.view is None:
            return
        db, info = self.db, self.view.info
        actor = self.ctx.actor
        self._step(
            lambda: sm.accept(db, info.id, info.version, actor=actor),
            self.tr("Het voorstel is geaccepteerd. Kies 'Plaatsen…' als de startdatum bekend is."),
        )

    def _open(self, dialog: _StepDialog, message: str) -> _StepDialog:
        view = self.view
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if view is not None:
            dialog.step_done.connect(lambda _r: self._after_step(view, message))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_decline(self) -> DeclineDialog | None:
        if self.view is None:
            return None
        dialog = DeclineDialog(self.ctx, self.view, self)
        self._open(dialog, self.tr("Het voorstel is afgewezen; de reden is bewaard."))
        return dialog

    def open_place(self) -> PlaceDialog | None:
        if self.view is None:
            return None
        dialog = PlaceDialog(self.ctx, self.view, self)
        self._open(dialog, self.tr("Het kind is geplaatst."))
        return dialog

    def open_end(self) -> EndPlacementDialog | None:
        if self.view is None:
            return None
        dialog = EndPlacementDialog(self.ctx, self.view, self)
        self._open(dialog, self.tr("De plaatsing is beëindigd."))
        return dialog


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
