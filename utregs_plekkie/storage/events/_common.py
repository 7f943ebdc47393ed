"""Helpers shared by the events modules: record kinds for the Dutch sentences, times in
Dutch local time, loading an event and counting its registrations.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    RequestStatus,
)
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.unit_of_work import UnitOfWork

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


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=clock.LOCAL_TZ)


def _fmt_when(value: datetime) -> str:
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


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


def _no_event_text(event_id: int) -> str:
    return _(
        "Evenement {id} bestaat niet (meer). Controleer het nummer of vernieuw de lijst."
    ).format(id=event_id)


def _no_event(event_id: int) -> NotFoundError:
    return NotFoundError(_no_event_text(event_id))


def _get_event(uow: UnitOfWork, event_id: int, expected_version: int | None = None) -> m.Event:
    """The event of a unit of work, with the event's own "does not exist" sentence."""
    return uow.get(
        m.Event, event_id, expected_version=expected_version, not_found=_no_event_text(event_id)
    )
