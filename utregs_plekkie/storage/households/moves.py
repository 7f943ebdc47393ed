"""Write side: move a family through the pipeline (the rules of ``core.pipeline``), and
the moves it can make now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    PipelineStage,
    label,
)
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import (
    OFF_ROUTE_STAGES,
    NextAction,
    PipelineConfig,
    StageMove,
    StageStep,
    allowed_moves,
    blockers_for_available,
    check_move,
    default_next_action,
    resume_stage,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _kind_household,
    _local_date,
)
from utregs_plekkie.storage.households.screening import (
    screening_snapshot,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line, not_found_message, unit_of_work

# --------------------------------------------------------------------------- moves


@dataclass(frozen=True)
class MoveResult:
    household_id: int
    move: StageMove
    version: int
    next_action: NextAction


def _history_of(household: m.Household) -> list[StageStep]:
    return [
        StageStep(c.from_stage, c.to_stage, c.at, c.reason, c.note)
        for c in sorted(household.stage_changes, key=lambda c: (c.at, c.id or 0))
    ]


def apply_stage_move(
    session: Session,
    household: m.Household,
    to_stage: PipelineStage,
    *,
    config: PipelineConfig,
    reason: str | None = None,
    note: str = "",
    next_action: NextAction | None = None,
    at: datetime | None = None,
    actor: Actor,
) -> MoveResult:
    """Move a loaded family inside the caller's transaction (used by
    :func:`move_stage` and by recording attendance at an event), audited in
    ``actor``'s name; the caller's unit of work checked the permission."""
    when = at or clock.now()
    on = _local_date(when)
    history = _history_of(household)
    blockers: list[str] = []
    if to_stage == PipelineStage.BESCHIKBAAR:
        blockers = blockers_for_available(screening_snapshot(session, household, on), on, config)
    move = check_move(
        config,
        household.route,
        household.stage,
        to_stage,
        resume_to=resume_stage(history),
        reason=reason,
        note=note,
        blockers=blockers,
    )
    from_stage = household.stage
    household.stage = to_stage
    household.stage_since = when
    if to_stage == PipelineStage.GESTOPT:
        household.dropout_reason = reason
        household.dropout_note = note.strip()
    elif from_stage == PipelineStage.GESTOPT:
        household.dropout_reason = None
        household.dropout_note = ""
    if to_stage == PipelineStage.BESCHIKBAAR:
        household.available_since = on
    elif from_stage == PipelineStage.BESCHIKBAAR:
        household.available_since = None
    action = next_action or default_next_action(config, household.route, to_stage, on)
    household.next_action = action.text
    household.next_action_on = action.due_on
    household.stage_changes.append(
        m.HouseholdStageChange(
            from_stage=from_stage,
            to_stage=to_stage,
            at=when,
            user_id=actor.user_id,
            reason=reason if to_stage in OFF_ROUTE_STAGES else None,
            note=note.strip(),
        )
    )
    add_audit_line(
        session,
        actor,
        AuditAction.UPDATE,
        "households",
        household.id,
        _("fase: {old} -> {new}").format(old=label(from_stage), new=label(to_stage)),
    )
    session.flush()
    return MoveResult(household.id, move, household.version, action)


def move_stage(
    db: Database,
    household_id: int,
    to_stage: PipelineStage,
    reason: str | None = None,
    note: str = "",
    *,
    expected_version: int | None = None,
    next_action: NextAction | None = None,
    at: datetime | None = None,
    actor: Actor,
) -> MoveResult:
    """Move a family to ``to_stage`` (next, back one, pause, resume, stop), dated.

    Refused with :class:`~utregs_plekkie.core.pipeline.MoveRefused` (a Dutch sentence)
    when the rules do not allow it, e.g. "beschikbaar" while a VGB is expired.
    ``reason`` is a drop-out reason code (needed to stop); ``note`` free text. The next
    action becomes ``next_action`` or the new stage's default with its norm date.
    """
    config = load_pipeline_config(db)
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_household()) as uow:
        household = uow.get(
            m.Household, household_id, expected_version=expected_version, kind=_kind_household()
        )
        return apply_stage_move(
            uow.session,
            household,
            PipelineStage(to_stage),
            config=config,
            reason=reason,
            note=note,
            next_action=next_action,
            at=at,
            actor=actor,
        )


def moves_for(db: Database, household_id: int) -> list[StageMove]:
    """The moves the family can make now (menu items, keyboard, drop targets)."""
    config = load_pipeline_config(db)
    with db.session() as session:
        household = session.get(m.Household, household_id)
        if household is None:
            raise NotFoundError(not_found_message(_kind_household()))
        return allowed_moves(
            config, household.route, household.stage, resume_stage(_history_of(household))
        )
