"""What the Beheer menu and its dialogs need of the logged-in session, as a Protocol.

``session.AppSession`` opens the menu and the dialogs; they take it as a
:class:`TrustSession` and never import the session module back, so there is no import
cycle between the session and what it opens.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.storage.database import Database


class TrustSession(Protocol):
    """The logged-in session: its database and user, and what the menu can ask of it."""

    db: Database
    actor: Actor | None
    backup_folder: Path | None

    def lock(self) -> None: ...

    def sign_out(self) -> None: ...

    def set_idle_minutes(self, minutes: int) -> None: ...

    def restore(
        self, backup: Path, *, made_at: datetime | None = None, parent: QWidget | None = None
    ) -> bool: ...
