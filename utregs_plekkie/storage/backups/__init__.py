"""Backups that are there when needed: automatic, rotated, verified, and restorable;
making, restoring and PostgreSQL dumps are one module each, on what ``common`` shares.

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

from utregs_plekkie.storage.backups.common import (
    AUTO_LABEL,
    DAILY,
    KEEP_DAILY,
    KEEP_WEEKLY,
    MANUAL_LABEL,
    SAFETY_LABEL,
    BackupInfo,
    DatabaseInUse,
    IntegrityProblem,
    default_folder,
    list_backups,
    passphrase_of,
    verify_backup,
)
from utregs_plekkie.storage.backups.making import (
    auto_backup,
    backup_due,
    check_integrity,
    last_good_backup,
    make_backup,
    rotate_backups,
)
from utregs_plekkie.storage.backups.postgres import restore_postgres
from utregs_plekkie.storage.backups.restoring import restore_backup

__all__ = [
    "AUTO_LABEL",
    "DAILY",
    "KEEP_DAILY",
    "KEEP_WEEKLY",
    "MANUAL_LABEL",
    "SAFETY_LABEL",
    "BackupInfo",
    "DatabaseInUse",
    "IntegrityProblem",
    "auto_backup",
    "backup_due",
    "check_integrity",
    "default_folder",
    "last_good_backup",
    "list_backups",
    "make_backup",
    "passphrase_of",
    "restore_backup",
    "restore_postgres",
    "rotate_backups",
    "verify_backup",
]
