"""The one place that touches ``QSettings``: how the window looked when it was closed.

Only the user's own interface state lives here (window size and position, last
page, language, column widths). Team-wide settings belong in the database
(``storage.models.Setting``). The ``QSettings`` is handed in, never created from
the global default, so tests point it at an INI file under their own home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from utregs_plekkie import paths

#: Bump when a stored key changes meaning; ``_upgrade`` then converts or drops it.
SCHEMA_VERSION = 1
UI_FILENAME = "ui.ini"


class UiState:
    """Typed access to the stored interface state."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self._upgrade()

    @classmethod
    def at(cls, path: Path) -> UiState:
        """State kept in the INI file ``path`` (its folder is created if needed)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_app(cls) -> UiState:
        """The user's state, in the program's config folder."""
        return cls.at(paths.config_dir() / UI_FILENAME)

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def sync(self) -> None:
        self._settings.sync()

    def _upgrade(self) -> None:
        stored = self._int("meta/version", 0)
        if stored < SCHEMA_VERSION:
            # Version 1 is the first; later versions convert old keys here.
            self._settings.setValue("meta/version", SCHEMA_VERSION)

    # ----------------------------------------------------------------- helpers

    def _int(self, key: str, default: int) -> int:
        value = self._settings.value(key, default)
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str) -> str | None:
        value = self._settings.value(key)
        return value if isinstance(value, str) and value else None

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    # ----------------------------------------------------------------- window

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        """Tool bars and docks (``QMainWindow.saveState``)."""
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def last_page(self) -> str | None:
        return self._str("window/last_page")

    def set_last_page(self, page: str) -> None:
        self._settings.setValue("window/last_page", page)

    # ----------------------------------------------------------------- language

    def language(self) -> str | None:
        """``"nl"`` or ``"en"``; ``None`` if the user never chose."""
        return self._str("ui/language")

    def set_language(self, language: str) -> None:
        self._settings.setValue("ui/language", language)

    # ----------------------------------------------------------------- lists

    def column_widths(self, list_key: str) -> list[int]:
        """Widths in pixels of a list's columns, as the user left them; ``[]`` if unknown."""
        # Stored as one comma-separated string: an INI list of one element would come
        # back as a plain string, and of none as nothing at all.
        text = self._str(f"columns/{list_key}") or ""
        try:
            widths = [int(part) for part in text.split(",") if part.strip()]
        except ValueError:
            return []
        return widths if all(w > 0 for w in widths) else []

    def set_column_widths(self, list_key: str, widths: list[int]) -> None:
        self._settings.setValue(f"columns/{list_key}", ",".join(str(int(w)) for w in widths))
