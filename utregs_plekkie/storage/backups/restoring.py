"""Restoring a SQLite backup: checked first, refused while the database is in use,
the current file copied aside, then written in one transaction."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.backups.common import (
    SAFETY_LABEL,
    BackupInfo,
    DatabaseInUse,
    backup_info,
    connect,
    default_folder,
    driver_errors,
    new_backup_path,
    verify_backup,
)
from utregs_plekkie.storage.backups.making import copy_sqlite, single_file
from utregs_plekkie.storage.engine import DatabaseError


class _Unreadable(Exception):
    """The current file is not a database SQLite can open at all (its header is gone)."""


@contextmanager
def _exclusive(path: Path, passphrase: str | None) -> Iterator[Any]:
    """A connection that holds the database's exclusive lock until it closes.

    Taking the lock fails while any other connection (this process or another) has
    the file open in WAL mode, which is exactly the check a restore needs.
    """
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA busy_timeout=1000")
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except driver_errors(passphrase) as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseInUse(
                    _(
                        "De database {path} is nog geopend door een ander venster of programma. "
                        "Sluit Utregs Plekkie overal waar het deze database gebruikt, en "
                        "probeer het dan opnieuw."
                    ).format(path=path)
                ) from exc
            raise _Unreadable(str(exc)) from exc
        yield conn
    finally:
        conn.close()


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    folder: Path | None = None,
    passphrase: str | None = None,
) -> BackupInfo:
    """Put ``backup`` back as the database at ``db_path``; returns the copy of what was
    there before (label "voor-herstel").

    Close every connection to the database first (``Database.dispose``); while another
    one is open this raises DatabaseInUse and changes nothing.
    """
    verify_backup(backup, passphrase)
    where = default_folder(folder)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if passphrase is None and _header_broken(db_path):
        # Not opened at all: closing a connection to it would delete its -wal file,
        # which may still hold the last transactions someone wants to rescue.
        return _replace_unreadable(db_path, backup, where, passphrase)
    try:
        return _restore_into(db_path, backup, where, passphrase)
    except _Unreadable:
        return _replace_unreadable(db_path, backup, where, passphrase)


def _header_broken(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return False
    return bool(head) and head != b"SQLite format 3\x00"


def _replace_unreadable(
    db_path: Path, backup: Path, where: Path, passphrase: str | None
) -> BackupInfo:
    """The current file cannot even be opened: move its bytes aside (with its -wal and
    -shm, which belong to it and must not be applied to the restored file) and put a
    copy of the backup in its place."""
    safety = new_backup_path(where, db_path.stem, SAFETY_LABEL, "sqlite")
    os.replace(db_path, safety)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, safety.with_name(safety.name + suffix))
    partial = db_path.with_name(db_path.name + ".herstel")
    partial.unlink(missing_ok=True)
    copy_sqlite(backup, partial, passphrase)
    single_file(partial, passphrase)
    verify_backup(partial, passphrase)
    os.replace(partial, db_path)
    info = backup_info(safety, db_path.stem)
    assert info is not None
    return info


def _restore_into(db_path: Path, backup: Path, where: Path, passphrase: str | None) -> BackupInfo:
    with _exclusive(db_path, passphrase) as live:
        safety = new_backup_path(where, db_path.stem, SAFETY_LABEL, "sqlite")
        try:
            copy = connect(safety, passphrase)
            try:
                live.backup(copy)
            finally:
                copy.close()
            single_file(safety, passphrase)
        except driver_errors(passphrase):
            # The current file is too damaged for SQLite to read: keep its bytes.
            safety.unlink(missing_ok=True)
            shutil.copy2(db_path, safety)
        source = connect(backup, passphrase, read_only=passphrase is None)
        try:
            source.backup(live)
        finally:
            source.close()
        result = live.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseError(
                _(
                    "Na het terugzetten vond de controle fouten ({reason}). Het vorige bestand "
                    "staat in {safety}."
                ).format(reason=result[0] if result else "?", safety=safety)
            )
    info = backup_info(safety, db_path.stem)
    assert info is not None
    return info
