"""Errors in the GUI: a sentence for errors a user can cause, a dialog and the log
for everything else. Never a bare traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from utregs_plekkie import paths
from utregs_plekkie.core.errors import UserError

log = logging.getLogger(__name__)

LOG_FILENAME = "utregs-plekkie.log"

# One dialog at a time: an error that repeats (in a paint event, say) is logged each
# time but shown once.
_showing = False


def log_file() -> Path:
    return paths.log_dir() / LOG_FILENAME


def ensure_file_logging() -> Path:
    """Log to a rotating file in the log folder, unless a file handler is already set up.

    ``__main__`` normally configures logging; this makes sure that an unexpected error
    in the GUI always ends up in the file the dialog points to.
    """
    path = log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
            return Path(handler.baseFilename)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def _parent_widget(parent: object) -> QWidget | None:
    if isinstance(parent, QWidget):
        return parent
    return QApplication.activeWindow()


def show_user_error(error: UserError, parent: object = None) -> None:
    """A message the user can act on (the error's own sentence), as a warning."""
    box = QMessageBox(_parent_widget(parent))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.applicationDisplayName())
    box.setText(error.message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def report_failure(error: BaseException, parent: object = None) -> None:
    """Show an error that came back from background work."""
    if isinstance(error, UserError):
        show_user_error(error, parent)
        return
    show_unexpected_error(type(error), error, error.__traceback__, parent)


def show_unexpected_error(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: object = None,
) -> None:
    """Log an unexpected error and tell the user where the log is."""
    global _showing
    log.error("Onverwachte fout", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        where = log_file()
        box = QMessageBox(_parent_widget(parent))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "Er ging iets mis"))
        box.setText(
            QCoreApplication.translate(
                "errors",
                "Er ging iets mis dat Utregs Plekkie niet verwachtte. Wat al was "
                "opgeslagen, blijft bewaard.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "errors",
                "De details staan in het logbestand {path}. Stuur dat bestand mee als u "
                "dit meldt bij uw beheerder.",
            ).format(path=where)
        )
        # For the administrator who reads along; the user sees the sentence above.
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb))[-4000:])
        open_folder = box.addButton(
            QCoreApplication.translate("errors", "Map met logbestanden openen"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(where.parent)))
    finally:
        _showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI: log, then show the dialog (Ctrl+C stays Ctrl+C)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, UserError) and QApplication.instance() is not None:
        log.info("Melding aan gebruiker: %s", exc.message)
        show_user_error(exc)
        return
    show_unexpected_error(exc_type, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
