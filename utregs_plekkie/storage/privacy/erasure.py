"""The right to erasure (AVG art. 17): one person's records anonymised, their
household's adults and own children deleted, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.privacy.anonymise import (
    anonymise_households,
    anonymise_requests,
    audit_anonymised,
)
from utregs_plekkie.storage.privacy.person import person_ids
from utregs_plekkie.storage.unit_of_work import unit_of_work


@dataclass(frozen=True)
class ErasureResult:
    requests: int
    households: int
    adults: int


def erase_person(
    db: Database,
    *,
    request_id: int | None = None,
    household_id: int | None = None,
    actor: Actor,
) -> ErasureResult:
    """The right to erasure (AVG art. 17), in one transaction: all or nothing.

    The person's requests (merged duplicates included) and household are anonymised;
    the household's adults with their VGB/VOG checks and its own children are deleted;
    notes, stage and status notes, offer notes, proposal explanations and reasons and
    placement end reasons are cleared. Event registrations stay (they hold no personal
    data, only the link to the anonymised record). The audit trail gets one line per
    record that says it was erased, and nothing about whom.
    """
    now = clock.now()
    with unit_of_work(db, actor, Permission.PRIVACY, kind=_("persoon")) as uow:
        session = uow.session
        ids = person_ids(session, request_id=request_id, household_id=household_id)
        households = sorted(ids.households)
        adults = len(
            session.scalars(select(m.Adult.id).where(m.Adult.household_id.in_(households))).all()
        )
        anonymise_households(session, households, now, erase=True)
        requests = sorted(ids.requests)
        # Also the ones anonymised before: an erasure must not leave notes a retention
        # run kept (there are none, but the run is cheap and certain).
        anonymise_requests(session, requests, now)
        detail = "gewist op verzoek (AVG art. 17)"
        audit_anonymised(uow, "households", households, detail)
        audit_anonymised(uow, "info_requests", requests, detail)
    return ErasureResult(len(requests), len(households), adults)
