"""SQL helpers of the overview queries: tables, values, day arithmetic per engine,
month buckets, the first change to a status, and the wijk filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    Table,
    case,
    func,
    literal_column,
    select,
)

from utregs_plekkie.core.enums import (
    ChildStatus,
    PipelineStage,
    RequestStatus,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage import models as m

#: ``progress(done, total)``; returning False stops the computation (OverviewCancelled).
Progress = Callable[[int, int], bool]

#: The index the migration ``overview_0001`` adds, so a period's requests are read from
#: one index instead of the wide table rows.
COHORT_INDEX = "ix_info_requests_overview"
#: Its partner: a request's first change to a status with one seek.
HISTORY_INDEX = "ix_request_status_changes_overview"

AFTER_PACK = (
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
    RequestStatus.AANGEMELD,
)
DROPPED = (RequestStatus.AFGEHAAKT, RequestStatus.NIET_NU)
OPEN_REQUEST = (
    RequestStatus.NIEUW,
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
    RequestStatus.NIET_NU,
)
REGISTERED_STAGES = (PipelineStage.AANMELDING, PipelineStage.SCREENING)
SCREENED_STAGES = (
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)
WAITING = (ChildStatus.WACHT, ChildStatus.VOORGESTELD)


def table_of(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


def value_of(value: Any) -> str:
    """The stored value of an enum member (the columns store plain strings)."""
    return str(value.value if hasattr(value, "value") else value)


def values_of(members: Sequence[Any]) -> list[str]:
    return [value_of(x) for x in members]


def int_literal(n: int) -> ColumnElement[int]:
    # A literal in the SQL text, not a parameter: PostgreSQL must see that two uses are
    # the same, and needs no type for it.
    return literal_column(str(int(n)), Integer)


class SqlDialect:
    """Dialect differences: day arithmetic and timestamps."""

    def __init__(self, dialect: str) -> None:
        self.pg = dialect == "postgresql"

    def stamp(self, expr: Any) -> Any:
        """A date or datetime usable in day arithmetic against datetimes."""
        return expr.cast(DateTime()) if self.pg else expr

    def days(self, later: Any, earlier: Any) -> ColumnElement[int]:
        """Whole days from ``earlier`` to ``later`` (rounded down; NULL stays NULL)."""
        if self.pg:
            # date_part gives a double; EXTRACT gives numeric since PostgreSQL 14,
            # which is several times slower on many rows.
            seconds = func.date_part("epoch", self.stamp(later) - self.stamp(earlier))
            return func.floor(seconds / 86400.0).cast(Integer)
        return (func.julianday(later) - func.julianday(earlier)).cast(Integer)


def bucket_index(col: Any, bounds: Sequence[datetime], offset: int = 0) -> ColumnElement[int]:
    """The index of the bucket ``col`` falls in: 0 before ``bounds[0]``, 1 up to
    ``bounds[1]``, ... A nested CASE (binary search), so a row costs ~log2(n) compares."""
    if not bounds:
        return int_literal(offset)
    mid = len(bounds) // 2
    return case(
        (col < bounds[mid], bucket_index(col, bounds[:mid], offset)),
        else_=bucket_index(col, bounds[mid + 1 :], offset + mid + 1),
    )


class FirstMoments:
    """First moments per request from ``request_status_changes``.

    On SQLite a correlated look-up (one seek in the covering index
    ``ix_request_status_changes_overview`` per row) is the fastest way to join; on
    PostgreSQL a grouped CTE joined by hash is, so each engine gets its own shape.
    """

    def __init__(self, sql: SqlDialect, since: datetime) -> None:
        self.sql = sql
        # A cohort request's history starts after it was received; a month's margin
        # covers a receipt date corrected by hand. Both engines apply it, so they agree.
        self.since = since - timedelta(days=31)
        self.joins: list[tuple[Any, Any]] = []

    def first(self, r: Table, name: str, where: Callable[[Table], ColumnElement[bool]]) -> Any:
        """The first ``at`` of the request's changes matching ``where`` (or NULL)."""
        s = table_of(m.RequestStatusChange)
        if not self.sql.pg:
            return (
                select(func.min(s.c.at))
                .where(s.c.request_id == r.c.id, where(s), s.c.at >= self.since)
                .scalar_subquery()
            )
        cte = (
            select(s.c.request_id, func.min(s.c.at).label("first"))
            .where(where(s), s.c.at >= self.since)
            .group_by(s.c.request_id)
            .cte(name)
        )
        self.joins.append((cte, cte.c.request_id == r.c.id))
        return cte.c.first

    def join(self, from_clause: Any) -> Any:
        """``from_clause`` with the CTEs this history needs joined (PostgreSQL)."""
        for cte, on in self.joins:
            from_clause = from_clause.outerjoin(cte, on)
        return from_clause


def wijk_names() -> list[tuple[str, str]]:
    return [(code, name) for code, name, _provider in WIJKEN]


def check_wijk(wijk: str | None) -> str | None:
    if wijk is None:
        return None
    for code, name in wijk_names():
        if wijk.strip().casefold() in (code.casefold(), name.casefold()):
            return code
    raise UserError(
        _("De wijk '{wijk}' is onbekend. Kies een van: {wijken}.").format(
            wijk=wijk, wijken=", ".join(name for _code, name in wijk_names())
        )
    )
