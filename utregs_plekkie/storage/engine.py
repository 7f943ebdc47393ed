"""The engine and session factory of an open database (opened by ``storage.database``).

SQLite (the default, a file in the user's data folder) and PostgreSQL (a shared team
database) behave the same through this module: foreign keys on, real transactions and
optimistic concurrency through version numbers. Migrations and backups build on this
module; ``storage.database.open_database`` puts them together.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

log = logging.getLogger(__name__)


class DatabaseError(UserError):
    """The database cannot be opened or used; the message says what to do."""


def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so a
    # SELECT inside a unit of work is part of the same transaction (see "begin").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # 64 MB page cache: large lists and bulk imports touch many index pages.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable in WAL mode except for the last commits on power loss of
        # the OS; FULL makes a confirmed save survive pulling the plug too.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    # A transaction that will write takes the write lock at once (IMMEDIATE): it then
    # waits politely (busy_timeout) for another writer instead of failing later with
    # "database is locked" when a read snapshot turns out to be outdated.
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    dialect: str
    location: str  # a file path, or host/database without the password


class Database:
    """An open database: an engine plus the session factory for it."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise DatabaseError(
                _(
                    "De database-URL '{url}' is niet geldig. Gebruik bijvoorbeeld "
                    "sqlite:///pad/naar/bestand.sqlite of postgresql://gebruiker@server/db."
                ).format(url=url)
            ) from exc
        parsed = _with_driver(parsed)
        self.url: URL = parsed
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise DatabaseError(
                _(
                    "Database-soort '{kind}' wordt niet ondersteund; gebruik SQLite of PostgreSQL."
                ).format(kind=self.dialect)
            )
        self.sqlite_path: Path | None = None
        if self.dialect == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:":
                self.sqlite_path = Path(database).expanduser()
                self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(parsed, echo=echo, future=True)
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def info(self) -> DatabaseInfo:
        if self.sqlite_path is not None:
            location = str(self.sqlite_path)
        else:
            location = f"{self.url.host or 'localhost'}/{self.url.database or ''}"
        return DatabaseInfo(
            url=self.url.render_as_string(hide_password=True),
            dialect=self.dialect,
            location=location,
        )

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        with self._sessions() as session, session.begin():
            if self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session

    def check_connection(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except OperationalError as exc:
            raise DatabaseError(
                _("Kan de database {where} niet openen: {reason}").format(
                    where=self.info().location, reason=_short_reason(exc)
                )
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _with_driver(url: URL) -> URL:
    # "postgresql://" means psycopg 3 here, the driver the project installs.
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    return url


def _short_reason(exc: OperationalError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
