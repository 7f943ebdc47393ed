"""Fixtures of the storage tests: each runs on SQLite and on PostgreSQL (see `db_url`).

`db` is an open database at the newest schema, a copy of the template that was migrated
once for the session; `db_url` points at the same database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from utregs_plekkie.storage.database import Database, open_database


@pytest.fixture
def db(migrated_db_url: str) -> Iterator[Database]:
    database = open_database(migrated_db_url)
    yield database
    database.dispose()
