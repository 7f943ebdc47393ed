"""Reading one request (its view audited) and its whole dated status history,
including that of requests merged into it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from utregs_plekkie.core.enums import AuditAction, RequestStatus
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.requests import dropout_reason_label
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.values import ENTITY, not_found_message
from utregs_plekkie.storage.unit_of_work import unit_of_work


def load_request(db: Database, request_id: int, *, viewer: Actor | None = None) -> m.InfoRequest:
    """One request with its interests and status history, detached from the session.

    With ``viewer`` the right to see requests is checked and the view is logged in the
    viewer's name (every view of a person's record is audited).
    """
    if viewer is not None:
        require(viewer, Permission.VIEW_REQUESTS)
    with db.session() as session:
        record = session.execute(
            select(m.InfoRequest)
            .where(m.InfoRequest.id == request_id)
            .options(
                selectinload(m.InfoRequest.interests),
                selectinload(m.InfoRequest.status_changes),
            )
        ).scalar_one_or_none()
        if record is None:
            raise NotFoundError(not_found_message(request_id))
        session.expunge_all()
    if viewer is not None:
        with unit_of_work(db, viewer, Permission.VIEW_REQUESTS, kind=_("aanvraag")) as uow:
            uow.audit(AuditAction.VIEW, ENTITY, entity_id=request_id)
    return record


@dataclass(frozen=True)
class HistoryEntry:
    """One dated status change, of this request or of one merged into it."""

    at: datetime
    from_status: RequestStatus | None
    to_status: RequestStatus
    reason: str | None
    reason_label: str
    note: str
    next_contact_on: date | None
    user_id: int | None
    request_id: int
    from_merged_request: bool


def request_history(db: Database, request_id: int) -> list[HistoryEntry]:
    """The whole status history of a request, including that of requests merged into it,
    oldest first."""
    r, c = m.InfoRequest, m.RequestStatusChange
    merged = select(r.id).where(r.merged_into_id == request_id)
    stmt = (
        select(c)
        .where(or_(c.request_id == request_id, c.request_id.in_(merged)))
        .order_by(c.at, c.id)
    )
    with db.session() as session:
        return [
            HistoryEntry(
                at=change.at,
                from_status=change.from_status,
                to_status=change.to_status,
                reason=change.reason,
                reason_label=dropout_reason_label(change.reason),
                note=change.note,
                next_contact_on=change.next_contact_on,
                user_id=change.user_id,
                request_id=change.request_id,
                from_merged_request=change.request_id != request_id,
            )
            for change in session.execute(stmt).scalars()
        ]
