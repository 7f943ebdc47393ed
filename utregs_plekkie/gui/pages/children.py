"""Kinderen: children who need a place, by code (children carry no names)."""

from __future__ import annotations

from utregs_plekkie.gui.pages.base import ListPage


class ChildrenPage(ListPage):
    key = "children"

    def title(self) -> str:
        return self.tr("Kinderen")

    def empty_text(self) -> str:
        return self.tr(
            "Nog geen kinderen. Voeg een kind toe (met een code, zonder naam) om een "
            "passend gezin te zoeken."
        )
