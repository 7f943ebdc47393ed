"""Every figure of the Overzicht page from the database, in a handful of SQL queries.

:func:`compute_overview` is what the page (on a worker thread), the report command and
the benchmark call. The definitions of the figures are in
:mod:`utregs_plekkie.core.overview`; this module only counts. All counting happens in
the database with GROUP BY over indexed columns; Python only combines the grouped rows
(a few thousand at most, however many requests there are). Seven statements:

1. the period's requests per source, event, wijk and month, with whether the pack was
   sent, read from one index (``ix_info_requests_overview``, migration overview_0001);
2. per request, the days to the pack and whether the first answer came within the
   norm: the period's days (a VALUES table with each day's deadline) joined to the
   requests received on them;
3. the requests that can have got past the pack — with a family, with status
   informatieavond/aangemeld/afgehaakt/niet nu, or with an attended information
   evening — followed through the status history, the attended evenings, the family's
   stage history and its placements: how far each got, drop-outs with their reasons
   and the days between steps. A request outside that group got no further than the
   pack by the funnel's rules, so nothing is lost by leaving it out;
4. the names and dates of the events the requests came in at;
5. free places of available families per wijk and care family;
6. waiting children per wijk, care form and the day they started waiting;
7. overdue actions and screenings running out.

A request's first change to a status is a correlated look-up on SQLite (one seek in
``ix_request_status_changes_overview``, the fastest join SQLite has) and a grouped CTE
joined by hash on PostgreSQL; everything else is the same SQL on both.

The statements run in one read transaction (REPEATABLE READ on PostgreSQL; one
snapshot on SQLite), so the figures fit together even while others are working.
Measured with ``utregs-plekkie bench overview`` (see the migration for the indexes).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Integer,
    String,
    Table,
    and_,
    case,
    column,
    distinct,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
    values,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareFamily,
    CareForm,
    ChildStatus,
    EventKind,
    PipelineStage,
    PlacementStatus,
    Provider,
    RequestStatus,
    ScreeningKind,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    SCREENING_HORIZON_DAYS,
    EventInfo,
    FollowUpHealth,
    FunnelStep,
    MonthPoint,
    Overview,
    OverviewCancelled,
    OverviewFilter,
    build_channels,
    build_funnel,
    build_supply_demand,
    check_period,
    deadline_ranges,
    month_bounds_utc,
    month_starts,
    period_bounds,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER, audit
from utregs_plekkie.storage.types import UtcDateTime

__all__ = ["COHORT_INDEX", "HISTORY_INDEX", "Progress", "compute_overview", "record_output"]

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


def _t(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


def _v(value: Any) -> str:
    """The stored value of an enum member (the columns store plain strings)."""
    return str(value.value if hasattr(value, "value") else value)


def _values(members: Sequence[Any]) -> list[str]:
    return [_v(x) for x in members]


def _int(n: int) -> ColumnElement[int]:
    # A literal in the SQL text, not a parameter: PostgreSQL must see that two uses are
    # the same, and needs no type for it.
    return literal_column(str(int(n)), Integer)


class _Sql:
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


def _bucket(col: Any, bounds: Sequence[datetime], offset: int = 0) -> ColumnElement[int]:
    """The index of the bucket ``col`` falls in: 0 before ``bounds[0]``, 1 up to
    ``bounds[1]``, ... A nested CASE (binary search), so a row costs ~log2(n) compares."""
    if not bounds:
        return _int(offset)
    mid = len(bounds) // 2
    return case(
        (col < bounds[mid], _bucket(col, bounds[:mid], offset)),
        else_=_bucket(col, bounds[mid + 1 :], offset + mid + 1),
    )


class _History:
    """First moments per request from ``request_status_changes``.

    On SQLite a correlated look-up (one seek in the covering index
    ``ix_request_status_changes_overview`` per row) is the fastest way to join; on
    PostgreSQL a grouped CTE joined by hash is, so each engine gets its own shape.
    """

    def __init__(self, sql: _Sql, since: datetime) -> None:
        self.sql = sql
        # A cohort request's history starts after it was received; a month's margin
        # covers a receipt date corrected by hand. Both engines apply it, so they agree.
        self.since = since - timedelta(days=31)
        self.joins: list[tuple[Any, Any]] = []

    def first(self, r: Table, name: str, where: Callable[[Table], ColumnElement[bool]]) -> Any:
        """The first ``at`` of the request's changes matching ``where`` (or NULL)."""
        s = _t(m.RequestStatusChange)
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


def _wijk_names() -> list[tuple[str, str]]:
    return [(code, name) for code, name, _provider in WIJKEN]


def _check_wijk(wijk: str | None) -> str | None:
    if wijk is None:
        return None
    for code, name in _wijk_names():
        if wijk.strip().casefold() in (code.casefold(), name.casefold()):
            return code
    raise UserError(
        _("De wijk '{wijk}' is onbekend. Kies een van: {wijken}.").format(
            wijk=wijk, wijken=", ".join(name for _code, name in _wijk_names())
        )
    )


def compute_overview(
    db: Database,
    period_from: date,
    period_to: date,
    provider: Provider | None = None,
    wijk: str | None = None,
    *,
    progress: Progress | None = None,
    norm_working_days: int = 1,
) -> Overview:
    """Every figure of the Overzicht page for requests received from ``period_from`` up
    to and including ``period_to`` (and supply, demand and follow-up as of today).

    ``provider`` and ``wijk`` (a wijk code such as ``"WK034401"`` or its name) narrow
    everything to one provider or wijk. ``progress(done, total)`` is called between
    the queries; when it returns False the work stops with :class:`OverviewCancelled`.
    Safe to call from a worker thread: it opens its own connection.
    """
    check_period(period_from, period_to)
    wijk_code = _check_wijk(wijk)
    started = time.perf_counter()
    names = _wijk_names()
    filt = OverviewFilter(
        period_from,
        period_to,
        provider,
        wijk_code,
        dict(names).get(wijk_code) if wijk_code else None,
    )
    computer = _Computer(db, filt, norm_working_days)
    steps: list[Callable[[Connection], None]] = [
        computer.cohort_counts,
        computer.pack_and_answers,
        computer.progressed,
        computer.events,
        computer.offers,
        computer.children,
        computer.follow_up,
    ]
    with db.engine.connect() as conn:
        if db.dialect == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            if (conn.dialect.server_version_info or (0,)) >= (11,):
                # Compiling these queries to machine code takes longer than running
                # them (the planner over-estimates the day-range join).
                conn.exec_driver_sql("SET LOCAL jit = off")
            # Grouping a period's requests must not spill to disk (the default is 4 MB).
            conn.exec_driver_sql("SET LOCAL work_mem = '32MB'")
        for done, step in enumerate(steps):
            if progress is not None and progress(done, len(steps)) is False:
                raise OverviewCancelled()
            step(conn)
        conn.rollback()
    if progress is not None:
        progress(len(steps), len(steps))
    return computer.result(time.perf_counter() - started)


class _Computer:
    """The queries of one overview and what they returned."""

    def __init__(self, db: Database, filt: OverviewFilter, norm_working_days: int) -> None:
        self.sql = _Sql(db.dialect)
        self.filt = filt
        self.norm = norm_working_days
        self.now = clock.now()
        self.today = self.now.date()
        self.start, self.stop = period_bounds(filt.period_from, filt.period_to)
        self.months = month_starts(filt.period_from, filt.period_to)
        self.month_bounds = month_bounds_utc(self.months)
        # results
        self.keyed: dict[tuple[str, int | None, str | None], list[int]] = {}
        self.per_month: dict[int, list[int]] = {}
        self.durations: dict[int, dict[int, int]] = {}
        self.dropouts: dict[tuple[int, str], int] = {}
        self.answers: dict[str, int] = {}
        self.event_info: dict[int, EventInfo] = {}
        self.offer_cells: dict[tuple[str | None, CareFamily], tuple[int, int]] = {}
        self.families_per_wijk: dict[str | None, int] = {}
        self.families_total = 0
        self.waiting: dict[tuple[str | None, CareFamily], dict[int, int]] = {}
        self.health: dict[str, int] = {}

    # ------------------------------------------------------------------ helpers

    def _cohort(self, r: Table, *, period: bool = True) -> list[ColumnElement[bool]]:
        """The period's requests (``period=False``: the caller limits the period)."""
        where: list[ColumnElement[bool]] = [r.c.merged_into_id.is_(None)]
        if period:
            where += [r.c.received_at >= self.start, r.c.received_at < self.stop]
        if self.filt.provider is not None:
            where.append(r.c.provider == self.filt.provider)
        if self.filt.wijk_code is not None:
            where.append(r.c.wijk_code == self.filt.wijk_code)
        return where

    def _household_filter(self, h: Table) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if self.filt.provider is not None:
            where.append(h.c.provider == self.filt.provider)
        if self.filt.wijk_code is not None:
            where.append(h.c.wijk_code == self.filt.wijk_code)
        return where

    def _t1(self, r: Table) -> Any:
        """When the pack was sent: ``pack_sent_at``, else the first change to pakket
        verstuurd or gebeld (looked up only where ``pack_sent_at`` is missing)."""
        # A correlated look-up on both engines: it runs only for the few rows the CASE
        # below reaches (no pack date, status past nieuw).
        s = _t(m.RequestStatusChange)
        from_history = (
            select(func.min(s.c.at))
            .where(
                s.c.request_id == r.c.id,
                s.c.to_status.in_(_values((RequestStatus.PAKKET_VERSTUURD, RequestStatus.GEBELD))),
            )
            .scalar_subquery()
        )
        return func.coalesce(
            r.c.pack_sent_at,
            case((r.c.status != RequestStatus.NIEUW, from_history), else_=null()),
        )

    def _add(self, key: tuple[str, int | None, str | None], month: int, step: int, n: int) -> None:
        self.keyed.setdefault(key, [0] * len(FUNNEL_STEPS))[step] += n
        self.per_month.setdefault(month, [0] * len(FUNNEL_STEPS))[step] += n

    # ------------------------------------------------------------------ the cohort

    def cohort_counts(self, conn: Connection) -> None:
        """Every request of the period, counted per source, event, wijk and month, with
        whether its pack was sent (by its own columns)."""
        r = _t(m.InfoRequest)
        inner = (
            select(
                r.c.source.cast(String).label("source"),
                r.c.event_id,
                r.c.wijk_code,
                _bucket(r.c.received_at, self.month_bounds).label("month"),
                case(
                    (or_(r.c.pack_sent_at.is_not(None), r.c.status.in_(_values(AFTER_PACK))), 1),
                    else_=0,
                ).label("a1"),
            )
            .where(*self._cohort(r))
            .subquery()
        )
        rows = conn.execute(
            select(
                inner.c.source,
                inner.c.event_id,
                inner.c.wijk_code,
                inner.c.month,
                inner.c.a1,
                func.count(),
            ).group_by(
                inner.c.source, inner.c.event_id, inner.c.wijk_code, inner.c.month, inner.c.a1
            )
        )
        for source, event_id, wijk_code, month, a1, n in rows:
            key = (str(source), event_id, wijk_code)
            self._add(key, int(month), FunnelStep.AANVRAAG, int(n))
            if a1:
                self._add(key, int(month), FunnelStep.PAKKET, int(n))

    def pack_and_answers(self, conn: Connection) -> None:
        """Days from request to pack (histogram), and whether each request was answered
        within the norm; one pass over the period's requests, driven by the days."""
        r = _t(m.InfoRequest)
        history = _History(self.sql, self.start)
        ranges = deadline_ranges(self.filt.period_from, self.filt.period_to, self.norm)
        deadlines = (
            values(
                column("start", UtcDateTime()),
                column("stop", UtcDateTime()),
                column("deadline", UtcDateTime()),
                name="deadlines",
            )
            .data(ranges)
            .cte("deadlines")
        )
        first_answer = history.first(r, "answers", lambda s: s.c.to_status != RequestStatus.NIEUW)
        pack_days = self.sql.days(self._t1(r), r.c.received_at)
        inner = (
            select(
                pack_days.label("d"),
                # NULL without an answer; a single use, so the look-up runs once per row
                (first_answer <= deadlines.c.deadline).label("ok"),
                (deadlines.c.deadline < self.now).label("due"),
            )
            .select_from(
                history.join(
                    deadlines.join(
                        r,
                        and_(
                            r.c.received_at >= deadlines.c.start,
                            r.c.received_at < deadlines.c.stop,
                        ),
                    )
                )
            )
            # The day ranges cover the period exactly. Repeating the period's bounds
            # here would let SQLite scan the whole period for every day.
            .where(*self._cohort(r, period=False))
            # OFFSET 0 keeps SQLite from merging this into the GROUP BY, which would
            # run the correlated look-ups twice per row.
            .offset(0)
            .subquery()
        )
        rows = conn.execute(
            select(inner.c.d, inner.c.ok, inner.c.due, func.count()).group_by(
                inner.c.d, inner.c.ok, inner.c.due
            )
        )
        pack: dict[int, int] = {}
        answers = {"on_time": 0, "late": 0, "open_late": 0, "open_pending": 0}
        for d, ok, due, n in rows:
            if d is not None:
                pack[int(d)] = pack.get(int(d), 0) + int(n)
            if ok is None:
                answers["open_late" if due else "open_pending"] += int(n)
            elif ok:
                answers["on_time"] += int(n)
            else:
                answers["late"] += int(n)
        self.durations[FunnelStep.AANVRAAG] = pack
        self.answers = answers

    def progressed(self, conn: Connection) -> None:
        """The requests that can have got past the pack, followed through the status
        history, attended evenings, the family's stages and its placements."""
        sql = self.sql
        r = _t(m.InfoRequest)
        h = _t(m.Household)
        hsc = _t(m.HouseholdStageChange)
        p = _t(m.Placement)
        er = _t(m.EventRegistration)
        e = _t(m.Event)
        history = _History(sql, self.start)

        attended = and_(
            e.c.kind == EventKind.INFORMATIEAVOND,
            er.c.attended.is_(True),
            er.c.request_id.is_not(None),
        )
        if sql.pg:
            reg = (
                select(er.c.request_id, func.min(e.c.starts_at).label("r2"))
                .join(e, e.c.id == er.c.event_id)
                .where(attended)
                .group_by(er.c.request_id)
                .cte("reg")
            )
            history.joins.append((reg, reg.c.request_id == r.c.id))
            evening: Any = reg.c.r2
        else:
            evening = (
                select(func.min(e.c.starts_at))
                .select_from(er.join(e, e.c.id == er.c.event_id))
                .where(er.c.request_id == r.c.id, attended)
                .scalar_subquery()
            )
        # Only the families the period's requests became are looked at.
        families = (
            select(r.c.household_id)
            .where(*self._cohort(r), r.c.household_id.is_not(None))
            .scalar_subquery()
        )
        attended_ids = select(er.c.request_id).join(e, e.c.id == er.c.event_id).where(attended)
        stages = (
            select(
                hsc.c.household_id,
                func.min(case((hsc.c.to_stage.in_(_values(REGISTERED_STAGES)), hsc.c.at))).label(
                    "t3"
                ),
                func.min(case((hsc.c.to_stage.in_(_values(SCREENED_STAGES)), hsc.c.at))).label(
                    "t4"
                ),
                func.min(case((hsc.c.to_stage == PipelineStage.BESCHIKBAAR, hsc.c.at))).label("t5"),
            )
            .where(
                hsc.c.to_stage.in_(_values((*REGISTERED_STAGES, *SCREENED_STAGES))),
                hsc.c.household_id.in_(families),
            )
            .group_by(hsc.c.household_id)
            .cte("stages")
        )
        placed = (
            select(p.c.household_id, func.min(p.c.starts_on).label("t6"))
            .where(p.c.household_id.in_(families))
            .group_by(p.c.household_id)
            .cte("placed")
        )
        h2 = history.first(
            r, "evening_changes", lambda s: s.c.to_status == RequestStatus.INFORMATIEAVOND
        )
        h3 = history.first(
            r, "registered_changes", lambda s: s.c.to_status == RequestStatus.AANGEMELD
        )
        t1 = self._t1(r)
        looked_up = (
            select(
                r.c.source.cast(String).label("source"),
                r.c.event_id,
                r.c.wijk_code,
                _bucket(r.c.received_at, self.month_bounds).label("month"),
                case(
                    (or_(r.c.pack_sent_at.is_not(None), r.c.status.in_(_values(AFTER_PACK))), 1),
                    else_=0,
                ).label("a1"),
                r.c.status.cast(String).label("status"),
                # Read only where needed: SQLite then skips the table row for the rest.
                case((r.c.status.in_(_values(DROPPED)), r.c.dropout_reason), else_=null()).label(
                    "reason"
                ),
                h.c.id.label("hid"),
                h.c.stage.cast(String).label("hstage"),
                h.c.dropout_reason.label("hreason"),
                r.c.received_at.label("t0"),
                t1.label("t1"),
                h2.label("h2"),
                evening.label("r2"),
                h3.label("h3"),
                stages.c.t3,
                stages.c.t4,
                func.coalesce(stages.c.t5, sql.stamp(h.c.available_since)).label("t5"),
                placed.c.t6,
            )
            .select_from(
                history.join(
                    r.outerjoin(h, h.c.id == r.c.household_id)
                    .outerjoin(stages, stages.c.household_id == r.c.household_id)
                    .outerjoin(placed, placed.c.household_id == r.c.household_id)
                )
            )
            .where(
                *self._cohort(r),
                or_(
                    r.c.household_id.is_not(None),
                    r.c.status.in_(
                        _values((RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD, *DROPPED))
                    ),
                    r.c.id.in_(attended_ids),
                ),
            )
            # Not merged into the next level: every look-up runs once per row.
            .offset(0)
            .subquery()
        )
        c = looked_up.c
        dropped_request = c.status.in_(_values(DROPPED))
        top = case(
            (c.t6.is_not(None), _int(6)),
            (c.t5.is_not(None), _int(5)),
            (c.t4.is_not(None), _int(4)),
            (
                or_(
                    c.t3.is_not(None),
                    c.status == _v(RequestStatus.AANGEMELD),
                    and_(dropped_request, c.h3.is_not(None)),
                ),
                _int(3),
            ),
            (
                or_(
                    c.status.in_(_values((RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD))),
                    c.r2.is_not(None),
                    and_(dropped_request, c.h2.is_not(None)),
                ),
                _int(2),
            ),
            (or_(c.a1 == 1, c.t1.is_not(None)), _int(1)),
            else_=_int(0),
        )
        dropped = or_(
            c.hstage == _v(PipelineStage.GESTOPT),
            and_(c.hid.is_(None), dropped_request),
        )
        reason = case(
            (c.hstage == _v(PipelineStage.GESTOPT), func.coalesce(c.hreason, "")),
            (c.status == _v(RequestStatus.NIET_NU), func.coalesce(c.reason, "niet_nu")),
            (dropped_request, func.coalesce(c.reason, "")),
            else_=null(),
        )
        # The date each step was reached; a duration counts only where the later
        # step was reached (its date alone is not enough: see the funnel rules).
        stamps = [
            c.t0,
            c.t1,
            func.coalesce(c.h2, c.r2),
            func.coalesce(c.h3, c.t3),
            c.t4,
            c.t5,
            c.t6,
        ]
        ranked = (
            select(
                c.source,
                c.event_id,
                c.wijk_code,
                c.month,
                c.a1,
                top.label("top"),
                case((dropped, reason), else_=null()).label("dropped_reason"),
                *(
                    sql.days(stamps[k + 1], stamps[k]).label(f"d{k}")
                    for k in range(1, len(FUNNEL_STEPS) - 1)
                ),
            )
            .offset(0)
            .cte("ranked")
        )
        g = ranked.c
        counts = select(
            literal("n").label("part"),
            g.source.label("a"),
            g.event_id.label("b"),
            g.wijk_code.label("c"),
            g.month.label("month"),
            g.top.label("top"),
            g.a1.label("a1"),
            func.count().label("n"),
        ).group_by(g.source, g.event_id, g.wijk_code, g.month, g.top, g.a1)
        drops = (
            select(
                literal("x").label("part"),
                g.dropped_reason.label("a"),
                null().cast(Integer).label("b"),
                null().cast(String).label("c"),
                null().cast(Integer).label("month"),
                g.top,
                null().cast(Integer).label("a1"),
                func.count().label("n"),
            )
            .where(g.dropped_reason.is_not(None))
            .group_by(g.top, g.dropped_reason)
        )
        spans = [
            select(_int(k).label("k"), g[f"d{k}"].label("d")).where(
                g.top >= k + 1, g[f"d{k}"].is_not(None)
            )
            for k in range(1, len(FUNNEL_STEPS) - 1)
        ]
        spans_inner = union_all(*spans).subquery()
        durations = select(
            literal("d").label("part"),
            null().cast(String).label("a"),
            spans_inner.c.d.label("b"),
            null().cast(String).label("c"),
            null().cast(Integer).label("month"),
            spans_inner.c.k.label("top"),
            null().cast(Integer).label("a1"),
            func.count().label("n"),
        ).group_by(spans_inner.c.k, spans_inner.c.d)
        for part, a, b_, c_, month, step, a1, n in conn.execute(
            union_all(counts, drops, durations)
        ):
            n = int(n)
            if part == "n":
                key = (str(a), b_, c_)
                # The cohort query counted the request itself, and its pack when a1.
                first = FunnelStep.INFORMATIEAVOND if a1 else FunnelStep.PAKKET
                for k in range(first, int(step) + 1):
                    self._add(key, int(month), k, n)
            elif part == "x":
                self.dropouts[(int(step), str(a or ""))] = n
            elif b_ is not None:
                histogram = self.durations.setdefault(int(step), {})
                histogram[int(b_)] = histogram.get(int(b_), 0) + n

    def events(self, conn: Connection) -> None:
        ids = sorted({event_id for _s, event_id, _w in self.keyed if event_id is not None})
        if not ids:
            return
        e = _t(m.Event)
        for event_id, name, kind, starts_at in conn.execute(
            select(e.c.id, e.c.name, e.c.kind, e.c.starts_at).where(e.c.id.in_(ids))
        ):
            self.event_info[int(event_id)] = EventInfo(int(event_id), name, _v(kind), starts_at)

    # ------------------------------------------------------------------ supply and demand

    def _family_of(self, care_form: Any) -> Any:
        forms = {family: [f for f in CareForm if f.family == family] for family in CareFamily}
        return case(
            (care_form.in_(_values(forms[CareFamily.VOLTIJD])), _v(CareFamily.VOLTIJD)),
            (care_form.in_(_values(forms[CareFamily.DEELTIJD])), _v(CareFamily.DEELTIJD)),
            else_=_v(CareFamily.STEUNOUDER),
        )

    def offers(self, conn: Connection) -> None:
        """Free places of available families today, per wijk and care family."""
        o = _t(m.AvailabilityOffer)
        h = _t(m.Household)
        p = _t(m.Placement)
        op = _t(m.OfferPause)
        today = self.today
        used = (
            select(p.c.offer_id, func.count().label("used"))
            .where(
                p.c.status == PlacementStatus.ACTIEF,
                p.c.offer_id.is_not(None),
                p.c.starts_on <= today,
                or_(p.c.ends_on.is_(None), p.c.ends_on >= today),
            )
            .group_by(p.c.offer_id)
            .subquery()
        )
        left = o.c.capacity - func.coalesce(used.c.used, 0)
        paused_today = exists().where(
            op.c.offer_id == o.c.id, op.c.starts_on <= today, op.c.ends_on >= today
        )
        inner = (
            select(
                h.c.wijk_code,
                self._family_of(o.c.care_form).label("family"),
                h.c.id.label("hid"),
                case((left > 0, left), else_=0).label("free"),
            )
            .select_from(
                o.join(h, h.c.id == o.c.household_id).outerjoin(used, used.c.offer_id == o.c.id)
            )
            .where(
                h.c.stage == PipelineStage.BESCHIKBAAR,
                o.c.paused.is_(False),
                or_(o.c.valid_from.is_(None), o.c.valid_from <= today),
                or_(o.c.valid_to.is_(None), o.c.valid_to >= today),
                ~paused_today,
                *self._household_filter(h),
            )
            .cte("offered")
        )
        i = inner.c
        per_cell = select(
            literal("c").label("part"),
            i.wijk_code,
            i.family,
            func.count(distinct(i.hid)).label("families"),
            func.sum(i.free).label("free"),
        ).group_by(i.wijk_code, i.family)
        per_wijk = select(
            literal("w").label("part"),
            i.wijk_code,
            null().cast(String).label("family"),
            func.count(distinct(i.hid)).label("families"),
            func.sum(i.free).label("free"),
        ).group_by(i.wijk_code)
        overall = select(
            literal("t").label("part"),
            null().cast(String).label("wijk_code"),
            null().cast(String).label("family"),
            func.count(distinct(i.hid)).label("families"),
            func.sum(i.free).label("free"),
        )
        for part, wijk_code, family, families, free in conn.execute(
            union_all(per_cell, per_wijk, overall)
        ):
            if part == "c":
                self.offer_cells[(wijk_code, CareFamily(family))] = (int(families), int(free or 0))
            elif part == "w":
                self.families_per_wijk[wijk_code] = int(families)
            else:
                self.families_total = int(families or 0)

    def children(self, conn: Connection) -> None:
        """Waiting children per wijk and care form, by the day they started waiting."""
        c = _t(m.Child)
        where: list[ColumnElement[bool]] = [c.c.status.in_(_values(WAITING))]
        if self.filt.provider is not None:
            where.append(c.c.placing_provider == self.filt.provider)
        if self.filt.wijk_code is not None:
            where.append(c.c.wijk_code == self.filt.wijk_code)
        rows = conn.execute(
            select(c.c.wijk_code, c.c.care_form, c.c.waiting_since, func.count())
            .where(*where)
            .group_by(c.c.wijk_code, c.c.care_form, c.c.waiting_since)
        )
        for wijk_code, care_form, since, n in rows:
            days = (self.today - since).days if since is not None else -1
            histogram = self.waiting.setdefault((wijk_code, CareForm(care_form).family), {})
            histogram[days] = histogram.get(days, 0) + int(n)

    # ------------------------------------------------------------------ follow-up

    def follow_up(self, conn: Connection) -> None:
        """Overdue actions and screenings running out, as of today."""
        r = _t(m.InfoRequest)
        h = _t(m.Household)
        a = _t(m.Adult)
        sc = _t(m.ScreeningCheck)
        today = self.today
        horizon = today + timedelta(days=SCREENING_HORIZON_DAYS)
        request_where: list[ColumnElement[bool]] = [
            r.c.status.in_(_values(OPEN_REQUEST)),
            r.c.follow_up_on < today,
        ]
        if self.filt.provider is not None:
            request_where.append(r.c.provider == self.filt.provider)
        if self.filt.wijk_code is not None:
            request_where.append(r.c.wijk_code == self.filt.wijk_code)
        # All due requests minus the merged ones: the first count is answered from the
        # (status, follow_up_on) index alone, the second from the few merged requests.
        overdue_requests = select(
            literal("overdue_requests").label("key"), func.count().label("n")
        ).where(*request_where)
        overdue_merged = select(
            literal("overdue_merged").label("key"), func.count().label("n")
        ).where(
            *request_where,
            r.c.id.in_(select(r.c.id).where(r.c.merged_into_id.is_not(None)).scalar_subquery()),
        )
        overdue_households = select(
            literal("overdue_households").label("key"), func.count().label("n")
        ).where(
            h.c.next_action_on < today,
            h.c.stage != PipelineStage.GESTOPT,
            *self._household_filter(h),
        )
        # A check counts when it is the adult's latest of its kind: a renewed VGB
        # replaces the old one.
        later = sc.alias("later")
        renewed = exists().where(
            later.c.adult_id == sc.c.adult_id,
            later.c.kind == sc.c.kind,
            later.c.expires_on > sc.c.expires_on,
        )
        expiring = (
            select(sc.c.kind.cast(String).label("key"), func.count().label("n"))
            .select_from(sc.join(a, a.c.id == sc.c.adult_id).join(h, h.c.id == a.c.household_id))
            .where(
                sc.c.expires_on >= today,
                sc.c.expires_on <= horizon,
                ~renewed,
                h.c.stage != PipelineStage.GESTOPT,
                *self._household_filter(h),
            )
            .group_by(sc.c.kind)
        )
        expired = (
            select(literal("expired_available").label("key"), func.count().label("n"))
            .select_from(sc.join(a, a.c.id == sc.c.adult_id).join(h, h.c.id == a.c.household_id))
            .where(
                h.c.stage == PipelineStage.BESCHIKBAAR,
                sc.c.expires_on < today,
                ~renewed,
                *self._household_filter(h),
            )
        )
        for key, n in conn.execute(
            union_all(overdue_requests, overdue_merged, overdue_households, expiring, expired)
        ):
            self.health[str(key)] = int(n)
        self.health["overdue_requests"] = self.health.get("overdue_requests", 0) - self.health.pop(
            "overdue_merged", 0
        )

    # ------------------------------------------------------------------ result

    def result(self, seconds: float) -> Overview:
        reached = [0] * len(FUNNEL_STEPS)
        for counts in self.keyed.values():
            for k, n in enumerate(counts):
                reached[k] += n
        funnel = build_funnel(reached, self.durations, self.dropouts)
        names = _wijk_names()
        channels = build_channels(
            {key: tuple(v) for key, v in self.keyed.items()}, self.event_info, names
        )
        months = tuple(
            MonthPoint(
                start,
                tuple(self.per_month.get(i, [0] * len(FUNNEL_STEPS))),
            )
            for i, start in enumerate(self.months)
        )
        supply = build_supply_demand(
            self.offer_cells,
            self.families_per_wijk,
            self.families_total,
            self.waiting,
            names,
        )
        a = self.answers
        health = FollowUpHealth(
            norm_working_days=self.norm,
            requests=reached[FunnelStep.AANVRAAG],
            answered_on_time=a.get("on_time", 0),
            answered_late=a.get("late", 0),
            unanswered_late=a.get("open_late", 0),
            unanswered_pending=a.get("open_pending", 0),
            overdue_requests=self.health.get("overdue_requests", 0),
            overdue_households=self.health.get("overdue_households", 0),
            vgb_expiring=self.health.get(_v(ScreeningKind.VGB), 0),
            vog_expiring=self.health.get(_v(ScreeningKind.VOG), 0),
            expired_available=self.health.get("expired_available", 0),
        )
        return Overview(
            filter=self.filt,
            computed_at=self.now,
            funnel=funnel,
            channels=channels,
            months=months,
            supply_demand=supply,
            health=health,
            seconds=seconds,
            wijken=tuple(names),
        )


def record_output(
    db: Database,
    overview: Overview,
    action: AuditAction,
    what: str,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    """Add an audit line for a printed report or an export of the overview."""
    with db.transaction() as session:
        audit(
            session,
            action,
            "overview",
            None,
            f"{what}: {overview.filter.describe()}",
            username=username,
            user_id=user_id,
        )
