"""The privacy text and the visitor's consent: the short text that is valid today
(``storage.requests.current_consent_text``), five lines high and scrolling when longer,
with the tick box under it. Its version goes with the request that is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from utregs_plekkie.gui.kiosk.common import error_label, scaled

translate = QCoreApplication.translate


class ConsentBox(QWidget):
    """The privacy text, "Ja, ik ga akkoord" and the message under it."""

    def __init__(self, parent: QWidget, events: QObject) -> None:
        super().__init__(parent)
        #: The version of the text on screen; None while there is none.
        self.version: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addStretch(1)

        self.privacy = QLabel(self)
        self.privacy.setObjectName("privacyText")
        self.privacy.setWordWrap(True)
        self.privacy.setTextFormat(Qt.TextFormat.PlainText)
        scaled(self.privacy, 0.78)
        self.text_area = QScrollArea(self)
        self.text_area.setWidget(self.privacy)
        self.text_area.setWidgetResizable(True)
        self.text_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.text_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setStyleSheet("background: transparent;")
        layout.addWidget(self.text_area)

        self.checkbox = QCheckBox(
            translate("Kiosk", "Ja, ik ga akkoord met de tekst hierboven"), self
        )
        self.checkbox.setObjectName("kioskConsent")
        self.checkbox.setAccessibleName(
            translate("Kiosk", "Toestemming: ik ga akkoord met de privacytekst")
        )
        self.checkbox.installEventFilter(events)
        layout.addWidget(self.checkbox)
        self.error = error_label(self, "consent")
        layout.addWidget(self.error)

    def fit_text(self) -> None:
        """Room for five lines of the privacy text (at the current type size); a longer
        one scrolls."""
        spacing = self.privacy.fontMetrics().lineSpacing()
        self.text_area.setMaximumHeight(spacing * 5 + 24)
        self.text_area.setMinimumHeight(spacing * 3 + 24)

    def show_text(self, text: Any) -> None:
        """Show the valid privacy text (a ``ConsentText``), or say that there is none:
        then no consent can be given."""
        if text is None:
            self.version = None
            self.privacy.setText(
                translate(
                    "Kiosk",
                    "Er is nog geen privacytekst vastgelegd, dus toestemming kan niet worden "
                    "bewaard. Medewerker: laat een beheerder de tekst toevoegen.",
                )
            )
            self.checkbox.setEnabled(False)
            return
        self.version = str(text.version)
        self.privacy.setText(str(text.text))
        self.privacy.setAccessibleName(
            translate("Kiosk", "Privacytekst (versie {version}): {text}").format(
                version=text.version, text=text.text
            )
        )
        self.checkbox.setEnabled(True)

    def consent_problem(self) -> str | None:
        """What to say when the box is not ticked."""
        if self.checkbox.isChecked():
            return None
        return translate(
            "Kiosk",
            "Vink het vakje aan als u akkoord gaat. Zonder toestemming mogen we uw "
            "gegevens niet bewaren.",
        )
