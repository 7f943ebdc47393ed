"""Trust in the window (issue 8): first start, login and lock-out, roles, the idle lock,
the audit viewer, retention, erasure, backup and restore, and a damaged file at start.

Real SQLite files and the real storage functions; only modal system dialogs (file
dialogs, confirmations) are answered by monkeypatch, and the clock is set by the test.
Passwords are hashed with cheap Argon2 parameters so a test does not wait for them.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Role
from utregs_plekkie.core.permissions import LOCKOUT_AFTER, Actor
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.app import run_gui
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.gui.trust import common, startup
from utregs_plekkie.gui.trust.audit_viewer import AuditViewer
from utregs_plekkie.gui.trust.backup_dialogs import MakeBackupDialog, RestoreDialog
from utregs_plekkie.gui.trust.lock import LockedPanel
from utregs_plekkie.gui.trust.login import FirstAdminDialog, LoginDialog
from utregs_plekkie.gui.trust.menus import admin_menu
from utregs_plekkie.gui.trust.person import CONFIRM_WORD, ErasureDialog
from utregs_plekkie.gui.trust.retention import RetentionDialog
from utregs_plekkie.gui.trust.session import AppSession
from utregs_plekkie.gui.trust.startup import IntegrityDialog, PassphraseDialog, prepare_database
from utregs_plekkie.storage import backups, users
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.audit import record_view
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo

ADMIN_PASSWORD = "fiets langs de Vecht"
WERVER_PASSWORD = "koffie op de stand"
MATCHER_PASSWORD = "kinderen op de Uithof"
WAIT = 30_000


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _quiet_fast_and_on_time(qapp: QApplication) -> Iterator[None]:
    handlers = list(logging.getLogger().handlers)
    i18n.uninstall_translators(qapp)
    users.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    workers.wait_for_background()
    QApplication.processEvents()
    clock.set_clock(None)
    users.use_password_hasher(None)
    i18n.uninstall_translators(qapp)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    build_demo(db, DemoSize(requests=120, households=30, children=20, seed=8))
    return db


@pytest.fixture
def state() -> UiState:
    return UiState.for_app()


@pytest.fixture
def quits() -> list[str]:
    return []


@pytest.fixture
def sessions(
    qtbot, state: UiState, quits: list[str], tmp_path: Path
) -> Iterator[Callable[..., AppSession]]:
    made: list[AppSession] = []

    def make(database: Database, **kwargs) -> AppSession:
        session = AppSession(
            database,
            state,
            quit_app=lambda: quits.append("quit"),
            backup_folder=tmp_path / "backups",
            idle_check_ms=kwargs.pop("idle_check_ms", 20),
        )
        made.append(session)
        return session

    yield make
    workers.wait_for_background()
    for session in made:
        session.close()
        for widget in (session.window, session.login_dialog, session.kiosk):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
        if session.db is not None:
            session.db.dispose()
    QApplication.processEvents()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered "yes" and recorded; message boxes just recorded."""
    asked: list[str] = []

    def ask(parent, title, text, informative="", **_kwargs) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(common, "ask", ask)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    return asked


def make_admin(database: Database) -> Actor:
    return users.create_first_admin(database, "a.beheer", "Anna Beheer", ADMIN_PASSWORD)


def make_user(database: Database, admin: Actor, name: str, role: Role, password: str) -> Actor:
    users.create_user(database, name, name.title(), role, password, actor=admin)
    return users.authenticate(database, name, password)


def count(database: Database, model: type[m.Base], *where) -> int:
    with database.engine.connect() as conn:
        query = select(func.count()).select_from(model).where(*where)
        return int(conn.execute(query).scalar_one())


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=WAIT)


def page_keys(window: MainWindow) -> list[str]:
    return [page.key for page in window.pages]


def button(widget, text: str) -> QPushButton:
    for candidate in widget.findChildren(QPushButton):
        if candidate.text().replace("&", "") == text and candidate.isVisible():
            return candidate
    raise AssertionError(f"geen knop {text!r}")


_SCREENSHOTS: list[Path] = []


@pytest.fixture(autouse=True)
def screenshot_folder(tmp_path: Path) -> Iterator[Path]:
    """Where ``save`` puts this test's screenshots: its own temporary folder."""
    _SCREENSHOTS.append(tmp_path)
    yield tmp_path
    _SCREENSHOTS.pop()


def save(widget, name: str) -> None:
    """For a person's look at the screens: trust_<name>.png in the test's tmp_path."""
    for _ in range(3):  # deferred layout work (wrapped texts) first
        QApplication.processEvents()
    widget.grab().save(str(_SCREENSHOTS[-1] / f"trust_{name}.png"))


# --------------------------------------------------------------------------- login


def test_first_start_asks_for_a_beheerder_and_logs_them_in(qtbot, db: Database, sessions) -> None:
    session = sessions(db)
    session.start(auto_backup=False)
    dialog = session.login_dialog
    assert isinstance(dialog, FirstAdminDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.username, "A.Beheer")
    qtbot.keyClicks(dialog.display_name, "Anna Beheer")
    qtbot.keyClicks(dialog.password, "kort")
    dialog.password.editingFinished.emit()
    assert not dialog.submit_button.isEnabled()
    assert "te kort" in dialog.password_error.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.repeat, ADMIN_PASSWORD + "!")
    assert "niet gelijk" in dialog.repeat_error.text()
    assert not dialog.submit_button.isEnabled()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, ADMIN_PASSWORD)
    assert dialog.submit_button.isEnabled()
    save(dialog, "first_admin")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT)

    assert session.actor is not None and session.actor.role == Role.BEHEERDER
    assert session.actor.username == "a.beheer"
    with db.session() as s:
        admins = s.scalars(select(m.User).where(m.User.role == Role.BEHEERDER)).all()
        assert [u.username for u in admins] == ["a.beheer"]
        assert admins[0].password_hash and ADMIN_PASSWORD not in admins[0].password_hash
        lines = s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.entity == "users")).all()
    assert AuditAction.CREATE in lines and AuditAction.LOGIN in lines
    window = session.window
    assert page_keys(window) == [
        "requests",
        "households",
        "children",
        "matching",
        "events",
        "overview",
    ]
    menu = admin_menu(window)
    assert menu is not None and menu.menuAction().isVisible()
    assert window.findChild(type(window.ui.actionQuit), "actionSignOut").isVisible()

    # The next start asks for a login, not for a beheerder.
    second = sessions(db)
    second.start(auto_backup=False)
    assert isinstance(second.login_dialog, LoginDialog)


def test_a_wrong_password_gets_one_sentence_and_then_a_countdown(
    qtbot, db: Database, sessions, stop_clock
) -> None:
    make_admin(db)
    moment = stop_clock()
    session = sessions(db)
    session.start(auto_backup=False)
    dialog = session.login_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.keyClicks(dialog.username, "a.beheer")

    def attempt(password: str) -> None:
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot)

    attempt("verkeerd wachtwoord")
    assert dialog.message.text() == users.login_failed_message()
    assert dialog.message.isVisible() and not dialog.countdown.isVisible()
    assert dialog.password.text() == ""  # the password goes, the username stays
    assert dialog.username.text() == "a.beheer"
    for _ in range(LOCKOUT_AFTER - 1):
        attempt("nog steeds verkeerd")
    assert dialog.countdown.isVisible()
    assert "opnieuw proberen" in dialog.countdown.text()
    assert "0:30" in dialog.countdown.text()
    assert not dialog.submit_button.isEnabled()
    save(dialog, "login_countdown")
    # The countdown follows the clock; at zero the button is back.
    moment.forward(seconds=12)
    qtbot.waitUntil(lambda: "0:18" in dialog.countdown.text(), timeout=3000)
    moment.forward(seconds=19)
    qtbot.waitUntil(lambda: not dialog.countdown.isVisible(), timeout=3000)
    assert dialog.submit_button.isEnabled()
    # An unknown username behaves the same way: the dialog tells nobody who exists.
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "bestaat.niet")
    attempt("wat dan ook hier")
    assert dialog.message.text() == users.login_failed_message()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "a.beheer")
    attempt(ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT)


def test_cancelling_the_login_ends_the_program(qtbot, db: Database, sessions, quits) -> None:
    make_admin(db)
    session = sessions(db)
    session.start(auto_backup=False)
    assert isinstance(session.login_dialog, LoginDialog)
    session.login_dialog.cancel_button.click()
    assert quits == ["quit"]


# --------------------------------------------------------------------------- roles


def test_a_werver_sees_no_children_matching_or_beheer(qtbot, demo_db: Database, sessions) -> None:
    admin = make_admin(demo_db)
    werver = make_user(demo_db, admin, "w.werf", Role.WERVER, WERVER_PASSWORD)
    session = sessions(demo_db)
    session.start(werver, auto_backup=False)
    window = session.window
    assert window is not None
    assert page_keys(window) == ["requests", "households", "events", "overview"]
    nav = window.ui.navigation
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert "Kinderen" not in titles and "Matching" not in titles
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert "Behee&r" not in menus
    menu = admin_menu(window)
    assert menu is not None and not menu.menuAction().isVisible()
    settings = window.findChild(type(window.ui.actionQuit), "actionPackSettings")
    assert settings is not None and not settings.isVisible() and not settings.isEnabled()
    # Afmelden is there for everyone; who is logged in is in the status bar.
    sign_out = window.findChild(type(window.ui.actionQuit), "actionSignOut")
    assert sign_out.isVisible()
    assert "(werver)" in window.findChild(type(window.database_label), "userLabel").text()
    save(window, "werver_window")


def test_a_matcher_sees_children_and_matching_but_no_beheer(
    qtbot, demo_db: Database, sessions
) -> None:
    admin = make_admin(demo_db)
    matcher = make_user(demo_db, admin, "m.match", Role.MATCHER, MATCHER_PASSWORD)
    session = sessions(demo_db)
    session.start(matcher, auto_backup=False)
    window = session.window
    assert "children" in page_keys(window) and "matching" in page_keys(window)
    assert not admin_menu(window).menuAction().isVisible()


def test_sign_out_returns_to_the_login(qtbot, db: Database, sessions) -> None:
    admin = make_admin(db)
    session = sessions(db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionSignOut").trigger()
    assert session.window is None and session.actor is None
    assert isinstance(session.login_dialog, LoginDialog)
    assert session.login_dialog.isVisible()
    with db.session() as s:
        details = s.scalars(select(m.AuditEntry.detail)).all()
    assert "afgemeld" in details


# --------------------------------------------------------------------------- idle lock


def test_the_idle_lock_hides_the_data_and_unlocks_with_the_password(
    qtbot, demo_db: Database, sessions, stop_clock
) -> None:
    admin = make_admin(demo_db)
    users.set_idle_lock_minutes(demo_db, 2, actor=admin)
    moment = stop_clock()
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.show_page("requests")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    with demo_db.session() as s:
        some_name = s.scalar(select(m.InfoRequest.last_name).where(m.InfoRequest.last_name != ""))
    # A dialog left open is covered, not closed (what was typed stays).
    viewer = window.findChild(type(window.ui.actionQuit), "actionAuditTrail")
    viewer.trigger()
    audit_dialog = window.findChild(AuditViewer)
    qtbot.waitUntil(audit_dialog.isVisible)
    audit_dialog.text.setText("half getypt")

    moment.forward(minutes=1)
    qtbot.wait(100)
    assert not session.locked  # not yet
    moment.forward(minutes=1, seconds=1)
    qtbot.waitUntil(lambda: session.locked, timeout=3000)

    assert isinstance(window.centralWidget(), LockedPanel)
    assert not window.ui.pages.isVisible() and not page.table.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.ui.actionRefresh.isEnabled()
    texts = " ".join(label.text() for label in window.findChildren(type(window.database_label)))
    assert some_name not in texts
    assert audit_dialog.isVisible() and not audit_dialog.table.isEnabled()
    assert audit_dialog in session.screen_lock.covered_windows()
    lock = session.lock_dialog
    assert isinstance(lock, LoginDialog) and lock.isVisible()
    assert lock.username.text() == "a.beheer" and lock.username.isReadOnly()
    lock.reject()  # Escape does not unlock
    assert lock.isVisible() and session.locked
    assert lock.cancel_button.text() == "Programma afsluiten…"
    save(window, "locked_window")
    save(lock, "lock_dialog")

    qtbot.keyClicks(lock.password, "niet mijn wachtwoord")
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert session.locked and lock.message.text() == users.login_failed_message()
    qtbot.keyClicks(lock.password, ADMIN_PASSWORD)
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.locked, timeout=WAIT)
    assert session.window is window
    assert window.centralWidget() is not None and window.ui.pages.isVisible()
    assert page.table.isVisible() and window.menuBar().isVisible()
    assert audit_dialog.table.isEnabled() and audit_dialog.text.text() == "half getypt"


def test_the_lock_screen_can_end_the_program_after_a_question(
    qtbot, db: Database, sessions, quits: list[str], answers: list[str]
) -> None:
    admin = make_admin(db)
    session = sessions(db)
    session.start(admin, auto_backup=False)
    session.lock()
    session.lock_dialog.cancel_button.click()
    assert any("zonder te ontgrendelen" in text for text in answers)
    assert quits == ["quit"]


def test_another_user_can_take_over_the_locked_window(qtbot, demo_db: Database, sessions) -> None:
    admin = make_admin(demo_db)
    make_user(demo_db, admin, "w.werf", Role.WERVER, WERVER_PASSWORD)
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    first = session.window
    window_action = first.findChild(type(first.ui.actionQuit), "actionLockNow")
    window_action.trigger()  # Bestand → Nu vergrendelen (Ctrl+L)
    assert session.locked
    lock = session.lock_dialog
    lock.other_button.click()
    assert not lock.username.isReadOnly() and "gesloten" in lock.intro.text()
    qtbot.keyClicks(lock.username, "w.werf")
    qtbot.keyClicks(lock.password, WERVER_PASSWORD)
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: session.window is not first and session.window is not None, timeout=WAIT
    )
    assert session.actor.username == "w.werf" and not session.locked
    assert "children" not in page_keys(session.window)


# --------------------------------------------------------------------------- audit trail


def test_the_audit_viewer_shows_logins_and_views_and_cannot_edit(
    qtbot, demo_db: Database, sessions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    make_admin(demo_db)
    admin = users.authenticate(demo_db, "a.beheer", ADMIN_PASSWORD)
    with demo_db.session() as s:
        household_id = s.scalar(select(m.Household.id).order_by(m.Household.id))
    record_view(demo_db, admin, "households", household_id)
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionAuditTrail").trigger()
    viewer = window.findChild(AuditViewer)
    qtbot.waitUntil(lambda: viewer.model.rowCount() > 0 and not viewer.is_loading(), timeout=WAIT)
    rows = [viewer.model.values(r) for r in range(viewer.model.rowCount())]
    assert any(r[2] == "aangemeld" and r[1] == "a.beheer" for r in rows)
    assert any(r[2] == "bekeken" and r[3] == "gezinnen" and r[4] == str(household_id) for r in rows)
    assert viewer.page_label.text().startswith("Regels 1–")
    # Read-only: no editable cell, no edit trigger, no button that changes a line.
    assert viewer.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for r in range(viewer.model.rowCount()):
        for c in range(viewer.model.columnCount()):
            flags = viewer.model.flags(viewer.model.index(r, c))
            assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not viewer.model.setData(viewer.model.index(0, 5), "anders")
    labels = [b.text().replace("&", "").lower() for b in viewer.findChildren(QPushButton)]
    assert not any(word in t for t in labels for word in ("wijzig", "verwijder", "bewerk"))
    save(viewer, "audit_viewer")

    # Filters: only views of households.
    viewer.what.setCurrentIndex(viewer.what.findData(AuditAction.VIEW))
    viewer.entity.setCurrentIndex(viewer.entity.findData("households"))
    viewer.search()
    qtbot.waitUntil(lambda: not viewer.is_loading(), timeout=WAIT)
    shown = [viewer.model.values(r) for r in range(viewer.model.rowCount())]
    assert shown and all(r[2] == "bekeken" and r[3] == "gezinnen" for r in shown)

    # Export what is shown as CSV for Excel.
    target = tmp_path / "logboek.csv"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "CSV voor Excel (*.csv)"),
    )
    viewer.export_button.click()
    qtbot.waitUntil(lambda: "geëxporteerd" in viewer.export_message.text(), timeout=WAIT)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0][:3] == ["id", "tijdstip", "gebruiker"]
    assert len(lines) == len(shown) + 1
    assert all(line[3] == "bekeken" for line in lines[1:])


# --------------------------------------------------------------------------- AVG


def test_retention_dry_run_lists_then_the_run_anonymises(
    qtbot, demo_db: Database, sessions, answers: list[str], stop_clock
) -> None:
    admin = make_admin(demo_db)
    # Three years on, many leads went nowhere.
    moment = stop_clock()
    moment.forward(days=3 * 365)
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionRetention").trigger()
    dialog = window.findChild(RetentionDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.run_button.isEnabled()  # first a dry run
    dialog.dry_run_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT)
    plan = dialog.plan
    assert plan.total > 0 and dialog.model.rowCount() == plan.total
    assert str(len(plan.requests)) in dialog.summary.text()
    listed = {int(dialog.model.data(dialog.model.index(r, 1))) for r in range(plan.total)}
    assert listed == {i.id for i in [*plan.requests, *plan.households]}
    r = m.InfoRequest
    assert count(demo_db, r, r.anonymised_at.is_not(None)) == 0  # a dry run changes nothing
    save(dialog, "retention_dry_run")
    # Changing a rule asks for a new dry run.
    dialog.lead_months.setValue(dialog.lead_months.value() + 1)
    assert dialog.plan is None and not dialog.run_button.isEnabled()
    dialog.lead_months.setValue(dialog.lead_months.value() - 1)
    dialog.dry_run_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT)
    plan = dialog.plan
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.run_result is not None, timeout=WAIT)
    assert any("anonimiseren?" in text for text in answers)
    result = dialog.run_result
    assert result.requests >= len(plan.requests) and result.households == len(plan.households)
    anonymised = count(demo_db, r, r.anonymised_at.is_not(None))
    assert anonymised == result.requests
    ids = [i.id for i in plan.requests]
    assert count(demo_db, r, r.id.in_(ids), r.first_name != "") == 0
    assert "geanonimiseerd" in dialog.message.text()
    save(dialog, "retention_done")


def test_erasure_shows_what_goes_asks_for_the_word_and_leaves_only_an_audit_line(
    qtbot, demo_db: Database, sessions
) -> None:
    admin = make_admin(demo_db)
    r = m.InfoRequest
    with demo_db.session() as s:
        target = s.scalars(
            select(r).where(r.household_id.is_(None), r.last_name != "", r.email.is_not(None))
        ).first()
        request_id, name, email = target.id, target.last_name, target.email
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionErasureRequest").trigger()
    dialog = window.findChild(ErasureDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.picker.search_edit, str(request_id))
    dialog.picker.search()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert request_id in [item[0] for item in dialog.preview.requests]
    assert name in dialog.details.toPlainText()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "wissen")  # not the exact word
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, CONFIRM_WORD)
    assert dialog.erase_button.isEnabled()
    save(dialog, "erasure")
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.erased is not None, timeout=WAIT)
    assert dialog.erased.requests >= 1

    with demo_db.session() as s:
        erased = s.get(r, request_id)
        assert erased.first_name == erased.last_name == "" and erased.email is None
        assert erased.anonymised_at is not None
        lines = s.scalars(
            select(m.AuditEntry).where(
                m.AuditEntry.entity == "info_requests", m.AuditEntry.entity_id == request_id
            )
        ).all()
        everything = " ".join(e.detail for e in s.scalars(select(m.AuditEntry)))
    assert any(line.detail == "gewist op verzoek (AVG art. 17)" for line in lines)
    assert name not in everything and email not in everything


def test_withdrawing_consent_from_the_requests_page(
    qtbot, demo_db: Database, sessions, answers: list[str]
) -> None:
    admin = make_admin(demo_db)
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.show_page("requests")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    page.table.selectRow(0)
    request_id = page.current_id()
    action = page.findChild(type(window.ui.actionQuit), "actionWithdrawConsent")
    assert action in page.table.actions()
    action.trigger()
    wait_idle(qtbot)
    with demo_db.session() as s:
        row = s.get(m.InfoRequest, request_id)
        assert row.consent_withdrawn_at is not None and row.consent_contact is False
    assert any("intrekken?" in text for text in answers)


# --------------------------------------------------------------------------- backups


def test_backup_then_restore_from_the_menu(
    qtbot, demo_db: Database, sessions, answers: list[str], tmp_path: Path
) -> None:
    admin = make_admin(demo_db)
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionMakeBackup").trigger()
    maker = window.findChild(MakeBackupDialog)
    qtbot.waitUntil(maker.isVisible)
    assert str(tmp_path / "backups") in maker.folder_label.text()
    maker.make_button.click()
    qtbot.waitUntil(lambda: maker.made is not None, timeout=WAIT)
    made = maker.made
    assert made.path.exists() and "gecontroleerd" in maker.message.text()
    save(maker, "backup_made")
    maker.reject()

    # After the backup someone adds a colleague; the restore takes that back.
    users.create_user(
        session.db, "later.toegevoegd", "Later", Role.WERVER, "een lang wachtwoord", actor=admin
    )
    assert count(session.db, m.User) == 2
    window.findChild(type(window.ui.actionQuit), "actionRestoreBackup").trigger()
    chooser = window.findChild(RestoreDialog)
    qtbot.waitUntil(lambda: chooser.model.rowCount() == 1, timeout=WAIT)
    assert chooser.model.data(chooser.model.index(0, 1)) == "met de hand"
    save(chooser, "restore_list")
    chooser.restore_button.click()
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not window, timeout=WAIT
    )
    assert any("terugzetten?" in text for text in answers)
    assert any("is teruggezet" in text for text in answers)
    restored = session.db
    assert restored is not demo_db
    assert count(restored, m.User) == 1
    with restored.session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.entity == "database")
        ).all()
    assert any(d.startswith("backup teruggezet: " + made.path.name) for d in details)
    assert session.actor.username == "a.beheer"
    keepers = [b for b in backups.list_backups(restored, tmp_path / "backups")]
    assert any(b.label == backups.SAFETY_LABEL for b in keepers)


def test_restore_while_another_program_has_the_file_open_says_so(
    qtbot, db: Database, sessions, answers: list[str], db_path: Path, tmp_path: Path
) -> None:
    admin = make_admin(db)
    session = sessions(db)
    session.start(admin, auto_backup=False)
    made = backups.make_backup(db, tmp_path / "backups")
    other = open_database(f"sqlite:///{db_path}")  # "another instance"
    try:
        with other.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM users").scalar()
            assert not session.restore(made.path, made_at=made.made_at)
    finally:
        other.dispose()
    assert any("nog in gebruik" in text for text in answers)
    assert session.window is not None  # back to work, nothing changed
    assert count(session.db, m.User) == 1


def test_the_automatic_backup_at_start_runs_in_the_background(
    qtbot, db: Database, sessions, tmp_path: Path
) -> None:
    admin = make_admin(db)
    session = sessions(db)
    with qtbot.waitSignal(session.auto_backup_made, timeout=WAIT) as made:
        session.start(admin)
    info = made.args[0]
    assert info.automatic and info.path.parent == tmp_path / "backups"
    assert session.last_auto_backup_seconds is not None


# --------------------------------------------------------------------------- start


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


@pytest.fixture
def damaged(db_path: Path) -> Iterator[tuple[str, Path]]:
    """A database with a good backup, then damaged."""
    url = f"sqlite:///{db_path}"
    database = open_database(url)
    build_demo(database, DemoSize(requests=400, households=40, children=20, seed=2))
    good = backups.make_backup(database, None, backups.AUTO_LABEL)
    database.dispose()
    _damage(db_path)
    yield url, good.path


def test_a_damaged_database_at_start_offers_the_last_good_backup(
    qtbot, damaged: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    url, _good = damaged
    shown: list[IntegrityDialog] = []

    def choose_restore(dialog: IntegrityDialog) -> int:
        shown.append(dialog)
        save(dialog, "integrity")
        assert dialog.restore_button.isVisible() or not dialog.isVisible()
        return IntegrityDialog.RESTORE

    monkeypatch.setattr(IntegrityDialog, "exec", choose_restore)
    assert prepare_database(url) == url
    (dialog,) = shown
    assert "beschadigd" in dialog.windowTitle().lower()
    assert dialog.restore_button.text() == "Laatste goede backup terugzetten"
    assert not dialog.restore_button.isHidden()
    assert "Traceback" not in dialog.advice.text()
    path = Path(url.removeprefix("sqlite:///"))
    backups.check_integrity(path)  # sound again
    assert any("is teruggezet" in text for text in answers)
    database = open_database(url)
    try:
        assert count(database, m.InfoRequest) == 400
    finally:
        database.dispose()


def test_run_gui_on_a_damaged_file_quits_cleanly_when_asked(
    qtbot, damaged: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    url, _good = damaged
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(IntegrityDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert run_gui(url) == 1


def test_an_encrypted_database_asks_for_its_passphrase(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "stand.sqlite"
    database = open_database(f"sqlite+pysqlcipher://:juiste%20zin@/{path}")
    database.dispose()
    typed = iter(["verkeerde zin", "juiste zin"])
    seen: list[str] = []

    def answer(dialog: PassphraseDialog) -> int:
        seen.append(dialog.message.text())
        dialog.passphrase.setText(next(typed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    url = prepare_database(f"sqlite+pysqlcipher:///{path}")
    assert url is not None and "pysqlcipher" in url
    assert seen[0] == "" and "opent de database niet" in seen[1]
    opened = open_database(url)
    try:
        assert count(opened, m.User) == 0
    finally:
        opened.dispose()
    # A plain URL to the encrypted file is recognised too.
    typed = iter(["juiste zin"])
    assert startup.looks_encrypted(path)
    assert "pysqlcipher" in (prepare_database(f"sqlite:///{path}") or "")


def test_one_helper_maps_actions_to_permissions(qtbot, db: Database, state: UiState) -> None:
    admin = make_admin(db)
    werver = make_user(db, admin, "w.werf", Role.WERVER, WERVER_PASSWORD)
    window = MainWindow(AppContext(db, werver, state))
    qtbot.addWidget(window)
    hidden = {
        a.objectName()
        for a in window.findChildren(type(window.ui.actionQuit))
        if a.objectName() and not a.isVisible()
    }
    assert "actionPackSettings" in hidden
    assert "actionPrintPacks" not in hidden and "actionToday" not in hidden


# --------------------------------------------------------------------------- Beheer dialogs


def test_the_users_dialog_adds_changes_and_refuses_a_stale_copy(
    qtbot, db: Database, sessions, answers: list[str]
) -> None:
    from utregs_plekkie.gui.trust.users_dialog import UsersDialog

    admin = make_admin(db)
    session = sessions(db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionUsers").trigger()
    dialog = window.findChild(UsersDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)

    adder = dialog.add_user()
    qtbot.keyClicks(adder.username, "W.Werf")
    qtbot.keyClicks(adder.display_name, "Wim Werf")
    adder.role.setCurrentIndex(adder.role.findData(Role.WERVER))
    assert "aanvragen" in adder.role_hint.text()
    qtbot.keyClicks(adder.pair.password, WERVER_PASSWORD)
    qtbot.keyClicks(adder.pair.repeat, WERVER_PASSWORD)
    assert adder.ok_button.isEnabled()
    save(adder, "add_user")
    adder.ok_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    assert "aangemaakt als werver" in dialog.message.text()
    save(dialog, "users")

    dialog.select_username("w.werf")
    listed = dialog.selected()
    assert listed is not None and listed.role == Role.WERVER
    # Another beheerder changes the account meanwhile: this copy is stale.
    users.change_role(db, listed.id, Role.MATCHER, actor=admin)
    dialog.toggle_active()
    qtbot.waitUntil(lambda: "gewijzigd" in dialog.message.text(), timeout=WAIT)
    assert any("Opnieuw laden" not in t and "gewijzigd" in t for t in answers)
    wait_idle(qtbot)
    dialog.select_username("w.werf")
    assert dialog.selected().role == Role.MATCHER  # reloaded
    dialog.toggle_active()
    qtbot.waitUntil(lambda: "gedeactiveerd" in dialog.message.text(), timeout=WAIT)
    with db.session() as s:
        assert s.scalar(select(m.User.active).where(m.User.username == "w.werf")) is False

    wait_idle(qtbot)
    dialog.select_username("w.werf")
    resetter = dialog.reset_password()
    qtbot.keyClicks(resetter.pair.password, "een heel nieuw wachtwoord")
    qtbot.keyClicks(resetter.pair.repeat, "een heel nieuw wachtwoord")
    resetter.ok_button.click()
    qtbot.waitUntil(lambda: "opnieuw ingesteld" in dialog.message.text(), timeout=WAIT)
    wait_idle(qtbot)
    dialog.select_username("w.werf")
    dialog.toggle_active()  # activate again
    qtbot.waitUntil(lambda: "weer actief" in dialog.message.text(), timeout=WAIT)
    assert users.authenticate(db, "w.werf", "een heel nieuw wachtwoord").role == Role.MATCHER


def test_kiosk_pin_and_idle_minutes_are_saved_for_the_team(qtbot, db: Database, sessions) -> None:
    from utregs_plekkie.gui.trust.settings_dialogs import IdleLockDialog, KioskPinDialog

    admin = make_admin(db)
    session = sessions(db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionKioskPin").trigger()
    pin = window.findChild(KioskPinDialog)
    qtbot.keyClicks(pin.pin, "12a34")  # letters are not taken
    assert pin.pin.text() == "1234"
    qtbot.keyClicks(pin.repeat, "1235")
    assert "niet gelijk" in pin.message.text() and not pin.ok_button.isEnabled()
    pin.repeat.clear()
    qtbot.keyClicks(pin.repeat, "1234")
    save(pin, "kiosk_pin")
    pin.ok_button.click()
    qtbot.waitUntil(lambda: users.has_kiosk_pin(db), timeout=WAIT)
    assert users.verify_kiosk_pin(db, "1234")

    window.findChild(type(window.ui.actionQuit), "actionIdleLock").trigger()
    idle = window.findChild(IdleLockDialog)
    assert idle.minutes.value() == users.IDLE_LOCK_DEFAULT
    idle.minutes.setValue(0)
    assert "zichtbaar" in idle.note.text()
    idle.minutes.setValue(3)
    save(idle, "idle_lock")
    idle.ok_button.click()
    qtbot.waitUntil(lambda: users.idle_lock_minutes(db) == 3, timeout=WAIT)
    wait_idle(qtbot)
    assert session.idle.minutes == 3


def test_an_access_request_saves_pdf_and_json(
    qtbot, demo_db: Database, sessions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    from pypdf import PdfReader

    from utregs_plekkie.gui.trust.person import AccessRequestDialog

    admin = make_admin(demo_db)
    r = m.InfoRequest
    with demo_db.session() as s:
        target = s.scalars(select(r).where(r.last_name != "").order_by(r.id)).first()
        request_id, last_name = target.id, target.last_name
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionAccessRequest").trigger()
    dialog = window.findChild(AccessRequestDialog)
    dialog.picker.search_edit.setText(last_name)  # keyClicks types ASCII only
    dialog.picker.search()
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0, timeout=WAIT)
    row = next(i for i, p in enumerate(dialog.picker.model.people) if p.id == request_id)
    dialog.picker.table.selectRow(row)
    assert dialog.save_button.isEnabled()
    save(dialog, "access_request")
    chosen = tmp_path / "inzage.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(chosen), "")
    )
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=WAIT)
    assert dialog.written == [tmp_path / "inzage.pdf", tmp_path / "inzage.json"]
    text = "".join(page.extract_text() for page in PdfReader(dialog.written[0]).pages)
    assert last_name in text
    data = json.loads(dialog.written[1].read_text(encoding="utf-8"))
    assert any(a["gegevens"]["id"] == request_id for a in data["aanvragen"])
    with demo_db.session() as s:
        line = s.scalars(
            select(m.AuditEntry).where(
                m.AuditEntry.action == AuditAction.EXPORT, m.AuditEntry.entity_id == request_id
            )
        ).first()
    assert line is not None and line.detail == "inzageverzoek (AVG)"


def test_the_evenement_role_gets_the_kiosk_and_leaving_it_goes_on_from_there(
    qtbot, demo_db: Database, sessions
) -> None:
    admin = make_admin(demo_db)
    users.set_kiosk_pin(demo_db, "2468", actor=admin)
    make_user(demo_db, admin, "w.werf", Role.WERVER, WERVER_PASSWORD)
    stand = make_user(demo_db, admin, "stand", Role.EVENEMENT, "de stand op het plein")
    session = sessions(demo_db)
    session.start(stand, auto_backup=False)
    kiosk = session.kiosk
    assert kiosk is not None and kiosk.isVisible() and session.window is None
    assert not session.idle.active  # the kiosk clears itself; no idle lock on top
    # With the PIN: back to the login.
    kiosk.show_leave()
    kiosk.pin.setText("2468")
    kiosk.leave_with_pin()
    qtbot.waitUntil(lambda: isinstance(session.login_dialog, LoginDialog), timeout=WAIT)
    assert session.kiosk is None and session.window is None
    # The stand's account logs in again, then a werver leaves with their own login.
    session.login_dialog.hide()
    session.enter(stand)
    kiosk = session.kiosk
    kiosk.show_leave()
    kiosk.username.setText("w.werf")
    kiosk.password.setText(WERVER_PASSWORD)
    kiosk.leave_with_login()
    qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT)
    assert session.actor.username == "w.werf" and session.kiosk is None
    assert "children" not in page_keys(session.window)


def test_the_idle_lock_leaves_an_open_kiosk_alone(
    qtbot, demo_db: Database, sessions, stop_clock
) -> None:
    from utregs_plekkie.gui.kiosk import open_kiosk

    admin = make_admin(demo_db)
    users.set_idle_lock_minutes(demo_db, 1, actor=admin)
    moment = stop_clock()
    session = sessions(demo_db)
    session.start(admin, auto_backup=False)
    # Bestand → Evenementmodus at a stand
    kiosk = open_kiosk(AppContext(demo_db, admin, UiState.for_app()))
    try:
        moment.forward(minutes=3)
        qtbot.wait(150)
        assert not session.locked and kiosk.isEnabled()
    finally:
        kiosk.leaving = True
        kiosk.close()
    moment.forward(minutes=3)
    qtbot.waitUntil(lambda: session.locked, timeout=3000)


def test_the_audit_viewer_pages_through_many_lines(qtbot, db: Database, sessions) -> None:
    from utregs_plekkie.gui.trust.audit_viewer import PAGE_SIZE
    from utregs_plekkie.storage.audit import record

    admin = make_admin(db)
    with db.transaction() as s:
        for number in range(PAGE_SIZE + 50):
            record(s, admin, AuditAction.VIEW, "households", number + 1)
    total = count(db, m.AuditEntry)
    session = sessions(db)
    session.start(admin, auto_backup=False)
    window = session.window
    window.findChild(type(window.ui.actionQuit), "actionAuditTrail").trigger()
    viewer = window.findChild(AuditViewer)
    qtbot.waitUntil(lambda: viewer.model.rowCount() == PAGE_SIZE, timeout=WAIT)
    assert viewer.total == total
    assert viewer.next_button.isEnabled() and not viewer.previous_button.isEnabled()
    newest = viewer.model.rows[0].id
    viewer.next_button.click()
    qtbot.waitUntil(lambda: not viewer.is_loading(), timeout=WAIT)
    assert viewer.model.rowCount() == total - PAGE_SIZE
    assert viewer.page_label.text().startswith(f"Regels {PAGE_SIZE + 1}–{total} van {total}")
    assert not viewer.next_button.isEnabled() and viewer.previous_button.isEnabled()
    assert all(row.id < newest for row in viewer.model.rows)
    viewer.previous_button.click()
    qtbot.waitUntil(lambda: not viewer.is_loading(), timeout=WAIT)
    assert viewer.model.rows[0].id == newest
    # A text filter on the details.
    viewer.text.setText("eerste beheerder")
    viewer.search()
    qtbot.waitUntil(lambda: not viewer.is_loading(), timeout=WAIT)
    assert [row.detail for row in viewer.model.rows] == ["eerste beheerder"]


def test_input_anywhere_starts_the_idle_time_again(
    qtbot, db: Database, sessions, stop_clock
) -> None:
    admin = make_admin(db)
    users.set_idle_lock_minutes(db, 2, actor=admin)
    moment = stop_clock()
    session = sessions(db)
    session.start(admin, auto_backup=False)
    moment.forward(seconds=90)
    qtbot.mouseMove(session.window.ui.navigation)
    qtbot.keyClick(session.window.ui.navigation, Qt.Key.Key_Down)
    moment.forward(seconds=60)  # 150 s since the start, 60 s since the key press
    qtbot.wait(150)
    assert not session.locked
    moment.forward(seconds=61)
    qtbot.waitUntil(lambda: session.locked, timeout=3000)
