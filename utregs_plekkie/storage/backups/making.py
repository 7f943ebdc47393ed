"""Making backups: a verified SQLite copy (or a pg_dump), automatic daily copies with
rotation, and the start-up integrity check that names the last good backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.backups.common import (
    AUTO_LABEL,
    DAILY,
    KEEP_DAILY,
    KEEP_WEEKLY,
    MANUAL_LABEL,
    BackupInfo,
    IntegrityProblem,
    backup_info,
    connect,
    default_folder,
    list_backups,
    new_backup_path,
    passphrase_of,
    run_check,
    verify_backup,
)
from utregs_plekkie.storage.backups.postgres import pg_dump
from utregs_plekkie.storage.engine import Database, DatabaseError


def make_backup(db: Database, folder: Path | None = None, label: str = MANUAL_LABEL) -> BackupInfo:
    """A verified copy of the database: SQLite through its backup API, PostgreSQL
    through pg_dump. Raises DatabaseError with a Dutch sentence when it cannot."""
    where = default_folder(folder)
    if db.dialect == "postgresql":
        return pg_dump(db, where, label)
    if db.sqlite_path is None:
        raise DatabaseError(
            _("Een database in het geheugen kan niet worden gekopieerd; gebruik een bestand.")
        )
    # The same online-backup copy as storage.backup.backup_sqlite, but made one
    # self-contained file before the (one) full integrity check, and able to carry
    # SQLCipher's key.
    passphrase = passphrase_of(db)
    path = new_backup_path(where, db.sqlite_path.stem, label, "sqlite")
    try:
        copy_sqlite(db.sqlite_path, path, passphrase)
        single_file(path, passphrase)
        verify_backup(path, passphrase)
    except BaseException:
        path.unlink(missing_ok=True)
        remove_companions(path)
        raise
    info = backup_info(path, db.sqlite_path.stem)
    assert info is not None
    return info


def copy_sqlite(source: Path, target: Path, passphrase: str | None) -> None:
    src = connect(source, passphrase)
    try:
        dst = connect(target, passphrase)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def single_file(path: Path, passphrase: str | None) -> None:
    """Make a copy one self-contained file: the copy inherits WAL mode from the live
    database, and opening it would leave -wal and -shm files beside it."""
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    remove_companions(path)


def remove_companions(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def backup_due(db: Database, folder: Path | None = None) -> bool:
    """True when the newest automatic backup is a day old or older (or missing)."""
    if db.sqlite_path is None:
        return False
    autos = [b for b in list_backups(db, folder) if b.automatic]
    return not autos or clock.now() - autos[0].made_at >= DAILY


def auto_backup(
    db: Database, folder: Path | None = None, *, on_start: bool = True
) -> BackupInfo | None:
    """The automatic backup of a SQLite database, then rotation.

    ``on_start``: always make one (after ``check_integrity`` passed); otherwise only
    when ``backup_due``. Returns None when nothing was made (PostgreSQL, in memory,
    not due, or a brand-new empty file).
    """
    if db.sqlite_path is None or not db.sqlite_path.exists():
        return None
    if not on_start and not backup_due(db, folder):
        return None
    info = make_backup(db, folder, AUTO_LABEL)
    rotate_backups(db, folder)
    return info


def rotate_backups(
    db: Database | Path,
    folder: Path | None = None,
    *,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> list[Path]:
    """Delete automatic backups beyond the newest per day (``keep_daily`` days) and
    the newest per ISO week (``keep_weekly`` weeks). Returns what was deleted."""
    autos = [b for b in list_backups(db, folder) if b.automatic]
    keep: set[Path] = set()
    days: set[Any] = set()
    weeks: set[Any] = set()
    for backup in autos:  # newest first
        day = backup.made_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(backup.path)
    if autos:
        keep.add(autos[0].path)
    removed = []
    for backup in autos:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            remove_companions(backup.path)
            removed.append(backup.path)
    return removed


# --------------------------------------------------------------------------- checking


def last_good_backup(
    db_path: Path, folder: Path | None = None, passphrase: str | None = None
) -> BackupInfo | None:
    """The newest backup of this file that passes SQLite's quick check."""
    for backup in list_backups(db_path, folder):
        if (
            backup.path.suffix == ".sqlite"
            and run_check(backup.path, passphrase, "quick_check") == "ok"
        ):
            return backup
    return None


def check_integrity(
    db_path: Path, folder: Path | None = None, passphrase: str | None = None
) -> None:
    """SQLite's quick check of the file, at start and before anything writes to it.

    A file that does not exist yet is fine (it is about to be made). On a problem,
    raises IntegrityProblem with the newest good backup and a sentence that says
    how to get it back.
    """
    if not db_path.exists():
        return
    result = run_check(db_path, passphrase, "quick_check")
    if result == "ok":
        return
    good = last_good_backup(db_path, folder, passphrase)
    if good is not None:
        message = _(
            "De database {path} is beschadigd ({detail}). Zet de laatste goede backup terug, "
            "van {when}: kies 'Backup terugzetten', of typ: "
            'utregs-plekkie restore "{backup}" --admin --db "{path}". Het beschadigde bestand '
            "wordt eerst apart bewaard."
        ).format(
            path=db_path,
            detail=result,
            when=good.made_at.strftime("%d-%m-%Y %H:%M"),
            backup=good.path,
        )
    else:
        message = _(
            "De database {path} is beschadigd ({detail}) en er is geen goede backup gevonden "
            "in {folder}. Maak een kopie van het bestand en neem contact op met de beheerder; "
            "werk niet verder in dit bestand."
        ).format(path=db_path, detail=result, folder=default_folder(folder))
    raise IntegrityProblem(message, db_path, result, good)
