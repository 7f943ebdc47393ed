"""Placing a child (and its siblings) from an accepted proposal, and ending a placement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    PlacementStatus,
    ProposalStatus,
)
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import _fmt, _kind_placement
from utregs_plekkie.storage.matching.lifecycle import _history, _step
from utregs_plekkie.storage.matching.proposals import ProposalInfo, _infos
from utregs_plekkie.storage.matching.shortlist import _clear_shortlist
from utregs_plekkie.storage.unit_of_work import UnitOfWork, unit_of_work


def place(
    db: Database,
    proposal_id: int,
    expected_version: int,
    starts_on: date,
    schedule: Schedule | None = None,
    *,
    actor: Actor,
) -> list[ProposalInfo]:
    """Place the child (and its siblings) from ``starts_on``: a ``Placement`` per child
    that uses the offer's places and, for part-time care, the parts of the week in
    ``schedule`` (default: what the child needs). Refused when the offer no longer has
    room on that day."""
    if not isinstance(starts_on, date):
        raise ValidationError(_("Vul de startdatum van de plaatsing in."), field="starts_on")

    def create_placements(uow: UnitOfWork, group: list[m.MatchProposal]) -> None:
        session = uow.session
        first = group[0]
        if first.offer_id is None:
            raise UserError(
                _(
                    "Het aanbod van dit voorstel bestaat niet meer. Wijs het voorstel af en "
                    "doe een nieuw voorstel."
                )
            )
        offer = session.get(m.AvailabilityOffer, first.offer_id)
        if offer is None:
            raise UserError(
                _(
                    "Het aanbod van dit voorstel bestaat niet meer. Wijs het voorstel af en "
                    "doe een nieuw voorstel."
                )
            )
        children = {
            c.id: c
            for c in session.scalars(
                select(m.Child).where(m.Child.id.in_([p.child_id for p in group]))
            )
        }
        schedules = {
            p.id: schedule or children[p.child_id].schedule_needed or Schedule.empty()
            for p in group
        }
        # Room is needed from the start on: on that day and on every later day an
        # already planned placement starts.
        later = session.scalars(
            select(m.Placement.starts_on).where(
                m.Placement.offer_id == offer.id,
                m.Placement.status == PlacementStatus.ACTIEF,
                m.Placement.starts_on > starts_on,
            )
        )
        together = Schedule.empty()
        for s in schedules.values():
            together = together.union(s)
        for day in sorted({starts_on, *later}):
            use = offer_usage(session, [offer.id], day)[offer.id]
            if use.free_places < len(group):
                raise UserError(
                    _(
                        "Het aanbod heeft op {datum} {vrij} vrije plek(ken), en er zijn er "
                        "{nodig} nodig. Kies een andere startdatum of een ander gezin."
                    ).format(datum=_fmt(day), vrij=use.free_places, nodig=len(group))
                )
            if CareForm(offer.care_form).family.value != "voltijd" and not (
                use.free_schedule.covers(together)
            ):
                missing = together.minus(use.free_schedule)
                raise UserError(
                    _(
                        "Het aanbod heeft {delen} op {datum} niet (meer) vrij. Kies een ander "
                        "rooster of een andere startdatum."
                    ).format(delen=missing.describe(), datum=_fmt(day))
                )
        for proposal in group:
            child = children[proposal.child_id]
            placement = m.Placement(
                proposal_id=proposal.id,
                child_id=child.id,
                household_id=proposal.household_id,
                offer_id=offer.id,
                care_form=child.care_form,
                schedule=schedules[proposal.id],
                starts_on=starts_on,
                status=PlacementStatus.ACTIEF,
            )
            session.add(placement)
            session.flush()
            proposal.planned_start = starts_on
            proposal.schedule = schedules[proposal.id]
            child.status = ChildStatus.GEPLAATST
            uow.audit(
                AuditAction.CREATE,
                placement,
                _("kind {code} geplaatst bij gezin {gezin} vanaf {datum}").format(
                    code=child.code, gezin=proposal.household_id, datum=_fmt(starts_on)
                ),
            )
            _clear_shortlist(session, child.code)

    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.GEPLAATST,
        actor=actor,
        extra=create_placements,
    )


def end_placement(
    db: Database,
    placement_id: int,
    expected_version: int,
    ends_on: date,
    reason: str,
    *,
    child_needs_new_place: bool = False,
    actor: Actor,
) -> ProposalInfo | None:
    """End a placement on ``ends_on`` (its last day); the reason is required. The
    places and parts of the week are free again after that day. The child is closed,
    or waits again when ``child_needs_new_place``. Returns the proposal it came from."""
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            _("Geef een reden op waarom de plaatsing eindigt; die wordt bewaard."),
            field="reason",
        )
    with unit_of_work(db, actor, Permission.MATCHING, kind=_kind_placement()) as uow:
        session = uow.session
        placement = uow.get(
            m.Placement,
            placement_id,
            expected_version=expected_version,
            not_found=_("Deze plaatsing bestaat niet (meer). Vernieuw de lijst."),
        )
        if placement.status != PlacementStatus.ACTIEF or placement.ends_on is not None:
            raise UserError(_("Deze plaatsing is al beëindigd."))
        if ends_on < placement.starts_on:
            raise ValidationError(
                _("De einddatum ligt vóór de startdatum ({start}). Kies een latere datum.").format(
                    start=_fmt(placement.starts_on)
                ),
                field="ends_on",
            )
        placement.ends_on = ends_on
        placement.end_reason = why
        # Still active through its last day; capacity counts it until then.
        if ends_on < clock.today():
            placement.status = PlacementStatus.BEEINDIGD
        child = session.get(m.Child, placement.child_id)
        if child is not None and child.status == ChildStatus.GEPLAATST:
            child.status = ChildStatus.WACHT if child_needs_new_place else ChildStatus.GESLOTEN
            if child_needs_new_place:
                child.waiting_since = ends_on
        household = session.get(m.Household, placement.household_id)
        if household is not None and (
            household.last_placement_ended_on is None or household.last_placement_ended_on < ends_on
        ):
            household.last_placement_ended_on = ends_on
        proposal = (
            session.get(m.MatchProposal, placement.proposal_id)
            if placement.proposal_id is not None
            else None
        )
        if proposal is not None and proposal.status == ProposalStatus.GEPLAATST:
            _history(session, proposal, ProposalStatus.BEEINDIGD, why, actor)
            proposal.status = ProposalStatus.BEEINDIGD
        uow.audit(
            AuditAction.UPDATE,
            placement,
            _("beëindigd op {datum}: {reden}").format(datum=_fmt(ends_on), reden=why),
        )
        session.flush()
        if proposal is None:
            return None
        return _infos(session, [proposal])[0]
