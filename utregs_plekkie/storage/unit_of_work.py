"""The one write path: every save, status change, merge, erasure and import goes through
a :class:`UnitOfWork`.

A unit of work takes a typed :class:`~utregs_plekkie.core.permissions.Actor` (never a
fallback user), checks that the actor's role allows the work *before* anything is read
or written, runs the work in one database transaction, checks the version of every
record it changes, and writes the audit line in the actor's name inside that same
transaction: the work and its audit line are kept together or not at all.

    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind=_("aanvraag")) as uow:
        request = uow.get(m.InfoRequest, request_id, expected_version=version)
        uow.change(request, {"city": "Utrecht"})

A change that another user saved in the meantime is refused with the usual Dutch
sentence (:class:`StaleRecordError`), whether it is noticed by ``expected_version``
or by the ``WHERE version = ?`` that SQLAlchemy adds to every UPDATE.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.engine import Database

T = TypeVar("T", bound=m.Base)

#: The audit trail keeps ids, counts and field names, never personal data; a detail
#: longer than this is cut (see ``storage.audit``).
DETAIL_MAX = 2000


def stale_message(kind: str) -> str:
    return _(
        "Deze {kind} is intussen door iemand anders gewijzigd. Uw wijzigingen zijn niet "
        "opgeslagen, maar staan nog in het formulier: laad de nieuwste versie en voer ze "
        "opnieuw in."
    ).format(kind=kind)


def not_found_message(kind: str) -> str:
    return _("Deze {kind} bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.").format(
        kind=kind
    )


def add_audit_line(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    detail: str = "",
) -> None:
    """Add an audit line in ``actor``'s name to the running transaction.

    The line is kept exactly when the work it describes is kept. Use a unit of work
    where you can; this is for the few places (a bulk import's batches, the audit
    module itself) that manage their own transaction.
    """
    session.add(
        m.AuditEntry(
            user_id=actor.user_id,
            username=actor.username[:80],
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail[:DETAIL_MAX],
        )
    )


@dataclass
class UnitOfWork:
    """One transaction of work in the name of one actor."""

    session: Session
    actor: Actor
    kind: str

    def get(
        self,
        model: type[T],
        record_id: int,
        *,
        expected_version: int | None = None,
        kind: str | None = None,
        not_found: str | None = None,
    ) -> T:
        """The record, or NotFoundError; StaleRecordError when its version moved on."""
        record = self.session.get(model, record_id)
        what = kind or self.kind
        if record is None:
            raise NotFoundError(not_found or not_found_message(what))
        if expected_version is not None and getattr(record, "version", None) != expected_version:
            raise StaleRecordError(stale_message(what))
        return record

    def change(
        self,
        record: m.Base,
        changes: Mapping[str, Any],
        *,
        audit: bool = True,
    ) -> list[str]:
        """Set the fields that really change; audit their names (never their values)."""
        changed = sorted(key for key, value in changes.items() if getattr(record, key) != value)
        for key in changed:
            setattr(record, key, changes[key])
        if changed and audit:
            self.audit(AuditAction.UPDATE, record, ", ".join(changed))
        return changed

    def add(self, record: T, detail: str = "", *, audit: bool = True) -> T:
        """Insert ``record`` (its id is known afterwards) and audit its creation."""
        self.session.add(record)
        self.session.flush()
        if audit:
            self.audit(AuditAction.CREATE, record, detail)
        return record

    def delete(self, record: m.Base, detail: str = "") -> None:
        self.audit(AuditAction.DELETE, record, detail)
        self.session.delete(record)

    def audit(
        self,
        action: AuditAction,
        entity: m.Base | str,
        detail: str = "",
        entity_id: int | None = None,
    ) -> None:
        """An audit line for a record (or a table name and id) in this actor's name."""
        if isinstance(entity, str):
            table, record_id = entity, entity_id
        else:
            table = str(entity.__tablename__)
            record_id = entity_id if entity_id is not None else getattr(entity, "id", None)
        add_audit_line(self.session, self.actor, action, table, record_id, detail)

    def flush(self) -> None:
        self.session.flush()


@contextmanager
def unit_of_work(
    db: Database,
    actor: Actor,
    permission: Permission,
    *,
    kind: str,
) -> Iterator[UnitOfWork]:
    """Check ``actor`` may do ``permission``, then give one transaction of work.

    ``kind`` names the record in the sentences a user sees ("aanvraag", "gezin").
    PermissionDenied is raised before the database is touched.
    """
    if not isinstance(actor, Actor):
        raise TypeError("unit_of_work needs an Actor, not a user name or None")
    require(actor, permission)
    try:
        with db.transaction() as session:
            yield UnitOfWork(session=session, actor=actor, kind=kind)
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(kind)) from exc
