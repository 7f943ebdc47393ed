"""The one place that opens the database.

SQLite (the default, a file in the user's data folder) and PostgreSQL (a shared team
database) behave the same: foreign keys on, real transactions, optimistic concurrency
through version numbers (see ``storage.engine``), and migrations on open (with a backup
first, see ``storage.migrations``).
"""

from __future__ import annotations

from utregs_plekkie.storage.engine import Database, DatabaseError, DatabaseInfo
from utregs_plekkie.storage.migrations import upgrade

__all__ = ["Database", "DatabaseError", "DatabaseInfo", "open_database"]


def open_database(url: str, *, migrate: bool = True, backup: bool = True) -> Database:
    """Open (and by default bring up to date) the database at ``url``."""
    db = Database(url)
    db.check_connection()
    if migrate:
        upgrade(db, backup=backup)
    return db
