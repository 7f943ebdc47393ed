"""Fast bulk writes for imports: ids taken up front and rows written with the
driver's executemany (SQLite) or COPY (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from utregs_plekkie.storage.types import UtcDateTime
from utregs_plekkie.storage.types import fast_bind_processor as _fast_processor


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write many rows (all with the same keys) in the session's transaction: with the
    driver's executemany on SQLite, with COPY on PostgreSQL (its bulk path; per-row
    INSERTs cost the server a statement each).

    Every value still goes through its column type's conversion (UTC datetimes, enum
    values, dates), the same fast converters the demo data uses; only SQLAlchemy's
    per-row statement bookkeeping is skipped, which at import volume is most of the
    time (measured: about half of the insert).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    columns = [table.c[name] for name in rows[0]]
    converters = [_converter(column.type, dialect) for column in columns]
    names = ", ".join(quote(c.name) for c in columns)
    values = [
        list(map(convert, (row[column.name] for row in rows)))
        if convert is not None
        else [row[column.name] for row in rows]
        for column, convert in zip(columns, converters, strict=True)
    ]
    if dialect.name == "postgresql":
        driver = connection.connection.driver_connection
        assert driver is not None
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy,
        ):
            for row in zip(*values, strict=True):
                copy.write_row(row)
        return
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([marker] * len(columns))})"
    connection.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _converter(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column's bind conversion; for times remembered per value, because a batch
    repeats the same moments (its own time, the days rows came in) many times."""
    convert = _fast_processor(column_type, dialect)
    if convert is None or not isinstance(column_type, UtcDateTime):
        return convert
    return lru_cache(maxsize=8192)(convert)


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` new primary keys, taken before a bulk INSERT without RETURNING (a
    RETURNING that must keep the rows' order runs row by row on SQLite).

    PostgreSQL hands them out from the table's sequence, safe beside other writers.
    SQLite has one writer at a time and this transaction holds the write lock (it
    began IMMEDIATE), so the ids after the current maximum are ours.
    """
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            sql_text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": count},
        )
        return sorted(int(row[0]) for row in rows)
    top = session.execute(select(func.max(table.c.id))).scalar_one() or 0
    return list(range(int(top) + 1, int(top) + 1 + count))
