"""The one map from the window's actions (and a few buttons) to the permission each needs.

``core.permissions`` decides what a role may do; this module applies that to what the
window shows. An action or button whose permission the role lacks is hidden and
disabled, so neither its menu entry nor its shortcut works. Actions are found by their
object name, so a page that adds an action only has to name it and list it here.

``permitted`` is for the moment of doing: exports and prints call it (or the storage
function's own ``require``) and a refusal shows the Dutch sentence of
``PermissionDenied``.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from utregs_plekkie.core.permissions import HasRole, Permission, PermissionDenied, may, require
from utregs_plekkie.gui.errors import show_user_error

#: objectName of a QAction -> the permission it needs.
ACTION_PERMISSIONS: dict[str, Permission] = {
    # main window (Bestand, Beeld)
    "actionPrintPacks": Permission.PACKS,
    "actionPackSettings": Permission.SETTINGS,
    "actionToday": Permission.VIEW_HOUSEHOLDS,
    # Bestand (gui.requests.menu)
    "actionImportRequests": Permission.IMPORT,
    "actionExportRequests": Permission.EXPORT,
    "actionKiosk": Permission.KIOSK_CAPTURE,
    # pages
    "actionNewRequest": Permission.EDIT_REQUESTS,
    "actionPackForSelection": Permission.PACKS,
    "actionIntakePack": Permission.PACKS,
    "actionRequestToHousehold": Permission.EDIT_HOUSEHOLDS,
    "actionWithdrawConsent": Permission.EDIT_REQUESTS,
    # menu Beheer (gui.trust.menus)
    "actionUsers": Permission.MANAGE_USERS,
    "actionKioskPin": Permission.SETTINGS,
    "actionIdleLock": Permission.SETTINGS,
    "actionAuditTrail": Permission.AUDIT_VIEW,
    "actionRetention": Permission.RETENTION,
    "actionAccessRequest": Permission.PRIVACY,
    "actionErasureRequest": Permission.PRIVACY,
    "actionMakeBackup": Permission.BACKUP,
    "actionRestoreBackup": Permission.BACKUP,
}

#: objectName of a button (or other widget) -> the permission it needs.
WIDGET_PERMISSIONS: dict[str, Permission] = {
    "exportFigures": Permission.EXPORT,
    "packForSelectionButton": Permission.PACKS,
}


def permission_for(action: QAction) -> Permission | None:
    return ACTION_PERMISSIONS.get(action.objectName())


def apply_action_permissions(root: QWidget, who: HasRole) -> list[str]:
    """Hide and disable, below ``root``, every mapped action and widget ``who`` may not
    use; menus left without a visible entry are hidden too. Returns the object names
    that were hidden (for tests and the log)."""
    hidden: list[str] = []
    for action in root.findChildren(QAction):
        permission = permission_for(action)
        if permission is not None and not may(who, permission):
            action.setVisible(False)
            action.setEnabled(False)
            hidden.append(action.objectName())
    for widget in root.findChildren(QWidget):
        permission = WIDGET_PERMISSIONS.get(widget.objectName())
        if permission is not None and not may(who, permission):
            widget.setVisible(False)
            widget.setEnabled(False)
            hidden.append(widget.objectName())
    for menu in root.findChildren(QMenu):
        entries = [a for a in menu.actions() if not a.isSeparator()]
        if entries and not any(a.isVisible() for a in entries):
            menu.menuAction().setVisible(False)
    return hidden


def permitted(parent: QWidget | None, who: HasRole, permission: Permission) -> bool:
    """True when ``who`` may do this; otherwise the Dutch sentence is shown and False."""
    try:
        require(who, permission)
    except PermissionDenied as refused:
        show_user_error(refused, parent)
        return False
    return True
