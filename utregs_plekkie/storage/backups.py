"""Backups that are there when needed: automatic, rotated, verified, and restorable.

- ``check_integrity`` runs at start, before anything writes: a damaged SQLite file is
  reported with ``IntegrityProblem``, which names the newest backup that is good.
- ``auto_backup`` runs at start and daily (the GUI calls it when ``backup_due``):
  a verified copy, then rotation keeps the newest per day for the last 7 days with a
  backup and the newest per week for the last 4 weeks. Only automatic copies are
  rotated; copies made by hand, before a migration or before a restore stay.
- ``restore_backup`` checks the backup first, refuses while another program has the
  database open, copies the current file aside, and then writes the backup into the
  database in one transaction (SQLite's backup API): a crash halfway leaves the old
  database, never a mix.
- PostgreSQL: ``make_backup`` uses ``pg_dump`` (custom format, verified with
  ``pg_restore --list``) and ``restore_postgres`` uses ``pg_restore`` in one
  transaction. A team database is normally backed up on the server as well; the
  program makes no automatic copies of it.

An encrypted SQLite file (SQLCipher, ``sqlite+pysqlcipher://:passphrase@/path``) is
copied with the same passphrase: its backups are encrypted too.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from utregs_plekkie import paths
from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.backup import verify_sqlite_file
from utregs_plekkie.storage.engine import Database, DatabaseError

AUTO_LABEL = "auto"
MANUAL_LABEL = "handmatig"
SAFETY_LABEL = "voor-herstel"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAILY = timedelta(hours=24)

_NAME = re.compile(r"^(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.(?P<ext>sqlite|dump)$")


class IntegrityProblem(DatabaseError):
    """The database file is damaged. ``last_good`` is the newest backup that passes
    the check (None when there is none): offer to restore it."""

    def __init__(self, message: str, path: Path, detail: str, last_good: BackupInfo | None) -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail
        self.last_good = last_good


class DatabaseInUse(UserError):
    """Another program (or window) still has the database open."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    label: str
    made_at: datetime  # local time
    size: int

    @property
    def automatic(self) -> bool:
        return self.label == AUTO_LABEL


# --------------------------------------------------------------------------- connections


def passphrase_of(db: Database) -> str | None:
    """The SQLCipher passphrase of an encrypted SQLite database, else None."""
    if db.url.get_driver_name() == "pysqlcipher":
        return db.url.password or ""
    return None


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
    """A plain DB-API connection to a SQLite file, encrypted or not."""
    if passphrase is None:
        if read_only:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        return sqlite3.connect(str(path), isolation_level=None, timeout=1.0)
    try:
        import sqlcipher3  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise DatabaseError(
            _(
                "Deze database is versleuteld, maar de versleuteling (SQLCipher) is niet "
                "geïnstalleerd. Installeer het programma met de extra 'encryption': "
                "pip install 'utregs-plekkie[encryption]'."
            )
        ) from exc
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=1.0)
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    return conn


def _drivers_error(passphrase: str | None) -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    if passphrase is not None:
        try:
            import sqlcipher3

            errors.append(sqlcipher3.DatabaseError)
        except ImportError:
            pass
    return tuple(errors)


def _check(path: Path, passphrase: str | None, pragma: str) -> str:
    """Run quick_check or integrity_check; "ok" or the first problem found."""
    try:
        conn = _connect(path, passphrase, read_only=True)
        try:
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
        finally:
            conn.close()
    except _drivers_error(passphrase) as exc:
        return str(exc) or type(exc).__name__
    return str(row[0]) if row else "?"


def verify_backup(path: Path, passphrase: str | None = None) -> None:
    """Raise DatabaseError unless ``path`` is a backup that can be restored."""
    if path.suffix == ".dump":
        _verify_dump(path)
        return
    if not path.is_file():
        raise DatabaseError(_("De backup {path} bestaat niet.").format(path=path))
    if passphrase is None:
        verify_sqlite_file(path)
        return
    result = _check(path, passphrase, "integrity_check")
    if result != "ok":
        raise DatabaseError(
            _("De controle van {path} vond fouten: {reason}").format(path=path, reason=result)
        )


# --------------------------------------------------------------------------- listing


def default_folder(folder: Path | None = None) -> Path:
    return folder if folder is not None else paths.backup_dir()


def _stem(db: Database | Path) -> str:
    if isinstance(db, Path):
        return db.stem
    if db.sqlite_path is not None:
        return db.sqlite_path.stem
    return str(db.url.database or "postgres")


def _info(path: Path, stem: str) -> BackupInfo | None:
    name = path.name
    if not name.startswith(stem + "-"):
        return None
    match = _NAME.match(name[len(stem) + 1 :])
    if match is None:
        return None
    try:
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=clock.LOCAL_TZ)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path=path, label=match["label"], made_at=made, size=size)


def list_backups(db: Database | Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of this database (by its file or database name), newest first."""
    where = default_folder(folder)
    stem = _stem(db)
    if not where.is_dir():
        return []
    found = [info for p in where.iterdir() if p.is_file() and (info := _info(p, stem))]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


# --------------------------------------------------------------------------- making


def _target(folder: Path, stem: str, label: str, ext: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{label}-{stamp}.{ext}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{label}-{stamp}-{counter}.{ext}"
    return target


def make_backup(db: Database, folder: Path | None = None, label: str = MANUAL_LABEL) -> BackupInfo:
    """A verified copy of the database: SQLite through its backup API, PostgreSQL
    through pg_dump. Raises DatabaseError with a Dutch sentence when it cannot."""
    where = default_folder(folder)
    if db.dialect == "postgresql":
        return _pg_dump(db, where, label)
    if db.sqlite_path is None:
        raise DatabaseError(
            _("Een database in het geheugen kan niet worden gekopieerd; gebruik een bestand.")
        )
    # The same online-backup copy as storage.backup.backup_sqlite, but made one
    # self-contained file before the (one) full integrity check, and able to carry
    # SQLCipher's key.
    passphrase = passphrase_of(db)
    path = _target(where, db.sqlite_path.stem, label, "sqlite")
    try:
        _copy_sqlite(db.sqlite_path, path, passphrase)
        _single_file(path, passphrase)
        verify_backup(path, passphrase)
    except BaseException:
        path.unlink(missing_ok=True)
        _remove_companions(path)
        raise
    info = _info(path, db.sqlite_path.stem)
    assert info is not None
    return info


def _copy_sqlite(source: Path, target: Path, passphrase: str | None) -> None:
    src = _connect(source, passphrase)
    try:
        dst = _connect(target, passphrase)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _single_file(path: Path, passphrase: str | None) -> None:
    """Make a copy one self-contained file: the copy inherits WAL mode from the live
    database, and opening it would leave -wal and -shm files beside it."""
    conn = _connect(path, passphrase)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    _remove_companions(path)


def _remove_companions(path: Path) -> None:
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
            _remove_companions(backup.path)
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
            and _check(backup.path, passphrase, "quick_check") == "ok"
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
    result = _check(db_path, passphrase, "quick_check")
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


# --------------------------------------------------------------------------- restoring


class _Unreadable(Exception):
    """The current file is not a database SQLite can open at all (its header is gone)."""


@contextmanager
def _exclusive(path: Path, passphrase: str | None) -> Iterator[Any]:
    """A connection that holds the database's exclusive lock until it closes.

    Taking the lock fails while any other connection (this process or another) has
    the file open in WAL mode, which is exactly the check a restore needs.
    """
    conn = _connect(path, passphrase)
    try:
        conn.execute("PRAGMA busy_timeout=1000")
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except _drivers_error(passphrase) as exc:
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
    safety = _target(where, db_path.stem, SAFETY_LABEL, "sqlite")
    os.replace(db_path, safety)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, safety.with_name(safety.name + suffix))
    partial = db_path.with_name(db_path.name + ".herstel")
    partial.unlink(missing_ok=True)
    _copy_sqlite(backup, partial, passphrase)
    _single_file(partial, passphrase)
    verify_backup(partial, passphrase)
    os.replace(partial, db_path)
    info = _info(safety, db_path.stem)
    assert info is not None
    return info


def _restore_into(db_path: Path, backup: Path, where: Path, passphrase: str | None) -> BackupInfo:
    with _exclusive(db_path, passphrase) as live:
        safety = _target(where, db_path.stem, SAFETY_LABEL, "sqlite")
        try:
            copy = _connect(safety, passphrase)
            try:
                live.backup(copy)
            finally:
                copy.close()
            _single_file(safety, passphrase)
        except _drivers_error(passphrase):
            # The current file is too damaged for SQLite to read: keep its bytes.
            safety.unlink(missing_ok=True)
            shutil.copy2(db_path, safety)
        source = _connect(backup, passphrase, read_only=passphrase is None)
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
    info = _info(safety, db_path.stem)
    assert info is not None
    return info


# --------------------------------------------------------------------------- PostgreSQL


def _pg_program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseError(
            _(
                "Voor een backup van een PostgreSQL-database is het programma {name} nodig, "
                "maar het is niet gevonden. Installeer de PostgreSQL-clientprogramma's "
                "(bijvoorbeeld: apt install postgresql-client) in dezelfde versie als de "
                "server, of laat de databasebeheerder de backups op de server maken."
            ).format(name=name)
        )
    return found


def _pg_env_and_uri(db: Database) -> tuple[dict[str, str], str]:
    env = dict(os.environ)
    if db.url.password:
        env["PGPASSWORD"] = str(db.url.password)
    uri = db.url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return env, uri


def _first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "?"


def _verify_dump(path: Path) -> None:
    if not path.is_file():
        raise DatabaseError(_("De backup {path} bestaat niet.").format(path=path))
    result = subprocess.run(
        [_pg_program("pg_restore"), "--list", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or "TABLE DATA" not in result.stdout:
        raise DatabaseError(
            _("De backup {path} is niet leesbaar: {reason}").format(
                path=path, reason=_first_line(result.stderr or result.stdout)
            )
        )


def _pg_dump(db: Database, folder: Path, label: str) -> BackupInfo:
    program = _pg_program("pg_dump")
    stem = _stem(db)
    target = _target(folder, stem, label, "dump")
    partial = target.with_name(target.name + ".deel")
    env, uri = _pg_env_and_uri(db)
    result = subprocess.run(
        [program, "--format=custom", "--no-owner", "--file", str(partial), "--dbname", uri],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            _("pg_dump kon geen backup maken: {reason}").format(reason=_first_line(result.stderr))
        )
    os.replace(partial, target)
    _verify_dump(target)
    info = _info(target, stem)
    assert info is not None
    return info


def restore_postgres(db: Database, backup: Path, folder: Path | None = None) -> BackupInfo:
    """Put a pg_dump backup back into the team database, in one transaction; returns the
    dump of what was there before. Waits at most 10 s for other users' locks."""
    if db.dialect != "postgresql":
        raise DatabaseError(_("Dit is geen PostgreSQL-database."))
    _verify_dump(backup)
    safety = _pg_dump(db, default_folder(folder), SAFETY_LABEL)
    env, uri = _pg_env_and_uri(db)
    env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + " -c lock_timeout=10s").strip()
    result = subprocess.run(
        [
            _pg_program("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            uri,
            str(backup),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        reason = _first_line(result.stderr)
        if "lock" in reason:
            raise DatabaseInUse(
                _(
                    "De database is in gebruik door anderen ({reason}). Vraag iedereen het "
                    "programma te sluiten en probeer het opnieuw; er is niets veranderd."
                ).format(reason=reason)
            )
        raise DatabaseError(
            _("Terugzetten is mislukt; er is niets veranderd: {reason}").format(reason=reason)
        )
    return safety
