"""Read side: one event with its invitations and registrations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events._common import (
    _no_event,
)
from utregs_plekkie.storage.events.save import EventData, event_data

# --------------------------------------------------------------------------- read side


@dataclass(frozen=True)
class RegistrationRow:
    registration_id: int
    request_id: int | None
    household_id: int | None
    #: "gezin" or "aanvraag", in the user's language.
    person_kind: str
    name: str
    email: str
    phone: str
    invited_at: datetime | None
    registered_at: datetime | None
    attended: bool | None


@dataclass(frozen=True)
class EventDetail:
    """One event with its invitations and registrations (detail view, lists)."""

    event_id: int
    version: int
    data: EventData
    registrations: tuple[RegistrationRow, ...]
    registered: int
    attended: int
    #: ``None`` when the event has no capacity limit.
    free_places: int | None

    @property
    def is_full(self) -> bool:
        return self.free_places is not None and self.free_places <= 0


def _registration_rows(session: Session, event_id: int) -> list[RegistrationRow]:
    reg, h, r = m.EventRegistration, m.Household, m.InfoRequest
    rows = session.execute(
        select(
            reg.id,
            reg.request_id,
            reg.household_id,
            reg.invited_at,
            reg.registered_at,
            reg.attended,
            h.name.label("household_name"),
            h.email.label("household_email"),
            h.phone.label("household_phone"),
            r.first_name,
            r.name_prefix,
            r.last_name,
            r.email.label("request_email"),
            r.phone.label("request_phone"),
        )
        .outerjoin(h, h.id == reg.household_id)
        .outerjoin(r, r.id == reg.request_id)
        .where(reg.event_id == event_id)
    ).all()
    # Families without their own e-mail address: the first adult's.
    missing = [row.household_id for row in rows if row.household_id and not row.household_email]
    adult_emails: dict[int, str] = {}
    if missing:
        for household_id, email in session.execute(
            select(m.Adult.household_id, m.Adult.email)
            .where(m.Adult.household_id.in_(missing), m.Adult.email.is_not(None))
            .order_by(m.Adult.id)
        ):
            adult_emails.setdefault(household_id, email or "")
    result = []
    for row in rows:
        if row.household_id is not None:
            kind, name = _("gezin"), row.household_name or ""
            email = row.household_email or adult_emails.get(row.household_id, "")
            phone = row.household_phone or ""
        else:
            kind = _("aanvraag")
            name = " ".join(p for p in (row.first_name, row.name_prefix, row.last_name) if p)
            email, phone = row.request_email or "", row.request_phone or ""
        result.append(
            RegistrationRow(
                registration_id=row.id,
                request_id=row.request_id,
                household_id=row.household_id,
                person_kind=kind,
                name=name or _("(naam onbekend)"),
                email=email,
                phone=phone,
                invited_at=row.invited_at,
                registered_at=row.registered_at,
                attended=row.attended,
            )
        )
    # Registered first, then by name.
    result.sort(key=lambda x: (x.registered_at is None, x.name.casefold(), x.registration_id))
    return result


def event_detail(db: Database, event_id: int) -> EventDetail:
    with db.session() as session:
        event = session.scalar(
            select(m.Event)
            .where(m.Event.id == event_id)
            .options(selectinload(m.Event.registrations))
        )
        if event is None:
            raise _no_event(event_id)
        rows = _registration_rows(session, event.id)
        registered = sum(1 for x in rows if x.registered_at is not None)
        attended = sum(1 for x in rows if x.attended)
        free = None if event.capacity is None else max(0, event.capacity - registered)
        return EventDetail(
            event_id=event.id,
            version=event.version,
            data=event_data(event),
            registrations=tuple(rows),
            registered=registered,
            attended=attended,
            free_places=free,
        )
