"""The audit trail: recording, looking up and exporting who did what to which record.

Lines are written with ``storage.unit_of_work`` (``UnitOfWork.audit``, or
``add_audit_line`` for batch work) inside the transaction of the work they describe, so
a line exists exactly when the work was kept. Nobody can change or
delete a line: the program has no function for it, and the database refuses it with
triggers (migration ``trust_0001``).

The rule for ``detail``: ids, counts and field names only, never personal data (no
names, addresses, e-mail addresses, phone numbers, notes). The trail must outlive an
erasure under the AVG, and it can only do so if there is nothing in it to erase.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import (
    ENTITY_VIEW_PERMISSIONS,
    Actor,
    Permission,
    require,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import add_audit_line

Progress = Callable[[int, int], bool]
"""Called as ``progress(done, total)``; returning False cancels the work."""


class Cancelled(UserError):
    """The user stopped a long piece of work; nothing half-done was kept."""


def cancelled_message() -> str:
    return _("Afgebroken op uw verzoek; er is niets opgeslagen of geschreven.")


# --------------------------------------------------------------------------- writing


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    detail: str = "",
) -> None:
    """Add a line to the running transaction, in the name of ``actor``."""
    add_audit_line(session, actor, action, entity, entity_id, detail)


def record_now(
    db: Database,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    detail: str = "",
) -> None:
    """Write one line in its own transaction (for a view, a print, a login)."""
    with db.transaction() as session:
        record(session, actor, action, entity, entity_id, detail)


def record_view(db: Database, actor: Actor, entity: str, entity_id: int) -> None:
    """Note that ``actor`` opened a record, after checking that the role may see it.

    The GUI calls this when a child or household (or any other person's record) is
    shown; a role that may not see the record gets PermissionDenied and nothing shows.
    """
    permission = ENTITY_VIEW_PERMISSIONS.get(entity)
    if permission is not None:
        require(actor, permission)
    record_now(db, actor, AuditAction.VIEW, entity, entity_id)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class AuditFilter:
    """Which lines to show. Every field left at None means "any"."""

    username: str | None = None  # exact, case-insensitive
    action: AuditAction | None = None
    entity: str | None = None
    entity_id: int | None = None
    since: date | datetime | None = None  # a date means from the start of that day
    until: date | datetime | None = None  # a date means up to and including that day
    text: str | None = None  # part of the detail


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # local time
    username: str
    user_id: int | None
    action: AuditAction
    entity: str
    entity_id: int | None
    detail: str

    @property
    def action_label(self) -> str:
        return label(self.action)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tijdstip": self.at.isoformat(timespec="seconds"),
            "gebruiker": self.username,
            "gebruiker_id": self.user_id,
            "actie": self.action.value,
            "onderdeel": self.entity,
            "record": self.entity_id,
            "details": self.detail,
        }


def _start(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=clock.LOCAL_TZ)
    return datetime.combine(value, time.min, tzinfo=clock.LOCAL_TZ)


def _end(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=clock.LOCAL_TZ)
    return datetime.combine(value + timedelta(days=1), time.min, tzinfo=clock.LOCAL_TZ)


def _where(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    e = m.AuditEntry
    if flt.username:
        query = query.where(func.lower(e.username) == flt.username.strip().lower())
    if flt.action is not None:
        query = query.where(e.action == flt.action)
    if flt.entity:
        query = query.where(e.entity == flt.entity)
    if flt.entity_id is not None:
        query = query.where(e.entity_id == flt.entity_id)
    if flt.since is not None:
        query = query.where(e.at >= _start(flt.since))
    if flt.until is not None:
        # A datetime is inclusive, a date covers the whole day.
        if isinstance(flt.until, datetime):
            query = query.where(e.at <= _end(flt.until))
        else:
            query = query.where(e.at < _end(flt.until))
    if flt.text:
        query = query.where(e.detail.contains(flt.text, autoescape=True))
    return query


def _row(entry: m.AuditEntry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at.astimezone(clock.LOCAL_TZ),
        username=entry.username,
        user_id=entry.user_id,
        action=AuditAction(entry.action),
        entity=entry.entity,
        entity_id=entry.entity_id,
        detail=entry.detail,
    )


def query_audit(
    db: Database,
    actor: Actor,
    flt: AuditFilter | None = None,
    *,
    limit: int = 200,
    offset: int = 0,
    newest_first: bool = True,
) -> list[AuditRow]:
    """One page of lines matching ``flt`` (for the audit viewer: page with ``offset``)."""
    require(actor, Permission.AUDIT_VIEW)
    order = m.AuditEntry.id.desc() if newest_first else m.AuditEntry.id.asc()
    query = _where(select(m.AuditEntry), flt or AuditFilter()).order_by(order)
    query = query.limit(max(limit, 0)).offset(max(offset, 0))
    with db.session() as session:
        return [_row(e) for e in session.scalars(query)]


def count_audit(db: Database, actor: Actor, flt: AuditFilter | None = None) -> int:
    require(actor, Permission.AUDIT_VIEW)
    query = _where(select(func.count()).select_from(m.AuditEntry), flt or AuditFilter())
    with db.session() as session:
        return int(session.scalar(query) or 0)


def iter_audit(
    db: Database, flt: AuditFilter | None = None, batch: int = 5_000
) -> Iterator[AuditRow]:
    """Every matching line, oldest first, fetched in batches (keyset on the id).

    Plain rows rather than ORM objects: an export of a million lines stays quick.
    No permission check: for callers that checked already (export, person export).
    """
    e = m.AuditEntry
    columns = (e.id, e.at, e.username, e.user_id, e.action, e.entity, e.entity_id, e.detail)
    last_id = 0
    while True:
        query = (
            _where(cast("Select[Any]", select(*columns)), flt or AuditFilter())
            .where(e.id > last_id)
            .order_by(e.id)
            .limit(batch)
        )
        with db.session() as session:
            rows = [
                AuditRow(
                    id=r[0],
                    at=r[1].astimezone(clock.LOCAL_TZ),
                    username=r[2],
                    user_id=r[3],
                    action=AuditAction(r[4]),
                    entity=r[5],
                    entity_id=r[6],
                    detail=r[7],
                )
                for r in session.execute(query)
            ]
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def audit_rows_about(db: Database, entity: str, ids: Sequence[int]) -> list[AuditRow]:
    """The lines about these records of one entity, oldest first (no permission check:
    for callers that checked already, such as the person export)."""
    e = m.AuditEntry
    query = select(e).where(e.entity == entity, e.entity_id.in_(list(ids))).order_by(e.id)
    with db.session() as session:
        return [_row(entry) for entry in session.scalars(query)]


# --------------------------------------------------------------------------- exporting

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_safe(value: object) -> object:
    """A cell value that a spreadsheet will not run as a formula.

    Text that starts with = + - @ or a tab/return is what Excel and LibreOffice take
    for a formula (``=CMD(...)``, ``=HYPERLINK(...)``); a leading apostrophe makes it
    plain text again, as OWASP advises. Numbers and None are left alone.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_atomically(path: Path, writer: Callable[[TextIO], None], encoding: str) -> None:
    """Write the file next to its final place and move it there when complete.

    A crash or a cancel leaves either the old file or the new one, never half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "w", encoding=encoding, newline="") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise ValidationError(
            _(
                "Kies een bestandsnaam die eindigt op .csv (voor Excel) of .json, niet '{name}'."
            ).format(name=path.name),
            field="path",
        )
    return suffix[1:]


CSV_HEADER = ["id", "tijdstip", "gebruiker", "actie", "onderdeel", "record", "details"]


def export_audit(
    db: Database,
    actor: Actor,
    path: Path,
    flt: AuditFilter | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the matching lines to ``path`` (.csv for Excel, or .json); returns the count.

    CSV uses ';' and a BOM so Dutch Excel opens it in columns, and text that could
    run as a formula is escaped. The export itself is recorded in the trail.
    """
    require(actor, Permission.AUDIT_VIEW)
    require(actor, Permission.EXPORT)
    fmt = export_format(path)
    flt = flt or AuditFilter()
    total = count_audit(db, actor, flt)
    written = 0

    def tick() -> None:
        if progress is not None and written % 1000 == 0 and not progress(written, total):
            raise Cancelled(cancelled_message())

    def write_csv(handle: TextIO) -> None:
        nonlocal written
        out = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        out.writerow(CSV_HEADER)
        for row in iter_audit(db, flt):
            values = row.as_dict()
            values["tijdstip"] = row.at.strftime("%Y-%m-%d %H:%M:%S")
            out.writerow([csv_safe(values[key]) for key in values if key != "gebruiker_id"])
            written += 1
            tick()

    def write_json(handle: TextIO) -> None:
        nonlocal written
        handle.write("[")
        for row in iter_audit(db, flt):
            handle.write(",\n" if written else "\n")
            handle.write(json.dumps(row.as_dict(), ensure_ascii=False))
            written += 1
            tick()
        handle.write("\n]\n")

    if fmt == "csv":
        write_atomically(path, write_csv, "utf-8-sig")
    else:
        write_atomically(path, write_json, "utf-8")
    if progress is not None:
        progress(written, total)
    record_now(
        db,
        actor,
        AuditAction.EXPORT,
        "audit_entries",
        None,
        f"{written} regels als {fmt.upper()}",
    )
    return written
