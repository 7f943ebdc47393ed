"""The main window on a real SQLite database: what a recruiter sees and clicks."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from sqlalchemy import func, select

from utregs_plekkie import __version__, paths
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GEO_ATTRIBUTION
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import errors, i18n, workers
from utregs_plekkie.gui.about import AboutDialog
from utregs_plekkie.gui.app import run_gui
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.pages import ListPage, OverviewPage, Page
from utregs_plekkie.gui.pages.base import fit_widths
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo

SIZE = DemoSize(requests=300, households=80, children=60, seed=1)
PAGE_KEYS = ["requests", "households", "children", "matching", "events", "overview"]
DUTCH_TITLES = ["Aanvragen", "Gezinnen", "Kinderen", "Matching", "Evenementen", "Overzicht"]
ENGLISH_TITLES = ["Requests", "Families", "Children", "Matching", "Events", "Overview"]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _dutch_and_quiet(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends in Dutch, without leftover background work or log files."""
    handlers = list(logging.getLogger().handlers)
    i18n.uninstall_translators(qapp)
    yield
    workers.wait_for_background()
    QApplication.processEvents()
    i18n.uninstall_translators(qapp)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "plekkie.sqlite"


@pytest.fixture
def empty_db(db_file: Path, migrated_sqlite: Callable[[Path], str]) -> Iterator[Database]:
    # A copy of the session's migrated template, at db_file (the window names it).
    db = open_database(migrated_sqlite(db_file))
    yield db
    workers.wait_for_background()
    db.dispose()


@pytest.fixture
def demo_db(empty_db: Database) -> Database:
    build_demo(empty_db, SIZE)
    return empty_db


@pytest.fixture
def state() -> UiState:
    # An INI file in the test's own UTREGS_PLEKKIE_HOME (see tests/conftest.py).
    return UiState.for_app()


def open_window(qtbot, db: Database, state: UiState) -> MainWindow:
    window = MainWindow(AppContext(db, Actor.admin("tests"), state))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, demo_db: Database, state: UiState) -> MainWindow:
    return open_window(qtbot, demo_db, state)


def wait_loaded(qtbot, page: Page) -> None:
    qtbot.waitUntil(lambda: not page.is_loading() and workers.pending_count() == 0, timeout=15_000)


def count_rows(db: Database, model: type[m.Base], *where) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def expected_headline(db: Database) -> dict[str, dict[str, int]]:
    """The headline figures, counted here without the code under test."""
    r, h, c = m.InfoRequest, m.Household, m.Child
    return {
        "requests": {"totaal": count_rows(db, r), "nieuw": count_rows(db, r, r.status == "nieuw")},
        "households": {
            "totaal": count_rows(db, h),
            "beschikbaar": count_rows(db, h, h.stage == "beschikbaar"),
        },
        "children": {
            "wachtend": count_rows(db, c, c.status == "wacht"),
            "geplaatst": count_rows(db, c, c.status == "geplaatst"),
        },
        "matching": {
            "actieve plaatsingen": count_rows(db, m.Placement, m.Placement.status == "actief")
        },
        "events": {
            "komend": count_rows(db, m.Event, m.Event.starts_at >= func.current_timestamp()),
        },
    }


def list_total(db: Database, key: str) -> int:
    model = {
        "requests": m.InfoRequest,
        "households": m.Household,
        "children": m.Child,
        "matching": m.MatchProposal,
        "events": m.Event,
    }[key]
    return count_rows(db, model)


def check_page_shows_real_data(qtbot, window: MainWindow, db: Database, key: str) -> None:
    page = window.current_page()
    assert page.key == key
    wait_loaded(qtbot, page)
    if isinstance(page, ListPage):
        total = list_total(db, key)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        assert page.model.total == total
        assert page.model.rowCount() == min(total, 200)
        assert page.stack.currentWidget() is page.table
        assert page.table.isVisible()
        shown = dict(page.count_values())
        for caption, number in expected_headline(db)[key].items():
            # The events' "komend" depends on the clock; compare loosely there.
            if key == "events":
                assert abs(shown[caption] - number) <= 1
            else:
                assert shown[caption] == number, (key, caption)
        tile_texts = [t.number.text() for t in page.tiles if t.isVisible()]
        assert tile_texts and all(text.replace(".", "").isdigit() for text in tile_texts)
    else:
        assert isinstance(page, OverviewPage)
        from utregs_plekkie.storage.overview import compute_overview

        shown = page.overview
        assert shown is not None
        wanted = compute_overview(db, shown.filter.period_from, shown.filter.period_to)
        assert shown.funnel.requests == wanted.funnel.requests > 0
        rows = page.funnel.table.texts()
        assert [row[0] for row in rows][:2] == ["aanvraag", "pakket verstuurd"]
        assert len(rows) == 7
        assert page.key_tiles[0].number.text() == rows[0][1]


# --------------------------------------------------------------------------- pages


def test_every_page_shows_real_data_by_clicking_the_navigation(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == DUTCH_TITLES
    for row, key in enumerate(PAGE_KEYS):
        item_rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
        check_page_shows_real_data(qtbot, window, demo_db, key)
        assert window.current_page().title_label.text() == DUTCH_TITLES[row]
        assert window.page_actions[row].isChecked()


def test_ctrl_number_shortcuts_switch_pages(qtbot, window: MainWindow, demo_db: Database) -> None:
    for number in (6, 2, 5, 3, 4, 1):
        key = PAGE_KEYS[number - 1]
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.ui.navigation.currentRow() == number - 1
        check_page_shows_real_data(qtbot, window, demo_db, key)


def test_the_list_loads_more_rows_when_scrolled_to_the_end(qtbot, window: MainWindow) -> None:
    page = window.current_page()
    assert isinstance(page, ListPage) and page.key == "requests"
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 200 and page.model.canFetchMore()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == SIZE.requests, timeout=15_000)
    assert not page.model.canFetchMore()
    assert window.statusBar().currentMessage() == "300 van 300 getoond"


def test_selecting_a_row_reports_its_record(qtbot, window: MainWindow, demo_db: Database) -> None:
    page = window.current_page()
    assert isinstance(page, ListPage)
    wait_loaded(qtbot, page)
    with qtbot.waitSignal(page.current_changed) as signal:
        page.table.selectRow(3)
    newest = select(m.InfoRequest.id).order_by(
        m.InfoRequest.received_at.desc(), m.InfoRequest.id.desc()
    )
    with demo_db.engine.connect() as conn:
        expected = list(conn.execute(newest.limit(4)).scalars())[3]
    assert signal.args == [expected] and page.current_id() == expected


def test_refresh_reloads_the_page(qtbot, window: MainWindow, demo_db: Database) -> None:
    page = window.current_page()
    wait_loaded(qtbot, page)
    assert dict(page.count_values())["totaal"] == SIZE.requests
    with demo_db.engine.begin() as conn:
        conn.execute(m.InfoRequest.__table__.delete().where(m.InfoRequest.id <= 10))
    window.ui.actionRefresh.trigger()
    wait_loaded(qtbot, page)
    assert dict(page.count_values())["totaal"] == SIZE.requests - 10
    assert isinstance(page, ListPage) and page.model.total == SIZE.requests - 10


def test_an_empty_database_gets_a_helpful_sentence(
    qtbot, empty_db: Database, state: UiState
) -> None:
    window = open_window(qtbot, empty_db, state)
    expected = {
        "requests": "Nog geen aanvragen. Voeg er een toe of importeer een bestand.",
        "households": "Nog geen gezinnen.",
        "children": "Nog geen kinderen.",
        "matching": "Nog geen voorstellen.",
        "events": "Nog geen evenementen.",
    }
    for key, sentence in expected.items():
        window.show_page(key)
        page = window.current_page()
        assert isinstance(page, ListPage)
        wait_loaded(qtbot, page)
        assert page.stack.currentWidget() is page.message
        assert page.message.text().startswith(sentence)
        assert page.message.accessibleName() == page.message.text()
        assert all(number == 0 for _, number in page.count_values())
    window.show_page("overview")
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    wait_loaded(qtbot, overview)
    assert overview.message.isVisible() and "Nog geen aanvragen" in overview.message.text()


def test_keyboard_tab_goes_from_the_navigation_to_the_table(qtbot, window: MainWindow) -> None:
    page = window.current_page()
    assert isinstance(page, ListPage)
    wait_loaded(qtbot, page)
    window.ui.navigation.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.ui.navigation)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
    # Arrow keys in the navigation change the page, as in any list.
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Down)
    assert window.current_page().key == "households"


def test_controls_have_accessible_names(qtbot, window: MainWindow) -> None:
    for page in window.pages:
        window.show_page(page.key)
        wait_loaded(qtbot, page)
        assert page.accessibleName() == page.title()
        assert page.title_label.accessibleName() == page.title()
        table = page.table if isinstance(page, ListPage) else page.funnel.table.view
        assert table.accessibleName()
        for tile in page.tiles:
            if tile.isVisible():
                assert tile.accessibleName().endswith(tile.number.text())
    assert window.ui.navigation.accessibleName() == "Onderdelen"
    assert window.database_label.accessibleName().startswith("Database: ")


# --------------------------------------------------------------------------- menus, dialogs


def test_status_bar_names_the_database(window: MainWindow, db_file: Path) -> None:
    assert window.database_label.text() == f"Database: {db_file}"
    assert window.database_label.isVisible()


def test_about_dialog_shows_version_database_and_attribution(
    qtbot, window: MainWindow, db_file: Path
) -> None:
    window.ui.actionAbout.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.windowTitle() == "Over Utregs Plekkie"
    assert dialog.ui.versionValue.text() == __version__
    assert str(db_file) in dialog.ui.databaseValue.text()
    assert dialog.ui.geodataValue.text() == GEO_ATTRIBUTION
    assert "KOOS Utrecht en Spoor030" in dialog.ui.campaignLabel.text()
    dialog.reject()


def test_database_info_names_kind_and_location(qtbot, window: MainWindow, db_file: Path) -> None:
    window.ui.actionDatabaseInfo.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "SQLite" in box.informativeText() and str(db_file) in box.informativeText()
    box.close()


def test_menus_are_dutch_and_complete(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Bee&ld", "&Help"]
    view = [a.text() for a in window.ui.menuView.actions() if not a.isSeparator()]
    assert view[:6] == DUTCH_TITLES
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, 7)
    ]
    assert "&Vernieuwen" in view and "&Taal" in view
    assert window.ui.actionQuit.shortcut().toString() == "Ctrl+Q"


def test_choosing_a_language_is_remembered_and_explained(
    qtbot, window: MainWindow, state: UiState
) -> None:
    window.ui.actionEnglish.trigger()
    assert state.language() == "en"
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "opnieuw start" in box.text() and "English" in box.text()
    box.close()
    assert UiState.for_app().language() == "en"  # written to the file


def test_window_geometry_page_and_columns_are_restored(
    qtbot, demo_db: Database, state: UiState
) -> None:
    first = open_window(qtbot, demo_db, state)
    # Within the offscreen screen (800 x 800): restoreGeometry keeps a window on screen.
    # Wider than the window's minimum (the Aanvragen page with its filters and detail
    # panel needs about 770 pixels).
    assert first.minimumSizeHint().width() <= 790
    first.resize(QSize(790, 600))
    first.move(QPoint(5, 30))
    position = first.pos()
    first.show_page("children")
    page = first.current_page()
    assert isinstance(page, ListPage)
    wait_loaded(qtbot, page)
    page.table.setColumnWidth(0, 177)
    first.close()
    assert Path(state.file_name).is_file()
    assert Path(state.file_name).is_relative_to(paths.config_dir())

    second = open_window(qtbot, demo_db, UiState.for_app())
    assert second.size() == QSize(790, 600)
    assert second.pos() == position
    assert second.current_page().key == "children"
    restored = second.current_page()
    assert isinstance(restored, ListPage)
    wait_loaded(qtbot, restored)
    assert restored.table.columnWidth(0) == 177


def test_fitted_column_widths_are_not_remembered(qtbot, window: MainWindow, state: UiState) -> None:
    """Widths fitted to this window are not the user's choice; a later, wider window refits."""
    page = window.current_page()
    wait_loaded(qtbot, page)
    window.resize(QSize(600, 500))
    window.close()
    assert state.column_widths("requests") == []


def test_english_is_available(qtbot, qapp: QApplication, demo_db: Database, state: UiState) -> None:
    assert i18n.install_translator(qapp, "en") == "en"
    window = open_window(qtbot, demo_db, state)
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == ENGLISH_TITLES
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    page = window.current_page()
    assert isinstance(page, ListPage)
    assert page.title_label.text() == "Requests"
    wait_loaded(qtbot, page)
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[:3] == ["Name", "E-mail", "Phone"]
    assert [caption for caption, _ in page.count_values()] == [
        "total",
        "new",
        "follow up today or earlier",
    ]
    statuses = {page.model.row_values(r)[7] for r in range(page.model.rowCount())}
    assert "pack sent" in statuses
    # Qt's own dialogs speak the same language.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_dutch_standard_buttons(qapp: QApplication) -> None:
    i18n.install_translator(qapp, "nl")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


# --------------------------------------------------------------------------- errors


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes are recorded instead of waiting for a click."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_unexpected_errors_are_logged_and_point_to_the_log(
    qapp: QApplication, shown_boxes: list[QMessageBox]
) -> None:
    log_path = errors.ensure_file_logging()
    assert log_path == paths.log_dir() / "utregs-plekkie.log"
    try:
        raise RuntimeError("kapotte berekening")
    except RuntimeError:
        errors.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "kapotte berekening" in log_path.read_text(encoding="utf-8")
    (box,) = shown_boxes
    assert box.windowTitle() == "Er ging iets mis"
    assert "niet verwachtte" in box.text()
    assert str(log_path) in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText()
    buttons = [b.text() for b in box.buttons()]
    assert "Map met logbestanden openen" in buttons


def test_user_errors_are_shown_as_their_own_sentence(
    qapp: QApplication, shown_boxes: list[QMessageBox]
) -> None:
    errors.report_failure(UserError("Kies eerst een gezin."))
    (box,) = shown_boxes
    assert box.text() == "Kies eerst een gezin."
    assert box.icon() == QMessageBox.Icon.Warning


def test_run_gui_explains_a_database_it_cannot_open(
    qapp: QApplication, shown_boxes: list[QMessageBox], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert run_gui("mysql://niemand@nergens/db") == 1
    (box,) = shown_boxes
    assert box.text() == "Utregs Plekkie kan de database niet openen."
    assert "SQLite of PostgreSQL" in box.informativeText()


# --------------------------------------------------------------------------- helpers


def test_fit_widths_narrows_long_columns_first() -> None:
    # Everything fits: nothing changes.
    assert fit_widths([100, 200, 80], 400) == [100, 200, 80]
    # The e-mail column (1) gives way first, down to 120.
    assert fit_widths([150, 260, 90, 90], 500, shrink_first=[1]) == [150, 170, 90, 90]
    # Then the widest of the rest, all to one width.
    fitted = fit_widths([200, 260, 90, 150], 480, shrink_first=[1])
    assert sum(fitted) <= 480 and fitted[2] == 90 and fitted[1] == 120
    assert max(fitted) - min(w for w in fitted if w != 90) <= 40


def test_pages_are_widgets_not_rows(window: MainWindow) -> None:
    """A list never makes a widget per row: the table has a model, and few children."""
    page = window.current_page()
    assert isinstance(page, ListPage)
    assert len(page.findChildren(QLabel)) < 20
    assert len(page.findChildren(QWidget)) < 80
