"""Where the program keeps its files.

Everything lives in the platform's user folders (platformdirs), except when
``UTREGS_PLEKKIE_HOME`` is set: then data, settings, logs and backups all live below
that one folder. Developers and the tests use it so they never touch a real user's
database.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "utregs-plekkie"
APP_AUTHOR = "UtregsPlekkie"
DB_ENV = "UTREGS_PLEKKIE_DB"
HOME_ENV = "UTREGS_PLEKKIE_HOME"
DB_FILENAME = "utregs-plekkie.sqlite"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_db_url() -> str:
    return "sqlite:///" + str(data_dir() / DB_FILENAME)


def resolve_db_url(explicit: str | None = None) -> str:
    """The database to use: ``--db`` first, then ``UTREGS_PLEKKIE_DB``, then the default.

    A bare file path is accepted as a SQLite database.
    """
    for candidate in (explicit, os.environ.get(DB_ENV)):
        if candidate and candidate.strip():
            value = candidate.strip()
            if "://" not in value:
                value = "sqlite:///" + str(Path(value).expanduser().resolve())
            return value
    return default_db_url()
