"""Write side: invite requests and families to an event, register them (a full event
refuses), and take a registration back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    label,
)
from utregs_plekkie.core.errors import NotFoundError, UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events._common import (
    _fmt_when,
    _get_event,
    _kind_event,
    _kind_registration,
    _no_event,
    _registered_count,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- people


def _person_name(session: Session, request_id: int | None, household_id: int | None) -> str:
    if household_id is not None:
        household = session.get(m.Household, household_id)
        return household.name if household else str(household_id)
    if request_id is not None:
        request = session.get(m.InfoRequest, request_id)
        return request.full_name if request else str(request_id)
    return ""


def _check_people_exist(
    session: Session, request_ids: Sequence[int], household_ids: Sequence[int]
) -> None:
    if request_ids:
        found = set(
            session.scalars(select(m.InfoRequest.id).where(m.InfoRequest.id.in_(request_ids)))
        )
        missing = sorted(set(request_ids) - found)
        if missing:
            raise NotFoundError(
                _("Aanvraag {id} bestaat niet (meer). Vernieuw de lijst.").format(id=missing[0])
            )
    if household_ids:
        found = set(
            session.scalars(select(m.Household.id).where(m.Household.id.in_(household_ids)))
        )
        missing = sorted(set(household_ids) - found)
        if missing:
            raise NotFoundError(
                _("Gezin {id} bestaat niet (meer). Vernieuw de lijst.").format(id=missing[0])
            )


def _existing(
    session: Session, event_id: int, request_id: int | None, household_id: int | None
) -> m.EventRegistration | None:
    reg = m.EventRegistration
    stmt = select(reg).where(reg.event_id == event_id)
    if household_id is not None:
        stmt = stmt.where(reg.household_id == household_id)
    else:
        stmt = stmt.where(reg.request_id == request_id, reg.household_id.is_(None))
    return session.scalars(stmt.limit(1)).first()


@dataclass(frozen=True)
class InviteResult:
    invited: int
    already: int


def invite(
    db: Database,
    event_id: int,
    *,
    request_ids: Iterable[int] = (),
    household_ids: Iterable[int] = (),
    actor: Actor,
) -> InviteResult:
    """Invite requests and/or families (someone already on the list is skipped)."""
    requests = sorted(set(request_ids))
    households = sorted(set(household_ids))
    now = clock.now()
    invited = already = 0
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_event()) as uow:
        session = uow.session
        event = _get_event(uow, event_id)
        _check_people_exist(session, requests, households)
        people = [(r, None) for r in requests] + [(None, h) for h in households]
        for request_id, household_id in people:
            existing = _existing(session, event.id, request_id, household_id)
            if existing is not None:
                if existing.invited_at is None:
                    existing.invited_at = now
                    invited += 1
                else:
                    already += 1
                continue
            session.add(
                m.EventRegistration(
                    event_id=event.id,
                    request_id=request_id,
                    household_id=household_id,
                    invited_at=now,
                )
            )
            invited += 1
        uow.audit(
            AuditAction.UPDATE, "events", _("{n} uitgenodigd").format(n=invited), entity_id=event.id
        )
    return InviteResult(invited, already)


def register(
    db: Database,
    event_id: int,
    *,
    request_id: int | None = None,
    household_id: int | None = None,
    walk_in: bool = False,
    actor: Actor,
) -> int:
    """Register a request or a family for the event; returns the registration's id.

    Registering someone already registered changes nothing. A full event refuses with
    a sentence that says what to do, except for a ``walk_in``: someone who came without
    registering is on the list whatever the capacity (the place is taken anyway).
    """
    if (request_id is None) == (household_id is None):
        raise ValidationError(_("Kies één aanvraag of één gezin om aan te melden."))
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_event()) as uow:
        session = uow.session
        # Locks the event row on PostgreSQL (SQLite's write transaction already is
        # exclusive), so two laptops cannot both take the last place.
        event = session.get(m.Event, event_id, with_for_update=True)
        if event is None:
            raise _no_event(event_id)
        _check_people_exist(
            session,
            [request_id] if request_id is not None else [],
            [household_id] if household_id is not None else [],
        )
        existing = _existing(session, event.id, request_id, household_id)
        if existing is not None and existing.registered_at is not None:
            return existing.id
        if event.capacity is not None and not walk_in:
            taken = _registered_count(session, event.id)
            if taken >= event.capacity:
                raise UserError(
                    _(
                        "'{name}' ({kind}) op {when} is vol: alle {capacity} plaatsen zijn "
                        "bezet. Meld {person} aan voor een andere datum, of verhoog de "
                        "capaciteit als er meer plek is."
                    ).format(
                        kind=label(event.kind),
                        name=event.name,
                        when=_fmt_when(event.starts_at),
                        capacity=event.capacity,
                        person=_person_name(session, request_id, household_id),
                    )
                )
        now = clock.now()
        if existing is None:
            existing = m.EventRegistration(
                event_id=event.id, request_id=request_id, household_id=household_id
            )
            session.add(existing)
        existing.registered_at = now
        session.flush()
        uow.audit(
            AuditAction.UPDATE,
            "events",
            _("aangemeld: {who}").format(
                who=f"gezin {household_id}" if household_id else f"aanvraag {request_id}"
            ),
            entity_id=event.id,
        )
        return existing.id


def cancel_registration(
    db: Database,
    registration_id: int,
    *,
    actor: Actor,
) -> None:
    """Take back a registration (the invitation stays), freeing the place."""
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_registration()) as uow:
        session = uow.session
        registration = session.get(m.EventRegistration, registration_id)
        if registration is None:
            raise NotFoundError(_("Deze aanmelding bestaat niet (meer). Vernieuw de lijst."))
        if registration.attended:
            raise UserError(
                _(
                    "Deze persoon was er al; een aanmelding met aanwezigheid kan niet worden "
                    "afgemeld."
                )
            )
        registration.registered_at = None
        if registration.invited_at is None:
            session.delete(registration)
        uow.audit(
            AuditAction.UPDATE,
            "events",
            _("afgemeld: aanmelding {id}").format(id=registration_id),
            entity_id=registration.event_id,
        )
