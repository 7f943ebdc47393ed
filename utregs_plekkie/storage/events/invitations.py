"""The invitation list: names and e-mail addresses of everyone invited or registered,
written as CSV for Excel (the export is audited).
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from utregs_plekkie.core.enums import (
    AuditAction,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events._common import _kind_event
from utregs_plekkie.storage.events.queries import RegistrationRow, event_detail
from utregs_plekkie.storage.unit_of_work import unit_of_work


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
    actor: Actor,
) -> int:
    """Write the invitation list as CSV (UTF-8 with BOM and ';', as Excel in the
    Netherlands expects); returns the number of people. The export is audited in
    ``actor``'s name."""
    require(actor, Permission.EVENTS)
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
    with unit_of_work(db, actor, Permission.EVENTS, kind=_kind_event()) as uow:
        uow.audit(
            AuditAction.EXPORT,
            "events",
            _("uitnodigingslijst: {n} personen naar {file}").format(n=len(rows), file=target.name),
            entity_id=event_id,
        )
    return len(rows)
