"""Matching: proposals that pair a child with a family."""

from __future__ import annotations

from utregs_plekkie.gui.pages.base import ListPage


class MatchingPage(ListPage):
    key = "matching"

    def title(self) -> str:
        return self.tr("Matching")

    def empty_text(self) -> str:
        return self.tr(
            "Nog geen voorstellen. Zodra een kind aan een gezin wordt voorgesteld, staat "
            "het voorstel hier."
        )
