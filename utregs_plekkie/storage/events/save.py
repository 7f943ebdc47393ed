"""Write side: create, edit and remove events (information evenings, training sessions,
pop-up events).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    Provider,
    label,
)
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events._common import (
    NAME_MAX,
    _aware,
    _fmt_when,
    _get_event,
    _kind_event,
    _registered_count,
)
from utregs_plekkie.storage.households import (
    SaveResult,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work

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


def create_event(db: Database, data: EventData, *, actor: Actor) -> int:
    values = _event_columns(data)
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_event()) as uow:
        session = uow.session
        event = m.Event(**values)
        session.add(event)
        session.flush()
        uow.audit(
            AuditAction.CREATE, "events", f"{label(event.kind)}: {event.name}", entity_id=event.id
        )
        return event.id


def update_event(
    db: Database,
    event_id: int,
    expected_version: int,
    data: EventData,
    *,
    actor: Actor,
) -> SaveResult:
    """Save an edited event; the capacity cannot drop below those registered."""
    values = _event_columns(data)
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_event()) as uow:
        session = uow.session
        event = _get_event(uow, event_id, expected_version)
        registered = _registered_count(session, event.id)
        if values["capacity"] is not None and values["capacity"] < registered:
            raise ValidationError(
                _(
                    "Er zijn al {n} mensen aangemeld; de capaciteit kan niet lager dan {n}. "
                    "Meld eerst mensen af als er minder plaatsen zijn."
                ).format(n=registered),
                field="capacity",
            )
        uow.change(event, values)
        session.flush()
        return SaveResult(event.id, event.version)


def remove_event(
    db: Database,
    event_id: int,
    expected_version: int,
    *,
    actor: Actor,
) -> None:
    """Remove an event where nobody's attendance was recorded yet."""
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_event()) as uow:
        session = uow.session
        event = _get_event(uow, event_id, expected_version)
        if any(r.attended for r in event.registrations):
            raise UserError(
                _(
                    "Bij dit evenement is al aanwezigheid vastgelegd; het kan niet meer weg. "
                    "Pas de naam aan (bijvoorbeeld 'vervallen') als het niet doorging."
                )
            )
        session.delete(event)
        uow.audit(AuditAction.DELETE, "events", entity_id=event_id)
