"""``utregs-plekkie kiosk --event "NAAM"``: the kiosk as the whole program.

Without an actor from the command line the login comes first (the stand's account or a
werver). Leaving with a werver's login opens the main window for them; with the PIN,
the login.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import errors
from utregs_plekkie.gui.app import APP_DISPLAY_NAME, create_application
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.i18n import install_translator
from utregs_plekkie.gui.kiosk.window import KioskWindow, open_kiosk
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.gui.trust.login import LoginAttempts, LoginDialog
from utregs_plekkie.gui.trust.session import AppSession
from utregs_plekkie.storage.database import open_database

translate = QCoreApplication.translate


def run_kiosk(
    db_url: str,
    event_name: str | None,
    *,
    actor: Actor | None = None,
    lang: str | None = None,
    argv: list[str] | None = None,
) -> int:
    """Run the kiosk for ``event_name`` until the program ends; returns the exit code
    (1 if the database cannot be opened)."""
    errors.ensure_file_logging()
    app = create_application(argv)
    state = UiState.for_app()
    install_translator(app, lang or state.language())
    errors.install_excepthook()
    try:
        db = open_database(db_url)
    except UserError as exc:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(APP_DISPLAY_NAME)
        box.setText(translate("Kiosk", "Utregs Plekkie kan de database niet openen."))
        box.setInformativeText(exc.message)
        box.exec()
        return 1
    # What must stay alive while the event loop runs.
    keep: dict[str, KioskWindow | AppSession | LoginDialog] = {}

    def after(who: object) -> None:
        session = AppSession(db, state, quit_app=app.quit)
        keep["session"] = session
        session.start(who if isinstance(who, Actor) else None)

    def start(who: Actor) -> None:
        kiosk = open_kiosk(AppContext(db, who, state), event_name)
        kiosk.left.connect(after)
        keep["kiosk"] = kiosk

    if actor is not None:
        start(actor)
    else:
        login = LoginDialog(db, LoginAttempts())
        login.logged_in.connect(start)
        login.rejected.connect(app.quit)
        keep["login"] = login
        login.show()
    try:
        return app.exec()
    finally:
        session = keep.get("session")
        if isinstance(session, AppSession):
            session.close()
        db.dispose()
