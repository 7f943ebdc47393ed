"""Evenementen: information evenings, trainings and pop-up events.

The list of events (latest first) beside the detail panel of the chosen one: who is
invited, registered and came, attendance to tick (which moves people on), the
invitation list as CSV and the attendance list to print. The parts live in
``gui/events``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.events.detail import EventDetailPanel
from utregs_plekkie.gui.events.dialogs import EventDialog
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, share_splitter
from utregs_plekkie.gui.pages.base import ListPage


class EventsPage(ListPage):
    key = "events"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._shared = False
        super().__init__(ctx, parent)
        self.current_changed.connect(self.detail.request)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared:
            self._shared = True
            share_splitter(self.splitter, 0.5)

    def title(self) -> str:
        return self.tr("Evenementen")

    def empty_text(self) -> str:
        return self.tr(
            "Nog geen evenementen. Plan een informatieavond, een training of een pop-up "
            "met 'Nieuw evenement…'."
        )

    def build_body(self) -> QWidget:
        list_body = super().build_body()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        tools = FlowLayout(spacing=6)
        self.new_button = QPushButton(self.tr("Nieuw evenement…"), body)
        self.new_button.setToolTip(self.tr("Een informatieavond, training of pop-up plannen"))
        self.new_button.clicked.connect(self.new_event)
        tools.addWidget(self.new_button)
        layout.addLayout(tools)
        self.page_bar = MessageBar(body)
        layout.addWidget(self.page_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.splitter.setChildrenCollapsible(False)
        list_body.setParent(self.splitter)
        self.splitter.addWidget(list_body)
        self.detail = EventDetailPanel(self.ctx, self.splitter)
        self.detail.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter, 1)
        self.detail.changed.connect(self._event_changed)
        self.detail.removed.connect(self._event_removed)
        return body

    def open_event(self, event_id: int) -> None:
        self.detail.request(event_id, now=True)

    def new_event(self) -> EventDialog:
        dialog = EventDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, event_id: Any) -> None:
        self.page_bar.show_message(
            self.tr("Het evenement is aangemaakt. Nodig nu mensen uit met 'Uitnodigen…'."),
            "success",
        )
        self._event_changed(int(event_id))
        self.open_event(int(event_id))

    def _event_changed(self, _event_id: int) -> None:
        self.model.reload()
        self._load_counts()

    def _event_removed(self, _event_id: int) -> None:
        self.page_bar.show_message(self.tr("Het evenement is verwijderd."), "success")
        self._event_changed(_event_id)

    def refresh(self) -> None:
        super().refresh()
        self.detail.reload()
