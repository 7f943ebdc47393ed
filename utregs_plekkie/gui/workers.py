"""Running database work off the GUI thread, with a callback on the GUI thread.

In the spirit of Anki's ``aqt/operations``: a page asks for a plain function to be
run in the background and says what to do with its result (or its error); the
window never waits for the database. Every function gets its own connection from
the engine's pool (the ``Database`` is shared; sessions and connections are not).

Results come back through a small ``QObject`` that lives on the GUI thread: its
signals are emitted from the worker and delivered, queued, on the GUI thread. If the
widget that asked has been deleted in the meantime, its callbacks are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from utregs_plekkie.gui.errors import report_failure

log = logging.getLogger(__name__)

T = TypeVar("T")

# Two threads: enough to load a page's counts and its list at the same time, few
# enough that SQLite (one writer, many readers) and a shared server are not crowded.
MAX_THREADS = 2

_pool: QThreadPool | None = None
# Operations whose result has not been delivered yet; keeps their Python objects alive.
_pending: set[_Relay] = set()


def pool() -> QThreadPool:
    """The thread pool for database work (created on first use)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("database-work")
        _pool.setMaxThreadCount(MAX_THREADS)
    return _pool


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Wait until no background work runs (on closing, and in tests)."""
    return _pool.waitForDone(timeout_ms) if _pool is not None else True


def pending_count() -> int:
    """Operations started whose callbacks have not run yet."""
    return len(_pending)


class _Relay(QObject):
    """Carries one operation's outcome from the worker to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        owner: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        # Created on the GUI thread, so these slots run there (queued connections).
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        _pending.discard(self)
        if self._owner_alive():
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        _pending.discard(self)
        if not self._owner_alive():
            log.warning("Background work failed after its window closed", exc_info=error)
            return
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            report_failure(error, self._owner)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    work: Callable[[], T],
    *,
    owner: QObject,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``work()`` on a worker thread; call ``on_success(result)`` on the GUI thread.

    ``owner`` is the widget that asked: if it is gone by the time the work is done, the
    callbacks are not called. Without ``on_failure``, a user error is shown as a
    message and anything else goes to the dialog for unexpected errors (and the log).
    Must be called on the GUI thread.
    """
    relay = _Relay(owner, on_success, on_failure)
    _pending.add(relay)
    pool().start(_Task(work, relay))
