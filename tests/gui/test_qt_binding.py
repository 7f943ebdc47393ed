"""The Qt binding in use keeps Python's reference counts right.

PySide6 6.12.0 drops a reference to None on every call that returns nothing; on
Python 3.11 the interpreter then aborts after a few thousand calls. pyproject.toml
excludes that release; this test fails if such a binding is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_leave_none_alone(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Utregs Plekkie")
    assert abs(sys.getrefcount(None) - before) < 100
