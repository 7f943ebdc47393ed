"""Plaatsingsplan: the best assignment of all waiting children at once.

The plan (``core.plan``, solved exactly) is computed off the GUI thread, with the
program's progress dialog and its Stop button (``gui.operations.run_operation``). It
suggests proposals (child, family, score) and says for every child without a family
why. Nothing is proposed until the user ticks suggestions and confirms; children of a
sibling group are ticked together (they are placed together). Each confirmed suggestion
becomes a real proposal through ``storage.matching.propose``, which checks every hard
limit again at that moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.plan import Assignment, PlanCancelled
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, hint
from utregs_plekkie.gui.matching.common import (
    format_score,
    section_label,
    set_text,
    text_label,
)
from utregs_plekkie.gui.matching.models import RowsModel
from utregs_plekkie.gui.matching.workbench.tables import fit_columns, make_table
from utregs_plekkie.gui.operations import Operation, Progress, run_operation
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import PlanView, placement_plan


@dataclass(frozen=True)
class ProposalOutcome:
    codes: tuple[str, ...]
    household: str
    ok: bool
    message: str


class PlanDialog(QDialog):
    """Compute the plan, show it, and propose what the user ticked."""

    #: Emitted after proposals were made (the page reloads its lists).
    proposed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        title = self.tr("Plaatsingsplan")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("planDialog")
        self.plan_view: PlanView | None = None
        self.running = False
        self.proposing = False
        self._operation: Operation | None = None
        self._done: set[int] = set()

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            hint(
                self.tr(
                    "Het plan zoekt voor alle wachtende kinderen tegelijk de verdeling over de "
                    "gezinnen met de hoogste totale score, binnen de vrije plekken; broers en "
                    "zussen blijven samen. Er wordt niets voorgesteld tot u suggesties "
                    "aanvinkt en op 'Aangevinkte voorstellen doen' klikt."
                ),
                self,
            )
        )
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("hintLabel")
        layout.addWidget(self.progress_label)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        self.summary = text_label(self, "planSummary")
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(section_label(self.tr("Voorgestelde plaatsingen"), top))
        self.suggestions = RowsModel(
            [
                self.tr("Kind"),
                self.tr("Gezin"),
                self.tr("Score"),
                self.tr("Samen met"),
                self.tr("Resultaat"),
            ],
            numeric=(2,),
            checkable=True,
            parent=self,
        )
        self.suggestions.on_check = self._ticked
        self.suggestion_table = make_table(
            self.suggestions, "planSuggestions", self.tr("Voorgestelde plaatsingen"), top
        )
        top_layout.addWidget(self.suggestion_table, 1)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(section_label(self.tr("Kinderen zonder gezin in dit plan"), bottom))
        self.unassigned = RowsModel([self.tr("Kind"), self.tr("Waarom")], parent=self)
        self.unassigned_table = make_table(
            self.unassigned, "planUnassigned", self.tr("Kinderen zonder gezin"), bottom
        )
        self.unassigned_table.setWordWrap(True)
        bottom_layout.addWidget(self.unassigned_table, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        buttons = FlowLayout(spacing=6)
        self.all_button = QPushButton(self.tr("Alles aanvinken"), self)
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = QPushButton(self.tr("Niets aanvinken"), self)
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("planConfirm")
        self.confirm_button.clicked.connect(self.confirm)
        self.again_button = QPushButton(self.tr("Opnieuw berekenen"), self)
        self.again_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.all_button,
            self.none_button,
            self.confirm_button,
            self.again_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_buttons()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(
            980 if screen is None else min(980, int(screen.width() * 0.95)),
            700 if screen is None else min(700, int(screen.height() * 0.9)),
        )

    # ----------------------------------------------------------------- computing

    def start(self) -> None:
        """Compute the plan in the background."""
        if self.running or self.proposing:
            return
        self.running = True
        self.bar.dismiss()
        set_text(self.progress_label, self.tr("Gezinnen en wachtende kinderen laden…"))
        self._update_buttons()
        db, actor = self.db, self.ctx.actor

        def work(progress: Progress) -> PlanView:
            return placement_plan(db, actor, progress=progress)

        def arrived(result: PlanView) -> None:
            self.running = False
            if operation.cancelled:
                self._cancelled()
                return
            self.show_plan(result)

        def failed(error: BaseException) -> None:
            self.running = False
            if isinstance(error, PlanCancelled):
                self._cancelled()
            elif isinstance(error, UserError):
                self._stopped(error.message)
            else:
                self._stopped(self.tr("Het plan kon niet worden berekend."))
                report_failure(error, self)

        def cancelled() -> None:
            self.running = False
            self._cancelled()

        operation = run_operation(
            work,
            parent=self,
            title=self.tr("Plaatsingsplan"),
            label=self.tr("Gezinnen en wachtende kinderen laden…"),
            on_success=arrived,
            on_failure=failed,
            on_cancelled=cancelled,
        )
        self._operation = operation

    def cancel(self) -> None:
        """Stop computing the plan (the progress dialog's Stop does the same)."""
        if self.running and self._operation is not None:
            self._operation.cancel()

    def _cancelled(self) -> None:
        self._stopped(self.tr("Het plan is afgebroken; er is niets voorgesteld."))

    def _stopped(self, message: str) -> None:
        set_text(self.progress_label, "")
        self.bar.show_message(message, "info")
        self._update_buttons()

    def reject(self) -> None:
        # Closing stops a plan that is still being computed (its result is dropped).
        self.cancel()
        super().reject()

    def is_busy(self) -> bool:
        return self.running or self.proposing

    # ----------------------------------------------------------------- showing

    def show_plan(self, result: PlanView) -> None:
        self.plan_view = result
        self._done = set()
        plan = result.plan
        set_text(self.progress_label, self.tr("Klaar"))
        summary = self.tr(
            "{placed} kinderen krijgen een gezin, {left} (nog) niet. Totale score {total}."
        ).format(
            placed=len(plan.assignments),
            left=len(plan.unassigned),
            total=format_score(plan.total_score),
        )
        if not plan.optimal:
            summary += " " + self.tr(
                "Het rekenen is na de tijdslimiet gestopt: dit is het beste plan dat gevonden is."
            )
        set_text(self.summary, summary)
        rows = []
        for assignment in plan.assignments:
            rows.append(
                (
                    assignment.child,
                    self._name(assignment.household_id),
                    format_score(assignment.score),
                    ", ".join(c for c in assignment.group if c != assignment.child),
                    "",
                )
            )
        self.suggestions.set_rows(rows, list(range(len(plan.assignments))))
        fit_columns(self.suggestion_table)
        self.unassigned.set_rows(
            [(u.child, u.reason) for u in plan.unassigned], [u.child for u in plan.unassigned]
        )
        fit_columns(self.unassigned_table, 160)
        self.unassigned_table.resizeRowsToContents()
        if not plan.assignments:
            self.bar.show_message(
                self.tr(
                    "Het plan vindt nu voor geen enkel kind een gezin; de redenen staan hieronder."
                ),
                "info",
            )
        self._update_buttons()

    def _name(self, household_id: int) -> str:
        names = self.plan_view.names if self.plan_view is not None else {}
        return names.get(household_id) or self.tr("gezin {id}").format(id=household_id)

    def _group_rows(self, row: int) -> list[int]:
        if self.plan_view is None:
            return [row]
        assignment = self.plan_view.plan.assignments[row]
        if not assignment.group:
            return [row]
        return [
            r
            for r, other in enumerate(self.plan_view.plan.assignments)
            if other.group == assignment.group and other.household_id == assignment.household_id
        ]

    def _ticked(self, row: int, on: bool) -> None:
        if row in self._done and on:
            self.suggestions.set_checked(row, False, notify=False)
            return
        for other in self._group_rows(row):
            if other != row:
                self.suggestions.set_checked(other, on, notify=False)
        self._update_buttons()

    def tick(self, row: int, on: bool = True) -> None:
        self.suggestions.set_checked(row, on)

    def tick_all(self, on: bool) -> None:
        for row in range(self.suggestions.rowCount()):
            if row not in self._done:
                self.suggestions.set_checked(row, on, notify=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ticked = [r for r in self.suggestions.checked_rows() if r not in self._done]
        busy = self.running or self.proposing
        self.confirm_button.setText(
            self.tr("Aangevinkte voorstellen doen ({n})").format(n=len(ticked))
        )
        self.confirm_button.setEnabled(bool(ticked) and not busy)
        self.again_button.setEnabled(not busy)
        has_rows = self.suggestions.rowCount() > 0 and not busy
        self.all_button.setEnabled(has_rows)
        self.none_button.setEnabled(has_rows)

    # ----------------------------------------------------------------- proposing

    def confirm(self) -> None:
        """Propose every ticked suggestion (a sibling group once, together)."""
        if self.plan_view is None or self.proposing:
            return
        assignments = self.plan_view.plan.assignments
        ticked = [r for r in self.suggestions.checked_rows() if r not in self._done]
        if not ticked:
            return
        groups: dict[tuple[str, ...], tuple[Assignment, list[int]]] = {}
        for row in ticked:
            a = assignments[row]
            key = a.group or (a.child,)
            if key not in groups:
                groups[key] = (a, [])
            groups[key][1].append(row)
        db = self.db
        actor = self.ctx.actor
        work_items = [
            (key, a, rows, self._name(a.household_id)) for key, (a, rows) in groups.items()
        ]
        self.proposing = True
        self._update_buttons()
        set_text(self.progress_label, self.tr("Voorstellen doen…"))

        def work() -> list[tuple[list[int], ProposalOutcome]]:
            outcomes: list[tuple[list[int], ProposalOutcome]] = []
            for key, assignment, rows, name in work_items:
                try:
                    sm.propose(
                        db,
                        assignment.child,
                        assignment.household_id,
                        assignment.offer_id,
                        note="plaatsingsplan",
                        actor=actor,
                    )
                except UserError as error:
                    outcomes.append((rows, ProposalOutcome(key, name, False, error.message)))
                else:
                    outcomes.append((rows, ProposalOutcome(key, name, True, "")))
            return outcomes

        def finished(outcomes: list[tuple[list[int], ProposalOutcome]]) -> None:
            self.proposing = False
            set_text(self.progress_label, "")
            self._show_outcomes(outcomes)

        def failed(error: BaseException) -> None:
            self.proposing = False
            self._update_buttons()
            report_failure(error, self)

        run_in_background(work, owner=self, on_success=finished, on_failure=failed)

    def _show_outcomes(self, outcomes: list[tuple[list[int], ProposalOutcome]]) -> None:
        made = [o for _rows, o in outcomes if o.ok]
        refused = [o for _rows, o in outcomes if not o.ok]
        cells: dict[int, str] = {}
        for rows, outcome in outcomes:
            for row in rows:
                cells[row] = (
                    self.tr("voorgesteld")
                    if outcome.ok
                    else self.tr("niet gelukt: {reden}").format(reden=outcome.message)
                )
                if outcome.ok:
                    self._done.add(row)
                self.suggestions.set_checked(row, False, notify=False)
        self._set_results(cells)
        text = self.tr("{n} voorstel(len) gedaan.").format(n=len(made))
        if refused:
            text += " " + self.tr(
                "{n} lukte(n) niet, omdat er intussen iets veranderde; zie de kolom "
                "Resultaat. Bereken het plan opnieuw."
            ).format(n=len(refused))
        self.bar.show_message(text, "success" if not refused else "warning")
        self._update_buttons()
        if made:
            self.proposed.emit()

    def _set_results(self, cells: dict[int, str]) -> None:
        rows = []
        keys = self.suggestions.keys()
        checked = self.suggestions.checked_rows()
        for row in range(self.suggestions.rowCount()):
            values = list(self.suggestions.cells(row))
            if row in cells:
                values[4] = cells[row]
            rows.append(values)
        self.suggestions.set_rows(rows, keys)
        for row in checked:
            if row not in self._done and row not in cells:
                self.suggestions.set_checked(row, True, notify=False)

    def done_rows(self) -> set[int]:
        return set(self._done)


def open_plan(parent: QWidget, ctx: AppContext, on_proposed: Any = None) -> PlanDialog:
    """Open the plan dialog (window-modal, not blocking) and start computing."""
    dialog = PlanDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if on_proposed is not None:
        dialog.proposed.connect(on_proposed)
    dialog.show()
    dialog.start()
    return dialog
