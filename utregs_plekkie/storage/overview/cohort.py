"""Statements 1-4 of the overview: the period's requests, followed through the funnel."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    String,
    and_,
    case,
    column,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
    values,
)

from utregs_plekkie.core.enums import (
    EventKind,
    PipelineStage,
    RequestStatus,
)
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    EventInfo,
    FunnelStep,
    deadline_ranges,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.overview.sql import (
    AFTER_PACK,
    DROPPED,
    REGISTERED_STAGES,
    SCREENED_STAGES,
    FirstMoments,
    bucket_index,
    int_literal,
    table_of,
    value_of,
    values_of,
)
from utregs_plekkie.storage.overview.state import OverviewState
from utregs_plekkie.storage.types import UtcDateTime


class CohortQueries(OverviewState):
    """Statements 1-4: the period's requests, followed through the funnel."""

    # ------------------------------------------------------------------ the cohort

    def cohort_counts(self, conn: Connection) -> None:
        """Every request of the period, counted per source, event, wijk and month, with
        whether its pack was sent (by its own columns)."""
        r = table_of(m.InfoRequest)
        inner = (
            select(
                r.c.source.cast(String).label("source"),
                r.c.event_id,
                r.c.wijk_code,
                bucket_index(r.c.received_at, self.month_bounds).label("month"),
                case(
                    (or_(r.c.pack_sent_at.is_not(None), r.c.status.in_(values_of(AFTER_PACK))), 1),
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
        r = table_of(m.InfoRequest)
        history = FirstMoments(self.sql, self.start)
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
        r = table_of(m.InfoRequest)
        h = table_of(m.Household)
        hsc = table_of(m.HouseholdStageChange)
        p = table_of(m.Placement)
        er = table_of(m.EventRegistration)
        e = table_of(m.Event)
        history = FirstMoments(sql, self.start)

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
                func.min(case((hsc.c.to_stage.in_(values_of(REGISTERED_STAGES)), hsc.c.at))).label(
                    "t3"
                ),
                func.min(case((hsc.c.to_stage.in_(values_of(SCREENED_STAGES)), hsc.c.at))).label(
                    "t4"
                ),
                func.min(case((hsc.c.to_stage == PipelineStage.BESCHIKBAAR, hsc.c.at))).label("t5"),
            )
            .where(
                hsc.c.to_stage.in_(values_of((*REGISTERED_STAGES, *SCREENED_STAGES))),
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
                bucket_index(r.c.received_at, self.month_bounds).label("month"),
                case(
                    (or_(r.c.pack_sent_at.is_not(None), r.c.status.in_(values_of(AFTER_PACK))), 1),
                    else_=0,
                ).label("a1"),
                r.c.status.cast(String).label("status"),
                # Read only where needed: SQLite then skips the table row for the rest.
                case((r.c.status.in_(values_of(DROPPED)), r.c.dropout_reason), else_=null()).label(
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
                        values_of(
                            (RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD, *DROPPED)
                        )
                    ),
                    r.c.id.in_(attended_ids),
                ),
            )
            # Not merged into the next level: every look-up runs once per row.
            .offset(0)
            .subquery()
        )
        c = looked_up.c
        dropped_request = c.status.in_(values_of(DROPPED))
        top = case(
            (c.t6.is_not(None), int_literal(6)),
            (c.t5.is_not(None), int_literal(5)),
            (c.t4.is_not(None), int_literal(4)),
            (
                or_(
                    c.t3.is_not(None),
                    c.status == value_of(RequestStatus.AANGEMELD),
                    and_(dropped_request, c.h3.is_not(None)),
                ),
                int_literal(3),
            ),
            (
                or_(
                    c.status.in_(
                        values_of((RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD))
                    ),
                    c.r2.is_not(None),
                    and_(dropped_request, c.h2.is_not(None)),
                ),
                int_literal(2),
            ),
            (or_(c.a1 == 1, c.t1.is_not(None)), int_literal(1)),
            else_=int_literal(0),
        )
        dropped = or_(
            c.hstage == value_of(PipelineStage.GESTOPT),
            and_(c.hid.is_(None), dropped_request),
        )
        reason = case(
            (c.hstage == value_of(PipelineStage.GESTOPT), func.coalesce(c.hreason, "")),
            (c.status == value_of(RequestStatus.NIET_NU), func.coalesce(c.reason, "niet_nu")),
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
            select(int_literal(k).label("k"), g[f"d{k}"].label("d")).where(
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
        e = table_of(m.Event)
        for event_id, name, kind, starts_at in conn.execute(
            select(e.c.id, e.c.name, e.c.kind, e.c.starts_at).where(e.c.id.in_(ids))
        ):
            self.event_info[int(event_id)] = EventInfo(
                int(event_id), name, value_of(kind), starts_at
            )
