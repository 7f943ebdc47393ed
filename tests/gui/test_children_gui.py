"""The Kinderen page on a real SQLite database: recording a child through the form
(messages by the field, what was typed kept), correcting one (version-checked), the
list's search and filters, the detail panel (a view is logged), closing a file, the way
to the Matching page, and who sees the page at all."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    DayPart,
    Role,
    Urgency,
)
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.matching.child_form import ChildDialog
from utregs_plekkie.gui.pages.children import ChildrenPage
from utregs_plekkie.gui.pages.matching import TAB_CHILD, MatchingPage
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import children as sc
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

WAIT_MS = 30_000
MATCHER = Actor(user_id=None, username="m.jansen", role=Role.MATCHER)


@pytest.fixture(autouse=True)
def _dutch_quiet_and_fixed_clock(qapp: QApplication) -> Iterator[None]:
    handlers = list(logging.getLogger().handlers)
    i18n.uninstall_translators(qapp)
    clock.set_clock(lambda: datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ))
    yield
    workers.wait_for_background()
    QApplication.processEvents()
    clock.set_clock(None)
    i18n.uninstall_translators(qapp)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def some_children(db: Database) -> list[int]:
    ids = []
    for code, care, home, urgency in (
        ("K26-0001", CareForm.VOLTIJD_LANG, "3512", Urgency.NORMAAL),
        ("K26-0002", CareForm.DEELTIJD_WEEKEND, "3581", Urgency.HOOG),
        ("K26-0003", CareForm.VOLTIJD_KORT, "3451", Urgency.CRISIS),
    ):
        data = sc.ChildData(
            code=code,
            birth_month=date(2016, 4, 1),
            home_postcode=home,
            school_postcode=home,
            care_form=care,
            urgency=urgency,
        )
        ids.append(sc.create_child(db, data, actor=MATCHER).id)
    return ids


def open_window(qtbot, db: Database, actor: Actor | None = None) -> MainWindow:
    window = MainWindow(AppContext(db, actor or Actor.admin("tests"), UiState.for_app()))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def children_page(qtbot, db: Database) -> ChildrenPage:
    window = open_window(qtbot, db)
    window.show_page("children")
    page = window.current_page()
    assert isinstance(page, ChildrenPage)
    wait_idle(qtbot, page)
    return page


def wait_idle(qtbot, page: ChildrenPage | MatchingPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading() and workers.pending_count() == 0, timeout=WAIT_MS)


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def stored(db: Database, code: str) -> m.Child | None:
    with db.session() as s:
        child = s.scalar(select(m.Child).where(m.Child.code == code))
        if child is not None:
            s.expunge(child)
        return child


def fill_form(qtbot, dialog: ChildDialog, home: str) -> None:
    qtbot.keyClicks(dialog.code, "K26-0100")
    dialog.birth_month.month.setCurrentIndex(5)  # mei
    dialog.birth_month.year.setCurrentIndex(dialog.birth_month.year.findData(2018))
    qtbot.keyClicks(dialog.home_postcode, home)
    qtbot.keyClicks(dialog.school_postcode, "3513")
    dialog.care_form.setCurrentIndex(dialog.care_form.findData(CareForm.STEUNOUDER.value))
    dialog.needs.boxes["trauma"].setChecked(True)
    dialog.languages.boxes["tr"].setChecked(True)
    dialog.languages.boxes["nl"].setChecked(True)
    dialog.allergies.boxes["kat"].setChecked(True)
    dialog.smoke_free.setChecked(True)
    qtbot.keyClicks(dialog.case_worker, "a.b.")


# --------------------------------------------------------------------------- the form


def test_recording_a_child_through_the_form(qtbot, db: Database) -> None:
    page = children_page(qtbot, db)
    assert page.message.text().startswith("Nog geen kinderen.")
    dialog = page.new_child()
    assert dialog.windowTitle() == "Nieuw kind"
    fill_form(qtbot, dialog, home="35")
    # Support care needs its own parts of the week: tick Wednesday afternoon with the
    # keyboard (arrows to the cell, space to tick).
    grid = dialog.schedule.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    for _ in range(2):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert dialog.schedule.schedule() == Schedule.from_cells([(2, DayPart.MIDDAG)])
    dialog.submit()
    # A wrong postcode: the sentence under the field, what was typed kept, nothing saved.
    assert dialog.isVisible()
    assert dialog.form.error_text("home_postcode") == (
        "'35' is geen postcode (vier cijfers, bv. 3511)."
    )
    assert dialog.home_postcode.text() == "35"
    assert dialog.home_postcode.accessibleDescription() == dialog.form.error_text("home_postcode")
    assert dialog.form.error_text("code") == ""
    assert stored(db, "K26-0100") is None
    qtbot.keyClicks(dialog.home_postcode, "12 AB")  # now "3512 AB"
    assert dialog.form.error_text("home_postcode") == ""  # typing clears the message
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    child = stored(db, "K26-0100")
    assert child is not None
    assert (child.home_pc4, child.school_pc4) == ("3512", "3513")
    assert child.birth_month == date(2018, 5, 1)
    assert child.care_form == CareForm.STEUNOUDER
    assert child.schedule_needed == Schedule.from_cells([(2, DayPart.MIDDAG)])
    assert child.needs == ["trauma"] and child.languages == ["nl", "tr"]
    assert child.allergies == ["kat"] and child.smoke_free
    assert child.case_worker_initials == "AB" and child.status == ChildStatus.WACHT
    assert "Kind K26-0100 is opgeslagen." in page.page_bar.text()
    assert "Postcode thuis: alleen de vier cijfers 3512 bewaard." in page.page_bar.text()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT_MS)
    assert page.model.row_values(0)[0] == "K26-0100"


def test_every_mistake_is_shown_at_its_own_field(qtbot, db: Database) -> None:
    page = children_page(qtbot, db)
    dialog = page.new_child()
    qtbot.keyClicks(dialog.code, "123456782")  # a BSN
    dialog.birth_month.month.setCurrentIndex(3)  # a month without a year
    qtbot.keyClicks(dialog.case_worker, "Jantje Pietersen")
    dialog.submit()
    assert dialog.form.error_text("birth_month") == (
        "Kies zowel de maand als het jaar van de geboorte."
    )
    dialog.birth_month.year.setCurrentIndex(dialog.birth_month.year.findData(2015))
    dialog.submit()
    assert dialog.form.error_text("code").startswith("Dit lijkt een BSN")
    assert dialog.form.error_text("care_form") == "Kies de zorgvorm die het kind nodig heeft."
    assert dialog.form.error_text("case_worker_initials") == (
        "Alleen initialen (letters, hoogstens 6), geen naam."
    )
    assert dialog.bar.text() == "3 velden zijn nog niet goed; de meldingen staan bij de velden."
    assert dialog.code.text() == "123456782"
    dialog.reject()
    with db.session() as s:
        assert s.scalar(select(m.Child.id)) is None


def test_a_correction_is_version_checked_and_keeps_what_was_typed(qtbot, db: Database) -> None:
    [first, *_rest] = some_children(db)
    page = children_page(qtbot, db)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=WAIT_MS)
    dialog = page.edit_child()
    assert dialog is not None and dialog.windowTitle() == "Kind K26-0001 wijzigen"
    assert dialog.home_postcode.text() == "3512"
    dialog.culture_wish.setText("islamitisch")
    # Someone else changes the child meanwhile.
    record = sc.load_child_record(db, first, MATCHER, record_view=False)
    newer = record.data
    newer.urgency = Urgency.CRISIS
    sc.update_child(db, first, record.version, newer, actor=MATCHER)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.bar.text() != "", timeout=WAIT_MS)
    assert "intussen door iemand anders gewijzigd" in dialog.bar.text()
    assert dialog.bar.action_captions() == ["Nieuwste versie laden"]
    dialog.bar.trigger("Nieuwste versie laden")
    qtbot.waitUntil(lambda: "nieuwste versie is geladen" in dialog.bar.text(), timeout=WAIT_MS)
    assert dialog.culture_wish.text() == "islamitisch"  # what this user typed
    assert dialog.urgency.currentData() == Urgency.CRISIS.value  # what the other saved
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    child = stored(db, "K26-0001")
    assert child is not None
    assert (child.culture_wish, child.urgency) == ("islamitisch", Urgency.CRISIS)


# --------------------------------------------------------------------------- list, panel


def test_search_and_filters(qtbot, db: Database) -> None:
    some_children(db)
    page = children_page(qtbot, db)
    assert page.model.total == 3
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:3] == ["Code", "Leeftijd", "Zorgvorm"]
    filters = page.filters
    filters.urgency.setCurrentIndex(filters.urgency.findData(Urgency.CRISIS.value))
    wait_idle(qtbot, page)
    assert page.model.total == 1 and page.model.row_values(0)[0] == "K26-0003"
    filters.clear()
    wait_idle(qtbot, page)
    qtbot.keyClicks(filters.search, "0002")
    qtbot.waitUntil(lambda: not filters.is_pending(), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert page.model.total == 1 and page.model.row_values(0)[0] == "K26-0002"
    filters.clear()
    filters.wijk.setCurrentIndex(filters.wijk.findData("WK034405"))  # Oost
    wait_idle(qtbot, page)
    assert [page.model.row_values(r)[0] for r in range(page.model.rowCount())] == ["K26-0002"]
    filters.status.setCurrentIndex(filters.status.findData(ChildStatus.GESLOTEN.value))
    wait_idle(qtbot, page)
    assert page.model.total == 0
    assert page.message.text().startswith("Geen kinderen gevonden")


def test_the_panel_shows_the_child_and_the_view_is_logged(qtbot, db: Database) -> None:
    ids = some_children(db)
    page = children_page(qtbot, db)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert page.detail.heading.text() == "Kind K26-0002"
    facts = page.detail.facts.accessibleName()
    assert "Zorgvorm: deeltijd: weekenden" in facts
    assert "Thuis: 3581" in facts and "(Oost)" in facts
    with db.session() as s:
        views = s.scalars(
            select(m.AuditEntry.entity_id).where(m.AuditEntry.action == AuditAction.VIEW)
        ).all()
    assert list(views) == [ids[1]]


def test_closing_a_childs_file(qtbot, db: Database) -> None:
    some_children(db)
    page = children_page(qtbot, db)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=WAIT_MS)
    assert page.detail.close_button.isEnabled()
    dialog = page.close_child()
    assert dialog is not None
    dialog.reason.setText("Terug naar huis")
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    child = stored(db, "K26-0001")
    assert child is not None and child.status == ChildStatus.GESLOTEN
    assert "Het dossier van kind K26-0001 is gesloten." in page.page_bar.text()
    qtbot.waitUntil(
        lambda: (
            page.detail.record is not None and page.detail.record.status == ChildStatus.GESLOTEN
        ),
        timeout=WAIT_MS,
    )
    assert not page.detail.close_button.isEnabled()


def test_find_families_opens_the_matching_page_for_the_child(qtbot, db: Database) -> None:
    some_children(db)
    page = children_page(qtbot, db)
    page.table.selectRow(2)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=WAIT_MS)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    window = page.window()
    assert isinstance(window, MainWindow)
    matching = window.current_page()
    assert isinstance(matching, MatchingPage)
    assert matching.tabs.currentIndex() == TAB_CHILD
    wait_idle(qtbot, matching)
    assert matching.child_view.code == "K26-0003"
    assert matching.child_view.summary.text().startswith("K26-0003 · 9 jaar · voltijd: kortdurend")


# --------------------------------------------------------------------------- who sees it


def test_the_page_is_for_matchers_and_beheerders_only(qtbot, db: Database) -> None:
    werver = Actor(user_id=None, username="w.pietersen", role=Role.WERVER)
    window = open_window(qtbot, db, werver)
    keys = [page.key for page in window.pages]
    assert "children" not in keys and "matching" not in keys
    nav = window.ui.navigation
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles == ["Aanvragen", "Gezinnen", "Evenementen", "Overzicht"]
    assert [a.shortcut().toString() for a in window.page_actions] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]
    with pytest.raises(KeyError):
        window.page("children")
    window.close()

    matcher = open_window(qtbot, db, MATCHER)
    assert [p.key for p in matcher.pages] == [
        "requests",
        "households",
        "children",
        "matching",
        "events",
        "overview",
    ]
    assert matcher.ctx.actor is MATCHER
    matcher.show_page("children")
    page = matcher.current_page()
    assert isinstance(page, ChildrenPage)
    wait_idle(qtbot, page)
    assert page.isVisible() and page.new_button.isVisible()
