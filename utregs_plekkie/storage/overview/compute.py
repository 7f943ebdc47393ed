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
from collections.abc import Callable
from datetime import date

from sqlalchemy import (
    Connection,
)

from utregs_plekkie.core.enums import (
    AuditAction,
    Provider,
    ScreeningKind,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
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
)
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.overview.cohort import CohortQueries
from utregs_plekkie.storage.overview.health import HealthQueries
from utregs_plekkie.storage.overview.sql import Progress, check_wijk, value_of, wijk_names
from utregs_plekkie.storage.overview.supply import SupplyQueries
from utregs_plekkie.storage.unit_of_work import unit_of_work


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
    wijk_code = check_wijk(wijk)
    started = time.perf_counter()
    names = wijk_names()
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


class _Computer(CohortQueries, SupplyQueries, HealthQueries):
    """The queries of one overview and what they returned."""

    # ------------------------------------------------------------------ result

    def result(self, seconds: float) -> Overview:
        reached = [0] * len(FUNNEL_STEPS)
        for counts in self.keyed.values():
            for k, n in enumerate(counts):
                reached[k] += n
        funnel = build_funnel(reached, self.durations, self.dropouts)
        names = wijk_names()
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
            vgb_expiring=self.health.get(value_of(ScreeningKind.VGB), 0),
            vog_expiring=self.health.get(value_of(ScreeningKind.VOG), 0),
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
    actor: Actor,
) -> None:
    """Add an audit line for a printed report or an export of the overview."""
    with unit_of_work(db, actor, Permission.OVERVIEW, kind=_("overzicht")) as uow:
        uow.audit(action, "overview", f"{what}: {overview.filter.describe()}")
