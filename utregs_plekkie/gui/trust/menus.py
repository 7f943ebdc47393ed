"""The session's menu entries in the main window: Bestand → Nu vergrendelen and
Afmelden, the menu Beheer, and who is logged in (status bar).

Every Beheer entry has an object name listed in ``gui.trust.permissions``; what the
role may not use is hidden by ``apply_action_permissions`` (and the menu itself when
nothing in it is left). Each dialog checks the permission again when it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.trust import dialogs
from utregs_plekkie.gui.trust.permissions import apply_action_permissions, permitted
from utregs_plekkie.gui.trust.protocols import TrustSession


def _action(window: MainWindow, name: str, text: str, tip: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setStatusTip(tip)
    return action


def install_trust_menus(window: MainWindow, session: TrustSession) -> QMenu:
    """Add the session's entries to ``window``; returns the Beheer menu."""
    actor = session.actor
    assert actor is not None

    lock_now = _action(
        window,
        "actionLockNow",
        QCoreApplication.translate("trust", "Nu &vergrendelen"),
        QCoreApplication.translate("trust", "De gegevens verbergen tot u uw wachtwoord weer typt"),
    )
    lock_now.setShortcut(QKeySequence("Ctrl+L"))
    lock_now.triggered.connect(lambda _checked=False: session.lock())
    sign_out = _action(
        window,
        "actionSignOut",
        QCoreApplication.translate("trust", "&Afmelden"),
        QCoreApplication.translate("trust", "Afmelden; daarna kan iemand anders inloggen"),
    )
    sign_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
    sign_out.triggered.connect(lambda _checked=False: session.sign_out())
    quit_action = window.ui.actionQuit
    window.ui.menuFile.insertAction(quit_action, lock_now)
    window.ui.menuFile.insertAction(quit_action, sign_out)
    window.ui.menuFile.insertSeparator(quit_action)
    window.addAction(lock_now)

    menu = QMenu(QCoreApplication.translate("trust", "Behee&r"), window.menuBar())
    menu.setObjectName("menuAdmin")

    def opener(permission: Permission, open_dialog: object) -> object:
        def run(_checked: bool = False) -> None:
            current = session.actor
            if current is None or not permitted(window, current, permission):
                return
            open_dialog(window, session)  # type: ignore[operator]

        return run

    entries: list[tuple[str, str, str, Permission, object] | None] = [
        (
            "actionUsers",
            QCoreApplication.translate("trust", "&Gebruikers…"),
            QCoreApplication.translate(
                "trust",
                "Accounts toevoegen, rollen wijzigen, (de)activeren, wachtwoord opnieuw instellen",
            ),
            Permission.MANAGE_USERS,
            dialogs.open_users,
        ),
        (
            "actionKioskPin",
            QCoreApplication.translate("trust", "&Kiosk-pincode instellen…"),
            QCoreApplication.translate(
                "trust", "De pincode waarmee de kiosk bij een evenement verlaten wordt"
            ),
            Permission.SETTINGS,
            dialogs.open_kiosk_pin,
        ),
        (
            "actionIdleLock",
            QCoreApplication.translate("trust", "Automatische &vergrendeling…"),
            QCoreApplication.translate(
                "trust", "Na hoeveel minuten zonder gebruik het programma vergrendelt"
            ),
            Permission.SETTINGS,
            dialogs.open_idle_lock,
        ),
        None,
        (
            "actionAuditTrail",
            QCoreApplication.translate("trust", "&Logboek (audittrail)…"),
            QCoreApplication.translate(
                "trust", "Wie wat wanneer heeft bekeken of gewijzigd; alleen lezen en exporteren"
            ),
            Permission.AUDIT_VIEW,
            dialogs.open_audit,
        ),
        None,
        (
            "actionRetention",
            QCoreApplication.translate("trust", "&Bewaartermijnen…"),
            QCoreApplication.translate(
                "trust", "Oude gegevens anonimiseren volgens de bewaartermijnen (AVG)"
            ),
            Permission.RETENTION,
            dialogs.open_retention,
        ),
        (
            "actionAccessRequest",
            QCoreApplication.translate("trust", "&Inzageverzoek…"),
            QCoreApplication.translate(
                "trust", "Alle gegevens over één persoon opslaan als PDF en/of JSON (AVG)"
            ),
            Permission.PRIVACY,
            dialogs.open_access_request,
        ),
        (
            "actionErasureRequest",
            QCoreApplication.translate("trust", "&Vergeetverzoek…"),
            QCoreApplication.translate("trust", "Alle gegevens over één persoon wissen (AVG)"),
            Permission.PRIVACY,
            dialogs.open_erasure_request,
        ),
        None,
        (
            "actionMakeBackup",
            QCoreApplication.translate("trust", "Backup &maken…"),
            QCoreApplication.translate("trust", "Een gecontroleerde kopie van de database maken"),
            Permission.BACKUP,
            dialogs.open_make_backup,
        ),
        (
            "actionRestoreBackup",
            QCoreApplication.translate("trust", "Backup &terugzetten…"),
            QCoreApplication.translate("trust", "Een eerdere kopie van de database terugzetten"),
            Permission.BACKUP,
            dialogs.open_restore_backup,
        ),
    ]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        name, text, tip, permission, open_dialog = entry
        action = _action(window, name, text, tip)
        action.triggered.connect(opener(permission, open_dialog))
        menu.addAction(action)
    window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)
    window.admin_menu = menu  # type: ignore[attr-defined]

    who = QLabel(
        QCoreApplication.translate("trust", "Aangemeld: {name} ({role})").format(
            name=actor.display_name or actor.username, role=label(actor.role)
        ),
        window,
    )
    who.setObjectName("userLabel")
    who.setAccessibleName(who.text())
    who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.statusBar().addPermanentWidget(who)

    apply_action_permissions(window, actor)
    _hide_empty_separators(menu)
    return menu


def _hide_empty_separators(menu: QMenu) -> None:
    """No separator at the top, at the bottom, or two in a row once entries are hidden."""
    previous_visible_was_separator = True
    last_separator: QAction | None = None
    for action in menu.actions():
        if action.isSeparator():
            action.setVisible(not previous_visible_was_separator)
            if action.isVisible():
                previous_visible_was_separator = True
                last_separator = action
        elif action.isVisible():
            previous_visible_was_separator = False
            last_separator = None
    if last_separator is not None:
        last_separator.setVisible(False)


def admin_menu(window: QWidget) -> QMenu | None:
    menu = window.findChild(QMenu, "menuAdmin")
    return menu if isinstance(menu, QMenu) else None
