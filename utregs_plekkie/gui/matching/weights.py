"""The weights of the matching score, for a beheerder.

Each component of the soft fit (distance to school, to home, same wijk, language and
culture, ...) has a weight; the score is their weighted mean over the components that
apply to the child. A slider and a number box per component (they move together), the
share each one then has in the score, two scales, the defaults, and a version-checked
save: a beheerder who saves over a colleague's newer weights is told so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.matching import COMPONENTS, MatchWeights, component_label
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import MessageBar, hint
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.matching import load_weights, save_weights

#: Sliders work in hundredths of a weight (0.30 is 30).
SCALE = 100


class WeightsDialog(QDialog):
    """Edit and save the team's matching weights."""

    saved = Signal(object)  # MatchWeights

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        title = self.tr("Gewichten van de matching")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("weightsDialog")
        self.version: int | None = None
        self.loaded = False
        self.busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Hoe zwaar telt elk onderdeel mee in de score? De score is het gewogen "
                    "gemiddelde van de onderdelen die voor een kind gelden; de kolom 'aandeel' "
                    "laat zien hoeveel elk onderdeel nu meetelt. Nabijheid van school en thuis "
                    "is het hart van de campagne."
                ),
                self,
            )
        )
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, text in enumerate(
            (self.tr("Onderdeel"), self.tr("Gewicht"), "", self.tr("Aandeel"))
        ):
            header = QLabel(text, self)
            header.setObjectName("hintLabel")
            grid.addWidget(header, 0, column)
        self.sliders: dict[str, QSlider] = {}
        self.boxes: dict[str, QSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        for row, name in enumerate(COMPONENTS, start=1):
            caption = QLabel(component_label(name)[:1].upper() + component_label(name)[1:], self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setObjectName(f"weight_{name}")
            slider.setRange(0, SCALE)
            slider.setAccessibleName(
                self.tr("Gewicht van {onderdeel}").format(onderdeel=component_label(name))
            )
            slider.setMinimumWidth(200)
            box = QSpinBox(self)
            box.setObjectName(f"weightBox_{name}")
            box.setRange(0, SCALE)
            box.setAccessibleName(slider.accessibleName())
            caption.setBuddy(slider)
            share = QLabel(self)
            share.setMinimumWidth(self.fontMetrics().horizontalAdvance("100%") + 8)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(box.setValue)
            box.valueChanged.connect(slider.setValue)
            box.valueChanged.connect(lambda _v: self._update_shares())
            grid.addWidget(caption, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(box, row, 2)
            grid.addWidget(share, row, 3)
            self.sliders[name], self.boxes[name], self.shares[name] = slider, box, share
        row = len(COMPONENTS) + 1
        self.scale = QDoubleSpinBox(self)
        self.scale.setObjectName("distanceScale")
        self.scale.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.scale.setRange(0.1, 100.0)
        self.scale.setDecimals(1)
        self.scale.setSuffix(self.tr(" km"))
        self.scale.setToolTip(
            self.tr("Op deze afstand telt nabijheid nog voor ongeveer een derde mee")
        )
        scale_label = QLabel(self.tr("Afstandsschaal:"), self)
        scale_label.setBuddy(self.scale)
        self.scale.setAccessibleName(self.tr("Afstandsschaal in km"))
        grid.addWidget(scale_label, row, 0)
        grid.addWidget(self.scale, row, 2)
        self.waiting = QSpinBox(self)
        self.waiting.setObjectName("waitingDays")
        self.waiting.setRange(1, 3650)
        self.waiting.setSuffix(self.tr(" dagen"))
        self.waiting.setToolTip(
            self.tr("Een gezin dat zo lang of langer wacht, krijgt de volle waarde voor wachttijd")
        )
        self.waiting.setAccessibleName(self.tr("Volle wachttijd in dagen"))
        waiting_label = QLabel(self.tr("Volle wachttijd:"), self)
        waiting_label.setBuddy(self.waiting)
        grid.addWidget(waiting_label, row + 1, 0)
        grid.addWidget(self.waiting, row + 1, 2)
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.defaults_button = QPushButton(self.tr("Standaardwaarden"), self)
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(lambda: self.fill(MatchWeights()))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(False)
        self.fill(MatchWeights())

    # ----------------------------------------------------------------- values

    def load(self) -> None:
        db = self.db

        def arrived(result: tuple[MatchWeights, int | None]) -> None:
            weights, version = result
            self.version = version
            self.loaded = True
            self.fill(weights)
            self.save_button.setEnabled(True)

        run_in_background(lambda: load_weights(db), owner=self, on_success=arrived)

    def fill(self, weights: MatchWeights) -> None:
        for name in COMPONENTS:
            self.boxes[name].setValue(round(weights.weight(name) * SCALE))
        self.scale.setValue(weights.distance_scale_km)
        self.waiting.setValue(weights.waiting_full_days)
        self._update_shares()

    def weights(self) -> MatchWeights:
        """The weights shown; :class:`ValidationError` when they cannot be used."""
        values: dict[str, Any] = {name: self.boxes[name].value() / SCALE for name in COMPONENTS}
        return replace(
            MatchWeights(),
            **values,
            distance_scale_km=round(self.scale.value(), 1),
            waiting_full_days=self.waiting.value(),
        )

    def _update_shares(self) -> None:
        total = sum(box.value() for box in self.boxes.values())
        for name, label_widget in self.shares.items():
            share = self.boxes[name].value() / total if total else 0.0
            label_widget.setText(f"{round(share * 100)}%")
            label_widget.setAccessibleName(
                self.tr("{onderdeel} telt voor {n}% mee").format(
                    onderdeel=component_label(name), n=round(share * 100)
                )
            )

    # ----------------------------------------------------------------- saving

    def submit(self) -> None:
        if self.busy or not self.loaded:
            return
        self.bar.dismiss()
        try:
            weights = self.weights()
        except ValidationError as error:
            self.bar.show_message(error.message, "error")
            return
        self.busy = True
        self.save_button.setEnabled(False)
        db, version = self.db, self.version
        actor = self.ctx.actor

        def done(new_version: int) -> None:
            self.busy = False
            self.version = new_version
            self.saved.emit(weights)
            self.accept()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.save_button.setEnabled(True)
            if isinstance(error, StaleRecordError):
                self.bar.show_message(
                    error.message,
                    "warning",
                    [(self.tr("Nieuwste gewichten laden"), self.load)],
                )
            elif isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(
            lambda: save_weights(db, weights, version, actor=actor),
            owner=self,
            on_success=done,
            on_failure=failed,
        )


def open_weights(parent: QWidget, ctx: AppContext, on_saved: Any = None) -> WeightsDialog:
    dialog = WeightsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    dialog.load()
    return dialog
