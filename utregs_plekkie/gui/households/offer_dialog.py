"""The editor of one availability offer: care form, the weekly grid, weekends, holidays,
capacity, ages, siblings, the needs the family can handle, the maximum distance, the
period it is valid and whether it is paused; for an offer that exists, also its
pauses ("niet in de zomer van 2027"), which are saved at once. It shows what active
placements leave of it (``offer_overview``): free places, and the grid cells they use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import CareForm, HouseholdRoute, Need, WeekendPattern, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.form_dialog import FormDialog
from utregs_plekkie.gui.households.schedule_grid import ScheduleEditor
from utregs_plekkie.gui.households.widgets import (
    CheckList,
    DateField,
    MessageBar,
    format_date,
    hint,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.households import (
    OfferData,
    OfferOverview,
    add_offer,
    add_offer_pause,
    offer_overview,
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
        ctx: AppContext,
        household_id: int,
        route: HouseholdRoute,
        overview: OfferOverview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
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
        actor = self.ctx.actor
        db, hid, offer_id, version = self.db, self.household_id, self.offer_id, self.version
        if offer_id is None or version is None:
            return lambda: add_offer(db, hid, data, actor=actor)
        return lambda: update_offer(db, offer_id, version, data, actor=actor)

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
        actor = self.ctx.actor
        db, offer_id, reason = self.db, self.offer_id, self.pause_reason.text()

        def done(_pause_id: int) -> None:
            self.pause_from.clear()
            self.pause_to.clear()
            self.pause_reason.clear()
            self._refresh_pauses()

        run_in_background(
            lambda: add_offer_pause(db, offer_id, starts, ends, reason, actor=actor),
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
        actor = self.ctx.actor
        db = self.db
        run_in_background(
            lambda: remove_offer_pause(db, pause_id, actor=actor),
            owner=self,
            on_success=lambda _none: self._refresh_pauses(),
            on_failure=self._pause_failed,
        )

    def _pause_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.pause_bar.show_message(error.message, "error")
        else:
            report_failure(error, self)
