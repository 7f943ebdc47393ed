"""Aanvragen: information requests (leads), newest first."""

from __future__ import annotations

from utregs_plekkie.gui.pages.base import ListPage


class RequestsPage(ListPage):
    key = "requests"

    def title(self) -> str:
        return self.tr("Aanvragen")

    def empty_text(self) -> str:
        return self.tr("Nog geen aanvragen. Voeg er een toe of importeer een bestand.")
