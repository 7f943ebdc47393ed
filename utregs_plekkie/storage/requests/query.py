"""The fast list queries of the Aanvragen page: count, sort and fetch a page of rows.

Lists stay fast at hundreds of thousands of rows: :func:`count_requests` and
:func:`fetch_requests` only use indexed columns, and on SQLite (whose planner has no
statistics) the fetch picks its plan from the count it already knows: few matches are
found through the filter's index and sorted; many are read along the sort column's
index until the page is full (see :func:`fetch_requests`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select, func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Provider, RequestStatus, Source
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import (
    FollowUpState,
    ResponseNorm,
    describe_follow_up,
    follow_up_state,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.conditions import (
    Plan,
    RequestQuery,
    Unindexed,
    comparison_dialect,
    not_merged,
    where_clause,
)
from utregs_plekkie.storage.requests.routing import wijk_name


class SortColumn(StrEnum):
    RECEIVED = "received"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    WIJK = "wijk"
    PROVIDER = "provider"
    SOURCE = "source"
    STATUS = "status"
    FOLLOW_UP = "follow_up"


_SORT_COLUMNS: dict[SortColumn, Any] = {
    SortColumn.RECEIVED: m.InfoRequest.received_at,
    SortColumn.NAME: m.InfoRequest.name_key,
    SortColumn.EMAIL: m.InfoRequest.email,
    SortColumn.PHONE: m.InfoRequest.phone,
    SortColumn.POSTCODE: m.InfoRequest.pc4,
    SortColumn.WIJK: m.InfoRequest.wijk_code,
    SortColumn.PROVIDER: m.InfoRequest.provider,
    SortColumn.SOURCE: m.InfoRequest.source,
    SortColumn.STATUS: m.InfoRequest.status,
    SortColumn.FOLLOW_UP: m.InfoRequest.follow_up_on,
}
_NULLABLE_SORTS = frozenset(
    {
        SortColumn.EMAIL,
        SortColumn.PHONE,
        SortColumn.POSTCODE,
        SortColumn.WIJK,
        SortColumn.PROVIDER,
        SortColumn.FOLLOW_UP,
    }
)


@dataclass(frozen=True)
class RequestSort:
    """A list's order: one indexed column, ties broken by id. Empty values go last.

    Status, source and wijk sort by their stored codes, which for status and source
    is also the alphabetical order of their Dutch labels.
    """

    column: SortColumn = SortColumn.RECEIVED
    descending: bool = True


DEFAULT_SORT = RequestSort(SortColumn.RECEIVED, descending=True)
#: The "vandaag" view: oldest follow-up date first.
TODAY_SORT = RequestSort(SortColumn.FOLLOW_UP, descending=False)


@dataclass(frozen=True)
class RequestRow:
    """One row of the list, with raw values (the GUI formats and highlights them)."""

    id: int
    version: int
    name: str
    email: str | None
    phone: str | None
    postcode: str | None
    city: str
    wijk_code: str | None
    wijk: str
    provider: Provider | None
    provider_set_by_hand: bool
    outside_city: bool
    source: Source
    event_id: int | None
    status: RequestStatus
    received_at: datetime
    follow_up_on: date | None
    follow_up: FollowUpState
    follow_up_text: str
    anonymised: bool


def count_requests(db: Database, q: RequestQuery, *, today: date | None = None) -> int:
    """How many (not merged) requests match ``q``.

    Counted as all matches minus the merged ones among them: the first count can be
    answered from one index, the second only visits the few merged requests.
    """
    day = today or clock.today()
    with db.engine.connect() as conn:
        return _count(conn, q, comparison_dialect(db, conn), day)


def _count(conn: Connection, q: RequestQuery, dialect: str, today: date) -> int:
    r = m.InfoRequest
    if q.interests and q == RequestQuery(interests=q.interests):
        # Interests only: counted in the interest index alone (a request has each
        # interest at most once), without visiting the requests.
        ri = m.RequestInterest
        counted = func.count() if len(q.interests) == 1 else func.count(ri.request_id.distinct())
        total = conn.execute(
            select(counted).where(ri.interest.in_(sorted(q.interests)))
        ).scalar_one()
    else:
        where = where_clause(q, dialect, today, Plan.COUNT)
        total = conn.execute(select(func.count()).select_from(r).where(*where)).scalar_one()
    if not total:
        return 0
    merged_ids = select(r.id).where(r.merged_into_id.is_not(None))
    # The filters are hidden from SQLite here, so it walks the merged ids (few) and
    # tests each, instead of walking a filter's index and testing membership.
    hidden = where_clause(q, dialect, today, Plan.COUNT, hide_all=True)
    merged = conn.execute(
        select(func.count()).select_from(r).where(r.id.in_(merged_ids), *hidden)
    ).scalar_one()
    return int(total) - int(merged)


_ROW_COLUMNS = (
    m.InfoRequest.id,
    m.InfoRequest.version,
    m.InfoRequest.first_name,
    m.InfoRequest.name_prefix,
    m.InfoRequest.last_name,
    m.InfoRequest.email,
    m.InfoRequest.phone,
    m.InfoRequest.postcode,
    m.InfoRequest.city,
    m.InfoRequest.pc4,
    m.InfoRequest.wijk_code,
    m.InfoRequest.provider,
    m.InfoRequest.provider_set_by_hand,
    m.InfoRequest.source,
    m.InfoRequest.event_id,
    m.InfoRequest.status,
    m.InfoRequest.received_at,
    m.InfoRequest.follow_up_on,
    m.InfoRequest.anonymised_at,
)

#: Reading along the sort index costs about this much more per row than sorting the
#: rows a filter's index found (rows come in random order and may cluster).
_SORT_FIRST_PENALTY = 1.5


def _choose_plan(matches: int, table_rows: int, offset: int, limit: int) -> Plan:
    """Few matches: find them through the filter and sort (cost ~ matches). Many: walk
    the sort index until the page is full (cost ~ (offset + limit) x rows / matches)."""
    if matches <= 0:
        return Plan.FILTER_FIRST
    walk = (offset + limit) * max(table_rows, matches) / matches
    return Plan.SORT_FIRST if walk * _SORT_FIRST_PENALTY < matches else Plan.FILTER_FIRST


def _select_ids(
    q: RequestQuery,
    dialect: str,
    today: date,
    plan: Plan,
    sort: RequestSort,
    offset: int,
    limit: int,
) -> Select[*tuple[Any, ...]]:
    r = m.InfoRequest
    sort_column = _SORT_COLUMNS[sort.column]
    where = where_clause(q, dialect, today, plan, sort_column)
    sqlite = dialect == "sqlite"
    # The ordering index must not be hidden when it drives the plan; hidden otherwise.
    hide_order = sqlite and plan == Plan.FILTER_FIRST
    order_col = Unindexed(sort_column) if hide_order else sort_column
    id_col = Unindexed(r.id) if hide_order else r.id
    first = order_col.desc() if sort.descending else order_col.asc()
    if sort.column in _NULLABLE_SORTS:
        first = first.nulls_last()
    if sort.column == SortColumn.POSTCODE:
        extra = [Unindexed(r.postcode).desc() if sort.descending else Unindexed(r.postcode)]
    else:
        extra = []
    tie = id_col.desc() if sort.descending else id_col.asc()
    live = not_merged()
    # Only the ids: a sort then carries (key, id) instead of whole rows.
    stmt = select(r.id).where(*where, live).order_by(first, *extra, tie)
    return stmt.offset(offset).limit(limit) if offset else stmt.limit(limit)


def fetch_requests(
    db: Database,
    q: RequestQuery,
    offset: int = 0,
    limit: int = 200,
    sort: RequestSort = DEFAULT_SORT,
    *,
    total: int | None = None,
    today: date | None = None,
    norm: ResponseNorm | None = None,
) -> list[RequestRow]:
    """``limit`` rows of the list from position ``offset``, in ``sort`` order.

    ``total`` is the count the caller already has (the page shows it); on SQLite it
    decides the plan (see the module docstring) and is counted here when not given.
    """
    if limit <= 0:
        return []
    day = today or clock.today()
    calendar = (norm or ResponseNorm()).calendar
    with db.engine.connect() as conn:
        dialect = comparison_dialect(db, conn)
        plan = Plan.FILTER_FIRST
        if db.is_sqlite:
            matches = total if total is not None else _count(conn, q, dialect, day)
            if matches == 0 or offset >= matches:
                return []
            table_rows = conn.execute(select(func.max(m.InfoRequest.id))).scalar_one() or 0
            plan = _choose_plan(matches, int(table_rows), offset, limit)
        ids = [
            int(i)
            for i in conn.execute(_select_ids(q, dialect, day, plan, sort, offset, limit)).scalars()
        ]
        if not ids:
            return []
        found = conn.execute(select(*_ROW_COLUMNS).where(m.InfoRequest.id.in_(ids))).all()
    by_id = {row.id: row for row in found}
    return [_row(by_id[i], day, calendar) for i in ids if i in by_id]


def _row(row: Any, today: date, calendar: Any) -> RequestRow:
    name = " ".join(p for p in (row.first_name, row.name_prefix, row.last_name) if p)
    if not name and row.anonymised_at is not None:
        name = _("(geanonimiseerd)")
    status = row.status
    return RequestRow(
        id=row.id,
        version=row.version,
        name=name,
        email=row.email,
        phone=row.phone,
        postcode=row.postcode,
        city=row.city or "",
        wijk_code=row.wijk_code,
        wijk=wijk_name(row.wijk_code),
        provider=row.provider,
        provider_set_by_hand=bool(row.provider_set_by_hand),
        outside_city=row.wijk_code is None,
        source=row.source,
        event_id=row.event_id,
        status=status,
        received_at=row.received_at,
        follow_up_on=row.follow_up_on,
        follow_up=follow_up_state(status, row.follow_up_on, today, calendar),
        follow_up_text=describe_follow_up(status, row.follow_up_on, today, calendar),
        anonymised=row.anonymised_at is not None,
    )
