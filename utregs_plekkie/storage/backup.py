"""Consistent copies of a SQLite database file, verified after writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from utregs_plekkie.core import clock
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.database import Database, DatabaseError


def backup_sqlite(db: Database, dest_dir: Path, label: str) -> Path:
    """Copy the live database with SQLite's online backup API and verify the copy.

    The backup API copies a consistent snapshot even while other connections write,
    which a plain file copy of a WAL database does not.
    """
    if db.sqlite_path is None:
        raise DatabaseError(_("Alleen een SQLite-bestand kan zo worden gekopieerd."))
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = dest_dir / f"{db.sqlite_path.stem}-{label}-{stamp}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = dest_dir / f"{db.sqlite_path.stem}-{label}-{stamp}-{counter}.sqlite"
    source = sqlite3.connect(str(db.sqlite_path))
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    verify_sqlite_file(target)
    return target


def verify_sqlite_file(path: Path) -> None:
    """Raise DatabaseError unless ``path`` is a SQLite file that passes integrity_check."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            _("Het bestand {path} is geen bruikbare database: {reason}").format(
                path=path, reason=exc
            )
        ) from exc
    if not result or result[0] != "ok":
        raise DatabaseError(
            _("De controle van {path} vond fouten: {reason}").format(
                path=path, reason=result[0] if result else "?"
            )
        )
