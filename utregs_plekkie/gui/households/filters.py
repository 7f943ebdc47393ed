"""The search box and filters above the Gezinnen list and board.

Typing searches as you type: each keystroke restarts a short timer (150 ms), so a
name typed quickly is one query, not one per letter; Enter searches at once. The
filters (stage, care form offered, wijk, provider, late actions) and the order apply
immediately. Everything ends up in one :class:`HouseholdQuery`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from utregs_plekkie.core.enums import CareForm, PipelineStage, Provider, label
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.pipeline import board_stages
from utregs_plekkie.gui.households.widgets import FlowLayout
from utregs_plekkie.storage.households import HouseholdOrder, HouseholdQuery

#: Milliseconds between the last keystroke and the search.
DEBOUNCE_MS = 150


class HouseholdFilterBar(QWidget):
    """Search text and filters; emits the new query when they change."""

    query_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wraps onto a second line in a narrow window instead of widening it.
        layout = FlowLayout(self, spacing=8)

        self.search = QLineEdit(self)
        self.search.setObjectName("householdSearch")
        self.search.setPlaceholderText(self.tr("Zoek op naam, e-mail, telefoon of postcode"))
        self.search.setAccessibleName(self.tr("Zoeken in gezinnen"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 18))
        layout.addWidget(self.search)

        self.stage = self._combo(self.tr("Fase"), self.tr("Alle fasen"))
        for stage in board_stages():
            self.stage.addItem(label(stage), stage.value)
        self.care_form = self._combo(self.tr("Zorgvorm"), self.tr("Alle zorgvormen"))
        for care in CareForm:
            self.care_form.addItem(label(care), care.value)
        self.wijk = self._combo(self.tr("Wijk"), self.tr("Alle wijken"))
        for code, name, _provider in sorted(WIJKEN, key=lambda w: w[1]):
            self.wijk.addItem(name, code)
        self.provider = self._combo(self.tr("Aanbieder"), self.tr("Alle aanbieders"))
        for provider in Provider:
            self.provider.addItem(label(provider), provider.value)
        for combo in (self.stage, self.care_form, self.wijk, self.provider):
            layout.addWidget(combo)
            # Narrow in the bar, the whole text in the list that opens.
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        self.overdue = QCheckBox(self.tr("Actie te laat"), self)
        self.overdue.setToolTip(
            self.tr(
                "Alleen gezinnen van wie de volgende actie over datum is, of die langer in "
                "hun fase staan dan de norm"
            )
        )
        layout.addWidget(self.overdue)

        self.order = QComboBox(self)
        self.order.setAccessibleName(self.tr("Sorteren"))
        self.order.setToolTip(self.tr("Volgorde van de lijst"))
        self.order.addItem(self.tr("Op naam"), HouseholdOrder.NAME.value)
        self.order.addItem(self.tr("Langst in fase"), HouseholdOrder.STAGE_SINCE.value)
        self.order.addItem(self.tr("Eerstvolgende actie"), HouseholdOrder.NEXT_ACTION.value)
        layout.addWidget(self.order)

        self.clear_button = QPushButton(self.tr("Wissen"), self)
        self.clear_button.setToolTip(self.tr("Zoektekst en filters wissen"))
        self.clear_button.setAccessibleName(self.tr("Zoektekst en filters wissen"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._emit_now)
        for combo in (self.stage, self.care_form, self.wijk, self.provider, self.order):
            combo.currentIndexChanged.connect(self._emit_now)
        self.overdue.toggled.connect(self._emit_now)
        self._last: HouseholdQuery = HouseholdQuery()
        self._quiet = False

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(11)
        return combo

    def query(self) -> HouseholdQuery:
        """The query the controls describe now."""

        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return str(value) if value else None

        stage, care, wijk, provider = (
            chosen(self.stage),
            chosen(self.care_form),
            chosen(self.wijk),
            chosen(self.provider),
        )
        return HouseholdQuery(
            text=self.search.text(),
            stages=frozenset({PipelineStage(stage)}) if stage else frozenset(),
            care_forms=frozenset({CareForm(care)}) if care else frozenset(),
            wijk_codes=frozenset({wijk}) if wijk else frozenset(),
            providers=frozenset({Provider(provider)}) if provider else frozenset(),
            overdue=self.overdue.isChecked(),
            order=HouseholdOrder(str(self.order.currentData())),
        )

    def set_stage(self, stage: PipelineStage | None) -> None:
        index = self.stage.findData(stage.value if stage else None)
        self.stage.setCurrentIndex(max(0, index))

    def is_pending(self) -> bool:
        """Whether a typed search is waiting for its timer."""
        return self._timer.isActive()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.search.clear()
            for combo in (self.stage, self.care_form, self.wijk, self.provider, self.order):
                combo.setCurrentIndex(0)
            self.overdue.setChecked(False)
        finally:
            self._quiet = False
        self._emit_now()

    def _emit_now(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        query = self.query()
        if query != self._last:
            self._last = query
            self.query_changed.emit(query)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
