"""``utregs-plekkie kiosk`` as the whole program: the kiosk, full screen, for the stand;
the PIN leads to the login, and closing the login ends the program.

``run_kiosk`` starts and quits the application's own event loop, as the real command
does; afterwards no later window in that process can become active. So it runs in a
process of its own (tests/gui/kiosk_program_run.py, Qt offscreen, its own home folder)
and this test does not depend on the order the GUI tests run in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from test_kiosk_gui import (  # noqa: F401  (fixtures are found by name)
    PIN,
    START,
    admin,
    clock_start,
    db,
    stand,
)

from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.storage.database import Database

SCRIPT = Path(__file__).with_name("kiosk_program_run.py")
ROOT = Path(__file__).resolve().parents[2]


def test_run_kiosk_is_the_whole_program_until_the_pin(
    db: Database,  # noqa: F811
    stand: Actor,  # noqa: F811
    tmp_path: Path,
) -> None:
    """``utregs-plekkie kiosk``: the kiosk, full screen; the PIN leads to the login."""
    home = tmp_path / "program-home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UTREGS_PLEKKIE_HOME": str(home),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.pop("UTREGS_PLEKKIE_DB", None)
    url = db.url.render_as_string(hide_password=False)
    who = json.dumps({**asdict(stand), "role": str(stand.role)})
    done = subprocess.run(
        [sys.executable, str(SCRIPT), url, PIN, START.isoformat(), who],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert "watchdog" not in seen, done.stderr[-3000:]
    assert seen["exit_code"] == 0
    assert seen["boxes"] == [], f"onverwachte meldingen: {seen['boxes']}"
    assert tuple(seen["kiosk"]) == ("Braderie Zuilen", True, "stand")
    assert "login" in seen
