"""The one helper for work off the GUI thread (gui/operations.py): only the newest
request's answer arrives, Stop stops work that honours its progress callback, the
progress dialog goes away, and nothing is called back once the asking widget is gone."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui import errors, workers
from utregs_plekkie.gui.operations import LatestOnly, Operation, Progress, run_operation
from utregs_plekkie.storage.audit import Cancelled

WAIT_MS = 5_000


@pytest.fixture(autouse=True)
def _no_leftover_work(qapp: QApplication) -> Iterator[None]:
    yield
    workers.wait_for_background()
    QApplication.processEvents()


@pytest.fixture
def owner(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors that would have been shown to the user (the dialog is not opened)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(
        "utregs_plekkie.gui.operations.report_failure",
        lambda error, _parent=None: seen.append(error),
    )
    monkeypatch.setattr(errors, "report_failure", lambda error, _parent=None: seen.append(error))
    return seen


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=WAIT_MS)


# --------------------------------------------------------------------------- LatestOnly


def test_a_newer_request_replaces_an_outdated_one(qtbot, owner: QWidget) -> None:
    latest = LatestOnly(owner=owner)
    release_first = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        release_first.wait(WAIT_MS / 1000)
        return "outdated"

    first = latest.run(slow, on_success=answers.append)
    second = latest.run(lambda: "newest", on_success=answers.append)
    assert second > first
    assert latest.generation == second
    assert latest.busy

    qtbot.waitUntil(lambda: answers == ["newest"], timeout=WAIT_MS)
    release_first.set()  # the outdated answer arrives after the newest one
    wait_idle(qtbot)
    assert answers == ["newest"]
    assert not latest.busy


def test_an_outdated_failure_is_dropped_and_the_newest_one_reported(
    qtbot, owner: QWidget, reported: list[BaseException]
) -> None:
    latest = LatestOnly(owner=owner)
    release_first = threading.Event()
    failures: list[BaseException] = []

    def fails_late() -> int:
        release_first.wait(WAIT_MS / 1000)
        raise UserError("oud")

    def fails_now() -> int:
        raise UserError("nieuw")

    latest.run(fails_late, on_success=lambda _v: None, on_failure=failures.append)
    latest.run(fails_now, on_success=lambda _v: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=WAIT_MS)
    release_first.set()
    wait_idle(qtbot)
    assert [str(f) for f in failures] == ["nieuw"]

    # Without on_failure the error goes to the user, as everywhere else.
    latest.run(fails_now, on_success=lambda _v: None)
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=WAIT_MS)
    assert str(reported[0]) == "nieuw"


def test_invalidate_drops_every_answer_asked_for_so_far(qtbot, owner: QWidget) -> None:
    latest = LatestOnly(owner=owner)
    answers: list[int] = []
    latest.run(lambda: 1, on_success=answers.append)
    latest.invalidate()
    wait_idle(qtbot)
    assert answers == []
    assert not latest.busy
    latest.run(lambda: 2, on_success=answers.append)
    qtbot.waitUntil(lambda: answers == [2], timeout=WAIT_MS)


def test_latest_only_calls_nothing_back_once_its_owner_is_gone(qtbot) -> None:
    owner = QWidget()
    latest = LatestOnly(owner=owner)
    release = threading.Event()
    answers: list[str] = []
    failures: list[BaseException] = []

    def slow() -> str:
        release.wait(WAIT_MS / 1000)
        return "too late"

    latest.run(slow, on_success=answers.append, on_failure=failures.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=WAIT_MS)
    release.set()
    wait_idle(qtbot)
    assert answers == []
    assert failures == []


# --------------------------------------------------------------------------- run_operation


def counting_work(steps: int, step_done: threading.Event | None = None):
    """Work that reports progress and stops (raising Cancelled) when asked to."""

    def work(progress: Progress) -> int:
        for done in range(steps + 1):
            if not progress(done, steps):
                raise Cancelled("gestopt")
            if step_done is not None and done == 1:
                step_done.set()
            threading.Event().wait(0.01)
        return steps

    return work


def test_an_operation_delivers_its_result_and_closes_its_dialog(qtbot, owner: QWidget) -> None:
    results: list[int] = []
    operation = run_operation(
        counting_work(20),
        parent=owner,
        title="Tellen",
        on_success=results.append,
    )
    assert isinstance(operation, Operation)
    dialog = operation.dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.objectName() == "operationProgress"
    assert dialog.windowTitle() == "Tellen"
    assert dialog.accessibleName() == "Tellen"

    qtbot.waitUntil(lambda: results == [20], timeout=WAIT_MS)
    assert operation.finished
    assert not operation.cancelled
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    wait_idle(qtbot)


def test_the_dialog_shows_the_progress(qtbot, owner: QWidget) -> None:
    release = threading.Event()
    reached: list[bool] = []

    def work(progress: Progress) -> str:
        progress(3, 10)
        reached.append(True)
        release.wait(WAIT_MS / 1000)
        return "klaar"

    results: list[str] = []
    operation = Operation(
        work,
        parent=owner,
        title="Pakketten maken",
        label="Bezig met de pakketten…",
        on_success=results.append,
        show_after_ms=0,
    )
    dialog = operation.dialog
    assert dialog.labelText() == "Bezig met de pakketten…"
    qtbot.waitUntil(lambda: dialog.maximum() == 10 and dialog.value() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: results == ["klaar"], timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )


def test_stop_cancels_work_that_honours_progress(qtbot, owner: QWidget) -> None:
    started = threading.Event()
    results: list[int] = []
    cancelled: list[bool] = []
    failures: list[BaseException] = []
    operation = Operation(
        counting_work(100_000, step_done=started),
        parent=owner,
        title="Lang werk",
        on_success=results.append,
        on_failure=failures.append,
        on_cancelled=lambda: cancelled.append(True),
        show_after_ms=0,
    )
    dialog = operation.dialog
    assert started.wait(WAIT_MS / 1000)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    stop = dialog.findChild(QPushButton)
    assert stop is not None
    assert stop.text() == "Stoppen"
    stop.click()
    assert operation.cancelled
    # Until the work has stopped, the dialog says so (and Stop cannot be pressed again).
    if not operation.finished:
        assert dialog.isVisible()
        assert dialog.labelText() == "Bezig met stoppen…"
        assert not stop.isEnabled()

    qtbot.waitUntil(lambda: cancelled == [True], timeout=WAIT_MS)
    assert results == []
    assert failures == []
    assert operation.finished
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    wait_idle(qtbot)


def test_an_operation_without_stop_has_no_stop_button(qtbot, owner: QWidget) -> None:
    release = threading.Event()
    results: list[str] = []

    def work(_progress: Progress) -> str:
        release.wait(WAIT_MS / 1000)
        return "klaar"

    operation = run_operation(
        work, parent=owner, title="Niet te stoppen", on_success=results.append, cancellable=False
    )
    assert operation.dialog.findChild(QPushButton) is None
    release.set()
    qtbot.waitUntil(lambda: results == ["klaar"], timeout=WAIT_MS)


def test_a_failing_operation_is_reported_and_its_dialog_closed(
    qtbot, owner: QWidget, reported: list[BaseException]
) -> None:
    def work(_progress: Progress) -> None:
        raise UserError("Het bestand is niet te lezen.")

    results: list[object] = []
    operation = run_operation(work, parent=owner, title="Lezen", on_success=results.append)
    dialog = operation.dialog
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=WAIT_MS)
    assert str(reported[0]) == "Het bestand is niet te lezen."
    assert results == []
    assert operation.finished
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)

    failures: list[BaseException] = []
    run_operation(
        work, parent=owner, title="Lezen", on_success=results.append, on_failure=failures.append
    )
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=WAIT_MS)
    assert len(reported) == 1


def test_an_operation_calls_nothing_back_once_its_parent_is_gone(
    qtbot, reported: list[BaseException]
) -> None:
    parent = QWidget()
    parent.show()
    started = threading.Event()
    release = threading.Event()
    calls: list[object] = []
    seen_stop: list[bool] = []

    def work(progress: Progress) -> str:
        started.set()
        release.wait(WAIT_MS / 1000)
        seen_stop.append(not progress(1, 1))
        return "too late"

    run_operation(
        work,
        parent=parent,
        title="Werk",
        on_success=calls.append,
        on_failure=calls.append,
        on_cancelled=lambda: calls.append("cancelled"),
    )
    assert started.wait(WAIT_MS / 1000)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=WAIT_MS)
    release.set()
    wait_idle(qtbot)
    assert calls == []
    assert reported == []
    # The work was asked to stop when the window that wanted it went away.
    assert seen_stop == [True]


class RecordingView:
    """A progress view inside a window (as the packs side panel has): what it was told."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.shown: list[tuple[int, int]] = []
        self.cancel = None

    def begin(self, cancel) -> None:  # type: ignore[no-untyped-def]
        self.calls.append("begin")
        self.cancel = cancel

    def show(self, done: int, total: int) -> None:
        self.shown.append((done, total))

    def stopping(self) -> None:
        self.calls.append("stopping")

    def end(self) -> None:
        self.calls.append("end")


def test_an_operation_in_a_view_of_the_window_opens_no_dialog(qtbot, owner: QWidget) -> None:
    view = RecordingView()
    results: list[int] = []
    operation = run_operation(
        counting_work(50),
        parent=owner,
        title="In het paneel",
        on_success=results.append,
        view=view,
    )
    assert operation.dialog is None
    qtbot.waitUntil(lambda: results == [50], timeout=WAIT_MS)
    assert view.calls == ["begin", "end"]
    assert view.cancel is not None
    assert owner.findChildren(QProgressDialog) == []


def test_stop_in_a_view_cancels_the_work(qtbot, owner: QWidget) -> None:
    started = threading.Event()
    view = RecordingView()
    cancelled: list[bool] = []
    results: list[int] = []
    run_operation(
        counting_work(100_000, step_done=started),
        parent=owner,
        title="In het paneel",
        on_success=results.append,
        on_cancelled=lambda: cancelled.append(True),
        view=view,
    )
    assert started.wait(WAIT_MS / 1000)
    assert view.cancel is not None
    view.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=WAIT_MS)
    assert results == []
    assert view.calls == ["begin", "stopping", "end"]
