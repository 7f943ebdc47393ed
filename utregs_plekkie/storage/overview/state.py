"""What the queries of one overview share: the filter, its bounds and the results."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Table,
    case,
    func,
    null,
    select,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    CareFamily,
    RequestStatus,
)
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    EventInfo,
    OverviewFilter,
    month_bounds_utc,
    month_starts,
    period_bounds,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.overview.sql import SqlDialect, table_of, values_of


class OverviewState:
    """What the queries of one overview share: the filter, the bounds and the results."""

    def __init__(self, db: Database, filt: OverviewFilter, norm_working_days: int) -> None:
        self.sql = SqlDialect(db.dialect)
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
        s = table_of(m.RequestStatusChange)
        from_history = (
            select(func.min(s.c.at))
            .where(
                s.c.request_id == r.c.id,
                s.c.to_status.in_(
                    values_of((RequestStatus.PAKKET_VERSTUURD, RequestStatus.GEBELD))
                ),
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
