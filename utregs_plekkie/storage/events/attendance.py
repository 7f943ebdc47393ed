"""Write side: record who came at an event, and move people on; a family's training
progress and the move it may be suggested.

- at an information evening, a request that had not been to one yet becomes
  "informatieavond" (dated at the event), and a family at "informatiebijeenkomst" moves
  on to "kennismakingsgesprek";
- at a training session the session is recorded; a family at "voorbereidingstraining"
  that attended every session it was registered for gets a *suggestion* to move on
  (never an automatic move: the recruiter decides);
- at a pop-up event attendance is only recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    PipelineStage,
    RequestStatus,
    label,
)
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import MoveRefused, PipelineConfig
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events._common import (
    _BEFORE_EVENING,
    _get_event,
    _kind_registration,
)
from utregs_plekkie.storage.households import (
    apply_stage_move,
    load_pipeline_config,
)
from utregs_plekkie.storage.unit_of_work import UnitOfWork, unit_of_work

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
    actor: Actor,
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
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_registration()) as uow:
        session = uow.session
        event = _get_event(uow, event_id)
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
                    uow,
                    event,
                    registration,
                    when,
                    config,
                    requests_moved,
                    households_moved,
                    notes,
                )
        session.flush()
        if event.kind == EventKind.TRAINING:
            for registration in registrations.values():
                if registration.attended and registration.household_id is not None:
                    suggestion = _training_suggestion(session, registration.household_id, config)
                    if suggestion is not None:
                        suggestions.append(suggestion)
        uow.audit(
            AuditAction.UPDATE,
            "events",
            _("aanwezigheid: {n} aanwezig van {total}").format(
                n=sum(1 for v in attendance.values() if v), total=len(attendance)
            ),
            entity_id=event.id,
        )
    return AttendanceOutcome(
        recorded=len(attendance),
        requests_moved=tuple(requests_moved),
        households_moved=tuple(households_moved),
        suggestions=tuple(suggestions),
        notes=tuple(notes),
    )


def _after_evening(
    uow: UnitOfWork,
    event: m.Event,
    registration: m.EventRegistration,
    when: datetime,
    config: PipelineConfig,
    requests_moved: list[int],
    households_moved: list[int],
    notes: list[str],
) -> None:
    session, actor = uow.session, uow.actor
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
                actor=actor,
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
            user_id=actor.user_id,
            note=_("Aanwezig op {event}").format(event=event.name),
        )
    )
    uow.audit(
        AuditAction.UPDATE,
        "info_requests",
        _("status: {old} -> {new}").format(
            old=label(previous), new=label(RequestStatus.INFORMATIEAVOND)
        ),
        entity_id=request.id,
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
