"""Copies of the SQLite file: consistent, verified, and made before a migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from utregs_plekkie import paths
from utregs_plekkie.storage import migrations
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.backup import verify_sqlite_file
from utregs_plekkie.storage.backups import make_backup
from utregs_plekkie.storage.database import DatabaseError, open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo


def test_backup_is_a_verified_consistent_copy(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    build_demo(db, DemoSize(requests=50, households=10, children=10, seed=3))
    copy = make_backup(db, tmp_path / "backups", "test").path
    db.dispose()
    verify_sqlite_file(copy)
    restored = open_database("sqlite:///" + str(copy))
    try:
        with restored.session() as session:
            assert session.scalar(select(func.count()).select_from(m.InfoRequest)) == 50
    finally:
        restored.dispose()


def test_a_damaged_file_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(DatabaseError, match="geen bruikbare database"):
        verify_sqlite_file(broken)


def test_an_outdated_database_is_backed_up_before_it_is_migrated(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sqlite_url)
    build_demo(db, DemoSize(requests=20, households=5, children=5, seed=4))
    assert migrations.upgrade(db) is None  # up to date: nothing to do, no copy
    # Pretend a newer program brings a migration this file has not had yet.
    monkeypatch.setattr(migrations, "needs_upgrade", lambda database: True)
    copy = migrations.upgrade(db)
    db.dispose()
    assert copy is not None and copy.parent == paths.backup_dir()
    assert "voor-migratie-" in copy.name
    verify_sqlite_file(copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT COUNT(*) FROM info_requests").fetchone() == (20,)


def test_a_new_database_needs_no_backup(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    db.dispose()
    assert not paths.backup_dir().exists() or not list(paths.backup_dir().iterdir())
