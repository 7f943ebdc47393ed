"""What a family can offer: the availability offers, their editor and their pauses.

:class:`OfferDialog` edits one offer: care form, the weekly grid, weekends, holidays,
capacity, ages, siblings, the needs the family can handle, the maximum distance, the
period it is valid and whether it is paused; for an offer that exists, also its
pauses ("niet in de zomer van 2027"), which are saved at once. It shows what active
placements leave of it (``offer_overview``): free places, and the grid cells they use.

:class:`OffersPanel` is the "Beschikbaarheid" tab of a family: one row per offer with
what is left of it.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import CareForm, HouseholdRoute, Need, WeekendPattern, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.dialogs import FormDialog
from utregs_plekkie.gui.households.schedule_grid import ScheduleEditor
from utregs_plekkie.gui.households.widgets import (
    CheckList,
    DateField,
    FlowLayout,
    MessageBar,
    actor_of,
    format_date,
    hint,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    OfferData,
    OfferOverview,
    add_offer,
    add_offer_pause,
    offer_overview,
    remove_offer,
    remove_offer_pause,
    update_offer,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def care_forms_for(route: HouseholdRoute) -> list[CareForm]:
    """Support parents offer only a few hours; foster parents any form of care."""
    if route == HouseholdRoute.STEUNOUDER:
        return [CareForm.STEUNOUDER]
    return list(CareForm)


def default_offer(route: HouseholdRoute) -> OfferData:
    care = CareForm.STEUNOUDER if route == HouseholdRoute.STEUNOUDER else CareForm.VOLTIJD_LANG
    return OfferData(care_form=care)


def weekend_text(pattern: WeekendPattern) -> str:
    return label(pattern)


class OfferDialog(FormDialog[OfferData]):
    """Add or edit an availability offer (version-checked)."""

    pauses_changed = Signal()

    def __init__(
        self,
        db: Database,
        household_id: int,
        route: HouseholdRoute,
        overview: OfferOverview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, "", parent)
        self.set_title(
            self.tr("Beschikbaarheid wijzigen")
            if overview
            else self.tr("Beschikbaarheid toevoegen")
        )
        self.household_id = household_id
        self.route = route
        self.offer_id = overview.offer_id if overview else None
        self.overview = overview

        self.care_form = QComboBox(self)
        self.care_form.setObjectName("care_form")
        for care in care_forms_for(route):
            self.care_form.addItem(label(care), care.value)
        self.weekend = QComboBox(self)
        self.weekend.setObjectName("weekend_pattern")
        for pattern in WeekendPattern:
            self.weekend.addItem(weekend_text(pattern), pattern.value)
        self.holidays = QCheckBox(self.tr("Ook in de schoolvakanties"), self)
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 12)
        self.capacity.setSuffix(self.tr(" tegelijk"))
        ages = QWidget(self)
        ages_row = QHBoxLayout(ages)
        ages_row.setContentsMargins(0, 0, 0, 0)
        self.age_min = QSpinBox(ages)
        self.age_min.setRange(0, 21)
        self.age_min.setAccessibleName(self.tr("Leeftijd van"))
        self.age_max = QSpinBox(ages)
        self.age_max.setRange(0, 21)
        self.age_max.setAccessibleName(self.tr("Leeftijd tot en met"))
        ages_row.addWidget(self.age_min)
        ages_row.addWidget(QLabel(self.tr("tot en met"), ages))
        ages_row.addWidget(self.age_max)
        ages_row.addWidget(QLabel(self.tr("jaar"), ages))
        ages_row.addStretch(1)
        self.siblings = QCheckBox(self.tr("Broers en zussen samen zijn welkom"), self)
        self.distance = QSpinBox(self)
        self.distance.setObjectName("max_distance_km")
        self.distance.setRange(0, 500)
        self.distance.setSuffix(" km")
        self.distance.setSpecialValueText(self.tr("maakt niet uit"))
        self.valid_from = DateField("valid_from", self)
        self.valid_to = DateField("valid_to", self)
        self.paused = QCheckBox(self.tr("Tijdelijk niet beschikbaar (zonder einddatum)"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)

        f = self.form
        f.add_row("care_form", self.tr("Zorgvorm:"), self.care_form)
        f.add_row("capacity", self.tr("Aantal kinderen:"), self.capacity)
        f.add_row("age_min", self.tr("Leeftijd:"), ages)
        f.alias("age_max", "age_min")
        f.add_row("siblings", self.tr("Broers en zussen:"), self.siblings)
        f.add_row("weekend_pattern", self.tr("Weekenden:"), self.weekend)
        f.add_row("holidays", self.tr("Vakanties:"), self.holidays)
        f.add_row("max_distance_km", self.tr("Maximale afstand:"), self.distance)
        f.add_row("valid_from", self.tr("Geldig vanaf:"), self.valid_from)
        f.add_row("valid_to", self.tr("Geldig tot en met:"), self.valid_to)
        f.add_row("paused", self.tr("Pauze:"), self.paused)
        f.add_row("notes", self.tr("Opmerkingen:"), self.notes)

        right = QVBoxLayout()
        right.setSpacing(8)
        second = QFormLayout()
        self.schedule = ScheduleEditor(self)
        f.add_row("schedule", self.tr("Weekrooster:"), self.schedule, second)
        self.needs = CheckList([(n.value, label(n)) for n in Need], columns=2, parent=self)
        f.add_row("needs_ok", self.tr("Kan omgaan met:"), self.needs, second)
        right.addLayout(second)

        self.left_over = QLabel(self)
        self.left_over.setObjectName("leftOver")
        self.left_over.setWordWrap(True)
        right.addWidget(self.left_over)

        self.pauses_box = QGroupBox(self.tr("Pauzes (bijvoorbeeld niet in de zomer)"), self)
        pauses = QVBoxLayout(self.pauses_box)
        self.pause_bar = MessageBar(self.pauses_box)
        pauses.addWidget(self.pause_bar)
        self.pause_list = QListWidget(self.pauses_box)
        self.pause_list.setAccessibleName(self.tr("Pauzes van dit aanbod"))
        self.pause_list.setMaximumHeight(self.fontMetrics().height() * 5)
        pauses.addWidget(self.pause_list)
        add_row = QHBoxLayout()
        self.pause_from = DateField("starts_on", self.pauses_box)
        self.pause_from.setAccessibleName(self.tr("Pauze vanaf"))
        self.pause_to = DateField("ends_on", self.pauses_box)
        self.pause_to.setAccessibleName(self.tr("Pauze tot en met"))
        self.pause_reason = QLineEdit(self.pauses_box)
        self.pause_reason.setPlaceholderText(self.tr("reden, bijvoorbeeld zomervakantie"))
        self.pause_reason.setAccessibleName(self.tr("Reden van de pauze"))
        self.add_pause_button = QPushButton(self.tr("Pauze toevoegen"), self.pauses_box)
        self.add_pause_button.clicked.connect(self.add_pause)
        self.remove_pause_button = QPushButton(self.tr("Verwijderen"), self.pauses_box)
        self.remove_pause_button.setAccessibleName(self.tr("Gekozen pauze verwijderen"))
        self.remove_pause_button.clicked.connect(self.remove_pause)
        add_row.addWidget(QLabel(self.tr("van"), self.pauses_box))
        add_row.addWidget(self.pause_from)
        add_row.addWidget(QLabel(self.tr("t/m"), self.pauses_box))
        add_row.addWidget(self.pause_to)
        add_row.addWidget(self.pause_reason, 1)
        add_row.addWidget(self.add_pause_button)
        pauses.addLayout(add_row)
        pauses.addWidget(self.remove_pause_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pause_hint = hint(
            self.tr("Pauzes worden meteen opgeslagen; ze gelden naast de gegevens hierboven."),
            self.pauses_box,
        )
        pauses.addWidget(self.pause_hint)
        right.addWidget(self.pauses_box)
        if overview is None:
            self.pauses_box.setEnabled(False)
            self.pause_hint.setText(
                self.tr("Sla het aanbod eerst op; daarna kunt u hier pauzes toevoegen.")
            )
        right.addStretch(1)
        self.body.addLayout(right, 1)

        if overview is not None:
            self.load(overview.data, overview.version)
            self.show_overview(overview)
        else:
            self.load(default_offer(route))
            self.left_over.setText(
                self.tr("Nieuw aanbod: er zijn nog geen kinderen via geplaatst.")
            )
        self.care_form.setFocus()

    # ----------------------------------------------------------------- values

    def collect(self) -> OfferData:
        distance = self.distance.value()
        return OfferData(
            care_form=CareForm(str(self.care_form.currentData())),
            schedule=self.schedule.schedule(),
            weekend_pattern=WeekendPattern(str(self.weekend.currentData())),
            holidays=self.holidays.isChecked(),
            capacity=self.capacity.value(),
            age_min=self.age_min.value(),
            age_max=self.age_max.value(),
            siblings_accepted=self.siblings.isChecked(),
            needs_ok=self.needs.values(),
            max_distance_km=float(distance) if distance else None,
            valid_from=self.valid_from.value(),
            valid_to=self.valid_to.value(),
            paused=self.paused.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def fill(self, data: OfferData) -> None:
        index = self.care_form.findData(CareForm(data.care_form).value)
        if index < 0:  # a form the route no longer allows: show it, the save says why
            self.care_form.addItem(label(CareForm(data.care_form)), CareForm(data.care_form).value)
            index = self.care_form.count() - 1
        self.care_form.setCurrentIndex(index)
        used = self.overview.used_schedule if self.overview else Schedule.empty()
        self.schedule.set_schedule(data.schedule, used)
        self.weekend.setCurrentIndex(max(0, self.weekend.findData(data.weekend_pattern.value)))
        self.holidays.setChecked(data.holidays)
        self.capacity.setValue(data.capacity)
        self.age_min.setValue(data.age_min)
        self.age_max.setValue(data.age_max)
        self.siblings.setChecked(data.siblings_accepted)
        self.needs.set_values(data.needs_ok)
        self.distance.setValue(round(data.max_distance_km) if data.max_distance_km else 0)
        self.valid_from.set_value(data.valid_from)
        self.valid_to.set_value(data.valid_to)
        self.paused.setChecked(data.paused)
        self.notes.setPlainText(data.notes)

    def show_overview(self, overview: OfferOverview) -> None:
        self.overview = overview
        used = overview.used_places
        placed = (
            self.tr("Via dit aanbod is nu geen kind geplaatst.")
            if used == 0
            else self.tr("Via dit aanbod zijn nu {n} kind(eren) geplaatst.").format(n=used)
        )
        text = self.tr("Wat er over is: {summary} {placed}").format(
            summary=overview.summary, placed=placed
        )
        if not overview.used_schedule.is_empty:
            text += " " + self.tr("Bezet in het rooster: {cells}.").format(
                cells=overview.used_schedule.describe()
            )
        self.left_over.setText(text)
        self.left_over.setAccessibleName(text)
        self.pause_list.clear()
        if not overview.pauses:
            empty = QListWidgetItem(self.tr("Geen pauzes."), self.pause_list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        for pause in overview.pauses:
            caption = self.tr("{start} t/m {end}").format(
                start=format_date(pause.starts_on), end=format_date(pause.ends_on)
            )
            if pause.reason:
                caption += f": {pause.reason}"
            item = QListWidgetItem(caption, self.pause_list)
            item.setData(Qt.ItemDataRole.UserRole, pause.pause_id)
        self.remove_pause_button.setEnabled(bool(overview.pauses))

    def save_work(self, data: OfferData) -> Callable[[], Any]:
        username, user_id = self.actor()
        db, hid, offer_id, version = self.db, self.household_id, self.offer_id, self.version
        if offer_id is None or version is None:
            return lambda: add_offer(db, hid, data, username=username, user_id=user_id)
        return lambda: update_offer(db, offer_id, version, data, username=username, user_id=user_id)

    def latest(self) -> tuple[OfferData, int] | None:
        for overview in offer_overview(self.db, self.household_id):
            if overview.offer_id == self.offer_id:
                return overview.data, overview.version
        return None

    # ----------------------------------------------------------------- pauses

    def _refresh_pauses(self) -> None:
        db, hid, offer_id = self.db, self.household_id, self.offer_id

        def arrived(overviews: list[OfferOverview]) -> None:
            for overview in overviews:
                if overview.offer_id == offer_id:
                    self.show_overview(overview)
                    # The pause bumps the offer's version: edits continue from it.
                    if self.original is not None:
                        self.version = overview.version
            self.pauses_changed.emit()

        run_in_background(lambda: offer_overview(db, hid), owner=self, on_success=arrived)

    def add_pause(self) -> None:
        if self.offer_id is None:
            return
        self.pause_bar.dismiss()
        try:
            starts, ends = self.pause_from.value(), self.pause_to.value()
        except ValidationError as error:
            self.pause_bar.show_message(error.message, "error")
            return
        if starts is None or ends is None:
            self.pause_bar.show_message(
                self.tr("Vul in van wanneer tot en met wanneer de pauze duurt."), "error"
            )
            (self.pause_from if starts is None else self.pause_to).setFocus()
            return
        username, user_id = actor_of(self)
        db, offer_id, reason = self.db, self.offer_id, self.pause_reason.text()

        def done(_pause_id: int) -> None:
            self.pause_from.clear()
            self.pause_to.clear()
            self.pause_reason.clear()
            self._refresh_pauses()

        run_in_background(
            lambda: add_offer_pause(
                db, offer_id, starts, ends, reason, username=username, user_id=user_id
            ),
            owner=self,
            on_success=done,
            on_failure=self._pause_failed,
        )

    def remove_pause(self) -> None:
        item = self.pause_list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            self.pause_bar.show_message(self.tr("Kies eerst de pauze die weg moet."), "info")
            return
        pause_id = int(item.data(Qt.ItemDataRole.UserRole))
        username, user_id = actor_of(self)
        db = self.db
        run_in_background(
            lambda: remove_offer_pause(db, pause_id, username=username, user_id=user_id),
            owner=self,
            on_success=lambda _none: self._refresh_pauses(),
            on_failure=self._pause_failed,
        )

    def _pause_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.pause_bar.show_message(error.message, "error")
        else:
            report_failure(error, self)


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

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
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
        dialog = OfferDialog(self.db, self.household_id, self.route, overview, self)
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
        username, user_id = actor_of(self)
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
            lambda: remove_offer(
                db, overview.offer_id, overview.version, username=username, user_id=user_id
            ),
            owner=self,
            on_success=done,
            on_failure=failed,
        )
