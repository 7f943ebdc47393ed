"""After a training the program only *suggests* moving families on: the box that lists
the suggestions to confirm, and the moves of the families the recruiter ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui.households.widgets import hint
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events import MoveSuggestion
from utregs_plekkie.storage.households import move_stage


class SuggestionsBox(QGroupBox):
    """The suggested families, each ticked; the button asks to move the ticked ones.

    Its texts keep the translation context of the event's detail panel they came from.
    """

    #: The recruiter asked to move the ticked families on.
    apply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("EventDetailPanel", "Voorstellen na de training"), parent
        )
        box = QVBoxLayout(self)
        box.addWidget(
            hint(
                QCoreApplication.translate(
                    "EventDetailPanel",
                    "Deze gezinnen hebben alle trainingsbijeenkomsten gevolgd. Vink aan wie "
                    "door kan naar de volgende fase.",
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(
            QCoreApplication.translate("EventDetailPanel", "Voorgestelde gezinnen")
        )
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        box.addWidget(self.list)
        self.apply_button = QPushButton(
            QCoreApplication.translate("EventDetailPanel", "Aangevinkte gezinnen doorzetten"), self
        )
        self.apply_button.clicked.connect(self.apply_requested)
        box.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def show_suggestions(self, suggestions: tuple[MoveSuggestion, ...]) -> None:
        self.list.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(suggestion.text, self.list)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
        self.setVisible(bool(suggestions))
        self.apply_button.setEnabled(bool(suggestions))

    def chosen(self) -> list[MoveSuggestion]:
        """The ticked suggestions."""
        chosen: list[MoveSuggestion] = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        return chosen


def move_suggested(
    db: Database, actor: Actor, chosen: list[MoveSuggestion]
) -> tuple[list[str], list[str]]:
    """Move each chosen family on (run off the GUI thread): the names of those moved,
    and a sentence for each that the rules refused."""
    moved: list[str] = []
    refused: list[str] = []
    for s in chosen:
        try:
            move_stage(db, s.household_id, s.to_stage, actor=actor)
            moved.append(s.household_name)
        except UserError as exc:
            refused.append(f"{s.household_name}: {exc.message}")
    return moved, refused
