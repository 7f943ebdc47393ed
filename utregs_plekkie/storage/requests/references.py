"""Events by name and consent texts by version, looked up once per transaction or
import, created or checked as needed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, EventKind
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.validation import search_key
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.requests.values import InvalidRequestError, RequestValues
from utregs_plekkie.storage.unit_of_work import add_audit_line


class RequestReferences:
    """Events by name and consent texts by version, looked up once per transaction
    (or once per import) and created or checked as needed."""

    def __init__(self) -> None:
        self._events: dict[str, list[tuple[int, datetime]]] | None = None
        self._event_ids: set[int] | None = None
        self._consents: list[tuple[date, str]] | None = None
        self.created_events: list[str] = []

    def _load_events(self, session: Session) -> None:
        if self._events is not None:
            return
        self._events = {}
        self._event_ids = set()
        e = m.Event
        for event_id, name, starts_at in session.execute(select(e.id, e.name, e.starts_at)):
            self._events.setdefault(search_key(name), []).append((event_id, starts_at))
            self._event_ids.add(event_id)

    def event_id(
        self,
        session: Session,
        values: RequestValues,
        received: datetime,
        *,
        actor: Actor,
    ) -> int | None:
        """The event of a request: by id (must exist), or by name (the one on the day it
        came in, else the latest before; a name never seen creates a pop-up event)."""
        self._load_events(session)
        assert self._events is not None and self._event_ids is not None
        if values.event_id is not None:
            if values.event_id not in self._event_ids:
                raise InvalidRequestError(
                    [
                        ValidationError(
                            _("Het gekozen evenement bestaat niet (meer). Kies een ander."),
                            field="event_id",
                        )
                    ]
                )
            return values.event_id
        if not values.event_name:
            return None
        key = search_key(values.event_name)
        known = self._events.get(key)
        if known:
            day = received.astimezone(clock.LOCAL_TZ).date()
            same_day = [i for i, at in known if at.astimezone(clock.LOCAL_TZ).date() == day]
            if same_day:
                return same_day[0]
            before = [(at, i) for i, at in known if at <= received]
            return max(before)[1] if before else min((at, i) for i, at in known)[1]
        event = m.Event(kind=EventKind.POPUP, name=values.event_name, starts_at=received)
        session.add(event)
        session.flush()
        add_audit_line(
            session,
            actor,
            AuditAction.CREATE,
            m.Event.__tablename__,
            event.id,
            _("evenement '{name}' aangemaakt voor aanvragen").format(name=values.event_name),
        )
        self._events[key] = [(event.id, received)]
        self._event_ids.add(event.id)
        self.created_events.append(values.event_name)
        return event.id

    def consent_version(self, session: Session, values: RequestValues) -> str | None:
        """The version of the consent text: as given (it must exist), else the text that
        was valid on the day consent was given."""
        if values.consent_at is None:
            return None
        if self._consents is None:
            rows = session.execute(select(m.ConsentText.valid_from, m.ConsentText.version))
            self._consents = sorted((valid, version) for valid, version in rows)
        if values.consent_text_version is not None:
            if values.consent_text_version not in {v for _d, v in self._consents}:
                raise InvalidRequestError(
                    [
                        ValidationError(
                            _(
                                "Toestemmingstekst versie '{version}' is onbekend. Gebruik een "
                                "bestaande versie, of laat de versie leeg."
                            ).format(version=values.consent_text_version),
                            field="consent_text_version",
                        )
                    ]
                )
            return values.consent_text_version
        day = values.consent_at.astimezone(clock.LOCAL_TZ).date()
        valid = [version for valid_from, version in self._consents if valid_from <= day]
        return valid[-1] if valid else None
