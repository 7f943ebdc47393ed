"""Statement 7 of the overview: overdue actions and screenings running out."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    exists,
    func,
    literal,
    select,
    union_all,
)

from utregs_plekkie.core.enums import (
    PipelineStage,
)
from utregs_plekkie.core.overview import (
    SCREENING_HORIZON_DAYS,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.overview.sql import OPEN_REQUEST, table_of, values_of
from utregs_plekkie.storage.overview.state import OverviewState


class HealthQueries(OverviewState):
    """Statement 7: overdue actions and screenings running out."""

    # ------------------------------------------------------------------ follow-up

    def follow_up(self, conn: Connection) -> None:
        """Overdue actions and screenings running out, as of today."""
        r = table_of(m.InfoRequest)
        h = table_of(m.Household)
        a = table_of(m.Adult)
        sc = table_of(m.ScreeningCheck)
        today = self.today
        horizon = today + timedelta(days=SCREENING_HORIZON_DAYS)
        request_where: list[ColumnElement[bool]] = [
            r.c.status.in_(values_of(OPEN_REQUEST)),
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
