"""The shortlist a matcher keeps per child, in the ``settings`` table
(``matching.shortlist.<code>``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import SHORTLIST_PREFIX
from utregs_plekkie.storage.unit_of_work import UnitOfWork, unit_of_work

# --------------------------------------------------------------------------- shortlist


@dataclass(frozen=True)
class ShortlistEntry:
    household_id: int
    offer_id: int | None
    added_by: str
    added_on: date


def _shortlist_key(code: str) -> str:
    return SHORTLIST_PREFIX + code.strip()


def _shortlist_entries(value: Any) -> list[ShortlistEntry]:
    entries: list[ShortlistEntry] = []
    for item in value if isinstance(value, list) else []:
        try:
            entries.append(
                ShortlistEntry(
                    household_id=int(item["household"]),
                    offer_id=None if item.get("offer") is None else int(item["offer"]),
                    added_by=str(item.get("by", "")),
                    added_on=date.fromisoformat(str(item["on"])),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return entries


def shortlist(db: Database, code: str) -> list[ShortlistEntry]:
    """The households a matcher put on the child's shortlist, in the order added."""
    with db.session() as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
        return _shortlist_entries(row.value) if row is not None else []


def _save_shortlist(uow: UnitOfWork, code: str, entries: list[ShortlistEntry]) -> None:
    session = uow.session
    key = _shortlist_key(code)
    row = session.scalar(select(m.Setting).where(m.Setting.key == key))
    value = [
        {
            "household": e.household_id,
            "offer": e.offer_id,
            "by": e.added_by,
            "on": e.added_on.isoformat(),
        }
        for e in entries
    ]
    if row is None:
        row = m.Setting(key=key, value=value)
        session.add(row)
    else:
        row.value = value
    session.flush()
    uow.audit(AuditAction.UPDATE, row, key)


def _clear_shortlist(session: Session, code: str) -> None:
    row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
    if row is not None:
        session.delete(row)


def add_to_shortlist(
    db: Database,
    code: str,
    household_id: int,
    offer_id: int | None = None,
    *,
    actor: Actor,
) -> list[ShortlistEntry]:
    """Put a household on the child's shortlist (once); returns the shortlist."""
    with unit_of_work(db, actor, Permission.MATCHING, kind=_("shortlist")) as uow:
        session = uow.session
        if session.scalar(select(m.Child.id).where(m.Child.code == code.strip())) is None:
            raise NotFoundError(
                _("Er is geen kind met code '{code}'. Controleer de code.").format(code=code)
            )
        if session.get(m.Household, household_id) is None:
            raise NotFoundError(_("Dit gezin bestaat niet (meer). Vernieuw de lijst."))
        row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
        entries = _shortlist_entries(row.value) if row is not None else []
        if all(e.household_id != household_id for e in entries):
            entries.append(ShortlistEntry(household_id, offer_id, actor.username, clock.today()))
            _save_shortlist(uow, code, entries)
        return entries


def remove_from_shortlist(
    db: Database,
    code: str,
    household_id: int,
    *,
    actor: Actor,
) -> list[ShortlistEntry]:
    """Take a household off the child's shortlist; returns the shortlist."""
    with unit_of_work(db, actor, Permission.MATCHING, kind=_("shortlist")) as uow:
        session = uow.session
        row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
        entries = _shortlist_entries(row.value) if row is not None else []
        kept = [e for e in entries if e.household_id != household_id]
        if len(kept) != len(entries):
            _save_shortlist(uow, code, kept)
        return kept
