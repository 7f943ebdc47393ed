"""Anonymising records in bulk: what is blanked, what the statistics keep, and the
audit lines that say a record was anonymised (without saying whose it was)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import (
    AuditAction,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.unit_of_work import UnitOfWork

ERASED_MARK = "[verwijderd op verzoek (AVG)]"
BATCH = 500


def table_of(model: type[m.Base]) -> Table:
    """The model's table, typed as a Table (SQLAlchemy types it as a FromClause)."""
    return cast(Table, model.__table__)


def audit_anonymised(uow: UnitOfWork, entity: str, ids: Sequence[int], detail: str) -> None:
    """One audit line per anonymised record, in the unit of work's actor's name."""
    for record_id in ids:
        uow.audit(AuditAction.ANONYMISE, entity, detail, entity_id=record_id)


def chunks(ids: Sequence[int], size: int = BATCH) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def anonymise_requests(session: Session, ids: Sequence[int], now: datetime) -> None:
    """Blank what points at a person; keep status, dates, source, PC4 and wijk.

    The version goes up, so a form someone still has open cannot write the old
    details back (its save is refused as stale).
    """
    r = table_of(m.InfoRequest)
    for chunk in chunks(ids):
        session.execute(
            update(r)
            .where(r.c.id.in_(chunk))
            .values(
                first_name="",
                name_prefix="",
                last_name="",
                name_key="",
                email=None,
                phone=None,
                street="",
                house_number=None,
                house_number_suffix="",
                postcode=r.c.pc4,
                source_detail="",
                notes="",
                consent_contact=False,
                anonymised_at=now,
                updated_at=now,
                version=r.c.version + 1,
            )
        )
        sc = table_of(m.RequestStatusChange)
        session.execute(update(sc).where(sc.c.request_id.in_(chunk)).values(note=""))


def anonymise_households(
    session: Session, ids: Sequence[int], now: datetime, *, erase: bool
) -> list[int]:
    """Anonymise households and everything hanging from them; returns the ids of the
    requests linked to them, which are anonymised too.

    ``erase`` (the right to erasure) goes further: the adults (with their checks) and
    the family's own children are deleted, and free text in proposals and placements
    is cleared.
    """
    if not ids:
        return []
    h = table_of(m.Household)
    adults = table_of(m.Adult)
    linked: list[int] = []
    for chunk in chunks(ids):
        session.execute(
            update(h)
            .where(h.c.id.in_(chunk))
            .values(
                name="",
                name_key="",
                email=None,
                phone=None,
                street="",
                house_number=None,
                house_number_suffix="",
                postcode=h.c.pc4,
                culture_religion="",
                accessibility="",
                skills="",
                documents_received=[],
                dropout_note="",
                next_action="",
                notes="",
                anonymised_at=now,
                updated_at=now,
                version=h.c.version + 1,
            )
        )
        adult_ids = select(adults.c.id).where(adults.c.household_id.in_(chunk))
        checks = table_of(m.ScreeningCheck)
        offers = table_of(m.AvailabilityOffer)
        offer_ids = select(offers.c.id).where(offers.c.household_id.in_(chunk))
        stages = table_of(m.HouseholdStageChange)
        proposals = table_of(m.MatchProposal)
        proposal_ids = select(proposals.c.id).where(proposals.c.household_id.in_(chunk))
        if erase:
            session.execute(delete(checks).where(checks.c.adult_id.in_(adult_ids)))
            session.execute(delete(adults).where(adults.c.household_id.in_(chunk)))
            own = table_of(m.HouseholdChild)
            session.execute(delete(own).where(own.c.household_id.in_(chunk)))
            session.execute(
                update(proposals)
                .where(proposals.c.id.in_(proposal_ids), proposals.c.decline_reason.is_not(None))
                .values(decline_reason=ERASED_MARK)
            )
            psc = table_of(m.ProposalStatusChange)
            session.execute(
                update(psc).where(psc.c.proposal_id.in_(proposal_ids)).values(reason="")
            )
            placements = table_of(m.Placement)
            session.execute(
                update(placements)
                .where(placements.c.household_id.in_(chunk))
                .values(end_reason="", version=placements.c.version + 1)
            )
        else:
            session.execute(
                update(adults)
                .where(adults.c.household_id.in_(chunk))
                .values(
                    first_name="",
                    name_prefix="",
                    last_name="",
                    birth_date=None,
                    email=None,
                    phone=None,
                    updated_at=now,
                    version=adults.c.version + 1,
                )
            )
            session.execute(update(checks).where(checks.c.adult_id.in_(adult_ids)).values(note=""))
        # Generated explanations may name the family; the scores and the status stay.
        session.execute(
            update(proposals)
            .where(proposals.c.id.in_(proposal_ids))
            .values(explanation=[], version=proposals.c.version + 1)
        )
        session.execute(update(stages).where(stages.c.household_id.in_(chunk)).values(note=""))
        session.execute(
            update(offers)
            .where(offers.c.household_id.in_(chunk))
            .values(notes="", version=offers.c.version + 1)
        )
        pauses = table_of(m.OfferPause)
        session.execute(update(pauses).where(pauses.c.offer_id.in_(offer_ids)).values(reason=""))
        r = table_of(m.InfoRequest)
        linked += list(
            session.scalars(
                select(r.c.id).where(r.c.household_id.in_(chunk), r.c.anonymised_at.is_(None))
            )
        )
    anonymise_requests(session, linked, now)
    return linked
