"""Events: invitations, registrations within capacity, attendance that moves people on,
the invitation CSV and the printed attendance list. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    HouseholdRoute,
    PipelineStage,
    Provider,
    RequestStatus,
    Role,
    Source,
)
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.packs.attendance import attendance_sheet, write_attendance_list
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events import (
    EventData,
    cancel_registration,
    create_event,
    event_detail,
    invitation_rows,
    invite,
    record_attendance,
    register,
    remove_event,
    training_progress,
    update_event,
    write_invitations_csv,
)
from utregs_plekkie.storage.households import (
    AdultData,
    HouseholdData,
    create_household,
    household_detail,
    move_stage,
)

ACTOR = Actor.system()
WERVER1 = Actor(user_id=None, username="werver1", role=Role.WERVER)

S = PipelineStage
NOW = datetime(2027, 3, 10, 10, 0, tzinfo=clock.LOCAL_TZ)
EVENING = datetime(2027, 3, 9, 19, 30, tzinfo=clock.LOCAL_TZ)


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """The shared database (tests/storage/conftest.py), on this file's fixed clock."""
    clock.set_clock(lambda: NOW)
    yield db
    clock.set_clock(None)


def make_request(
    db: Database,
    first: str,
    last: str,
    email: str | None,
    status: RequestStatus = RequestStatus.PAKKET_VERSTUURD,
) -> int:
    with db.transaction() as s:
        request = m.InfoRequest(
            first_name=first,
            last_name=last,
            email=email,
            source=Source.POPUP,
            status=status,
            status_since=NOW - timedelta(days=30),
        )
        s.add(request)
        s.flush()
        return request.id


def evening(db: Database, capacity: int | None = 3) -> int:
    return create_event(
        db,
        EventData(
            kind=EventKind.INFORMATIEAVOND,
            name="Informatieavond Leidsche Rijn",
            starts_at=EVENING,
            ends_at=EVENING + timedelta(hours=2),
            location="BASEcamp Leidsche Rijn Centrum",
            capacity=capacity,
            provider=Provider.KOOS,
        ),
        actor=WERVER1,
    )


def test_event_validation_and_stale_edit(db: Database) -> None:
    with pytest.raises(ValidationError, match="naam"):
        create_event(db, EventData(EventKind.TRAINING, " ", starts_at=EVENING), actor=ACTOR)
    with pytest.raises(ValidationError, match="niet na het begin"):
        create_event(
            db,
            EventData(
                EventKind.TRAINING,
                "STAP 1",
                starts_at=EVENING,
                ends_at=EVENING - timedelta(hours=1),
            ),
            actor=ACTOR,
        )
    with pytest.raises(ValidationError, match="minstens 1"):
        create_event(
            db, EventData(EventKind.POPUP, "Pop-up", starts_at=EVENING, capacity=0), actor=ACTOR
        )
    event_id = evening(db)
    detail = event_detail(db, event_id)
    assert detail.data.starts_at == EVENING and detail.free_places == 3
    changed = detail.data
    changed.location = "Wijkcentrum De Meern"
    update_event(db, event_id, detail.version, changed, actor=ACTOR)
    with pytest.raises(StaleRecordError):
        update_event(db, event_id, detail.version, changed, actor=ACTOR)


def test_attendance_at_an_information_evening_moves_request_and_family(db: Database) -> None:
    event_id = evening(db)
    aicha = make_request(db, "Aïcha", "Çelik", "aicha@example.nl")
    dropped = make_request(db, "Noëlle", "Brontë", None, RequestStatus.AFGEHAAKT)
    registered = make_request(db, "Sem", "Visser", "sem@example.nl", RequestStatus.AANGEMELD)
    family = create_household(
        db, HouseholdData(name="Familie IJzerman", email="ij@example.nl"), actor=ACTOR
    )
    further = create_household(db, HouseholdData(name="Familie Bos"), actor=ACTOR)
    move_stage(db, further, S.KENNISMAKING, actor=ACTOR)
    assert (
        invite(
            db,
            event_id,
            request_ids=[aicha, dropped, registered],
            household_ids=[family, further],
            actor=ACTOR,
        ).invited
        == 5
    )
    assert invite(db, event_id, request_ids=[aicha], actor=ACTOR).already == 1
    regs = {
        "aicha": register(db, event_id, request_id=aicha, actor=ACTOR),
        "dropped": register(db, event_id, request_id=dropped, actor=ACTOR),
        "family": register(db, event_id, household_id=family, actor=ACTOR),
    }
    assert register(db, event_id, request_id=aicha, actor=ACTOR) == regs["aicha"]  # idempotent
    walk_in = {r.name: r.registration_id for r in event_detail(db, event_id).registrations}
    outcome = record_attendance(
        db,
        event_id,
        {
            regs["aicha"]: True,
            regs["dropped"]: True,
            regs["family"]: True,
            walk_in["Sem Visser"]: True,
            walk_in["Familie Bos"]: False,
        },
        actor=WERVER1,
    )
    assert sorted(outcome.requests_moved) == sorted([aicha, dropped])
    assert outcome.households_moved == (family,)
    assert any("Sem Visser heeft al de status aangemeld" in n for n in outcome.notes)
    with db.session() as s:
        request = s.get(m.InfoRequest, aicha)
        assert request is not None and request.status == RequestStatus.INFORMATIEAVOND
        assert request.status_since == EVENING  # dated at the event
        change = request.status_changes[-1]
        assert (change.from_status, change.to_status, change.at) == (
            RequestStatus.PAKKET_VERSTUURD,
            RequestStatus.INFORMATIEAVOND,
            EVENING,
        )
        again = s.get(m.InfoRequest, dropped)
        assert again is not None and again.status == RequestStatus.INFORMATIEAVOND
    moved = household_detail(db, family, actor=ACTOR)
    assert moved.household.stage == S.KENNISMAKING
    assert moved.history[-1].at == NOW  # made after the evening: not dated before that
    assert "Aanwezig op Informatieavond Leidsche Rijn" in moved.history[-1].note
    assert household_detail(db, further, actor=ACTOR).household.stage == S.KENNISMAKING
    detail = event_detail(db, event_id)
    assert detail.attended == 4 and detail.registered == 4
    # Recording the same attendance again moves nobody twice.
    again = record_attendance(
        db, event_id, {regs["aicha"]: True, regs["family"]: True}, actor=ACTOR
    )
    assert again.requests_moved == () and again.households_moved == ()
    with pytest.raises(UserError, match="kan niet meer weg"):
        remove_event(db, event_id, detail.version, actor=ACTOR)


def test_a_full_event_refuses_another_registration(db: Database) -> None:
    event_id = evening(db, capacity=2)
    people = [make_request(db, "Anna", f"Jansen{i}", f"anna{i}@example.nl") for i in range(3)]
    first = register(db, event_id, request_id=people[0], actor=ACTOR)
    register(db, event_id, request_id=people[1], actor=ACTOR)
    with pytest.raises(UserError) as full:
        register(db, event_id, request_id=people[2], actor=ACTOR)
    message = full.value.message
    assert "is vol" in message and "alle 2 plaatsen" in message
    assert "Anna Jansen2" in message and "andere datum" in message
    assert event_detail(db, event_id).is_full
    detail = event_detail(db, event_id)
    smaller = detail.data
    smaller.capacity = 1
    with pytest.raises(ValidationError, match="niet lager dan 2"):
        update_event(db, event_id, detail.version, smaller, actor=ACTOR)
    cancel_registration(db, first, actor=ACTOR)
    register(db, event_id, request_id=people[2], actor=ACTOR)
    assert event_detail(db, event_id).registered == 2
    # Someone who comes without registering is put on the list anyway.
    walk_in = register(db, event_id, request_id=people[0], walk_in=True, actor=ACTOR)
    record_attendance(db, event_id, {walk_in: True}, actor=ACTOR)
    assert event_detail(db, event_id).attended == 1
    with pytest.raises(ValidationError, match="één aanvraag of één gezin"):
        register(db, event_id, actor=ACTOR)


def test_training_attendance_suggests_the_next_stage_without_moving(db: Database) -> None:
    family = create_household(
        db,
        HouseholdData(name="Familie Smit"),
        adults=[AdultData(first_name="Eva", last_name="Smit")],
        actor=ACTOR,
    )
    support = create_household(
        db, HouseholdData(name="Familie Amrani", route=HouseholdRoute.STEUNOUDER), actor=ACTOR
    )
    for household in (family, support):
        for stage in (S.KENNISMAKING, S.AANMELDING, S.SCREENING, S.TRAINING):
            move_stage(db, household, stage, actor=ACTOR)
    sessions = [
        create_event(db, EventData(EventKind.TRAINING, f"STAP-training {n}",
                                   starts_at=NOW - timedelta(days=14 - 7 * n), capacity=12),
                     actor=ACTOR)
        for n in range(2)
    ]  # fmt: skip
    regs = {
        (e, h): register(db, e, household_id=h, actor=ACTOR)
        for e in sessions
        for h in (family, support)
    }
    first = record_attendance(
        db,
        sessions[0],
        {regs[(sessions[0], family)]: True, regs[(sessions[0], support)]: False},
        actor=ACTOR,
    )
    assert first.suggestions == ()  # one session still to record
    progress = training_progress(db, support)
    assert (progress.attended, progress.missed, progress.unrecorded) == (0, 1, 1)
    second = record_attendance(
        db,
        sessions[1],
        {regs[(sessions[1], family)]: True, regs[(sessions[1], support)]: True},
        actor=ACTOR,
    )
    [suggestion] = second.suggestions
    assert suggestion.household_id == family and suggestion.to_stage == S.GEZINSONDERZOEK
    assert "alle trainingsbijeenkomsten gevolgd (2)" in suggestion.text
    assert training_progress(db, family).complete
    assert not training_progress(db, support).complete  # missed one
    # Only a suggestion: the family is still in training.
    assert household_detail(db, family, actor=ACTOR).household.stage == S.TRAINING


def test_invitation_rows_and_csv(db: Database, tmp_path: Path) -> None:
    event_id = evening(db)
    aicha = make_request(db, "Aïcha", "Çelik", "aicha@example.nl")
    family = create_household(
        db,
        HouseholdData(name="Familie IJzerman"),
        adults=[AdultData(first_name="Joëlle", last_name="IJzerman", email="joelle@example.nl")],
        actor=ACTOR,
    )
    invite(db, event_id, request_ids=[aicha], household_ids=[family], actor=ACTOR)
    register(db, event_id, household_id=family, actor=ACTOR)
    rows = invitation_rows(db, event_id)
    assert [(r.name, r.email, r.person_kind, r.status) for r in rows] == [
        ("Familie IJzerman", "joelle@example.nl", "gezin", "aangemeld"),
        ("Aïcha Çelik", "aicha@example.nl", "aanvraag", "uitgenodigd"),
    ]
    target = tmp_path / "uitnodigingen.csv"
    assert write_invitations_csv(db, event_id, target, actor=WERVER1) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == ["naam", "e-mailadres", "soort", "status"]
    assert table[2] == ["Aïcha Çelik", "aicha@example.nl", "aanvraag", "uitgenodigd"]
    with db.session() as s:
        exported = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == AuditAction.EXPORT)
        ).all()
    assert [(e.entity, e.entity_id, e.username) for e in exported] == [
        ("events", event_id, "werver1")
    ]
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map")
    with pytest.raises(UserError, match=r"Kan .* niet schrijven"):
        write_invitations_csv(db, event_id, blocker / "x.csv", actor=ACTOR)
    assert blocker.read_text() == "geen map"


def test_attendance_list_pdf_with_dutch_names(db: Database, tmp_path: Path) -> None:
    event_id = evening(db)
    people = [
        make_request(db, "Aïcha", "Çelik", "aicha@example.nl"),
        make_request(db, "Noëlle", "Brontë", "noelle@example.nl"),
        make_request(db, "Zeynep", "Şahin", None),
    ]
    for person in people[:2]:
        register(db, event_id, request_id=person, actor=ACTOR)
    invite(db, event_id, request_ids=[people[2]], actor=ACTOR)
    target = write_attendance_list(db, event_id, tmp_path / "presentielijst.pdf", actor=WERVER1)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    for name in ("Aïcha Çelik", "Noëlle Brontë", "Zeynep Şahin"):
        assert name in text
    assert "Presentielijst: Informatieavond Leidsche Rijn" in text
    assert "dinsdag 9 maart 2027, 19.30 – 21.30 uur" in text
    assert "BASEcamp Leidsche Rijn Centrum" in text and "KOOS Utrecht" in text
    assert "pagina 1 van 1" in text
    # Visitors sign this list: no e-mail addresses unless the staff copy asks for them.
    assert "aicha@example.nl" not in text
    staff = write_attendance_list(
        db, event_id, tmp_path / "intern.pdf", include_contact=True, actor=ACTOR
    )
    assert "aicha@example.nl" in PdfReader(staff).pages[0].extract_text()
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(target).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVu" in f or "Plekkie" in f for f in fonts), fonts
    sheet = attendance_sheet(db, event_id)
    assert [line.registered for line in sheet.lines] == [True, True, False]
    with db.session() as s:
        printed = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == AuditAction.PRINT)
        ).all()
    assert len(printed) == 2 and printed[0].entity_id == event_id


def test_many_pages_are_numbered(db: Database, tmp_path: Path) -> None:
    event_id = evening(db, capacity=None)
    people = [make_request(db, "Daniëlle", f"Dijkstra {n:02d}", None) for n in range(60)]
    invite(db, event_id, request_ids=people, actor=ACTOR)
    reader = PdfReader(write_attendance_list(db, event_id, tmp_path / "lang.pdf", actor=ACTOR))
    assert len(reader.pages) >= 2
    last = reader.pages[-1].extract_text()
    assert f"pagina {len(reader.pages)} van {len(reader.pages)}" in last
    assert date(2027, 3, 10).strftime("%d-%m-%Y") in reader.pages[0].extract_text()


def test_command_line_invitations_and_attendance_list(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from utregs_plekkie.cli import run

    event_id = evening(db)
    invite(
        db,
        event_id,
        request_ids=[make_request(db, "Aïcha", "Çelik", "aicha@example.nl")],
        actor=ACTOR,
    )
    db.dispose()

    def cli(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = run([*argv, "--db", db_url], out=out)
        return code, out.getvalue()

    code, text = cli("events", "invitations", str(event_id), "--out", str(tmp_path / "u.csv"))
    assert code == 0 and "(1 persoon)" in text
    assert "Aïcha Çelik;aicha@example.nl" in (tmp_path / "u.csv").read_text("utf-8-sig")
    pdf = tmp_path / "p.pdf"
    code, text = cli("events", "attendance-list", str(event_id), "--out", str(pdf))
    assert code == 0 and "Aïcha Çelik" in PdfReader(pdf).pages[0].extract_text()
    code, _text = cli("events", "attendance-list", "999", "--out", str(pdf))
    assert code == 1 and "Evenement 999 bestaat niet" in capsys.readouterr().err
    code, _text = cli("events", "invitations", str(event_id), "--out", str(tmp_path / "u.txt"))
    assert code == 1 and ".csv" in capsys.readouterr().err
