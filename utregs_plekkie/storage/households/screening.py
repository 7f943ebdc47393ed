"""What the screening rules of ``core.pipeline`` need of families: one loaded family,
or many at once for the "vandaag" list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    any_,
    bindparam,
    select,
)
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    PipelineStage,
    PlacementStatus,
)
from utregs_plekkie.core.pipeline import (
    AdultRecord,
    CheckRecord,
    HouseholdScreening,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.households._common import (
    _chunks,
)

# --------------------------------------------------------------------------- screening


def _placement_state(session: Session, household_id: int, on: date) -> tuple[bool, date | None]:
    """(has an active placement on ``on``, the last day a placement ended)."""
    rows = session.execute(
        select(m.Placement.status, m.Placement.starts_on, m.Placement.ends_on).where(
            m.Placement.household_id == household_id
        )
    ).all()
    return _placement_facts(rows, on)


def _placement_facts(rows: Iterable[Any], on: date) -> tuple[bool, date | None]:
    active = False
    ended: date | None = None
    for status, starts_on, ends_on in rows:
        if (
            status == PlacementStatus.ACTIEF
            and starts_on <= on
            and (ends_on is None or ends_on >= on)
        ):
            active = True
        elif ends_on is not None and ends_on < on and (ended is None or ends_on > ended):
            ended = ends_on
    return active, ended


def _snapshot_of(
    household: m.Household, has_active_placement: bool, last_ended: date | None
) -> HouseholdScreening:
    ended = household.last_placement_ended_on
    if last_ended is not None and (ended is None or last_ended > ended):
        ended = last_ended
    return HouseholdScreening(
        route=household.route,
        provider=household.provider,
        adults=tuple(
            AdultRecord(
                name=a.full_name,
                moved_in_on=a.moved_in_on,
                adult_id=a.id,
                checks=tuple(
                    CheckRecord(
                        kind=c.kind,
                        requested_on=c.requested_on,
                        issued_on=c.issued_on,
                        expires_on=c.expires_on,
                        provider=c.provider,
                        check_id=c.id,
                    )
                    for c in a.checks
                ),
            )
            for a in household.adults
        ),
        has_active_placement=has_active_placement,
        last_placement_ended_on=ended,
    )


def screening_snapshot(
    session: Session, household: m.Household, on: date | None = None
) -> HouseholdScreening:
    """What the screening rules need of a loaded family (adults, checks, placements)."""
    return _snapshot_of(household, *_placement_state(session, household.id, on or clock.today()))


def _bulk_snapshots(
    conn: Connection, household_ids: Sequence[int], on: date
) -> dict[int, tuple[str, PipelineStage, HouseholdScreening]]:
    """Name, stage and screening snapshot of many families, in four queries per chunk
    of ids (the "vandaag" list)."""
    result: dict[int, tuple[str, PipelineStage, HouseholdScreening]] = {}
    h, a, c, p = m.Household, m.Adult, m.ScreeningCheck, m.Placement
    ids = sorted(set(household_ids))
    postgres = conn.dialect.name == "postgresql"
    # PostgreSQL takes all ids as one array parameter (thousands of separate parameters
    # cost more to send than the query takes); SQLite gets them in chunks.
    for chunk in [ids] if postgres else _chunks(ids):

        def among(column: Any, chunk: Sequence[int] = chunk) -> ColumnElement[bool]:
            condition: ColumnElement[bool] = (
                column == any_(bindparam("ids", list(chunk), type_=ARRAY(Integer)))
                if postgres
                else column.in_(chunk)
            )
            return condition

        heads = conn.execute(
            select(h.id, h.name, h.stage, h.route, h.provider, h.last_placement_ended_on).where(
                among(h.id)
            )
        ).all()
        adults: dict[int, list[Any]] = {}
        for row in conn.execute(
            select(a.id, a.household_id, a.first_name, a.name_prefix, a.last_name, a.moved_in_on)
            .where(among(a.household_id))
            .order_by(a.id)
        ):
            adults.setdefault(row.household_id, []).append(row)
        checks: dict[int, list[CheckRecord]] = {}
        for crow in conn.execute(
            select(c.id, c.adult_id, c.kind, c.requested_on, c.issued_on, c.expires_on, c.provider)
            .join(a, a.id == c.adult_id)
            .where(among(a.household_id))
            .order_by(c.id)
        ):
            checks.setdefault(crow.adult_id, []).append(
                CheckRecord(
                    kind=crow.kind,
                    requested_on=crow.requested_on,
                    issued_on=crow.issued_on,
                    expires_on=crow.expires_on,
                    provider=crow.provider,
                    check_id=crow.id,
                )
            )
        placements: dict[int, list[Any]] = {}
        for prow in conn.execute(
            select(p.household_id, p.status, p.starts_on, p.ends_on).where(among(p.household_id))
        ):
            placements.setdefault(prow.household_id, []).append(
                (prow.status, prow.starts_on, prow.ends_on)
            )
        for hid, name, stage, route, provider, last_ended in heads:
            active, ended = _placement_facts(placements.get(hid, []), on)
            if last_ended is not None and (ended is None or last_ended > ended):
                ended = last_ended
            result[hid] = (
                name,
                stage,
                HouseholdScreening(
                    route=route,
                    provider=provider,
                    adults=tuple(
                        AdultRecord(
                            name=" ".join(
                                x for x in (r.first_name, r.name_prefix, r.last_name) if x
                            ),
                            moved_in_on=r.moved_in_on,
                            adult_id=r.id,
                            checks=tuple(checks.get(r.id, [])),
                        )
                        for r in adults.get(hid, [])
                    ),
                    has_active_placement=active,
                    last_placement_ended_on=ended,
                ),
            )
    return result
