"""The kiosk window: setup (which event), the form, thank you, and leaving.

For campaign staff at a stand (Utrecht Centraal, a market, a festival), often without
Wi-Fi, talking while they type:

- full screen, large type, touch-friendly (the form: ``kiosk.form``). Enter on
  "Opslaan" (or Ctrl+Enter anywhere) saves;
- saved the moment it is confirmed: ``capture_request`` commits its own transaction
  (WAL, ``synchronous=FULL``), so pulling the plug after "Opslaan" loses nothing;
- then a thank-you screen, and the form is already empty: no earlier visitor's data
  is ever shown. There are no lists and no search; fields have no completer, no
  context menu, and their undo history is cleared with their text; a half-filled form
  left alone for two minutes is cleared as well;
- leaving (Escape, the small "Verlaten" button, or closing the window) asks for the
  kiosk PIN or the login of a werver (``kiosk.leave``); ``left`` then says who left:
  an Actor, or None for the PIN;
- with a printer, "Pakket nu afdrukken" prints the visitor's information pack on the
  spot and records it as sent (``kiosk.printing``).

``open_kiosk`` is what the login flow (role "evenement") and the menu call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.kiosk.common import IDLE_CLEAR_MS, STYLE, THANKS_MS, scaled
from utregs_plekkie.gui.kiosk.form import VisitorForm
from utregs_plekkie.gui.kiosk.leave import LeavePage
from utregs_plekkie.gui.kiosk.printing import (
    default_printer,
    print_pack,
    printer_available,
)
from utregs_plekkie.gui.kiosk.setup import EventSetup
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.requests import (
    InvalidRequestError,
    capture_request,
    current_consent_text,
    load_response_norm,
)

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """The kiosk: setup (which event), the form, thank you, and leaving."""

    #: The kiosk was left: the Actor of the werver who logged in, or None (the PIN).
    left = Signal(object)
    #: A visitor was saved: the request's id (the GUI shows no data of it).
    saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        event_name: str | None = None,
        parent: QWidget | None = None,
        *,
        printer_factory: Callable[[], QPrinter] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.db = ctx.db
        #: Who works the stand: named in the audit trail of every visitor saved.
        self.actor = ctx.actor
        self.event_name = " ".join((event_name or "").split())
        self.consent_loaded = False
        self._saving = False
        self.leaving = False
        self.captured = 0
        self.norm_days = 1
        self._printer_factory = printer_factory
        self.can_print = printer_factory is not None or printer_available()
        self._printer: QPrinter | None = None
        self.print_status = ""
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(translate("Kiosk", "Utregs Plekkie – evenement"))
        self.setAccessibleName(translate("Kiosk", "Aanmelden bij de stand"))
        base = QFont(QApplication.font())
        base.setPointSizeF(max(17.0, base.pointSizeF() * 1.6))
        # The font first: with a style sheet already set, children would not inherit it.
        self.setFont(base)
        self.setStyleSheet(STYLE)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 14, 36, 14)
        outer.setSpacing(8)
        outer.addLayout(self._build_header())
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self._build_pages()

        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(THANKS_MS)
        self._thanks_timer.timeout.connect(self.next_visitor)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_CLEAR_MS)
        self._idle_timer.timeout.connect(self._idle)
        # Any key or tap on the kiosk counts as activity (the idle clearing waits).
        self.installEventFilter(self)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self._save_shortcut)
        save_enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        save_enter.activated.connect(self._save_shortcut)

        self.apply_fonts()
        self._update_staff_line()
        self._load_start()
        if self.event_name:
            self._begin()
        else:
            self.pages.setCurrentWidget(self.setup_page)
            self.subtitle.setText(translate("Kiosk", "Evenementmodus"))
            self.staff_line.hide()
            self.event_field.setFocus()

    # ----------------------------------------------------------------- building

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel(translate("Kiosk", "Welkom bij Utregs Plekkie"), self)
        self.title.setObjectName("kioskTitle")
        scaled(self.title, 1.3, bold=True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("kioskHint")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.staff_line = QLabel(self)
        self.staff_line.setObjectName("kioskHint")
        scaled(self.staff_line, 0.6)
        self.staff_line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.staff_line)
        self.leave_button = QToolButton(self)
        self.leave_button.setObjectName("leaveKiosk")
        self.leave_button.setText(translate("Kiosk", "Verlaten"))
        self.leave_button.setToolTip(translate("Kiosk", "Kiosk verlaten (alleen medewerkers; Esc)"))
        self.leave_button.setAccessibleName(
            translate("Kiosk", "Kiosk verlaten (alleen medewerkers)")
        )
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scaled(self.leave_button, 0.6)
        self.leave_button.clicked.connect(self.show_leave)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_pages(self) -> None:
        self.setup_page = EventSetup(self.pages, self)
        self.setup_page.chosen.connect(self._event_chosen)
        self.event_field = self.setup_page.event_field
        self.start_button = self.setup_page.start_button
        self.setup_error = self.setup_page.error
        self.pages.addWidget(self.setup_page)

        self.form_page = VisitorForm(self.pages, self, can_print=self.can_print, now=self.ctx.now)
        form = self.form_page
        self.fields, self.errors, self.toggles = form.fields, form.errors, form.toggles
        self.consent, self.privacy = form.consent, form.consent_box.privacy
        self.print_pack, self.summary, self.save_button = (
            form.print_pack,
            form.summary,
            form.save_button,
        )
        self.save_button.clicked.connect(self.save)
        self.pages.addWidget(form)

        self._build_thanks()

        self.leave_page = LeavePage(self.pages, self.db, self)
        leave = self.leave_page
        leave.allowed.connect(self._left)
        leave.back.connect(self.back_to_form)
        self.pin, self.username, self.password = (
            leave.pin,
            leave.username,
            leave.password,
        )
        self.leave_message = leave.message
        self.pin_button, self.login_button = leave.pin_button, leave.login_button
        self.pages.addWidget(leave)

    def _build_thanks(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.thanks_title = QLabel(translate("Kiosk", "Dank u wel!"), page)
        self.thanks_title.setObjectName("thanksTitle")
        self.thanks_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.thanks_title, 2.4, bold=True)
        self.thanks_text = QLabel(page)
        self.thanks_text.setObjectName("thanksText")
        self.thanks_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text.setWordWrap(True)
        self.thanks_print = QLabel(page)
        self.thanks_print.setObjectName("kioskHint")
        self.thanks_print.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_print.hide()
        self.next_button = QPushButton(translate("Kiosk", "Volgende bezoeker"), page)
        self.next_button.setObjectName("nextVisitor")
        self.next_button.clicked.connect(self.next_visitor)
        self.next_button.installEventFilter(self)
        self.thanks_next = QLabel(
            translate(
                "Kiosk",
                "Zo dadelijk staat het formulier weer klaar voor de volgende bezoeker.",
            ),
            page,
        )
        self.thanks_next.setObjectName("kioskHint")
        self.thanks_next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.thanks_next, 0.8)
        layout.addWidget(self.thanks_title)
        layout.addWidget(self.thanks_text)
        layout.addWidget(self.thanks_print)
        layout.addWidget(self.thanks_next)
        layout.addSpacing(30)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self.thanks_page = page
        self.pages.addWidget(page)

    def apply_fonts(self) -> None:
        """Large type everywhere: the kiosk's size, times each widget's own factor."""
        base = self.font()
        for widget in self.findChildren(QWidget):
            factor = widget.property("kioskScale")
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * (float(factor) if factor else 1.0))
            font.setBold(bool(widget.property("kioskBold")))
            widget.setFont(font)
        self.form_page.apply_sizes()

    @property
    def busy(self) -> bool:
        """Saving a visitor, or checking who wants to leave."""
        return self._saving or self.leave_page.busy

    @property
    def consent_version(self) -> str | None:
        """The version of the privacy text on screen (None while there is none)."""
        return self.form_page.consent_version

    # ----------------------------------------------------------------- start

    def _load_start(self) -> None:
        """The privacy text, the response norm and (for the setup) today's events."""
        db, today = self.db, lists.format_date(self.ctx.today())

        def work() -> tuple[Any, int, list[str]]:
            text = current_consent_text(db)
            norm = load_response_norm(db)
            names: list[str] = []
            page = lists.source_for("events").fetch(db, 0, 60)
            for row in page.rows:
                name, when = str(row[1]), str(row[2])
                if when.startswith(today) and name not in names:
                    names.append(name)
            return text, norm.nieuw, names[:4]

        def failed(error: BaseException) -> None:
            self.consent_loaded = True
            self.form_page.show_privacy(None, busy=self.busy)
            report_failure(error, self)

        run_in_background(work, owner=self, on_success=self._started, on_failure=failed)

    def _started(self, result: tuple[Any, int, list[str]]) -> None:
        text, days, names = result
        self.consent_loaded = True
        self.norm_days = max(1, days)
        self.form_page.show_privacy(text, busy=self.busy)
        if self.setup_page.offer(names):
            self.apply_fonts()

    def _event_chosen(self, name: str) -> None:
        self.event_name = name
        self._begin()

    def _begin(self) -> None:
        self.subtitle.setText(
            translate("Kiosk", "{event} · {date}").format(
                event=self.event_name, date=lists.format_date(self.ctx.today())
            )
        )
        self.pages.setCurrentWidget(self.form_page)
        self.staff_line.show()
        self.fields["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._idle_timer.start()

    # ----------------------------------------------------------------- saving

    def _save_shortcut(self) -> None:
        if self.pages.currentWidget() is self.form_page:
            self.save()

    def save(self) -> None:
        """Save the visitor now (own committed transaction), then thank and clear."""
        form = self.form_page
        if self.busy or self.pages.currentWidget() is not form:
            return
        if not self.consent_loaded:
            form.show_summary(
                translate("Kiosk", "Een ogenblik: de privacytekst wordt nog geladen.")
            )
            return
        if self.consent_version is None:
            form.show_summary(
                translate(
                    "Kiosk",
                    "Opslaan kan niet: er is geen privacytekst. Vraag een beheerder om hulp.",
                )
            )
            return
        problems = form.problems(self.event_name)
        if problems:
            form.show_problems(problems)
            return
        data = form.values(self.event_name)
        printing = self.can_print and self.print_pack.isChecked()
        db, actor = self.db, self.actor
        self._set_busy(True)

        def work() -> int:
            return capture_request(db, data, actor=actor).id

        run_in_background(
            work,
            owner=self,
            on_success=lambda request_id: self._saved(request_id, printing),
            on_failure=self._save_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._saving = busy
        self.form_page.set_busy(busy)

    def _saved(self, request_id: int, printing: bool) -> None:
        # Cleared before anything else: from here on nothing of this visitor is on screen.
        self.clear_form()
        self._set_busy(False)
        self.captured += 1
        self._update_staff_line()
        days = self.norm_days
        self.thanks_text.setText(
            translate(
                "Kiosk",
                "Uw gegevens zijn opgeslagen. We nemen binnen {n} werkdag contact met u op.",
            ).format(n=days)
            if days == 1
            else translate(
                "Kiosk",
                "Uw gegevens zijn opgeslagen. We nemen binnen {n} werkdagen contact met u op.",
            ).format(n=days)
        )
        self.thanks_print.setVisible(printing)
        if printing:
            self.thanks_print.setText(translate("Kiosk", "Uw informatiepakket wordt nu afgedrukt."))
            self._print(request_id)
        self.pages.setCurrentWidget(self.thanks_page)
        self.next_button.setFocus()
        self._thanks_timer.start()
        self.saved.emit(request_id)

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidRequestError):
            self.form_page.show_problems(error.errors)
        elif isinstance(error, UserError):
            self.form_page.show_summary(error.message)
        else:
            self.form_page.show_summary(
                translate(
                    "Kiosk",
                    "Opslaan is niet gelukt. Probeer het nog eens of vraag een medewerker.",
                )
            )
            report_failure(error, self)

    def _print(self, request_id: int) -> None:
        if self._printer is None:
            self._printer = (self._printer_factory or default_printer)()
        printer = self._printer
        db, actor = self.db, self.actor

        def done(sentence: str) -> None:
            self.print_status = sentence
            self._update_staff_line()

        def failed(error: BaseException) -> None:
            reason = error.message if isinstance(error, UserError) else str(error)
            log.warning("Kiosk: pakket niet afgedrukt: %s", reason)
            self.print_status = translate(
                "Kiosk", "Laatste pakket niet afgedrukt: {reason}"
            ).format(reason=reason)
            self._update_staff_line()

        run_in_background(
            lambda: print_pack(db, request_id, printer, actor=actor),
            owner=self,
            on_success=done,
            on_failure=failed,
        )

    def _update_staff_line(self) -> None:
        parts = [
            translate("Kiosk", "1 aanmelding opgeslagen")
            if self.captured == 1
            else translate("Kiosk", "{n} aanmeldingen opgeslagen").format(n=self.captured)
        ]
        if self.print_status:
            parts.append(self.print_status)
        self.staff_line.setText("\n".join(parts))

    # ----------------------------------------------------------------- clearing

    def clear_form(self) -> None:
        """The empty form for the next visitor: no text, no ticks, no messages."""
        self.form_page.clear()

    def has_input(self) -> bool:
        return self.form_page.has_input()

    def next_visitor(self) -> None:
        self._thanks_timer.stop()
        if self.pages.currentWidget() is self.thanks_page:
            self.clear_form()
            self.pages.setCurrentWidget(self.form_page)
            self.fields["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)
            self._idle_timer.start()

    def _idle(self) -> None:
        page = self.pages.currentWidget()
        if page is self.form_page and self.has_input():
            self.clear_form()
            self.form_page.show_summary(
                translate(
                    "Kiosk",
                    "Het formulier is leeggemaakt omdat er een tijd niets gebeurde. Begin "
                    "gerust opnieuw.",
                )
            )
        elif page is self.leave_page:
            self.back_to_form()

    # ----------------------------------------------------------------- leaving

    def show_leave(self) -> None:
        if self.busy:
            return
        self._thanks_timer.stop()
        self.pages.setCurrentWidget(self.leave_page)
        self.leave_button.hide()
        self.leave_page.opened()

    def back_to_form(self) -> None:
        self.leave_page.clear_fields()
        self.leave_button.show()
        self.leave_page.set_message("")
        if self.event_name:
            self.pages.setCurrentWidget(self.form_page)
            self.fields["first_name"].setFocus()
            self._idle_timer.start()
        else:
            self.pages.setCurrentWidget(self.setup_page)
            self.event_field.setFocus()

    def leave_with_pin(self) -> None:
        self.leave_page.leave_with_pin()

    def leave_with_login(self) -> None:
        self.leave_page.leave_with_login()

    def _left(self, who: Actor | None) -> None:
        self.leaving = True
        self.clear_form()
        self.left.emit(who)
        self.close()

    # ----------------------------------------------------------------- events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
        ):
            timer = getattr(self, "_idle_timer", None)
            setup = getattr(self, "setup_page", None)
            if timer is not None and setup is not None and self.pages.currentWidget() is not setup:
                timer.start()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        ):
            if watched is self.save_button:
                self.save()
                return True
            if watched is self.next_button:
                self.next_visitor()
                return True
            if watched is self.start_button:
                self.setup_page.start()
                return True
            if isinstance(watched, QAbstractButton) and watched in (
                *self.toggles.values(),
                self.consent,
                self.print_pack,
            ):
                self.focusNextChild()
                return True
            if isinstance(watched, QLineEdit) and watched in self.fields.values():
                self.form_page.check_one(watched.objectName())
                self.focusNextChild()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.pages.currentWidget() is self.leave_page:
                self.back_to_form()
            else:
                self.show_leave()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leaving:
            # Alt+F4 or the window's close button: leaving needs the PIN or a login.
            event.ignore()
            self.show_leave()
            return
        self._idle_timer.stop()
        self._thanks_timer.stop()
        super().closeEvent(event)


def open_kiosk(
    ctx: AppContext, event_name: str | None = None, parent: QWidget | None = None
) -> KioskWindow:
    """Open the kiosk full screen for ``ctx.actor`` (who is named in the audit trail).

    Without ``event_name`` the kiosk first asks which event it is. The kiosk has the
    signal ``left(actor_or_none)``; it closes itself when left."""
    kiosk = KioskWindow(ctx, event_name, parent)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kiosk.showFullScreen()
    kiosk.raise_()
    kiosk.activateWindow()
    return kiosk
