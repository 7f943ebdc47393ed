"""Matching in the database (SQLite and PostgreSQL): ranking, the proposal lifecycle,
capacity, the plan, weights, the shortlist, and the command line's JSON shapes."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from utregs_plekkie.cli import run
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    DayPart,
    HouseholdRoute,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    Role,
    ScreeningKind,
    WeekendPattern,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.matching import Exclusion, Limit, MatchWeights
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database, open_database

TODAY = date(2026, 3, 2)
SAT = Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
WED = Schedule.from_cells([(2, DayPart.MIDDAG)])
MATCHER = Actor(user_id=None, username="matcher", role=Role.MATCHER)
MATCHER1 = Actor(user_id=None, username="matcher1", role=Role.MATCHER)
SHORTLISTER = Actor(user_id=None, username="m", role=Role.MATCHER)
BEHEERDER = Actor(user_id=None, username="beheer", role=Role.BEHEERDER)


@pytest.fixture(autouse=True)
def _fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ))
    yield
    clock.set_clock(None)


@dataclass
class World:
    db: Database
    near: int  # households
    second: int
    expired: int
    support: int
    training: int
    near_offer: int
    second_offer: int
    support_offer: int


def _household(
    s: object,
    name: str,
    pc4: str,
    wijk: str | None,
    *,
    stage: PipelineStage = PipelineStage.BESCHIKBAAR,
    route: HouseholdRoute = HouseholdRoute.PLEEGOUDER,
    issued: date = date(2025, 6, 1),
    offers: list[m.AvailabilityOffer] | None = None,
) -> m.Household:
    household = m.Household(
        name=name,
        route=route,
        pc4=pc4,
        postcode=f"{pc4} AB",
        wijk_code=wijk,
        stage=stage,
        languages=["nl"],
        available_since=date(2025, 9, 1),
    )
    kind = ScreeningKind.VOG if route == HouseholdRoute.STEUNOUDER else ScreeningKind.VGB
    adult = m.Adult(first_name="Sam", last_name=name.split()[-1])
    adult.checks = [m.ScreeningCheck(kind=kind, requested_on=issued, issued_on=issued)]
    household.adults = [adult]
    household.offers = offers or []
    s.add(household)  # type: ignore[attr-defined]
    return household


def _full_time(capacity: int = 1, **extra: object) -> m.AvailabilityOffer:
    return m.AvailabilityOffer(
        care_form=CareForm.VOLTIJD_LANG,
        schedule=Schedule.full(),
        weekend_pattern=WeekendPattern.ELK,
        holidays=True,
        capacity=capacity,
        age_min=0,
        age_max=18,
        **extra,
    )


@pytest.fixture
def world(migrated_db_url: str) -> Iterator[World]:
    db = open_database(migrated_db_url)
    try:
        with db.transaction() as s:
            near = _household(s, "Familie Dichtbij", "3512", "WK034406", offers=[_full_time()])
            second = _household(
                s,
                "Familie Tweede",
                "3581",
                "WK034405",
                offers=[_full_time(capacity=2, siblings_accepted=True)],
            )
            expired = _household(
                s,
                "Familie Verlopen",
                "3511",
                "WK034406",
                issued=date(2023, 1, 1),
                offers=[_full_time()],
            )
            support = _household(
                s,
                "Familie Steun",
                "3513",
                "WK034402",
                route=HouseholdRoute.STEUNOUDER,
                offers=[
                    m.AvailabilityOffer(
                        care_form=CareForm.STEUNOUDER,
                        schedule=SAT.union(WED),
                        capacity=2,
                        age_min=4,
                        age_max=12,
                    )
                ],
            )
            training = _household(s, "Familie Later", "3511", None, stage=PipelineStage.TRAINING)
            group = m.SiblingGroup(code="SG-1")
            s.add_all(
                [
                    m.Child(
                        code="K-1",
                        birth_month=date(2018, 5, 1),
                        care_form=CareForm.VOLTIJD_LANG,
                        home_pc4="3511",
                        school_pc4="3512",
                        wijk_code="WK034406",
                        schedule_needed=Schedule.full(),
                        languages=["nl"],
                        waiting_since=date(2026, 1, 1),
                    ),
                    m.Child(
                        code="K-2",
                        birth_month=date(2017, 1, 1),
                        care_form=CareForm.VOLTIJD_LANG,
                        home_pc4="3584",
                        school_pc4="3584",
                        schedule_needed=Schedule.full(),
                        sibling_group=group,
                    ),
                    m.Child(
                        code="K-3",
                        birth_month=date(2019, 8, 1),
                        care_form=CareForm.VOLTIJD_LANG,
                        home_pc4="3584",
                        school_pc4="3584",
                        schedule_needed=Schedule.full(),
                        sibling_group=group,
                    ),
                    m.Child(
                        code="K-4",
                        birth_month=date(2016, 2, 1),
                        care_form=CareForm.STEUNOUDER,
                        home_pc4="3513",
                        school_pc4="3513",
                        schedule_needed=SAT,
                    ),
                ]
            )
            s.flush()
            ids = (near.id, second.id, expired.id, support.id, training.id)
            offer_ids = (near.offers[0].id, second.offers[0].id, support.offers[0].id)
        yield World(db, *ids, *offer_ids)
    finally:
        db.dispose()


def _count(db: Database, model: type[m.Base]) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _child_status(db: Database, code: str) -> ChildStatus:
    with db.session() as s:
        status = s.scalar(select(m.Child.status).where(m.Child.code == code))
        assert status is not None
        return status


# --------------------------------------------------------------------------- ranking


def test_rank_from_the_database(world: World) -> None:
    ranking = sm.rank_for_child(world.db, "K-1", actor=MATCHER)
    assert [c.household_id for c in ranking.candidates] == [world.near, world.second]
    best = ranking.candidates[0]
    assert best.offer_id == world.near_offer and best.free_capacity == 1
    assert best.distance_km == {"home": 0.5, "school": 0.0}
    assert best.explanation[0] == "0,0 km van school, 1 minuut fietsen"
    expired = ranking.why(world.expired)
    assert isinstance(expired, Exclusion) and expired.limits == Limit.SCREENING
    assert "verlopen" in expired.reasons[0]
    training = ranking.why(world.training)
    assert isinstance(training, Exclusion)
    assert training.limits == Limit.NO_OFFER | Limit.NOT_AVAILABLE
    support = ranking.why(world.support)
    assert isinstance(support, Exclusion) and Limit.CARE_FORM in support.limits
    with world.db.session() as s:
        views = s.scalars(
            select(m.AuditEntry).where(
                m.AuditEntry.action == AuditAction.VIEW, m.AuditEntry.entity == "children"
            )
        ).all()
    assert len(views) == 1 and views[0].detail == "matching bekeken"


def test_siblings_are_ranked_together(world: World) -> None:
    ranking = sm.rank_for_child(world.db, "K-2", record_view=False, actor=MATCHER)
    assert [s.code for s in ranking.siblings] == ["K-3"]
    assert [c.household_id for c in ranking.candidates] == [world.second]
    near = ranking.why(world.near)
    assert isinstance(near, Exclusion)
    assert near.limits == Limit.CAPACITY | Limit.SIBLINGS
    assert "te weinig plek voor 2 broers en zussen samen (1 vrij)" in near.reasons


def test_unknown_child_code_is_a_dutch_error(world: World) -> None:
    with pytest.raises(NotFoundError, match="Er is geen kind met code 'K-404'"):
        sm.rank_for_child(world.db, "K-404", actor=MATCHER)


def test_children_for_household(world: World) -> None:
    fits = sm.children_for_household(world.db, world.second)
    assert {f.child for f in fits} == {"K-1", "K-2", "K-3"}
    assert {f.siblings for f in fits if f.child == "K-2"} == {("K-3",)}
    scores = [f.candidate.score for f in fits]
    assert scores == sorted(scores, reverse=True)
    assert [f.child for f in sm.children_for_household(world.db, world.support)] == ["K-4"]
    assert sm.children_for_household(world.db, world.training) == []
    with pytest.raises(NotFoundError):
        sm.children_for_household(world.db, 999_999)


# --------------------------------------------------------------------------- lifecycle


def test_propose_decline_and_the_pair_stays_excluded(world: World) -> None:
    (proposal,) = sm.propose(world.db, "K-1", world.near, actor=MATCHER1)
    assert proposal.status == ProposalStatus.VOORGESTELD
    assert proposal.offer_id == world.near_offer
    ranking = sm.rank_for_child(world.db, "K-1", record_view=False, actor=MATCHER)
    frozen = ranking.candidates[0]
    assert (proposal.score, proposal.components, proposal.explanation) == (
        frozen.score,
        frozen.components,
        frozen.explanation,
    )
    assert _child_status(world.db, "K-1") == ChildStatus.VOORGESTELD
    with pytest.raises(UserError, match="status 'voorgesteld'"):
        sm.propose(world.db, "K-1", world.second, actor=MATCHER)
    with pytest.raises(ValidationError, match="Geef een reden op"):
        sm.decline(world.db, proposal.id, proposal.version, "   ", actor=MATCHER)
    (declined,) = sm.decline(
        world.db,
        proposal.id,
        proposal.version,
        "Te weinig klik bij de kennismaking",
        actor=MATCHER,
    )
    assert declined.status == ProposalStatus.AFGEWEZEN
    assert declined.decline_reason == "Te weinig klik bij de kennismaking"
    assert _child_status(world.db, "K-1") == ChildStatus.WACHT
    # The frozen score stays as it was.
    assert sm.proposals_for_child(world.db, "K-1")[0].score == proposal.score
    ranking = sm.rank_for_child(world.db, "K-1", record_view=False, actor=MATCHER)
    gone = ranking.why(world.near)
    assert isinstance(gone, Exclusion) and gone.limits == Limit.DECLINED
    assert gone.reasons == ("eerder voorgesteld en afgewezen: Te weinig klik bij de kennismaking",)
    with pytest.raises(UserError, match="Dit gezin past niet bij kind K-1"):
        sm.propose(world.db, "K-1", world.near, actor=MATCHER)
    with world.db.session() as s:
        history = s.scalars(
            select(m.ProposalStatusChange)
            .where(m.ProposalStatusChange.proposal_id == proposal.id)
            .order_by(m.ProposalStatusChange.id)
        ).all()
        audit = s.scalars(
            select(m.AuditEntry.detail).where(
                m.AuditEntry.entity == "match_proposals", m.AuditEntry.entity_id == proposal.id
            )
        ).all()
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, ProposalStatus.VOORGESTELD),
        (ProposalStatus.VOORGESTELD, ProposalStatus.AFGEWEZEN),
    ]
    assert history[1].reason == "Te weinig klik bij de kennismaking"
    assert len(audit) == 2 and audit[1].startswith("status afgewezen")


def test_accept_place_uses_capacity_and_end_frees_it(world: World) -> None:
    (p,) = sm.propose(world.db, "K-1", world.near, actor=MATCHER)
    with pytest.raises(UserError, match="kan niet naar 'geplaatst'"):
        sm.place(world.db, p.id, p.version, TODAY, actor=MATCHER)
    (p,) = sm.start_kennismaking(world.db, p.id, p.version, note="eerste bezoek", actor=MATCHER)
    with pytest.raises(StaleRecordError):
        sm.accept(world.db, p.id, p.version - 1, actor=MATCHER)
    (p,) = sm.accept(world.db, p.id, p.version, actor=MATCHER)
    assert p.status == ProposalStatus.GEACCEPTEERD
    (p,) = sm.place(world.db, p.id, p.version, date(2026, 3, 9), actor=MATCHER)
    assert p.status == ProposalStatus.GEPLAATST and p.placement_id is not None
    assert _child_status(world.db, "K-1") == ChildStatus.GEPLAATST
    with world.db.session() as s:
        use = offer_usage(s, [world.near_offer], date(2026, 3, 10))[world.near_offer]
        placement = s.get(m.Placement, p.placement_id)
        assert placement is not None
        assert (placement.starts_on, placement.schedule) == (date(2026, 3, 9), Schedule.full())
    assert (use.used_places, use.free_places) == (1, 0)
    # The place is taken from the start date: another child sees it as full then.
    later = sm.rank_for_child(
        world.db, "K-4", on=date(2026, 3, 10), record_view=False, actor=MATCHER
    )
    full = later.why(world.near)
    assert isinstance(full, Exclusion) and Limit.CAPACITY in full.limits
    assert p.placement_version is not None
    with pytest.raises(ValidationError, match="Geef een reden op"):
        sm.end_placement(
            world.db, p.placement_id, p.placement_version, date(2026, 2, 28), "", actor=MATCHER
        )
    with pytest.raises(ValidationError, match="vóór de startdatum"):
        sm.end_placement(
            world.db, p.placement_id, p.placement_version, date(2026, 3, 1), "x", actor=MATCHER
        )
    ended = sm.end_placement(
        world.db,
        p.placement_id,
        p.placement_version,
        date(2026, 3, 31),
        "terug naar huis",
        actor=MATCHER,
    )
    assert ended is not None and ended.status == ProposalStatus.BEEINDIGD
    with world.db.session() as s:
        placement = s.get(m.Placement, p.placement_id)
        household = s.get(m.Household, world.near)
        assert placement is not None and household is not None
        assert placement.ends_on == date(2026, 3, 31)
        assert placement.end_reason == "terug naar huis"
        assert placement.status == PlacementStatus.ACTIEF  # through its last day
        assert household.last_placement_ended_on == date(2026, 3, 31)
        during = offer_usage(s, [world.near_offer], date(2026, 3, 31))[world.near_offer]
        after = offer_usage(s, [world.near_offer], date(2026, 4, 1))[world.near_offer]
    assert (during.free_places, after.free_places) == (0, 1)
    assert _child_status(world.db, "K-1") == ChildStatus.GESLOTEN
    with pytest.raises(UserError, match="al beëindigd"):
        sm.end_placement(
            world.db, p.placement_id, p.placement_version + 1, date(2026, 4, 2), "x", actor=MATCHER
        )


def test_a_sibling_group_moves_together_and_needs_room(world: World) -> None:
    proposals = sm.propose(world.db, "K-2", world.second, actor=MATCHER)
    assert [p.child for p in proposals] == ["K-2", "K-3"]
    assert {p.offer_id for p in proposals} == {world.second_offer}
    first = proposals[0]
    moved = sm.start_kennismaking(world.db, first.id, first.version, actor=MATCHER)
    assert {p.child for p in moved} == {"K-2", "K-3"}
    moved = sm.accept(world.db, moved[0].id, moved[0].version, actor=MATCHER)
    placed = sm.place(world.db, moved[0].id, moved[0].version, TODAY, actor=MATCHER)
    assert {p.status for p in placed} == {ProposalStatus.GEPLAATST}
    assert all(p.placement_id is not None for p in placed)
    with world.db.session() as s:
        use = offer_usage(s, [world.second_offer], TODAY)[world.second_offer]
    assert use.free_places == 0
    assert _child_status(world.db, "K-3") == ChildStatus.GEPLAATST


def test_place_is_refused_when_the_offer_is_full(world: World) -> None:
    (p,) = sm.propose(world.db, "K-1", world.near, actor=MATCHER)
    (p,) = sm.start_kennismaking(world.db, p.id, p.version, actor=MATCHER)
    (p,) = sm.accept(world.db, p.id, p.version, actor=MATCHER)
    with world.db.transaction() as s:
        other = m.Child(code="K-X", birth_month=date(2015, 1, 1), care_form=CareForm.VOLTIJD_LANG)
        s.add(other)
        s.flush()
        s.add(
            m.Placement(
                child_id=other.id,
                household_id=world.near,
                offer_id=world.near_offer,
                care_form=CareForm.VOLTIJD_LANG,
                schedule=Schedule.full(),
                starts_on=date(2026, 4, 1),
            )
        )
    with pytest.raises(UserError, match="op 01-04-2026 0 vrije plek"):
        sm.place(world.db, p.id, p.version, TODAY, actor=MATCHER)
    assert _count(world.db, m.Placement) == 1


def test_part_time_schedule_is_used_up(world: World) -> None:
    (p,) = sm.propose(world.db, "K-4", world.support, actor=MATCHER)
    (p,) = sm.start_kennismaking(world.db, p.id, p.version, actor=MATCHER)
    (p,) = sm.accept(world.db, p.id, p.version, actor=MATCHER)
    sm.place(world.db, p.id, p.version, TODAY, actor=MATCHER)
    with world.db.transaction() as s:
        s.add(
            m.Child(
                code="K-5",
                birth_month=date(2017, 2, 1),
                care_form=CareForm.STEUNOUDER,
                home_pc4="3513",
                schedule_needed=SAT,
            )
        )
    ranking = sm.rank_for_child(world.db, "K-5", record_view=False, actor=MATCHER)
    busy = ranking.why(world.support)
    assert isinstance(busy, Exclusion) and busy.limits == Limit.SCHEDULE
    assert busy.reasons == ("rooster past niet: za ochtend en middag is niet (meer) vrij",)


# --------------------------------------------------------------------------- plan


def test_plan_from_the_database_writes_nothing(world: World) -> None:
    before = (_count(world.db, m.MatchProposal), _count(world.db, m.AuditEntry))
    result = sm.plan(world.db)
    assert (_count(world.db, m.MatchProposal), _count(world.db, m.AuditEntry)) == before
    placed = {a.child: (a.household_id, a.offer_id) for a in result.assignments}
    assert placed["K-2"] == placed["K-3"] == (world.second, world.second_offer)
    assert placed["K-1"] == (world.near, world.near_offer)
    assert placed["K-4"] == (world.support, world.support_offer)
    assert result.unassigned == []
    assert result.total_score == round(sum(a.score for a in result.assignments), 4)
    ranking = sm.rank_for_child(world.db, "K-1", record_view=False, actor=MATCHER)
    assert placed["K-1"] == (ranking.candidates[0].household_id, ranking.candidates[0].offer_id)
    k1 = next(a for a in result.assignments if a.child == "K-1")
    assert k1.score == ranking.candidates[0].score


# --------------------------------------------------------------------------- weights, shortlist


def test_weights_are_stored_with_a_version(world: World) -> None:
    weights, version = sm.load_weights(world.db)
    assert weights == MatchWeights() and version is None
    heavy = MatchWeights(wachttijd=0.9)
    new_version = sm.save_weights(world.db, heavy, None, actor=BEHEERDER)
    assert sm.load_weights(world.db) == (heavy, new_version)
    with pytest.raises(StaleRecordError):
        sm.save_weights(world.db, MatchWeights(), None, actor=BEHEERDER)
    sm.save_weights(world.db, MatchWeights(wachttijd=0.5), new_version, actor=BEHEERDER)
    assert sm.load_weights(world.db)[0].wachttijd == 0.5
    # Ranking uses the stored weights.
    ranking = sm.rank_for_child(world.db, "K-1", record_view=False, actor=MATCHER)
    assert ranking.weights.wachttijd == 0.5


def test_shortlist(world: World) -> None:
    assert sm.shortlist(world.db, "K-1") == []
    sm.add_to_shortlist(world.db, "K-1", world.second, world.second_offer, actor=SHORTLISTER)
    entries = sm.add_to_shortlist(world.db, "K-1", world.near, actor=SHORTLISTER)
    sm.add_to_shortlist(world.db, "K-1", world.near, actor=SHORTLISTER)  # once only
    assert [e.household_id for e in entries] == [world.second, world.near]
    assert [e.household_id for e in sm.shortlist(world.db, "K-1")] == [world.second, world.near]
    assert sm.shortlist(world.db, "K-1")[0].added_on == TODAY
    left = sm.remove_from_shortlist(world.db, "K-1", world.second, actor=SHORTLISTER)
    assert [e.household_id for e in left] == [world.near]
    with pytest.raises(NotFoundError):
        sm.add_to_shortlist(world.db, "K-404", world.near, actor=MATCHER)


# --------------------------------------------------------------------------- command line


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(list(argv), out=out)
    return code, out.getvalue()


def test_cli_match_json_shape(world: World, db_url: str) -> None:
    code, text = _cli("match", "K-2", "--json", "--db", db_url)
    assert code == 0
    data = json.loads(text)
    assert list(data) == ["child", "siblings", "pc4", "candidates", "excluded"]
    assert data["child"] == "K-2" and data["siblings"] == ["K-3"]
    assert data["pc4"] == {"home": "3584", "school": "3584"}
    (candidate,) = data["candidates"]
    assert list(candidate) == [
        "household",
        "offer",
        "pc4",
        "score",
        "distance_km",
        "free_capacity",
        "components",
        "explanation",
    ]
    assert candidate["household"] == world.second and candidate["offer"] == world.second_offer
    assert candidate["pc4"] == "3581" and candidate["free_capacity"] == 2
    assert set(candidate["distance_km"]) == {"home", "school"}
    assert isinstance(candidate["score"], float) and 0 <= candidate["score"] <= 1
    assert all(isinstance(v, float) for v in candidate["components"].values())
    assert all(isinstance(line, str) for line in candidate["explanation"])
    excluded = {e["household"]: e["reasons"] for e in data["excluded"]}
    assert set(excluded) == {world.near, world.expired, world.support, world.training}
    assert all(list(e) == ["household", "reasons"] for e in data["excluded"])
    assert "geen aanbod opgegeven" in excluded[world.training]
    code, text = _cli("match", "K-1", "--top", "1", "--json", "--db", db_url)
    assert code == 0 and len(json.loads(text)["candidates"]) == 1


def test_cli_match_table_and_errors(
    world: World, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = _cli("match", "K-1", "--db", db_url)
    assert code == 0
    assert "Kind K-1: 7 jaar, voltijd: langdurend; thuis 3511, school 3512" in text
    assert "Familie Dichtbij" in text and "0,0 km van school, 1 minuut fietsen" in text
    assert "VGB/VOG ontbreekt of is verlopen" in text
    code, _text = _cli("match", "K-404", "--db", db_url)
    assert code == 1
    assert "Er is geen kind met code 'K-404'" in capsys.readouterr().err


def test_cli_plan_json_shape_and_table(world: World, db_url: str) -> None:
    code, text = _cli("plan", "--json", "--db", db_url)
    assert code == 0
    data = json.loads(text)
    assert list(data) == ["assignments", "total_score", "unassigned"]
    assert {a["child"] for a in data["assignments"]} == {"K-1", "K-2", "K-3", "K-4"}
    assert all(list(a) == ["child", "household", "offer", "score"] for a in data["assignments"])
    assert data["total_score"] == pytest.approx(sum(a["score"] for a in data["assignments"]))
    assert data["unassigned"] == []
    code, text = _cli("plan", "--db", db_url)
    assert code == 0
    with world.db.session() as s:
        views = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.action == AuditAction.VIEW)
        ).all()
    assert views == ["plaatsingsplan bekeken", "plaatsingsplan bekeken"]
    assert text.startswith("Plaatsingsplan: 4 kinderen geplaatst, 0 zonder plek")
    assert "Familie Tweede" in text and "(met K-3)" in text
