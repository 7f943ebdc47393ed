"""What the import and the export dialogs share: the Documents folder, and progress
handed from a worker thread to the window."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class Progress:
    """Progress handed from a worker thread to the window (read on a timer), and the
    wish to stop handed back: a plain object, so no Qt object crosses threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self._cancel = False

    def report(self, done: int, total: int) -> bool:
        with self._lock:
            self.done, self.total = done, total
            return not self._cancel

    def cancel(self) -> None:
        with self._lock:
            self._cancel = True

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancel
