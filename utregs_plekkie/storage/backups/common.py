"""What every backup shares: labels, the backup's name and info, the exceptions,
SQLite connections (SQLCipher too), the integrity checks, and listing backups."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
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

BACKUP_NAME = re.compile(r"^(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.(?P<ext>sqlite|dump)$")


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


def connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
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


def driver_errors(passphrase: str | None) -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    if passphrase is not None:
        try:
            import sqlcipher3

            errors.append(sqlcipher3.DatabaseError)
        except ImportError:
            pass
    return tuple(errors)


def run_check(path: Path, passphrase: str | None, pragma: str) -> str:
    """Run quick_check or integrity_check; "ok" or the first problem found."""
    try:
        conn = connect(path, passphrase, read_only=True)
        try:
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
        finally:
            conn.close()
    except driver_errors(passphrase) as exc:
        return str(exc) or type(exc).__name__
    return str(row[0]) if row else "?"


def verify_backup(path: Path, passphrase: str | None = None) -> None:
    """Raise DatabaseError unless ``path`` is a backup that can be restored."""
    if path.suffix == ".dump":
        verify_dump(path)
        return
    if not path.is_file():
        raise DatabaseError(_("De backup {path} bestaat niet.").format(path=path))
    if passphrase is None:
        verify_sqlite_file(path)
        return
    result = run_check(path, passphrase, "integrity_check")
    if result != "ok":
        raise DatabaseError(
            _("De controle van {path} vond fouten: {reason}").format(path=path, reason=result)
        )


# --------------------------------------------------------------------------- listing


def default_folder(folder: Path | None = None) -> Path:
    return folder if folder is not None else paths.backup_dir()


def db_stem(db: Database | Path) -> str:
    if isinstance(db, Path):
        return db.stem
    if db.sqlite_path is not None:
        return db.sqlite_path.stem
    return str(db.url.database or "postgres")


def backup_info(path: Path, stem: str) -> BackupInfo | None:
    name = path.name
    if not name.startswith(stem + "-"):
        return None
    match = BACKUP_NAME.match(name[len(stem) + 1 :])
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
    stem = db_stem(db)
    if not where.is_dir():
        return []
    found = [info for p in where.iterdir() if p.is_file() and (info := backup_info(p, stem))]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


# --------------------------------------------------------------------------- making


def pg_program(name: str) -> str:
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


def first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "?"


def verify_dump(path: Path) -> None:
    if not path.is_file():
        raise DatabaseError(_("De backup {path} bestaat niet.").format(path=path))
    result = subprocess.run(
        [pg_program("pg_restore"), "--list", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or "TABLE DATA" not in result.stdout:
        raise DatabaseError(
            _("De backup {path} is niet leesbaar: {reason}").format(
                path=path, reason=first_line(result.stderr or result.stdout)
            )
        )


def new_backup_path(folder: Path, stem: str, label: str, ext: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{label}-{stamp}.{ext}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{label}-{stamp}-{counter}.{ext}"
    return target
