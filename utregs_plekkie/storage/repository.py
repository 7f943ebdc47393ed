"""Writing records safely: version checks, audit lines, one transaction per save."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import stale_message

T = TypeVar("T", bound=m.Base)

SYSTEM_USER = "systeem"


def update_checked(
    db: Database,
    model: type[T],
    record_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    *,
    kind: str,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> T:
    """Apply ``changes`` to the record if nobody changed it since ``expected_version``.

    The check happens twice: here, against the stored version, and in the UPDATE
    itself (SQLAlchemy's ``version_id_col`` adds ``WHERE version = ?``), so two saves
    racing each other cannot both win. The whole save, with its audit line, is one
    transaction: it happens completely or not at all.
    """
    try:
        with db.transaction() as session:
            record = session.get(model, record_id)
            if record is None:
                raise NotFoundError(_("Deze {kind} bestaat niet meer.").format(kind=kind))
            if getattr(record, "version", None) != expected_version:
                raise StaleRecordError(stale_message(kind))
            changed = sorted(k for k, v in changes.items() if getattr(record, k) != v)
            for key in changed:
                setattr(record, key, changes[key])
            if changed:
                audit(
                    session,
                    AuditAction.UPDATE,
                    model.__tablename__,
                    record_id,
                    ", ".join(changed),
                    username=username,
                    user_id=user_id,
                )
            session.flush()
            return record
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(kind)) from exc


def audit(
    session: Session,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    detail: str = "",
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    """Add an audit line to the current transaction (kept only if the work is kept)."""
    session.add(
        m.AuditEntry(
            user_id=user_id,
            username=username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
    )
