"""Information evenings, training sessions and pop-up events in the database.

An event has a date and time, a place, a capacity and a provider. People are
invited (requests or families), register, and come or not. Recording attendance
moves people on:

- at an information evening, a request that had not been to one yet becomes
  "informatieavond" (dated at the event), and a family at "informatiebijeenkomst" moves
  on to "kennismakingsgesprek";
- at a training session the session is recorded; a family at "voorbereidingstraining"
  that attended every session it was registered for gets a *suggestion* to move on
  (never an automatic move: the recruiter decides);
- at a pop-up event attendance is only recorded.

A full event refuses another registration with a Dutch sentence. The invitation list
(names and e-mail addresses) is written as CSV without an e-mail server; the
printable attendance list is in ``packs.attendance``.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    PipelineStage,
    Provider,
    RequestStatus,
    label,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline import MoveRefused, PipelineConfig
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    SaveResult,
    apply_stage_move,
    load_pipeline_config,
)
from utregs_plekkie.storage.repository import SYSTEM_USER, audit, stale_message

__all__ = [
    "AttendanceOutcome",
    "EventData",
    "EventDetail",
    "InvitationRow",
    "InviteResult",
    "MoveSuggestion",
    "RegistrationRow",
    "TrainingProgress",
    "cancel_registration",
    "create_event",
    "event_data",
    "event_detail",
    "invitation_rows",
    "invite",
    "record_attendance",
    "register",
    "remove_event",
    "training_progress",
    "update_event",
    "write_invitations_csv",
]

NAME_MAX = 200

#: Request statuses before the information evening; attending moves them on. A
#: request that dropped out or said "not now" and still came is taken up again.
_BEFORE_EVENING = frozenset(
    {
        RequestStatus.NIEUW,
        RequestStatus.PAKKET_VERSTUURD,
        RequestStatus.GEBELD,
        RequestStatus.NIET_NU,
        RequestStatus.AFGEHAAKT,
    }
)


def _kind_event() -> str:
    return _("evenement")


def _kind_registration() -> str:
    return _("aanmelding")


@contextmanager
def _writing(db: Database, kind: str) -> Iterator[Session]:
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(kind)) from exc


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=clock.LOCAL_TZ)


def _fmt_when(value: datetime) -> str:
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


# --------------------------------------------------------------------------- events


@dataclass
class EventData:
    kind: EventKind
    name: str
    #: Aware datetimes (Dutch local time from the form); stored as UTC.
    starts_at: datetime
    ends_at: datetime | None = None
    location: str = ""
    #: ``None``: no limit.
    capacity: int | None = None
    provider: Provider | None = None
    notes: str = ""


def event_data(event: m.Event) -> EventData:
    """The form values of a stored event."""
    return EventData(
        kind=event.kind,
        name=event.name,
        starts_at=event.starts_at.astimezone(clock.LOCAL_TZ),
        ends_at=event.ends_at.astimezone(clock.LOCAL_TZ) if event.ends_at else None,
        location=event.location,
        capacity=event.capacity,
        provider=event.provider,
        notes=event.notes,
    )


def _event_columns(data: EventData) -> dict[str, Any]:
    try:
        kind = EventKind(data.kind)
    except ValueError:
        raise ValidationError(
            _("Kies de soort: informatieavond, training of pop-up evenement."), field="kind"
        ) from None
    name = " ".join((data.name or "").split())
    if not name:
        raise ValidationError(
            _("Geef het evenement een naam (bijvoorbeeld 'Informatieavond Leidsche Rijn')."),
            field="name",
        )
    if len(name) > NAME_MAX:
        raise ValidationError(
            _("De naam is te lang ({n} tekens); gebruik hoogstens {max} tekens.").format(
                n=len(name), max=NAME_MAX
            ),
            field="name",
        )
    # The form gives Dutch local time; a naive value is read as such.
    starts_at = _aware(data.starts_at)
    ends_at = _aware(data.ends_at) if data.ends_at is not None else None
    if ends_at is not None and ends_at <= starts_at:
        raise ValidationError(
            _("Het einde ({end}) ligt niet na het begin ({start}). Pas de tijden aan.").format(
                end=_fmt_when(ends_at), start=_fmt_when(starts_at)
            ),
            field="ends_at",
        )
    if data.capacity is not None and (
        isinstance(data.capacity, bool) or not 1 <= data.capacity <= 10_000
    ):
        raise ValidationError(
            _("De capaciteit is minstens 1 persoon; laat het veld leeg voor geen maximum."),
            field="capacity",
        )
    location = " ".join((data.location or "").split())
    if len(location) > 200:
        raise ValidationError(
            _("De plaats is te lang; gebruik hoogstens 200 tekens."), field="location"
        )
    return {
        "kind": kind,
        "name": name,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "location": location,
        "capacity": data.capacity,
        "provider": Provider(data.provider) if data.provider is not None else None,
        "notes": (data.notes or "").strip(),
    }


def create_event(
    db: Database, data: EventData, *, username: str = SYSTEM_USER, user_id: int | None = None
) -> int:
    values = _event_columns(data)
    with _writing(db, _kind_event()) as session:
        event = m.Event(**values)
        session.add(event)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            "events",
            event.id,
            f"{label(event.kind)}: {event.name}",
            username=username,
            user_id=user_id,
        )
        return event.id


def _registered_count(session: Session, event_id: int) -> int:
    reg = m.EventRegistration
    return int(
        session.scalar(
            select(func.count(reg.id)).where(
                reg.event_id == event_id, reg.registered_at.is_not(None)
            )
        )
        or 0
    )


def update_event(
    db: Database,
    event_id: int,
    expected_version: int,
    data: EventData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    """Save an edited event; the capacity cannot drop below those registered."""
    values = _event_columns(data)
    with _writing(db, _kind_event()) as session:
        event = _event(session, event_id, expected_version)
        registered = _registered_count(session, event.id)
        if values["capacity"] is not None and values["capacity"] < registered:
            raise ValidationError(
                _(
                    "Er zijn al {n} mensen aangemeld; de capaciteit kan niet lager dan {n}. "
                    "Meld eerst mensen af als er minder plaatsen zijn."
                ).format(n=registered),
                field="capacity",
            )
        changed = sorted(k for k, v in values.items() if getattr(event, k) != v)
        for key in changed:
            setattr(event, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "events",
                event.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        return SaveResult(event.id, event.version)


def remove_event(
    db: Database,
    event_id: int,
    expected_version: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    """Remove an event where nobody's attendance was recorded yet."""
    with _writing(db, _kind_event()) as session:
        event = _event(session, event_id, expected_version)
        if any(r.attended for r in event.registrations):
            raise UserError(
                _(
                    "Bij dit evenement is al aanwezigheid vastgelegd; het kan niet meer weg. "
                    "Pas de naam aan (bijvoorbeeld 'vervallen') als het niet doorging."
                )
            )
        session.delete(event)
        audit(
            session,
            AuditAction.DELETE,
            "events",
            event_id,
            "",
            username=username,
            user_id=user_id,
        )


def _no_event(event_id: int) -> NotFoundError:
    return NotFoundError(
        _("Evenement {id} bestaat niet (meer). Controleer het nummer of vernieuw de lijst.").format(
            id=event_id
        )
    )


def _event(session: Session, event_id: int, expected_version: int | None = None) -> m.Event:
    event = session.get(m.Event, event_id)
    if event is None:
        raise _no_event(event_id)
    if expected_version is not None and event.version != expected_version:
        raise StaleRecordError(stale_message(_kind_event()))
    return event


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
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> InviteResult:
    """Invite requests and/or families (someone already on the list is skipped)."""
    requests = sorted(set(request_ids))
    households = sorted(set(household_ids))
    now = clock.now()
    invited = already = 0
    with _writing(db, _kind_event()) as session:
        event = _event(session, event_id)
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
        audit(
            session,
            AuditAction.UPDATE,
            "events",
            event.id,
            _("{n} uitgenodigd").format(n=invited),
            username=username,
            user_id=user_id,
        )
    return InviteResult(invited, already)


def register(
    db: Database,
    event_id: int,
    *,
    request_id: int | None = None,
    household_id: int | None = None,
    walk_in: bool = False,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Register a request or a family for the event; returns the registration's id.

    Registering someone already registered changes nothing. A full event refuses with
    a sentence that says what to do, except for a ``walk_in``: someone who came without
    registering is on the list whatever the capacity (the place is taken anyway).
    """
    if (request_id is None) == (household_id is None):
        raise ValidationError(_("Kies één aanvraag of één gezin om aan te melden."))
    with _writing(db, _kind_event()) as session:
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
        audit(
            session,
            AuditAction.UPDATE,
            "events",
            event.id,
            _("aangemeld: {who}").format(
                who=f"gezin {household_id}" if household_id else f"aanvraag {request_id}"
            ),
            username=username,
            user_id=user_id,
        )
        return existing.id


def cancel_registration(
    db: Database,
    registration_id: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    """Take back a registration (the invitation stays), freeing the place."""
    with _writing(db, _kind_registration()) as session:
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
        audit(
            session,
            AuditAction.UPDATE,
            "events",
            registration.event_id,
            _("afgemeld: aanmelding {id}").format(id=registration_id),
            username=username,
            user_id=user_id,
        )


# --------------------------------------------------------------------------- attendance


@dataclass(frozen=True)
class TrainingProgress:
    """A family's training sessions: those it attended, missed, and still has."""

    attended: int
    missed: int
    #: Sessions in the past without recorded attendance.
    unrecorded: int
    upcoming: int
    required: int

    @property
    def complete(self) -> bool:
        return (
            self.attended >= self.required
            and self.missed == 0
            and self.unrecorded == 0
            and self.upcoming == 0
        )

    @property
    def summary(self) -> str:
        text = _("{attended} bijeenkomst(en) gevolgd").format(attended=self.attended)
        if self.missed:
            text += _(", {n} gemist").format(n=self.missed)
        if self.unrecorded:
            text += _(", {n} nog niet afgevinkt").format(n=self.unrecorded)
        if self.upcoming:
            text += _(", {n} gepland").format(n=self.upcoming)
        return text


def _training_progress(
    session: Session, household_id: int, config: PipelineConfig
) -> TrainingProgress:
    reg, ev = m.EventRegistration, m.Event
    now = clock.now()
    attended = missed = unrecorded = upcoming = 0
    rows = session.execute(
        select(reg.attended, reg.registered_at, reg.invited_at, ev.starts_at)
        .join(ev, ev.id == reg.event_id)
        .where(reg.household_id == household_id, ev.kind == EventKind.TRAINING)
    )
    for came, registered_at, _invited_at, starts_at in rows:
        if came is True:
            attended += 1
        elif registered_at is None:
            continue  # only invited, never registered: not one of its sessions
        elif came is False:
            missed += 1
        elif starts_at > now:
            upcoming += 1
        else:
            unrecorded += 1
    return TrainingProgress(
        attended, missed, unrecorded, upcoming, config.training_sessions_required
    )


def training_progress(db: Database, household_id: int) -> TrainingProgress:
    config = load_pipeline_config(db)
    with db.session() as session:
        return _training_progress(session, household_id, config)


@dataclass(frozen=True)
class MoveSuggestion:
    """A move the program proposes but leaves to the recruiter."""

    household_id: int
    household_name: str
    from_stage: PipelineStage
    to_stage: PipelineStage
    text: str


@dataclass(frozen=True)
class AttendanceOutcome:
    recorded: int
    #: Requests that became "informatieavond".
    requests_moved: tuple[int, ...]
    #: Families moved on (information evening -> kennismakingsgesprek).
    households_moved: tuple[int, ...]
    suggestions: tuple[MoveSuggestion, ...]
    #: Sentences about people who were not moved and why.
    notes: tuple[str, ...]


def record_attendance(
    db: Database,
    event_id: int,
    attendance: Mapping[int, bool],
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> AttendanceOutcome:
    """Record who came (registration id -> came), and move people on (see module doc).

    Moves are dated at the start of the event (or now, if that lies in the future).
    Setting someone back to "not present" undoes no move: the recruiter moves the
    family or request back by hand if the tick was a mistake.
    """
    config = load_pipeline_config(db)
    requests_moved: list[int] = []
    households_moved: list[int] = []
    suggestions: list[MoveSuggestion] = []
    notes: list[str] = []
    with _writing(db, _kind_registration()) as session:
        event = _event(session, event_id)
        registrations = {
            r.id: r
            for r in session.scalars(
                select(m.EventRegistration).where(
                    m.EventRegistration.event_id == event.id,
                    m.EventRegistration.id.in_(list(attendance)),
                )
            )
        }
        unknown = sorted(set(attendance) - set(registrations))
        if unknown:
            raise NotFoundError(
                _(
                    "Aanmelding {id} hoort niet bij dit evenement (meer). Vernieuw de lijst "
                    "en vink opnieuw af."
                ).format(id=unknown[0])
            )
        when = min(event.starts_at, clock.now())
        for registration_id in sorted(registrations):
            registration = registrations[registration_id]
            came = bool(attendance[registration_id])
            registration.attended = came
            if registration.registered_at is None and came:
                registration.registered_at = clock.now()  # walked in
            if not came:
                continue
            if event.kind == EventKind.INFORMATIEAVOND:
                _after_evening(
                    session,
                    event,
                    registration,
                    when,
                    config,
                    requests_moved,
                    households_moved,
                    notes,
                    username,
                    user_id,
                )
        session.flush()
        if event.kind == EventKind.TRAINING:
            for registration in registrations.values():
                if registration.attended and registration.household_id is not None:
                    suggestion = _training_suggestion(session, registration.household_id, config)
                    if suggestion is not None:
                        suggestions.append(suggestion)
        audit(
            session,
            AuditAction.UPDATE,
            "events",
            event.id,
            _("aanwezigheid: {n} aanwezig van {total}").format(
                n=sum(1 for v in attendance.values() if v), total=len(attendance)
            ),
            username=username,
            user_id=user_id,
        )
    return AttendanceOutcome(
        recorded=len(attendance),
        requests_moved=tuple(requests_moved),
        households_moved=tuple(households_moved),
        suggestions=tuple(suggestions),
        notes=tuple(notes),
    )


def _after_evening(
    session: Session,
    event: m.Event,
    registration: m.EventRegistration,
    when: datetime,
    config: PipelineConfig,
    requests_moved: list[int],
    households_moved: list[int],
    notes: list[str],
    username: str,
    user_id: int | None,
) -> None:
    if registration.household_id is not None:
        household = session.get(m.Household, registration.household_id)
        if household is None:
            return
        if household.stage != PipelineStage.INFORMATIEBIJEENKOMST:
            notes.append(
                _("{name} staat al in de fase {stage}; die is niet veranderd.").format(
                    name=household.name, stage=label(household.stage)
                )
            )
            return
        try:
            apply_stage_move(
                session,
                household,
                PipelineStage.KENNISMAKING,
                config=config,
                at=max(when, household.stage_since),
                note=_("Aanwezig op {event}").format(event=event.name),
                username=username,
                user_id=user_id,
            )
        except MoveRefused as exc:  # a beheerder's route without that step
            notes.append(f"{household.name}: {exc.message}")
            return
        households_moved.append(household.id)
        return
    if registration.request_id is None:
        return
    request = session.get(m.InfoRequest, registration.request_id)
    if request is None:
        return
    if request.status not in _BEFORE_EVENING:
        if request.status != RequestStatus.INFORMATIEAVOND:
            notes.append(
                _("{name} heeft al de status {status}; die is niet veranderd.").format(
                    name=request.full_name, status=label(request.status)
                )
            )
        return
    at = max(when, request.status_since)
    previous = request.status
    request.status = RequestStatus.INFORMATIEAVOND
    request.status_since = at
    request.dropout_reason = None
    request.status_changes.append(
        m.RequestStatusChange(
            from_status=previous,
            to_status=RequestStatus.INFORMATIEAVOND,
            at=at,
            user_id=user_id,
            note=_("Aanwezig op {event}").format(event=event.name),
        )
    )
    audit(
        session,
        AuditAction.UPDATE,
        "info_requests",
        request.id,
        _("status: {old} -> {new}").format(
            old=label(previous), new=label(RequestStatus.INFORMATIEAVOND)
        ),
        username=username,
        user_id=user_id,
    )
    requests_moved.append(request.id)


def _training_suggestion(
    session: Session, household_id: int, config: PipelineConfig
) -> MoveSuggestion | None:
    household = session.get(m.Household, household_id)
    if household is None or household.stage != PipelineStage.TRAINING:
        return None
    progress = _training_progress(session, household_id, config)
    if not progress.complete:
        return None
    following = config.next_stage(household.route, household.stage)
    if following is None:
        return None
    return MoveSuggestion(
        household_id=household.id,
        household_name=household.name,
        from_stage=household.stage,
        to_stage=following,
        text=_(
            "{name} heeft alle trainingsbijeenkomsten gevolgd ({attended}). Zet het gezin door "
            "naar {stage} als de training is afgerond."
        ).format(name=household.name, attended=progress.attended, stage=label(following)),
    )


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


@dataclass(frozen=True)
class InvitationRow:
    """One line of the invitation list: who, how to reach them, and where they stand."""

    name: str
    email: str
    person_kind: str
    status: str


def _status(row: RegistrationRow) -> str:
    if row.attended:
        return _("aanwezig")
    if row.attended is False:
        return _("afwezig")
    if row.registered_at is not None:
        return _("aangemeld")
    return _("uitgenodigd")


def invitation_rows(db: Database, event_id: int) -> list[InvitationRow]:
    """Names and e-mail addresses of everyone invited or registered (for a CSV)."""
    return [
        InvitationRow(row.name, row.email, row.person_kind, _status(row))
        for row in event_detail(db, event_id).registrations
    ]


def _unwritable(target: Path, exc: OSError) -> UserError:
    return UserError(
        _("Kan {path} niet schrijven ({reason}). Kies een andere map of bestandsnaam.").format(
            path=target, reason=exc.strerror or exc
        )
    )


def write_invitations_csv(
    db: Database,
    event_id: int,
    path: Path,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Write the invitation list as CSV (UTF-8 with BOM and ';', as Excel in the
    Netherlands expects); returns the number of people. The export is audited."""
    rows = invitation_rows(db, event_id)
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".plekkie-", suffix=".csv", dir=target.parent)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow([_("naam"), _("e-mailadres"), _("soort"), _("status")])
            for row in rows:
                writer.writerow([row.name, row.email, row.person_kind, row.status])
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc
    with db.transaction() as session:
        audit(
            session,
            AuditAction.EXPORT,
            "events",
            event_id,
            _("uitnodigingslijst: {n} personen naar {file}").format(n=len(rows), file=target.name),
            username=username,
            user_id=user_id,
        )
    return len(rows)
