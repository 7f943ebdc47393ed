"""Checking that a SQLite file is a sound database (backups are made in storage.backups)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.engine import DatabaseError


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
