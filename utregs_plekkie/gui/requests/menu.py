"""The window's menu entries for requests (Bestand):

- "Aanvragen importeren…": a file, then the import dialog (``gui.requests.exchange``);
- "Aanvragen exporteren…": the requests the Aanvragen list shows (its search and
  filters) to CSV or XLSX;
- "Evenementmodus (kiosk)…": the kiosk (``gui.kiosk``), full screen; the window is
  hidden meanwhile. Leaving with a werver's login of the same user brings the window
  back; with the PIN (or another user's login) it comes back locked, so the PIN alone
  never opens someone's list of requests.

Entries the user's role may not use are left out (``core.permissions``).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.gui.kiosk import open_kiosk
from utregs_plekkie.gui.requests.exchange import export_requests_with_dialog, open_import

translate = QCoreApplication.translate


def _requests_page(window: Any) -> Any:
    try:
        return window.page("requests")
    except KeyError:
        return None


def install_request_actions(window: QMainWindow) -> list[QAction]:
    """Add the entries to Bestand of ``window`` (a MainWindow); returns them."""
    page = _requests_page(window)

    def allowed(*permissions: Permission) -> bool:
        # The page's context holds the logged-in user; there is no fallback user.
        return all(page.ctx.may(p) for p in permissions)

    actions: list[QAction] = []
    if page is not None and allowed(Permission.IMPORT, Permission.EDIT_REQUESTS):
        action = QAction(translate("RequestMenu", "Aanvragen &importeren…"), window)
        action.setObjectName("actionImportRequests")
        action.setStatusTip(
            translate(
                "RequestMenu",
                "Aanvragen uit een CSV- of Excel-bestand inlezen (website, evenement-laptop)",
            )
        )
        action.triggered.connect(lambda _checked=False: open_import_for(window))
        actions.append(action)
    if page is not None and allowed(Permission.EXPORT, Permission.VIEW_REQUESTS):
        action = QAction(translate("RequestMenu", "Aanvragen &exporteren…"), window)
        action.setObjectName("actionExportRequests")
        action.setStatusTip(
            translate(
                "RequestMenu",
                "De aanvragen die de lijst nu toont (zoektekst en filters) opslaan als CSV "
                "of Excel",
            )
        )
        action.triggered.connect(lambda _checked=False: export_for(window))
        actions.append(action)
    if allowed(Permission.KIOSK_CAPTURE):
        action = QAction(translate("RequestMenu", "Evenement&modus (kiosk)…"), window)
        action.setObjectName("actionKiosk")
        action.setStatusTip(
            translate(
                "RequestMenu", "Bezoekers van een stand hun gegevens laten invoeren, schermvullend"
            )
        )
        action.triggered.connect(lambda _checked=False: open_kiosk_for(window))
        actions.append(action)
    ui = getattr(window, "ui", None)
    menu = getattr(ui, "menuFile", None)
    if menu is not None and actions:
        # After the packs, before Database-info (each group with its separator).
        before = getattr(ui, "actionDatabaseInfo", None)
        if before is None or before not in menu.actions():
            before = menu.actions()[0] if menu.actions() else None
        for action in actions:
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)
    for action in actions:
        window.addAction(action)  # shortcuts also without the menu bar
    return actions


def open_import_for(window: Any) -> QWidget | None:
    page = _requests_page(window)
    if page is None:
        return None

    def imported(_result: object) -> None:
        page.refresh()

    return open_import(page.ctx, window, on_imported=imported)


def export_for(window: Any) -> QWidget | None:
    page = _requests_page(window)
    if page is None:
        return None

    def done(sentence: str) -> None:
        window.statusBar().showMessage(sentence, 15_000)
        bar = getattr(page, "page_bar", None)
        if bar is not None:
            bar.show_message(sentence, "info")

    return export_requests_with_dialog(page.ctx, window, page.current_query(), on_done=done)


def open_kiosk_for(window: Any) -> QWidget:
    """The kiosk from the menu: the window hides until the kiosk is left."""
    actor = window.ctx.actor
    kiosk = open_kiosk(window.ctx)
    window.kiosk = kiosk
    window.hide()

    def left(who: object) -> None:
        window.kiosk = None
        if not shiboken6.isValid(window):
            return
        window.show()
        window.raise_()
        same = isinstance(who, Actor) and who.username == actor.username
        if not same:
            # The PIN (or someone else) ends the kiosk, not the session of this window.
            lock = window.findChild(QAction, "actionLockNow")
            if lock is not None and lock.isEnabled():
                lock.trigger()

    kiosk.left.connect(left)
    kiosk.setWindowModality(Qt.WindowModality.NonModal)
    return kiosk
