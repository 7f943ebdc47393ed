"""The one clock of the program, so tests can set the time.

Times are aware datetimes in Europe/Amsterdam for the user; storage keeps UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")

_now: Callable[[], datetime] | None = None


def set_clock(now: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); ``None`` restores the real one."""
    global _now
    _now = now


def now() -> datetime:
    """The current time, aware, in Dutch local time."""
    value = _now() if _now is not None else datetime.now(LOCAL_TZ)
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_TZ)
    return value.astimezone(LOCAL_TZ)


def today() -> date:
    return now().date()
