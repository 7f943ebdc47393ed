"""The Gezinnen page on a real SQLite database, clicked through as a recruiter would:
a request becomes a family, the family goes through every stage (with a move refused
because a VGB expired), the board moves a card by keyboard and by drag and drop, an
availability offer gets its weekly schedule through the grid, the "vandaag" list
shows what is due, and a save that came too late keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    DayPart,
    HouseholdRoute,
    Interest,
    Need,
    PipelineStage,
    PlacementStatus,
    RequestStatus,
    Role,
    ScreeningKind,
    Source,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.pipeline import DEFAULT_CONFIG, DropoutReason, TodayKind
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.households.board import BoardView
from utregs_plekkie.gui.households.filters import DEBOUNCE_MS
from utregs_plekkie.gui.households.schedule_grid import ScheduleModel
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.pages.households import HouseholdsPage
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    AdultData,
    CheckData,
    HouseholdData,
    OfferData,
    add_adult,
    add_check,
    add_offer,
    create_household,
    household_data,
    household_detail,
    move_stage,
    offer_overview,
    update_household,
)

ACTOR = Actor.system()
COLLEGA = Actor(user_id=None, username="collega", role=Role.WERVER)

S = PipelineStage
START = datetime(2027, 3, 1, 10, 0, tzinfo=clock.LOCAL_TZ)


if TYPE_CHECKING:
    from conftest import Clock  # the one test clock, `now` (tests/conftest.py)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _dutch_and_quiet(qapp: QApplication) -> Iterator[None]:
    i18n.uninstall_translators(qapp)
    yield
    workers.wait_for_background()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """No dialog may block a test; an error dialog that pops up fails it."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    yield shown
    assert shown == [], f"onverwachte meldingen: {shown}"


@pytest.fixture
def clock_start() -> datetime:
    """Where `now`, the program's clock in these tests, starts."""
    return START


@pytest.fixture
def db(db: Database, now: Clock) -> Iterator[Database]:
    """The shared database (tests/gui/conftest.py), on `now` also where a test does not
    move the clock."""
    yield db
    workers.wait_for_background()  # work still running finishes on the same clock


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    win = MainWindow(AppContext(db, Actor.admin("tests"), UiState.for_app()))
    qtbot.addWidget(win)
    win.resize(1360, 860)
    win.show()
    return win


def until(qtbot, condition, timeout: int = 20_000) -> None:
    """Wait for ``condition`` (generously: the machine may be busy with other work)."""
    qtbot.waitUntil(condition, timeout=timeout)


def idle(qtbot, timeout: int = 20_000) -> None:
    until(qtbot, lambda: workers.pending_count() == 0, timeout=timeout)
    QApplication.processEvents()


def households_page(qtbot, window: MainWindow) -> HouseholdsPage:
    window.show_page("households")
    page = window.current_page()
    assert isinstance(page, HouseholdsPage)
    idle(qtbot)
    return page


def make_request(db: Database, interests: tuple[Interest, ...] = (Interest.VOLTIJD,)) -> int:
    with db.transaction() as s:
        request = m.InfoRequest(
            first_name="Anouk",
            name_prefix="van der",
            last_name="Berg",
            email="anouk.berg@example.nl",
            phone="+31612345678",
            street="Oudegracht",
            house_number=12,
            house_number_suffix="A",
            postcode="3511 AB",
            city="Utrecht",
            pc4="3511",
            source=Source.WEBSITE,
            status=RequestStatus.PAKKET_VERSTUURD,
            status_since=clock.now() - timedelta(days=20),
        )
        request.interests = [m.RequestInterest(interest=i) for i in interests]
        s.add(request)
        s.flush()
        return request.id


def stage_of(db: Database, household_id: int) -> PipelineStage:
    with db.session() as s:
        household = s.get(m.Household, household_id)
        assert household is not None
        return household.stage


def vgb(issued: date, expires: date | None = None) -> CheckData:
    return CheckData(
        kind=ScreeningKind.VGB,
        requested_on=issued - timedelta(days=30),
        issued_on=issued,
        expires_on=expires,
    )


def family_at(db: Database, name: str, stage: PipelineStage, *, days_ago: int = 30) -> int:
    """A family created ``days_ago`` and moved (weekly) to ``stage`` along its route."""
    hid = create_household(db, HouseholdData(name=name, postcode="3511 AB"), actor=ACTOR)
    route = DEFAULT_CONFIG.route(HouseholdRoute.PLEEGOUDER)
    for step in route[1 : route.index(stage) + 1] if stage in route else []:
        move_stage(db, hid, step, at=clock.now() - timedelta(days=days_ago), actor=ACTOR)
    return hid


# --------------------------------------------------------------------------- the journey


def test_a_request_becomes_a_family_and_goes_through_every_stage(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    rid = make_request(db)
    # On the Aanvragen page: "Aanmelden als gezin…" on the chosen request.
    requests = window.current_page()
    assert requests.key == "requests"
    idle(qtbot)
    window.refresh_current_page()  # the request came in after the window opened
    idle(qtbot)
    until(qtbot, lambda: requests.model.rowCount() == 1)
    requests.table.selectRow(0)
    requests.register_household_action.trigger()
    dialog = requests.request_dialog
    until(qtbot, dialog.make_button.isEnabled)
    assert dialog.name.text() == "Anouk van der Berg"
    assert dialog.foster.isChecked()  # interest "voltijd": the route of foster parents
    dialog.make_button.click()
    until(qtbot, lambda: dialog.household_id is not None)
    hid = dialog.household_id
    with db.session() as s:
        request = s.get(m.InfoRequest, rid)
        assert request is not None
        assert (request.status, request.household_id) == (RequestStatus.AANGEMELD, hid)
    assert "aangemeld" in dialog.bar.text()
    dialog.bar.trigger("Gezin openen")

    page = window.current_page()
    assert isinstance(page, HouseholdsPage)
    detail = page.detail
    until(qtbot, lambda: detail.household_id == hid and not detail.loading)
    assert detail.name.text() == "Familie Van der Berg"
    assert detail.form.email.text() == "anouk.berg@example.nl"
    assert detail.form.phone.text() == "06 12345678"
    assert "informatiebijeenkomst" in detail.stage_line.text()

    # Every stage of the route with the detail panel's "next" button.
    route = DEFAULT_CONFIG.route(HouseholdRoute.PLEEGOUDER)
    for stage in route[1:-1]:
        now.advance(7)
        assert detail.next_button.isVisible()
        detail.next_button.click()
        until(qtbot, lambda s=stage: stage_of(db, hid) == s)
        idle(qtbot)
        until(qtbot, lambda s=stage: detail.detail.household.stage == s)
        assert page.page_bar.text().startswith(
            f"Familie Van der Berg staat nu in de fase {label(stage)}"
        )
    assert "samenwerkingsovereenkomst" in detail.stage_line.text()

    # Kees joins the family; both VGBs are recorded, his expired yesterday.
    detail.tabs.setCurrentWidget(detail.adults)
    adult_dialog = detail.adults.add_adult()
    adult_dialog.first_name.setText("Kees")
    adult_dialog.last_name.setText("Bakker")
    adult_dialog.birth_date.setText("01-05-1985")
    adult_dialog.save_button.click()
    until(qtbot, lambda: adult_dialog.result_value is not None)
    idle(qtbot)
    until(qtbot, lambda: detail.adults.model.rowCount() == 2)

    def record_check(row: int, issued: str, expires: str = "") -> None:
        detail.adults.table.selectRow(row)
        check_dialog = detail.adults.add_check()
        assert check_dialog.kind.currentText() == "VGB"
        check_dialog.requested.setText("01-09-2024")
        check_dialog.issued.setText(issued)
        check_dialog.expires.setText(expires)
        check_dialog.save_button.click()
        until(qtbot, lambda: check_dialog.result_value is not None)
        idle(qtbot)

    record_check(0, "01-11-2026")
    yesterday = (now.today() - timedelta(days=1)).strftime("%d-%m-%Y")
    record_check(1, "01-10-2024", yesterday)
    until(qtbot, lambda: "Kees Bakker: de VGB is verlopen" in detail.adults.message_texts())
    assert detail.blockers.isVisible()
    assert "Kees Bakker: de VGB is verlopen" in detail.blockers_text.text()
    assert detail.adults.model.data(detail.adults.model.index(1, 2)) == "verlopen"

    # "Naar beschikbaar" is refused: the reason is shown and the family stays.
    assert detail.next_button.text().startswith("Naar beschikbaar")
    detail.next_button.click()
    until(qtbot, lambda: "Kees Bakker: de VGB is verlopen" in page.page_bar.text())
    assert page.page_bar.kind == "error"
    assert "Dit gezin kan nog niet naar beschikbaar" in page.page_bar.text()
    assert "Anouk" not in page.page_bar.text()
    assert stage_of(db, hid) == S.OVEREENKOMST

    # A new VGB for Kees, and now the family becomes available.
    record_check(1, (now.today() - timedelta(days=2)).strftime("%d-%m-%Y"))
    now.advance(3)
    detail.next_button.click()
    until(qtbot, lambda: stage_of(db, hid) == S.BESCHIKBAAR)
    idle(qtbot)
    until(qtbot, lambda: detail.detail.household.stage == S.BESCHIKBAAR)
    assert not detail.blockers.isVisible()
    assert not detail.next_button.isVisible()  # the last stage: no "next"

    # The history: every stage, dated, with the days spent.
    history = detail.history.model
    assert history.rowCount() == len(route)
    assert [history.data(history.index(r, 0)) for r in range(len(route))] == [
        label(s) for s in route
    ]
    assert history.data(history.index(1, 3)) == "7"  # kennismakingsgesprek: 7 days
    assert history.data(history.index(len(route) - 2, 3)) == "3"  # the agreement: 3 days
    assert "Uit aanvraag: Anouk van der Berg" in detail.history.origin.text()


def test_pausing_and_stopping_ask_for_a_reason(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    hid = family_at(db, "Familie Bos", S.KENNISMAKING)
    page = households_page(qtbot, window)
    page.open_household(hid)
    detail = page.detail
    until(qtbot, lambda: detail.household_id == hid and not detail.loading)
    detail.stop_button.click()
    dialog = page.mover.dialog
    assert dialog is not None and dialog.windowTitle() == "Familie Bos stopt"
    # Without a reason the stop is refused, next to the reason.
    dialog.save_button.click()
    until(qtbot, lambda: bool(dialog.form.error_text("reason")))
    assert "Kies waarom het gezin stopt" in dialog.form.error_text("reason")
    assert stage_of(db, hid) == S.KENNISMAKING
    dialog.choose_reason(DropoutReason.ANDERS)
    dialog.note.setPlainText("Gaat emigreren naar Canada")
    dialog.save_button.click()
    until(qtbot, lambda: stage_of(db, hid) == S.GESTOPT)
    idle(qtbot)
    until(qtbot, lambda: detail.detail.household.stage == S.GESTOPT)
    assert "anders (zie toelichting)" in detail.stage_line.text()
    assert "Gaat emigreren naar Canada" in detail.stage_line.text()
    # A stopped family can resume where it stopped.
    assert detail.next_button.text().startswith("Hervatten in kennismakingsgesprek")
    detail.next_button.click()
    until(qtbot, lambda: stage_of(db, hid) == S.KENNISMAKING)


# --------------------------------------------------------------------------- the board


def board_of(qtbot, page: HouseholdsPage) -> BoardView:
    page.set_view("board")
    until(qtbot, lambda: page.board_view.loaded_once and not page.board_loading)
    return page.board_view


def test_board_moves_a_card_by_keyboard(qtbot, window: MainWindow, db: Database) -> None:
    hid = family_at(db, "Familie De Vries", S.AANMELDING)
    family_at(db, "Familie Jansen", S.AANMELDING)
    page = households_page(qtbot, window)
    board = board_of(qtbot, page)
    column = board.columns[S.AANMELDING]
    assert column.model.rowCount() == 2
    assert column.title.text() == "Aanmelding (2)"
    assert board.focus_card(hid)
    view = column.view
    until(qtbot, lambda: board.current is not None and board.current.id == hid)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    until(qtbot, lambda: stage_of(db, hid) == S.SCREENING)
    idle(qtbot)
    until(qtbot, lambda: board.columns[S.SCREENING].model.row_of(hid) is not None)
    assert column.model.row_of(hid) is None
    assert board.columns[S.SCREENING].title.text() == "VGB/VOG (1)"
    assert "staat nu in de fase VGB/VOG" in page.page_bar.text()
    # The card keeps the focus in its new column: Ctrl+← takes it back.
    new_view = board.columns[S.SCREENING].view
    until(qtbot, lambda: board.current is not None and board.current.id == hid)
    qtbot.keyClick(new_view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    until(qtbot, lambda: stage_of(db, hid) == S.AANMELDING)
    idle(qtbot)
    # And the "Volgende fase" button does what Ctrl+→ does.
    until(qtbot, lambda: board.columns[S.AANMELDING].model.row_of(hid) is not None)
    board.select(hid)
    page.next_button.click()
    until(qtbot, lambda: stage_of(db, hid) == S.SCREENING)


def test_board_drag_and_drop_moves_or_explains(qtbot, window: MainWindow, db: Database) -> None:
    hid = family_at(db, "Familie Visser", S.INFORMATIEBIJEENKOMST)
    page = households_page(qtbot, window)
    board = board_of(qtbot, page)
    source = board.columns[S.INFORMATIEBIJEENKOMST].model
    row = source.row_of(hid)
    assert row is not None
    mime = source.mimeData([source.index(row)])
    # A drop two columns further is refused with the reason; the card stays.
    target = board.columns[S.AANMELDING].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert not target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    until(qtbot, lambda: bool(page.page_bar.text()))
    assert page.page_bar.kind == "error"
    assert "één fase tegelijk" in page.page_bar.text()
    assert stage_of(db, hid) == S.INFORMATIEBIJEENKOMST
    assert source.row_of(hid) is not None
    # Onto the next column: moved.
    next_column = board.columns[S.KENNISMAKING].model
    next_column.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    until(qtbot, lambda: stage_of(db, hid) == S.KENNISMAKING)
    idle(qtbot)
    until(qtbot, lambda: next_column.row_of(hid) is not None)
    assert source.row_of(hid) is None
    # Onto "gepauzeerd": first the reason, then the move.
    mime = next_column.mimeData([next_column.index(next_column.row_of(hid))])
    board.columns[S.GEPAUZEERD].model.dropMimeData(
        mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    dialog = page.mover.dialog
    assert dialog is not None and dialog.isVisible()
    assert stage_of(db, hid) == S.KENNISMAKING
    dialog.choose_reason(DropoutReason.PERSOONLIJK)
    dialog.note.setPlainText("Verbouwing tot de zomer")
    dialog.save_button.click()
    until(qtbot, lambda: stage_of(db, hid) == S.GEPAUZEERD)
    with db.session() as s:
        change = s.scalars(
            select(m.HouseholdStageChange)
            .where(m.HouseholdStageChange.household_id == hid)
            .order_by(m.HouseholdStageChange.id.desc())
        ).first()
        assert change is not None
        assert (change.reason, change.note) == (
            "persoonlijke_omstandigheden",
            "Verbouwing tot de zomer",
        )


# --------------------------------------------------------------------------- availability


def test_an_availability_offer_with_a_schedule_set_in_the_grid(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    hid = family_at(db, "Familie Smit", S.OVEREENKOMST)
    page = households_page(qtbot, window)
    page.open_household(hid)
    detail = page.detail
    until(qtbot, lambda: detail.household_id == hid and not detail.loading)
    detail.tabs.setCurrentWidget(detail.offers)
    assert detail.offers.empty.isVisible()
    dialog = detail.offers.add_offer()
    dialog.care_form.setCurrentIndex(dialog.care_form.findData(CareForm.DEELTIJD_DAGDELEN.value))
    grid = dialog.schedule.grid
    model = grid.model()
    assert isinstance(model, ScheduleModel)
    # Wednesday afternoon and Saturday morning by mouse, Saturday afternoon by keyboard.
    for day, part in ((2, 1), (5, 0)):
        rect = grid.visualRect(model.index(part, day))
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    grid.setFocus()
    grid.setCurrentIndex(model.index(1, 5))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    expected = Schedule.from_cells([(2, DayPart.MIDDAG), (5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
    assert dialog.schedule.schedule() == expected
    assert dialog.schedule.summary.text() == "Gekozen: wo middag, za ochtend en middag"
    # Clicking twice takes a cell away again.
    rect = grid.visualRect(model.index(3, 0))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.schedule.schedule() == expected
    dialog.capacity.setValue(2)
    dialog.age_min.setValue(4)
    dialog.age_max.setValue(12)
    dialog.siblings.setChecked(True)
    dialog.needs.boxes[Need.TRAUMA.value].setChecked(True)
    dialog.distance.setValue(8)
    dialog.holidays.setChecked(True)
    dialog.save_button.click()
    until(qtbot, lambda: dialog.result_value is not None)
    idle(qtbot)
    [offer] = offer_overview(db, hid)
    assert offer.care_form == CareForm.DEELTIJD_DAGDELEN
    assert offer.schedule == expected
    assert (offer.capacity, offer.age_min, offer.age_max) == (2, 4, 12)
    assert offer.siblings_accepted and offer.holidays and offer.needs_ok == ("trauma",)
    assert offer.max_distance_km == 8
    until(qtbot, lambda: detail.offers.model.rowCount() == 1)
    assert "2 van 2 plaatsen vrij" in detail.offers.model.data(detail.offers.model.index(0, 3))

    # A child is placed on Saturday morning: the editor shows what is left.
    with db.transaction() as s:
        child = m.Child(code="K-0001", birth_month=date(2019, 4, 1), care_form=offer.care_form)
        s.add(child)
        s.flush()
        s.add(
            m.Placement(
                child_id=child.id,
                household_id=hid,
                offer_id=offer.offer_id,
                care_form=offer.care_form,
                schedule=Schedule.from_cells([(5, DayPart.OCHTEND)]),
                starts_on=now.today() - timedelta(days=10),
                status=PlacementStatus.ACTIEF,
            )
        )
    detail.reload()
    idle(qtbot)
    until(qtbot, lambda: "1 van 2" in detail.offers.model.data(detail.offers.model.index(0, 3)))
    detail.offers.table.selectRow(0)
    editor = detail.offers.edit_offer()
    assert "Via dit aanbod zijn nu 1 kind(eren) geplaatst" in editor.left_over.text()
    assert "Bezet in het rooster: za ochtend" in editor.left_over.text()
    saturday_morning = editor.schedule.model.index(0, 5)
    assert editor.schedule.model.data(saturday_morning) == "bezet"
    # A pause: not in the summer of 2027.
    assert editor.pause_list.item(0).text() == "Geen pauzes."
    editor.pause_from.setText("01-07-2027")
    editor.pause_to.setText("31-08-2027")
    editor.pause_reason.setText("zomer 2027")
    editor.add_pause_button.click()
    until(qtbot, lambda: editor.pause_list.item(0).text() != "Geen pauzes.")
    assert editor.pause_list.count() == 1
    assert editor.pause_list.item(0).text() == "01-07-2027 t/m 31-08-2027: zomer 2027"
    # The edit continues from the version the pause made.
    editor.capacity.setValue(3)
    editor.save_button.click()
    until(qtbot, lambda: editor.result_value is not None)
    idle(qtbot)
    [after] = offer_overview(db, hid)
    assert after.capacity == 3 and len(after.pauses) == 1
    now.advance(130)  # 9 July 2027: inside the pause
    [summer] = offer_overview(db, hid)
    assert not summer.available and "Gepauzeerd tot en met 31-08-2027" in summer.summary


def test_a_support_family_may_only_offer_a_few_hours(qtbot, window: MainWindow, db: Database):
    hid = create_household(
        db, HouseholdData(name="Familie Steun", route=HouseholdRoute.STEUNOUDER), actor=ACTOR
    )
    page = households_page(qtbot, window)
    page.open_household(hid)
    detail = page.detail
    until(qtbot, lambda: detail.household_id == hid and not detail.loading)
    dialog = detail.offers.add_offer()
    assert [dialog.care_form.itemText(i) for i in range(dialog.care_form.count())] == [
        "steunouder: een paar uur"
    ]
    # Without a schedule the offer is refused, and the message sits by the grid.
    dialog.save_button.click()
    until(qtbot, lambda: bool(dialog.form.error_text("schedule")))
    assert "Kruis in het weekrooster aan" in dialog.form.error_text("schedule")
    assert dialog.isVisible()
    dialog.schedule.model.toggle_day(5)
    dialog.save_button.click()
    until(qtbot, lambda: dialog.result_value is not None)
    [offer] = offer_overview(db, hid)
    assert offer.schedule.parts_on(5) == tuple(DayPart)


# --------------------------------------------------------------------------- vandaag


def test_the_today_list_from_the_view_menu(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    late = family_at(db, "Familie Laat", S.KENNISMAKING, days_ago=20)
    calm = create_household(db, HouseholdData(name="Familie Rustig"), actor=ACTOR)
    checked = family_at(db, "Familie Check", S.TRAINING)
    adult = add_adult(db, checked, AdultData(first_name="Mo", last_name="Check"), actor=ACTOR)
    add_check(
        db, adult, vgb(date(2025, 4, 1), expires=now.today() + timedelta(days=25)), actor=ACTOR
    )
    window.today_action.trigger()
    page = window.current_page()
    assert isinstance(page, HouseholdsPage)
    assert page.current_view() == "today"
    today = page.today_view
    until(qtbot, lambda: today.loaded_once and not today.loading, timeout=15_000)
    assert not page.filters.isVisible()
    model = today.model
    names = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert "Familie Laat" in names and "Familie Check" in names
    assert "Familie Rustig" not in names
    assert calm
    lines = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert any(line.startswith("Norm overschreden: Al ") for line in lines)
    assert any(
        "Herinnering 30 dagen: Mo Check: de VGB is geldig tot en met" in line for line in lines
    )
    first = model.item(0)
    assert first is not None and first.overdue  # most overdue first
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole).endswith("te laat")
    assert "waarvan" in today.summary.text()
    # Only the screening lines.
    today.kind.setCurrentIndex(today.kind.findData(TodayKind.SCREENING.value))
    assert model.rowCount() == 1 and "Mo Check" in model.data(model.index(0, 2))
    # Enter opens the family.
    today.kind.setCurrentIndex(0)
    row = next(r for r in range(model.rowCount()) if model.item(r).household_id == late)
    today.table.setFocus()
    today.table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(today.table, Qt.Key.Key_Return)
    until(qtbot, lambda: page.detail.household_id == late and not page.detail.loading)
    assert page.detail.name.text() == "Familie Laat"


def test_the_today_list_is_paged(qtbot, window: MainWindow, db: Database) -> None:
    from utregs_plekkie.core.pipeline import TodayItem
    from utregs_plekkie.gui.households import today as today_module

    page = households_page(qtbot, window)
    items = [
        TodayItem(
            TodayKind.ACTIE, i, f"Familie {i:04d}", S.AANMELDING, date(2027, 2, 1), "Bellen", True
        )
        for i in range(1, 1201)
    ]
    model = page.today_view.model
    model.set_items(items, date(2027, 3, 1))
    assert model.rowCount() == today_module.PAGE and model.total == 1200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 1200 and not model.canFetchMore()


# --------------------------------------------------------------------------- list


def test_search_as_you_type_and_filters(qtbot, window: MainWindow, db: Database) -> None:
    for name in ("Familie De Vries", "Familie Vriend", "Familie Jansen", "Familie Bakker"):
        create_household(db, HouseholdData(name=name), actor=ACTOR)
    move_stage(db, family_at(db, "Familie Vos", S.KENNISMAKING), S.AANMELDING, actor=ACTOR)
    page = households_page(qtbot, window)
    until(qtbot, lambda: page.model.total == 5)
    qtbot.keyClicks(page.filters.search, "vri")
    assert page.filters.is_pending()  # typing waits a moment before it searches
    qtbot.wait(DEBOUNCE_MS + 50)
    idle(qtbot)
    until(qtbot, lambda: page.model.total == 2)
    names = sorted(page.model.row_values(r)[0] for r in range(page.model.rowCount()))
    assert names == ["Familie De Vries", "Familie Vriend"]
    page.filters.search.clear()
    page.filters.set_stage(S.AANMELDING)
    idle(qtbot)
    until(qtbot, lambda: page.model.total == 1)
    assert page.model.row_values(0)[0] == "Familie Vos"
    page.filters.search.setText("zzz")
    page.filters.search.returnPressed.emit()
    idle(qtbot)
    until(qtbot, lambda: page.model.total == 0)
    assert page.stack.currentWidget() is page.message
    assert page.message.text().startswith("Geen gezinnen gevonden")
    page.filters.clear()
    idle(qtbot)
    until(qtbot, lambda: page.model.total == 5)
    assert page.stack.currentWidget() is page.table


def test_a_new_family_from_the_page(qtbot, window: MainWindow, db: Database) -> None:
    page = households_page(qtbot, window)
    dialog = page.new_household()
    dialog.first_name.setText("Sanne")
    dialog.last_name.setText("Kok")
    dialog.postcode.setText("3512")  # not a whole postcode
    dialog.save_button.click()
    until(qtbot, lambda: bool(dialog.form.error_text("postcode")))
    assert dialog.isVisible()
    dialog.postcode.setText("3512 AB")
    dialog.save_button.click()
    until(qtbot, lambda: dialog.result_value is not None)
    idle(qtbot)
    until(qtbot, lambda: page.detail.detail is not None)
    assert page.detail.name.text() == "Familie Kok"
    assert page.detail.adults.model.rowCount() == 1


# --------------------------------------------------------------------------- editing


def test_a_stale_save_is_refused_and_keeps_what_was_typed(
    qtbot, window: MainWindow, db: Database
) -> None:
    hid = create_household(db, HouseholdData(name="Familie Mulder", city="Utrecht"), actor=ACTOR)
    page = households_page(qtbot, window)
    page.open_household(hid)
    form = page.detail.form
    until(qtbot, lambda: page.detail.household_id == hid and form.isEnabled())
    form.notes.setPlainText("Heeft een grote tuin")
    form.skills.setPlainText("Kookt graag")
    # Meanwhile a colleague saves the same family.
    with db.session() as s:
        stored = s.get(m.Household, hid)
        assert stored is not None
        theirs = household_data(stored)
        version = stored.version
    theirs.accessibility = "gelijkvloers"
    update_household(db, hid, version, theirs, actor=COLLEGA)
    form.save_button.click()
    until(qtbot, lambda: "intussen door iemand anders gewijzigd" in form.bar.text())
    assert form.notes.toPlainText() == "Heeft een grote tuin"  # nothing typed is lost
    with db.session() as s:
        assert s.get(m.Household, hid).notes == ""
    form.bar.trigger("Nieuwste versie laden")
    until(qtbot, lambda: form.accessibility.text() == "gelijkvloers")
    assert form.notes.toPlainText() == "Heeft een grote tuin"
    assert form.skills.toPlainText() == "Kookt graag"
    form.save_button.click()
    until(qtbot, lambda: form.bar.text() == "Opgeslagen.")
    with db.session() as s:
        saved = s.get(m.Household, hid)
        assert (saved.notes, saved.skills, saved.accessibility) == (
            "Heeft een grote tuin",
            "Kookt graag",
            "gelijkvloers",
        )
    with db.session() as s:
        actions = [
            a.action
            for a in s.scalars(
                select(m.AuditEntry).where(
                    m.AuditEntry.entity == "households", m.AuditEntry.entity_id == hid
                )
            )
        ]
    assert AuditAction.VIEW in actions and actions.count(AuditAction.UPDATE) == 2


def test_validation_messages_appear_next_to_the_field(
    qtbot, window: MainWindow, db: Database
) -> None:
    hid = create_household(db, HouseholdData(name="Familie Peters"), actor=ACTOR)
    page = households_page(qtbot, window)
    page.open_household(hid)
    form = page.detail.form
    until(qtbot, lambda: page.detail.household_id == hid and form.isEnabled())
    # Leaving a field checks it at once.
    form.email.setFocus()
    form.email.setText("peters@")
    form.email.editingFinished.emit()
    assert form.form.error_text("email")
    form.bedrooms.setValue(2)
    form.spare_bedrooms.setValue(3)
    form.save_button.click()
    until(qtbot, lambda: bool(form.form.error_text("email")) and not form.busy)
    form.email.setText("peters@example.nl")
    form.save_button.click()
    until(qtbot, lambda: bool(form.form.error_text("spare_bedrooms")))
    assert "meer vrije slaapkamers" in form.form.error_text("spare_bedrooms")
    assert form.email.text() == "peters@example.nl"
    form.spare_bedrooms.setValue(1)
    form.own_children.year.setValue(2015)
    form.own_children.add_button.click()
    form.save_button.click()
    until(qtbot, lambda: form.bar.text() == "Opgeslagen.")
    detail = household_detail(db, hid, log_view=False)
    assert detail.household.email == "peters@example.nl"
    assert [c.birth_year for c in detail.household.own_children] == [2015]
    assert (detail.household.bedrooms, detail.household.spare_bedrooms) == (2, 1)


def test_an_offer_of_weekends_needs_a_pattern(qtbot, window: MainWindow, db: Database) -> None:
    hid = create_household(db, HouseholdData(name="Familie Weekend"), actor=ACTOR)
    add_offer(db, hid, OfferData(care_form=CareForm.VOLTIJD_LANG), actor=ACTOR)
    page = households_page(qtbot, window)
    page.open_household(hid)
    detail = page.detail
    until(qtbot, lambda: detail.household_id == hid and detail.offers.model.rowCount() == 1)
    detail.offers.table.selectRow(0)
    editor = detail.offers.edit_offer()
    editor.care_form.setCurrentIndex(editor.care_form.findData(CareForm.DEELTIJD_WEEKEND.value))
    editor.save_button.click()
    until(qtbot, lambda: bool(editor.form.error_text("weekend_pattern")))
    editor.weekend.setCurrentIndex(editor.weekend.findData(WeekendPattern.OM_DE_WEEK.value))
    editor.save_button.click()
    until(qtbot, lambda: editor.result_value is not None)
    [offer] = offer_overview(db, hid)
    assert (offer.care_form, offer.weekend_pattern) == (
        CareForm.DEELTIJD_WEEKEND,
        WeekendPattern.OM_DE_WEEK,
    )


def test_choosing_another_family_never_loses_typed_changes(
    qtbot, window: MainWindow, db: Database
) -> None:
    first = create_household(db, HouseholdData(name="Familie Aalders"), actor=ACTOR)
    second = create_household(db, HouseholdData(name="Familie Zomer"), actor=ACTOR)
    page = households_page(qtbot, window)
    until(qtbot, lambda: page.model.total == 2)
    page.table.selectRow(0)
    detail = page.detail
    until(qtbot, lambda: detail.household_id == first and not detail.loading)
    detail.form.notes.setPlainText("Belt na de zomer terug")
    page.table.selectRow(1)
    until(qtbot, lambda: "nog niet opgeslagen" in detail.bar.text())
    assert detail.household_id == first
    assert detail.form.notes.toPlainText() == "Belt na de zomer terug"
    assert detail.bar.action_captions() == ["Opslaan", "Weggooien", "Bij Familie Aalders blijven"]
    detail.bar.trigger("Opslaan")
    until(qtbot, lambda: detail.household_id == second and not detail.loading)
    assert household_detail(db, first, log_view=False).household.notes == "Belt na de zomer terug"
    assert detail.name.text() == "Familie Zomer"
    assert detail.form.notes.toPlainText() == ""


def test_view_menu_has_vandaag(window: MainWindow) -> None:
    texts = [a.text() for a in window.ui.menuView.actions() if not a.isSeparator()]
    assert "&Vandaag" in texts
    assert window.today_action.shortcut().toString() == "Ctrl+T"
