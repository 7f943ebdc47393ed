"""Fixtures shared by tests/unit, tests/storage and tests/gui.

Every test runs isolated from the user's machine (its own UTREGS_PLEKKIE_HOME, no
UTREGS_PLEKKIE_DB). Storage tests get a database URL through `db_url`, which runs them
once on SQLite and once on a real PostgreSQL server that this file starts for the test
session (`make test` installs the server: bash .ci/ensure-system-packages).

`now` is the program's clock, standing still until the test moves it. The `db` fixtures
(tests/storage/conftest.py, tests/gui/conftest.py) copy a database that was migrated once
per session (`sqlite_template`, `pg_template`) instead of migrating for every test.
"""

from __future__ import annotations

import os

# Before anything imports Qt: the suite never opens a window on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib
import glob
import logging
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from utregs_plekkie.core import clock

NO_SERVER_REASON = (
    "Geen PostgreSQL-server gevonden; `make test` installeert hem "
    "(bash .ci/ensure-system-packages)."
)
_PG_PROGRAMS = ("initdb", "pg_ctl", "postgres")


@pytest.fixture(autouse=True)
def _isolate_from_user_machine(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """Keep data, config and logs of the app under test out of the user's folders."""
    home = tmp_path_factory.mktemp("plekkie-home")
    monkeypatch.setenv("UTREGS_PLEKKIE_HOME", str(home))
    monkeypatch.delenv("UTREGS_PLEKKIE_DB", raising=False)
    # Log handlers a test sets up (the CLI and the GUI log to a file in the home
    # folder) go with the test, so the next test's log lands in its own home.
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    yield home
    for handler in list(root.handlers):
        if handler not in handlers_before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return "sqlite:///" + str(tmp_path / "test.sqlite")


# --------------------------------------------------------------------------- clock


class Clock:
    """The program's clock in a test: it stands still until the test moves it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float = 0, **delta: float) -> None:
        """``advance(3)``: three days later; ``advance(minutes=5)``: five minutes later."""
        self.now += timedelta(days=days, **delta)

    forward = advance

    def today(self) -> date:
        return self.now.date()


@pytest.fixture
def clock_start() -> datetime:
    """Where `now` starts; a test module overrides this fixture to start elsewhere."""
    return datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ)


@pytest.fixture
def now(clock_start: datetime) -> Iterator[Clock]:
    """The program's clock (core.clock), at `clock_start` until the test moves it."""
    fixed = Clock(clock_start)
    clock.set_clock(fixed)
    yield fixed
    clock.set_clock(None)


@pytest.fixture
def stop_clock() -> Iterator[Callable[[], Clock]]:
    """For a test that runs on the real clock first: `stop_clock()` stops the program's
    clock where it is at that moment and returns it, for the test to move on."""

    def stop() -> Clock:
        fixed = Clock(clock.now())
        clock.set_clock(fixed)
        return fixed

    yield stop
    clock.set_clock(None)


# ----------------------------------------------------------------- migrated databases


@contextlib.contextmanager
def _isolated_home(folder: Path) -> Iterator[None]:
    """Session fixtures run before the per-test isolation; give them their own home."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UTREGS_PLEKKIE_HOME", str(folder))
        patch.delenv("UTREGS_PLEKKIE_DB", raising=False)
        yield


def _migrate(url: str, home: Path) -> None:
    # Imported here, not at the top: a unit test must not need the storage layer.
    from utregs_plekkie.storage.database import open_database

    with _isolated_home(home):
        database = open_database(url, backup=False)
        database.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to the newest schema, once per session."""
    folder = tmp_path_factory.mktemp("sqlite-template")
    path = folder / "template.sqlite"
    _migrate(f"sqlite:///{path}", folder / "home")
    return path


def _copy_sqlite_template(template: Path, target: Path) -> None:
    if target.exists():
        raise FileExistsError(f"{target} bestaat al; de kopie zou hem overschrijven")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    # The template was closed cleanly, so its WAL was checkpointed into the file; should
    # one be left, it belongs to the copy.
    for suffix in ("-wal", "-shm"):
        extra = template.with_name(template.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, target.with_name(target.name + suffix))


@pytest.fixture
def migrated_sqlite(sqlite_template: Path) -> Callable[[Path], str]:
    """Puts a copy of the migrated SQLite template at a path (that must not exist yet)
    and returns its URL: a database at the newest schema without running migrations."""

    def copy(target: Path) -> str:
        _copy_sqlite_template(sqlite_template, target)
        return f"sqlite:///{target}"

    return copy


# --------------------------------------------------------------------------- PostgreSQL


@dataclass(frozen=True)
class PgServer:
    """A PostgreSQL server started for this test session (trust authentication)."""

    host: str
    port: int
    user: str
    bindir: Path
    datadir: Path

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"


def _has_server_programs(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in _PG_PROGRAMS)


def _find_pg_bindir() -> Path | None:
    """pg_config's bindir, else the newest Debian /usr/lib/postgresql/N/bin, else PATH."""
    candidates: list[Path] = []
    if pg_config := shutil.which("pg_config"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            if out:
                candidates.append(Path(out))

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", Path(path).parent.name))

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    candidates += [Path(p) for p in debian]
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).parent)
    return next((c for c in candidates if _has_server_programs(c)), None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _PgCluster:
    """Runs initdb/pg_ctl, as the `postgres` user when we are root (PostgreSQL refuses root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_root = os.geteuid() == 0
        self.base = Path(tempfile.mkdtemp(prefix="utregs-plekkie-pg-"))
        self.datadir = self.base / "data"
        self.socketdir = self.base / "sockets"
        self.logfile = self.base / "server.log"
        self.socketdir.mkdir()
        if self.as_root:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                self.remove()
                raise RuntimeError(
                    "De tests draaien als root, en PostgreSQL weigert als root te draaien, "
                    "maar er is geen gebruiker `postgres` om hem onder te starten."
                ) from None
            for path in (self.base, self.socketdir):
                os.chown(path, account.pw_uid, account.pw_gid)
            # The server writes its data dir and socket here, so it must be able to reach
            # the folder (a TMPDIR inside root's home would not do).
            try:
                self.run(
                    ["test", "-w", str(self.base)],
                    what=f"toegang voor gebruiker postgres tot {self.base} (zet TMPDIR op /tmp?)",
                )
            except RuntimeError:
                self.remove()
                raise

    def run(self, argv: list[str], *, what: str) -> subprocess.CompletedProcess[str]:
        if self.as_root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        # cwd: postgres cannot getcwd() in root's home, and initdb then fails.
        result = subprocess.run(
            argv, cwd=self.base, capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"PostgreSQL: {what} mislukt ({' '.join(argv)}, code {result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}\n{self._log_tail()}"
            )
        return result

    def _log_tail(self) -> str:
        try:
            return "server.log:\n" + "\n".join(self.logfile.read_text().splitlines()[-30:])
        except OSError:
            return ""

    def initdb(self) -> None:
        base_args = [str(self.bindir / "initdb"), "-D", str(self.datadir), "-A", "trust"]
        base_args += ["-U", "postgres", "--encoding=UTF8"]
        try:
            self.run([*base_args, "--locale=C.UTF-8"], what="initdb")
        except RuntimeError:
            # No C.UTF-8 locale on this machine; initdb removed its half-made data dir.
            shutil.rmtree(self.datadir, ignore_errors=True)
            self.run([*base_args, "--no-locale"], what="initdb")

    def start(self, port: int) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {self.socketdir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        argv = [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile)]
        self.run([*argv, "-w", "-t", "60", "-o", options, "start"], what="starten")

    def stop(self) -> None:
        argv = [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w"]
        with contextlib.suppress(RuntimeError, subprocess.SubprocessError):
            self.run([*argv, "stop"], what="stoppen")

    def remove(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _find_pg_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail(
                "CI is gezet maar er is geen PostgreSQL-server gevonden (initdb, pg_ctl en "
                "postgres via `pg_config --bindir` of /usr/lib/postgresql/*/bin). "
                "Draai de tests met `make test`, dat hem installeert via "
                "bash .ci/ensure-system-packages.",
                pytrace=False,
            )
        pytest.skip(NO_SERVER_REASON)

    cluster = _PgCluster(bindir)
    try:
        cluster.initdb()
        # The port is free when we look, but another process may take it before the
        # server binds it; try a few.
        for attempt in range(3):
            port = _free_port()
            try:
                cluster.start(port)
                break
            except RuntimeError:
                if attempt == 2:
                    raise
        yield PgServer(
            host="127.0.0.1",
            port=port,
            user="postgres",
            bindir=bindir,
            datadir=cluster.datadir,
        )
    finally:
        cluster.stop()
        cluster.remove()


def _pg_admin(server: PgServer) -> Any:
    """An autocommit connection to the server's `postgres` database (psycopg.Connection)."""
    import psycopg

    return psycopg.connect(
        host=server.host, port=server.port, user=server.user, dbname="postgres", autocommit=True
    )


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the session's server; dropped after the test."""
    from psycopg import sql

    dbname = f"t_{uuid.uuid4().hex[:12]}"
    with _pg_admin(pg_server) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    try:
        yield pg_server.url(dbname)
    finally:
        with _pg_admin(pg_server) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
            )


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of a database migrated to the newest schema, once per session.

    Nothing stays connected to it: PostgreSQL copies a template only when it is idle.
    """
    from psycopg import sql

    dbname = f"template_{uuid.uuid4().hex[:12]}"
    with _pg_admin(pg_server) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    _migrate(pg_server.url(dbname), tmp_path_factory.mktemp("pg-template-home"))
    return dbname


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on the real PostgreSQL server."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def migrated_db_url(request: pytest.FixtureRequest, db_url: str) -> str:
    """`db_url`, its database now a copy of the migrated template.

    The same database as `db_url` (a test may open a second connection to it), at the
    newest schema without running the migrations: SQLite copies the template file,
    PostgreSQL makes the database anew with CREATE DATABASE ... TEMPLATE.
    """
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    assert url.database, db_url
    if url.get_backend_name() == "sqlite":
        request.getfixturevalue("migrated_sqlite")(Path(url.database))
        return db_url

    from psycopg import sql

    server: PgServer = request.getfixturevalue("pg_server")
    template: str = request.getfixturevalue("pg_template")
    name = sql.Identifier(url.database)
    with _pg_admin(server) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(name))
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(name, sql.Identifier(template))
        )
    return db_url
