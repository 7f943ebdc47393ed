"""Evenementen: information evenings, trainings and pop-up events."""

from __future__ import annotations

from utregs_plekkie.gui.pages.base import ListPage


class EventsPage(ListPage):
    key = "events"

    def title(self) -> str:
        return self.tr("Evenementen")

    def empty_text(self) -> str:
        return self.tr(
            "Nog geen evenementen. Plan een informatieavond, een training of een pop-up."
        )
