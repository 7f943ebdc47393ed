"""``utregs-plekkie kiosk`` as the whole program, run last of the GUI tests.

This test starts and quits the application's own event loop, as the real command does;
afterwards no later window in the same test process can become active, so it lives in
a file that sorts after every other GUI test (tests/storage and tests/unit open no
windows).
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication
from test_kiosk_gui import (  # noqa: F401  (fixtures are found by name)
    PIN,
    KioskWindow,
    _dutch_and_quiet,
    admin,
    boxes,
    db,
    now,
    stand,
)

from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import workers
from utregs_plekkie.storage.database import Database


def test_run_kiosk_is_the_whole_program_until_the_pin(
    qtbot,
    db: Database,  # noqa: F811
    stand: Actor,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``utregs-plekkie kiosk``: the kiosk, full screen; the PIN leads to the login."""
    import sys

    from PySide6.QtCore import QTimer

    from utregs_plekkie.gui.kiosk import run_kiosk
    from utregs_plekkie.gui.trust.login import LoginDialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app = QApplication.instance()
    assert app is not None
    seen: dict[str, object] = {}

    def visible(kind: type) -> list:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def step() -> None:
        kiosks = visible(KioskWindow)
        logins = visible(LoginDialog)
        if logins and "kiosk" in seen:
            seen["login"] = logins[0]
            # Closing the login ends the program (the session quits the application).
            for dialog in logins:
                dialog.close()
            return
        if kiosks and "kiosk" not in seen:
            kiosk = kiosks[0]
            seen["kiosk"] = (kiosk.event_name, kiosk.isFullScreen(), kiosk.actor.username)
            kiosk.show_leave()
            kiosk.pin.setText(PIN)
            kiosk.leave_with_pin()
        QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)
    watchdog = QTimer()  # never hang the suite
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(app.quit)
    watchdog.start(30_000)
    url = db.url.render_as_string(hide_password=False)
    handlers = list(logging.getLogger().handlers)
    try:
        assert run_kiosk(url, "Braderie Zuilen", actor=stand) == 0
    finally:
        watchdog.stop()
        workers.wait_for_background()
        # A quit that arrives after the program's event loop ended leaves Qt "quitting"
        # (every later event loop would end at once): one empty loop clears that.
        QTimer.singleShot(0, app.quit)
        app.exec()
        for handler in logging.getLogger().handlers:
            if handler not in handlers:  # the log file run_kiosk set up
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert seen["kiosk"] == ("Braderie Zuilen", True, "stand")
    assert "login" in seen
