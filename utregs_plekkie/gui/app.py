"""Starting the GUI: application, language, database, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from utregs_plekkie import __version__, paths
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui import errors
from utregs_plekkie.gui.i18n import install_translator
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.gui.trust.session import AppSession
from utregs_plekkie.gui.trust.startup import prepare_database
from utregs_plekkie.storage.database import open_database

log = logging.getLogger(__name__)

APP_DISPLAY_NAME = "Utregs Plekkie"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one, if any), with the names QSettings uses."""
    QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QApplication.setDesktopFileName("utregs-plekkie")
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    return app


def run_gui(db_url: str, lang: str | None = None, argv: list[str] | None = None) -> int:
    """Open the database at ``db_url`` and run the main window until it is closed.

    Before the window: an encrypted file's passphrase and the integrity check (with
    "restore the last good backup" as the way out), then the first beheerder or the
    login (``gui.trust``). Tests skip the dialogs with ``AppSession.start(actor)``.

    ``lang`` (``"nl"`` or ``"en"``) overrides the language the user chose in the menu.
    Returns the exit code: 1 if the database cannot be opened.
    """
    log_path = errors.ensure_file_logging()
    app = create_application(argv)
    state = UiState.for_app()
    install_translator(app, lang or state.language())
    errors.install_excepthook()
    log.info("Utregs Plekkie %s start; log in %s", __version__, log_path)

    # Issue 8: an encrypted file's passphrase, and the integrity check with its way out
    # (restore the last good backup), before anything opens or writes the database.
    prepared = prepare_database(db_url)
    if prepared is None:
        log.warning("Start stopped before opening the database (passphrase or damaged file)")
        return 1
    db_url = prepared
    try:
        db = open_database(db_url)
    except UserError as exc:
        log.warning("Database cannot be opened: %s", exc.message)
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(APP_DISPLAY_NAME)
        box.setText(
            QCoreApplication.translate("app", "Utregs Plekkie kan de database niet openen.")
        )
        box.setInformativeText(exc.message)
        box.exec()
        return 1

    # Issue 8: the automatic backup, the first beheerder or the login, then the window
    # (or the kiosk) of the logged-in user; the session owns the window from here on.
    session = AppSession(db, state, quit_app=app.quit)
    session.start()
    try:
        return app.exec()
    finally:
        session.close()
        session.db.dispose()
