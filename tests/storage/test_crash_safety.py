"""Nothing lost: kill -9 in the middle of saves, an import-like bulk write, a retention
run and a restore; and a stale copy is refused when two processes (SQLite) or two
connections (PostgreSQL) save the same record.

A child process writes in a loop and prints each confirmed piece of work only after
its transaction committed. The parent kills it at a random moment, then checks that
the file passes SQLite's integrity_check and that everything confirmed is there, and
nothing half-done.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, RequestStatus, Role, Source
from utregs_plekkie.core.errors import StaleRecordError
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import backups, privacy
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.unit_of_work import unit_of_work

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path

    from sqlalchemy import insert

    from utregs_plekkie.core import clock
    from utregs_plekkie.core.enums import AuditAction, RequestStatus, Role, Source
    from utregs_plekkie.core.errors import StaleRecordError
    from utregs_plekkie.core.permissions import Actor, Permission
    from utregs_plekkie.storage import backups, privacy
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import Database, open_database
    from utregs_plekkie.storage.unit_of_work import add_audit_line, unit_of_work

    mode, url = sys.argv[1], sys.argv[2]

    SYSTEM = Actor.system()

    def say(text):
        print(text, flush=True)

    def save(record_id, version, changes, actor=Actor.system()):
        with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind="aanvraag") as uow:
            record = uow.get(m.InfoRequest, record_id, expected_version=version)
            uow.change(record, changes)
            uow.flush()
            return record

    if mode == "restore":
        # Alternate between two backups, so every moment of the kill falls in a restore
        # that changes something.
        path, choices = Path(sys.argv[3]), [Path(a) for a in sys.argv[4:]]
        say("ready")
        n = 0
        while True:
            backups.restore_backup(path, choices[n % 2], folder=path.parent / "safety")
            n += 1
            say(f"restored {n}")

    db = open_database(url, backup=False)
    say("ready")
    if mode == "saves":
        # One request and its audit line per transaction, like a kiosk save.
        n = 0
        while True:
            n += 1
            with db.transaction() as s:
                r = m.InfoRequest(first_name=f"kiosk{n}", source=Source.POPUP, pc4="3511")
                s.add(r)
                s.flush()
                add_audit_line(s, SYSTEM, AuditAction.CREATE, "info_requests", r.id, "kiosk")
            say(r.id)
    elif mode == "bulk":
        # Import-like: batches of 250 rows, each batch one transaction with its audit line.
        table = m.InfoRequest.__table__
        batch = 0
        while True:
            batch += 1
            now = clock.now()
            rows = [
                dict(first_name=f"import{batch}-{i}", name_prefix="", last_name="x", name_key="",
                     street="", house_number_suffix="", city="", provider_set_by_hand=False,
                     source="website", source_detail=f"batch{batch}", received_at=now,
                     consent_contact=False, consent_store=False, status="nieuw",
                     status_since=now, notes="", version=1, created_at=now, updated_at=now)
                for i in range(250)
            ]
            with db.transaction() as s:
                s.execute(insert(table), rows)
                add_audit_line(s, SYSTEM, AuditAction.IMPORT, "info_requests", None,
                               f"batch{batch}: 250 rijen")
            say(f"batch{batch}")
    elif mode == "updates":
        # Checked saves of one record: each confirmed version must survive.
        record_id = int(sys.argv[3])
        while True:
            with db.session() as s:
                current = s.get(m.InfoRequest, record_id)
                version, number = current.version, current.house_number or 0
            saved = save(record_id, version, {"house_number": number + 1})
            say(f"{saved.version} {number + 1}")
    elif mode == "retention":
        clock.set_clock(lambda: datetime(2026, 11, 2, 10, tzinfo=clock.LOCAL_TZ))
        admin = Actor(None, "bea", Role.BEHEERDER)
        plan = privacy.retention_dry_run(db)
        say(f"plan {plan.total}")
        def progress(done, total):
            say(f"done {done}")
            return True
        privacy.apply_retention(db, plan, actor=admin, progress=progress, batch_size=50)
        say("finished")
        import time
        time.sleep(60)
    elif mode == "stale":
        # Two processes load the same record, wait for each other, then both save.
        record_id, barrier, me = int(sys.argv[3]), Path(sys.argv[4]), sys.argv[5]
        with db.session() as s:
            version = s.get(m.InfoRequest, record_id).version
        (barrier / me).touch()
        import time
        while len(list(barrier.iterdir())) < 2:
            time.sleep(0.01)
        try:
            save(record_id, version, {"notes": f"door {me}"}, actor=Actor(None, me, Role.WERVER))
            say("OK")
        except StaleRecordError as exc:
            say("STALE " + str(exc))
    """
)


def save_request(
    db: Database, record_id: int, version: int, changes: dict[str, Any]
) -> m.InfoRequest:
    """A checked save of one request through the one write path (storage.unit_of_work)."""
    with unit_of_work(db, Actor.system(), Permission.EDIT_REQUESTS, kind="aanvraag") as uow:
        record = uow.get(m.InfoRequest, record_id, expected_version=version)
        uow.change(record, changes)
        uow.flush()
        return record


@pytest.fixture
def child_script(tmp_path: Path) -> Path:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    return script


def _start(script: Path, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first.strip() != "ready":
        proc.kill()
        raise AssertionError(
            f"child did not start: {first!r} {proc.stderr.read() if proc.stderr else ''}"
        )
    return proc


def _kill_after(proc: subprocess.Popen[str], seconds: float) -> list[str]:
    """SIGKILL after ``seconds``; returns the complete lines the child confirmed."""
    time.sleep(seconds)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return [line for line in out.splitlines(keepends=True) if line.endswith("\n")]


def _kill_at_line(proc: subprocess.Popen[str], wanted: str) -> list[str]:
    """SIGKILL as soon as the child printed ``wanted`` (it goes on working meanwhile)."""
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:
        seen.append(line)
        if line.strip() == wanted:
            break
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return seen + [line for line in out.splitlines(keepends=True) if line.endswith("\n")]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[tuple[str, Path]]:
    db = open_database(sqlite_url)
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    yield sqlite_url, path


@pytest.mark.slow
def test_kill_during_saves_loses_nothing_confirmed(
    sqlite_db: tuple[str, Path], child_script: Path
) -> None:
    url, path = sqlite_db
    rng = random.Random(8)
    confirmed: set[int] = set()
    for _round in range(4):
        proc = _start(child_script, "saves", url)
        lines = _kill_after(proc, rng.uniform(0.05, 0.8))
        confirmed |= {int(line) for line in lines}
        assert _integrity(path) == "ok"
        db = open_database(url, backup=False)
        try:
            with db.session() as s:
                stored = set(s.scalars(select(m.InfoRequest.id)))
                audited = set(
                    s.scalars(
                        select(m.AuditEntry.entity_id).where(
                            m.AuditEntry.action == AuditAction.CREATE
                        )
                    )
                )
        finally:
            db.dispose()
        assert confirmed <= stored
        # Each save is whole: no request without its audit line, nor the other way round.
        assert stored == audited
    assert len(confirmed) > 20


@pytest.mark.slow
def test_kill_during_a_bulk_import_keeps_whole_batches(
    sqlite_db: tuple[str, Path], child_script: Path
) -> None:
    url, path = sqlite_db
    rng = random.Random(9)
    confirmed: set[str] = set()
    for _round in range(3):
        proc = _start(child_script, "bulk", url)
        lines = _kill_after(proc, rng.uniform(0.1, 0.9))
        confirmed |= {f"{_round}:{line.strip()}" for line in lines}
        assert _integrity(path) == "ok"
        with closing(sqlite3.connect(path)) as conn:
            per_batch = conn.execute(
                "SELECT source_detail, COUNT(*) FROM info_requests "
                "GROUP BY created_at, source_detail"
            ).fetchall()
            imports = conn.execute(
                "SELECT COUNT(*) FROM audit_entries WHERE action = 'geimporteerd'"
            ).fetchone()[0]
        assert all(count == 250 for _, count in per_batch), "a batch was half written"
        assert imports == len(per_batch)
        assert len(per_batch) >= len(confirmed)
    assert len(confirmed) >= 3


@pytest.mark.slow
def test_kill_during_checked_updates_keeps_every_confirmed_version(
    sqlite_db: tuple[str, Path], child_script: Path
) -> None:
    url, path = sqlite_db
    db = open_database(url, backup=False)
    with db.transaction() as s:
        record = m.InfoRequest(first_name="teller", source=Source.WEBSITE, house_number=0)
        s.add(record)
        s.flush()
        record_id = record.id
    db.dispose()
    rng = random.Random(10)
    last = 0
    for _round in range(3):
        proc = _start(child_script, "updates", url, str(record_id))
        lines = _kill_after(proc, rng.uniform(0.2, 0.8))
        if lines:
            version, number = map(int, lines[-1].split())
            assert version == number + 1
            last = number
        assert _integrity(path) == "ok"
        with closing(sqlite3.connect(path)) as conn:
            version, number = conn.execute(
                "SELECT version, house_number FROM info_requests WHERE id = ?", (record_id,)
            ).fetchone()
        assert number >= last and version == number + 1
    assert last > 5


@pytest.mark.slow
def test_kill_during_retention_leaves_no_half_anonymised_record(
    sqlite_db: tuple[str, Path], child_script: Path
) -> None:
    url, path = sqlite_db
    db = open_database(url, backup=False)
    old = datetime(2024, 3, 1, 12, tzinfo=clock.LOCAL_TZ)
    with db.transaction() as s:
        s.add_all(
            m.InfoRequest(
                first_name=f"oud{i}", last_name="Lead", email=f"oud{i}@example.nl",
                postcode="3511 AB", pc4="3511", source=Source.WEBSITE, received_at=old,
                status=RequestStatus.GEBELD, status_since=old, notes="notitie",
            )
            for i in range(1500)
        )  # fmt: skip
    db.dispose()
    proc = _start(child_script, "retention", url)
    lines = _kill_at_line(proc, f"done {random.Random(12).randrange(3, 25) * 50}")
    done = [int(line.split()[1]) for line in lines if line.startswith("done")]
    assert "finished\n" not in lines
    assert _integrity(path) == "ok"
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT id, first_name, email, postcode, notes, anonymised_at IS NOT NULL "
            "FROM info_requests"
        ).fetchall()
        audited = {
            r[0]
            for r in conn.execute(
                "SELECT entity_id FROM audit_entries WHERE action = 'geanonimiseerd'"
            )
        }
    anonymised = {r[0] for r in rows if r[5]}
    for _id, first, email, postcode, notes, is_anonymised in rows:
        if is_anonymised:
            assert (first, email, postcode, notes) == ("", None, "3511", "")
        else:
            assert first.startswith("oud") and email and postcode == "3511 AB"
    assert anonymised == audited  # each batch with its audit lines, or neither
    assert len(anonymised) % 50 == 0 and 0 < len(anonymised) < 1500
    # Every batch the child reported done before the kill is in the file.
    assert len(anonymised) >= (max(done) if done else 0)
    # A new run finishes the job.
    db = open_database(url, backup=False)
    clock.set_clock(lambda: datetime(2026, 11, 2, 10, tzinfo=clock.LOCAL_TZ))
    try:
        plan = privacy.retention_dry_run(db)
        assert plan.total == 1500 - len(anonymised)
        privacy.apply_retention(db, plan, actor=Actor(None, "bea", Role.BEHEERDER))
        assert privacy.retention_dry_run(db).total == 0
    finally:
        clock.set_clock(None)
        db.dispose()


@pytest.mark.slow
def test_kill_during_restore_leaves_the_old_or_the_new_database(
    sqlite_db: tuple[str, Path], child_script: Path, tmp_path: Path
) -> None:
    url, path = sqlite_db
    db = open_database(url, backup=False)
    with db.transaction() as s:
        s.add_all(m.InfoRequest(first_name=f"a{i}", source=Source.WEBSITE) for i in range(5000))
    backup_a = backups.make_backup(db, tmp_path / "b")
    with db.transaction() as s:
        s.add_all(m.InfoRequest(first_name=f"b{i}", source=Source.WEBSITE) for i in range(3000))
    backup_b = backups.make_backup(db, tmp_path / "b")
    db.dispose()
    rng = random.Random(11)
    restored = 0
    for _round in range(3):
        proc = _start(
            child_script, "restore", url, str(path), str(backup_a.path), str(backup_b.path)
        )
        # Once one restore went through, kill at a random moment of the ones after it.
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        assert first == "restored 1\n", proc.stderr.read()
        restored += 1 + len(_kill_after(proc, rng.uniform(0.0, 0.15)))
        assert _integrity(path) == "ok"
        with closing(sqlite3.connect(path)) as conn:
            count = conn.execute("SELECT COUNT(*) FROM info_requests").fetchone()[0]
        assert count in (5000, 8000)
    assert restored >= 3


@pytest.mark.postgres
def test_kill_during_saves_on_postgresql(pg_url: str, child_script: Path) -> None:
    open_database(pg_url).dispose()
    proc = _start(child_script, "saves", pg_url)
    confirmed = {int(line) for line in _kill_after(proc, 0.8)}
    db = open_database(pg_url)
    try:
        with db.session() as s:
            stored = set(s.scalars(select(m.InfoRequest.id)))
            audit_lines = s.scalar(select(func.count()).select_from(m.AuditEntry))
    finally:
        db.dispose()
    assert confirmed and confirmed <= stored and audit_lines == len(stored)


# --------------------------------------------------------------------------- stale copies


def _new_request(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        record = m.InfoRequest(first_name="Gedeeld", source=Source.WEBSITE)
        s.add(record)
        s.flush()
        return record.id, record.version


def test_two_processes_on_one_sqlite_file_never_overwrite(
    sqlite_url: str, child_script: Path, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    try:
        record_id, version = _new_request(db)
        barrier = tmp_path / "barrier"
        barrier.mkdir()
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(child_script),
                    "stale",
                    sqlite_url,
                    str(record_id),
                    str(barrier),
                    who,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for who in ("ada", "bram")
        ]
        outputs = [p.communicate(timeout=60) for p in procs]
        results = sorted(out.splitlines()[-1] for out, _ in outputs)
        assert results[0] == "OK", outputs
        assert results[1].startswith("STALE Deze aanvraag is intussen door iemand anders gewijzigd")
        assert "laad de nieuwste versie" in results[1]
        # This window still holds the first version: its save is refused too.
        with pytest.raises(StaleRecordError):
            save_request(db, record_id, version, {"notes": "ik"})
        with db.session() as s:
            stored = s.get(m.InfoRequest, record_id)
            assert stored is not None and stored.version == version + 1
            assert stored.notes in ("door ada", "door bram")
    finally:
        db.dispose()


@pytest.mark.postgres
def test_two_connections_on_postgresql_never_overwrite(pg_url: str) -> None:
    first, second = open_database(pg_url), open_database(pg_url, migrate=False)
    try:
        record_id, version = _new_request(first)
        # Both users have the record open; the first saves.
        save_request(first, record_id, version, {"notes": "eerste"})
        with pytest.raises(StaleRecordError, match="laad de nieuwste versie"):
            save_request(second, record_id, version, {"notes": "tweede"})
        # The race past the check: two sessions load, both change, both commit. The
        # version in the UPDATE's WHERE makes the second match no row.
        with first.session() as a, second.session() as b:
            mine = a.get(m.InfoRequest, record_id)
            theirs = b.get(m.InfoRequest, record_id)
            assert mine is not None and theirs is not None
            mine.notes = "A"
            theirs.notes = "B"
            a.commit()
            with pytest.raises(StaleDataError):
                b.commit()
        with first.session() as s:
            stored = s.get(m.InfoRequest, record_id)
            assert stored is not None and (stored.notes, stored.version) == ("A", version + 2)
    finally:
        first.dispose()
        second.dispose()


def test_clock_is_restored() -> None:
    # The retention test above sets the clock in its own process only.
    assert abs(clock.now() - datetime.now(clock.LOCAL_TZ)) < timedelta(minutes=1)
