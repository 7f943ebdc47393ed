"""Long work of a packs dialog shown in the dialog itself, and its scratch folder."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QTimer,
)
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.packs.common import set_level
from utregs_plekkie.gui.workers import run_in_background

T = TypeVar("T")

_TICK_MS = 100


class JobProgress:
    """Progress of one piece of background work, shared with the GUI thread.

    Plain attributes, no Qt: the worker writes ``done``/``total`` through ``report``
    (the ``progress`` callback of the packs API), the window reads them on a timer
    and sets ``cancel`` when the user clicks Annuleren.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancel.is_set()

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class Scratch:
    """A private temporary folder for the PDFs of one dialog.

    Removed when the dialog is closed and no background work uses it any more,
    whichever comes last (work may still be finishing after a close).
    """

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="utregs-plekkie-pdf-"))
        self._lock = threading.Lock()
        self._users = 0
        self._closed = False
        self._files = 0

    def new_file(self, stem: str) -> Path:
        # A new name every time: the preview may still be reading the previous one.
        self._files += 1
        return self.path / f"{stem}-{self._files}.pdf"

    def hold(self) -> None:
        with self._lock:
            self._users += 1

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            remove = self._closed and self._users == 0
        if remove:
            self._remove()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            remove = self._users == 0
        if remove:
            self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class JobRunner(QObject):
    """Runs one long piece of work at a time for a dialog, showing its progress in
    a progress bar and a label, with a button that asks it to stop."""

    def __init__(
        self,
        owner: QWidget,
        bar: QProgressBar,
        label: QLabel,
        cancel_button: QPushButton,
        scratch: Scratch,
    ) -> None:
        super().__init__(owner)
        self._bar = bar
        self._label = label
        self._cancel_button = cancel_button
        self._scratch = scratch
        self._progress: JobProgress | None = None
        self._describe: Callable[[int, int], str] = lambda done, total: ""
        self._before: tuple[str, str] = ("", "")
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)
        cancel_button.clicked.connect(self.cancel)
        self._show_running(False)

    @property
    def running(self) -> bool:
        return self._progress is not None

    def start(
        self,
        work: Callable[[JobProgress], T],
        *,
        describe: Callable[[int, int], str],
        on_done: Callable[[T, JobProgress], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> JobProgress:
        """Run ``work(progress)`` in the background; ``on_done(result, progress)`` after."""
        if self._progress is not None:
            raise RuntimeError("a job is already running")
        progress = JobProgress()
        self._progress = progress
        self._describe = describe
        scratch = self._scratch
        scratch.hold()

        def run() -> T:
            try:
                return work(progress)
            finally:
                scratch.release()

        def done(result: T) -> None:
            self._finish()
            on_done(result, progress)

        def failed(error: BaseException) -> None:
            self._finish()
            if on_failure is not None:
                on_failure(error)
            else:
                report_failure(error, self.parent())

        # What the label said before; shown again afterwards unless ``on_done`` says more.
        self._before = (
            "" if self._label.isHidden() else self._label.text(),
            str(self._label.property("level") or ""),
        )
        self._bar.setRange(0, 0)  # busy until the first report
        set_level(self._label, "", describe(0, 0) or " ")
        self._cancel_button.setEnabled(True)
        self._show_running(True)
        self._timer.start()
        run_in_background(run, owner=self, on_success=done, on_failure=failed)
        return progress

    def cancel(self) -> None:
        if self._progress is None:
            return
        self._progress.cancel.set()
        self._cancel_button.setEnabled(False)
        self._label.setText(QCoreApplication.translate("PacksDialog", "Wordt gestopt…"))

    def _tick(self) -> None:
        progress = self._progress
        if progress is None or progress.cancelled:
            return
        if progress.total > 0:
            self._bar.setRange(0, progress.total)
            self._bar.setValue(min(progress.done, progress.total))
        text = self._describe(progress.done, progress.total)
        self._label.setText(text)
        self._bar.setAccessibleDescription(text)

    def _finish(self) -> None:
        self._timer.stop()
        self._progress = None
        self._show_running(False)
        text, level = self._before
        set_level(self._label, level, text)

    def _show_running(self, running: bool) -> None:
        self._bar.setVisible(running)
        self._cancel_button.setVisible(running)
