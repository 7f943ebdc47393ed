"""Openers for the Beheer menu: each makes its dialog for the session's user and shows
it window-modal without blocking (``open``), and returns it (for tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from utregs_plekkie.gui.trust.audit_viewer import AuditViewer
from utregs_plekkie.gui.trust.backup_dialogs import MakeBackupDialog, RestoreDialog
from utregs_plekkie.gui.trust.person import AccessRequestDialog, ErasureDialog
from utregs_plekkie.gui.trust.protocols import TrustSession
from utregs_plekkie.gui.trust.retention import RetentionDialog
from utregs_plekkie.gui.trust.settings_dialogs import IdleLockDialog, KioskPinDialog
from utregs_plekkie.gui.trust.users_dialog import UsersDialog


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_users(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(UsersDialog(session.db, session.actor, parent))


def open_kiosk_pin(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(KioskPinDialog(session.db, session.actor, parent))


def open_idle_lock(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    dialog = IdleLockDialog(session.db, session.actor, parent)
    dialog.saved.connect(lambda minutes: session.set_idle_minutes(int(minutes)))
    return _show(dialog)


def open_audit(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(AuditViewer(session.db, session.actor, parent))


def open_retention(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(RetentionDialog(session.db, session.actor, parent))


def open_access_request(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(AccessRequestDialog(session.db, session.actor, parent))


def open_erasure_request(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(ErasureDialog(session.db, session.actor, parent))


def open_make_backup(parent: QWidget, session: TrustSession) -> QDialog:
    assert session.actor is not None
    return _show(MakeBackupDialog(session.db, session.actor, parent, session.backup_folder))


def open_restore_backup(parent: QWidget, session: TrustSession) -> QDialog:
    return _show(RestoreDialog(session, parent))
