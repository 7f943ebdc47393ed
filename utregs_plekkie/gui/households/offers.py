"""What a family can offer: :class:`OffersPanel` is the "Beschikbaarheid" tab of a family,
one row per offer with what is left of it; each offer is edited in
:class:`~utregs_plekkie.gui.households.offer_dialog.OfferDialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import HouseholdRoute, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.offer_dialog import OfferDialog
from utregs_plekkie.gui.households.widgets import (
    FlowLayout,
    MessageBar,
    hint,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.households import (
    OfferOverview,
    remove_offer,
)

AnyIndex = QModelIndex | QPersistentModelIndex


# --------------------------------------------------------------------------- the tab


class OffersModel(QAbstractTableModel):
    """A family's offers, each with what its active placements leave."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offers: list[OfferOverview] = []

    def set_offers(self, offers: tuple[OfferOverview, ...] | list[OfferOverview]) -> None:
        self.beginResetModel()
        self._offers = list(offers)
        self.endResetModel()

    def offer(self, row: int) -> OfferOverview | None:
        return self._offers[row] if 0 <= row < len(self._offers) else None

    def _headers(self) -> list[str]:
        return [
            self.tr("Zorgvorm"),
            self.tr("Leeftijd"),
            self.tr("Weekenden"),
            self.tr("Wat er over is"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._offers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def _cell(self, offer: OfferOverview, column: int) -> str:
        if column == 0:
            return label(offer.care_form)
        if column == 1:
            return self.tr("{low}–{high} jaar").format(low=offer.age_min, high=offer.age_max)
        if column == 2:
            return label(offer.weekend_pattern)
        return offer.summary

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        offer = self.offer(index.row()) if index.isValid() else None
        if offer is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(offer, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell(offer, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not offer.available:
            return QColor("#7a6a55")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 4
        ):
            return self._headers()[section]
        return None


class OffersPanel(QWidget):
    """The "Beschikbaarheid" tab: offers, and buttons to add, edit or remove one."""

    #: Something was saved: the family should be reloaded.
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.household_id: int | None = None
        self.route = HouseholdRoute.PLEEGOUDER
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        self.intro = hint(
            self.tr(
                "Wat het gezin kan bieden. 'Wat er over is' houdt "
                "rekening met de kinderen die er nu via zijn geplaatst."
            ),
            self,
        )
        layout.addWidget(self.intro)
        self.model = OffersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("offersTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Beschikbaarheid van het gezin"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_offer())
        layout.addWidget(self.table, 1)
        self.empty = hint(
            self.tr(
                "Nog geen beschikbaarheid vastgelegd. Voeg toe wat het gezin kan bieden, "
                "bijvoorbeeld 'deeltijd: weekenden' met het weekrooster."
            ),
            self,
        )
        layout.addWidget(self.empty)
        buttons = FlowLayout()
        self.add_button = QPushButton(self.tr("Aanbod toevoegen…"), self)
        self.add_button.clicked.connect(self.add_offer)
        self.edit_button = QPushButton(self.tr("Wijzigen…"), self)
        self.edit_button.setAccessibleName(self.tr("Gekozen aanbod wijzigen"))
        self.edit_button.clicked.connect(self.edit_offer)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Gekozen aanbod verwijderen"))
        self.remove_button.clicked.connect(self.remove_offer)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.dialog: OfferDialog | None = None

    def show_offers(
        self, household_id: int, route: HouseholdRoute, offers: tuple[OfferOverview, ...]
    ) -> None:
        current = self.selected()
        self.household_id = household_id
        self.route = route
        self.model.set_offers(offers)
        self.empty.setVisible(not offers)
        self.table.setVisible(bool(offers))
        self.edit_button.setEnabled(bool(offers))
        self.remove_button.setEnabled(bool(offers))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.table.resizeRowsToContents()
        row = 0
        if current is not None:
            row = next((i for i, o in enumerate(offers) if o.offer_id == current.offer_id), 0)
        if offers:
            self.table.selectRow(row)

    def selected(self) -> OfferOverview | None:
        index = self.table.currentIndex()
        return self.model.offer(index.row()) if index.isValid() else None

    def _open(self, overview: OfferOverview | None) -> OfferDialog | None:
        if self.household_id is None:
            return None
        dialog = OfferDialog(self.ctx, self.household_id, self.route, overview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self.changed.emit())
        dialog.pauses_changed.connect(self.changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_offer(self) -> OfferDialog | None:
        return self._open(None)

    def edit_offer(self) -> OfferDialog | None:
        overview = self.selected()
        if overview is None:
            self.bar.show_message(self.tr("Kies eerst het aanbod dat u wilt wijzigen."), "info")
            return None
        return self._open(overview)

    def remove_offer(self) -> None:
        """Ask first (in the bar): removing an offer cannot be undone."""
        overview = self.selected()
        if overview is None:
            self.bar.show_message(self.tr("Kies eerst het aanbod dat weg moet."), "info")
            return
        self.bar.show_message(
            self.tr("Het aanbod '{care}' verwijderen? Dat kan niet ongedaan worden.").format(
                care=label(overview.care_form)
            ),
            "warning",
            [
                (self.tr("Ja, verwijderen"), lambda: self._remove(overview)),
                (self.tr("Niet verwijderen"), self.bar.dismiss),
            ],
        )

    def _remove(self, overview: OfferOverview) -> None:
        actor = self.ctx.actor
        db = self.db

        def done(_none: None) -> None:
            self.bar.show_message(
                self.tr("Het aanbod '{care}' is verwijderd.").format(
                    care=label(overview.care_form)
                ),
                "success",
            )
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(
            lambda: remove_offer(db, overview.offer_id, overview.version, actor=actor),
            owner=self,
            on_success=done,
            on_failure=failed,
        )
