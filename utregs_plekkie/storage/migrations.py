"""Bring a database up to the current schema with Alembic, backing it up first."""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from utregs_plekkie import paths
from utregs_plekkie.storage.backups import make_backup
from utregs_plekkie.storage.engine import Database

log = logging.getLogger(__name__)


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("utregs_plekkie.migrations")))
    config.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False))
    return config


def current_heads(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def current_revision(db: Database) -> str | None:
    """The database's schema version as one readable string (None when new)."""
    heads = current_heads(db)
    return "+".join(sorted(heads)) if heads else None


def script_heads(db: Database) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(db)).get_heads())


def head_revision(db: Database) -> str | None:
    heads = script_heads(db)
    return "+".join(sorted(heads)) if heads else None


def needs_upgrade(db: Database) -> bool:
    return current_heads(db) != script_heads(db)


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Migrate to the newest schema. Returns the backup made first, if any.

    A SQLite file that already holds data is copied before the first step, so a
    failed upgrade can always be undone by restoring that copy. Each step runs in
    its own transaction (PostgreSQL and SQLite both have transactional DDL).
    """
    if not needs_upgrade(db):
        return None
    backup_path: Path | None = None
    current = current_revision(db)
    if backup and db.sqlite_path is not None and current is not None:
        label = "voor-migratie-" + current.replace("+", "_")
        backup_path = make_backup(db, paths.backup_dir(), label).path
        log.info("Backup before migration: %s", backup_path)
    config = alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        # There is one head (tests/storage/test_schema.py checks it); "heads" still
        # applies a branch that a feature added before it was merged.
        command.upgrade(config, "heads")
    return backup_path
