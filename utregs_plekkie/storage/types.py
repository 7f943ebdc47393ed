"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from utregs_plekkie.core.schedule import Schedule


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC.

    SQLite has no time zones and PostgreSQL's ``timestamptz`` converts on the
    session's zone; storing naive UTC on both gives one behaviour everywhere.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use core.clock.now()")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class StrEnumType(TypeDecorator[StrEnum]):
    """A StrEnum stored as its plain value, so adding a member needs no migration."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum], length: int = 40) -> None:
        super().__init__(length)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: StrEnum | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        if value is None:
            return None
        return self.enum_cls(value)


class ScheduleType(TypeDecorator[Schedule]):
    """A weekly grid (7 days x 4 day parts) stored as an integer bit mask."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Schedule | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, Schedule):
            return value.to_int()
        return Schedule.from_int(value).to_int()

    def process_result_value(self, value: int | None, dialect: Dialect) -> Schedule | None:
        if value is None:
            return None
        return Schedule.from_int(value)


def json_list() -> Any:
    """A JSON list column: JSONB on PostgreSQL, JSON text on SQLite."""
    return JSON().with_variant(JSONB(), "postgresql")
