"""Logging to a rotating file in the user's log folder (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from utregs_plekkie import paths

LOG_FILENAME = "utregs-plekkie.log"


def setup_logging(*, verbose: bool = False) -> Path:
    """Configure the root logger once; returns the log file's path."""
    log_dir = paths.log_dir()
    log_file = log_dir / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_utregs_plekkie", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only profile must not stop the program; log to stderr only.
        file_handler = logging.StreamHandler()
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._utregs_plekkie = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console._utregs_plekkie = True  # type: ignore[attr-defined]
    root.addHandler(console)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file
