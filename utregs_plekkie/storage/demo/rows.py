"""Writing demo rows fast: explicit ids, the size and result of a run, and batches of
rows sent straight through the DBAPI with each column's own bind processor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select

from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

BATCH = 20_000


@dataclass
class DemoSize:
    requests: int = 2_000
    households: int = 400
    children: int = 300
    seed: int = 2021


@dataclass
class DemoResult:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class IdAllocator:
    """Hands out explicit primary keys after what a table already holds."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._next: dict[str, int] = {}

    def take(self, table: Table, n: int) -> range:
        if table.name not in self._next:
            with self.db.engine.connect() as conn:
                current = conn.execute(select(func.max(table.c.id))).scalar() or 0
            self._next[table.name] = current + 1
        start = self._next[table.name]
        self._next[table.name] = start + n
        return range(start, start + n)


def table_of(model: type[m.Base]) -> Table:
    """The model's table, typed as a Table (SQLAlchemy types it as a FromClause)."""
    return cast(Table, model.__table__)


def as_utc(d: datetime) -> datetime:
    return d.astimezone(UTC)


def bind_param(name: str) -> Any:

    return bindparam(name)


def iter_chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
