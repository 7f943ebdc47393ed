"""The one helper for work off the GUI thread: progress, cancel, and "a newer request
replaces an outdated one" (after Anki's ``aqt/operations`` QueryOp/CollectionOp).

Two shapes cover every use in the program:

* :class:`LatestOnly` — a page or dialog asks the same question again and again (a
  keystroke in a search box, a changed filter, the next child): only the answer to the
  newest question is delivered; older answers that arrive later are dropped.

      self._search = LatestOnly(owner=self)
      self._search.run(lambda: storage.count(db, query), on_success=self._show_count)

* :func:`run_operation` — one long piece of work with a progress dialog and a Stop
  button. The work gets a ``progress(done, total) -> bool`` callback (the same
  ``Progress`` type the Qt-free layers take); returning False asks it to stop, and the
  Qt-free code raises ``Cancelled`` then, having kept nothing half-done.

      run_operation(
          lambda progress: make_packs(db, actor, ids, progress=progress),
          parent=self, title=self.tr("Pakketten maken"),
          on_success=self._packs_done,
      )

Both are built on :func:`utregs_plekkie.gui.workers.run_in_background`: callbacks run
on the GUI thread and are skipped when the widget that asked is gone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.audit import Cancelled

T = TypeVar("T")

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returns False once the user pressed Stop."""


class LatestOnly:
    """Runs work in the background and delivers only the newest request's result."""

    def __init__(self, *, owner: QObject) -> None:
        self._owner = owner
        self._generation = 0
        self._running = 0

    @property
    def busy(self) -> bool:
        """Whether any request is still being answered."""
        return self._running > 0

    @property
    def generation(self) -> int:
        return self._generation

    def invalidate(self) -> None:
        """Drop the answers of every request made so far (e.g. the page was cleared)."""
        self._generation += 1

    def run(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Start ``work``; returns the request's number (``generation``)."""
        self._generation += 1
        generation = self._generation
        self._running += 1

        def success(result: T) -> None:
            self._running -= 1
            if generation == self._generation:
                on_success(result)

        def failure(error: BaseException) -> None:
            self._running -= 1
            if generation != self._generation:
                return
            if on_failure is not None:
                on_failure(error)
            else:
                report_failure(error, self._owner)

        run_in_background(work, owner=self._owner, on_success=success, on_failure=failure)
        return generation


class ProgressView(Protocol):
    """Where an operation shows its progress: its own dialog (:class:`DialogView`) or
    a bar and a Stop button inside the window that asked (e.g. a side panel)."""

    def begin(self, cancel: Callable[[], None] | None) -> None:
        """The work starts; ``cancel`` is what the view's Stop button calls."""

    def show(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps (``total`` 0: not known yet)."""

    def stopping(self) -> None:
        """Stop was pressed; the work stops at its next progress call."""

    def end(self) -> None:
        """The work is over (done, failed or stopped)."""


class DialogView(QObject):
    """A window-modal progress dialog with a Stop button, shown only when the work
    takes long enough to notice."""

    def __init__(
        self, parent: QWidget, title: str, label: str = "", show_after_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label or title, "", 0, 0, parent)
        self.dialog.setObjectName("operationProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(show_after_ms)

    def begin(self, cancel: Callable[[], None] | None) -> None:
        if cancel is not None:
            self.dialog.setCancelButtonText(self.tr("Stoppen"))
            # QProgressDialog hides itself on cancel; it stays up, saying that it is
            # stopping, until the work has stopped.
            self.dialog.canceled.disconnect(self.dialog.cancel)
            self.dialog.canceled.connect(cancel)
        else:
            self.dialog.setCancelButton(None)

    def show(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog) and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def stopping(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(self.tr("Bezig met stoppen…"))
            button = self.dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)

    def end(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()


class Operation(QObject):
    """One long piece of work with progress and Stop; see :func:`run_operation`."""

    def __init__(
        self,
        work: Callable[[Progress], Any],
        *,
        parent: QWidget,
        title: str,
        label: str = "",
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
        show_after_ms: int = 400,
        view: ProgressView | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._stop = threading.Event()
        self._cancelled = False
        self._done = 0
        self._total = 0
        self._finished = False
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled

        #: The dialog when the operation shows its own (no ``view`` given).
        self.dialog: QProgressDialog | None = None
        if view is None:
            dialog_view = DialogView(parent, title, label, show_after_ms)
            self.dialog = dialog_view.dialog
            view = dialog_view
        self.view: ProgressView = view
        view.begin(self.cancel if cancellable else None)
        # Work for a window that is gone is asked to stop (its answer is not delivered).
        stop = self._stop
        self.destroyed.connect(lambda *_args: stop.set())

        # The worker only writes two numbers; a timer on the GUI thread shows them.
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)
        self._timer.start()

        def progress(done: int, total: int) -> bool:
            self._done, self._total = done, total
            return not self._stop.is_set()

        run_in_background(
            lambda: work(progress),
            owner=self,
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    @property
    def cancelled(self) -> bool:
        """Whether the user pressed Stop."""
        return self._cancelled

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def running(self) -> bool:
        return not self._finished

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call."""
        if self._finished:
            return
        self._cancelled = True
        self._stop.set()
        self.view.stopping()

    def _show_progress(self) -> None:
        if not self._finished:
            self.view.show(self._done, self._total)

    def _close(self) -> None:
        self._finished = True
        self._timer.stop()
        self.view.end()

    def _succeeded(self, result: Any) -> None:
        self._close()
        self._on_success(result)
        self.deleteLater()

    def _failed(self, error: BaseException) -> None:
        self._close()
        if isinstance(error, Cancelled) or self._cancelled:
            if self._on_cancelled is not None:
                self._on_cancelled()
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            report_failure(error, self._parent)
        self.deleteLater()


def run_operation(
    work: Callable[[Progress], T],
    *,
    parent: QWidget,
    title: str,
    label: str = "",
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    view: ProgressView | None = None,
) -> Operation:
    """Run ``work(progress)`` in the background with progress and Stop: in a progress
    dialog of its own, or in ``view`` (a bar and button of the asking window)."""
    return Operation(
        work,
        parent=parent,
        title=title,
        label=label,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
        cancellable=cancellable,
        view=view,
    )


# --------------------------------------------------------------------------- blocking


def busy_dialog(parent: QWidget | None, text: str, *, show: bool = True) -> QProgressDialog:
    """A modal "please wait" window without a cancel button (shown at once, or later)."""
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setObjectName("busyDialog")
    busy.setWindowTitle(QApplication.applicationDisplayName() or "Utregs Plekkie")
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)
    busy.setAutoClose(False)
    busy.setAutoReset(False)
    busy.setMinimumWidth(380)
    busy.setAccessibleName(text)
    if show:
        busy.show()
    return busy


SHOW_BUSY_AFTER_MS = 300


def _show_if_waiting(busy: QProgressDialog, outcome: dict[str, Any]) -> None:
    if not outcome and shiboken6.isValid(busy):
        busy.show()


def run_blocking(
    parent: QWidget | None,
    text: str,
    work: Callable[[], T],
    *,
    busy: QProgressDialog | None = None,
) -> T:
    """Run ``work`` off the GUI thread behind a modal "busy" dialog and return its result
    (or raise its error) once done. For short but not instant work that must finish
    before anything else may happen (a restore, the check of a damaged file).

    Pass ``busy`` (from ``busy_dialog``) to reuse a dialog that is already showing; it
    is then left open for the caller to close."""
    outcome: dict[str, Any] = {}
    own = busy is None
    if busy is None:
        # Shown only when the work takes long enough to notice: no flicker for a quick check.
        busy = busy_dialog(parent, text, show=False)
        QTimer.singleShot(SHOW_BUSY_AFTER_MS, lambda: _show_if_waiting(busy, outcome))
    else:
        busy.setLabelText(text)
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    run_in_background(work, owner=busy, on_success=done, on_failure=failed)
    if not outcome:
        loop.exec()
    if own:
        busy.close()
        busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]
