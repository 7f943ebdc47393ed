"""The schema, its migration and the guarantees of storage, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core.enums import (
    CareForm,
    DayPart,
    EventKind,
    Interest,
    PipelineStage,
    RequestStatus,
    Source,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import migrations
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, DatabaseError, open_database
from utregs_plekkie.storage.unit_of_work import unit_of_work

SYSTEM = Actor.system()


def save_request(
    db: Database, record_id: int, version: int, changes: dict[str, Any], actor: Actor = SYSTEM
) -> m.InfoRequest:
    """A checked save of one request through the one write path (storage.unit_of_work)."""
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind="aanvraag") as uow:
        record = uow.get(m.InfoRequest, record_id, expected_version=version)
        uow.change(record, changes)
        uow.flush()
        return record


def _request(**overrides) -> m.InfoRequest:
    values = dict(
        first_name="Noëlle",
        last_name="IJzerman",
        name_key="noelle ijzerman",
        email="noelle@example.nl",
        postcode="3511 AB",
        pc4="3511",
        source=Source.WEBSITE,
    )
    values.update(overrides)
    return m.InfoRequest(**values)


def test_migration_builds_exactly_the_models(db: Database) -> None:
    assert migrations.current_revision(db) == migrations.head_revision(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), m.Base.metadata
        )
    assert diff == []
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "info_requests",
        "households",
        "children",
        "availability_offers",
        "match_proposals",
        "placements",
        "events",
        "users",
        "audit_entries",
    } <= tables


def test_opening_twice_does_not_migrate_again(db_url: str) -> None:
    first = open_database(db_url)
    first.dispose()
    second = open_database(db_url)
    try:
        assert not migrations.needs_upgrade(second)
    finally:
        second.dispose()


def test_migrations_have_one_head(db: Database) -> None:
    # Two features that each add a migration on the same parent make two heads; the
    # second one must then add a merge revision (`alembic merge heads`), or the next
    # migration has no single parent to build on.
    heads = migrations.script_heads(db)
    assert len(heads) == 1, (
        f"Alembic has {len(heads)} heads ({', '.join(sorted(heads))}): add a merge revision "
        "in db/versions whose down_revision names them all."
    )
    assert migrations.current_revision(db) == migrations.head_revision(db)


def test_values_round_trip_with_their_types(db: Database) -> None:
    moment = datetime(2026, 11, 21, 14, 30, tzinfo=UTC)
    grid = Schedule.from_cells([(5, DayPart.MIDDAG), (6, DayPart.OCHTEND)])
    with db.transaction() as session:
        request = _request(received_at=moment)
        request.interests = [
            m.RequestInterest(interest=Interest.STEUNOUDER),
            m.RequestInterest(interest=Interest.DEELTIJD),
        ]
        household = m.Household(name="Familie Çelik", languages=["nl", "tr"], pets=["kat"])
        household.offers = [
            m.AvailabilityOffer(
                care_form=CareForm.STEUNOUDER,
                schedule=grid,
                needs_ok=["trauma"],
                max_distance_km=7.5,
            )
        ]
        session.add_all([request, household])
    with db.session() as session:
        loaded = session.scalars(select(m.InfoRequest)).one()
        assert loaded.full_name == "Noëlle IJzerman"
        assert loaded.received_at == moment and loaded.received_at.tzinfo is not None
        assert loaded.status is RequestStatus.NIEUW
        assert loaded.interest_set == {Interest.STEUNOUDER, Interest.DEELTIJD}
        offer = session.scalars(select(m.AvailabilityOffer)).one()
        assert offer.schedule == grid and offer.care_form is CareForm.STEUNOUDER
        assert offer.needs_ok == ["trauma"]
        family = session.scalars(select(m.Household)).one()
        assert (
            family.languages == ["nl", "tr"] and family.stage is PipelineStage.INFORMATIEBIJEENKOMST
        )


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.transaction() as session:
        session.add(
            m.Event(
                kind=EventKind.INFORMATIEAVOND, name="x", starts_at=datetime(2026, 12, 1, 19, 30)
            )
        )
        session.flush()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(m.EventRegistration(event_id=999_999))
        session.flush()


def test_a_save_based_on_a_stale_copy_is_refused(db: Database) -> None:
    with db.transaction() as session:
        session.add(_request())
    with db.session() as session:
        copy = session.scalars(select(m.InfoRequest)).one()
    assert copy.version == 1
    # Someone else saves first ...
    save_request(db, copy.id, 1, {"notes": "gebeld, belt terug"})
    # ... so the save based on version 1 is refused, with a Dutch sentence.
    with pytest.raises(StaleRecordError, match="intussen door iemand anders gewijzigd"):
        save_request(db, copy.id, 1, {"notes": "mijn notitie"})
    with db.session() as session:
        stored = session.get(m.InfoRequest, copy.id)
        assert stored is not None
        assert stored.notes == "gebeld, belt terug" and stored.version == 2
        audit = session.scalars(select(m.AuditEntry)).all()
        assert [(a.entity, a.entity_id, a.detail) for a in audit] == [
            ("info_requests", copy.id, "notes")
        ]


def test_racing_unit_of_work_saves_cannot_both_win(db: Database) -> None:
    with db.transaction() as session:
        session.add(_request())
    first, second = db.session(), db.session()
    try:
        a = first.scalars(select(m.InfoRequest)).one()
        b = second.scalars(select(m.InfoRequest)).one()
        a.notes = "eerste"
        first.commit()
        b.notes = "tweede"
        # PostgreSQL: the versioned UPDATE matches no row. SQLite: the second
        # transaction's read snapshot is outdated and the write is refused outright.
        with pytest.raises((StaleDataError, OperationalError)):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as session:
        assert session.scalars(select(m.InfoRequest.notes)).one() == "eerste"


def test_checked_updates_from_two_threads_never_lose_a_save(db: Database) -> None:
    import threading

    with db.transaction() as session:
        session.add(_request())
    with db.session() as session:
        record = session.scalars(select(m.InfoRequest)).one()
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def save(note: str) -> None:
        barrier.wait()
        try:
            save_request(db, record.id, 1, {"notes": note})
            outcomes.append("ok:" + note)
        except StaleRecordError:
            outcomes.append("geweigerd:" + note)

    threads = [threading.Thread(target=save, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o.split(":")[0] for o in outcomes) == ["geweigerd", "ok"]
    winner = next(o.split(":")[1] for o in outcomes if o.startswith("ok"))
    with db.session() as session:
        stored = session.get(m.InfoRequest, record.id)
        assert stored is not None and stored.notes == winner and stored.version == 2


def test_updating_a_missing_record_says_so(db: Database) -> None:
    # The unit of work's sentence: "Deze aanvraag bestaat niet (meer). Vernieuw de lijst ..."
    with pytest.raises(NotFoundError, match=r"bestaat niet \(meer\)"):
        save_request(db, 12345, 1, {"notes": "x"})


def test_children_have_no_name_column(db: Database) -> None:
    columns = {c["name"] for c in inspect(db.engine).get_columns("children")}
    assert not columns & {"name", "first_name", "last_name", "bsn", "postcode"}
    assert {"code", "birth_month", "home_pc4", "school_pc4"} <= columns


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()


def test_unusable_urls_give_dutch_sentences(tmp_path) -> None:
    with pytest.raises(DatabaseError, match="niet ondersteund"):
        Database("mysql://x@y/z")
    with pytest.raises(DatabaseError, match="niet geldig"):
        Database("::::")
    with pytest.raises(DatabaseError, match="Kan de database"):
        open_database("postgresql://nobody@127.0.0.1:1/nothing")


def test_dates_stay_dates(db: Database) -> None:
    with db.transaction() as session:
        session.add(_request(follow_up_on=date(2026, 11, 23)))
    with db.session() as session:
        assert session.scalars(select(m.InfoRequest.follow_up_on)).one() == date(2026, 11, 23)
