"""The `pg_url` fixture gives a real PostgreSQL server, not a stand-in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, text

pytestmark = pytest.mark.postgres

# Databases handed out by pg_url in this module, in the order the tests got them.
_seen_databases: list[str] = []


@pytest.fixture
def pg_conn(pg_url: str) -> Iterator[Connection]:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def test_server_is_real_postgresql(pg_conn: Connection) -> None:
    version = pg_conn.execute(text("SELECT version()")).scalar_one()
    assert version.startswith("PostgreSQL"), version


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_gets_its_own_empty_database(pg_conn: Connection, run: int) -> None:
    name = pg_conn.execute(text("SELECT current_database()")).scalar_one()
    tables = pg_conn.execute(
        text(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        )
    ).scalars()
    assert list(tables) == []
    assert name.startswith("t_")
    assert name not in _seen_databases

    # Earlier tests' databases are gone: pg_url drops what it created.
    existing = set(pg_conn.execute(text("SELECT datname FROM pg_database")).scalars())
    assert existing.isdisjoint(_seen_databases)

    # Leave something behind; the next run must not see it.
    pg_conn.execute(text("CREATE TABLE left_behind (id integer PRIMARY KEY)"))
    pg_conn.commit()
    _seen_databases.append(name)


def test_utf8_round_trip(pg_conn: Connection) -> None:
    names = ["Zoë van Eijk", "IJsselstein", "ĳsbeer", "Ĳmuiden", "café Noël — 30 €"]
    pg_conn.execute(text("CREATE TEMPORARY TABLE names (id serial PRIMARY KEY, name text)"))
    pg_conn.execute(text("INSERT INTO names (name) VALUES (:name)"), [{"name": n} for n in names])
    back = pg_conn.execute(text("SELECT name FROM names ORDER BY id")).scalars().all()
    assert back == names
    found = pg_conn.execute(
        text("SELECT name FROM names WHERE name = :name"), {"name": "ĳsbeer"}
    ).scalar_one()
    assert found == "ĳsbeer"
    assert len(found) == 6  # the ĳ ligature is one character, not two bytes' worth
    assert pg_conn.execute(text("SHOW server_encoding")).scalar_one() == "UTF8"
