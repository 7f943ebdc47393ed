"""The application context: the database, the logged-in user, the interface state and
the clock, handed to every page and dialog.

Nothing in the GUI finds the current user by walking up the widget tree, and there is
no fallback user: a window exists only for a logged-in :class:`Actor` (or the explicit
admin mode that the command line starts), and whoever opens a dialog passes the
context on. Tests build one with an explicit test actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from utregs_plekkie.core import clock
from utregs_plekkie.core.permissions import Actor, Permission, may
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage.database import Database


def _system_now() -> datetime:
    return clock.now()


@dataclass(frozen=True)
class AppContext:
    """What a page or dialog needs to do its work in someone's name."""

    db: Database
    actor: Actor
    state: UiState
    #: The program's clock (``core.clock.now`` unless a test sets another).
    now: Callable[[], datetime] = field(default=_system_now)

    def __post_init__(self) -> None:
        if not isinstance(self.actor, Actor):
            raise TypeError("AppContext needs a logged-in Actor")

    def today(self) -> date:
        return self.now().date()

    def may(self, permission: Permission) -> bool:
        """Whether the logged-in user's role allows ``permission``."""
        return may(self.actor, permission)
