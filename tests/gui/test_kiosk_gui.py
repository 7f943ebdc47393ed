"""The event kiosk on a real SQLite database: two visitors at a stand, the second sees
nothing of the first; saving is immediate and complete; Tab and Enter go through the
form; leaving needs the kiosk PIN (a wrong one is refused, the lock-out applies) or a
werver's login; the pack can be printed on the spot.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
)
from sqlalchemy import select

from utregs_plekkie import cli
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, RequestStatus, Role, Source
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.kiosk import KioskWindow, open_kiosk
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage import users
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.requests import add_consent_text, request_history

START = datetime(2027, 5, 14, 11, 0, tzinfo=clock.LOCAL_TZ)
EVENT = "Pop-up Utrecht Centraal"
PIN = "2468"
PRIVACY = (
    "Ik geef KOOS Utrecht en Spoor030 toestemming om contact met mij op te nemen over "
    "pleegzorg en mijn gegevens daarvoor te bewaren."
)


if TYPE_CHECKING:
    from conftest import Clock  # the one test clock, `now` (tests/conftest.py)


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
def own_logging() -> Iterator[None]:
    """The command line and ``run_kiosk`` set up their log file: take it away again,
    so later tests find the logging as it was."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def clock_start() -> datetime:
    """Where `now`, the program's clock in these tests, starts."""
    return START


@pytest.fixture
def db(db: Database, now: Clock) -> Iterator[Database]:
    """The shared database (tests/gui/conftest.py) on `now`, with the kiosk's consent text."""
    add_consent_text(db, "2027-kort", PRIVACY, date(2027, 1, 1), actor=Actor.system())
    yield db
    workers.wait_for_background()  # work still running finishes on the same clock


@pytest.fixture
def admin(db: Database) -> Actor:
    return users.create_first_admin(db, "a.beheer", "Anna Beheer", "een lang wachtwoord")


@pytest.fixture
def stand(db: Database, admin: Actor) -> Actor:
    users.set_kiosk_pin(db, PIN, actor=admin)
    info = users.create_user(
        db, "stand", "Stand", Role.EVENEMENT, "stand-wachtwoord-1", actor=admin
    )
    return info.actor()


def _let_go(kiosk: object) -> None:
    """At the end of a test the kiosk may close (in use it refuses without the PIN)."""
    if isinstance(kiosk, KioskWindow):
        kiosk.leaving = True


def until(qtbot, condition, timeout: int = 20_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def make_kiosk(qtbot, db: Database, actor: Actor, **kwargs) -> KioskWindow:
    kiosk = KioskWindow(AppContext(db, actor, UiState.for_app()), EVENT, **kwargs)
    qtbot.addWidget(kiosk, before_close_func=_let_go)
    kiosk.resize(1366, 768)
    kiosk.show()
    until(qtbot, lambda: kiosk.consent_loaded)
    return kiosk


def enter(qtbot, kiosk: KioskWindow, key: str, text: str) -> None:
    """Type into a field as a person does (so the field has an undo history)."""
    field = kiosk.fields[key]
    field.setFocus()
    qtbot.keyClicks(field, text)


def capture(qtbot, kiosk: KioskWindow, visitor: dict[str, str], interests: list[Interest]) -> int:
    for key, text in visitor.items():
        enter(qtbot, kiosk, key, text)
    for interest in interests:
        qtbot.mouseClick(kiosk.toggles[interest], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.consent, Qt.MouseButton.LeftButton, pos=kiosk.consent.rect().center())
    assert kiosk.consent.isChecked()
    kiosk.save_button.setFocus()
    with qtbot.waitSignal(kiosk.saved, timeout=20_000) as saved:
        qtbot.keyClick(kiosk.save_button, Qt.Key.Key_Return)
    return int(saved.args[0])


def everything_shown(kiosk: KioskWindow) -> str:
    """Every text anywhere in the kiosk: fields, labels, buttons, accessible texts."""
    parts: list[str] = [kiosk.windowTitle()]
    for widget in kiosk.findChildren(QLineEdit):
        parts += [widget.text(), widget.placeholderText(), widget.accessibleDescription()]
    for widget in kiosk.findChildren(QLabel):
        parts += [widget.text(), widget.accessibleName()]
    for widget in kiosk.findChildren(QAbstractButton):
        parts += [widget.text(), widget.accessibleName(), widget.toolTip()]
    return "\n".join(parts)


FIRST = {
    "first_name": "Marieke",
    "last_name": "van der Linden",
    "email": "marieke.vdl@voorbeeld.nl",
    "phone": "06 24681357",
    "postcode": "3581 KP",
}
SECOND = {"first_name": "Youssef", "last_name": "Amrani", "phone": "0612121212"}


def assert_nothing_of(kiosk: KioskWindow, visitor: dict[str, str]) -> None:
    for field in kiosk.findChildren(QLineEdit):
        assert field.text() == "", field.objectName()
        assert not field.isUndoAvailable(), field.objectName()
        assert not field.isRedoAvailable(), field.objectName()
        assert field.completer() is None
        assert not field.isModified()
    for button in kiosk.toggles.values():
        assert not button.isChecked()
    assert not kiosk.consent.isChecked()
    shown = everything_shown(kiosk)
    for value in visitor.values():
        assert value not in shown
        for part in value.split():
            if len(part) > 3:
                assert part not in shown, part
    for error in kiosk.errors.values():
        assert error.text() == "" and error.isHidden()


# --------------------------------------------------------------------------- visitors


def test_two_visitors_and_the_second_sees_nothing_of_the_first(
    qtbot, db: Database, stand: Actor, now: Clock
) -> None:
    kiosk = make_kiosk(qtbot, db, stand)
    # Nothing to browse or search: no lists in the kiosk at all.
    assert kiosk.findChildren(QAbstractItemView) == []
    assert PRIVACY in kiosk.privacy.text()
    assert kiosk.fields["first_name"].hasFocus()

    first_id = capture(qtbot, kiosk, FIRST, [Interest.DEELTIJD, Interest.STEUNOUDER])
    # Saved, complete and committed the moment it was confirmed (read with a new
    # connection of a new Database object, as after a restart).
    other = open_database(db.url.render_as_string(hide_password=False))
    try:
        with other.session() as session:
            row = session.get(m.InfoRequest, first_id)
            assert row is not None
            assert (row.first_name, row.name_prefix, row.last_name) == (
                "Marieke",
                "van der",
                "Linden",
            )
            assert row.email == "marieke.vdl@voorbeeld.nl" and row.phone == "+31624681357"
            assert row.postcode == "3581 KP" and row.wijk_code is not None
            assert row.source == Source.POPUP
            assert row.interest_set == {Interest.DEELTIJD, Interest.STEUNOUDER}
            assert row.consent_contact and row.consent_store
            assert row.consent_text_version == "2027-kort"
            assert row.consent_at == START
            event = session.get(m.Event, row.event_id)
            assert event is not None and event.name == EVENT
    finally:
        other.dispose()
    assert [h.to_status for h in request_history(db, first_id)] == [RequestStatus.NIEUW]

    # Thank you; the form behind it is already empty.
    assert kiosk.pages.currentWidget() is kiosk.thanks_page
    assert "opgeslagen" in kiosk.thanks_text.text()
    assert_nothing_of(kiosk, FIRST)
    kiosk.save_button.setFocus()
    qtbot.keyClick(kiosk.next_button, Qt.Key.Key_Return)
    assert kiosk.pages.currentWidget() is kiosk.form_page
    assert_nothing_of(kiosk, FIRST)
    # Undo brings nothing back, nor does a paste menu exist.
    first_name = kiosk.fields["first_name"]
    assert first_name.hasFocus()
    qtbot.keyClick(first_name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first_name.text() == ""
    assert first_name.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu

    now.forward(minutes=2)
    second_id = capture(qtbot, kiosk, SECOND, [Interest.WEET_NIET])
    assert second_id != first_id
    assert_nothing_of(kiosk, SECOND)
    assert_nothing_of(kiosk, FIRST)
    with db.session() as session:
        rows = session.execute(select(m.InfoRequest).order_by(m.InfoRequest.id)).scalars().all()
        assert [r.first_name for r in rows] == ["Marieke", "Youssef"]
        assert rows[0].event_id == rows[1].event_id
    assert "2 aanmeldingen opgeslagen" in kiosk.staff_line.text()


def test_tab_and_enter_go_through_the_form(qtbot, db: Database, stand: Actor) -> None:
    kiosk = make_kiosk(qtbot, db, stand)
    order = ["first_name", "last_name", "email", "phone", "postcode"]
    kiosk.fields["first_name"].setFocus()
    for current, following in itertools.pairwise(order):
        assert QApplication.focusWidget() is kiosk.fields[current]
        qtbot.keyClick(kiosk.fields[current], Qt.Key.Key_Return)
        assert QApplication.focusWidget() is kiosk.fields[following]
    qtbot.keyClick(kiosk.fields["postcode"], Qt.Key.Key_Tab)
    toggles = list(kiosk.toggles.values())
    assert QApplication.focusWidget() is toggles[0]
    for index in range(len(toggles) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is toggles[index + 1]
    qtbot.keyClick(toggles[-1], Qt.Key.Key_Space)
    assert toggles[-1].isChecked() and toggles[-1].text().startswith("✓")
    qtbot.keyClick(toggles[-1], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is kiosk.consent
    qtbot.keyClick(kiosk.consent, Qt.Key.Key_Space)
    assert kiosk.consent.isChecked()
    qtbot.keyClick(kiosk.consent, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kiosk.save_button


def test_problems_are_shown_large_in_dutch_and_nothing_typed_is_lost(
    qtbot, db: Database, stand: Actor
) -> None:
    kiosk = make_kiosk(qtbot, db, stand)
    enter(qtbot, kiosk, "first_name", "Eva")
    enter(qtbot, kiosk, "email", "eva@")
    enter(qtbot, kiosk, "postcode", "35")
    kiosk.save()
    assert kiosk.pages.currentWidget() is kiosk.form_page
    assert kiosk.errors["email"].text().startswith("E-mailadres 'eva@' is ongeldig")
    assert kiosk.errors["postcode"].text().startswith("Postcode '35'")
    assert "Vink het vakje aan" in kiosk.errors["consent"].text()
    assert kiosk.summary.text() == "Nog niet opgeslagen: kijk bij de rode tekst."
    assert kiosk.errors["email"].font().pointSizeF() >= 13
    assert kiosk.fields["email"].text() == "eva@" and kiosk.fields["postcode"].text() == "35"
    assert QApplication.focusWidget() is kiosk.fields["email"]
    # Without e-mail or phone: the one sentence that says what to do.
    kiosk.fields["email"].setText("")
    kiosk.save()
    assert "e-mailadres of een telefoonnummer" in kiosk.errors["email"].text()
    with db.session() as session:
        assert session.execute(select(m.InfoRequest)).first() is None


def test_a_half_filled_form_left_alone_is_cleared(qtbot, db: Database, stand: Actor) -> None:
    kiosk = make_kiosk(qtbot, db, stand)
    kiosk._idle_timer.setInterval(200)  # two minutes in real use
    enter(qtbot, kiosk, "first_name", "Iemand")
    kiosk.toggles[Interest.CRISIS].setChecked(True)
    until(qtbot, lambda: kiosk.fields["first_name"].text() == "")
    assert not kiosk.fields["first_name"].isUndoAvailable()
    assert not kiosk.toggles[Interest.CRISIS].isChecked()
    assert "leeggemaakt" in kiosk.summary.text()


def test_without_an_event_name_the_kiosk_asks_for_it(qtbot, db: Database, stand: Actor) -> None:
    kiosk = KioskWindow(AppContext(db, stand, UiState.for_app()), None)
    qtbot.addWidget(kiosk, before_close_func=_let_go)
    kiosk.show()
    assert kiosk.pages.currentWidget() is kiosk.setup_page
    kiosk.start_button.click()
    assert "Vul de naam" in kiosk.setup_error.text()
    qtbot.keyClicks(kiosk.event_field, "  Markt   Lombok ")
    qtbot.keyClick(kiosk.event_field, Qt.Key.Key_Return)
    assert kiosk.pages.currentWidget() is kiosk.form_page
    assert kiosk.event_name == "Markt Lombok"
    assert "Markt Lombok" in kiosk.subtitle.text()
    assert kiosk.event_field.text() == "" and not kiosk.event_field.isUndoAvailable()


# --------------------------------------------------------------------------- leaving


def test_leaving_needs_the_pin_and_a_wrong_one_is_refused(
    qtbot, db: Database, stand: Actor, now: Clock
) -> None:
    kiosk = make_kiosk(qtbot, db, stand)
    left: list[object] = []
    kiosk.left.connect(left.append)
    # Escape and closing the window both ask for the PIN instead of leaving.
    qtbot.keyClick(kiosk.fields["first_name"], Qt.Key.Key_Escape)
    assert kiosk.pages.currentWidget() is kiosk.leave_page
    kiosk.back_to_form()
    kiosk.close()
    assert kiosk.isVisible() and kiosk.pages.currentWidget() is kiosk.leave_page

    qtbot.keyClicks(kiosk.pin, "1111")
    qtbot.keyClick(kiosk.pin, Qt.Key.Key_Return)
    until(qtbot, lambda: kiosk.leave_message.text() != "" and not kiosk.busy)
    assert kiosk.leave_message.text() == users.pin_failed_message()
    assert kiosk.pin.text() == "" and kiosk.isVisible() and left == []
    # Letters cannot be typed in the PIN field; the keypad types digits.
    qtbot.keyClicks(kiosk.pin, "ab")
    assert kiosk.pin.text() == ""

    # Five wrong tries in a row: even the right PIN waits (the lock-out).
    for _attempt in range(4):
        kiosk.pin.setText("0000")
        kiosk.leave_with_pin()
        until(qtbot, lambda: not kiosk.busy)
    kiosk.pin.setText(PIN)
    kiosk.leave_with_pin()
    until(qtbot, lambda: not kiosk.busy)
    assert left == [] and kiosk.isVisible()
    assert kiosk.leave_message.text() == users.pin_failed_message()

    now.forward(seconds=31)
    for digit in PIN:
        next(b for b in kiosk.leave_page.findChildren(QAbstractButton) if b.text() == digit).click()
    assert kiosk.pin.text() == PIN
    with qtbot.waitSignal(kiosk.left, timeout=20_000) as signal:
        kiosk.pin_button.click()
    assert signal.args == [None]
    until(qtbot, lambda: not kiosk.isVisible())


def test_a_werver_can_leave_with_their_login(
    qtbot, db: Database, stand: Actor, admin: Actor
) -> None:
    users.create_user(db, "w.jansen", "Wim Jansen", Role.WERVER, "werver-wachtwoord", actor=admin)
    kiosk = make_kiosk(qtbot, db, stand)
    kiosk.show_leave()
    # The stand's own account may not leave the kiosk.
    kiosk.username.setText("stand")
    kiosk.password.setText("stand-wachtwoord-1")
    kiosk.login_button.click()
    until(qtbot, lambda: "kunt u de kiosk niet verlaten" in kiosk.leave_message.text())
    assert kiosk.password.text() == "" and kiosk.isVisible()
    kiosk.username.setText("w.jansen")
    kiosk.password.setText("werver-wachtwoord")
    with qtbot.waitSignal(kiosk.left, timeout=20_000) as signal:
        qtbot.keyClick(kiosk.password, Qt.Key.Key_Return)
    who = signal.args[0]
    assert isinstance(who, Actor) and who.username == "w.jansen" and who.role == Role.WERVER


def test_the_menu_opens_the_kiosk_and_hides_the_window(
    qtbot, db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.set_kiosk_pin(db, PIN, actor=admin)
    window = MainWindow(AppContext(db, admin, UiState.for_app()))
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "actionKiosk")
    assert action is not None and action.text() == "Evenement&modus (kiosk)…"
    action.trigger()
    kiosk = window.kiosk
    assert isinstance(kiosk, KioskWindow)
    until(qtbot, kiosk.isVisible)
    assert kiosk.isFullScreen() and not window.isVisible()
    assert kiosk.pages.currentWidget() is kiosk.setup_page
    kiosk.event_field.setText(EVENT)
    kiosk.start_button.click()
    kiosk.show_leave()
    kiosk.username.setText("a.beheer")
    kiosk.password.setText("een lang wachtwoord")
    kiosk.login_button.click()
    until(qtbot, window.isVisible)
    assert window.kiosk is None


# --------------------------------------------------------------------------- printing


def test_the_pack_is_printed_on_the_spot(qtbot, db: Database, stand: Actor, tmp_path: Path) -> None:
    target = tmp_path / "pakket.pdf"

    def printer() -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(target))
        return made

    kiosk = make_kiosk(qtbot, db, stand, printer_factory=printer)
    assert kiosk.print_pack.isVisibleTo(kiosk)
    kiosk.print_pack.setChecked(True)
    request_id = capture(qtbot, kiosk, SECOND, [Interest.VOLTIJD])
    assert kiosk.thanks_print.text() == "Uw informatiepakket wordt nu afgedrukt."
    until(qtbot, lambda: "afgedrukt" in kiosk.staff_line.text(), timeout=60_000)
    assert "niet afgedrukt" not in kiosk.staff_line.text()
    assert len(PdfReader(target).pages) >= 1
    with db.session() as session:
        row = session.get(m.InfoRequest, request_id)
        assert row is not None and row.pack_sent_at is not None
        assert row.status == RequestStatus.PAKKET_VERSTUURD
    # The checkbox is the staff's setting: it stays for the next visitor.
    assert kiosk.print_pack.isChecked()


def test_without_a_printer_the_checkbox_is_left_out(qtbot, db: Database, stand: Actor) -> None:
    kiosk = make_kiosk(qtbot, db, stand)
    assert kiosk.print_pack.isVisibleTo(kiosk) == kiosk.can_print


def test_open_kiosk_is_full_screen(qtbot, db: Database, stand: Actor) -> None:
    kiosk = open_kiosk(AppContext(db, stand, UiState.for_app()), EVENT)
    qtbot.addWidget(kiosk, before_close_func=_let_go)
    until(qtbot, kiosk.isVisible)
    assert kiosk.isFullScreen()
    assert kiosk.font().pointSizeF() >= 17


# --------------------------------------------------------------------------- command line


@pytest.mark.usefixtures("own_logging")
def test_the_kiosk_command_refuses_an_empty_event_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["kiosk", "--event", "   "]) == 1
    assert "naam van het evenement is leeg" in capsys.readouterr().err
