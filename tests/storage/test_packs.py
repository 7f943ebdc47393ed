"""Packs from the database: what is gathered, what printing changes, and the commands.

Runs on SQLite and on the real PostgreSQL server (``db_url``); the PDFs are read back.
"""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from utregs_plekkie.cli import run
from utregs_plekkie.commands.packs import run_info_batch
from utregs_plekkie.core.clock import LOCAL_TZ
from utregs_plekkie.core.enums import (
    AuditAction,
    CareFamily,
    CareForm,
    ChildStatus,
    EventKind,
    HouseholdRoute,
    Interest,
    PipelineStage,
    Provider,
    RequestStatus,
    Role,
    ScreeningKind,
    Source,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.packs.batch import render_info_packs, render_intake_packs
from utregs_plekkie.packs.content import Organisation, placeholder
from utregs_plekkie.packs.data import info_pack_data, intake_pack_data, labels_for_requests
from utregs_plekkie.packs.settings import load_pack_settings, save_pack_settings
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.packs_data import mark_packs_sent, nearby_need_counts, pending_requests

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=LOCAL_TZ)
MARLOES = Actor(user_id=None, username="marloes", role=Role.WERVER)
OVERVECHT = "WK034403"
LEIDSCHE_RIJN = "WK034409"


pytestmark = pytest.mark.usefixtures("now")


@pytest.fixture
def clock_start() -> datetime:
    """The program's clock (the shared `now` fixture) stands at NOW."""
    return NOW


@dataclass
class Seeded:
    aicha: int
    joelle: int
    outside: int
    sent: int
    merged: int
    anonymised: int
    called: int
    withdrawn: int
    household: int


def _request(
    first: str,
    last: str,
    *,
    wijk: str | None,
    provider: Provider | None,
    interests: tuple[Interest, ...] = (),
    days_ago: int = 1,
    prefix: str = "",
    street: str = "Zamenhofdreef",
    **extra: object,
) -> m.InfoRequest:
    request = m.InfoRequest(
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        street=street,
        house_number=12,
        house_number_suffix="a",
        postcode="3562 JW",
        city="Utrecht",
        wijk_code=wijk,
        provider=provider,
        source=Source.WEBSITE,
        received_at=NOW - timedelta(days=days_ago),
        consent_contact=True,
        **extra,
    )
    request.interests = [m.RequestInterest(interest=i) for i in interests]
    return request


def _evening(day: date, provider: Provider | None, place: str, **extra: object) -> m.Event:
    starts = datetime.combine(day, datetime.min.time(), tzinfo=LOCAL_TZ).replace(hour=19, minute=30)
    return m.Event(
        kind=extra.pop("kind", EventKind.INFORMATIEAVOND),
        name="Informatieavond pleegzorg",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        location=place,
        provider=provider,
        **extra,
    )


def seed(db: Database) -> Seeded:
    with db.transaction() as s:
        aicha = _request(
            "Aïcha",
            "Bĳl-Brontë",
            prefix="el",
            wijk=OVERVECHT,
            provider=Provider.SPOOR030,
            interests=(Interest.STEUNOUDER, Interest.DEELTIJD),
            days_ago=3,
        )
        joelle = _request(
            "Joëlle",
            "Ruël",
            wijk=LEIDSCHE_RIJN,
            provider=Provider.KOOS,
            interests=(Interest.VOLTIJD,),
            days_ago=2,
        )
        outside = _request("Ïsa", "IJzerman", wijk=None, provider=None, street="", days_ago=1)
        sent = _request("Al", "Verstuurd", wijk=OVERVECHT, provider=Provider.SPOOR030)
        sent.pack_sent_at = NOW - timedelta(days=1)
        anonymised = _request("", "", wijk=OVERVECHT, provider=Provider.SPOOR030)
        anonymised.anonymised_at = NOW - timedelta(days=1)
        called = _request("Bram", "Gebeld", wijk=OVERVECHT, provider=Provider.SPOOR030)
        called.status = RequestStatus.GEBELD
        withdrawn = _request("Wim", "Nee", wijk=OVERVECHT, provider=Provider.SPOOR030)
        withdrawn.consent_withdrawn_at = NOW - timedelta(hours=3)
        s.add_all([aicha, joelle, outside, sent, anonymised, called, withdrawn])
        s.flush()
        merged = _request("Aicha", "Bijl", wijk=OVERVECHT, provider=Provider.SPOOR030)
        merged.merged_into_id = aicha.id
        s.add(merged)

        codes = iter(range(1, 1000))

        def child(n: int, wijk: str, care: CareForm, status: ChildStatus) -> m.Child:
            return m.Child(
                code=f"K-{next(codes):03d}",
                birth_month=date(2016, 1, 1),
                wijk_code=wijk,
                care_form=care,
                status=status,
            )

        kids = [child(n, OVERVECHT, CareForm.STEUNOUDER, ChildStatus.WACHT) for n in range(3)]
        kids += [
            child(n, OVERVECHT, CareForm.DEELTIJD_WEEKEND, ChildStatus.WACHT) for n in range(4)
        ]
        kids += [
            child(n, OVERVECHT, CareForm.DEELTIJD_VAKANTIE, ChildStatus.VOORGESTELD)
            for n in range(2)
        ]
        kids.append(child(0, OVERVECHT, CareForm.DEELTIJD_WEEKEND, ChildStatus.GEPLAATST))
        kids += [
            child(n, LEIDSCHE_RIJN, CareForm.VOLTIJD_LANG, ChildStatus.WACHT) for n in range(5)
        ]
        kids += [
            child(n, LEIDSCHE_RIJN, CareForm.VOLTIJD_CRISIS, ChildStatus.WACHT) for n in range(2)
        ]
        kids.append(child(0, LEIDSCHE_RIJN, CareForm.VOLTIJD_KORT, ChildStatus.GESLOTEN))
        s.add_all(kids)

        full = _evening(date(2026, 12, 1), Provider.SPOOR030, "Vol", capacity=1)
        s.add_all(
            [
                _evening(date(2026, 12, 8), Provider.SPOOR030, "Buurtcentrum Oase, Utrecht"),
                _evening(date(2026, 12, 15), Provider.KOOS, "Wijkcentrum Leidsche Rijn"),
                _evening(date(2027, 1, 5), None, "Utrecht Centraal, Stationshal"),
                _evening(date(2026, 11, 1), Provider.SPOOR030, "Voorbij"),
                full,
                _evening(
                    date(2026, 12, 10),
                    Provider.KOOS,
                    "KOOS, Vleutenseweg 50",
                    kind=EventKind.TRAINING,
                ),
            ]
        )
        s.flush()
        s.add(m.EventRegistration(event_id=full.id, request_id=called.id, registered_at=NOW))

        household = m.Household(
            name="Familie Ruël",
            route=HouseholdRoute.PLEEGOUDER,
            stage=PipelineStage.SCREENING,
            street="Biltstraat",
            house_number=101,
            postcode="3572 AN",
            city="Utrecht",
            provider=Provider.KOOS,
            phone="+31612345678",
            email="ruel@voorbeeld.nl",
            documents_received=["aanmeldformulier ontvangen", "Medische vragenlijsten"],
        )
        noelle = m.Adult(first_name="Noëlle", last_name="Ruël", birth_date=date(1984, 3, 4))
        noelle.checks = [
            m.ScreeningCheck(
                kind=ScreeningKind.VGB, requested_on=date(2026, 10, 1), issued_on=date(2026, 11, 2)
            )
        ]
        household.adults = [noelle, m.Adult(first_name="Joris", last_name="Bakker")]
        household.own_children = [m.HouseholdChild(birth_year=2015)]
        household.offers = [m.AvailabilityOffer(care_form=CareForm.VOLTIJD_LANG, capacity=2)]
        s.add(household)
        s.flush()
        joelle.household_id = household.id
        return Seeded(
            aicha=aicha.id,
            joelle=joelle.id,
            outside=outside.id,
            sent=sent.id,
            merged=merged.id,
            anonymised=anonymised.id,
            called=called.id,
            withdrawn=withdrawn.id,
            household=household.id,
        )


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    # The packs hold personal data: the commands need a user (here the admin mode).
    code = run([*argv, "--admin"], out=out)
    return code, out.getvalue()


def _text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return " ".join(result.stdout.split())


# --------------------------------------------------------------------------- gathering


def test_pending_are_the_new_requests_without_a_pack(db: Database) -> None:
    ids = seed(db)
    assert pending_requests(db) == [ids.aicha, ids.joelle, ids.outside]


def test_nearby_need_is_counted_per_wijk_and_kind_in_one_query(db: Database) -> None:
    seed(db)
    with db.session() as session:
        counts = nearby_need_counts(session)
    # Waiting and proposed count; placed and closed do not.
    assert counts[(OVERVECHT, CareFamily.STEUNOUDER)] == 3
    assert counts[(OVERVECHT, CareFamily.DEELTIJD)] == 6
    assert counts[(LEIDSCHE_RIJN, CareFamily.VOLTIJD)] == 7
    assert (OVERVECHT, CareFamily.VOLTIJD) not in counts
    assert counts[("", CareFamily.DEELTIJD)] == 6  # the whole city
    assert counts[("", CareFamily.VOLTIJD)] == 7


def test_pack_data_comes_from_request_routing_events_and_need(db: Database) -> None:
    ids = seed(db)
    aicha, joelle, outside = info_pack_data(db, [ids.aicha, ids.joelle, ids.outside])

    assert (aicha.first_name, aicha.name_prefix, aicha.last_name) == ("Aïcha", "el", "Bĳl-Brontë")
    assert aicha.organisation == "spoor030" and aicha.wijk == "Overvecht"
    assert aicha.interests == (Interest.DEELTIJD, Interest.STEUNOUDER)
    assert aicha.letter_date == date(2026, 11, 22)
    need = {n.family: n.count for n in aicha.nearby}
    assert need[CareFamily.STEUNOUDER] == 3 and need[CareFamily.DEELTIJD] == 6
    # Its own provider's evenings and the shared ones; not past, full or other kinds.
    assert [e.location for e in aicha.events] == [
        "Buurtcentrum Oase, Utrecht",
        "Utrecht Centraal, Stationshal",
    ]
    assert joelle.organisation == "koos" and joelle.wijk == "Leidsche Rijn"
    assert [e.location for e in joelle.events] == [
        "Wijkcentrum Leidsche Rijn",
        "Utrecht Centraal, Stationshal",
    ]
    # Outside the city: the campaign sends it, with every evening and the city's need.
    assert outside.organisation == "campagne" and outside.wijk is None
    assert len(outside.events) == 3
    assert {n.family: n.count for n in outside.nearby}[CareFamily.VOLTIJD] == 7


def test_the_pdf_from_the_database(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    packs = info_pack_data(db, [ids.aicha, ids.joelle, ids.outside])
    out = tmp_path / "pakketten.pdf"
    result = render_info_packs(packs, load_pack_settings(db), out)
    assert result.pages == 6 and len(PdfReader(out).pages) == 6
    text = _text(out)
    assert "Aïcha el Bĳl-Brontë" in (PdfReader(out).pages[0].extract_text() or "")
    assert "In jouw wijk, Overvecht, wachten op dit moment:" in text
    assert "minder dan 5 kinderen op een steungezin" in text
    assert "6 kinderen op een deeltijdpleeggezin" in text
    assert "In jouw wijk, Leidsche Rijn" in text and "7 kinderen op een voltijdpleeggezin" in text
    assert "dinsdag 8 december 2026" in text and "dinsdag 5 januari 2027" in text
    # The one without a street: a placeholder, and reported.
    assert placeholder("straat") in text
    assert [(m.subject, m.field) for m in result.missing] == [
        (f"Aanvraag {ids.outside} (Ïsa IJzerman)", "straat")
    ]


def test_requests_that_cannot_get_a_pack_are_refused_with_a_reason(db: Database) -> None:
    ids = seed(db)
    with pytest.raises(UserError, match=f"samengevoegd met aanvraag {ids.aicha}"):
        info_pack_data(db, [ids.merged])
    with pytest.raises(UserError, match="geanonimiseerd"):
        info_pack_data(db, [ids.anonymised])
    with pytest.raises(UserError, match="toestemming"):
        labels_for_requests(db, [ids.withdrawn])
    with pytest.raises(NotFoundError, match="999999"):
        info_pack_data(db, [ids.aicha, 999999])


def test_labels_for_the_same_requests(db: Database) -> None:
    ids = seed(db)
    labels = labels_for_requests(db, [ids.joelle, ids.aicha])
    assert [label.address.name for label in labels] == ["Joëlle Ruël", "Aïcha el Bĳl-Brontë"]
    assert labels[0].address.postcode == "3562 JW"


# --------------------------------------------------------------------------- after printing


def _status_rows(db: Database, request_id: int) -> list[tuple[RequestStatus | None, RequestStatus]]:
    with db.session() as s:
        return [
            (row.from_status, row.to_status)
            for row in s.scalars(
                select(m.RequestStatusChange)
                .where(m.RequestStatusChange.request_id == request_id)
                .order_by(m.RequestStatusChange.id)
            )
        ]


def _prints(db: Database) -> list[tuple[str, int | None, str]]:
    with db.session() as s:
        return [
            (a.entity, a.entity_id, a.detail)
            for a in s.scalars(
                select(m.AuditEntry)
                .where(m.AuditEntry.action == AuditAction.PRINT)
                .order_by(m.AuditEntry.id)
            )
        ]


def test_marking_packs_sent(db: Database) -> None:
    ids = seed(db)
    with db.session() as s:
        version_before = s.get(m.InfoRequest, ids.aicha).version  # type: ignore[union-attr]
    result = mark_packs_sent(db, [ids.aicha, ids.called, ids.merged, 424242], actor=MARLOES)
    assert (result.marked, result.status_changed) == (2, 1)
    assert result.skipped == (ids.merged, 424242)
    with db.session() as s:
        aicha = s.get(m.InfoRequest, ids.aicha)
        called = s.get(m.InfoRequest, ids.called)
        assert aicha is not None and called is not None
        assert aicha.status == RequestStatus.PAKKET_VERSTUURD
        assert aicha.pack_sent_at == NOW and aicha.status_since == NOW
        assert aicha.version == version_before + 1
        # Further along already: keeps its status, the pack is still recorded.
        assert called.status == RequestStatus.GEBELD and called.pack_sent_at == NOW
        audit = s.scalars(select(m.AuditEntry).where(m.AuditEntry.entity_id == ids.aicha)).one()
        assert audit.action == AuditAction.PRINT and audit.username == "marloes"
    assert _status_rows(db, ids.aicha) == [(RequestStatus.NIEUW, RequestStatus.PAKKET_VERSTUURD)]
    assert _status_rows(db, ids.called) == []
    assert pending_requests(db) == [ids.joelle, ids.outside]


def test_a_cancelled_batch_marks_nothing(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    settings = load_pack_settings(db)
    packs = info_pack_data(db, pending_requests(db))
    out = tmp_path / "afgebroken.pdf"
    result, marked = run_info_batch(
        db,
        packs,
        settings,
        out,
        mark_sent=True,
        actor=MARLOES,
        progress=lambda done, total: done < 2,
    )
    assert result.cancelled and marked is None
    assert not out.exists()
    assert pending_requests(db) == [ids.aicha, ids.joelle, ids.outside]
    assert _prints(db) == []
    assert _status_rows(db, ids.aicha) == []

    result, marked = run_info_batch(db, packs, settings, out, mark_sent=True, actor=MARLOES)
    assert not result.cancelled and result.pages == 6 and out.exists()
    assert marked is not None and marked.marked == 3
    assert pending_requests(db) == []


# --------------------------------------------------------------------------- settings


def test_pack_settings_are_kept_in_the_database_with_a_version_check(db: Database) -> None:
    settings = load_pack_settings(db)
    assert settings.texts_version is None and not settings.organisations_checked
    texts = dict(settings.texts)
    texts["info.aanhef"] = "Hoi {voornaam},"
    koos = settings.organisation("koos")
    organisations = dict(settings.organisations)
    organisations["koos"] = Organisation(**{**koos.__dict__, "phone": "030 123 45 67"})

    saved = save_pack_settings(
        db, settings, texts=texts, organisations=organisations, actor=MARLOES
    )
    assert saved.text("info.aanhef") == "Hoi {voornaam},"
    assert saved.organisation("koos").phone == "030 123 45 67"
    assert saved.organisations_checked
    assert saved.texts_version == 1 and saved.organisations_version == 1
    with db.session() as s:
        stored = s.scalars(select(m.Setting).where(m.Setting.key == "packs.texts")).one()
        assert stored.value == {"info.aanhef": "Hoi {voornaam},"}  # only what differs

    # A second editor saving from the first, now outdated, copy is refused.
    with pytest.raises(StaleRecordError):
        save_pack_settings(db, settings, texts=texts, actor=MARLOES)
    again = save_pack_settings(db, saved, texts={**texts, "info.groet": "Groetjes,"}, actor=MARLOES)
    assert again.texts_version == 2 and again.text("info.groet") == "Groetjes,"
    with db.session() as s:
        changes = s.scalar(
            select(func.count()).where(
                m.AuditEntry.entity == "settings",
                m.AuditEntry.action.in_([AuditAction.CREATE, AuditAction.UPDATE]),
            )
        )
    assert changes == 3


def test_pack_settings_are_checked_before_saving(db: Database) -> None:
    settings = load_pack_settings(db)
    with pytest.raises(ValidationError, match="accolade"):
        save_pack_settings(db, settings, texts={"info.aanhef": "Beste {voornaam,"}, actor=MARLOES)
    bad = Organisation(**{**settings.organisation("koos").__dict__, "website": "koos.nl"})
    with pytest.raises(ValidationError, match="https://"):
        save_pack_settings(db, settings, organisations={"koos": bad}, actor=MARLOES)
    bad = Organisation(**{**settings.organisation("koos").__dict__, "email": "geen-mail"})
    with pytest.raises(ValidationError, match="KOOS Utrecht"):
        save_pack_settings(db, settings, organisations={"koos": bad}, actor=MARLOES)
    assert load_pack_settings(db).texts_version is None  # nothing was stored


# --------------------------------------------------------------------------- intake


def test_intake_pack_from_the_database(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    data = intake_pack_data(db, ids.household)
    assert data.household_name == "Familie Ruël" and data.organisation == "koos"
    assert [a.first_name for a in data.adults] == ["Noëlle", "Joris"]
    assert data.adults[0].screenings[0].issued_on == date(2026, 11, 2)
    assert data.interests == (Interest.VOLTIJD,)
    assert data.children == ((2015, True),)
    assert [e.location for e in data.trainings] == ["KOOS, Vleutenseweg 50"]

    out = tmp_path / "intake.pdf"
    result = render_intake_packs([data], load_pack_settings(db), out)
    assert result.pages == 4
    text = _text(out)
    assert "Beste Noëlle en Joris," in text
    assert "Verklaring van Geen Bezwaar (VGB) voor Joris Bakker" in text
    assert "donderdag 10 december 2026" in text
    assert placeholder("geboortedatum Joris") in text
    with pytest.raises(NotFoundError):
        intake_pack_data(db, 999999)


# --------------------------------------------------------------------------- commands


def test_packs_commands_end_to_end(db: Database, db_url: str, tmp_path: Path) -> None:
    ids = seed(db)
    out = tmp_path / "pakketten.pdf"
    code, text = _cli("packs", "info", "--pending", "--out", str(out), "--db", db_url)
    assert code == 0, text
    assert f"3 informatiepakketten gemaakt: 6 pagina's in {out}." in text
    assert "voorbeeldwaarden" in text  # the senders were never checked
    assert f"Aanvraag {ids.outside} (Ïsa IJzerman): straat" in text
    assert "niet als verstuurd gemarkeerd" in text
    assert len(PdfReader(out).pages) == 6
    assert pending_requests(db) == [ids.aicha, ids.joelle, ids.outside]

    labels = tmp_path / "etiketten.pdf"
    code, text = _cli("packs", "labels", "--pending", "--out", str(labels), "--db", db_url)
    assert code == 0 and f"3 adresetiketten gemaakt: 1 pagina in {labels}." in text

    code, text = _cli(
        "packs", "info", "--pending", "--mark-sent", "--out", str(out), "--db", db_url
    )
    assert code == 0
    assert "3 aanvra(a)g(en) gemarkeerd als 'pakket verstuurd' op 22 november 2026" in text
    assert pending_requests(db) == []
    code, text = _cli("packs", "info", "--pending", "--out", str(out), "--db", db_url)
    assert code == 0 and "geen nieuwe aanvragen zonder pakket" in text

    single = tmp_path / "een.pdf"
    code, text = _cli(
        "packs", "info", "--request", str(ids.joelle), "--out", str(single), "--db", db_url
    )
    assert code == 0 and f"1 informatiepakket gemaakt: 2 pagina's in {single}." in text

    intake = tmp_path / "intake.pdf"
    code, text = _cli(
        "packs", "intake", "--household", str(ids.household), "--out", str(intake), "--db", db_url
    )
    assert code == 0 and "1 intakepakket gemaakt voor Familie Ruël: 4 pagina's" in text
    details = [(entity, detail) for entity, _id, detail in _prints(db)]
    assert ("households", "intakepakket afgedrukt") in details
    assert details.count(("info_requests", "adresetiket afgedrukt")) == 3


def test_packs_commands_fail_with_a_dutch_sentence(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed(db)
    code, _out = _cli(
        "packs", "info", "--request", "999999", "--out", str(tmp_path / "x.pdf"), "--db", db_url
    )
    assert code == 1 and "Aanvraag 999999 bestaat niet" in capsys.readouterr().err
    code, _out = _cli(
        "packs",
        "info",
        "--request",
        str(ids.merged),
        "--out",
        str(tmp_path / "x.pdf"),
        "--db",
        db_url,
    )
    assert code == 1 and "samengevoegd" in capsys.readouterr().err
    code, _out = _cli(
        "packs", "info", "--pending", "--out", str(tmp_path / "geen" / "x.pdf"), "--db", db_url
    )
    assert code == 1 and "bestaat niet" in capsys.readouterr().err
    assert not [p for p in tmp_path.rglob("*") if "pdf" in p.name]
