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
    QDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import ProposalStatus, label
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.core.matching import component_label
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar
from utregs_plekkie.gui.matching.common import (
    bullets,
    format_day,
    format_moment,
    format_score,
    section_label,
    set_text,
    text_label,
)
from utregs_plekkie.gui.matching.proposals.dialogs import (
    DeclineDialog,
    EndPlacementDialog,
    PlaceDialog,
    _StepDialog,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import ProposalView, proposal_view

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
