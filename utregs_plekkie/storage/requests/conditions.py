"""The WHERE clause of the Aanvragen list: the search text and filters
(:class:`RequestQuery`), written so an index serves them on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, and_, exists, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, Provider, RequestStatus, Source, label
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import OPEN_STATUSES, SearchKind, classify_search
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.routing import WIJK_OUTSIDE, wijk_name


class Unindexed(ColumnElement[Any]):
    """A column the planner must not use an index for: SQLite's unary ``+``.

    Without statistics SQLite often picks the wrong index for a filtered, sorted page;
    hiding a column from it is the documented way to steer its choice. On PostgreSQL
    (which has statistics) the column is rendered as is.
    """

    __visit_name__ = "unindexed"
    inherit_cache = True
    _traverse_internals = [("inner", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, inner: Any) -> None:
        self.inner: ColumnElement[Any] = inner
        self.type = inner.type


@compiles(Unindexed)
def _compile_unindexed(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.inner, **kw)


@compiles(Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.inner, **kw)


def not_merged() -> ColumnElement[bool]:
    """Requests that were not merged into another: nearly all of them. Kept from
    SQLite's planner, which would otherwise walk the whole merged_into_id index for
    ``IS NULL`` instead of using the index that finds the few rows wanted."""
    condition: ColumnElement[bool] = Unindexed(m.InfoRequest.merged_into_id).is_(None)
    return condition


@dataclass(frozen=True)
class RequestQuery:
    """What the Aanvragen page shows: a search text and filters (all optional; several
    values of one filter mean "any of these")."""

    text: str = ""
    statuses: frozenset[RequestStatus] = frozenset()
    interests: frozenset[Interest] = frozenset()
    sources: frozenset[Source] = frozenset()
    event_ids: frozenset[int] = frozenset()
    #: Wijk codes; :data:`WIJK_OUTSIDE` for requests outside the city (or without postcode).
    wijk_codes: frozenset[str] = frozenset()
    #: Providers; ``None`` for requests without one yet (to be assigned by hand).
    providers: frozenset[Provider | None] = frozenset()
    received_from: date | None = None
    received_until: date | None = None  # inclusive
    #: Only open requests whose follow-up date is today or earlier.
    follow_up_due: bool = False

    def describe(self, *, with_text: bool = True) -> str:
        """The filters in Dutch. For the audit trail pass ``with_text=False``: a search
        text may be someone's name, and the trail holds no personal data."""
        parts: list[str] = []
        if self.text.strip():
            if with_text:
                parts.append(_("zoektekst '{text}'").format(text=self.text.strip()))
            else:
                parts.append(_("met zoektekst"))
        if self.statuses:
            parts.append(
                _("status {v}").format(v=", ".join(sorted(label(s) for s in self.statuses)))
            )
        if self.interests:
            parts.append(
                _("interesse {v}").format(v=", ".join(sorted(label(i) for i in self.interests)))
            )
        if self.sources:
            parts.append(_("bron {v}").format(v=", ".join(sorted(label(s) for s in self.sources))))
        if self.event_ids:
            parts.append(_("evenement {v}").format(v=", ".join(map(str, sorted(self.event_ids)))))
        if self.wijk_codes:
            names = sorted(
                _("buiten de stad") if c == WIJK_OUTSIDE else wijk_name(c) for c in self.wijk_codes
            )
            parts.append(_("wijk {v}").format(v=", ".join(names)))
        if self.providers:
            names = sorted(label(p) if p is not None else _("geen") for p in self.providers)
            parts.append(_("aanbieder {v}").format(v=", ".join(names)))
        if self.received_from:
            parts.append(_("ontvangen vanaf {d}").format(d=self.received_from.strftime("%d-%m-%Y")))
        if self.received_until:
            parts.append(
                _("ontvangen tot en met {d}").format(d=self.received_until.strftime("%d-%m-%Y"))
            )
        if self.follow_up_due:
            parts.append(_("opvolgen vandaag of eerder"))
        return "; ".join(parts) if parts else _("alle aanvragen")


def today_view() -> RequestQuery:
    """The "vandaag" view: open requests due today or overdue (show with TODAY_SORT)."""
    return RequestQuery(follow_up_due=True)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(column: Any, prefix: str, dialect: str) -> ColumnElement[bool]:
    """Values starting with ``prefix``, written so an index serves it where it can.

    SQLite compares text byte by byte (BINARY), so a range is exact and uses the index.
    PostgreSQL compares by the database's collation, where a range is not exactly a
    prefix; LIKE is always exact there.
    """
    like = cast(ColumnElement[bool], column.like(_escape_like(prefix) + "%", escape="\\"))
    in_range = and_(column >= prefix, column < prefix + "\U0010ffff")
    if dialect == _SQLITE:
        return in_range
    if dialect == _PG_CODEPOINT:
        # Code point order: the range is a superset the index serves, LIKE makes it exact.
        return and_(in_range, like)
    return like


_SQLITE = "sqlite"
_PG_CODEPOINT = "postgresql-codepoint"
_CODEPOINT_COLLATIONS = frozenset({"c", "posix", "c.utf-8", "c.utf8"})
_dialect_cache: dict[str, str] = {}


def comparison_dialect(db: Database, conn: Connection) -> str:
    """How text compares in this database: ``sqlite`` (bytes), PostgreSQL in code point
    order (collation C or C.UTF-8, where an index range is a prefix), or otherwise."""
    if db.is_sqlite:
        return _SQLITE
    key = db.url.render_as_string(hide_password=True)
    if key not in _dialect_cache:
        collation = conn.execute(
            sql_text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
        ).scalar()
        provider = conn.execute(
            sql_text(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = "
                "'pg_database'::regclass AND attname = 'datlocprovider') THEN 'check' END"
            )
        ).scalar()
        if provider == "check":
            provider = conn.execute(
                sql_text(
                    "SELECT datlocprovider::text FROM pg_database "
                    "WHERE datname = current_database()"
                )
            ).scalar()
        codepoint = str(collation or "").casefold() in _CODEPOINT_COLLATIONS and provider in (
            None,
            "c",
        )
        _dialect_cache[key] = _PG_CODEPOINT if codepoint else db.dialect
    return _dialect_cache[key]


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=clock.LOCAL_TZ).astimezone(UTC)


class Plan(StrEnum):
    COUNT = "count"
    FILTER_FIRST = "filter_first"  # the filter's index finds the rows, then sort them
    SORT_FIRST = "sort_first"  # walk the sort column's index, test each row


def where_clause(
    q: RequestQuery,
    dialect: str,
    today: date,
    plan: Plan,
    sort_column: Any = None,
    *,
    hide_all: bool = False,
) -> list[ColumnElement[bool]]:
    """The WHERE clause of a query (merged requests are handled by the caller)."""
    r = m.InfoRequest
    sqlite = dialect == "sqlite"
    hide = sqlite and (plan == Plan.SORT_FIRST or hide_all)

    def col(column: Any) -> Any:
        return Unindexed(column) if hide and column is not sort_column else column

    where: list[ColumnElement[bool]] = []
    term = classify_search(q.text)
    if term is not None:
        if term.kind == SearchKind.NAAM:
            name_key = col(r.name_key)
            # A word matches where a word of the name starts with it ("vries" finds "Jan
            # de Vries", "marie" finds "Anne-Marie"). No index serves that, so the name
            # index is read whole; the plain "contains" test runs first because it is
            # cheap and rules out nearly every name, the word-start test only on the rest.
            parts = [
                and_(
                    name_key.like("%" + _escape_like(w) + "%", escape="\\"),
                    or_(
                        name_key.like(_escape_like(w) + "%", escape="\\"),
                        name_key.like("% " + _escape_like(w) + "%", escape="\\"),
                        name_key.like("%-" + _escape_like(w) + "%", escape="\\"),
                    ),
                )
                for w in term.words
            ]
            others = replace(q, text="") != RequestQuery()
            if sqlite and not hide and (plan == Plan.FILTER_FIRST or others):
                # Read the matching ids from the (small) name index instead of testing
                # the name of every row another filter's index finds.
                where.append(r.id.in_(select(r.id).where(*parts)))
            else:
                where.extend(parts)
        elif term.kind == SearchKind.EMAIL:
            where.append(_prefix(col(r.email), term.prefix, dialect))
        elif term.kind == SearchKind.TELEFOON:
            where.append(_prefix(col(r.phone), term.prefix, dialect))
        else:
            if len(term.prefix) == 4:
                where.append(col(r.pc4) == term.prefix)
                if term.letters:
                    where.append(
                        r.postcode.like(f"{term.prefix} {_escape_like(term.letters)}%", escape="\\")
                    )
            else:
                where.append(_prefix(col(r.pc4), term.prefix, dialect))
    if q.statuses:
        where.append(col(r.status).in_(sorted(q.statuses)))
    if q.interests:
        ri = m.RequestInterest
        if hide:
            where.append(
                exists().where(ri.request_id == r.id, ri.interest.in_(sorted(q.interests)))
            )
        else:
            where.append(
                r.id.in_(select(ri.request_id).where(ri.interest.in_(sorted(q.interests))))
            )
    if q.sources:
        where.append(col(r.source).in_(sorted(q.sources)))
    if q.event_ids:
        where.append(col(r.event_id).in_(sorted(q.event_ids)))
    if q.wijk_codes:
        codes = sorted(c for c in q.wijk_codes if c != WIJK_OUTSIDE)
        options: list[ColumnElement[bool]] = []
        if codes:
            options.append(col(r.wijk_code).in_(codes))
        if WIJK_OUTSIDE in q.wijk_codes:
            options.append(col(r.wijk_code).is_(None))
        where.append(or_(*options))
    if q.providers:
        named = sorted(p for p in q.providers if p is not None)
        options = []
        if named:
            options.append(col(r.provider).in_(named))
        if None in q.providers:
            options.append(col(r.provider).is_(None))
        where.append(or_(*options))
    if q.received_from is not None:
        where.append(col(r.received_at) >= _local_midnight_utc(q.received_from))
    if q.received_until is not None:
        where.append(col(r.received_at) < _local_midnight_utc(q.received_until + timedelta(days=1)))
    if q.follow_up_due:
        where.append(col(r.status).in_(sorted(OPEN_STATUSES)))
        where.append(col(r.follow_up_on) <= today)
    return where
