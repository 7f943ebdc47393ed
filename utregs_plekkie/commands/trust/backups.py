"""``backup``, ``backups`` and ``restore``: a verified copy now, the copies there are,
and putting one back (the current database is kept aside)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from utregs_plekkie.commands._identity import (
    actor_for,
)
from utregs_plekkie.commands.trust.common import confirm, size_text, when_text
from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.storage.audit import (
    record_now,
)
from utregs_plekkie.storage.backups import (
    default_folder,
    list_backups,
    make_backup,
    passphrase_of,
    restore_backup,
    restore_postgres,
)
from utregs_plekkie.storage.database import Database, open_database

# --------------------------------------------------------------------------- backups


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.BACKUP)
        info = make_backup(db, args.to)
        record_now(db, actor, AuditAction.EXPORT, "database", None, f"backup {info.path.name}")
    finally:
        db.dispose()
    print(
        _("Backup gemaakt en gecontroleerd: {path} ({size}).").format(
            path=info.path, size=size_text(info.size)
        ),
        file=out,
    )
    return 0


def cmd_backups(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        actor_for(args, db, Permission.BACKUP)
        found = list_backups(db, args.dir)
    finally:
        db.dispose()
    folder = default_folder(args.dir)
    if not found:
        print(_("Geen backups gevonden in {folder}.").format(folder=folder), file=out)
        return 0
    print(_("Backups in {folder}, nieuwste eerst:").format(folder=folder), file=out)
    for info in found:
        print(
            f"  {when_text(info.made_at)}  {info.label:<22} {size_text(info.size):>9}  "
            f"{info.path.name}",
            file=out,
        )
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    backup: Path = args.backup.expanduser()
    db = Database(args.db_url)
    try:
        # In admin mode the database may be too damaged to log in to or write to: the
        # line about the restore goes into the restored database below.
        try:
            actor = actor_for(args, db, Permission.BACKUP, log_admin=False)
        except SQLAlchemyError as exc:
            raise UserError(
                _(
                    "De database is niet leesbaar, dus aanmelden lukt niet ({reason}). Zet de "
                    "backup terug in beheermodus: voeg --admin toe in plaats van --user."
                ).format(reason=type(exc).__name__)
            ) from exc
        passphrase = passphrase_of(db)
        confirm(
            args,
            _("De database {where} wordt vervangen door de backup {backup}.").format(
                where=db.info().location, backup=backup.name
            ),
        )
    finally:
        db.dispose()
    if db.dialect == "postgresql":
        safety = restore_postgres(db, backup, args.dir)
    else:
        if db.sqlite_path is None:
            raise UserError(_("Terugzetten kan alleen in een databasebestand."))
        safety = restore_backup(db.sqlite_path, backup, folder=args.dir, passphrase=passphrase)
    restored = open_database(args.db_url, backup=False)
    try:
        detail = f"backup teruggezet: {backup.name}; vorige versie: {safety.path.name}"
        if actor.admin_mode:
            detail = "beheermodus op de opdrachtregel: restore; " + detail
        record_now(restored, actor, AuditAction.IMPORT, "database", None, detail)
    finally:
        restored.dispose()
    print(
        _("Backup teruggezet. De database van vóór het terugzetten staat in {path}.").format(
            path=safety.path
        ),
        file=out,
    )
    return 0
