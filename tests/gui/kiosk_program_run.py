"""``utregs-plekkie kiosk`` as the whole program, in a process of its own.

Run by tests/gui/test_kiosk_program.py with ``sys.executable`` (Qt offscreen, its own
UTREGS_PLEKKIE_HOME): ``run_kiosk`` starts and quits the application's event loop as
the real command does, after which no later window in the same process could become
active. The script plays the staff member (the PIN, then closing the login) and
prints what it saw as JSON on its last line of output.

    python kiosk_program_run.py DB_URL PIN NOW_ISO STAND_ACTOR_JSON
"""

from __future__ import annotations

import faulthandler
import json
import sys
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Role
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui.app import create_application
from utregs_plekkie.gui.kiosk import KioskWindow
from utregs_plekkie.gui.kiosk.program import run_kiosk
from utregs_plekkie.gui.trust.login import LoginDialog


def visible(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def main(url: str, pin: str, now: str, who: str) -> int:
    faulthandler.dump_traceback_later(100, exit=True)  # a hang shows where
    moment = datetime.fromisoformat(now)
    clock.set_clock(lambda: moment)
    boxes: list[str] = []

    def record(box: QMessageBox) -> int:
        boxes.append(f"{box.text()} {box.informativeText()}")
        return 0

    QMessageBox.exec = record  # type: ignore[method-assign]
    fields = json.loads(who)
    stand = Actor(
        user_id=fields["user_id"],
        username=fields["username"],
        role=Role(fields["role"]),
        display_name=fields["display_name"],
    )

    seen: dict[str, object] = {}

    def step() -> None:
        kiosks = visible(KioskWindow)
        logins = visible(LoginDialog)
        if logins and "kiosk" in seen:
            seen["login"] = True
            # Closing the login ends the program (the session quits the application).
            for dialog in logins:
                dialog.close()
            return
        if kiosks and "kiosk" not in seen:
            kiosk = kiosks[0]
            assert isinstance(kiosk, KioskWindow)
            seen["kiosk"] = [kiosk.event_name, kiosk.isFullScreen(), kiosk.actor.username]
            kiosk.show_leave()
            kiosk.pin.setText(pin)
            kiosk.leave_with_pin()
        QTimer.singleShot(50, step)

    # The application run_kiosk will use (it takes the existing one): the timers
    # below need its event loop.
    create_application([sys.argv[0]])
    QTimer.singleShot(50, step)
    watchdog = QTimer()  # never hang the suite
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (seen.setdefault("watchdog", True), QApplication.quit()))
    watchdog.start(30_000)
    code = run_kiosk(url, "Braderie Zuilen", actor=stand, argv=[sys.argv[0]])
    seen["exit_code"] = code
    seen["boxes"] = boxes
    print(json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
