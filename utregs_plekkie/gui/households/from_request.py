"""Aanvraag → gezin in one action: "Aanmelden als gezin…" on the Aanvragen page.

The dialog shows what goes over from the request (name, contact, address, interests)
and the route its interests point to (support parents when that is all the request
asked about, foster parents otherwise); one click makes the family through
``storage.households.request_to_household``, marks the request "aangemeld" and links
the two. From there the new family opens on the Gezinnen page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import HouseholdRoute, label
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.core.pipeline import route_for_interests
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import MessageBar, hint
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.households import request_to_household
from utregs_plekkie.storage.requests import load_request


class RequestToHouseholdDialog(QDialog):
    """Confirm the route and make the family out of one request."""

    #: The family was made: its id.
    created = Signal(int)

    def __init__(self, ctx: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.request_id = request_id
        self.request: m.InfoRequest | None = None
        self.household_id: int | None = None
        self.busy = False
        title = self.tr("Aanmelden als gezin")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        self.intro = hint(
            self.tr(
                "Van deze aanvraag wordt een gezin gemaakt. Naam, contactgegevens en adres "
                "gaan mee; de aanvraag krijgt de status 'aangemeld'."
            ),
            self,
        )
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.name = QLabel(self)
        self.name.setObjectName("requestName")
        self.contact = QLabel(self)
        self.address = QLabel(self)
        self.interests = QLabel(self)
        for widget in (self.name, self.contact, self.address, self.interests):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Naam:"), self.name)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Adres:"), self.address)
        form.addRow(self.tr("Interesse:"), self.interests)
        routes = QWidget(self)
        route_layout = QVBoxLayout(routes)
        route_layout.setContentsMargins(0, 0, 0, 0)
        self.foster = QRadioButton(self.tr("pleegouders (met VGB, gezinsonderzoek)"), routes)
        self.support = QRadioButton(self.tr("steunouders (met VOG, kortere route)"), routes)
        route_layout.addWidget(self.foster)
        route_layout.addWidget(self.support)
        routes.setAccessibleName(self.tr("Route"))
        form.addRow(self.tr("Route:"), routes)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.make_button = QPushButton(self.tr("Gezin aanmaken"), self)
        self.make_button.setObjectName("makeHousehold")
        self.make_button.setDefault(True)
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make)
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        db, request_id, viewer = self.db, self.request_id, self.ctx.actor
        run_in_background(
            lambda: load_request(db, request_id, viewer=viewer),
            owner=self,
            on_success=self._show,
            on_failure=self._failed,
        )

    def _show(self, request: m.InfoRequest) -> None:
        self.request = request
        self.name.setText(request.full_name or self.tr("(nog geen naam)"))
        phone = format_phone(request.phone) if request.phone else ""
        self.contact.setText(" · ".join(p for p in (request.email or "", phone) if p) or "—")
        number = (
            f"{request.house_number}{request.house_number_suffix}"
            if request.house_number is not None
            else ""
        )
        street = " ".join(p for p in (request.street, number) if p)
        place = " ".join(p for p in (request.postcode or "", request.city) if p)
        self.address.setText(", ".join(p for p in (street, place) if p) or "—")
        interests = request.interest_set
        self.interests.setText(", ".join(sorted(label(i) for i in interests)) or "—")
        route = route_for_interests(interests)
        (self.support if route == HouseholdRoute.STEUNOUDER else self.foster).setChecked(True)
        if request.household_id is not None:
            self.bar.show_message(
                self.tr(
                    "Deze aanvraag is al een gezin geworden. Open dat gezin op de pagina Gezinnen."
                ),
                "info",
                [(self.tr("Gezin openen"), lambda: self._open(request.household_id))],
            )
            self.make_button.setEnabled(False)
        else:
            self.make_button.setEnabled(True)

    def route(self) -> HouseholdRoute:
        return HouseholdRoute.STEUNOUDER if self.support.isChecked() else HouseholdRoute.PLEEGOUDER

    def make(self) -> None:
        if self.request is None or self.busy:
            return
        actor = self.ctx.actor
        db, request_id, version, route = (
            self.db,
            self.request_id,
            self.request.version,
            self.route(),
        )
        self.busy = True
        self.make_button.setEnabled(False)
        self.bar.dismiss()
        run_in_background(
            lambda: request_to_household(
                db,
                request_id,
                expected_version=version,
                route=route,
                actor=actor,
            ),
            owner=self,
            on_success=self._made,
            on_failure=self._failed,
        )

    def _made(self, household_id: int) -> None:
        self.busy = False
        self.household_id = household_id
        self.created.emit(household_id)
        self.bar.show_message(
            self.tr(
                "Het gezin is aangemaakt en de aanvraag staat op 'aangemeld'. Vul de gegevens "
                "van het gezin verder aan op de pagina Gezinnen."
            ),
            "success",
            [(self.tr("Gezin openen"), lambda: self._open(household_id))],
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.make_button.setEnabled(self.request is not None and self.household_id is None)
        if isinstance(error, StaleRecordError):
            self.bar.show_message(error.message, "warning", [(self.tr("Opnieuw laden"), self.load)])
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def _open(self, household_id: int | None) -> None:
        if household_id is None:
            return
        self.accept()
        open_household(self.parentWidget(), household_id)


def open_household(widget: QWidget | None, household_id: int) -> bool:
    """Show the family on the Gezinnen page of ``widget``'s main window."""
    window: Any = widget.window() if widget is not None else None
    show_page = getattr(window, "show_page", None)
    if not callable(show_page):
        return False
    show_page("households")
    page = window.page("households")
    opener = getattr(page, "open_household", None)
    if callable(opener):
        opener(household_id)
    return True


def _chosen_request(page: Any) -> int | None:
    """The one request the user chose (several selected: none, the action is for one)."""
    selected = getattr(page, "selected_ids", None)
    if callable(selected):
        ids = list(selected())
        return ids[0] if len(ids) == 1 else None
    current = page.current_id()
    return int(current) if current is not None else None


def open_request_to_household(page: Any) -> RequestToHouseholdDialog | None:
    request_id = _chosen_request(page)
    if request_id is None:
        page.status_message.emit(
            QCoreApplication.translate("RequestToHousehold", "Kies eerst één aanvraag in de lijst.")
        )
        return None
    dialog = RequestToHouseholdDialog(page.ctx, request_id, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.created.connect(lambda _id: page.refresh())
    page.request_dialog = dialog
    dialog.open()
    return dialog


def add_register_as_household_action(page: Any) -> QAction:
    """Put "Aanmelden als gezin…" (Ctrl+Shift+G) in the context menu of the requests
    list of ``page`` and on the page itself."""
    action = QAction(QCoreApplication.translate("RequestToHousehold", "Aanmelden als gezin…"), page)
    action.setObjectName("actionRequestToHousehold")
    action.setShortcut(QKeySequence("Ctrl+Shift+G"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(
        QCoreApplication.translate(
            "RequestToHousehold", "Van de gekozen aanvraag een gezin maken (Ctrl+Shift+G)"
        )
    )
    action.triggered.connect(lambda _checked=False: open_request_to_household(page))
    table = page.table
    if table.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.addAction(action)
    page.addAction(action)
    page.register_household_action = action
    return action
