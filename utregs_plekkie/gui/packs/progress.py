"""Long work of a packs dialog shown in the dialog itself, and its scratch folder."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from utregs_plekkie.gui.operations import Operation, Progress, run_operation
from utregs_plekkie.gui.packs.common import set_level

T = TypeVar("T")


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


class PanelProgress(QObject):
    """The long work of a packs dialog (making, printing), one piece at a time, run by
    :func:`~utregs_plekkie.gui.operations.run_operation` and shown in the dialog itself:
    a progress bar, a label saying what is being done, and an Annuleren button.

    It is the operation's :class:`~utregs_plekkie.gui.operations.ProgressView`; the work
    holds the dialog's scratch folder while it runs.
    """

    def __init__(
        self,
        owner: QWidget,
        bar: QProgressBar,
        label: QLabel,
        cancel_button: QPushButton,
        scratch: Scratch,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._bar = bar
        self._label = label
        self._cancel_button = cancel_button
        self._scratch = scratch
        self._running = False
        self._stopping = False
        self._cancel: Callable[[], None] | None = None
        self._describe: Callable[[int, int], str] = lambda done, total: ""
        self._before: tuple[str, str] = ("", "")
        cancel_button.clicked.connect(self.cancel)
        self._show_running(False)

    @property
    def running(self) -> bool:
        return self._running

    def start(
        self,
        work: Callable[[Progress], T],
        *,
        describe: Callable[[int, int], str],
        on_done: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        """Run ``work(progress)`` in the background; ``on_done(result)`` after.

        ``describe(done, total)`` is what the label says meanwhile."""
        if self._running:
            raise RuntimeError("a job is already running")
        self._describe = describe
        scratch = self._scratch
        scratch.hold()

        def run(progress: Progress) -> T:
            try:
                return work(progress)
            finally:
                scratch.release()

        return run_operation(
            run,
            parent=self._owner,
            title=describe(0, 0),
            on_success=on_done,
            on_failure=on_failure,
            view=self,
        )

    def cancel(self) -> None:
        """Ask the running work to stop (the Annuleren button); nothing when idle."""
        if self._running and self._cancel is not None:
            self._cancel()

    # ----------------------------------------------------------------- ProgressView

    def begin(self, cancel: Callable[[], None] | None) -> None:
        self._running = True
        self._stopping = False
        self._cancel = cancel
        # What the label said before; shown again afterwards unless ``on_done`` says more.
        self._before = (
            "" if self._label.isHidden() else self._label.text(),
            str(self._label.property("level") or ""),
        )
        self._bar.setRange(0, 0)  # busy until the first report
        set_level(self._label, "", self._describe(0, 0) or " ")
        self._cancel_button.setEnabled(cancel is not None)
        self._show_running(True)

    def show(self, done: int, total: int) -> None:
        if not self._running or self._stopping:
            return
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(min(done, total))
        text = self._describe(done, total)
        self._label.setText(text)
        self._bar.setAccessibleDescription(text)

    def stopping(self) -> None:
        self._stopping = True
        self._cancel_button.setEnabled(False)
        self._label.setText(QCoreApplication.translate("PacksDialog", "Wordt gestopt…"))

    def end(self) -> None:
        self._running = False
        self._cancel = None
        self._show_running(False)
        text, level = self._before
        set_level(self._label, level, text)

    def _show_running(self, running: bool) -> None:
        self._bar.setVisible(running)
        self._cancel_button.setVisible(running)
