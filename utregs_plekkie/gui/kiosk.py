"""The pop-up event capture mode (kiosk): a visitor's details at a stand, in a minute.

For campaign staff at a stand (Utrecht Centraal, a market, a festival), often without
Wi-Fi, talking while they type:

- full screen, large type, touch-friendly: only voornaam, achternaam, e-mail and/or
  telefoon, postcode, interests as big toggle buttons, and consent with the short
  privacy text (``storage.requests.current_consent_text``). Tab and Enter go from
  field to field; Enter on "Opslaan" (or Ctrl+Enter anywhere) saves;
- saved the moment it is confirmed: ``create_request`` commits its own transaction
  (WAL, ``synchronous=FULL``), so pulling the plug after "Opslaan" loses nothing. The
  request gets source pop-up, the event, and the consent with its moment and the
  version of the text that was shown;
- then a thank-you screen, and the form is already empty: no earlier visitor's data
  is ever shown. There are no lists and no search; fields have no completer, no
  context menu, and their undo history is cleared with their text; a half-filled form
  left alone for two minutes is cleared as well;
- leaving (Escape, the small "Verlaten" button, or closing the window) asks for the
  kiosk PIN (``verify_kiosk_pin``, with its lock-out after wrong tries) or the login of
  a werver (``leave_kiosk``); ``left`` then says who left: an Actor, or None for the PIN;
- with a printer (and ``gui.packs_dialog`` to render a request's pack), "Pakket nu
  afdrukken" prints the visitor's information pack on the spot and records it as sent.

``open_kiosk`` is what the login flow (role "evenement") and the menu call;
``run_kiosk`` is the command ``utregs-plekkie kiosk --event "NAAM"``.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPageSize,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, Source, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.requests import split_last_name
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    InvalidRequestError,
    RequestInput,
    check_field,
    create_request,
    current_consent_text,
    load_response_norm,
    validate_request_input,
)
from utregs_plekkie.storage.users import has_kiosk_pin, leave_kiosk

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

#: The thank-you screen goes back to the empty form after this many milliseconds.
THANKS_MS = 8_000
#: A form nobody touched for this long is cleared (an abandoned half-filled form).
IDLE_CLEAR_MS = 120_000
#: The longest event name (as ``storage.requests`` accepts it).
EVENT_NAME_MAX = 200
#: The fields of the form, in tab order.
FIELDS = ("first_name", "last_name", "email", "phone", "postcode")

STYLE = """
QWidget#kiosk { background: #f5f2ec; }
QWidget#kiosk QLabel { color: #1f2a30; }
QWidget#kiosk QLabel#kioskTitle { color: #17456b; }
QWidget#kiosk QLabel#kioskError, QWidget#kiosk QLabel#kioskSummary {
    color: #a61b1b; font-weight: bold;
}
QWidget#kiosk QLabel#kioskHint { color: #4b5660; }
QWidget#kiosk QLabel#privacyText {
    background: #ffffff; border: 1px solid #c9c2b6; border-radius: 8px; padding: 10px;
}
QWidget#kiosk QLineEdit {
    background: #ffffff; color: #1f2a30; border: 2px solid #8a8f98; border-radius: 8px;
    padding: 2px 10px; min-height: 42px;
}
QWidget#kiosk QLineEdit:focus { border: 3px solid #17456b; }
QWidget#kiosk QLineEdit[invalid="true"] { border: 3px solid #a61b1b; }
QPushButton#interestToggle {
    background: #ffffff; color: #17456b; border: 2px solid #17456b; border-radius: 12px;
    padding: 4px 14px; min-height: 50px; text-align: left;
}
QPushButton#interestToggle:checked { background: #17456b; color: #ffffff; }
QPushButton#interestToggle:focus { border: 4px solid #e0a100; }
QPushButton#kioskSave, QPushButton#nextVisitor, QPushButton#startKiosk {
    background: #2e7d4a; color: #ffffff; border: 4px solid #2e7d4a; border-radius: 12px;
    padding: 8px 28px; min-height: 64px; font-weight: bold;
}
QPushButton#kioskSave:focus, QPushButton#nextVisitor:focus, QPushButton#startKiosk:focus {
    border: 4px solid #e0a100;
}
QPushButton#kioskSave:disabled { background: #8fb59b; border-color: #8fb59b; }
QPushButton#keypadKey, QPushButton#leaveButton, QPushButton#backToForm {
    background: #ffffff; color: #1f2a30; border: 2px solid #8a8f98; border-radius: 10px;
    min-height: 44px; padding: 2px 16px;
}
QPushButton#keypadKey:focus, QPushButton#leaveButton:focus, QPushButton#backToForm:focus {
    border: 4px solid #e0a100;
}
QToolButton#leaveKiosk {
    color: #4b5660; background: transparent; border: 1px solid #b8b1a5; border-radius: 6px;
    padding: 4px 10px;
}
QWidget#kiosk QCheckBox { spacing: 14px; }
QWidget#kiosk QCheckBox::indicator { width: 34px; height: 34px; }
QWidget#kiosk QCheckBox:focus { color: #17456b; text-decoration: underline; }
"""


def _scaled(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Mark ``widget`` to be drawn at ``factor`` times the kiosk's type size (applied by
    ``KioskWindow.apply_fonts``: under a style sheet, fonts are not inherited)."""
    widget.setProperty("kioskScale", factor)
    widget.setProperty("kioskBold", bold)


def printer_available() -> bool:
    """Whether this machine has a printer to print a pack on the spot."""
    try:
        return (
            bool(QPrinterInfo.availablePrinterNames()) or not QPrinterInfo.defaultPrinter().isNull()
        )
    except RuntimeError:  # no print support in this Qt build
        return False


def _default_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def print_pack(
    db: Database, request_id: int, printer: QPrinter, *, username: str, user_id: int | None
) -> str:
    """Render the information pack of one request, print it, and record it as sent.

    Runs on a worker thread (as ``gui.packs_dialog`` prints). Returns a sentence for the
    staff (no personal data); raises UserError with one when it cannot be done."""
    from utregs_plekkie.gui.packs_dialog import check_packs, print_pdf
    from utregs_plekkie.packs.batch import render_info_packs
    from utregs_plekkie.storage.packs_data import mark_packs_sent

    check = check_packs(db, [request_id])
    if check.problem is not None or not check.packs:
        raise UserError(
            check.problem
            or translate(
                "Kiosk", "Er kon geen informatiepakket worden gemaakt voor deze aanmelding."
            )
        )
    with tempfile.TemporaryDirectory(prefix="utregs-kiosk-") as folder:
        out = Path(folder) / "informatiepakket.pdf"
        result = render_info_packs(check.packs, check.settings, out)
        if result.cancelled or result.path is None:
            raise UserError(translate("Kiosk", "Het pakket is niet gemaakt."))
        outcome = print_pdf(result.path, printer)
    if outcome.cancelled or not outcome.pages:
        raise UserError(translate("Kiosk", "Het afdrukken is gestopt."))
    mark_packs_sent(db, [request_id], username=username, user_id=user_id)
    return translate("Kiosk", "Laatste pakket afgedrukt ({pages} blz.).").format(
        pages=outcome.pages
    )


class KioskWindow(QWidget):
    """The kiosk: setup (which event), the form, thank you, and leaving."""

    #: The kiosk was left: the Actor of the werver who logged in, or None (the PIN).
    left = Signal(object)
    #: A visitor was saved: the request's id (the GUI shows no data of it).
    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        event_name: str | None = None,
        parent: QWidget | None = None,
        *,
        printer_factory: Callable[[], QPrinter] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.event_name = " ".join((event_name or "").split())
        self.consent_version: str | None = None
        self.consent_loaded = False
        self.busy = False
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
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel(translate("Kiosk", "Welkom bij Utregs Plekkie"), self)
        self.title.setObjectName("kioskTitle")
        _scaled(self.title, 1.3, bold=True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("kioskHint")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.staff_line = QLabel(self)
        self.staff_line.setObjectName("kioskHint")
        _scaled(self.staff_line, 0.6)
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
        _scaled(self.leave_button, 0.6)
        self.leave_button.clicked.connect(self.show_leave)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self._build_setup()
        self._build_form()
        self._build_thanks()
        self._build_leave()

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

    def apply_fonts(self) -> None:
        """Large type everywhere: the kiosk's size, times each widget's own factor."""
        base = self.font()
        for widget in self.findChildren(QWidget):
            factor = widget.property("kioskScale")
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * (float(factor) if factor else 1.0))
            font.setBold(bool(widget.property("kioskBold")))
            widget.setFont(font)
        if hasattr(self, "privacy_scroll"):
            # Room for five lines of the privacy text; a longer one scrolls.
            lines = self.privacy.fontMetrics().lineSpacing() * 5
            self.privacy_scroll.setMaximumHeight(lines + 24)
            self.privacy_scroll.setMinimumHeight(self.privacy.fontMetrics().lineSpacing() * 3 + 24)
            postcode = self.fields["postcode"]
            postcode.setMaximumWidth(postcode.fontMetrics().horizontalAdvance("0000 AAAA") + 48)

    def _line(self, parent: QWidget, name: str, accessible: str) -> QLineEdit:
        """A field that never suggests or remembers anything typed before."""
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCompleter(None)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        edit.setDragEnabled(False)
        edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
        )
        edit.setMaxLength(254)
        edit.installEventFilter(self)
        return edit

    def _error_label(self, parent: QWidget, name: str) -> QLabel:
        error = QLabel(parent)
        error.setObjectName("kioskError")
        error.setProperty("field", name)
        error.setWordWrap(True)
        _scaled(error, 0.8, bold=True)
        error.hide()
        return error

    def _caption(self, text: str, parent: QWidget, buddy: QWidget) -> QLabel:
        caption = QLabel(text, parent)
        caption.setBuddy(buddy)
        _scaled(caption, 0.85, bold=True)
        return caption

    def _build_setup(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        question = QLabel(translate("Kiosk", "Bij welk evenement staat deze stand?"), page)
        _scaled(question, 1.2, bold=True)
        layout.addWidget(question)
        layout.addWidget(
            self._hint(
                translate(
                    "Kiosk",
                    "De naam komt bij elke aanmelding, zodat later te zien is wat dit evenement "
                    "heeft opgeleverd. Bijvoorbeeld: Pop-up Utrecht Centraal.",
                ),
                page,
            )
        )
        self.event_field = self._line(
            page, "eventName", translate("Kiosk", "Naam van het evenement")
        )
        self.event_field.setMaxLength(EVENT_NAME_MAX)
        self.event_field.returnPressed.connect(self._start_clicked)
        layout.addWidget(self.event_field)
        self.today_events = QHBoxLayout()
        layout.addLayout(self.today_events)
        self.setup_error = self._error_label(page, "event")
        layout.addWidget(self.setup_error)
        self.start_button = QPushButton(translate("Kiosk", "Start de aanmeldingen"), page)
        self.start_button.setObjectName("startKiosk")
        self.start_button.clicked.connect(self._start_clicked)
        self.start_button.installEventFilter(self)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.setup_page = page
        self.pages.addWidget(page)

    def _hint(self, text: str, parent: QWidget) -> QLabel:
        hint = QLabel(text, parent)
        hint.setObjectName("kioskHint")
        hint.setWordWrap(True)
        _scaled(hint, 0.8)
        return hint

    def _build_form(self) -> None:
        page = QWidget(self.pages)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(4)
        grid.setVerticalSpacing(10)
        # Who you are on the left, what interests you on the right; below them the
        # privacy text, the consent and "Opslaan" (last, as in the tab order).
        left = QVBoxLayout()
        left.setSpacing(3)
        right = QVBoxLayout()
        right.setSpacing(6)
        bottom = QHBoxLayout()
        bottom.setSpacing(40)
        consent_column = QVBoxLayout()
        consent_column.setSpacing(4)
        save_column = QVBoxLayout()
        save_column.setSpacing(4)
        consent_column.addStretch(1)
        bottom.addLayout(consent_column, 5)
        bottom.addLayout(save_column, 3)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(bottom, 1, 0, 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        # Spare height goes to the privacy text first (up to five lines), so it can be
        # read without scrolling.
        grid.setRowStretch(1, 1)

        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        names = QGridLayout()
        names.setHorizontalSpacing(14)
        names.setVerticalSpacing(2)
        first = self._line(page, "first_name", translate("Kiosk", "Voornaam"))
        last = self._line(page, "last_name", translate("Kiosk", "Achternaam"))
        names.addWidget(self._caption(translate("Kiosk", "&Voornaam"), page, first), 0, 0)
        names.addWidget(self._caption(translate("Kiosk", "&Achternaam"), page, last), 0, 1)
        names.addWidget(first, 1, 0)
        names.addWidget(last, 1, 1)
        left.addLayout(names)
        self.fields["first_name"], self.fields["last_name"] = first, last
        self.errors["first_name"] = self._error_label(page, "name")
        left.addWidget(self.errors["first_name"])
        left.addSpacing(4)

        email = self._line(page, "email", translate("Kiosk", "E-mailadres"))
        email.setInputMethodHints(
            email.inputMethodHints()
            | Qt.InputMethodHint.ImhEmailCharactersOnly
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        left.addWidget(self._caption(translate("Kiosk", "&E-mailadres"), page, email))
        left.addWidget(email)
        self.fields["email"] = email
        self.errors["email"] = self._error_label(page, "email")
        left.addWidget(self.errors["email"])
        phone = self._line(page, "phone", translate("Kiosk", "Telefoonnummer"))
        phone.setInputMethodHints(
            phone.inputMethodHints() | Qt.InputMethodHint.ImhDialableCharactersOnly
        )
        left.addWidget(self._caption(translate("Kiosk", "&Telefoonnummer"), page, phone))
        left.addWidget(phone)
        self.fields["phone"] = phone
        self.errors["phone"] = self._error_label(page, "phone")
        left.addWidget(self.errors["phone"])
        left.addWidget(
            self._hint(translate("Kiosk", "E-mail of telefoon is genoeg; allebei mag ook."), page)
        )
        left.addSpacing(4)
        left.addStretch(1)

        postcode = self._line(page, "postcode", translate("Kiosk", "Postcode"))
        postcode.setMaxLength(10)
        right.addWidget(self._caption(translate("Kiosk", "&Postcode (mag leeg)"), page, postcode))
        right.addWidget(postcode)
        self.fields["postcode"] = postcode
        self.errors["postcode"] = self._error_label(page, "postcode")
        right.addWidget(self.errors["postcode"])
        right.addSpacing(6)
        interests_caption = QLabel(
            translate("Kiosk", "Waar heeft u interesse in? Kies er een of meer."), page
        )
        _scaled(interests_caption, 0.85, bold=True)
        right.addWidget(interests_caption)
        toggles = QGridLayout()
        toggles.setHorizontalSpacing(10)
        toggles.setVerticalSpacing(8)
        self.toggles: dict[Interest, QPushButton] = {}
        for index, interest in enumerate(Interest):
            button = QPushButton(page)
            button.setObjectName("interestToggle")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("interest", interest.value)
            button.setAccessibleName(
                translate("Kiosk", "Interesse: {name}").format(name=label(interest))
            )
            button.toggled.connect(lambda _on, b=button, i=interest: self._toggle_text(b, i))
            button.installEventFilter(self)
            self._toggle_text(button, interest)
            toggles.addWidget(button, index // 2, index % 2)
            self.toggles[interest] = button
        right.addLayout(toggles)
        right.addStretch(1)

        self.privacy = QLabel(page)
        self.privacy.setObjectName("privacyText")
        self.privacy.setWordWrap(True)
        self.privacy.setTextFormat(Qt.TextFormat.PlainText)
        _scaled(self.privacy, 0.78)
        privacy_scroll = QScrollArea(page)
        privacy_scroll.setWidget(self.privacy)
        privacy_scroll.setWidgetResizable(True)
        privacy_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        privacy_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        privacy_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        privacy_scroll.setStyleSheet("background: transparent;")
        self.privacy_scroll = privacy_scroll
        consent_column.addWidget(privacy_scroll)
        self.consent = QCheckBox(
            translate("Kiosk", "Ja, ik ga akkoord met de tekst hierboven"), page
        )
        self.consent.setObjectName("kioskConsent")
        self.consent.setAccessibleName(
            translate("Kiosk", "Toestemming: ik ga akkoord met de privacytekst")
        )
        self.consent.installEventFilter(self)
        consent_column.addWidget(self.consent)
        self.errors["consent"] = self._error_label(page, "consent")
        consent_column.addWidget(self.errors["consent"])
        self.print_pack = QCheckBox(translate("Kiosk", "Pakket nu afdrukken"), page)
        self.print_pack.setObjectName("printPack")
        self.print_pack.setToolTip(
            translate("Kiosk", "Het informatiepakket meteen afdrukken en meegeven")
        )
        self.print_pack.installEventFilter(self)
        _scaled(self.print_pack, 0.8)
        self.print_pack.setVisible(self.can_print)
        save_column.addStretch(1)
        save_column.addWidget(self.print_pack)
        self.summary = QLabel(page)
        self.summary.setObjectName("kioskSummary")
        self.summary.setWordWrap(True)
        _scaled(self.summary, 0.85, bold=True)
        self.summary.hide()
        save_column.addWidget(self.summary)
        self.save_button = QPushButton(translate("Kiosk", "Opslaan"), page)
        self.save_button.setObjectName("kioskSave")
        self.save_button.setToolTip(
            translate("Kiosk", "Opslaan (Enter op deze knop, of Ctrl+Enter)")
        )
        _scaled(self.save_button, 1.1, bold=True)
        self.save_button.clicked.connect(self.save)
        self.save_button.installEventFilter(self)
        save_column.addWidget(self.save_button)
        self.form_page = page
        self.pages.addWidget(page)

        chain: list[QWidget] = [
            *(self.fields[k] for k in FIELDS),
            *self.toggles.values(),
            self.consent,
            self.print_pack,
            self.save_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for key, edit in self.fields.items():
            edit.editingFinished.connect(lambda k=key: self._check_one(k))
            edit.textEdited.connect(lambda _text, k=key: self._edited(k))

    def _build_thanks(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.thanks_title = QLabel(translate("Kiosk", "Dank u wel!"), page)
        self.thanks_title.setObjectName("thanksTitle")
        self.thanks_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scaled(self.thanks_title, 2.4, bold=True)
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
                "Kiosk", "Zo dadelijk staat het formulier weer klaar voor de volgende bezoeker."
            ),
            page,
        )
        self.thanks_next.setObjectName("kioskHint")
        self.thanks_next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scaled(self.thanks_next, 0.8)
        layout.addWidget(self.thanks_title)
        layout.addWidget(self.thanks_text)
        layout.addWidget(self.thanks_print)
        layout.addWidget(self.thanks_next)
        layout.addSpacing(30)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self.thanks_page = page
        self.pages.addWidget(page)

    def _build_leave(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        heading = QLabel(translate("Kiosk", "Kiosk verlaten"), page)
        _scaled(heading, 1.3, bold=True)
        top.addWidget(heading, 1)
        self.back_button = QPushButton(translate("Kiosk", "Terug naar het formulier"), page)
        self.back_button.setObjectName("backToForm")
        self.back_button.clicked.connect(self.back_to_form)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        layout.addWidget(
            self._hint(
                translate(
                    "Kiosk",
                    "Alleen voor medewerkers. Typ de kiosk-pincode, of log in als werver. "
                    "Bezoeker? Tik op 'Terug naar het formulier'.",
                ),
                page,
            )
        )
        # Right under the explanation, where the eye is after a wrong PIN.
        self.leave_message = self._error_label(page, "leave")
        layout.addWidget(self.leave_message)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        pin_column = QVBoxLayout()
        pin_column.setSpacing(8)  # (a child layout would take the 48 between the columns)
        self.pin = self._line(page, "kioskPin", translate("Kiosk", "Kiosk-pincode"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        self.pin.setInputMethodHints(self.pin.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self.leave_with_pin)
        pin_column.addWidget(self._caption(translate("Kiosk", "&Pincode"), page, self.pin))
        pin_column.addWidget(self.pin)
        keypad = QGridLayout()
        keypad.setSpacing(6)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "wis", "0", "⌫"]
        for index, key in enumerate(keys):
            button = QPushButton(page)
            button.setObjectName("keypadKey")
            if key == "wis":
                button.setText(translate("Kiosk", "Wis"))
                button.setAccessibleName(translate("Kiosk", "Pincode wissen"))
                button.clicked.connect(self.pin.clear)
            elif key == "⌫":
                button.setText("⌫")
                button.setAccessibleName(translate("Kiosk", "Laatste cijfer weg"))
                button.clicked.connect(self.pin.backspace)
            else:
                button.setText(key)
                button.clicked.connect(lambda _c=False, k=key: self.pin.insert(k))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            keypad.addWidget(button, index // 3, index % 3)
        pin_column.addLayout(keypad)
        self.pin_button = QPushButton(translate("Kiosk", "Verlaten met pincode"), page)
        self.pin_button.setObjectName("leaveButton")
        self.pin_button.clicked.connect(self.leave_with_pin)
        pin_column.addWidget(self.pin_button)
        columns.addLayout(pin_column, 1)

        login_column = QVBoxLayout()
        login_column.setSpacing(8)
        login_caption = QLabel(translate("Kiosk", "Of log in als werver:"), page)
        _scaled(login_caption, 0.9, bold=True)
        login_column.addWidget(login_caption)
        self.username = self._line(page, "leaveUsername", translate("Kiosk", "Gebruikersnaam"))
        self.password = self._line(page, "leavePassword", translate("Kiosk", "Wachtwoord"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.leave_with_login)
        self.username.returnPressed.connect(self.password.setFocus)
        login_column.addWidget(
            self._caption(translate("Kiosk", "&Gebruikersnaam"), page, self.username)
        )
        login_column.addWidget(self.username)
        login_column.addWidget(
            self._caption(translate("Kiosk", "&Wachtwoord"), page, self.password)
        )
        login_column.addWidget(self.password)
        self.login_button = QPushButton(translate("Kiosk", "Verlaten met inloggen"), page)
        self.login_button.setObjectName("leaveButton")
        self.login_button.clicked.connect(self.leave_with_login)
        login_column.addWidget(self.login_button)
        columns.addLayout(login_column, 1)
        columns.setAlignment(login_column, Qt.AlignmentFlag.AlignTop)
        columns.setAlignment(pin_column, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.leave_page = page
        self.pages.addWidget(page)

    # ----------------------------------------------------------------- start

    def _load_start(self) -> None:
        """The privacy text, the response norm and (for the setup) today's events."""
        db = self.db

        def work() -> tuple[Any, int, list[str]]:
            text = current_consent_text(db)
            norm = load_response_norm(db)
            today = lists.format_date(clock.today())
            names: list[str] = []
            page = lists.source_for("events").fetch(db, 0, 60)
            for row in page.rows:
                name, when = str(row[1]), str(row[2])
                if when.startswith(today) and name not in names:
                    names.append(name)
            return text, norm.nieuw, names[:4]

        def failed(error: BaseException) -> None:
            self.consent_loaded = True
            self._show_privacy(None)
            report_failure(error, self)

        run_in_background(work, owner=self, on_success=self._started, on_failure=failed)

    def _started(self, result: tuple[Any, int, list[str]]) -> None:
        text, days, names = result
        self.consent_loaded = True
        self.norm_days = max(1, days)
        self._show_privacy(text)
        for name in names:
            button = QPushButton(name, self.setup_page)
            button.setObjectName("keypadKey")
            button.clicked.connect(lambda _c=False, n=name: self.event_field.setText(n))
            self.today_events.addWidget(button)
        if names:
            self.today_events.addStretch(1)
            self.apply_fonts()

    def _show_privacy(self, text: Any) -> None:
        if text is None:
            self.consent_version = None
            self.privacy.setText(
                translate(
                    "Kiosk",
                    "Er is nog geen privacytekst vastgelegd, dus toestemming kan niet worden "
                    "bewaard. Medewerker: laat een beheerder de tekst toevoegen.",
                )
            )
            self.consent.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.consent_version = str(text.version)
        self.privacy.setText(str(text.text))
        self.privacy.setAccessibleName(
            translate("Kiosk", "Privacytekst (versie {version}): {text}").format(
                version=text.version, text=text.text
            )
        )
        self.consent.setEnabled(True)
        self.save_button.setEnabled(not self.busy)

    def _start_clicked(self) -> None:
        name = " ".join(self.event_field.text().split())
        if not name:
            self._set_error(
                self.setup_error, translate("Kiosk", "Vul de naam van het evenement in.")
            )
            self.event_field.setFocus()
            return
        if len(name) > EVENT_NAME_MAX:
            self._set_error(
                self.setup_error,
                translate("Kiosk", "De naam is te lang. Gebruik hoogstens {n} tekens.").format(
                    n=EVENT_NAME_MAX
                ),
            )
            return
        self.event_name = name
        self._clear_line(self.event_field)
        self._set_error(self.setup_error, "")
        self._begin()

    def _begin(self) -> None:
        self.subtitle.setText(
            translate("Kiosk", "{event} · {date}").format(
                event=self.event_name, date=lists.format_date(clock.today())
            )
        )
        self.pages.setCurrentWidget(self.form_page)
        self.staff_line.show()
        self.fields["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._idle_timer.start()

    # ----------------------------------------------------------------- checking

    def _set_error(self, target: QLabel, text: str) -> None:
        target.setText(text)
        target.setAccessibleName(text)
        target.setVisible(bool(text))

    def _mark(self, key: str, message: str) -> None:
        row = "first_name" if key == "last_name" else key
        self._set_error(self.errors[row], message)
        edits = (
            [self.fields["first_name"], self.fields["last_name"]]
            if row == "first_name"
            else [self.fields[key]]
            if key in self.fields
            else []
        )
        for edit in edits:
            edit.setProperty("invalid", bool(message))
            edit.setAccessibleDescription(message)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def _check_one(self, key: str) -> None:
        """Check a field when it is left; nothing typed is changed."""
        if key in ("first_name", "last_name"):
            for part in ("first_name", "last_name"):
                error = check_field(part, self.fields[part].text())
                if error is not None:
                    self._mark("first_name", error.message)
                    return
            self._mark("first_name", "")
            return
        error = check_field(key, self.fields[key].text())
        self._mark(key, error.message if error else "")

    def _edited(self, key: str) -> None:
        """Typing in a field with a message: the message goes as soon as it is right."""
        row = "first_name" if key == "last_name" else key
        if not self.errors[row].isHidden() and check_field(key, self.fields[key].text()) is None:
            self._check_one(key)
        self._summary("")

    def _summary(self, text: str) -> None:
        self._set_error(self.summary, text)

    def values(self) -> RequestInput:
        # "de Vries" typed as the last name: the tussenvoegsel goes where it belongs.
        prefix, last = split_last_name(self.fields["last_name"].text())
        return RequestInput(
            first_name=self.fields["first_name"].text(),
            name_prefix=prefix,
            last_name=last,
            email=self.fields["email"].text(),
            phone=self.fields["phone"].text(),
            postcode=self.fields["postcode"].text(),
            interests=tuple(i for i, b in self.toggles.items() if b.isChecked()),
            source=Source.POPUP,
            event_name=self.event_name,
            consent_contact=True,
            consent_store=True,
            consent_at=clock.now(),
            consent_text_version=self.consent_version or "",
        )

    def problems(self) -> list[ValidationError]:
        """Everything to put right before the visitor can be saved."""
        found = validate_request_input(self.values())
        errors = list(found) if isinstance(found, list) else []
        if not self.consent.isChecked():
            errors.append(
                ValidationError(
                    translate(
                        "Kiosk",
                        "Vink het vakje aan als u akkoord gaat. Zonder toestemming mogen we uw "
                        "gegevens niet bewaren.",
                    ),
                    field="consent",
                )
            )
        return errors

    def _show_problems(self, errors: list[ValidationError]) -> None:
        for key in ("first_name", "email", "phone", "postcode", "consent"):
            self._mark(key, "")
        where = {
            "name": "first_name",
            "first_name": "first_name",
            "last_name": "first_name",
            "name_prefix": "first_name",
            "contact": "email",
            "email": "email",
            "phone": "phone",
            "postcode": "postcode",
            "consent": "consent",
            "consent_contact": "consent",
            "consent_text_version": "consent",
        }
        loose: list[str] = []
        shown: dict[str, list[str]] = {}
        for error in errors:
            key = where.get(error.field or "")
            if key is None:
                loose.append(error.message)
            else:
                shown.setdefault(key, []).append(error.message)
        for key, messages in shown.items():
            self._mark(key, " ".join(messages))
        order = ["first_name", "email", "phone", "postcode", "consent"]
        first = next((k for k in order if k in shown), None)
        if first == "consent":
            self.consent.setFocus()
        elif first is not None:
            self.fields[first].setFocus()
        self._summary(
            " ".join(loose)
            if loose
            else translate("Kiosk", "Nog niet opgeslagen: kijk bij de rode tekst.")
        )

    # ----------------------------------------------------------------- saving

    def _save_shortcut(self) -> None:
        if self.pages.currentWidget() is self.form_page:
            self.save()

    def save(self) -> None:
        """Save the visitor now (own committed transaction), then thank and clear."""
        if self.busy or self.pages.currentWidget() is not self.form_page:
            return
        if not self.consent_loaded:
            self._summary(translate("Kiosk", "Een ogenblik: de privacytekst wordt nog geladen."))
            return
        if self.consent_version is None:
            self._summary(
                translate(
                    "Kiosk",
                    "Opslaan kan niet: er is geen privacytekst. Vraag een beheerder om hulp.",
                )
            )
            return
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        data = self.values()
        printing = self.can_print and self.print_pack.isChecked()
        db, username, user_id = self.db, self.actor.username, self.actor.user_id
        self._set_busy(True)

        def work() -> int:
            return create_request(db, data, username=username, user_id=user_id).id

        run_in_background(
            work,
            owner=self,
            on_success=lambda request_id: self._saved(request_id, printing),
            on_failure=self._save_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy and self.consent_version is not None)
        self.save_button.setText(
            translate("Kiosk", "Bezig met opslaan…") if busy else translate("Kiosk", "Opslaan")
        )
        for widget in (*self.fields.values(), *self.toggles.values(), self.consent):
            widget.setEnabled(not busy)

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
            self._show_problems(error.errors)
        elif isinstance(error, UserError):
            self._summary(error.message)
        else:
            self._summary(
                translate(
                    "Kiosk", "Opslaan is niet gelukt. Probeer het nog eens of vraag een medewerker."
                )
            )
            report_failure(error, self)

    def _print(self, request_id: int) -> None:
        if self._printer is None:
            self._printer = (self._printer_factory or _default_printer)()
        printer = self._printer
        db, username, user_id = self.db, self.actor.username, self.actor.user_id

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
            lambda: print_pack(db, request_id, printer, username=username, user_id=user_id),
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

    @staticmethod
    def _clear_line(edit: QLineEdit) -> None:
        """Empty a field and its undo history: Ctrl+Z brings nothing back."""
        edit.setText("")  # setText clears the undo and redo history, unlike clear()
        edit.setModified(False)
        edit.setAccessibleDescription("")
        edit.setProperty("invalid", False)
        edit.style().unpolish(edit)
        edit.style().polish(edit)

    def clear_form(self) -> None:
        """The empty form for the next visitor: no text, no ticks, no messages."""
        for edit in self.fields.values():
            self._clear_line(edit)
        for button in self.toggles.values():
            button.setChecked(False)
        self.consent.setChecked(False)
        for error in self.errors.values():
            self._set_error(error, "")
        self._summary("")
        self.fields["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def has_input(self) -> bool:
        return (
            any(e.text() for e in self.fields.values())
            or any(b.isChecked() for b in self.toggles.values())
            or self.consent.isChecked()
        )

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
            self._summary(
                translate(
                    "Kiosk",
                    "Het formulier is leeggemaakt omdat er een tijd niets gebeurde. Begin "
                    "gerust opnieuw.",
                )
            )
        elif page is self.leave_page:
            self.back_to_form()

    def _toggle_text(self, button: QPushButton, interest: Interest) -> None:
        # A tick as well as the colour, so the choice is clear without seeing colour.
        button.setText(("✓  " if button.isChecked() else "○  ") + label(interest))

    # ----------------------------------------------------------------- leaving

    def show_leave(self) -> None:
        if self.busy:
            return
        self._thanks_timer.stop()
        self._clear_leave_fields()
        self._set_error(self.leave_message, "")
        self.pages.setCurrentWidget(self.leave_page)
        self.leave_button.hide()
        self.pin.setFocus()
        db = self.db

        def known(present: bool) -> None:
            if not present and self.pages.currentWidget() is self.leave_page:
                self._set_error(
                    self.leave_message,
                    translate(
                        "Kiosk",
                        "Er is nog geen kiosk-pincode ingesteld. Laat een werver inloggen; een "
                        "beheerder kan de pincode instellen via Beheer.",
                    ),
                )

        run_in_background(lambda: has_kiosk_pin(db), owner=self, on_success=known)

    def _clear_leave_fields(self) -> None:
        for edit in (self.pin, self.username, self.password):
            self._clear_line(edit)

    def back_to_form(self) -> None:
        self._clear_leave_fields()
        self.leave_button.show()
        self._set_error(self.leave_message, "")
        if self.event_name:
            self.pages.setCurrentWidget(self.form_page)
            self.fields["first_name"].setFocus()
            self._idle_timer.start()
        else:
            self.pages.setCurrentWidget(self.setup_page)
            self.event_field.setFocus()

    def _set_leave_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.pin_button, self.login_button, self.back_button):
            widget.setEnabled(not busy)

    def leave_with_pin(self) -> None:
        if self.busy:
            return
        pin = self.pin.text()
        if not pin:
            self._set_error(self.leave_message, translate("Kiosk", "Typ eerst de pincode."))
            self.pin.setFocus()
            return
        self._leave(lambda db: leave_kiosk(db, pin=pin))

    def leave_with_login(self) -> None:
        if self.busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._set_error(
                self.leave_message, translate("Kiosk", "Vul uw gebruikersnaam en wachtwoord in.")
            )
            (self.username if not username else self.password).setFocus()
            return
        self._leave(lambda db: leave_kiosk(db, username=username, password=password))

    def _leave(self, attempt: Callable[[Database], Actor | None]) -> None:
        db = self.db
        self._set_leave_busy(True)
        self._set_error(self.leave_message, "")

        def done(who: Actor | None) -> None:
            self._set_leave_busy(False)
            self._clear_leave_fields()
            self.leaving = True
            self.clear_form()
            self.left.emit(who)
            self.close()

        def failed(error: BaseException) -> None:
            self._set_leave_busy(False)
            self._clear_line(self.pin)
            self._clear_line(self.password)
            if isinstance(error, UserError):
                self._set_error(self.leave_message, error.message)
                self.pin.setFocus()
            else:
                report_failure(error, self)

        run_in_background(lambda: attempt(db), owner=self, on_success=done, on_failure=failed)

    # ----------------------------------------------------------------- events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
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
            if watched in (self.save_button,):
                self.save()
                return True
            if watched is self.next_button:
                self.next_visitor()
                return True
            if watched is self.start_button:
                self._start_clicked()
                return True
            if isinstance(watched, QAbstractButton) and watched in (
                *self.toggles.values(),
                self.consent,
                self.print_pack,
            ):
                self.focusNextChild()
                return True
            if isinstance(watched, QLineEdit) and watched in self.fields.values():
                self._check_one(watched.objectName())
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
    db: Database,
    actor: Actor,
    event_name: str | None = None,
    parent: QWidget | None = None,
) -> QWidget:
    """Open the kiosk full screen for ``actor`` (who is named in the audit trail).

    Without ``event_name`` the kiosk first asks which event it is. The returned widget
    has the signal ``left(actor_or_none)``; it closes itself when left."""
    kiosk = KioskWindow(db, actor, event_name, parent)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kiosk.showFullScreen()
    kiosk.raise_()
    kiosk.activateWindow()
    return kiosk


def run_kiosk(
    db_url: str,
    event_name: str | None,
    *,
    actor: Actor | None = None,
    lang: str | None = None,
    argv: list[str] | None = None,
) -> int:
    """``utregs-plekkie kiosk --event "NAAM"``: the kiosk as the whole program.

    Without ``actor`` the login comes first (the stand's account or a werver). Leaving
    with a werver's login opens the main window for them; with the PIN, the login."""
    from PySide6.QtWidgets import QMessageBox

    from utregs_plekkie.gui import errors
    from utregs_plekkie.gui.app import APP_DISPLAY_NAME, create_application
    from utregs_plekkie.gui.i18n import install_translator
    from utregs_plekkie.gui.settings import UiState
    from utregs_plekkie.storage.database import open_database

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
    keep: dict[str, object] = {}

    def after(who: object) -> None:
        from utregs_plekkie.gui.trust.session import AppSession

        session = AppSession(db, state, quit_app=app.quit)
        keep["session"] = session
        session.start(who if isinstance(who, Actor) else None)

    def start(who: Actor) -> None:
        kiosk = open_kiosk(db, who, event_name)
        kiosk.left.connect(after)  # type: ignore[attr-defined]
        keep["kiosk"] = kiosk

    if actor is not None:
        start(actor)
    else:
        from utregs_plekkie.gui.trust.login import LoginAttempts, LoginDialog

        login = LoginDialog(db, LoginAttempts())
        login.logged_in.connect(start)
        login.rejected.connect(app.quit)
        keep["login"] = login
        login.show()
    try:
        return app.exec()
    finally:
        session = keep.get("session")
        close = getattr(session, "close", None)
        if callable(close):
            close()
        db.dispose()
