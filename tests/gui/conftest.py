"""Fixtures of the GUI tests (pytest-qt, Qt offscreen).

`db` is a SQLite database at the newest schema in the test's own folder (at `db_path`),
a copy of the template that was migrated once for the session. Background work the test
started is waited for before the database closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from utregs_plekkie.gui import workers
from utregs_plekkie.storage.database import Database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plekkie.sqlite"


@pytest.fixture
def db(db_path: Path, migrated_sqlite: Callable[[Path], str]) -> Iterator[Database]:
    database = open_database(migrated_sqlite(db_path))
    yield database
    workers.wait_for_background()
    database.dispose()
