"""Read side: the "vandaag" list, what is due or overdue today across all families."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    exists,
    or_,
    select,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    HouseholdRoute,
    PipelineStage,
    ScreeningKind,
)
from utregs_plekkie.core.pipeline import (
    PipelineConfig,
    TodayItem,
    action_today_item,
    is_after_screening,
    latest_entry_exceeding_norm,
    norm_today_item,
    screening_today_items,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _local_date,
    _start_of_local_day,
)
from utregs_plekkie.storage.households.screening import (
    _bulk_snapshots,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)

# --------------------------------------------------------------------------- vandaag


def _screening_candidates(conn: Connection, config: PipelineConfig, on: date) -> list[int]:
    """The ids of families that may have a screening line today: a superset, decided
    in Python by the rules of ``core.pipeline`` (so the rules live in one place)."""
    h, a, c = m.Household, m.Adult, m.ScreeningCheck
    horizon = on + timedelta(days=max(config.reminder_days))
    shortest_validity = min(config.validity_days.values(), default=730)
    live = h.stage != PipelineStage.GESTOPT
    a2 = m.Adult.__table__.alias("a2")

    def with_check(*where: ColumnElement[bool]) -> Any:
        # Stopped families come along here and are dropped by the rules (they get no
        # lines), which spares the join with households.
        return (
            select(a.household_id)
            .join(c, c.adult_id == a.id)
            .where(c.issued_on.is_not(None), *where)
        )

    # One simple query per rule (each can use its index) rather than one query with an
    # OR of them all, which the databases can only answer by reading every check.
    queries = [
        # expires within the reminder horizon, or has expired (index on expires_on)
        with_check(c.expires_on <= horizon),
        # no expiry date: the default validity runs out
        with_check(
            c.expires_on.is_(None), c.issued_on <= horizon - timedelta(days=shortest_validity)
        ),
        # a VGB two years old: renewal without a placement
        with_check(
            c.kind == ScreeningKind.VGB,
            c.issued_on <= horizon - timedelta(days=config.renewal_days_without_placement),
        ),
        # issued for another provider than the family's
        select(h.id)
        .join(a, a.household_id == h.id)
        .join(c, c.adult_id == a.id)
        .where(live, c.provider.is_not(None), h.provider.is_not(None), c.provider != h.provider),
        # someone moved in after the check was issued (few adults have a moving-in date)
        select(h.id)
        .join(a2, a2.c.household_id == h.id)
        .join(a, a.household_id == h.id)
        .join(c, c.adult_id == a.id)
        .where(live, a2.c.moved_in_on.is_not(None), a2.c.moved_in_on > c.issued_on),
    ]
    past_screening: list[ColumnElement[bool]] = []
    for route in HouseholdRoute:
        stages = [s for s in config.route(route) if is_after_screening(config, route, s)]
        if stages:
            past_screening.append(and_(h.route == route, h.stage.in_(stages)))
    missing = (
        select(h.id)
        .join(a, a.household_id == h.id)
        .where(
            or_(*past_screening),
            ~exists().where(c.adult_id == a.id, c.issued_on.is_not(None)),
        )
    )
    no_adults = select(h.id).where(or_(*past_screening), ~exists().where(a.household_id == h.id))
    ids: set[int] = set()
    for query in [*queries, missing, no_adults]:
        ids.update(conn.execute(query).scalars())
    return sorted(ids)


def today_list(
    db: Database,
    on: date | None = None,
    *,
    limit: int | None = None,
    kinds: Iterable[str] | None = None,
) -> list[TodayItem]:
    """What is due or overdue today across all families, most overdue first.

    Three kinds of line: next actions due today or earlier; stages whose norm is
    exceeded; screening (reminders 60 and 30 days before a check stops counting,
    expired checks, renewals, missing checks of a family past the VGB/VOG stage).
    Stopped families are left out. ``kinds`` limits the kinds (``TodayKind`` values).
    """
    config = load_pipeline_config(db)
    day = on or clock.today()
    wanted = {str(k) for k in kinds} if kinds is not None else {"actie", "norm", "screening"}
    h = m.Household
    items: list[TodayItem] = []
    with db.engine.connect() as conn:
        if "actie" in wanted:
            for r in conn.execute(
                select(h.id, h.name, h.stage, h.next_action, h.next_action_on).where(
                    h.next_action_on <= day, h.stage != PipelineStage.GESTOPT
                )
            ):
                items.append(
                    action_today_item(r.id, r.name, r.stage, r.next_action, r.next_action_on, day)
                )
        if "norm" in wanted:
            for stage in PipelineStage:
                cutoff = latest_entry_exceeding_norm(config, stage, day)
                if cutoff is None:
                    continue
                for nrow in conn.execute(
                    select(h.id, h.name, h.stage_since).where(
                        h.stage == stage,
                        h.stage_since < _start_of_local_day(cutoff + timedelta(days=1)),
                    )
                ):
                    item = norm_today_item(
                        config, nrow.id, nrow.name, stage, _local_date(nrow.stage_since), day
                    )
                    if item is not None:
                        items.append(item)
        if "screening" in wanted:
            candidates = _screening_candidates(conn, config, day)
            for hid, (name, stage, snapshot) in _bulk_snapshots(conn, candidates, day).items():
                items.extend(screening_today_items(snapshot, hid, name, stage, day, config))
    items.sort(key=lambda item: item.sort_key)
    return items[:limit] if limit is not None else items
