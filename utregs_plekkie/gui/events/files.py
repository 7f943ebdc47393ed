"""Where an event's lists are saved: a suggested name in the user's documents folder,
the save dialog, and the "open" actions shown once a file is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from utregs_plekkie.core import clock
from utregs_plekkie.storage.events import EventDetail


def file_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "evenement"


def suggested_path(detail: EventDetail, prefix: str, suffix: str) -> Path:
    """``<documents>/<prefix>-<event name>-<date><suffix>``."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    day = detail.data.starts_at.astimezone(clock.LOCAL_TZ).date().isoformat()
    return (Path(folder) if folder else Path.home()) / (
        f"{prefix}-{file_slug(detail.data.name)}-{day}{suffix}"
    )


def choose_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The path the user chose (with the suggested suffix), or None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suggested.suffix:
        path = path.with_suffix(suggested.suffix)
    return path


def open_actions(path: Path) -> list[tuple[str, Callable[[], object]]]:
    """Buttons for the message that says where the file is."""
    return [
        (
            QCoreApplication.translate("EventDetailPanel", "Openen"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        ),
        (
            QCoreApplication.translate("EventDetailPanel", "Map openen"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))),
        ),
    ]
