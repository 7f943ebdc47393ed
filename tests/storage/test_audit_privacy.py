"""The audit trail (append-only, filters, export) and the AVG: consent, retention,
access and erasure, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    EventKind,
    Interest,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    RequestStatus,
    Role,
    ScreeningKind,
    Source,
)
from utregs_plekkie.core.errors import NotFoundError, ValidationError
from utregs_plekkie.core.permissions import Actor, Permission, PermissionDenied
from utregs_plekkie.packs.access_report import write_access_report
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage import privacy
from utregs_plekkie.storage.audit import (
    AuditFilter,
    count_audit,
    csv_safe,
    export_audit,
    query_audit,
    record_now,
    record_view,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import unit_of_work

ADMIN = Actor(user_id=None, username="bea", role=Role.BEHEERDER)
WERVER = Actor(user_id=None, username="wim", role=Role.WERVER)
MATCHER = Actor(user_id=None, username="mia", role=Role.MATCHER)
KIOSK = Actor(user_id=None, username="stand", role=Role.EVENEMENT)


def save_request(
    db: Database, record_id: int, version: int, changes: dict[str, Any], actor: Actor = ADMIN
) -> None:
    """A checked save of one request through the one write path (storage.unit_of_work)."""
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind="aanvraag") as uow:
        record = uow.get(m.InfoRequest, record_id, expected_version=version)
        uow.change(record, changes)


NOW = datetime(2026, 11, 2, 10, 0, tzinfo=clock.LOCAL_TZ)

# Everything that identifies the person of the `person` fixture.
NEEDLES = (
    "Noëlle",
    "IJzerman",
    "ijzerman",
    "Çelik",
    "noelle@example.nl",
    "noelle.ij@example.nl",
    "joris@example.nl",
    "+31612345678",
    "+31687654321",
    "Oudegracht",
    "3511 AB",
    "avonds",
    "Joris",
    "1985-04-12",
    "nachtdienst",
)


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """The shared database (tests/storage/conftest.py), on this file's fixed clock."""
    clock.set_clock(lambda: NOW)
    yield db
    clock.set_clock(None)


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=clock.LOCAL_TZ)


@pytest.fixture
def person(db: Database) -> dict[str, int]:
    """Noëlle IJzerman: two requests (one merged), a household with a partner, checks,
    an offer, event registrations, a proposal and a placement, and audit lines."""
    with db.transaction() as s:
        s.add(
            m.ConsentText(
                version="2026-1", text="Wij bewaren uw gegevens…", valid_from=date(2026, 1, 1)
            )
        )
        event = m.Event(
            kind=EventKind.POPUP, name="Pop-up Utrecht Centraal", starts_at=_at(2026, 5, 11)
        )
        household = m.Household(
            name="Familie IJzerman",
            name_key="familie ijzerman",
            email="noelle@example.nl",
            phone="+31612345678",
            street="Oudegracht",
            house_number=12,
            postcode="3511 AB",
            pc4="3511",
            wijk_code="WK034401",
            culture_religion="",
            notes="Joris werkt in nachtdienst",
            stage=PipelineStage.BESCHIKBAAR,
        )
        s.add_all([event, household])
        s.flush()
        first = m.InfoRequest(
            first_name="Noëlle",
            last_name="IJzerman",
            name_key="noelle ijzerman",
            email="noelle@example.nl",
            phone="+31612345678",
            street="Oudegracht",
            house_number=12,
            postcode="3511 AB",
            pc4="3511",
            wijk_code="WK034401",
            source=Source.POPUP,
            event_id=event.id,
            consent_contact=True,
            consent_store=True,
            consent_at=_at(2026, 5, 11),
            consent_text_version="2026-1",
            notes="Belt liever 's avonds",
            household_id=household.id,
            status=RequestStatus.AANGEMELD,
        )
        first.interests.append(m.RequestInterest(interest=Interest.DEELTIJD))
        first.status_changes.append(
            m.RequestStatusChange(to_status=RequestStatus.GEBELD, note="'s avonds gebeld")
        )
        s.add(first)
        s.flush()
        duplicate = m.InfoRequest(
            first_name="Noëlle",
            last_name="IJzerman",
            email="noelle.ij@example.nl",
            source=Source.WEBSITE,
            merged_into_id=first.id,
        )
        partner = m.Adult(
            first_name="Joris",
            last_name="Çelik",
            birth_date=date(1985, 4, 12),
            email="joris@example.nl",
            phone="+31687654321",
        )
        partner.checks.append(
            m.ScreeningCheck(kind=ScreeningKind.VGB, note="Joris: VGB aangevraagd")
        )
        household.adults.append(m.Adult(first_name="Noëlle", last_name="IJzerman"))
        household.adults.append(partner)
        household.own_children.append(m.HouseholdChild(birth_year=2015))
        offer = m.AvailabilityOffer(
            care_form=CareForm.DEELTIJD_WEEKEND, notes="Niet als Joris nachtdienst heeft"
        )
        offer.pauses.append(
            m.OfferPause(
                starts_on=date(2027, 7, 1), ends_on=date(2027, 8, 1), reason="Vakantie IJzerman"
            )
        )
        household.offers.append(offer)
        household.stage_changes.append(
            m.HouseholdStageChange(to_stage=PipelineStage.BESCHIKBAAR, note="Noëlle gebeld")
        )
        child = m.Child(
            code="K-0042", birth_month=date(2016, 3, 1), care_form=CareForm.DEELTIJD_WEEKEND
        )
        s.add_all([duplicate, child])
        s.flush()
        proposal = m.MatchProposal(
            child_id=child.id,
            household_id=household.id,
            score=0.8,
            explanation=["Familie IJzerman woont 2 km van school"],
            status=ProposalStatus.AFGEWEZEN,
            decline_reason="Familie IJzerman heeft het te druk",
        )
        proposal.status_changes.append(
            m.ProposalStatusChange(to_status=ProposalStatus.AFGEWEZEN, reason="IJzerman: te druk")
        )
        s.add(proposal)
        s.flush()
        s.add(
            m.Placement(
                child_id=child.id,
                household_id=household.id,
                care_form=CareForm.DEELTIJD_WEEKEND,
                starts_on=date(2026, 6, 1),
                ends_on=date(2026, 9, 1),
                status=PlacementStatus.BEEINDIGD,
                end_reason="Noëlle verhuist",
            )
        )
        s.add(m.EventRegistration(event_id=event.id, request_id=first.id, attended=True))
        s.add(m.EventRegistration(event_id=event.id, household_id=household.id))
        other = m.InfoRequest(
            first_name="Anouk", last_name="Bos", email="anouk@example.nl", source=Source.WEBSITE
        )
        s.add(other)
        s.flush()
        ids = {
            "request": first.id,
            "duplicate": duplicate.id,
            "household": household.id,
            "other": other.id,
            "child": child.id,
            "event": event.id,
            "version": first.version,
        }
    save_request(
        db,
        ids["request"],
        ids["version"],
        {"follow_up_on": date(2026, 12, 1), "notes": "Belt liever 's avonds, na 19 uur"},
        actor=WERVER,
    )
    record_view(db, WERVER, "households", ids["household"])
    return ids


def _all_text(db: Database) -> str:
    """Every value of every row of every table, as one string."""
    parts = []
    with db.engine.connect() as conn:
        for table in m.Base.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                parts.append(" ".join(str(v) for v in row))
    return "\n".join(parts)


# --------------------------------------------------------------------------- audit trail


def _trigger_names(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            query = (
                "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_entries'"
            )
        else:
            query = (
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                "AND tgrelid = 'audit_entries'::regclass"
            )
        return {row[0] for row in conn.execute(text(query))}


def test_nobody_can_change_or_delete_the_audit_trail(db: Database) -> None:
    record_now(db, ADMIN, AuditAction.VIEW, "households", 1)
    expected = (
        {"audit_entries_no_update", "audit_entries_no_delete"}
        if db.is_sqlite
        else {"audit_entries_no_update_delete", "audit_entries_no_truncate"}
    )
    assert _trigger_names(db) == expected
    statements = [
        "UPDATE audit_entries SET detail = 'vervalst'",
        "UPDATE audit_entries SET username = 'iemand anders' WHERE id = 1",
        "DELETE FROM audit_entries",
    ]
    if not db.is_sqlite:
        statements.append("TRUNCATE audit_entries")
    for statement in statements:
        with (
            pytest.raises(DBAPIError, match="alleen worden aangevuld"),
            db.engine.begin() as conn,
        ):
            conn.execute(text(statement))
    with (
        pytest.raises(DBAPIError, match="alleen worden aangevuld"),
        db.transaction() as session,
    ):
        session.delete(session.scalars(select(m.AuditEntry)).one())
    with (
        pytest.raises(DBAPIError, match="alleen worden aangevuld"),
        db.transaction() as session,
    ):
        session.scalars(select(m.AuditEntry)).one().detail = "anders"
    rows = query_audit(db, ADMIN)
    assert [(r.username, r.action, r.entity, r.entity_id, r.detail) for r in rows] == [
        ("bea", AuditAction.VIEW, "households", 1, "")
    ]


def test_audit_filters(db: Database) -> None:
    record_now(db, ADMIN, AuditAction.VIEW, "children", 7)
    record_now(db, WERVER, AuditAction.UPDATE, "info_requests", 3, "status, notes")
    clock.set_clock(lambda: NOW + timedelta(days=3))
    record_now(db, WERVER, AuditAction.EXPORT, "info_requests", None, "120 rijen als CSV")
    clock.set_clock(lambda: NOW)

    def ids(**kwargs: object) -> list[str]:
        return [r.detail or r.entity for r in query_audit(db, ADMIN, AuditFilter(**kwargs))]

    assert ids(username="WIM") == ["120 rijen als CSV", "status, notes"]
    assert ids(action=AuditAction.VIEW) == ["children"]
    assert ids(entity="info_requests", entity_id=3) == ["status, notes"]
    assert ids(since=NOW.date() + timedelta(days=1)) == ["120 rijen als CSV"]
    assert ids(until=NOW.date()) == ["status, notes", "children"]
    assert ids(text="CSV") == ["120 rijen als CSV"]
    assert count_audit(db, ADMIN) == 3
    page = query_audit(db, ADMIN, limit=1, offset=1, newest_first=False)
    assert [r.detail for r in page] == ["status, notes"]
    with pytest.raises(PermissionDenied):
        query_audit(db, MATCHER)


def test_viewing_a_record_is_logged_and_checked(db: Database) -> None:
    record_view(db, MATCHER, "children", 5)
    with pytest.raises(PermissionDenied, match="de kinderen"):
        record_view(db, WERVER, "children", 5)
    rows = query_audit(db, ADMIN)
    assert [(r.username, r.action, r.entity, r.entity_id) for r in rows] == [
        ("mia", AuditAction.VIEW, "children", 5)
    ]


def test_audit_export_escapes_formulas(db: Database, tmp_path: Path) -> None:
    record_now(db, WERVER, AuditAction.IMPORT, "info_requests", 1, "=CMD|' /C calc'!A0")
    record_now(db, WERVER, AuditAction.IMPORT, "info_requests", 2, "@SUM(1+1)")
    record_now(db, WERVER, AuditAction.IMPORT, "info_requests", 3, "gewoon: -5 regels")
    target = tmp_path / "logboek.csv"
    assert export_audit(db, ADMIN, target) == 3
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["id", "tijdstip", "gebruiker", "actie", "onderdeel", "record", "details"]
    assert [r[6] for r in rows[1:]] == ["'=CMD|' /C calc'!A0", "'@SUM(1+1)", "gewoon: -5 regels"]
    assert csv_safe("-1+2") == "'-1+2" and csv_safe(-3) == -3 and csv_safe(None) is None
    as_json = tmp_path / "logboek.json"
    assert export_audit(db, ADMIN, as_json, AuditFilter(entity_id=1)) == 1
    assert json.loads(as_json.read_text("utf-8"))[0]["details"] == "=CMD|' /C calc'!A0"
    exports = query_audit(db, ADMIN, AuditFilter(action=AuditAction.EXPORT))
    assert [r.detail for r in exports] == ["1 regels als JSON", "3 regels als CSV"]
    with pytest.raises(ValidationError, match=r"\.csv"):
        export_audit(db, ADMIN, tmp_path / "logboek.xlsx")
    assert not list(tmp_path.glob(".*tmp*"))


# --------------------------------------------------------------------------- consent


def test_consent_with_text_version_and_withdrawal_as_one_action(db: Database) -> None:
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="nog geen privacytekst"):
            privacy.consent_values(s, contact=True, store=True)
        assert privacy.consent_values(s, contact=False, store=False)["consent_at"] is None
    privacy.add_consent_text(db, "2026-1", "Tekst één", date(2026, 1, 1), actor=ADMIN)
    privacy.add_consent_text(db, "2027-1", "Tekst twee", date(2027, 1, 1), actor=ADMIN)
    with pytest.raises(ValidationError, match="bestaat al"):
        privacy.add_consent_text(db, "2026-1", "Andere tekst", date(2026, 2, 1), actor=ADMIN)
    with pytest.raises(PermissionDenied):
        privacy.add_consent_text(db, "2026-2", "Tekst", date(2026, 2, 1), actor=WERVER)
    current = privacy.current_consent_text(db)
    assert current is not None and current.version == "2026-1"
    assert privacy.current_consent_text(db, date(2027, 3, 1)).version == "2027-1"  # type: ignore[union-attr]
    with db.transaction() as s:
        values = privacy.consent_values(s, contact=True, store=True)
        request = m.InfoRequest(
            first_name="Sem", source=Source.POPUP, follow_up_on=date(2026, 11, 9), **values
        )
        s.add(request)
        s.flush()
        request_id, version = request.id, request.version
    with db.session() as s:
        stored = s.get(m.InfoRequest, request_id)
        assert stored is not None and stored.consent_text_version == "2026-1"
        assert stored.consent_at == NOW
    with pytest.raises(PermissionDenied):
        privacy.withdraw_consent(db, request_id, actor=KIOSK)
    privacy.withdraw_consent(db, request_id, actor=WERVER, expected_version=version)
    privacy.withdraw_consent(db, request_id, actor=WERVER)  # twice: nothing more happens
    with db.session() as s:
        stored = s.get(m.InfoRequest, request_id)
        assert stored is not None
        assert stored.consent_withdrawn_at == NOW
        assert (stored.consent_contact, stored.consent_store, stored.follow_up_on) == (
            False,
            False,
            None,
        )
        assert stored.consent_text_version == "2026-1"  # what was agreed stays on record
    lines = query_audit(db, ADMIN, AuditFilter(entity="info_requests", entity_id=request_id))
    assert [r.detail for r in lines] == ["toestemming ingetrokken"]
    with pytest.raises(NotFoundError):
        privacy.withdraw_consent(db, 99_999, actor=WERVER)


# --------------------------------------------------------------------------- retention


@pytest.fixture
def retention_data(db: Database) -> dict[str, int]:
    def lead(name: str, received: datetime, **extra: object) -> m.InfoRequest:
        values: dict[str, object] = dict(
            first_name=name,
            last_name="Test",
            email=f"{name.lower()}@example.nl",
            phone="+31611111111",
            street="Lange Nieuwstraat",
            house_number=3,
            postcode="3512 PA",
            pc4="3512",
            wijk_code="WK034400",
            source=Source.WEBSITE,
            received_at=received,
            status=RequestStatus.GEBELD,
            status_since=received + timedelta(days=20),
            notes=f"notitie over {name}",
        )
        values.update(extra)
        return m.InfoRequest(**values)

    def household(name: str, stage: PipelineStage, since: datetime) -> m.Household:
        h = m.Household(
            name=name, email="gezin@example.nl", street="Biltstraat", postcode="3572 AA",
            pc4="3572", stage=stage, stage_since=since, notes=f"notitie {name}",
        )  # fmt: skip
        h.adults.append(m.Adult(first_name=name, last_name="Ouder", birth_date=date(1980, 1, 1)))
        return h

    old = _at(2025, 6, 1)
    with db.transaction() as s:
        active = household("Actief", PipelineStage.BESCHIKBAAR, _at(2020, 1, 1))
        stopped_old = household("Oudgestopt", PipelineStage.GESTOPT, _at(2024, 1, 1))
        stopped_recent = household("Netgestopt", PipelineStage.GESTOPT, _at(2025, 6, 1))
        stopped_placed = household("Geplaatst", PipelineStage.GESTOPT, _at(2023, 1, 1))
        s.add_all([active, stopped_old, stopped_recent, stopped_placed])
        s.flush()
        child = m.Child(code="K-1", birth_month=date(2015, 1, 1), care_form=CareForm.VOLTIJD_LANG)
        s.add(child)
        s.flush()
        s.add(
            m.Placement(
                child_id=child.id, household_id=stopped_placed.id, care_form=CareForm.VOLTIJD_LANG,
                starts_on=date(2021, 1, 1), ends_on=date(2022, 12, 1),
                status=PlacementStatus.BEEINDIGD,
            )
        )  # fmt: skip
        leads = {
            "old": lead("Oud", old),
            "recent": lead("Recent", _at(2026, 6, 1)),
            "follow_up": lead("Opvolgen", old, follow_up_on=date(2026, 12, 1)),
            "registered": lead("Aangemeld", old, status=RequestStatus.AANGEMELD),
            "with_household": lead("Gezin", old, household_id=active.id),
            "of_stopped": lead("Gestopt", old, household_id=stopped_old.id),
        }
        leads["old"].status_changes.append(
            m.RequestStatusChange(to_status=RequestStatus.GEBELD, note="gebeld met Oud")
        )
        s.add_all(leads.values())
        s.flush()
        ids = {f"lead_{k}": v.id for k, v in leads.items()}
        ids |= {
            "hh_active": active.id,
            "hh_stopped_old": stopped_old.id,
            "hh_stopped_recent": stopped_recent.id,
            "hh_stopped_placed": stopped_placed.id,
        }
    return ids


def test_retention_dry_run_lists_exactly_what_a_run_changes(
    db: Database, retention_data: dict[str, int]
) -> None:
    before = _all_text(db)
    plan = privacy.retention_dry_run(db)
    assert _all_text(db) == before  # a dry run changes nothing
    assert plan.lead_cutoff == date(2025, 11, 2) and plan.household_cutoff == date(2024, 11, 2)
    assert [(i.id, i.name) for i in plan.requests] == [(retention_data["lead_old"], "Oud Test")]
    assert [(i.id, i.name) for i in plan.households] == [
        (retention_data["hh_stopped_old"], "Oudgestopt")
    ]
    assert plan.requests[0].reason == "geen voortgang sinds 12 maanden"
    assert plan.total == 2
    with pytest.raises(PermissionDenied):
        privacy.apply_retention(db, plan, actor=WERVER)
    seen: list[tuple[int, int]] = []
    result = privacy.apply_retention(
        db, plan, actor=ADMIN, progress=lambda done, total: seen.append((done, total)) or True
    )
    assert seen[-1] == (2, 2)
    assert result == privacy.RetentionResult(requests=2, households=1, skipped=0)
    with db.session() as s:
        old = s.get(m.InfoRequest, retention_data["lead_old"])
        assert old is not None
        assert (old.first_name, old.last_name, old.email, old.phone, old.street) == (
            "", "", None, None, "",
        )  # fmt: skip
        assert (old.house_number, old.postcode, old.notes) == (None, "3512", "")
        assert old.anonymised_at == NOW and old.version == 2
        # The statistics stay.
        assert (old.status, old.source, old.wijk_code, old.pc4) == (
            RequestStatus.GEBELD, Source.WEBSITE, "WK034400", "3512",
        )  # fmt: skip
        assert old.received_at == _at(2025, 6, 1)
        assert [c.note for c in old.status_changes] == [""]
        gone = s.get(m.Household, retention_data["hh_stopped_old"])
        assert gone is not None and gone.name == "" and gone.postcode == "3572"
        assert gone.stage is PipelineStage.GESTOPT and gone.anonymised_at == NOW
        assert [(a.first_name, a.birth_date) for a in gone.adults] == [("", None)]
        linked = s.get(m.InfoRequest, retention_data["lead_of_stopped"])
        assert linked is not None and linked.first_name == "" and linked.anonymised_at == NOW
        kept = {
            k: s.get(m.InfoRequest, v).first_name  # type: ignore[union-attr]
            for k, v in retention_data.items()
            if k.startswith("lead_") and k not in ("lead_old", "lead_of_stopped")
        }
        assert kept == {
            "lead_recent": "Recent",
            "lead_follow_up": "Opvolgen",
            "lead_registered": "Aangemeld",
            "lead_with_household": "Gezin",
        }
        for key in ("hh_active", "hh_stopped_recent", "hh_stopped_placed"):
            assert s.get(m.Household, retention_data[key]).anonymised_at is None  # type: ignore[union-attr]
    text_after = _all_text(db)
    for needle in (
        "Oud Test",
        "oud@example.nl",
        "notitie over Oud",
        "Oudgestopt",
        "gebeld met Oud",
    ):
        assert needle not in text_after
    lines = query_audit(db, ADMIN, AuditFilter(action=AuditAction.ANONYMISE))
    assert sorted((r.entity, r.entity_id) for r in lines) == sorted(
        [
            ("info_requests", retention_data["lead_old"]),
            ("info_requests", retention_data["lead_of_stopped"]),
            ("households", retention_data["hh_stopped_old"]),
        ]
    )
    assert privacy.retention_dry_run(db).total == 0  # done; a second run finds nothing


def test_retention_skips_what_changed_since_the_dry_run(
    db: Database, retention_data: dict[str, int]
) -> None:
    plan = privacy.retention_dry_run(db)
    lead_id = retention_data["lead_old"]
    save_request(db, lead_id, 1, {"status": RequestStatus.AANGEMELD, "status_since": NOW})
    result = privacy.apply_retention(db, plan, actor=ADMIN)
    assert (result.requests, result.households, result.skipped) == (1, 1, 1)
    with db.session() as s:
        assert s.get(m.InfoRequest, lead_id).first_name == "Oud"  # type: ignore[union-attr]


def test_retention_can_be_cancelled_between_batches(
    db: Database, retention_data: dict[str, int]
) -> None:
    plan = privacy.retention_dry_run(db)
    result = privacy.apply_retention(db, plan, actor=ADMIN, progress=lambda done, total: False)
    assert result.cancelled and (result.requests, result.households) == (0, 0)
    assert privacy.retention_dry_run(db).total == 2


def test_retention_rules_are_configurable(db: Database, retention_data: dict[str, int]) -> None:
    assert privacy.retention_rules(db) == privacy.RetentionRules()
    with pytest.raises(PermissionDenied):
        privacy.save_retention_rules(db, privacy.RetentionRules(lead_months=24), actor=WERVER)
    with pytest.raises(ValidationError, match="Jeugdwet"):
        privacy.save_retention_rules(
            db, privacy.RetentionRules(placed_household_years=5), actor=ADMIN
        )
    privacy.save_retention_rules(
        db, privacy.RetentionRules(lead_months=24, household_years=1), actor=ADMIN
    )
    assert privacy.retention_rules(db) == privacy.RetentionRules(lead_months=24, household_years=1)
    plan = privacy.retention_dry_run(db)
    assert plan.requests == []  # 17 months without progress is within 24
    assert {i.id for i in plan.households} == {
        retention_data["hh_stopped_old"],
        retention_data["hh_stopped_recent"],
    }
    # 20 years for a family who fostered: with the clock 21 years on it goes too.
    later = privacy.retention_dry_run(db, on=date(2044, 1, 1))
    assert retention_data["hh_stopped_placed"] in {i.id for i in later.households}


def test_months_before() -> None:
    assert privacy.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert privacy.months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert privacy.months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)


# --------------------------------------------------------------------------- access


def test_person_export_holds_everything_about_them(
    db: Database, person: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        privacy.person_export(db, request_id=person["request"], actor=WERVER)
    data = privacy.person_export(db, request_id=person["duplicate"], actor=ADMIN)
    requests = {r["gegevens"]["id"]: r for r in data["aanvragen"]}
    assert set(requests) == {person["request"], person["duplicate"]}
    first = requests[person["request"]]
    assert first["gegevens"]["first_name"] == "Noëlle"
    assert first["gegevens"]["notes"] == "Belt liever 's avonds, na 19 uur"
    assert first["interesses"] == ["deeltijd"]
    assert first["statusgeschiedenis"][0]["note"] == "'s avonds gebeld"
    (household,) = data["gezinnen"]
    assert household["gegevens"]["name"] == "Familie IJzerman"
    assert [a["gegevens"]["last_name"] for a in household["volwassenen"]] == ["IJzerman", "Çelik"]
    assert household["volwassenen"][1]["screenings"][0]["kind"] == "vgb"
    assert household["eigen_kinderen"][0]["birth_year"] == 2015
    assert household["aanbod"][0]["pauzes"][0]["reason"] == "Vakantie IJzerman"
    (proposal,) = household["voorstellen"]
    assert "child_id" not in proposal["gegevens"] and "explanation" not in proposal["gegevens"]
    assert proposal["gegevens"]["decline_reason"] == "Familie IJzerman heeft het te druk"
    assert "child_id" not in household["plaatsingen"][0]
    assert len(data["evenementen"]) == 2
    assert data["evenementen"][0]["evenement"] == "Pop-up Utrecht Centraal"
    assert data["toestemmingsteksten"] == [
        {"versie": "2026-1", "geldig_vanaf": "2026-01-01", "tekst": "Wij bewaren uw gegevens…"}
    ]
    log = [(line["onderdeel"], line["actie"], line["details"]) for line in data["logboek"]]
    assert ("info_requests", "gewijzigd", "follow_up_on, notes") in log
    assert ("households", "bekeken", "") in log
    exported = query_audit(db, ADMIN, AuditFilter(action=AuditAction.EXPORT))
    assert [(r.entity, r.entity_id, r.detail) for r in exported] == [
        ("info_requests", person["duplicate"], "inzageverzoek (AVG)")
    ]
    # The same data as JSON and as a PDF a person can read.
    as_json = tmp_path / "inzage.json"
    privacy.write_person_json(data, as_json)
    assert json.loads(as_json.read_text("utf-8")) == data
    as_pdf = tmp_path / "inzage.pdf"
    write_access_report(data, as_pdf)
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(as_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Inzage in persoonsgegevens (AVG)",
        "Noëlle",
        "IJzerman",
        "Çelik",
        "Oudegracht",
        "Wij bewaren uw gegevens…",
        "Logboek",
        "pop-up evenement",
        "geboortedatum",
        "12-04-1985",
    ):
        assert expected in pdf_text, expected
    from pypdf import PdfReader

    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(as_pdf).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts)


def test_person_export_needs_one_existing_person(db: Database) -> None:
    with pytest.raises(NotFoundError):
        privacy.person_export(db, request_id=123, actor=ADMIN)
    with pytest.raises(ValidationError):
        privacy.person_export(db, actor=ADMIN)


# --------------------------------------------------------------------------- erasure


def test_erasure_leaves_the_person_nowhere(db: Database, person: dict[str, int]) -> None:
    before = _all_text(db)
    assert all(needle in before for needle in NEEDLES)
    with pytest.raises(PermissionDenied):
        privacy.erase_person(db, request_id=person["request"], actor=WERVER)
    result = privacy.erase_person(db, request_id=person["request"], actor=ADMIN)
    assert result == privacy.ErasureResult(requests=2, households=1, adults=2)
    after = _all_text(db)
    for needle in NEEDLES:
        assert needle not in after, needle
    with db.session() as s:
        household = s.get(m.Household, person["household"])
        assert household is not None and household.anonymised_at == NOW
        assert household.adults == [] and household.own_children == []
        assert s.scalar(select(func.count()).select_from(m.ScreeningCheck)) == 0
        proposal = s.scalars(select(m.MatchProposal)).one()
        assert proposal.explanation == [] and proposal.decline_reason == privacy.ERASED_MARK
        assert proposal.status is ProposalStatus.AFGEWEZEN  # the statistics stay
        # Someone else is untouched.
        other = s.get(m.InfoRequest, person["other"])
        assert other is not None and other.first_name == "Anouk"
        assert s.scalar(select(func.count()).select_from(m.EventRegistration)) == 2
    erased = query_audit(db, ADMIN, AuditFilter(action=AuditAction.ANONYMISE))
    assert sorted((r.entity, r.entity_id, r.detail) for r in erased) == sorted(
        [
            ("info_requests", person["request"], "gewist op verzoek (AVG art. 17)"),
            ("info_requests", person["duplicate"], "gewist op verzoek (AVG art. 17)"),
            ("households", person["household"], "gewist op verzoek (AVG art. 17)"),
        ]
    )
    # What is left can still be exported: nothing personal in it any more.
    leftovers = json.dumps(privacy.person_export(db, household_id=person["household"], actor=ADMIN))
    for needle in NEEDLES:
        assert needle not in leftovers


def test_erasure_is_all_or_nothing(db: Database, person: dict[str, int]) -> None:
    before = _all_text(db)
    with pytest.raises(NotFoundError):
        privacy.erase_person(db, household_id=99_999, actor=ADMIN)
    assert _all_text(db) == before


def test_anonymised_records_refuse_a_stale_form(db: Database, person: dict[str, int]) -> None:
    """A form opened before the erasure cannot write the old details back."""
    with db.session() as s:
        version = s.get(m.InfoRequest, person["other"]).version  # type: ignore[union-attr]
    with db.transaction() as s:
        s.execute(
            m.InfoRequest.__table__.update()
            .where(m.InfoRequest.__table__.c.id == person["other"])
            .values(received_at=datetime(2024, 1, 1, tzinfo=UTC))
        )
    privacy.erase_person(db, request_id=person["other"], actor=ADMIN)
    from utregs_plekkie.core.errors import StaleRecordError

    with pytest.raises(StaleRecordError):
        save_request(db, person["other"], version, {"first_name": "Anouk"})


# --------------------------------------------------------------------------- command line


def _cli(*argv: str) -> tuple[int, str]:
    from utregs_plekkie.cli import run

    out = io.StringIO()
    return run(list(argv), out=out), out.getvalue()


def test_cli_retention_person_and_consent(
    db: Database,
    db_url: str,
    retention_data: dict[str, int],
    person: dict[str, int],
    tmp_path: Path,
) -> None:
    code, output = _cli("retention", "--db", db_url, "--admin")
    assert code == 0
    assert "Oud Test" in output and "Oudgestopt" in output
    assert "Proefdraaien: 1 aanvragen en 1 gezinnen" in output
    assert privacy.retention_dry_run(db).total == 2  # nothing changed
    code, output = _cli("retention", "--db", db_url, "--admin", "--apply")
    assert code == 0 and "Geanonimiseerd: 2 aanvragen en 1 gezinnen" in output
    assert privacy.retention_dry_run(db).total == 0
    code, output = _cli("retention", "--db", db_url, "--admin", "--lead-months", "3", "--save")
    assert code == 0 and "Bewaartermijnen opgeslagen" in output
    assert privacy.retention_rules(db).lead_months == 3
    for suffix in (".json", ".pdf"):
        target = tmp_path / f"inzage{suffix}"
        code, output = _cli(
            "person", "export", "--request", str(person["request"]), "--out", str(target),
            "--db", db_url, "--admin",
        )  # fmt: skip
        assert code == 0 and target.stat().st_size > 1000
    assert (
        json.loads((tmp_path / "inzage.json").read_text("utf-8"))["gezinnen"][0]["gegevens"]["name"]
        == "Familie IJzerman"
    )
    code, output = _cli(
        "person", "erase", "--household", str(person["household"]), "--yes", "--db", db_url,
        "--admin",
    )  # fmt: skip
    assert code == 0 and "Gewist: 2 aanvraag/aanvragen en 1 gezin(nen)" in output
    assert "IJzerman" not in _all_text(db)
    code, output = _cli(
        "consent", "withdraw", "--request", str(person["other"]), "--db", db_url, "--admin"
    )
    assert code == 0
    with db.session() as s:
        assert s.get(m.InfoRequest, person["other"]).consent_withdrawn_at == NOW  # type: ignore[union-attr]
