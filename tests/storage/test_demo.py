"""Demo data: reproducible, plausible, and consistent on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from utregs_plekkie.core.enums import (
    AuditAction,
    ChildStatus,
    PipelineStage,
    PlacementStatus,
    RequestStatus,
    Role,
    Source,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo
from utregs_plekkie.storage.unit_of_work import add_audit_line

SIZE = DemoSize(requests=1500, households=300, children=250, seed=7)


@pytest.fixture
def demo_db(migrated_db_url: str):
    db = open_database(migrated_db_url)
    build_demo(db, SIZE)
    yield db
    db.dispose()


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_demo_fills_every_part_of_the_pipeline(demo_db) -> None:
    with demo_db.session() as s:
        assert _count(s, m.InfoRequest) == 1500
        assert _count(s, m.Household) == 300
        assert _count(s, m.Child) == 250
        statuses = Counter(s.scalars(select(m.InfoRequest.status)))
        assert set(statuses) == set(RequestStatus)
        assert statuses[RequestStatus.PAKKET_VERSTUURD] > statuses[RequestStatus.AANGEMELD]
        stages = Counter(s.scalars(select(m.Household.stage)))
        assert PipelineStage.BESCHIKBAAR in stages and PipelineStage.GESTOPT in stages
        sources = set(s.scalars(select(m.InfoRequest.source)))
        assert {Source.WEBSITE, Source.POPUP} <= sources
        forms = {o.care_form.family for o in s.scalars(select(m.AvailabilityOffer))}
        assert {f.value for f in forms} == {"voltijd", "deeltijd", "steunouder"}
        groups = s.scalars(
            select(m.Child.sibling_group_id).where(m.Child.sibling_group_id.is_not(None))
        ).all()
        assert len(groups) > len(set(groups)) > 0  # some sibling groups of 2 or more


def test_every_status_change_is_dated_in_order(demo_db) -> None:
    with demo_db.session() as s:
        request = s.scalars(
            select(m.InfoRequest).where(m.InfoRequest.status == RequestStatus.AANGEMELD).limit(1)
        ).one()
        steps = request.status_changes
        assert steps[0].to_status == RequestStatus.NIEUW
        assert steps[-1].to_status == RequestStatus.AANGEMELD
        assert all(a.at <= b.at for a, b in pairwise(steps))
        assert request.household_id is not None  # registered requests became households


def test_postcodes_are_real_and_routed(demo_db) -> None:
    geo = GeoIndex.default()
    with demo_db.session() as s:
        rows = s.execute(
            select(
                m.InfoRequest.postcode,
                m.InfoRequest.pc4,
                m.InfoRequest.wijk_code,
                m.InfoRequest.provider,
            )
        ).all()
    for postcode, pc4, wijk, provider in rows:
        assert postcode.startswith(pc4) and postcode[5:] not in ("SA", "SD", "SS")
        place = geo.lookup(pc4)
        assert place is not None and place.wijk_code == wijk and place.provider == provider


def test_placements_respect_capacity(demo_db) -> None:
    with demo_db.session() as s:
        used = Counter(
            s.scalars(
                select(m.Placement.offer_id).where(m.Placement.status == PlacementStatus.ACTIEF)
            )
        )
        for offer_id, n in used.items():
            offer = s.get(m.AvailabilityOffer, offer_id)
            assert offer is not None and n <= offer.capacity
        placed = _count(s, m.Placement)
        assert placed == s.scalar(
            select(func.count()).select_from(m.Child).where(m.Child.status == ChildStatus.GEPLAATST)
        )


def test_new_rows_get_fresh_ids_after_the_demo(demo_db) -> None:
    with demo_db.transaction() as s:
        request = m.InfoRequest(first_name="Nieuw", last_name="Na demo", source=Source.ANDERS)
        s.add(request)
        s.flush()
        assert request.id == 1501


def test_same_seed_same_data(sqlite_url, tmp_path) -> None:
    def snapshot(url: str):
        db = open_database(url)
        build_demo(db, DemoSize(requests=200, households=40, children=30, seed=11))
        with db.session() as s:
            rows = s.execute(
                select(
                    m.InfoRequest.name_key, m.InfoRequest.postcode, m.InfoRequest.status
                ).order_by(m.InfoRequest.id)
            ).all()
        db.dispose()
        return rows

    assert snapshot(sqlite_url) == snapshot("sqlite:///" + str(tmp_path / "other.sqlite"))


def test_demo_refuses_a_database_with_data(demo_db) -> None:
    with pytest.raises(UserError, match="--replace"):
        build_demo(demo_db, DemoSize(requests=5, households=1, children=1))
    build_demo(demo_db, DemoSize(requests=5, households=1, children=1), replace=True)
    with demo_db.session() as s:
        assert _count(s, m.InfoRequest) == 5


def test_demo_never_replaces_a_database_people_worked_in(demo_db) -> None:
    werver = Actor(user_id=None, username="werver", role=Role.WERVER)
    with demo_db.transaction() as s:
        add_audit_line(s, werver, AuditAction.VIEW, "info_requests", 1)
    with pytest.raises(UserError, match="audittrail"):
        build_demo(demo_db, DemoSize(requests=5, households=1, children=1), replace=True)
    with demo_db.session() as s:
        assert _count(s, m.InfoRequest) == SIZE.requests
