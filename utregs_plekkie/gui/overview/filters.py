"""What the Overzicht page looks at: a period, a provider and a wijk.

The period is one of a few presets (the last twelve months to start with) or two dates
of the user's own ("aangepast"). The two date fields always show the period in use;
editing one switches the preset to "aangepast". A period that ends before it starts is
refused with a Dutch sentence and the dates stay as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Provider, label
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.overview import check_period, default_period
from utregs_plekkie.gui.households.widgets import FlowLayout

__all__ = [
    "DEFAULT_PRESET",
    "FilterBar",
    "Preset",
    "Selection",
    "from_qdate",
    "preset_period",
    "to_qdate",
]

#: How long the page waits after a date was edited before it computes (typing a date
#: changes it several times).
DATE_DELAY_MS = 450


class Preset(StrEnum):
    DEZE_MAAND = "deze_maand"
    DIT_KWARTAAL = "dit_kwartaal"
    LAATSTE_12_MAANDEN = "laatste_12_maanden"
    DIT_JAAR = "dit_jaar"
    VORIG_JAAR = "vorig_jaar"
    AANGEPAST = "aangepast"


DEFAULT_PRESET = Preset.LAATSTE_12_MAANDEN


def preset_period(preset: Preset, today: date | None = None) -> tuple[date, date]:
    """The first and last day (both counted) of a preset period, up to today.

    ``AANGEPAST`` has no period of its own; it gives the default one.
    """
    day = today or clock.today()
    if preset is Preset.DEZE_MAAND:
        return date(day.year, day.month, 1), day
    if preset is Preset.DIT_KWARTAAL:
        first_month = 3 * ((day.month - 1) // 3) + 1
        return date(day.year, first_month, 1), day
    if preset is Preset.DIT_JAAR:
        return date(day.year, 1, 1), day
    if preset is Preset.VORIG_JAAR:
        return date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)
    return default_period(day)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class Selection:
    """What to compute: requests received from ``period_from`` up to and including
    ``period_to``; ``provider``/``wijk_code`` None for all."""

    period_from: date
    period_to: date
    provider: Provider | None = None
    wijk_code: str | None = None


class FilterBar(QWidget):
    """Period preset, two dates, provider and wijk, in one row that wraps."""

    #: The selection changed (after a short pause for typed dates).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewFilters")
        # Label and field stay together; the groups wrap in a narrow window.
        layout = FlowLayout(self, spacing=16)
        period_group, period_group_row = self._group(layout)
        dates_group, dates_group_row = self._group(layout)
        provider_group, provider_group_row = self._group(layout)
        wijk_group, wijk_group_row = self._group(layout)

        period_label = QLabel(self.tr("&Periode:"), period_group)
        self.preset = QComboBox(period_group)
        self.preset.setObjectName("periodPreset")
        for preset, text in (
            (Preset.DEZE_MAAND, self.tr("Deze maand")),
            (Preset.DIT_KWARTAAL, self.tr("Dit kwartaal")),
            (Preset.LAATSTE_12_MAANDEN, self.tr("Laatste 12 maanden")),
            (Preset.DIT_JAAR, self.tr("Dit jaar")),
            (Preset.VORIG_JAAR, self.tr("Vorig jaar")),
            (Preset.AANGEPAST, self.tr("Aangepast")),
        ):
            self.preset.addItem(text, preset.value)
        self.preset.setAccessibleName(self.tr("Periode"))
        self.preset.setToolTip(
            self.tr("De aanvragen die in deze periode binnenkwamen, gevolgd tot vandaag")
        )
        period_label.setBuddy(self.preset)
        period_group_row.addWidget(period_label)
        period_group_row.addWidget(self.preset)

        from_label = QLabel(self.tr("&van"), dates_group)
        self.date_from = self._date_edit(
            dates_group, "periodFrom", self.tr("Eerste dag van de periode")
        )
        to_label = QLabel(self.tr("&t/m"), dates_group)
        self.date_to = self._date_edit(
            dates_group, "periodTo", self.tr("Laatste dag van de periode (telt mee)")
        )
        from_label.setBuddy(self.date_from)
        to_label.setBuddy(self.date_to)
        for widget in (from_label, self.date_from, to_label, self.date_to):
            dates_group_row.addWidget(widget)

        provider_label = QLabel(self.tr("&Aanbieder:"), provider_group)
        self.provider = QComboBox(provider_group)
        self.provider.setObjectName("providerFilter")
        self.provider.addItem(self.tr("Beide aanbieders"), "")
        for provider in Provider:
            self.provider.addItem(label(provider), provider.value)
        self.provider.setAccessibleName(self.tr("Aanbieder"))
        provider_label.setBuddy(self.provider)
        provider_group_row.addWidget(provider_label)
        provider_group_row.addWidget(self.provider)

        wijk_label = QLabel(self.tr("&Wijk:"), wijk_group)
        self.wijk = QComboBox(wijk_group)
        self.wijk.setObjectName("wijkFilter")
        self.wijk.addItem(self.tr("Alle wijken"), "")
        for code, name, _provider in WIJKEN:
            self.wijk.addItem(name, code)
        self.wijk.setAccessibleName(self.tr("Wijk"))
        self.wijk.setToolTip(self.tr("Ook te kiezen door op de kaart op een wijk te klikken"))
        wijk_label.setBuddy(self.wijk)
        wijk_group_row.addWidget(wijk_label)
        wijk_group_row.addWidget(self.wijk)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DATE_DELAY_MS)
        self._timer.timeout.connect(self.changed)

        self.set_preset(DEFAULT_PRESET, notify=False)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from.dateChanged.connect(self._date_edited)
        self.date_to.dateChanged.connect(self._date_edited)
        # Enter, or leaving the field, applies a typed date at once.
        self.date_from.editingFinished.connect(self.flush)
        self.date_to.editingFinished.connect(self.flush)
        self.provider.currentIndexChanged.connect(self._now)
        self.wijk.currentIndexChanged.connect(self._now)

    def _group(self, layout: FlowLayout) -> tuple[QWidget, QHBoxLayout]:
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        layout.addWidget(group)
        return group, row

    def _date_edit(self, parent: QWidget, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        edit.setAccessibleName(accessible)
        edit.setToolTip(accessible)
        edit.setKeyboardTracking(False)
        return edit

    # ----------------------------------------------------------------- reading

    def current_preset(self) -> Preset:
        return Preset(str(self.preset.currentData()))

    def dates(self) -> tuple[date, date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def provider_value(self) -> Provider | None:
        value = str(self.provider.currentData() or "")
        return Provider(value) if value else None

    def wijk_code(self) -> str | None:
        value = str(self.wijk.currentData() or "")
        return value or None

    def selection(self) -> Selection:
        """The selection; raises ``ValidationError`` (Dutch) for a period that ends
        before it starts."""
        period_from, period_to = self.dates()
        check_period(period_from, period_to)
        return Selection(period_from, period_to, self.provider_value(), self.wijk_code())

    # ----------------------------------------------------------------- changing

    def set_preset(self, preset: Preset, *, notify: bool = True) -> None:
        """Choose a preset; its dates go into the two date fields."""
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(self.preset.findData(preset.value))
        if preset is not Preset.AANGEPAST:
            self._set_dates(*preset_period(preset))
        if notify:
            self._now()

    def set_period(self, period_from: date, period_to: date) -> None:
        """Two dates of one's own ("aangepast")."""
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(self.preset.findData(Preset.AANGEPAST.value))
        self._set_dates(period_from, period_to)
        self._now()

    def set_wijk(self, code: str | None) -> None:
        index = self.wijk.findData(code or "")
        if index >= 0 and index != self.wijk.currentIndex():
            self.wijk.setCurrentIndex(index)  # emits through _now

    def set_provider(self, provider: Provider | None) -> None:
        index = self.provider.findData(provider.value if provider else "")
        if index >= 0 and index != self.provider.currentIndex():
            self.provider.setCurrentIndex(index)

    def renew_preset(self) -> None:
        """Recompute a preset's dates (a new day may have begun since they were set)."""
        preset = self.current_preset()
        if preset is not Preset.AANGEPAST:
            self._set_dates(*preset_period(preset))

    def _set_dates(self, period_from: date, period_to: date) -> None:
        with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.date_from.setDate(to_qdate(period_from))
            self.date_to.setDate(to_qdate(period_to))

    def _preset_chosen(self, _index: int) -> None:
        preset = self.current_preset()
        if preset is not Preset.AANGEPAST:
            self._set_dates(*preset_period(preset))
        self._now()

    def _date_edited(self, _value: QDate) -> None:
        if self.current_preset() is not Preset.AANGEPAST:
            with QSignalBlocker(self.preset):
                self.preset.setCurrentIndex(self.preset.findData(Preset.AANGEPAST.value))
        self._timer.start()

    def _now(self, *_args: object) -> None:
        self._timer.stop()
        self.changed.emit()

    def flush(self) -> None:
        """Apply a date edit that is still waiting."""
        if self._timer.isActive():
            self._now()
