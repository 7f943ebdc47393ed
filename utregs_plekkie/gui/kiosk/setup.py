"""The kiosk's first question, when it was opened without an event: which event is this
stand at? Today's events are offered as buttons; the name goes with every request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from utregs_plekkie.gui.kiosk.common import (
    EVENT_NAME_MAX,
    clear_line,
    error_label,
    hint,
    line,
    scaled,
    set_error,
)

translate = QCoreApplication.translate


class EventSetup(QWidget):
    """The setup page: the name of the event, and "Start de aanmeldingen"."""

    #: A valid event name was given (spaces tidied).
    chosen = Signal(str)

    def __init__(self, parent: QWidget, events: QObject) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        question = QLabel(translate("Kiosk", "Bij welk evenement staat deze stand?"), self)
        scaled(question, 1.2, bold=True)
        layout.addWidget(question)
        layout.addWidget(
            hint(
                translate(
                    "Kiosk",
                    "De naam komt bij elke aanmelding, zodat later te zien is wat dit evenement "
                    "heeft opgeleverd. Bijvoorbeeld: Pop-up Utrecht Centraal.",
                ),
                self,
            )
        )
        self.event_field = line(
            self, "eventName", translate("Kiosk", "Naam van het evenement"), events
        )
        self.event_field.setMaxLength(EVENT_NAME_MAX)
        self.event_field.returnPressed.connect(self.start)
        layout.addWidget(self.event_field)
        self.today_events = QHBoxLayout()
        layout.addLayout(self.today_events)
        self.error = error_label(self, "event")
        layout.addWidget(self.error)
        self.start_button = QPushButton(translate("Kiosk", "Start de aanmeldingen"), self)
        self.start_button.setObjectName("startKiosk")
        self.start_button.clicked.connect(self.start)
        self.start_button.installEventFilter(events)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

    def offer(self, names: list[str]) -> bool:
        """Buttons for today's events (a tap fills in the name); whether there were any."""
        for name in names:
            button = QPushButton(name, self)
            button.setObjectName("keypadKey")
            button.clicked.connect(lambda _c=False, n=name: self.event_field.setText(n))
            self.today_events.addWidget(button)
        if names:
            self.today_events.addStretch(1)
        return bool(names)

    def start(self) -> None:
        name = " ".join(self.event_field.text().split())
        if not name:
            set_error(self.error, translate("Kiosk", "Vul de naam van het evenement in."))
            self.event_field.setFocus()
            return
        if len(name) > EVENT_NAME_MAX:
            set_error(
                self.error,
                translate("Kiosk", "De naam is te lang. Gebruik hoogstens {n} tekens.").format(
                    n=EVENT_NAME_MAX
                ),
            )
            return
        clear_line(self.event_field)
        set_error(self.error, "")
        self.chosen.emit(name)
