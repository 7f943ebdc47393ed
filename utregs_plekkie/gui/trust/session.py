"""Who works in the program, and in which window: the session from login to sign-out.

``AppSession`` is what ``run_gui`` starts once the database is open. It

- asks for the first beheerder at the very first start, otherwise shows the login;
- opens the main window for the logged-in user (pages and menus by role), or, for the
  role "evenement", the kiosk capture (``gui.kiosk.open_kiosk``);
- locks the window after the configured idle minutes and unlocks it for the same
  user's password, or switches to another user who logs in there;
- signs out (Bestand → Afmelden) back to the login;
- makes the automatic backup at start and daily, off the GUI thread;
- restores a backup: closes the window and every connection, restores, reopens the
  database and builds the window again.

Tests pass ``actor=`` to ``start`` to skip the login, ``quit_app`` to see the program
end without ending the test's QApplication, and a short ``idle_check_ms``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, Permission, kiosk_only
from utregs_plekkie.gui import workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.kiosk import KioskWindow, open_kiosk
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.operations import busy_dialog, run_blocking
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.idle import CHECK_INTERVAL_MS, IdleWatcher
from utregs_plekkie.gui.trust.lock import ScreenLock
from utregs_plekkie.gui.trust.login import FirstAdminDialog, LoginAttempts, LoginDialog
from utregs_plekkie.gui.trust.menus import install_trust_menus
from utregs_plekkie.gui.trust.permissions import permitted
from utregs_plekkie.storage import backups, users
from utregs_plekkie.storage.audit import record_now
from utregs_plekkie.storage.backups import BackupInfo, DatabaseInUse
from utregs_plekkie.storage.database import Database, open_database

log = logging.getLogger(__name__)

#: How often the program looks whether the daily automatic backup is due.
BACKUP_CHECK_MS = 60 * 60 * 1000


def _center_over(dialog: QWidget, anchor: QWidget | None) -> None:
    if anchor is None or not anchor.isVisible():
        return
    dialog.adjustSize()
    geometry = dialog.frameGeometry()
    geometry.moveCenter(anchor.frameGeometry().center())
    dialog.move(geometry.topLeft())


class AppSession(QObject):
    """The logged-in user's session; see the module docstring."""

    #: The main window was (re)built (a MainWindow), or closed (None).
    window_changed = Signal(object)
    #: The window was locked (True) or unlocked (False).
    lock_changed = Signal(bool)
    #: An automatic backup was made (BackupInfo) — for the status bar and tests.
    auto_backup_made = Signal(object)

    def __init__(
        self,
        db: Database,
        state: UiState,
        *,
        quit_app: Callable[[], None] | None = None,
        backup_folder: Path | None = None,
        idle_check_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.db = db
        self.url = db.url.render_as_string(hide_password=False)
        self.state = state
        self.backup_folder = backup_folder
        self._quit = quit_app or (lambda: None)
        self.attempts = LoginAttempts()
        self.actor: Actor | None = None
        self.window: MainWindow | None = None
        self.kiosk: KioskWindow | None = None
        self.login_dialog: QDialog | None = None
        self.lock_dialog: LoginDialog | None = None
        self.screen_lock: ScreenLock | None = None
        self.idle = IdleWatcher(users.idle_lock_minutes(db), self, check_interval_ms=idle_check_ms)
        self.idle.idle.connect(self._idle)
        self._backup_running = False
        self.last_auto_backup: BackupInfo | None = None
        self.last_auto_backup_seconds: float | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(lambda: self.start_auto_backup(on_start=False))
        self._closed = False

    # ----------------------------------------------------------------- start and login

    def start(self, actor: Actor | None = None, *, auto_backup: bool = True) -> None:
        """Begin: the automatic backup (in the background), then the first-beheerder
        dialog, the login, or straight into ``actor``'s window."""
        if auto_backup:
            self.start_auto_backup(on_start=True)
            self._backup_timer.start()
        if actor is not None:
            self.enter(actor)
        else:
            self.show_login()

    def show_login(self) -> QDialog:
        """The first-beheerder dialog at the very first start, otherwise the login."""
        dialog: QDialog
        if users.needs_first_admin(self.db):
            first = FirstAdminDialog(self.db)
            first.created.connect(self.enter)
            dialog = first
        else:
            login = LoginDialog(self.db, self.attempts)
            login.logged_in.connect(self.enter)
            dialog = login
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(self._login_cancelled)
        self.login_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _login_cancelled(self) -> None:
        self.login_dialog = None
        if self.window is None and self.kiosk is None:
            self._quit()

    def enter(self, actor: Actor) -> None:
        """Open the place where ``actor`` works: the kiosk for the role "evenement",
        otherwise the main window with the pages and menus of their role."""
        previous_window, previous_kiosk = self.window, self.kiosk
        self.actor = actor
        self.login_dialog = None
        if previous_window is not None:
            self._close_window(previous_window)
        self.window = None
        self.kiosk = None
        if kiosk_only(actor):
            self.idle.stop()
            self.kiosk = open_kiosk(AppContext(self.db, actor, self.state))
            self._connect_kiosk(self.kiosk)
        else:
            window = MainWindow(AppContext(self.db, actor, self.state))
            install_trust_menus(window, self)
            window.show()
            self.window = window
            self.idle.set_minutes(users.idle_lock_minutes(self.db))
            self.idle.start()
        if previous_kiosk is not None and previous_kiosk is not self.kiosk:
            self._close_kiosk(previous_kiosk)
        self.window_changed.emit(self.window)

    def _close_window(self, window: MainWindow) -> None:
        if self.screen_lock is not None and self.screen_lock.window is window:
            self.screen_lock.close_other_windows()
            self.screen_lock.release()
            self.screen_lock = None
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()

    def _connect_kiosk(self, kiosk: KioskWindow) -> None:
        # The kiosk says who left it: a user who may leave (their Actor) or the PIN
        # (None: back to the login).
        kiosk.left.connect(self._kiosk_left)

    def _kiosk_left(self, actor: object) -> None:
        if isinstance(actor, Actor):
            self.enter(actor)
            return
        kiosk = self.kiosk
        self.kiosk = None
        self.show_login()
        if kiosk is not None:
            self._close_kiosk(kiosk)

    @staticmethod
    def _close_kiosk(kiosk: QWidget) -> None:
        if shiboken6.isValid(kiosk):
            kiosk.close()
            kiosk.deleteLater()

    def sign_out(self) -> None:
        """Bestand → Afmelden: back to the login; the window closes."""
        actor = self.actor
        if actor is not None:
            try:
                record_now(self.db, actor, AuditAction.LOGIN, "users", actor.user_id, "afgemeld")
            except UserError as error:  # a sign-out never fails on the audit line
                log.warning("Afmelden niet in het logboek: %s", error.message)
        self.idle.stop()
        self.actor = None
        window = self.window
        self.window = None
        # The login first, so there is always a window and the program stays open.
        self.show_login()
        if window is not None:
            self._close_window(window)
        self.window_changed.emit(None)

    # ----------------------------------------------------------------- idle lock

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    def _idle(self) -> None:
        """The idle time passed. The kiosk (opened from the window's menu) is left alone:
        it clears itself, and a lock would stop visitors from entering their details."""
        if any(
            isinstance(widget, KioskWindow) and widget.isVisible()
            for widget in QApplication.topLevelWidgets()
        ):
            self.idle.start()
            return
        self.lock()

    def lock(self) -> None:
        """Hide everything and ask for the password (the idle lock, or Ctrl+L)."""
        window, actor = self.window, self.actor
        if window is None or actor is None or self.screen_lock is not None:
            return
        self.idle.stop()
        dialog = LoginDialog(self.db, self.attempts, None, locked_actor=actor)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        lock = ScreenLock(window, keep_visible=(dialog,))
        lock.engage()
        self.screen_lock = lock
        dialog.logged_in.connect(self._unlocked)
        dialog.quit_requested.connect(self._quit)
        self.lock_dialog = dialog
        dialog.show()
        _center_over(dialog, window)
        dialog.raise_()
        dialog.activateWindow()
        self.lock_changed.emit(True)

    @property
    def locked(self) -> bool:
        return self.screen_lock is not None

    def _unlocked(self, actor: Actor) -> None:
        lock, dialog = self.screen_lock, self.lock_dialog
        self.screen_lock = None
        self.lock_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        if lock is None:
            return
        if actor == self.actor:
            lock.release()
            self.idle.start()
        else:
            # Someone else: the previous user's windows go, theirs come.
            lock.close_other_windows()
            lock.release()
            self.enter(actor)
        self.lock_changed.emit(False)

    # ----------------------------------------------------------------- backups

    def start_auto_backup(self, *, on_start: bool) -> None:
        """The automatic backup (at start, then when a day has passed), in the background."""
        if self._backup_running or self._closed:
            return
        self._backup_running = True
        db, folder = self.db, self.backup_folder
        started = time.perf_counter()

        def work() -> BackupInfo | None:
            return backups.auto_backup(db, folder, on_start=on_start)

        def done(info: BackupInfo | None) -> None:
            self._backup_running = False
            self.last_auto_backup_seconds = time.perf_counter() - started
            if info is None:
                return
            self.last_auto_backup = info
            log.info("Automatische backup %s in %.2f s", info.path, self.last_auto_backup_seconds)
            if self.window is not None and self.screen_lock is None:
                self.window.statusBar().showMessage(
                    self.tr("Automatische backup gemaakt en gecontroleerd."), 8000
                )
            self.auto_backup_made.emit(info)

        def failed(error: BaseException) -> None:
            self._backup_running = False
            log.error("Automatische backup mislukt", exc_info=error)
            reason = error.message if isinstance(error, UserError) else str(error)
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Automatische backup"))
            box.setText(self.tr("De automatische backup is niet gelukt."))
            box.setInformativeText(
                self.tr(
                    "{reason}\n\nMaak zelf een backup via Beheer → Backup maken…, of vraag de "
                    "beheerder om hulp. Tot dan is er geen verse kopie van de gegevens."
                ).format(reason=reason)
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        workers.run_in_background(work, owner=self, on_success=done, on_failure=failed)

    def restore(
        self, backup: Path, *, made_at: datetime | None = None, parent: QWidget | None = None
    ) -> bool:
        """Put ``backup`` back: close the window and every connection, restore, reopen,
        and build the window again. Returns whether the backup was restored."""
        actor = self.actor
        if actor is None or not permitted(parent or self.window, actor, Permission.BACKUP):
            return False
        self.idle.stop()
        self._backup_timer.stop()
        busy = busy_dialog(None, self.tr("De backup wordt teruggezet…"))
        window = self.window
        self.window = None
        if window is not None:
            self._close_window(window)
        workers.wait_for_background()
        passphrase = backups.passphrase_of(self.db)
        db = self.db
        db.dispose()

        def work() -> BackupInfo:
            if db.dialect == "postgresql":
                return backups.restore_postgres(db, backup, self.backup_folder)
            if db.sqlite_path is None:
                raise UserError(self.tr("Terugzetten kan alleen in een databasebestand."))
            return backups.restore_backup(
                db.sqlite_path, backup, folder=self.backup_folder, passphrase=passphrase
            )

        safety: BackupInfo | None = None
        problem: UserError | None = None
        try:
            safety = run_blocking(None, self.tr("De backup wordt teruggezet…"), work, busy=busy)
        except UserError as error:  # DatabaseInUse, a backup that fails its check, ...
            problem = error
        except Exception as error:
            busy.close()
            busy.deleteLater()
            report_failure(error)
            problem = UserError(str(error))
        try:
            self.db = open_database(self.url)
        except UserError as error:
            busy.close()
            busy.deleteLater()
            common.inform(None, self.tr("Backup terugzetten"), error.message, error=True)
            self._quit()
            return False
        if safety is not None:
            detail = f"backup teruggezet: {backup.name}; vorige versie: {safety.path.name}"
            record_now(self.db, actor, AuditAction.IMPORT, "database", None, detail)
        self._resume(actor)
        busy.close()
        busy.deleteLater()
        self._backup_timer.start()
        if problem is not None:
            title = self.tr("Backup terugzetten")
            if isinstance(problem, DatabaseInUse):
                text = self.tr("De backup is niet teruggezet: de database is nog in gebruik.")
            else:
                text = self.tr("De backup is niet teruggezet.")
            common.inform(self.window, title, text, problem.message, error=True)
            return False
        assert safety is not None
        common.inform(
            self.window,
            self.tr("Backup terugzetten"),
            self.tr("De backup van {when} is teruggezet.").format(
                when=made_at.strftime("%d-%m-%Y %H:%M") if made_at else backup.name
            ),
            self.tr(
                "Wat na die backup is ingevoerd, zit er niet meer in. De database zoals hij "
                "vóór het terugzetten was, is bewaard als {path}."
            ).format(path=safety.path),
        )
        return True

    def _resume(self, actor: Actor) -> None:
        """After a restore: back into the window if the user exists there as before,
        otherwise to the login."""
        try:
            info = users.get_user(self.db, actor, actor.username)
        except UserError:
            info = None
        if info is not None and info.active and info.id == actor.user_id:
            self.enter(info.actor())
        else:
            self.actor = None
            self.show_login()

    # ----------------------------------------------------------------- end

    def close(self) -> None:
        """The program ends: stop the timers and the event filter."""
        self._closed = True
        self._backup_timer.stop()
        self.idle.close()
        # Put a locked window's content back in it, so no widget is left without a
        # parent (the window then owns and deletes it).
        if self.screen_lock is not None:
            self.screen_lock.release()
            self.screen_lock = None
        if self.lock_dialog is not None and shiboken6.isValid(self.lock_dialog):
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
        self.lock_dialog = None
