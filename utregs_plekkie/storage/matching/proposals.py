"""Reading proposals: one child's or one household's, with their placement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import ProposalStatus
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

# --------------------------------------------------------------------------- proposals


@dataclass(frozen=True)
class ProposalInfo:
    id: int
    version: int
    child: str
    child_id: int
    household_id: int
    offer_id: int | None
    status: ProposalStatus
    score: float
    components: dict[str, float]
    explanation: tuple[str, ...]
    proposed_at: datetime
    decline_reason: str | None
    planned_start: date | None
    schedule: Schedule | None
    placement_id: int | None = None
    placement_version: int | None = None


def _info(proposal: m.MatchProposal, code: str, placement: m.Placement | None) -> ProposalInfo:
    return ProposalInfo(
        id=proposal.id,
        version=proposal.version,
        child=code,
        child_id=proposal.child_id,
        household_id=proposal.household_id,
        offer_id=proposal.offer_id,
        status=ProposalStatus(proposal.status),
        score=proposal.score,
        components=dict(proposal.components or {}),
        explanation=tuple(proposal.explanation or ()),
        proposed_at=proposal.proposed_at,
        decline_reason=proposal.decline_reason,
        planned_start=proposal.planned_start,
        schedule=proposal.schedule,
        placement_id=placement.id if placement is not None else None,
        placement_version=placement.version if placement is not None else None,
    )


def _infos(session: Session, proposals: Sequence[m.MatchProposal]) -> list[ProposalInfo]:
    if not proposals:
        return []
    ids = [p.id for p in proposals]
    codes: dict[int, str] = {
        child_id: code
        for child_id, code in session.execute(
            select(m.Child.id, m.Child.code).where(m.Child.id.in_({p.child_id for p in proposals}))
        )
    }
    placements = {
        pl.proposal_id: pl
        for pl in session.scalars(select(m.Placement).where(m.Placement.proposal_id.in_(ids)))
    }
    return [_info(p, codes.get(p.child_id, ""), placements.get(p.id)) for p in proposals]


def proposals_for_child(db: Database, code: str) -> list[ProposalInfo]:
    """All proposals of a child, newest first (the decline reasons included)."""
    with db.session() as session:
        child = session.scalar(select(m.Child).where(m.Child.code == code.strip()))
        if child is None:
            raise NotFoundError(
                _("Er is geen kind met code '{code}'. Controleer de code.").format(code=code)
            )
        proposals = list(
            session.scalars(
                select(m.MatchProposal)
                .where(m.MatchProposal.child_id == child.id)
                .order_by(m.MatchProposal.proposed_at.desc(), m.MatchProposal.id.desc())
            )
        )
        return _infos(session, proposals)


def proposals_for_household(db: Database, household_id: int) -> list[ProposalInfo]:
    """All proposals to a household, newest first."""
    with db.session() as session:
        proposals = list(
            session.scalars(
                select(m.MatchProposal)
                .where(m.MatchProposal.household_id == household_id)
                .order_by(m.MatchProposal.proposed_at.desc(), m.MatchProposal.id.desc())
            )
        )
        return _infos(session, proposals)
