"""The Evenementen page on a real SQLite database: plan an information evening, invite
requests and families, tick who came (which moves them on), follow a training's
suggestion, and save the invitation list (CSV) and the attendance list (PDF).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    PipelineStage,
    Provider,
    RequestStatus,
    Role,
    Source,
)
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.events.dialogs import InviteDialog
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.pages.events import EventsPage
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events import (
    EventData,
    create_event,
    event_detail,
    invite,
    register,
    update_event,
)
from utregs_plekkie.storage.households import (
    HouseholdData,
    create_household,
    household_detail,
    move_stage,
)

ACTOR = Actor.system()
COLLEGA = Actor(user_id=None, username="collega", role=Role.WERVER)

S = PipelineStage
NOW = datetime(2027, 3, 10, 10, 0, tzinfo=clock.LOCAL_TZ)
EVENING = datetime(2027, 3, 9, 19, 30, tzinfo=clock.LOCAL_TZ)


@pytest.fixture(autouse=True)
def _dutch_and_quiet(qapp: QApplication) -> Iterator[None]:
    i18n.uninstall_translators(qapp)
    yield
    workers.wait_for_background()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    yield shown
    assert shown == [], f"onverwachte meldingen: {shown}"


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """The shared database (tests/gui/conftest.py), on this file's fixed clock."""
    clock.set_clock(lambda: NOW)
    yield db
    workers.wait_for_background()  # work still running finishes on the same clock
    clock.set_clock(None)


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    win = MainWindow(AppContext(db, Actor.admin("tests"), UiState.for_app()))
    qtbot.addWidget(win)
    win.resize(1360, 860)
    win.show()
    return win


def until(qtbot, condition, timeout: int = 20_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def idle(qtbot) -> None:
    until(qtbot, lambda: workers.pending_count() == 0)
    QApplication.processEvents()


def events_page(qtbot, window: MainWindow) -> EventsPage:
    window.show_page("events")
    page = window.current_page()
    assert isinstance(page, EventsPage)
    idle(qtbot)
    return page


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


def request_status(db: Database, request_id: int) -> RequestStatus:
    with db.session() as s:
        request = s.get(m.InfoRequest, request_id)
        assert request is not None
        return request.status


def evening(db: Database, capacity: int | None = 30) -> int:
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
        actor=ACTOR,
    )


def tick(invite_dialog: InviteDialog, name: str) -> None:
    model = invite_dialog.model
    row = next(r for r, c in enumerate(model.candidates()) if c.name == name)
    model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


# --------------------------------------------------------------------------- tests


def test_an_information_evening_from_plan_to_attendance(
    qtbot, window: MainWindow, db: Database
) -> None:
    aicha = make_request(db, "Aïcha", "Çelik", "aicha@example.nl")
    sem = make_request(db, "Sem", "Visser", "sem@example.nl", RequestStatus.GEBELD)
    make_request(db, "Lotte", "Bos", "lotte@example.nl", RequestStatus.AANGEMELD)
    family = create_household(
        db, HouseholdData(name="Familie IJzerman", email="ij@example.nl"), actor=ACTOR
    )
    page = events_page(qtbot, window)
    assert page.stack.currentWidget() is page.message  # no events yet

    # Plan the evening.
    dialog = page.new_event()
    assert dialog.kind.currentData() == EventKind.INFORMATIEAVOND.value
    dialog.name.setText("Informatieavond Leidsche Rijn")
    dialog.day.setText("09-03-2027")
    dialog.start.setTime(QTime(19, 30))
    dialog.end.setTime(QTime(21, 30))
    dialog.location.setText("BASEcamp Leidsche Rijn Centrum")
    dialog.capacity.setValue(30)
    dialog.provider.setCurrentIndex(dialog.provider.findData(Provider.KOOS.value))
    dialog.save_button.click()
    until(qtbot, lambda: dialog.result_value is not None)
    event_id = int(dialog.result_value)
    detail = page.detail
    until(qtbot, lambda: detail.event_id == event_id and not detail.loading)
    until(qtbot, lambda: page.model.total == 1)
    assert detail.name.text() == "Informatieavond Leidsche Rijn"
    assert detail.when.text() == (
        "dinsdag 9 maart 2027, 19.30 – 21.30 uur · BASEcamp Leidsche Rijn Centrum"
    )
    assert detail.subtitle.text() == "Informatieavond · KOOS Utrecht"
    assert detail.empty.isVisible()

    # Invite two open requests, then a family at the first stage.
    invite_dialog = detail.invite_people()
    assert invite_dialog.requests_choice.isChecked()
    until(qtbot, lambda: not invite_dialog.searching and invite_dialog.model.rowCount() == 2)
    names = {c.name for c in invite_dialog.model.candidates()}
    assert names == {"Aïcha Çelik", "Sem Visser"}  # Lotte is already registered as a family
    tick(invite_dialog, "Aïcha Çelik")
    tick(invite_dialog, "Sem Visser")
    assert invite_dialog.invite_button.text() == "Uitnodigen (2)"
    invite_dialog.invite_button.click()
    until(qtbot, lambda: invite_dialog.bar.text() == "2 uitgenodigd.")
    invite_dialog.households_choice.setChecked(True)
    assert invite_dialog.group.currentText() == "in fase informatiebijeenkomst"
    until(qtbot, lambda: not invite_dialog.searching and invite_dialog.model.rowCount() == 1)
    tick(invite_dialog, "Familie IJzerman")
    invite_dialog.invite_button.click()
    until(qtbot, lambda: invite_dialog.bar.text() == "1 uitgenodigd.")
    invite_dialog.reject()
    idle(qtbot)
    until(qtbot, lambda: detail.model.rowCount() == 3)
    assert detail.counts.text().startswith("Uitgenodigd: 3 · 0 van 30 plaatsen bezet")

    # Aïcha registers; on the evening she and the family come, Sem does not.
    row_of = {detail.model.row(r).name: r for r in range(detail.model.rowCount())}
    detail.table.selectRow(row_of["Aïcha Çelik"])
    detail.register_button.click()
    until(qtbot, lambda: "Aïcha Çelik is aangemeld." in detail.bar.text())
    idle(qtbot)
    until(qtbot, lambda: detail.detail.registered == 1)
    row_of = {detail.model.row(r).name: r for r in range(detail.model.rowCount())}
    # Tick by clicking the check box, as a recruiter at the door does.
    view = detail.table
    for name in ("Aïcha Çelik", "Familie IJzerman"):
        rect = view.visualRect(detail.model.index(row_of[name], 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert detail.model.ticked(detail.model.row(row_of[name]).registration_id)
    assert detail.save_button.text() == "Aanwezigheid opslaan (2)"
    # The space bar ticks too (and unticks): Sem stays unticked.
    detail.table.setFocus()
    detail.table.setCurrentIndex(detail.model.index(row_of["Sem Visser"], 0))
    qtbot.keyClick(detail.table, Qt.Key.Key_Space)
    assert detail.save_button.text() == "Aanwezigheid opslaan (3)"
    qtbot.keyClick(detail.table, Qt.Key.Key_Space)
    assert detail.save_button.text() == "Aanwezigheid opslaan (2)"
    detail.save_button.click()
    until(qtbot, lambda: detail.bar.text().startswith("Aanwezigheid opgeslagen"))
    assert detail.bar.text() == (
        "Aanwezigheid opgeslagen: 2 aanwezig. 1 aanvraag staat nu op 'informatieavond'. "
        "1 gezin ging door naar het kennismakingsgesprek."
    )
    assert request_status(db, aicha) == RequestStatus.INFORMATIEAVOND
    assert request_status(db, sem) == RequestStatus.GEBELD
    assert household_detail(db, family, log_view=False).household.stage == S.KENNISMAKING
    idle(qtbot)
    until(qtbot, lambda: detail.detail.attended == 2)
    statuses = {
        detail.model.row(r).name: detail.model.data(detail.model.index(r, 2))
        for r in range(detail.model.rowCount())
    }
    assert statuses == {
        "Aïcha Çelik": "aanwezig",
        "Familie IJzerman": "aanwezig",
        "Sem Visser": "uitgenodigd",
    }


def test_a_training_suggests_moving_families_on(qtbot, window: MainWindow, db: Database) -> None:
    hid = create_household(db, HouseholdData(name="Familie Kaya"), actor=ACTOR)
    for stage in (S.KENNISMAKING, S.AANMELDING, S.SCREENING, S.TRAINING):
        move_stage(db, hid, stage, at=NOW - timedelta(days=20), actor=ACTOR)
    training = create_event(
        db,
        EventData(
            kind=EventKind.TRAINING,
            name="Voorbereidingstraining STAP, avond 1",
            starts_at=EVENING,
            location="Spoor030, Oost",
        ),
        actor=ACTOR,
    )
    page = events_page(qtbot, window)
    until(qtbot, lambda: page.model.total == 1)
    page.table.selectRow(0)
    detail = page.detail
    until(qtbot, lambda: detail.event_id == training and not detail.loading)
    invite_dialog = detail.invite_people()
    assert invite_dialog.households_choice.isChecked()
    assert invite_dialog.group.currentText() == "in fase voorbereidingstraining"
    until(qtbot, lambda: not invite_dialog.searching and invite_dialog.model.rowCount() == 1)
    invite_dialog.all_button.click()
    invite_dialog.invite_button.click()
    until(qtbot, lambda: invite_dialog.bar.text() == "1 uitgenodigd.")
    invite_dialog.reject()
    idle(qtbot)
    until(qtbot, lambda: detail.model.rowCount() == 1)
    detail.model.set_ticked(0, True)  # came without registering: a walk-in
    detail.save_button.click()
    until(qtbot, lambda: detail.suggestions_box.isVisible())
    suggestion = detail.suggestions.item(0).text()
    assert suggestion.startswith("Familie Kaya heeft alle trainingsbijeenkomsten gevolgd")
    assert household_detail(db, hid, log_view=False).household.stage == S.TRAINING  # not yet
    detail.apply_button.click()
    until(qtbot, lambda: detail.bar.text() == "Doorgezet: Familie Kaya.")
    assert household_detail(db, hid, log_view=False).household.stage == S.GEZINSONDERZOEK


def test_invitation_list_and_attendance_list_are_saved_where_chosen(
    qtbot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = evening(db)
    aicha = make_request(db, "Aïcha", "Çelik", "aicha@example.nl")
    noelle = make_request(db, "Noëlle", "Brontë", "noelle@example.nl")
    invite(db, event_id, request_ids=[aicha, noelle], actor=ACTOR)
    register(db, event_id, request_id=aicha, actor=ACTOR)
    chosen: list[Path] = []

    def save_as(_parent, title, suggested, _filter):
        assert Path(suggested).name.startswith(
            ("uitnodigingen-informatieavond-leidsche-rijn-2027-03-09", "presentielijst-")
        )
        target = tmp_path / ("lijst.csv" if "Uitnodigingslijst" in title else "presentie")
        chosen.append(target)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = events_page(qtbot, window)
    page.open_event(event_id)
    detail = page.detail
    until(qtbot, lambda: detail.event_id == event_id and not detail.loading)
    detail.csv_button.click()
    until(qtbot, lambda: "De uitnodigingslijst (2 personen) staat in" in detail.bar.text())
    with (tmp_path / "lijst.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["naam", "e-mailadres", "soort", "status"]
    assert ["Aïcha Çelik", "aicha@example.nl", "aanvraag", "aangemeld"] in rows
    assert ["Noëlle Brontë", "noelle@example.nl", "aanvraag", "uitgenodigd"] in rows
    assert detail.bar.action_captions() == ["Openen", "Map openen"]

    detail.pdf_button.click()
    pdf = tmp_path / "presentie.pdf"  # the extension is added
    until(qtbot, lambda: pdf.is_file() and "De presentielijst staat in" in detail.bar.text())
    text = "".join(page_.extract_text() for page_ in PdfReader(pdf).pages)
    assert "Aïcha Çelik" in text and "Noëlle Brontë" in text
    assert "aicha@example.nl" not in text  # names only, unless asked for
    with db.session() as s:
        actions = [
            a.action
            for a in s.query(m.AuditEntry).filter(
                m.AuditEntry.entity == "events", m.AuditEntry.entity_id == event_id
            )
        ]
    assert AuditAction.EXPORT in actions and AuditAction.PRINT in actions


def test_a_full_event_says_so(qtbot, window: MainWindow, db: Database) -> None:
    event_id = evening(db, capacity=1)
    first = make_request(db, "Eva", "Jansen", "eva@example.nl")
    second = make_request(db, "Tim", "de Wit", "tim@example.nl")
    invite(db, event_id, request_ids=[first, second], actor=ACTOR)
    register(db, event_id, request_id=first, actor=ACTOR)
    page = events_page(qtbot, window)
    page.open_event(event_id)
    detail = page.detail
    until(qtbot, lambda: detail.event_id == event_id and not detail.loading)
    assert detail.counts.text().endswith("· vol")
    row = next(
        r for r in range(detail.model.rowCount()) if detail.model.row(r).name == "Tim de Wit"
    )
    detail.table.selectRow(row)
    detail.register_button.click()
    until(qtbot, lambda: "is vol" in detail.bar.text())
    assert detail.bar.kind == "error"
    assert "verhoog de capaciteit" in detail.bar.text()


def test_a_stale_event_edit_keeps_what_was_typed(qtbot, window: MainWindow, db: Database) -> None:
    event_id = evening(db)
    page = events_page(qtbot, window)
    page.open_event(event_id)
    detail = page.detail
    until(qtbot, lambda: detail.event_id == event_id and not detail.loading)
    dialog = detail.edit_event()
    dialog.location.setText("Wijkcentrum De Schakel")
    # A colleague raises the capacity in the meantime.
    current = event_detail(db, event_id)
    data = current.data
    data.capacity = 60
    update_event(db, event_id, current.version, data, actor=COLLEGA)
    dialog.save_button.click()
    until(qtbot, lambda: "intussen door iemand anders gewijzigd" in dialog.bar.text())
    assert dialog.isVisible() and dialog.location.text() == "Wijkcentrum De Schakel"
    dialog.bar.trigger("Nieuwste versie laden")
    until(qtbot, lambda: dialog.capacity.value() == 60)
    assert dialog.location.text() == "Wijkcentrum De Schakel"
    dialog.save_button.click()
    until(qtbot, lambda: dialog.result_value is not None)
    saved = event_detail(db, event_id).data
    assert (saved.location, saved.capacity) == ("Wijkcentrum De Schakel", 60)
