"""The Aanvragen page on a real SQLite database, clicked through as a recruiter would:
a request added with Ctrl+N, edited with a wrong and then a right postcode, moved
through every status (afgehaakt without a reason refused), a duplicate merged with
the history of both kept, the list searched, filtered and sorted, a CSV imported
through the dialog and the filtered list exported.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressBar,
)
from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, RequestStatus, Source
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.requests import DropoutReason
from utregs_plekkie.exchange.mapping import ImportField
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.pages.requests import RequestsPage
from utregs_plekkie.gui.requests.dialogs import DuplicateDialog, NewRequestDialog, StatusDialog
from utregs_plekkie.gui.requests.exchange import ImportDialog, import_dialog
from utregs_plekkie.gui.requests.filters import DEBOUNCE_MS
from utregs_plekkie.gui.requests.model import (
    FOLLOW_UP_COLUMN,
    OVERDUE_BACKGROUND,
    STATUS_COLUMN,
)
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    RequestInput,
    add_consent_text,
    create_request,
    load_request,
    request_history,
    update_request,
)

START = datetime(2027, 3, 1, 10, 0, tzinfo=clock.LOCAL_TZ)  # a Monday


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
    """The shared database (tests/gui/conftest.py) on `now`, with a consent text."""
    add_consent_text(
        db,
        "2027-1",
        "Ik geef toestemming voor contact.",
        date(2026, 1, 1),
        actor=Actor.system(),
    )
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


def idle(qtbot) -> None:
    until(qtbot, lambda: workers.pending_count() == 0)
    QApplication.processEvents()


def add(db: Database, first: str, last: str, **values) -> int:
    values.setdefault("source", Source.WEBSITE)
    data = RequestInput(first_name=first, last_name=last, **values)
    return create_request(db, data, actor=Actor.system()).id


def requests_page(qtbot, window: MainWindow) -> RequestsPage:
    window.show_page("requests")
    page = window.current_page()
    assert isinstance(page, RequestsPage)
    page.refresh()  # the window may have loaded before the test added its requests
    until(qtbot, lambda: not page.is_loading() and workers.pending_count() == 0)
    return page


def open_detail(qtbot, page: RequestsPage, request_id: int):
    page.open_request(request_id)
    panel = page.detail
    until(qtbot, lambda: panel.detail is not None and panel.detail.record.id == request_id)
    idle(qtbot)
    return panel


def record_of(db: Database, request_id: int) -> m.InfoRequest:
    return load_request(db, request_id)


def shown_names(page: RequestsPage) -> list[str]:
    return [page.model.row_values(r)[0] for r in range(page.model.rowCount())]


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


# --------------------------------------------------------------------------- adding


def test_ctrl_n_adds_a_request_checked_as_typed(qtbot, window: MainWindow, db: Database) -> None:
    page = requests_page(qtbot, window)
    assert page.message.text().startswith("Nog geen aanvragen")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.new_dialog
    assert isinstance(dialog, NewRequestDialog) and dialog.isVisible()
    form = dialog.form
    type_into(qtbot, form.lines["first_name"], "Fatima")
    type_into(qtbot, form.lines["last_name"], "el Amrani")
    type_into(qtbot, form.email, "fatima@@voorbeeld")
    # Checked as it is typed: the message is there, the text stays as typed.
    assert "@-teken" in form.error_text("email")
    assert form.email.text() == "fatima@@voorbeeld"
    type_into(qtbot, form.email, "fatima.elamrani@voorbeeld.nl")
    assert form.error_text("email") == ""
    type_into(qtbot, form.postcode, "3526 AB")
    assert "Zuidwest" in form.routing.text() and "KOOS" in form.routing.text()
    form.interests.boxes[Interest.STEUNOUDER.value].setChecked(True)
    # Without a source nothing is saved, and the page says why at the field.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Kies de bron" in form.error_text("source")
    assert dialog.isVisible()
    form.source.setCurrentIndex(form.source.findData(Source.BEKENDEN.value))
    form.consent_contact.setChecked(True)
    with qtbot.waitSignal(dialog.created, timeout=20_000) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    request_id = created.args[0]
    record = record_of(db, request_id)
    assert (record.first_name, record.name_prefix, record.last_name) == ("Fatima", "el", "Amrani")
    assert record.email == "fatima.elamrani@voorbeeld.nl"
    assert record.source == Source.BEKENDEN and record.interest_set == {Interest.STEUNOUDER}
    assert record.wijk_code is not None and record.consent_contact
    assert record.consent_text_version == "2027-1"
    until(qtbot, lambda: page.model.total == 1)
    until(qtbot, lambda: page.has_detail() and page.detail.request_id == request_id)
    assert page.detail.title.text() == "Fatima el Amrani"
    assert "is opgeslagen" in page.page_bar.text()
    assert page.count_label.text() == "1 van 1 getoond"


def test_a_new_duplicate_is_merged_keeping_both_histories(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    existing = add(db, "Jan", "de Vries", email="jan@voorbeeld.nl", postcode="3511 AB")
    page = requests_page(qtbot, window)
    panel = open_detail(qtbot, page, existing)
    panel.move_to(RequestStatus.PAKKET_VERSTUURD)
    dialog = panel.status_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.ok_button.click()
    until(qtbot, lambda: record_of(db, existing).status == RequestStatus.PAKKET_VERSTUURD)
    idle(qtbot)
    now.advance(1)

    new = page.new_request()
    assert isinstance(new, NewRequestDialog)
    type_into(qtbot, new.form.lines["first_name"], "Jan")
    type_into(qtbot, new.form.lines["last_name"], "de Vries")
    type_into(qtbot, new.form.email, "JAN@voorbeeld.nl")
    type_into(qtbot, new.form.phone, "06 12345678")
    new.form.interests.boxes[Interest.CRISIS.value].setChecked(True)
    new.form.source.setCurrentIndex(new.form.source.findData(Source.PODCAST.value))
    new.save_button.click()
    until(qtbot, lambda: isinstance(new.duplicate_dialog, DuplicateDialog))
    compare = new.duplicate_dialog
    assert compare is not None
    until(qtbot, compare.isVisible)
    # Side by side: the new one left, the existing one right, differences marked.
    assert compare.table.horizontalHeaderItem(1).text() == f"Aanvraag {existing}"
    assert compare.table.item(0, 0).text() == compare.table.item(0, 1).text() == "Jan de Vries"
    assert compare.table.item(2, 0).text() == "06 12345678"
    assert compare.table.item(2, 1).text() == "—"
    assert "zelfde e-mailadres" in compare.reasons.text()
    with qtbot.waitSignal(new.created, timeout=20_000) as created:
        compare.merge_button.click()
    assert created.args[0] == existing
    with db.session() as session:
        rows = session.execute(select(m.InfoRequest).order_by(m.InfoRequest.id)).scalars().all()
        assert len(rows) == 2
        kept, merged = rows
        assert kept.id == existing and merged.merged_into_id == existing
        assert kept.phone == "+31612345678"  # filled from the new one, nothing overwritten
        assert kept.source == Source.WEBSITE
        assert kept.interest_set == {Interest.CRISIS}
    history = request_history(db, existing)
    assert [(h.to_status, h.from_merged_request) for h in history] == [
        (RequestStatus.NIEUW, False),
        (RequestStatus.PAKKET_VERSTUURD, False),
        (RequestStatus.NIEUW, True),
    ]
    until(qtbot, lambda: page.detail.request_id == existing and not page.detail.loading)
    idle(qtbot)
    assert "samengevoegd" in page.page_bar.text()
    lines = page.detail.history_lines()
    assert len(lines) == 3 and f"(uit aanvraag {merged.id})" in lines[0][2]
    until(qtbot, lambda: page.model.total == 1)


def test_an_existing_duplicate_is_compared_and_merged_from_the_detail(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    older = add(db, "Sanne", "Bakker", phone="0687654321", postcode="3583 CD")
    now.advance(2)
    newer = add(db, "Sane", "Bakker", email="sanne@voorbeeld.nl", postcode="3583 CD")
    page = requests_page(qtbot, window)
    panel = open_detail(qtbot, page, newer)
    assert panel.duplicate_box.isVisibleTo(panel)
    assert f"aanvraag {older}" in panel.duplicate_text.text()
    panel.compare_button.click()
    until(qtbot, lambda: panel.duplicate_dialog is not None and panel.duplicate_dialog.isVisible())
    dialog = panel.duplicate_dialog
    # The oldest stays by default: it holds the longest history.
    assert dialog.keep_id() == older
    dialog.merge_button.click()
    until(qtbot, lambda: record_of(db, newer).merged_into_id == older)
    kept = record_of(db, older)
    assert kept.email == "sanne@voorbeeld.nl" and kept.phone == "+31687654321"
    assert {h.request_id for h in request_history(db, older)} == {older, newer}
    until(qtbot, lambda: page.model.total == 1 and panel.request_id == older)


# --------------------------------------------------------------------------- editing


def test_an_invalid_postcode_is_shown_and_kept_then_a_valid_one_saved(
    qtbot, window: MainWindow, db: Database
) -> None:
    # Stored without consent (an old import): editing it must still work.
    request_id = add(db, "Noor", "Jansen", email="noor@voorbeeld.nl")
    assert not record_of(db, request_id).consent_contact
    page = requests_page(qtbot, window)
    page.table.selectRow(0)
    until(qtbot, lambda: page.has_detail() and page.detail.request_id == request_id)
    panel = page.detail
    idle(qtbot)
    assert panel.form.lines["first_name"].text() == "Noor"
    type_into(qtbot, panel.form.postcode, "1234")
    message = panel.form.error_text("postcode")
    assert message.startswith("Postcode '1234' is geen geldige postcode")
    assert panel.form.postcode.text() == "1234"
    # Saving is refused with the same message; what was typed stays.
    panel.save_button.click()
    until(qtbot, lambda: not panel.busy)
    idle(qtbot)
    assert panel.form.postcode.text() == "1234"
    assert panel.form.error_text("postcode").startswith("Postcode '1234'")
    assert record_of(db, request_id).postcode is None
    type_into(qtbot, panel.form.postcode, "3572 ab")
    assert panel.form.error_text("postcode") == ""
    assert "Noordoost" in panel.form.routing.text()
    qtbot.keyClick(panel.form.postcode, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    until(qtbot, lambda: record_of(db, request_id).postcode == "3572 AB")
    record = record_of(db, request_id)
    assert record.wijk_code is not None and record.provider is not None
    until(qtbot, lambda: panel.bar.text() == "Opgeslagen.")


def test_a_late_save_keeps_what_was_typed(qtbot, window: MainWindow, db: Database) -> None:
    request_id = add(db, "Lotte", "Smit", email="lotte@voorbeeld.nl")
    page = requests_page(qtbot, window)
    panel = open_detail(qtbot, page, request_id)
    type_into(qtbot, panel.form.phone, "06 11122233")
    # Someone else saves the same request first.
    other = RequestInput.from_record(record_of(db, request_id))
    other.notes = "Belde zelf terug."
    other.consent_contact = other.consent_store = None  # not recorded (not: refused)
    update_request(db, request_id, record_of(db, request_id).version, other, actor=Actor.system())
    panel.save_button.click()
    until(qtbot, lambda: "Nieuwste versie laden" in panel.bar.action_captions())
    assert panel.form.phone.text() == "06 11122233"
    panel.bar.trigger("Nieuwste versie laden")
    until(qtbot, lambda: panel.form.notes.toPlainText() == "Belde zelf terug.")
    assert panel.form.phone.text() == "06 11122233"
    panel.save_button.click()
    until(qtbot, lambda: record_of(db, request_id).phone == "+31611122233")
    assert record_of(db, request_id).notes == "Belde zelf terug."


# --------------------------------------------------------------------------- statuses


def move(qtbot, panel, target: RequestStatus) -> StatusDialog:
    until(qtbot, lambda: target in panel.move_buttons and not panel.busy)
    panel.move_buttons[target].click()
    dialog = panel.status_dialog
    assert isinstance(dialog, StatusDialog) and dialog.target == target
    until(qtbot, dialog.isVisible)
    return dialog


def test_a_request_goes_through_the_statuses(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    request_id = add(
        db,
        "Ahmed",
        "Yilmaz",
        email="ahmed@voorbeeld.nl",
        postcode="3531 AB",
        interests=(Interest.VOLTIJD,),
    )
    page = requests_page(qtbot, window)
    panel = open_detail(qtbot, page, request_id)
    assert panel.status_label.text().startswith("Status: nieuw")
    for target in (
        RequestStatus.PAKKET_VERSTUURD,
        RequestStatus.GEBELD,
        RequestStatus.INFORMATIEAVOND,
    ):
        dialog = move(qtbot, panel, target)
        dialog.note.setPlainText(f"stap {target.value}")
        dialog.ok_button.click()
        until(qtbot, lambda t=target: record_of(db, request_id).status == t)
        until(qtbot, lambda t=target: panel.detail.record.status == t and not panel.busy)
        now.advance(1)

    # Afgehaakt needs a reason from the list: without one it is refused.
    dialog = move(qtbot, panel, RequestStatus.AFGEHAAKT)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert any("Kies waarom" in text for text in dialog.error_texts())
    assert record_of(db, request_id).status == RequestStatus.INFORMATIEAVOND
    # "Andere reden" needs a note as well.
    assert dialog.reason is not None
    dialog.reason.setCurrentIndex(dialog.reason.findData(DropoutReason.ANDERS.value))
    dialog.ok_button.click()
    assert dialog.isVisible() and any("toelichting" in t for t in dialog.error_texts())
    dialog.reason.setCurrentIndex(dialog.reason.findData(DropoutReason.GEEN_TIJD.value))
    dialog.note.setPlainText("Verhuist eerst.")
    dialog.ok_button.click()
    until(qtbot, lambda: record_of(db, request_id).status == RequestStatus.AFGEHAAKT)
    assert record_of(db, request_id).dropout_reason == DropoutReason.GEEN_TIJD.value
    until(qtbot, lambda: panel.detail.record.status == RequestStatus.AFGEHAAKT)
    assert "geen tijd" in panel.follow_up.text()

    # The person comes back; then "niet nu" with a date, which later shows as due.
    dialog = move(qtbot, panel, RequestStatus.GEBELD)
    dialog.ok_button.click()
    until(qtbot, lambda: panel.detail.record.status == RequestStatus.GEBELD and not panel.busy)
    dialog = move(qtbot, panel, RequestStatus.NIET_NU)
    dialog.ok_button.click()
    assert any("datum" in t for t in dialog.error_texts()) and dialog.isVisible()
    assert dialog.next_contact is not None
    later = clock.today() + timedelta(days=14)
    dialog.next_contact.setText(later.strftime("%d-%m-%Y"))
    dialog.ok_button.click()
    until(qtbot, lambda: record_of(db, request_id).status == RequestStatus.NIET_NU)
    assert record_of(db, request_id).follow_up_on == later
    until(qtbot, lambda: panel.detail.record.status == RequestStatus.NIET_NU and not panel.busy)
    page.show_today()
    idle(qtbot)
    assert page.model.total == 0
    now.advance(14)
    page.refresh()
    page.show_today()
    until(qtbot, lambda: page.model.total == 1 and not page.model.is_loading)
    assert page.model.row_values(0)[FOLLOW_UP_COLUMN] == "vandaag"

    # Aangemeld: the request becomes a family.
    until(qtbot, lambda: RequestStatus.AANGEMELD in panel.move_buttons)
    panel.move_buttons[RequestStatus.AANGEMELD].click()
    household_dialog = panel.household_dialog
    assert household_dialog is not None
    until(qtbot, lambda: household_dialog.make_button.isEnabled())
    household_dialog.make_button.click()
    until(qtbot, lambda: record_of(db, request_id).status == RequestStatus.AANGEMELD)
    assert record_of(db, request_id).household_id is not None
    history = request_history(db, request_id)
    assert [h.to_status for h in history] == [
        RequestStatus.NIEUW,
        RequestStatus.PAKKET_VERSTUURD,
        RequestStatus.GEBELD,
        RequestStatus.INFORMATIEAVOND,
        RequestStatus.AFGEHAAKT,
        RequestStatus.GEBELD,
        RequestStatus.NIET_NU,
        RequestStatus.AANGEMELD,
    ]
    # Every change is dated: the clock moved on a day after each step.
    assert [h.at.date() for h in history][:4] == [
        START.date() + timedelta(days=d) for d in (0, 0, 1, 2)
    ]
    household_dialog.reject()
    until(qtbot, lambda: panel.detail.record.status == RequestStatus.AANGEMELD)
    assert panel.move_buttons == {}
    assert len(panel.history_lines()) == 8


# --------------------------------------------------------------------------- the list


def test_search_filters_sorting_and_highlighting_change_the_list(
    qtbot, window: MainWindow, db: Database, now: Clock
) -> None:
    old = add(db, "Willem", "Prins", email="willem@voorbeeld.nl", postcode="3511 AB")
    now.advance(7)
    add(
        db,
        "Anna",
        "de Boer",
        email="anna@voorbeeld.nl",
        postcode="3572 AB",
        source=Source.PODCAST,
        interests=(Interest.CRISIS,),
    )
    add(
        db,
        "Bram",
        "Visser",
        phone="06 55566677",
        postcode="3731 AB",
        source=Source.POPUP,
        event_name="Markt Oost",
    )
    add(db, "Zoë", "de Vries", email="zoe@elders.nl", postcode="3511 CD")
    page = requests_page(qtbot, window)
    assert page.model.total == 4 and page.count_label.text() == "4 van 4 getoond"
    # Newest first, and the overdue one highlighted, in words too.
    assert shown_names(page)[-1] == "Willem Prins"
    row = page.model.rowCount() - 1
    assert page.model.row_values(row)[FOLLOW_UP_COLUMN].startswith("te laat (")
    background = page.model.index(row, STATUS_COLUMN).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == OVERDUE_BACKGROUND
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    # Search as you type: one query after the typing stops.
    search = page.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "de ")
    qtbot.wait(DEBOUNCE_MS + 50)
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 2)
    assert sorted(shown_names(page)) == ["Anna de Boer", "Zoë de Vries"]
    assert page.count_label.text() == "2 van 4 getoond"
    type_into(qtbot, search, "zoe@")
    qtbot.wait(DEBOUNCE_MS + 50)
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == ["Zoë de Vries"])
    type_into(qtbot, search, "3511")
    qtbot.wait(DEBOUNCE_MS + 50)
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 2)
    type_into(qtbot, search, "06 555")
    qtbot.wait(DEBOUNCE_MS + 50)
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == ["Bram Visser"])
    search.clear()
    qtbot.wait(DEBOUNCE_MS + 50)
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 4)

    # Filters apply at once; several choices of one filter mean "any of these".
    source = page.filters.source
    source.menu_.actions()[2 + list(Source).index(Source.PODCAST)].trigger()
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == ["Anna de Boer"])
    assert source.text() == "Bron: podcast"
    source.menu_.actions()[2 + list(Source).index(Source.POPUP)].trigger()
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 2)
    assert source.text() == "Bron: 2 gekozen"
    markt = next(
        value
        for value, caption in page.filters.event_choice.captions().items()
        if caption.startswith("Markt Oost")
    )
    page.filters.source.clear()
    page.filters.event_choice.set_values([markt])
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == ["Bram Visser"])
    page.filters.clear()
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 4)
    page.filters.interest.set_values([Interest.CRISIS.value])
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == ["Anna de Boer"])
    page.filters.clear()
    page.filters.wijk.set_values(["buiten"])
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == ["Bram Visser"])
    page.filters.clear()

    # A date range: a wrong date is shown and kept, and not applied.
    start = START.date() + timedelta(days=1)
    page.filters.received_from.setText("31-02-2027")
    page.filters.received_from.editingFinished.emit()
    assert "geen datum" in page.filters.date_error.text()
    assert page.filters.received_from.text() == "31-02-2027"
    page.filters.received_from.setText(start.strftime("%d-%m-%Y"))
    page.filters.received_from.editingFinished.emit()
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 3)
    assert page.filters.date_error.isHidden()
    page.filters.clear()

    # "Vandaag": only what is due, oldest date first.
    page.today_button.click()
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 1)
    assert shown_names(page) == ["Willem Prins"] and page.filters.due.isChecked()
    page.filters.clear()
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 4)

    # Sorting: a click on a column header.
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 4)
    names = shown_names(page)
    assert names in (sorted(names), sorted(names, reverse=True)) and len(names) == 4
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    until(qtbot, lambda: not page.model.is_loading and shown_names(page) == names[::-1])
    assert old in [page.model.row_id(r) for r in range(4)]


# --------------------------------------------------------------------------- import, export


def test_a_csv_is_imported_through_the_dialog(
    qtbot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(db, "Kim", "Bos", email="kim@voorbeeld.nl")
    source = tmp_path / "website.csv"
    source.write_text(
        "Hoe heet je;E-mailadres;Postcode;Interesse;Kleur\n"
        "Eva Mulder;eva@voorbeeld.nl;3511 AB;weekend;blauw\n"
        "Kim Bos;kim@voorbeeld.nl;;voltijd;rood\n"
        "Piet Klaassen;piet@voorbeeld.nl;1234;crisis;groen\n",
        encoding="utf-8",
    )
    page = requests_page(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    action = window.findChild(type(window.today_action), "actionImportRequests")
    assert action is not None and action.text() == "Aanvragen &importeren…"
    action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    until(qtbot, lambda: dialog.preview is not None)
    # The mapping: recognised columns filled in, unknown ones to choose.
    assert dialog.mapped_fields() == {
        "Hoe heet je": None,
        "E-mailadres": ImportField.EMAIL,
        "Postcode": ImportField.POSTCODE,
        "Interesse": ImportField.INTERESTS,
        "Kleur": None,
    }
    assert "geen kolom voor de naam" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_mapping("Hoe heet je", ImportField.NAME)
    assert dialog.problems.isHidden() and dialog.import_button.isEnabled()
    assert "3 rijen" in dialog.file_info.text() and "puntkomma" in dialog.file_info.text()
    outcome = dialog.rows.columnCount() - 1
    assert dialog.rows.item(0, outcome).text() == "wordt ingelezen"
    assert dialog.rows.item(2, outcome).text().startswith("afgewezen: Postcode '1234'")
    dialog.import_button.click()
    until(qtbot, lambda: dialog.import_result is not None)
    assert dialog.summary.text() == "3 gelezen, 1 toegevoegd, 1 dubbel, 1 afgewezen"
    assert "rij 3: dubbel" in dialog.lines.toPlainText()
    assert "rij 4: afgewezen: Postcode '1234'" in dialog.lines.toPlainText()
    report = tmp_path / "rapport.csv"
    dialog.save_report(report)
    until(qtbot, lambda: "Rapport opgeslagen" in dialog.bar.text())
    text = report.read_text(encoding="utf-8-sig")
    assert "Postcode '1234'" in text and "kim@voorbeeld.nl" in text
    with db.session() as session:
        eva = session.execute(
            select(m.InfoRequest).where(m.InfoRequest.email == "eva@voorbeeld.nl")
        ).scalar_one()
        assert eva.interest_set == {Interest.DEELTIJD}
    until(qtbot, lambda: page.model.total == 2)
    dialog.cancel_button.click()


def test_annuleren_stops_a_running_import_and_keeps_what_was_read(
    qtbot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "website.csv"
    source.write_text(
        "Naam;E-mailadres\nEva Mulder;eva@voorbeeld.nl\nKim Bos;kim@voorbeeld.nl\n",
        encoding="utf-8",
    )
    release = threading.Event()
    real_import = import_dialog.import_sheet

    def held_import(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def waiting(done: int, total: int) -> bool:
            release.wait(20)  # until the test has pressed Annuleren
            return bool(progress(done, total))

        return real_import(*args, progress=waiting, **kwargs)

    monkeypatch.setattr(import_dialog, "import_sheet", held_import)
    dialog = ImportDialog(window.ctx, source, window)
    qtbot.addWidget(dialog)
    dialog.show()
    until(qtbot, lambda: dialog.preview is not None and dialog.import_button.isEnabled())
    dialog.import_button.click()
    assert dialog.running and dialog.steps.currentWidget() is dialog.running_page
    progress = dialog.findChild(QProgressBar, "importProgress")
    assert progress is not None and progress.maximum() == 2
    dialog.cancel_button.click()
    assert not dialog.cancel_button.isEnabled()
    assert dialog.isVisible()  # Annuleren stops the import; it does not close the window
    assert "Bezig met stoppen" in dialog.progress_view.label.text()
    release.set()
    until(qtbot, lambda: dialog.import_result is not None)
    assert dialog.import_result is not None and dialog.import_result.cancelled
    assert not dialog.running
    assert dialog.steps.currentWidget() is dialog.done_page
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "Sluiten"
    assert "Afgebroken na 0 van 2 rijen" in dialog.bar.text()
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_the_filtered_list_is_exported(
    qtbot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(db, "Eva", "Mulder", email="eva@voorbeeld.nl", source=Source.PODCAST)
    add(db, "Kim", "Bos", email="kim@voorbeeld.nl")
    page = requests_page(qtbot, window)
    page.filters.source.set_values([Source.PODCAST.value])
    until(qtbot, lambda: not page.model.is_loading and page.model.total == 1)
    target = tmp_path / "export.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)")
    )
    action = window.findChild(type(window.today_action), "actionExportRequests")
    assert action is not None
    action.trigger()
    until(qtbot, lambda: "1 aanvragen geëxporteerd" in page.page_bar.text())
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 2
    assert "eva@voorbeeld.nl" in rows[1] and all("kim@" not in cell for cell in rows[1])
