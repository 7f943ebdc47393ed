"""Fixtures of the unit tests: pure Python, no Qt, and no `db`.

A test that needs the database belongs in tests/storage (SQLite and PostgreSQL) or
tests/gui; the clock, `now`, comes from tests/conftest.py like everywhere else.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def db() -> None:
    pytest.fail(
        "tests/unit heeft geen database: een test die er een nodig heeft hoort in "
        "tests/storage (SQLite en PostgreSQL) of tests/gui.",
        pytrace=False,
    )
