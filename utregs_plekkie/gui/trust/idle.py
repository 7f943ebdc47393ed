"""Noticing that nobody uses the program: an application-wide event filter notes every
key press, click, wheel turn and touch; a timer asks ``core.permissions.idle_lock_due``
whether the configured minutes have passed and then emits ``idle``.

The time comes from ``core.clock`` (tests set it), and the timer's interval can be
made short, so a test locks the window in milliseconds instead of minutes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from utregs_plekkie.core import clock
from utregs_plekkie.core.permissions import idle_lock_due

#: Input that counts as "someone is here". Mouse moves count too: someone reading a
#: long list scrolls with the mouse without clicking.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)

#: How often the timer looks (ms); a lock comes at most this much later than due.
CHECK_INTERVAL_MS = 5_000


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input (0: never); ``reset`` starts over."""

    idle = Signal()

    def __init__(
        self,
        minutes: int,
        parent: QObject | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_activity: datetime = clock.now()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_check_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.reset()

    def start(self) -> None:
        """Watch from now on (after a login or an unlock)."""
        self._active = True
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked, in the kiosk, after signing out)."""
        self._active = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._active

    def reset(self) -> None:
        self.last_activity = clock.now()

    def check(self) -> bool:
        """Emit ``idle`` (and stop) when the time has come; returns whether it did."""
        if not self._active:
            return False
        if idle_lock_due(self.last_activity, clock.now(), self.minutes):
            self.stop()
            self.idle.emit()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in ACTIVITY_EVENTS:
            self.last_activity = clock.now()
        return False

    def close(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
