"""Moving a family through the pipeline, from the board, the keyboard or the detail panel.

One controller for all three, so a move behaves the same everywhere: it runs in the
background through ``storage.households.move_stage``; a refused move (for example
"beschikbaar" while a VGB expired) comes back as the Dutch sentence of
``MoveRefused`` and nothing changes; pausing and stopping first ask for a reason (a
drop-out reason from the list plus free text) in :class:`StopDialog`.

"Next" and "back" (Ctrl+→ and Ctrl+←) follow the family's own route, so a support
family skips the family study, and "next" resumes a paused or stopped family in the
stage it left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from utregs_plekkie.core.enums import PipelineStage, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.pipeline import OFF_ROUTE_STAGES, MoveKind, MoveRefused, StageMove
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.dialogs import StopDialog
from utregs_plekkie.gui.households.widgets import format_date
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.households import MoveResult, move_stage, moves_for

FORWARD = 1
BACKWARD = -1


@dataclass(frozen=True)
class MoveOutcome:
    household_id: int
    name: str
    result: MoveResult


def _pick(moves: list[StageMove], direction: int) -> StageMove | None:
    kinds = (MoveKind.NEXT, MoveKind.RESUME) if direction > 0 else (MoveKind.BACK,)
    return next((mv for mv in moves if mv.kind in kinds), None)


class MoveController(QObject):
    """Runs moves and reports how they went (``moved`` or ``refused``)."""

    #: A move was made (:class:`MoveOutcome`).
    moved = Signal(object)
    #: A move was refused: household id and the sentence that says why.
    refused = Signal(int, str)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.db = ctx.db
        self.widget = widget
        self.dialog: StopDialog | None = None
        self.busy = False

    # ----------------------------------------------------------------- sentences

    def moved_text(self, outcome: MoveOutcome) -> str:
        move = outcome.result.move
        text = self.tr("{name} staat nu in de fase {stage}.").format(
            name=outcome.name, stage=label(move.to_stage)
        )
        action = outcome.result.next_action
        if action.text:
            when = (
                self.tr(" (uiterlijk {date})").format(date=format_date(action.due_on))
                if action.due_on
                else ""
            )
            text += " " + self.tr("Volgende actie: {action}{when}.").format(
                action=action.text, when=when
            )
        return text

    def _no_move(self, name: str, stage: PipelineStage, direction: int) -> str:
        if direction > 0:
            if stage == PipelineStage.BESCHIKBAAR:
                return self.tr(
                    "{name} is al beschikbaar; dat is de laatste fase. Pauzeren of stoppen "
                    "kan met de knoppen bij het gezin."
                ).format(name=name)
            return self.tr("{name} kan vanuit {stage} niet verder.").format(
                name=name, stage=label(stage)
            )
        if stage in OFF_ROUTE_STAGES:
            return self.tr(
                "{name} is {stage}. Hervat het gezin met Ctrl+→ of 'Volgende fase'."
            ).format(name=name, stage=label(stage))
        return self.tr("{name} staat in de eerste fase; verder terug kan niet.").format(name=name)

    # ----------------------------------------------------------------- moves

    def move_to(
        self,
        household_id: int,
        name: str,
        to_stage: PipelineStage,
        version: int | None = None,
    ) -> StopDialog | None:
        """Move to ``to_stage``; pausing and stopping open the dialog for the reason."""
        if to_stage in OFF_ROUTE_STAGES:
            return self.ask_reason(household_id, name, to_stage, version)
        db, actor = self.db, self.ctx.actor
        self._run(
            household_id,
            name,
            lambda: move_stage(
                db,
                household_id,
                to_stage,
                expected_version=version,
                actor=actor,
            ),
        )
        return None

    def step(
        self,
        household_id: int,
        name: str,
        stage: PipelineStage,
        direction: int,
        version: int | None = None,
    ) -> None:
        """One step along the family's route: forward (or resume), or back."""
        db, actor = self.db, self.ctx.actor
        refusal = self._no_move(name, stage, direction)

        def work() -> MoveResult:
            move = _pick(moves_for(db, household_id), direction)
            if move is None:
                raise MoveRefused(refusal)
            return move_stage(
                db,
                household_id,
                move.to_stage,
                expected_version=version,
                actor=actor,
            )

        self._run(household_id, name, work)

    def ask_reason(
        self,
        household_id: int,
        name: str,
        to_stage: PipelineStage,
        version: int | None = None,
    ) -> StopDialog:
        dialog = StopDialog(self.ctx, household_id, name, to_stage, version, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda result: self.moved.emit(MoveOutcome(household_id, name, result))
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run(self, household_id: int, name: str, work: Callable[[], MoveResult]) -> None:
        self.busy = True

        def done(result: MoveResult) -> None:
            self.busy = False
            self.moved.emit(MoveOutcome(household_id, name, result))

        def failed(error: BaseException) -> None:
            self.busy = False
            if isinstance(error, UserError):
                self.refused.emit(household_id, error.message)
            else:
                report_failure(error, self.widget)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)
