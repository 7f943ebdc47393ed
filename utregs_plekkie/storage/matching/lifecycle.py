"""The lifecycle of a proposal, each step one transaction with a history row
(``proposal_status_changes``) and an audit line, version-checked on the proposal.

shortlist -> :func:`propose` (score, components and explanation frozen; child
*voorgesteld*) -> :func:`start_kennismaking` -> :func:`accept` / :func:`decline`
(reason required and kept; the pair is excluded from then on) -> ``place`` (start date
and schedule; a ``Placement`` that uses the offer's places and schedule; child
*geplaatst*) -> ``end_placement`` (end date and reason; the capacity is free after the
end date). The proposals of a sibling group move together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, ChildStatus, ProposalStatus, label
from utregs_plekkie.core.errors import NotFoundError, UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import Candidate, ChildNeed, Exclusion, MatchWeights, rank
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import (
    OPEN_PROPOSAL_STATUSES,
    _kind_child,
    _kind_proposal,
)
from utregs_plekkie.storage.matching.pool import load_child, load_pool
from utregs_plekkie.storage.matching.proposals import ProposalInfo, _infos
from utregs_plekkie.storage.matching.weights import _load_weights
from utregs_plekkie.storage.unit_of_work import UnitOfWork, unit_of_work


def _history(
    session: Session,
    proposal: m.MatchProposal,
    to_status: ProposalStatus,
    reason: str,
    actor: Actor,
) -> None:
    session.add(
        m.ProposalStatusChange(
            proposal_id=proposal.id,
            from_status=proposal.status if proposal.id is not None else None,
            to_status=to_status,
            user_id=actor.user_id,
            reason=reason,
        )
    )


def propose(
    db: Database,
    code: str,
    household_id: int,
    offer_id: int | None = None,
    *,
    on: date | None = None,
    weights: MatchWeights | None = None,
    note: str = "",
    actor: Actor,
) -> list[ProposalInfo]:
    """Propose the child (and its siblings, on the same offer) to a household.

    The pair is checked against every hard limit at this moment; the score,
    components and explanation of each child are frozen in its proposal. Without
    ``offer_id`` the household's best offer is taken. Returns the new proposals.
    """
    day = on or clock.today()
    with unit_of_work(db, actor, Permission.MATCHING, kind=_kind_child()) as uow:
        session = uow.session
        child, siblings = load_child(session, code, day)
        group = [child, *siblings]
        records = {
            r.code: r
            for r in session.scalars(
                select(m.Child).where(m.Child.code.in_([g.code for g in group]))
            )
        }
        for member in group:
            record = records[member.code]
            if record.status != ChildStatus.WACHT:
                raise UserError(
                    _(
                        "Kind {code} heeft de status '{status}' en kan nu niet worden "
                        "voorgesteld. Rond eerst het lopende voorstel af."
                    ).format(code=member.code, status=label(record.status))
                )
        if weights is None:
            weights = _load_weights(session)[0]
        pool = load_pool(session, on=day, household_ids=[household_id])
        if pool.household_count == 0:
            raise NotFoundError(_("Dit gezin bestaat niet (meer). Vernieuw de lijst."))
        frozen: list[tuple[ChildNeed, Candidate]] = []
        for member in group:
            others = [g for g in group if g.code != member.code]
            ranking = rank(member, pool, weights, siblings=others, on=day, explain_top=0)
            fit = ranking.why(household_id) if offer_id is None else ranking.for_offer(offer_id)
            if fit is None:
                raise NotFoundError(
                    _("Dit aanbod hoort niet bij dit gezin. Kies een aanbod van het gezin.")
                )
            if isinstance(fit, Exclusion):
                raise UserError(
                    _("Dit gezin past niet bij kind {code}: {redenen}.").format(
                        code=member.code, redenen="; ".join(fit.reasons)
                    )
                )
            frozen.append((member, fit))
        chosen_offer = frozen[0][1].offer_id
        created: list[m.MatchProposal] = []
        for member, fit in frozen:
            record = records[member.code]
            proposal = m.MatchProposal(
                child_id=record.id,
                household_id=household_id,
                offer_id=chosen_offer,
                score=fit.score,
                components=dict(fit.components),
                explanation=list(fit.explanation),
                status=ProposalStatus.VOORGESTELD,
                proposed_by_id=actor.user_id,
                planned_start=record.wanted_start,
                schedule=record.schedule_needed,
            )
            session.add(proposal)
            session.flush()
            session.add(
                m.ProposalStatusChange(
                    proposal_id=proposal.id,
                    from_status=None,
                    to_status=ProposalStatus.VOORGESTELD,
                    user_id=actor.user_id,
                    reason=note.strip(),
                )
            )
            record.status = ChildStatus.VOORGESTELD
            uow.audit(
                AuditAction.CREATE,
                proposal,
                _("kind {code} voorgesteld aan gezin {gezin} (score {score})").format(
                    code=member.code, gezin=household_id, score=fit.score
                ),
            )
            created.append(proposal)
        session.flush()
        return _infos(session, created)


def _group_proposals(
    uow: UnitOfWork, proposal_id: int, expected_version: int
) -> list[m.MatchProposal]:
    """The proposal (version-checked) and those of its siblings made with it: same
    household and offer, same status, children of the same sibling group."""
    session = uow.session
    proposal = uow.get(
        m.MatchProposal,
        proposal_id,
        expected_version=expected_version,
        not_found=_("Dit voorstel bestaat niet (meer). Vernieuw de lijst."),
    )
    child = session.get(m.Child, proposal.child_id)
    group = [proposal]
    if child is not None and child.sibling_group_id is not None:
        siblings = session.scalars(
            select(m.MatchProposal)
            .join(m.Child, m.Child.id == m.MatchProposal.child_id)
            .where(
                m.Child.sibling_group_id == child.sibling_group_id,
                m.MatchProposal.id != proposal.id,
                m.MatchProposal.household_id == proposal.household_id,
                m.MatchProposal.status == proposal.status,
                (
                    m.MatchProposal.offer_id == proposal.offer_id
                    if proposal.offer_id is not None
                    else m.MatchProposal.offer_id.is_(None)
                ),
            )
            .order_by(m.MatchProposal.id)
        )
        group += list(siblings)
    return group


_NEXT: dict[ProposalStatus, tuple[ProposalStatus, ...]] = {
    ProposalStatus.VOORGESTELD: (ProposalStatus.KENNISMAKING, ProposalStatus.AFGEWEZEN),
    ProposalStatus.KENNISMAKING: (ProposalStatus.GEACCEPTEERD, ProposalStatus.AFGEWEZEN),
    ProposalStatus.GEACCEPTEERD: (ProposalStatus.GEPLAATST, ProposalStatus.AFGEWEZEN),
    ProposalStatus.GEPLAATST: (ProposalStatus.BEEINDIGD,),
}


def _check_step(proposal: m.MatchProposal, to_status: ProposalStatus) -> None:
    allowed = _NEXT.get(ProposalStatus(proposal.status), ())
    if to_status in allowed:
        return
    if allowed:
        options = ", ".join(label(s) for s in allowed)
        raise UserError(
            _(
                "Een voorstel met de status '{nu}' kan niet naar '{naar}'; mogelijk is: {opties}."
            ).format(nu=label(proposal.status), naar=label(to_status), opties=options)
        )
    raise UserError(
        _("Dit voorstel is al afgerond (status '{nu}') en kan niet meer veranderen.").format(
            nu=label(proposal.status)
        )
    )


def _step(
    db: Database,
    proposal_id: int,
    expected_version: int,
    to_status: ProposalStatus,
    *,
    reason: str = "",
    actor: Actor,
    extra: Callable[[UnitOfWork, list[m.MatchProposal]], None] | None = None,
) -> list[ProposalInfo]:
    with unit_of_work(db, actor, Permission.MATCHING, kind=_kind_proposal()) as uow:
        session = uow.session
        group = _group_proposals(uow, proposal_id, expected_version)
        for proposal in group:
            _check_step(proposal, to_status)
        if extra is not None:
            extra(uow, group)
        for proposal in group:
            _history(session, proposal, to_status, reason, actor)
            proposal.status = to_status
            uow.audit(
                AuditAction.UPDATE,
                proposal,
                _("status {status}").format(status=label(to_status))
                + (f": {reason}" if reason else ""),
            )
        session.flush()
        return _infos(session, group)


def start_kennismaking(
    db: Database,
    proposal_id: int,
    expected_version: int,
    *,
    note: str = "",
    actor: Actor,
) -> list[ProposalInfo]:
    """The child and the family get to know each other."""
    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.KENNISMAKING,
        reason=note.strip(),
        actor=actor,
    )


def accept(
    db: Database,
    proposal_id: int,
    expected_version: int,
    *,
    note: str = "",
    actor: Actor,
) -> list[ProposalInfo]:
    """Everyone agrees after the kennismaking; the placement can be planned."""
    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.GEACCEPTEERD,
        reason=note.strip(),
        actor=actor,
    )


def decline(
    db: Database,
    proposal_id: int,
    expected_version: int,
    reason: str,
    *,
    actor: Actor,
) -> list[ProposalInfo]:
    """Decline the proposal; the reason is required and kept, and this child and
    household are not proposed to each other again. The child waits again."""
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            _("Geef een reden op waarom het voorstel wordt afgewezen; die wordt bewaard."),
            field="reason",
        )
    if len(why) > 1000:
        raise ValidationError(_("Houd de reden korter dan 1000 tekens."), field="reason")

    def record_reason(uow: UnitOfWork, group: list[m.MatchProposal]) -> None:
        session = uow.session
        for proposal in group:
            proposal.decline_reason = why
            child = session.get(m.Child, proposal.child_id)
            if child is not None and child.status == ChildStatus.VOORGESTELD:
                others = session.scalar(
                    select(m.MatchProposal.id).where(
                        m.MatchProposal.child_id == child.id,
                        m.MatchProposal.id != proposal.id,
                        m.MatchProposal.status.in_(OPEN_PROPOSAL_STATUSES),
                    )
                )
                if others is None:
                    child.status = ChildStatus.WACHT

    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.AFGEWEZEN,
        reason=why,
        actor=actor,
        extra=record_reason,
    )
