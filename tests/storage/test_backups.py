"""Automatic, rotated, verified backups; restore; the integrity check at start; pg_dump;
and an encrypted (SQLCipher) database."""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from utregs_plekkie.cli import run
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Source
from utregs_plekkie.storage import backups
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, DatabaseError, open_database

START = datetime(2026, 11, 2, 9, 0, tzinfo=clock.LOCAL_TZ)


@pytest.fixture
def moment() -> Iterator[list[datetime]]:
    now = [START]
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)


def _add_requests(db: Database, *names: str) -> None:
    with db.transaction() as s:
        s.add_all(m.InfoRequest(first_name=n, source=Source.WEBSITE) for n in names)


def _names(url: str) -> list[str]:
    db = open_database(url, backup=False)
    try:
        with db.session() as s:
            return list(s.scalars(select(m.InfoRequest.first_name).order_by(m.InfoRequest.id)))
    finally:
        db.dispose()


def test_backup_and_restore_round_trip(sqlite_url: str, tmp_path: Path, moment: list) -> None:
    folder = tmp_path / "backups"
    db = open_database(sqlite_url)
    _add_requests(db, "Ada", "Bram")
    made = backups.make_backup(db, folder)
    assert made.label == "handmatig" and made.made_at == START and made.size > 0
    # A backup is one self-contained file, already verified.
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]
    backups.verify_backup(made.path)
    moment[0] += timedelta(minutes=5)
    _add_requests(db, "Cor")
    path = db.sqlite_path
    assert path is not None
    # While this program still has the database open, a restore is refused.
    with pytest.raises(backups.DatabaseInUse, match="nog geopend"):
        backups.restore_backup(path, made.path, folder=folder)
    db.dispose()
    assert _names(sqlite_url) == ["Ada", "Bram", "Cor"]
    safety = backups.restore_backup(path, made.path, folder=folder)
    assert _names(sqlite_url) == ["Ada", "Bram"]
    # What was there before is kept, and is itself a good backup.
    assert safety.label == "voor-herstel"
    assert _names("sqlite:///" + str(safety.path)) == ["Ada", "Bram", "Cor"]
    assert [b.label for b in backups.list_backups(path, folder)] == ["voor-herstel", "handmatig"]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_restore_refuses_a_damaged_backup(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    _add_requests(db, "Ada")
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    broken = tmp_path / "test-handmatig-20260101-120000.sqlite"
    broken.write_bytes(b"geen database" * 1000)
    with pytest.raises(DatabaseError, match="geen bruikbare database"):
        backups.restore_backup(path, broken, folder=tmp_path)
    with pytest.raises(DatabaseError, match="bestaat niet"):
        backups.restore_backup(path, tmp_path / "weg.sqlite", folder=tmp_path)
    assert _names(sqlite_url) == ["Ada"]


def test_rotation_keeps_seven_daily_and_four_weekly(
    sqlite_url: str, tmp_path: Path, moment: list
) -> None:
    folder = tmp_path / "backups"
    db = open_database(sqlite_url)
    _add_requests(db, "Ada")
    # Forty days of automatic backups, two a day (every start), plus one by hand.
    for day in range(40):
        for hour in (8, 17):
            moment[0] = START - timedelta(days=39 - day) + timedelta(hours=hour - 9)
            backups.make_backup(db, folder, backups.AUTO_LABEL)
    manual = backups.make_backup(db, folder)
    moment[0] = START + timedelta(hours=9)
    made = backups.auto_backup(db, folder)
    db.dispose()
    assert made is not None
    kept = [b for b in backups.list_backups(Path(sqlite_url[10:]), folder) if b.automatic]
    days = [b.made_at.date() for b in kept]
    assert len(days) == len(set(days))  # one per day at most
    daily = [START.date() - timedelta(days=n) for n in range(7)]
    assert days[:7] == daily
    assert kept[0].path == made.path  # the newest of today
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 4 and len(kept) <= 7 + 4
    assert min(days) >= START.date() - timedelta(days=28)
    assert manual.path.exists()  # only automatic copies rotate
    assert not [p for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_backup_due_once_a_day(sqlite_url: str, tmp_path: Path, moment: list) -> None:
    db = open_database(sqlite_url)
    try:
        assert backups.backup_due(db, tmp_path)
        assert backups.auto_backup(db, tmp_path, on_start=False) is not None
        moment[0] += timedelta(hours=23)
        assert not backups.backup_due(db, tmp_path)
        assert backups.auto_backup(db, tmp_path, on_start=False) is None
        assert backups.auto_backup(db, tmp_path, on_start=True) is not None  # every start
        moment[0] += timedelta(hours=24, seconds=1)
        assert backups.backup_due(db, tmp_path)
    finally:
        db.dispose()


def _damage(path: Path) -> None:
    """Overwrite the middle of the file: pages SQLite will find broken."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_integrity_check_at_start_offers_the_last_good_backup(
    sqlite_url: str, tmp_path: Path, moment: list
) -> None:
    folder = tmp_path / "backups"
    db = open_database(sqlite_url)
    _add_requests(db, *[f"naam{i}" for i in range(3000)])
    good = backups.make_backup(db, folder, backups.AUTO_LABEL)
    path = db.sqlite_path
    assert path is not None
    backups.check_integrity(path, folder)  # fine: no exception
    moment[0] += timedelta(hours=1)
    _add_requests(db, "later")
    db.dispose()
    # A later backup that is itself damaged is passed over.
    bad = folder / f"{path.stem}-auto-20261102-100500.sqlite"
    shutil.copy(good.path, bad)
    _damage(bad)
    _damage(path)
    with pytest.raises(backups.IntegrityProblem) as caught:
        backups.check_integrity(path, folder)
    problem = caught.value
    assert problem.last_good is not None and problem.last_good.path == good.path
    assert "beschadigd" in str(problem) and "utregs-plekkie restore" in str(problem)
    assert str(good.path) in str(problem)
    # The way out: restore it; the damaged file is kept aside.
    safety = backups.restore_backup(path, good.path, folder=folder)
    backups.check_integrity(path, folder)
    assert len(_names(sqlite_url)) == 3000
    assert safety.path.exists()
    # Without any good backup the message says what to do instead.
    shutil.rmtree(folder)
    _damage(path)
    with pytest.raises(backups.IntegrityProblem, match="geen goede backup") as caught:
        backups.check_integrity(path, folder)
    assert caught.value.last_good is None


def test_a_new_file_needs_no_check(tmp_path: Path) -> None:
    backups.check_integrity(tmp_path / "nog-niet.sqlite", tmp_path)


def test_cli_backup_backups_restore(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    _add_requests(db, "Ada")
    db.dispose()
    folder = tmp_path / "kopieen"
    out = io.StringIO()
    assert run(["backup", "--db", sqlite_url, "--admin", "--to", str(folder)], out=out) == 0
    assert "Backup gemaakt en gecontroleerd" in out.getvalue()
    (made,) = folder.iterdir()
    out = io.StringIO()
    assert run(["backups", "--db", sqlite_url, "--admin", "--dir", str(folder)], out=out) == 0
    assert made.name in out.getvalue() and "handmatig" in out.getvalue()
    db = open_database(sqlite_url)
    _add_requests(db, "Bram")
    db.dispose()
    # No terminal: a restore needs --yes.
    assert run(["restore", str(made), "--db", sqlite_url, "--admin"], out=io.StringIO()) == 1
    assert "--yes" in capsys.readouterr().err
    assert _names(sqlite_url) == ["Ada", "Bram"]
    out = io.StringIO()
    code = run(
        ["restore", str(made), "--db", sqlite_url, "--admin", "--yes", "--dir", str(folder)],
        out=out,
    )
    assert code == 0 and "Backup teruggezet" in out.getvalue()
    assert _names(sqlite_url) == ["Ada"]
    # The restore is in the restored database's audit trail, as admin mode.
    db = open_database(sqlite_url)
    try:
        with db.session() as s:
            details = list(s.scalars(select(m.AuditEntry.detail)))
    finally:
        db.dispose()
    assert any(
        d.startswith("beheermodus op de opdrachtregel: restore; backup teruggezet") for d in details
    )


# --------------------------------------------------------------------------- PostgreSQL


@pytest.mark.postgres
def test_postgres_backup_and_restore_with_pg_dump(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        _add_requests(db, "Ada", "Bram")
        made = backups.make_backup(db, tmp_path)
        assert made.path.suffix == ".dump" and made.size > 0
        _add_requests(db, "Cor")
        safety = backups.restore_postgres(db, made.path, tmp_path)
        assert safety.label == "voor-herstel"
        with db.session() as s:
            names = list(s.scalars(select(m.InfoRequest.first_name).order_by(m.InfoRequest.id)))
            assert names == ["Ada", "Bram"]
            # The append-only triggers came back with the schema.
            assert s.scalar(select(func.count()).select_from(m.AuditEntry)) == 0
        from sqlalchemy import text

        with db.engine.connect() as conn:
            triggers = conn.execute(
                text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'audit_entries_no_%'")
            ).scalar()
        assert triggers == 2
    finally:
        db.dispose()


@pytest.mark.postgres
def test_without_pg_dump_the_message_says_so(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(pg_url)
    try:
        monkeypatch.setenv("PATH", str(tmp_path))
        with pytest.raises(DatabaseError, match="pg_dump nodig, maar het is niet gevonden"):
            backups.make_backup(db, tmp_path)
        assert backups.auto_backup(db, tmp_path) is None  # no automatic copies of a team db
    finally:
        db.dispose()


# --------------------------------------------------------------------------- SQLCipher


def test_encrypted_database_and_its_backups(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3", reason="de extra 'encryption' (sqlcipher3) ontbreekt")
    path = tmp_path / "stand.sqlite"
    url = f"sqlite+pysqlcipher://:geheime%20zin@/{path}"
    db = open_database(url)
    try:
        _add_requests(db, "Noëlle")
        assert backups.passphrase_of(db) == "geheime zin"
        made = backups.make_backup(db, tmp_path / "backups")
    finally:
        db.dispose()
    for file in (path, made.path):
        assert not file.read_bytes().startswith(b"SQLite format 3")
        assert "Noëlle".encode() not in file.read_bytes()
    with pytest.raises(DatabaseError):
        backups.verify_backup(made.path)  # without the passphrase it is unreadable
    backups.verify_backup(made.path, "geheime zin")
    backups.check_integrity(path, tmp_path / "backups", "geheime zin")
    db = open_database(url)
    _add_requests(db, "Later")
    db.dispose()
    backups.restore_backup(path, made.path, folder=tmp_path / "backups", passphrase="geheime zin")
    assert _names(url) == ["Noëlle"]


def test_restore_over_a_file_whose_header_is_gone(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "backups"
    db = open_database(sqlite_url)
    _add_requests(db, "Ada")
    good = backups.make_backup(db, folder)
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    damaged = b"kapot!" * 700 + path.read_bytes()[4200:]
    path.write_bytes(damaged)
    with pytest.raises(backups.IntegrityProblem):
        backups.check_integrity(path, folder)
    # Logging in to a database that cannot be read is impossible: the CLI says what to do.
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", "wat dan ook")
    code = run(["restore", str(good.path), "--db", sqlite_url, "--user", "bea", "--yes"])
    assert code == 1 and "voeg --admin toe" in capsys.readouterr().err
    (path.parent / (path.name + "-wal")).write_bytes(b"oude wal van het kapotte bestand")
    safety = backups.restore_backup(path, good.path, folder=folder)
    assert not (path.parent / (path.name + "-wal")).exists()
    backups.check_integrity(path, folder)
    assert _names(sqlite_url) == ["Ada"]
    assert safety.path.read_bytes() == damaged  # the damaged bytes are kept, untouched
    assert (safety.path.parent / (safety.path.name + "-wal")).exists()
