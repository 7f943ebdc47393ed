"""Children in the database (SQLite and PostgreSQL): recording and correcting one child
with the minimum needed, the rules shared with the import, viewing (audited), closing,
the Kinderen list, and what the Matching page reads (proposals with their history)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    DayPart,
    Gender,
    PipelineStage,
    ProposalStatus,
    Provider,
    Role,
    ScreeningKind,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.permissions import Actor, PermissionDenied
from utregs_plekkie.core.schedule import WEEKEND_MASK, Schedule
from utregs_plekkie.exchange.child_import import import_children
from utregs_plekkie.storage import children as sc
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

TODAY = date(2026, 3, 2)
MATCHER = Actor(user_id=None, username="m.jansen", role=Role.MATCHER)
WERVER = Actor(user_id=None, username="w.pietersen", role=Role.WERVER)
WED = Schedule.from_cells([(2, DayPart.MIDDAG)])


@pytest.fixture(autouse=True)
def _fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ))
    yield
    clock.set_clock(None)


def child(**changes: object) -> sc.ChildData:
    data = sc.ChildData(
        code="K26-0001",
        birth_month=date(2017, 5, 1),
        gender=Gender.MEISJE,
        home_postcode="3512 XY",
        school_postcode="3513",
        care_form=CareForm.VOLTIJD_LANG,
        urgency=Urgency.HOOG,
        needs=["trauma"],
        languages=["nl", "tr"],
        allergies=["kat"],
        smoke_free=True,
        max_distance_km=12.0,
        case_worker_initials="a.b.",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def audit_lines(db: Database, entity: str = "children") -> list[m.AuditEntry]:
    with db.session() as s:
        return list(
            s.scalars(
                select(m.AuditEntry).where(m.AuditEntry.entity == entity).order_by(m.AuditEntry.id)
            )
        )


def stored(db: Database, code: str) -> m.Child:
    with db.session() as s:
        found = s.scalar(select(m.Child).where(m.Child.code == code))
        assert found is not None
        s.expunge(found)
        return found


# --------------------------------------------------------------------------- recording


def test_a_child_is_recorded_with_four_digit_postcodes_only(db: Database) -> None:
    saved = sc.create_child(db, child(club_postcode="3584 CS"), actor=MATCHER)
    row = stored(db, "K26-0001")
    assert (row.home_pc4, row.school_pc4, row.club_pc4) == ("3512", "3513", "3584")
    # Nothing of the full postcode survives anywhere in the record.
    shown = repr({k: v for k, v in vars(row).items() if not k.startswith("_")})
    assert "XY" not in shown and "CS" not in shown
    assert row.birth_month == date(2017, 5, 1)
    assert row.status == ChildStatus.WACHT and row.waiting_since == TODAY
    assert row.wijk_code == "WK034406"  # Binnenstad: derived from the home PC4
    assert row.placing_provider == Provider.SPOOR030
    assert row.case_worker_initials == "AB"
    assert row.languages == ["nl", "tr"] and row.allergies == ["kat"] and row.smoke_free
    # Full-time care without a schedule: the whole week.
    assert row.schedule_needed == Schedule.full()
    assert saved.version == row.version == 1
    assert "Postcode thuis: alleen de vier cijfers 3512 bewaard." in saved.notes
    lines = audit_lines(db)
    assert [(a.action, a.entity_id, a.username) for a in lines] == [
        (AuditAction.CREATE, saved.id, "m.jansen")
    ]
    assert lines[0].detail == "kind K26-0001 vastgelegd"


def test_every_wrong_field_gets_its_own_dutch_sentence() -> None:
    data = child(
        code="123456782",  # passes the elfproef: a BSN
        birth_month=date(2027, 1, 1),
        home_postcode="35",
        care_form=CareForm.STEUNOUDER,  # needs its own parts of the week
        case_worker_initials="Jantje Pietersen",
        culture_wish="x" * 201,
        sibling_group="groep met spaties",
        needs=["vliegen"],
        max_distance_km=900.0,
    )
    with pytest.raises(sc.ChildValidationError) as caught:
        sc.validate_child(data, on=TODAY)
    errors = caught.value.errors
    assert errors == {
        "code": "Dit lijkt een BSN; een BSN wordt niet bewaard. Gebruik een eigen code "
        "(bv. K24-0007).",
        "birth_month": "01-2027 ligt in de toekomst.",
        "home_postcode": "'35' is geen postcode (vier cijfers, bv. 3511).",
        "schedule_needed": "Kies in het weekrooster op welke dagdelen het kind opvang nodig "
        "heeft (bv. woensdagmiddag).",
        "sibling_group": "'groep met spaties' mag alleen letters, cijfers, punt en streepjes "
        "bevatten.",
        "needs": "Onbekende zorgbehoefte: vliegen; kies uit de lijst.",
        "culture_wish": "Houd het korter dan 200 tekens.",
        "max_distance_km": "900 moet tussen 0 en 500 km liggen.",
        "case_worker_initials": "Alleen initialen (letters, hoogstens 6), geen naam.",
    }
    assert caught.value.field == "code"
    empty = sc.ChildData()
    with pytest.raises(sc.ChildValidationError) as caught:
        sc.validate_child(empty, on=TODAY)
    assert set(caught.value.errors) == {"code", "birth_month", "care_form"}
    assert caught.value.errors["care_form"] == "Kies de zorgvorm die het kind nodig heeft."


def test_care_forms_get_their_usual_week_and_unknown_postcodes_are_reported() -> None:
    weekend = sc.validate_child(
        child(care_form=CareForm.DEELTIJD_WEEKEND, home_postcode="9999", school_postcode=""),
        on=TODAY,
    )
    assert weekend.values["schedule_needed"] == Schedule(WEEKEND_MASK)
    assert weekend.values["wijk_code"] is None and weekend.values["placing_provider"] is None
    assert any("postcode 9999 staat niet in de postcodetabel" in n for n in weekend.notes)
    support = sc.validate_child(child(care_form=CareForm.STEUNOUDER, schedule_needed=WED), on=TODAY)
    assert support.values["schedule_needed"] == WED
    nowhere = sc.validate_child(child(home_postcode="", school_postcode=""), on=TODAY)
    assert any("Zonder postcode van thuis en van school" in n for n in nowhere.notes)
    assert sc.validate_child(child(max_distance_km=0.0), on=TODAY).values["max_distance_km"] is None


def test_the_form_and_the_import_share_their_rules(db: Database, tmp_path: Path) -> None:
    """One rule, two presentations: a sentence by the field, a 'kolom' line in the report."""
    geo = GeoIndex.default()
    with pytest.raises(ValidationError) as caught:
        sc.parse_pc4("35", geo, "home_postcode")
    assert caught.value.message == "'35' is geen postcode (vier cijfers, bv. 3511)"
    assert caught.value.field == "home_postcode"
    assert sc.parse_pc4("3511 ab", geo) == ("3511", ["alleen de vier cijfers 3511 bewaard"])
    assert sc.normalise_initials("a. b.") == "AB"
    assert sc.looks_like_bsn("123456782") and not sc.looks_like_bsn("K24-0007")
    path = tmp_path / "kinderen.csv"
    path.write_text(
        "code;geboortemaand;zorgvorm;postcode_thuis;casemanager;max_afstand_km\n"
        "K-1;2015-01;voltijd_lang;35;AB;\n"
        "K-2;2015-01;voltijd_lang;3511;Jantje Pietersen;\n"
        "K-3;2015-01;voltijd_lang;3511;AB;900\n",
        encoding="utf-8",
    )
    result = import_children(db, path, actor=MATCHER)
    messages = {r.code: " | ".join(r.messages) for r in result.rows}
    assert messages["K-1"] == (
        "kolom postcode_thuis: '35' is geen postcode (vier cijfers, bv. 3511)"
    )
    assert (
        messages["K-2"] == "kolom casemanager: alleen initialen (letters, hoogstens 6), geen naam"
    )
    assert messages["K-3"] == "kolom max_afstand_km: 900 moet tussen 0 en 500 km liggen"


def test_a_code_is_used_once_and_a_bsn_is_never_stored(db: Database) -> None:
    sc.create_child(db, child(), actor=MATCHER)
    with pytest.raises(sc.ChildValidationError) as caught:
        sc.create_child(db, child(), actor=MATCHER)
    assert caught.value.errors == {
        "code": "Er is al een kind met code K26-0001; kies een andere code."
    }
    with pytest.raises(sc.ChildValidationError):
        sc.create_child(db, child(code="111222333"), actor=MATCHER)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Child)) == 1
        assert s.scalar(select(m.Child.id).where(m.Child.code == "111222333")) is None


def test_siblings_join_a_group_by_its_code(db: Database) -> None:
    first = sc.create_child(db, child(sibling_group="G-7"), actor=MATCHER)
    assert "Broer/zus-groep G-7 is nieuw aangemaakt." in first.notes
    second = sc.create_child(db, child(code="K26-0002", sibling_group="G-7"), actor=MATCHER)
    assert (
        "Het kind hoort nu bij broer/zus-groep G-7, samen met K26-0001; zij worden samen "
        "geplaatst." in second.notes
    )
    record = sc.load_child_record(db, second.id, MATCHER)
    assert record.data.sibling_group == "G-7"
    assert [(s.code, s.status) for s in record.siblings] == [("K26-0001", ChildStatus.WACHT)]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.SiblingGroup)) == 1
    # Leaving: the group stays for the sibling; once empty, it is removed.
    sc.update_child(db, second.id, record.version, child(code="K26-0002"), actor=MATCHER)
    one = sc.load_child_record(db, first.id, MATCHER)
    assert one.siblings == ()
    sc.update_child(db, first.id, one.version, child(), actor=MATCHER)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.SiblingGroup)) == 0


# --------------------------------------------------------------------------- correcting


def test_a_correction_is_version_checked_and_audited_by_field(db: Database) -> None:
    saved = sc.create_child(db, child(), actor=MATCHER)
    record = sc.load_child_record(db, saved.id, MATCHER, record_view=False)
    changed = record.data
    changed.school_postcode = "3581 KA"
    changed.urgency = Urgency.CRISIS
    after = sc.update_child(db, saved.id, record.version, changed, actor=MATCHER)
    assert after.version == record.version + 1
    row = stored(db, "K26-0001")
    assert row.school_pc4 == "3581" and row.urgency == Urgency.CRISIS
    update = audit_lines(db)[-1]
    assert update.action == AuditAction.UPDATE and update.detail == "school_pc4, urgency"
    assert "3581" not in update.detail  # field names, never values
    # A second window still holds version 1: refused, and nothing is written.
    with pytest.raises(StaleRecordError, match="intussen door iemand anders gewijzigd"):
        sc.update_child(db, saved.id, record.version, child(urgency=Urgency.NORMAAL), actor=MATCHER)
    assert stored(db, "K26-0001").urgency == Urgency.CRISIS
    with pytest.raises(NotFoundError):
        sc.update_child(db, 9999, 1, child(), actor=MATCHER)


def test_a_new_code_takes_the_shortlist_along(db: Database) -> None:
    saved = sc.create_child(db, child(), actor=MATCHER)
    household = _available_family(db, "Familie Dichtbij", "3512")
    sm.add_to_shortlist(db, "K26-0001", household, actor=MATCHER)
    sc.update_child(db, saved.id, 1, child(code="K26-0100"), actor=MATCHER)
    assert [e.household_id for e in sm.shortlist(db, "K26-0100")] == [household]
    assert sm.shortlist(db, "K26-0001") == []


# --------------------------------------------------------------------------- viewing, closing


def test_viewing_a_child_writes_a_bekeken_line(db: Database) -> None:
    saved = sc.create_child(db, child(), actor=MATCHER)
    record = sc.load_child_record(db, saved.id, MATCHER)
    assert record.code == "K26-0001" and record.data.home_postcode == "3512"
    assert record.data.birth_month == date(2017, 5, 1)
    views = [a for a in audit_lines(db) if a.action == AuditAction.VIEW]
    assert [(v.entity_id, v.username, v.action.value) for v in views] == [
        (saved.id, "m.jansen", "bekeken")
    ]
    sc.load_child_record(db, saved.id, MATCHER, record_view=False)
    assert len([a for a in audit_lines(db) if a.action == AuditAction.VIEW]) == 1
    assert sc.find_child_id(db, " K26-0001 ") == saved.id
    assert sc.find_child_id(db, "K26-9999") is None


def test_only_matchers_and_beheerders_touch_children(db: Database) -> None:
    saved = sc.create_child(db, child(), actor=Actor.system())
    for attempt in (
        lambda: sc.create_child(db, child(code="K-2"), actor=WERVER),
        lambda: sc.load_child_record(db, saved.id, WERVER),
        lambda: sc.update_child(db, saved.id, 1, child(), actor=WERVER),
        lambda: sc.close_child(db, saved.id, 1, actor=WERVER),
    ):
        with pytest.raises(PermissionDenied, match="Als werver heeft u geen toegang"):
            attempt()
    assert not [a for a in audit_lines(db) if a.username == "w.pietersen"]


def test_closing_a_file(db: Database) -> None:
    saved = sc.create_child(db, child(), actor=MATCHER)
    household = _available_family(db, "Familie Dichtbij", "3512")
    sm.add_to_shortlist(db, "K26-0001", household, actor=MATCHER)
    [proposal] = sm.propose(db, "K26-0001", household, actor=MATCHER)
    with pytest.raises(UserError, match="heeft een lopend voorstel"):
        sc.close_child(db, saved.id, stored(db, "K26-0001").version, actor=MATCHER)
    sm.decline(
        db, proposal.id, proposal.version, "Gezin wil liever een jonger kind.", actor=MATCHER
    )
    version = stored(db, "K26-0001").version
    closed = sc.close_child(db, saved.id, version, "Terug naar huis", actor=MATCHER)
    assert stored(db, "K26-0001").status == ChildStatus.GESLOTEN
    assert closed.version == version + 1
    assert audit_lines(db)[-1].detail == "dossier gesloten: Terug naar huis"
    with pytest.raises(UserError, match="is al gesloten"):
        sc.close_child(db, saved.id, closed.version, actor=MATCHER)
    with pytest.raises(StaleRecordError):
        sc.close_child(db, saved.id, version, actor=MATCHER)


def test_a_placed_child_is_closed_by_ending_the_placement(db: Database) -> None:
    saved = sc.create_child(db, child(), actor=MATCHER)
    household = _available_family(db, "Familie Dichtbij", "3512")
    [p] = sm.propose(db, "K26-0001", household, actor=MATCHER)
    [p] = sm.start_kennismaking(db, p.id, p.version, actor=MATCHER)
    [p] = sm.accept(db, p.id, p.version, actor=MATCHER)
    sm.place(db, p.id, p.version, TODAY, actor=MATCHER)
    with pytest.raises(UserError, match="Beëindig eerst de plaatsing"):
        sc.close_child(db, saved.id, stored(db, "K26-0001").version, actor=MATCHER)
    with pytest.raises(sc.ChildValidationError) as caught:
        sc.update_child(
            db,
            saved.id,
            stored(db, "K26-0001").version,
            child(sibling_group="G-1"),
            actor=MATCHER,
        )
    assert (
        "kan niet veranderen zolang het kind geplaatst is" in caught.value.errors["sibling_group"]
    )


# --------------------------------------------------------------------------- the list


def test_the_list_searches_codes_and_filters(db: Database) -> None:
    for n, (care, home, urgency) in enumerate(
        [
            (CareForm.VOLTIJD_LANG, "3512", Urgency.NORMAAL),  # Binnenstad
            (CareForm.STEUNOUDER, "3581", Urgency.HOOG),  # Oost
            (CareForm.STEUNOUDER, "3512", Urgency.CRISIS),
            (CareForm.VOLTIJD_KORT, "3451", Urgency.NORMAAL),  # Vleuten-De Meern
        ]
    ):
        sc.create_child(
            db,
            child(
                code=f"K26-{n:04d}",
                care_form=care,
                home_postcode=home,
                urgency=urgency,
                schedule_needed=WED,
                sibling_group="G-1" if n < 2 else "",
            ),
            actor=MATCHER,
        )
    assert sc.count_children(db) == 4
    assert [r.code for r in sc.fetch_children(db, sc.ChildQuery(text="k26-000"))] == [
        "K26-0000",
        "K26-0001",
        "K26-0002",
        "K26-0003",
    ]
    query = sc.ChildQuery(care_forms=frozenset({CareForm.STEUNOUDER}))
    assert sc.count_children(db, query) == 2
    rows = sc.fetch_children(db, query)
    assert [(r.code, r.sibling_group) for r in rows] == [("K26-0001", "G-1"), ("K26-0002", None)]
    binnenstad = sc.ChildQuery(wijk_codes=frozenset({"WK034406"}))
    assert [r.code for r in sc.fetch_children(db, binnenstad)] == ["K26-0000", "K26-0002"]
    urgent = sc.ChildQuery(urgencies=frozenset({Urgency.HOOG, Urgency.CRISIS}))
    assert [r.code for r in sc.fetch_children(db, urgent)] == ["K26-0001", "K26-0002"]
    waiting = sc.ChildQuery(text="0003", statuses=frozenset({ChildStatus.WACHT}))
    assert sc.count_children(db, waiting) == 1 and waiting.filtered
    assert not sc.ChildQuery().filtered
    # Keyset paging continues after the last row of the page before.
    page1 = sc.fetch_children(db, limit=3)
    page2 = sc.fetch_children(db, limit=3, after=(page1[-1].code, page1[-1].id))
    assert [r.code for r in page1 + page2] == ["K26-0000", "K26-0001", "K26-0002", "K26-0003"]
    assert sc.child_codes(db) == ["K26-0000", "K26-0001", "K26-0002", "K26-0003"]


# --------------------------------------------------------------------------- matching reads


def _available_family(db: Database, name: str, pc4: str) -> int:
    with db.transaction() as s:
        household = m.Household(
            name=name,
            pc4=pc4,
            postcode=f"{pc4} AB",
            wijk_code="WK034406",
            stage=PipelineStage.BESCHIKBAAR,
            languages=["nl"],
            available_since=date(2025, 9, 1),
        )
        adult = m.Adult(first_name="Sam", last_name=name.split()[-1])
        adult.checks = [
            m.ScreeningCheck(
                kind=ScreeningKind.VGB, requested_on=date(2025, 6, 1), issued_on=date(2025, 6, 1)
            )
        ]
        household.adults = [adult]
        household.offers = [
            m.AvailabilityOffer(
                care_form=CareForm.VOLTIJD_LANG,
                schedule=Schedule.full(),
                weekend_pattern=WeekendPattern.ELK,
                holidays=True,
                capacity=1,
                age_min=0,
                age_max=18,
                needs_ok=["trauma"],
            )
        ]
        s.add(household)
        s.flush()
        return household.id


def test_proposals_come_with_their_history_and_family(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.User(username="m.jansen", display_name="M. Jansen", role=Role.MATCHER))
    with db.session() as s:
        user_id = s.scalar(select(m.User.id))
    jansen = Actor(user_id=user_id, username="m.jansen", role=Role.MATCHER)
    sc.create_child(db, child(), actor=MATCHER)
    household = _available_family(db, "Familie Dichtbij", "3512")
    [p] = sm.propose(db, "K26-0001", household, note="past goed", actor=jansen)
    [p] = sm.start_kennismaking(db, p.id, p.version, actor=jansen)
    sm.decline(db, p.id, p.version, "Te weinig ruimte in huis", actor=jansen)
    [view] = sc.proposal_views_for_child(db, "K26-0001")
    assert view.household_name == "Familie Dichtbij"
    assert view.offer_care_form == CareForm.VOLTIJD_LANG
    assert view.status == ProposalStatus.AFGEWEZEN
    assert view.child_schedule == Schedule.full()
    assert [(h.from_status, h.to_status, h.reason, h.username) for h in view.history] == [
        (None, ProposalStatus.VOORGESTELD, "past goed", "m.jansen"),
        (ProposalStatus.VOORGESTELD, ProposalStatus.KENNISMAKING, "", "m.jansen"),
        (
            ProposalStatus.KENNISMAKING,
            ProposalStatus.AFGEWEZEN,
            "Te weinig ruimte in huis",
            "m.jansen",
        ),
    ]
    assert sc.proposal_view(db, p.id).info.decline_reason == "Te weinig ruimte in huis"
    with pytest.raises(NotFoundError):
        sc.proposal_view(db, 9999)
    assert sc.household_names(db) == {household: "Familie Dichtbij"}
    assert sc.household_names(db, [household, 12345]) == {household: "Familie Dichtbij"}
    pool = sc.matching_pool(db)
    assert pool.household_count == 1
    # The declined pair is excluded from then on, with the reason.
    ranking = sm.rank_for_child(db, "K26-0001", pool=pool, record_view=False, actor=MATCHER)
    assert ranking.candidate_count == 0
    assert any("Te weinig ruimte in huis" in r for r in ranking.excluded[0].reasons)
