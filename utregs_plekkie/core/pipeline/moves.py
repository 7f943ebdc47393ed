"""Moves through the stages: a family moves one step at a time along its route (the board
view's "next" and "back"), may pause and resume, and may stop from anywhere with a
reason. Every move is dated; a refused move raises :class:`MoveRefused` with a Dutch
sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from utregs_plekkie.core.enums import (
    HouseholdRoute,
    PipelineStage,
    label,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline.config import (
    PipelineConfig,
)
from utregs_plekkie.core.pipeline.dropout import DropoutReason, dropout_label
from utregs_plekkie.core.pipeline.routes import (
    OFF_ROUTE_STAGES,
)

# --------------------------------------------------------------------------- moves


class MoveKind(StrEnum):
    NEXT = "volgende"
    BACK = "terug"
    PAUSE = "pauzeren"
    RESUME = "hervatten"
    STOP = "stoppen"


class MoveRefused(UserError):
    """A move the rules do not allow; the message says why and what is possible."""


@dataclass(frozen=True)
class StageMove:
    kind: MoveKind
    from_stage: PipelineStage
    to_stage: PipelineStage

    @property
    def label(self) -> str:
        """Button text, e.g. "Naar kennismakingsgesprek"."""
        texts = {
            MoveKind.NEXT: _("Naar {stage}"),
            MoveKind.BACK: _("Terug naar {stage}"),
            MoveKind.PAUSE: _("Pauzeren"),
            MoveKind.RESUME: _("Hervatten in {stage}"),
            MoveKind.STOP: _("Stoppen"),
        }
        return texts[self.kind].format(stage=label(self.to_stage))


@dataclass(frozen=True)
class StageStep:
    """One dated move from the history (``from_stage`` is None for the first)."""

    from_stage: PipelineStage | None
    to_stage: PipelineStage
    at: datetime
    reason: str | None = None
    note: str = ""


def resume_stage(history: Sequence[StageStep]) -> PipelineStage | None:
    """The stage a paused or stopped family left: where it resumes.

    Read from the latest move into the current off-route stage (``None`` when the
    history does not say, e.g. a family imported as paused).
    """
    for step in reversed(history):
        if step.to_stage in OFF_ROUTE_STAGES:
            if step.from_stage is not None and step.from_stage not in OFF_ROUTE_STAGES:
                return step.from_stage
            if step.from_stage is None:
                return None
            continue  # paused, then stopped: look further back
        return None
    return None


def allowed_moves(
    config: PipelineConfig,
    route: HouseholdRoute,
    stage: PipelineStage,
    resume_to: PipelineStage | None = None,
) -> list[StageMove]:
    """The moves a family can make from ``stage``, for buttons and drop targets.

    From a stage of the route: the next stage, one back, pause, stop. From
    "gepauzeerd": resume in the stage it left, or stop. From "gestopt": resume in the
    stage it left. Without a known stage to resume in, every stage of the route is
    offered.
    """
    steps = config.route(route)
    moves: list[StageMove] = []
    if stage in OFF_ROUTE_STAGES:
        targets = [resume_to] if resume_to in steps else list(steps)
        moves.extend(StageMove(MoveKind.RESUME, stage, t) for t in targets if t is not None)
        if stage == PipelineStage.GEPAUZEERD:
            moves.append(StageMove(MoveKind.STOP, stage, PipelineStage.GESTOPT))
        return moves
    following = config.next_stage(route, stage)
    if following is not None:
        moves.append(StageMove(MoveKind.NEXT, stage, following))
    before = config.previous_stage(route, stage)
    if before is not None:
        moves.append(StageMove(MoveKind.BACK, stage, before))
    moves.append(StageMove(MoveKind.PAUSE, stage, PipelineStage.GEPAUZEERD))
    moves.append(StageMove(MoveKind.STOP, stage, PipelineStage.GESTOPT))
    return moves


def check_move(
    config: PipelineConfig,
    route: HouseholdRoute,
    stage: PipelineStage,
    to_stage: PipelineStage,
    *,
    resume_to: PipelineStage | None = None,
    reason: str | None = None,
    note: str = "",
    blockers: Sequence[str] = (),
) -> StageMove:
    """The move from ``stage`` to ``to_stage``, or :class:`MoveRefused` saying why.

    ``blockers`` are the reasons the family cannot be available
    (:func:`blockers_for_available`); they refuse every move into "beschikbaar".
    A stop needs a reason from :class:`DropoutReason`; "anders" also needs a note.
    """
    steps = config.route(route)
    if to_stage == stage:
        raise MoveRefused(_("Dit gezin staat al in de fase {stage}.").format(stage=label(stage)))
    if to_stage not in steps and to_stage not in OFF_ROUTE_STAGES:
        raise MoveRefused(
            _(
                "De route voor {route}s kent geen fase {stage}. Kies een fase van die route: "
                "{stages}."
            ).format(
                route=label(route),
                stage=label(to_stage),
                stages=", ".join(label(s) for s in steps),
            )
        )
    moves = allowed_moves(config, route, stage, resume_to)
    move = next((mv for mv in moves if mv.to_stage == to_stage), None)
    if move is None:
        raise MoveRefused(_refusal(stage, to_stage, moves))
    if move.kind == MoveKind.STOP:
        check_dropout_reason(reason, note)
    if to_stage == PipelineStage.BESCHIKBAAR and blockers:
        raise MoveRefused(
            _("Dit gezin kan nog niet naar {stage}: {blockers}").format(
                stage=label(PipelineStage.BESCHIKBAAR), blockers=" ".join(blockers)
            )
        )
    return move


def _refusal(stage: PipelineStage, to_stage: PipelineStage, moves: Sequence[StageMove]) -> str:
    options = ", ".join(label(mv.to_stage) for mv in moves)
    if stage == PipelineStage.GESTOPT:
        return _(
            "Dit gezin is gestopt. Het kan alleen hervatten in de fase waarin het stopte "
            "({options}); verplaats het daarna verder."
        ).format(options=options)
    if stage == PipelineStage.GEPAUZEERD:
        return _(
            "Dit gezin is gepauzeerd. Hervat het eerst in de fase waarin het pauzeerde "
            "({options}) of zet het op gestopt."
        ).format(options=options)
    return _(
        "Een gezin gaat één fase tegelijk verder of terug. Vanuit {stage} kan het naar: "
        "{options}; niet naar {to}."
    ).format(stage=label(stage), options=options, to=label(to_stage))


def check_dropout_reason(reason: str | None, note: str) -> None:
    """A stop needs a reason from the list; "anders" also needs a note."""
    if not reason:
        raise MoveRefused(
            _(
                "Kies waarom het gezin stopt (bijvoorbeeld '{example}'); een toelichting mag erbij."
            ).format(example=dropout_label(DropoutReason.GEEN_TIJD))
        )
    if reason not in {r.value for r in DropoutReason}:
        raise MoveRefused(
            _("De reden '{reason}' staat niet in de lijst. Kies een reden uit de lijst.").format(
                reason=reason
            )
        )
    if reason == DropoutReason.ANDERS and not note.strip():
        raise MoveRefused(
            _(
                "Bij de reden 'anders' hoort een toelichting: schrijf kort op waarom het "
                "gezin stopt."
            )
        )
