"""What the import and the export dialogs share: the Documents folder they start in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
