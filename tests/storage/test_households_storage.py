"""Families in the database: from request to "beschikbaar", offers, list, board, vandaag.

Every test runs on SQLite and on the real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    DayPart,
    HouseholdRoute,
    Interest,
    PipelineStage,
    Provider,
    RequestStatus,
    Role,
    ScreeningKind,
    Source,
    WeekendPattern,
)
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    CheckState,
    MoveRefused,
    NextAction,
    TodayKind,
)
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    AdultData,
    CheckData,
    HouseholdData,
    HouseholdOrder,
    HouseholdQuery,
    OfferData,
    OwnChild,
    add_adult,
    add_check,
    add_offer,
    add_offer_pause,
    board,
    count_households,
    create_household,
    fetch_households,
    household_data,
    household_detail,
    load_pipeline_settings,
    move_stage,
    moves_for,
    offer_overview,
    remove_offer,
    remove_offer_pause,
    request_to_household,
    save_pipeline_config,
    set_own_children,
    today_list,
    update_adult,
    update_check,
    update_household,
    update_offer,
)

ACTOR = Actor.system()
WERVER1 = Actor(user_id=None, username="werver1", role=Role.WERVER)
BEHEER = Actor(user_id=None, username="beheer", role=Role.BEHEERDER)

S = PipelineStage
SATURDAY = Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
WEDNESDAY = Schedule.from_cells([(2, DayPart.MIDDAG)])


if TYPE_CHECKING:
    from conftest import Clock  # the one test clock, `now` (tests/conftest.py)


@pytest.fixture
def clock_start() -> datetime:
    """Where `now`, the program's clock in these tests, starts."""
    return datetime(2027, 3, 1, 10, 0, tzinfo=clock.LOCAL_TZ)


@pytest.fixture
def db(db: Database, now: Clock) -> Database:
    """The shared database (tests/storage/conftest.py), on `now` also where a test does
    not move the clock."""
    return db


def make_request(
    db: Database,
    *,
    first: str = "Anouk",
    prefix: str = "van der",
    last: str = "Berg",
    interests: tuple[Interest, ...] = (Interest.VOLTIJD,),
    status: RequestStatus = RequestStatus.PAKKET_VERSTUURD,
    status_since: datetime | None = None,
) -> int:
    with db.transaction() as s:
        request = m.InfoRequest(
            first_name=first,
            name_prefix=prefix,
            last_name=last,
            email="anouk.berg@example.nl",
            phone="+31612345678",
            street="Oudegracht",
            house_number=12,
            house_number_suffix="A",
            postcode="3511 AB",
            city="Utrecht",
            pc4="3511",
            source=Source.WEBSITE,
            status=status,
            status_since=status_since or clock.now() - timedelta(days=20),
        )
        request.interests = [m.RequestInterest(interest=i) for i in interests]
        s.add(request)
        s.flush()
        return request.id


def audit_lines(db: Database, entity: str, entity_id: int) -> list[m.AuditEntry]:
    with db.session() as s:
        return list(
            s.scalars(
                select(m.AuditEntry)
                .where(m.AuditEntry.entity == entity, m.AuditEntry.entity_id == entity_id)
                .order_by(m.AuditEntry.id)
            )
        )


def vgb(issued: date, expires: date | None = None) -> CheckData:
    return CheckData(
        kind=ScreeningKind.VGB,
        requested_on=issued - timedelta(days=30),
        issued_on=issued,
        expires_on=expires,
    )


# --------------------------------------------------------------------------- from request


def test_a_request_becomes_a_household_in_one_action(db: Database) -> None:
    rid = make_request(db, interests=(Interest.STEUNOUDER,))
    hid = request_to_household(db, rid, actor=WERVER1)
    detail = household_detail(db, hid, actor=WERVER1)
    h = detail.household
    assert h.name == "Familie Van der Berg"
    assert (h.email, h.phone, h.street, h.house_number, h.house_number_suffix) == (
        "anouk.berg@example.nl",
        "+31612345678",
        "Oudegracht",
        12,
        "A",
    )
    assert (h.postcode, h.pc4, h.city, h.provider) == (
        "3511 AB",
        "3511",
        "Utrecht",
        Provider.SPOOR030,
    )
    assert h.wijk_code is not None
    assert h.route == HouseholdRoute.STEUNOUDER  # interest "steunouder" only
    assert h.stage == S.INFORMATIEBIJEENKOMST
    assert [a.full_name for a in h.adults] == ["Anouk van der Berg"]
    assert detail.requests == ((rid, "Anouk van der Berg"),)
    assert "VOG ontbreekt" in detail.blockers[0]
    with db.session() as s:
        request = s.get(m.InfoRequest, rid)
        assert request is not None
        assert request.status == RequestStatus.AANGEMELD
        assert request.household_id == hid
        assert request.status_since == clock.now()
        [change] = [c for c in request.status_changes if c.to_status == RequestStatus.AANGEMELD]
        assert change.from_status == RequestStatus.PAKKET_VERSTUURD and change.at == clock.now()
        assert "Familie Van der Berg" in change.note
    assert [a.action for a in audit_lines(db, "households", hid)] == [
        AuditAction.CREATE,
        AuditAction.VIEW,
    ]
    assert audit_lines(db, "info_requests", rid)[-1].username == "werver1"
    with pytest.raises(UserError, match="al een gezin geworden"):
        request_to_household(db, rid, actor=ACTOR)


def test_a_request_that_attended_an_evening_starts_at_the_first_visit(
    db: Database, now: Clock
) -> None:
    evening = clock.now() - timedelta(days=6)
    rid = make_request(db, status=RequestStatus.INFORMATIEAVOND, status_since=evening)
    hid = request_to_household(db, rid, actor=ACTOR)
    detail = household_detail(db, hid, actor=ACTOR)
    assert detail.household.route == HouseholdRoute.PLEEGOUDER
    assert detail.household.stage == S.KENNISMAKING
    assert [(x.from_stage, x.to_stage) for x in detail.history] == [
        (None, S.INFORMATIEBIJEENKOMST),
        (S.INFORMATIEBIJEENKOMST, S.KENNISMAKING),
    ]
    assert detail.history[0].at == evening
    assert detail.days_per_stage[S.INFORMATIEBIJEENKOMST] == 6
    # The first visit is due within 5 working days.
    assert detail.household.next_action.startswith("Kennismakingsgesprek")
    assert detail.household.next_action_on == date(2027, 3, 8)


def test_a_request_without_a_name_is_refused_and_stays_as_it_was(db: Database) -> None:
    rid = make_request(db, first="", prefix="", last="")
    with pytest.raises(ValidationError, match="nog geen naam"):
        request_to_household(db, rid, actor=ACTOR)
    with db.session() as s:
        request = s.get(m.InfoRequest, rid)
        assert request is not None and request.status == RequestStatus.PAKKET_VERSTUURD
        assert s.scalar(select(func.count(m.Household.id))) == 0


# --------------------------------------------------------------------------- the pipeline


def test_through_every_stage_with_a_refused_move_because_a_vgb_expired(
    db: Database, now: Clock
) -> None:
    rid = make_request(db)
    hid = request_to_household(db, rid, actor=ACTOR)
    anouk = household_detail(db, hid, actor=ACTOR).household.adults[0].id
    partner = add_adult(
        db,
        hid,
        AdultData(first_name="Kees", last_name="Bakker", birth_date=date(1985, 5, 1)),
        actor=ACTOR,
    )
    route = DEFAULT_CONFIG.route(HouseholdRoute.PLEEGOUDER)
    for stage in route[1:-1]:
        now.advance(7)
        result = move_stage(db, hid, stage, actor=WERVER1)
        assert result.move.to_stage == stage
    # Both VGBs are in, but Kees's expired yesterday.
    add_check(db, anouk, vgb(date(2026, 11, 1)), actor=ACTOR)
    add_check(
        db, partner, vgb(date(2025, 2, 1), expires=now.today() - timedelta(days=1)), actor=ACTOR
    )
    with pytest.raises(MoveRefused) as refused:
        move_stage(db, hid, S.BESCHIKBAAR, actor=ACTOR)
    message = refused.value.message
    assert "Kees Bakker: de VGB is verlopen" in message and "Anouk" not in message
    assert household_detail(db, hid, actor=ACTOR).household.stage == S.OVEREENKOMST
    # A new VGB for Kees: now the family may become available.
    add_check(db, partner, vgb(now.today() - timedelta(days=2)), actor=ACTOR)
    now.advance(3)
    done = move_stage(db, hid, S.BESCHIKBAAR, actor=WERVER1)
    assert done.next_action == NextAction("", None)
    detail = household_detail(db, hid, actor=ACTOR)
    h = detail.household
    assert h.stage == S.BESCHIKBAAR and h.available_since == now.today()
    assert detail.blockers == ()
    assert [x.to_stage for x in detail.history] == list(route)
    # Time in each stage: 7 days each, 3 in the agreement stage (refused, then moved).
    assert detail.days_per_stage[S.KENNISMAKING] == 7
    assert detail.days_per_stage[S.GESCHIKTHEID] == 7
    assert detail.days_per_stage[S.OVEREENKOMST] == 3
    assert detail.spans[-1].end is None and detail.spans[-1].days == 0
    # Every move is dated and audited.
    updates = [a for a in audit_lines(db, "households", hid) if a.action == AuditAction.UPDATE]
    assert len(updates) == len(route) - 1
    assert updates[-1].detail == "fase: samenwerkingsovereenkomst -> beschikbaar"


def test_pause_resume_stop_and_reopen(db: Database, now: Clock) -> None:
    hid = create_household(db, HouseholdData(name="Familie Bos"), actor=ACTOR)
    move_stage(db, hid, S.KENNISMAKING, actor=ACTOR)
    now.advance(2)
    move_stage(db, hid, S.GEPAUZEERD, note="verbouwing", actor=ACTOR)
    paused = household_detail(db, hid, actor=ACTOR)
    assert paused.household.next_action == "Bellen of het gezin weer verder wil"
    assert [mv.to_stage for mv in paused.moves] == [S.KENNISMAKING, S.GESTOPT]
    with pytest.raises(MoveRefused, match="Hervat het eerst"):
        move_stage(db, hid, S.AANMELDING, actor=ACTOR)
    move_stage(db, hid, S.KENNISMAKING, actor=ACTOR)
    with pytest.raises(MoveRefused, match="Kies waarom"):
        move_stage(db, hid, S.GESTOPT, actor=ACTOR)
    move_stage(db, hid, S.GESTOPT, reason="anders", note="Gaat emigreren", actor=ACTOR)
    stopped = household_detail(db, hid, actor=ACTOR).household
    assert (stopped.dropout_reason, stopped.dropout_note) == ("anders", "Gaat emigreren")
    assert stopped.next_action == "" and stopped.next_action_on is None
    assert [mv.to_stage for mv in moves_for(db, hid)] == [S.KENNISMAKING]
    move_stage(db, hid, S.KENNISMAKING, note="toch weer", actor=ACTOR)
    reopened = household_detail(db, hid, actor=ACTOR).household
    assert reopened.stage == S.KENNISMAKING and reopened.dropout_reason is None


def test_support_parents_skip_the_family_study(db: Database, now: Clock) -> None:
    hid = create_household(
        db,
        HouseholdData(name="Familie Amrani", route=HouseholdRoute.STEUNOUDER),
        adults=[AdultData(first_name="Samira", last_name="Amrani")],
        actor=ACTOR,
    )
    for stage in (S.KENNISMAKING, S.AANMELDING, S.SCREENING, S.TRAINING):
        move_stage(db, hid, stage, actor=ACTOR)
    with pytest.raises(MoveRefused, match="kent geen fase gezinsonderzoek"):
        move_stage(db, hid, S.GEZINSONDERZOEK, actor=ACTOR)
    move_stage(db, hid, S.OVEREENKOMST, actor=ACTOR)
    with pytest.raises(MoveRefused, match="VOG ontbreekt"):
        move_stage(db, hid, S.BESCHIKBAAR, actor=ACTOR)
    adult_id = household_detail(db, hid, actor=ACTOR).household.adults[0].id
    check_id = add_check(db, adult_id, CheckData(requested_on=date(2027, 2, 1)), actor=ACTOR)
    with pytest.raises(MoveRefused, match="nog niet afgegeven"):
        move_stage(db, hid, S.BESCHIKBAAR, actor=ACTOR)
    detail = household_detail(db, hid, actor=ACTOR)
    [check] = detail.household.adults[0].checks
    assert check.kind == ScreeningKind.VOG  # the kind the route needs
    update_check(
        db,
        check_id,
        check.version,
        CheckData(requested_on=date(2027, 2, 1), issued_on=date(2027, 2, 20)),
        actor=ACTOR,
    )
    move_stage(db, hid, S.BESCHIKBAAR, actor=ACTOR)
    assert household_detail(db, hid, actor=ACTOR).screening[0].state == CheckState.GELDIG


def test_screening_follows_moves_in_and_provider_changes(db: Database, now: Clock) -> None:
    hid = create_household(
        db,
        HouseholdData(name="Familie Visser", postcode="3453 AB"),  # De Meern: KOOS
        adults=[AdultData(first_name="Iris", last_name="Visser", checks=(vgb(date(2026, 6, 1)),))],
        actor=ACTOR,
    )
    detail = household_detail(db, hid, actor=ACTOR)
    assert detail.household.provider == Provider.KOOS
    assert detail.screening[0].state == CheckState.GELDIG
    # Someone moves in: Iris's VGB must be renewed, and the newcomer needs one.
    add_adult(
        db,
        hid,
        AdultData(first_name="Ruud", last_name="Smit", moved_in_on=date(2027, 1, 15)),
        actor=ACTOR,
    )
    statuses = {s.name: s for s in household_detail(db, hid, actor=ACTOR).screening}
    assert statuses["Iris Visser"].state == CheckState.VERNIEUWEN
    assert "Ruud Smit is op 15-01-2027" in statuses["Iris Visser"].message
    assert statuses["Ruud Smit"].state == CheckState.ONTBREEKT
    # The family moves to Overvecht (Spoor030): the VGBs are no longer valid.
    data = household_data(detail.household)
    data.postcode, data.provider = "3561 AB", None
    saved = update_household(db, hid, detail.household.version, data, actor=ACTOR)
    assert "Spoor030" in saved.warnings[0]
    moved = household_detail(db, hid, actor=ACTOR)
    assert moved.household.provider == Provider.SPOOR030
    assert "Spoor030" in moved.screening[0].message
    # Only adults of 18 and older; the check dates must make sense.
    with pytest.raises(ValidationError, match="minstens 18 jaar"):
        add_adult(
            db,
            hid,
            AdultData(first_name="Tim", last_name="Smit", birth_date=date(2015, 1, 1)),
            actor=ACTOR,
        )
    with pytest.raises(ValidationError, match="vóór de aanvraagdatum"):
        add_check(
            db,
            moved.household.adults[1].id,
            CheckData(requested_on=date(2027, 2, 1), issued_on=date(2027, 1, 1)),
            actor=ACTOR,
        )
    with pytest.raises(ValidationError, match="in de toekomst"):
        add_check(
            db, moved.household.adults[1].id, CheckData(requested_on=date(2027, 5, 1)), actor=ACTOR
        )


def test_a_stale_save_is_refused_and_changes_nothing(db: Database) -> None:
    hid = create_household(
        db, HouseholdData(name="Familie Kok", email="kok@example.nl"), actor=ACTOR
    )
    mine = household_detail(db, hid, actor=ACTOR).household
    theirs = household_data(mine)
    theirs.notes = "Bellen na 18 uur"
    update_household(db, hid, mine.version, theirs, actor=ACTOR)
    stale = household_data(mine)
    stale.email = "nieuw@example.nl"
    with pytest.raises(StaleRecordError, match="door iemand anders gewijzigd"):
        update_household(db, hid, mine.version, stale, actor=ACTOR)
    stored = household_detail(db, hid, actor=ACTOR).household
    assert (stored.email, stored.notes) == ("kok@example.nl", "Bellen na 18 uur")
    with pytest.raises(StaleRecordError):
        move_stage(db, hid, S.KENNISMAKING, expected_version=mine.version, actor=ACTOR)
    with pytest.raises(StaleRecordError):
        set_own_children(db, hid, mine.version, [OwnChild(2015)], actor=ACTOR)
    # Adding an adult does not make an open family form stale (only the search key moves).
    add_adult(db, hid, AdultData(first_name="Bram", last_name="Kok"), actor=ACTOR)
    fresh = household_detail(db, hid, actor=ACTOR).household
    assert fresh.version == stored.version and "bram" in fresh.name_key
    adult = fresh.adults[0]
    update_adult(
        db,
        adult.id,
        adult.version,
        AdultData(first_name="Bram", last_name="Kok", email="bram@example.nl"),
        actor=ACTOR,
    )
    with pytest.raises(StaleRecordError):
        update_adult(
            db, adult.id, adult.version, AdultData(first_name="B", last_name="Kok"), actor=ACTOR
        )


def test_household_validation_names_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as bad_postcode:
        create_household(db, HouseholdData(name="Familie Kok", postcode="35111"), actor=ACTOR)
    assert bad_postcode.value.field == "postcode"
    with pytest.raises(ValidationError) as no_name:
        create_household(db, HouseholdData(name="  "), actor=ACTOR)
    assert no_name.value.field == "name"
    with pytest.raises(ValidationError, match="meer vrije slaapkamers"):
        create_household(
            db, HouseholdData(name="Familie Kok", bedrooms=2, spare_bedrooms=3), actor=ACTOR
        )
    with pytest.raises(MoveRefused, match="nog niet op beschikbaar"):
        create_household(db, HouseholdData(name="Familie Kok"), stage=S.BESCHIKBAAR, actor=ACTOR)
    hid = create_household(
        db,
        HouseholdData(name="Familie Kok", languages=["nl", "pap", "nl"], pets=["kat"]),
        own_children=[OwnChild(2012), OwnChild(2019, living_at_home=True)],
        adults=[AdultData(first_name="Ans", last_name="Kok", checks=(vgb(date(2026, 9, 1)),))],
        stage=S.BESCHIKBAAR,
        actor=ACTOR,
    )
    h = household_detail(db, hid, actor=ACTOR).household
    assert h.stage == S.BESCHIKBAAR and h.languages == ["nl", "pap"]
    assert sorted(c.birth_year for c in h.own_children) == [2012, 2019]
    with pytest.raises(ValidationError, match="Geboortejaar 1900"):
        set_own_children(db, hid, h.version, [OwnChild(1900)], actor=ACTOR)


def test_pipeline_settings_are_stored_and_used(db: Database) -> None:
    config, version = load_pipeline_settings(db)
    assert config == DEFAULT_CONFIG and version is None
    custom = replace(DEFAULT_CONFIG, norms={**DEFAULT_CONFIG.norms, S.KENNISMAKING: 10})
    new_version = save_pipeline_config(db, custom, None, actor=BEHEER)
    with pytest.raises(StaleRecordError):
        save_pipeline_config(db, custom, None, actor=ACTOR)
    loaded, stored_version = load_pipeline_settings(db)
    assert loaded.norm(S.KENNISMAKING) == 10 and stored_version == new_version
    hid = create_household(db, HouseholdData(name="Familie Prins"), actor=ACTOR)
    result = move_stage(db, hid, S.KENNISMAKING, actor=ACTOR)
    assert result.next_action.due_on == date(2027, 3, 15)  # 10 working days


# --------------------------------------------------------------------------- offers


def test_offers_pauses_and_what_is_left_after_placements(db: Database, now: Clock) -> None:
    hid = create_household(db, HouseholdData(name="Familie Ruël"), actor=ACTOR)
    with pytest.raises(ValidationError, match="leeftijd 'van'"):
        add_offer(
            db, hid, OfferData(CareForm.STEUNOUDER, SATURDAY, age_min=12, age_max=4), actor=ACTOR
        )
    with pytest.raises(ValidationError, match="minstens 1"):
        add_offer(db, hid, OfferData(CareForm.STEUNOUDER, SATURDAY, capacity=0), actor=ACTOR)
    with pytest.raises(ValidationError, match="groter dan 0 km"):
        add_offer(db, hid, OfferData(CareForm.STEUNOUDER, SATURDAY, max_distance_km=0), actor=ACTOR)
    with pytest.raises(ValidationError, match="weekrooster"):
        add_offer(db, hid, OfferData(CareForm.STEUNOUDER), actor=ACTOR)
    with pytest.raises(ValidationError, match="hoe vaak het gezin een weekend"):
        add_offer(db, hid, OfferData(CareForm.DEELTIJD_WEEKEND), actor=ACTOR)
    offer_id = add_offer(
        db,
        hid,
        OfferData(
            CareForm.STEUNOUDER,
            SATURDAY.union(WEDNESDAY),
            capacity=2,
            age_min=4,
            age_max=12,
            needs_ok=["trauma"],
            max_distance_km=5.0,
        ),
        actor=ACTOR,
    )
    full_time = add_offer(
        db, hid, OfferData(CareForm.VOLTIJD_LANG, weekend_pattern=WeekendPattern.ELK), actor=ACTOR
    )
    # A support family cannot offer full-time care.
    support = create_household(
        db, HouseholdData(name="Familie Tahiri", route=HouseholdRoute.STEUNOUDER), actor=ACTOR
    )
    with pytest.raises(ValidationError, match="alleen 'steunouder: een paar uur'"):
        add_offer(db, support, OfferData(CareForm.VOLTIJD_KORT), actor=ACTOR)
    # Not in the summer of 2027.
    pause = add_offer_pause(
        db, offer_id, date(2027, 7, 1), date(2027, 8, 31), "zomer 2027", actor=ACTOR
    )
    with pytest.raises(ValidationError, match="overlapt"):
        add_offer_pause(db, offer_id, date(2027, 8, 15), date(2027, 9, 15), actor=ACTOR)
    with pytest.raises(ValidationError, match="eindigt"):
        add_offer_pause(db, offer_id, date(2027, 9, 15), date(2027, 9, 1), actor=ACTOR)
    summer = {o.offer_id: o for o in offer_overview(db, hid, on=date(2027, 7, 15))}
    assert not summer[offer_id].available
    assert summer[offer_id].summary == "Gepauzeerd tot en met 31-08-2027 (zomer 2027)."
    # Two children placed on the support offer, one until the end of May.
    with db.transaction() as s:
        kids = [
            m.Child(code=f"K-{i}", birth_month=date(2018, 1, 1), care_form=CareForm.STEUNOUDER)
            for i in range(2)
        ]
        s.add_all(kids)
        s.flush()
        s.add_all(
            [
                m.Placement(child_id=kids[0].id, household_id=hid, offer_id=offer_id,
                            care_form=CareForm.STEUNOUDER, schedule=SATURDAY,
                            starts_on=date(2027, 1, 1)),
                m.Placement(child_id=kids[1].id, household_id=hid, offer_id=offer_id,
                            care_form=CareForm.STEUNOUDER, schedule=WEDNESDAY,
                            starts_on=date(2027, 1, 1), ends_on=date(2027, 5, 31)),
            ]
        )  # fmt: skip
    spring = {o.offer_id: o for o in offer_overview(db, hid, on=date(2027, 4, 1))}
    assert (spring[offer_id].used_places, spring[offer_id].free_places) == (2, 0)
    assert spring[offer_id].free_schedule.is_empty and not spring[offer_id].available
    assert spring[full_time].free_places == 1 and spring[full_time].available
    assert spring[full_time].summary == "1 van 1 plaatsen vrij."
    autumn = {o.offer_id: o for o in offer_overview(db, hid, on=date(2027, 10, 1))}
    assert autumn[offer_id].free_places == 1 and autumn[offer_id].free_schedule == WEDNESDAY
    assert "vrij in het rooster: wo middag" in autumn[offer_id].summary
    # Capacity cannot drop below the children placed; an offer in use cannot go.
    current = {o.offer_id: o for o in offer_overview(db, hid)}[offer_id]
    with pytest.raises(ValidationError, match="niet lager dan 2"):
        update_offer(db, offer_id, current.version, replace(current.data, capacity=1), actor=ACTOR)
    with pytest.raises(UserError, match="Zet het aanbod op pauze"):
        remove_offer(db, offer_id, current.version, actor=ACTOR)
    saved = update_offer(
        db, offer_id, current.version, replace(current.data, capacity=3), actor=ACTOR
    )
    with pytest.raises(StaleRecordError):
        update_offer(db, offer_id, current.version, current.data, actor=ACTOR)
    remove_offer_pause(db, pause, actor=ACTOR)
    assert {o.offer_id: o for o in offer_overview(db, hid, on=date(2027, 7, 15))}[
        offer_id
    ].free_places == 2
    assert saved.version == current.version + 1
    remove_offer(db, full_time, spring[full_time].version, actor=ACTOR)
    assert [o.offer_id for o in offer_overview(db, hid)] == [offer_id]


# --------------------------------------------------------------------------- list and board


@pytest.fixture
def families(db: Database, now: Clock) -> dict[str, int]:
    """Five families in different stages, places and kinds of care."""
    ids = {
        "bos": create_household(
            db,
            HouseholdData(name="Familie Bos", email="jan.bos@example.nl", phone="0612345678",
                          postcode="3511 AB"),
            adults=[AdultData(first_name="Jan", last_name="Bos")],
            actor=ACTOR,
        ),
        "de_vries": create_household(
            db,
            HouseholdData(name="Familie De Vries", postcode="3453 AB", email="vries@example.nl"),
            adults=[AdultData(first_name="Anouk", last_name="de Vries")],
            actor=ACTOR,
        ),
        "yilmaz": create_household(
            db,
            HouseholdData(name="Familie Yılmaz", route=HouseholdRoute.STEUNOUDER,
                          postcode="3561 AB", phone="030 123 4567"),
            actor=ACTOR,
        ),
        "celik": create_household(db, HouseholdData(name="Gezin Çelik", postcode="3452 AB"),
                                  actor=ACTOR),
        "bosman": create_household(db, HouseholdData(name="Familie Bosman"), actor=ACTOR),
    }  # fmt: skip
    now.advance(10)
    move_stage(db, ids["de_vries"], S.KENNISMAKING, actor=ACTOR)
    move_stage(db, ids["celik"], S.KENNISMAKING, actor=ACTOR)
    now.advance(1)
    move_stage(db, ids["yilmaz"], S.KENNISMAKING, actor=ACTOR)
    move_stage(db, ids["bosman"], S.GEPAUZEERD, actor=ACTOR)
    add_offer(db, ids["yilmaz"], OfferData(CareForm.STEUNOUDER, SATURDAY), actor=ACTOR)
    add_offer(db, ids["bos"], OfferData(CareForm.VOLTIJD_CRISIS), actor=ACTOR)
    now.advance(20)
    return ids


def _names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.name for r in rows]


def test_search_and_filters(db: Database, families: dict[str, int]) -> None:
    def found(**kwargs: object) -> list[str]:
        q = HouseholdQuery(**kwargs)  # type: ignore[arg-type]
        rows = fetch_households(db, q, 0, 50)
        assert count_households(db, q) == len(rows)
        return _names(rows)

    assert found() == ["Familie Bos", "Familie Bosman", "Gezin Çelik", "Familie De Vries",
                       "Familie Yılmaz"]  # fmt: skip
    assert found(text="bos") == ["Familie Bos", "Familie Bosman"]
    assert found(text="celik") == ["Gezin Çelik"]  # accents folded
    assert found(text="YILMAZ") == ["Familie Yılmaz"]
    assert found(text="anouk") == ["Familie De Vries"]  # an adult's first name
    assert found(text="vries anouk") == ["Familie De Vries"]
    assert found(text="jan.bos@") == ["Familie Bos"]
    assert found(text="06 1234 5678") == ["Familie Bos"]
    assert found(text="030-1234567") == ["Familie Yılmaz"]
    assert found(text="3453ab") == ["Familie De Vries"]
    assert found(text="3511") == ["Familie Bos"]
    assert found(text="100%_") == []
    assert found(stages=frozenset({S.KENNISMAKING})) == [
        "Gezin Çelik", "Familie De Vries", "Familie Yılmaz",
    ]  # fmt: skip
    assert found(care_forms=frozenset({CareForm.STEUNOUDER})) == ["Familie Yılmaz"]
    assert found(providers=frozenset({Provider.KOOS})) == ["Gezin Çelik", "Familie De Vries"]
    de_meern = household_detail(db, families["de_vries"], actor=ACTOR).household.wijk_code
    assert de_meern is not None
    assert found(wijk_codes=frozenset({de_meern})) == ["Gezin Çelik", "Familie De Vries"]
    assert found(routes=frozenset({HouseholdRoute.STEUNOUDER})) == ["Familie Yılmaz"]
    # Overdue: 20 days in "kennismakingsgesprek" (norm 5 working days), and the first
    # stage's next action (due after 20 working days) passed for Bos.
    overdue = found(overdue=True)
    assert overdue == ["Familie Bos", "Gezin Çelik", "Familie De Vries", "Familie Yılmaz"]
    rows = fetch_households(db, HouseholdQuery(text="vries"))
    assert rows[0].norm_exceeded and rows[0].action_overdue
    assert _names(fetch_households(db, HouseholdQuery(), 1, 2)) == ["Familie Bosman", "Gezin Çelik"]
    by_stage = fetch_households(db, HouseholdQuery(order=HouseholdOrder.STAGE_SINCE))
    assert by_stage[0].name == "Familie Bos"  # longest in its stage


def test_board_columns_with_counts_and_a_limit(db: Database, families: dict[str, int]) -> None:
    columns = board(db, per_column=2)
    assert list(columns)[:2] == [S.INFORMATIEBIJEENKOMST, S.KENNISMAKING]
    assert list(columns)[-2:] == [S.GEPAUZEERD, S.GESTOPT]
    assert columns[S.KENNISMAKING].count == 3
    assert [c.name for c in columns[S.KENNISMAKING].cards] == ["Familie De Vries",
                                                               "Gezin Çelik"]  # fmt: skip
    card = columns[S.KENNISMAKING].cards[0]
    assert card.days_in_stage == 21 and card.norm_exceeded
    assert columns[S.KENNISMAKING].norm_working_days == 5
    assert columns[S.KENNISMAKING].title == "kennismakingsgesprek (3)"
    assert columns[S.BESCHIKBAAR].count == 0 and columns[S.BESCHIKBAAR].cards == ()
    filtered = board(db, HouseholdQuery(text="bos"))
    assert filtered[S.INFORMATIEBIJEENKOMST].count == 1
    assert filtered[S.GEPAUZEERD].count == 1 and filtered[S.KENNISMAKING].count == 0
    # A card moves on by its id and version (drag and drop, or the keyboard).
    move_stage(db, card.id, S.AANMELDING, expected_version=card.version, actor=ACTOR)
    assert board(db)[S.AANMELDING].count == 1


def test_today_list_across_all_families(db: Database, families: dict[str, int], now: Clock) -> None:
    available = create_household(
        db,
        HouseholdData(name="Familie Smit", postcode="3511 AB"),
        adults=[
            AdultData(first_name="Eva", last_name="Smit",
                      checks=(vgb(date(2025, 6, 1), now.today() + timedelta(days=40)),)),
            AdultData(first_name="Rob", last_name="Smit",
                      checks=(vgb(date(2026, 6, 1), now.today() + timedelta(days=300)),)),
        ],
        stage=S.BESCHIKBAAR,
        actor=ACTOR,
    )  # fmt: skip
    stopped = create_household(
        db, HouseholdData(name="Familie Weg"), stage=S.GESTOPT, reason="verhuisd", actor=ACTOR
    )
    items = today_list(db)
    by_family: dict[int, list[TodayKind]] = {}
    for item in items:
        by_family.setdefault(item.household_id, []).append(item.kind)
    assert stopped not in by_family
    assert by_family[available] == [TodayKind.SCREENING]
    [reminder] = [i for i in items if i.household_id == available]
    assert "Herinnering 60 dagen" in reminder.text and "Eva Smit" in reminder.text
    assert TodayKind.NORM in by_family[families["de_vries"]]
    assert TodayKind.ACTIE in by_family[families["bos"]]
    assert [i.sort_key for i in items] == sorted(i.sort_key for i in items)
    assert all(not i.overdue or i.due_on < now.today() for i in items)
    # Thirty days later the reminder says 30 days; when the date has passed, it is overdue.
    now.advance(15)
    [later] = [i for i in today_list(db, kinds=["screening"]) if i.household_id == available]
    assert "Herinnering 30 dagen" in later.text
    now.advance(30)
    [expired] = [i for i in today_list(db, kinds=["screening"]) if i.household_id == available]
    assert expired.overdue and "verlopen" in expired.text
    assert len(today_list(db, limit=2)) == 2
