"""Gezinnen: foster and support families, from registration to available."""

from __future__ import annotations

from utregs_plekkie.gui.pages.base import ListPage


class HouseholdsPage(ListPage):
    key = "households"

    def title(self) -> str:
        return self.tr("Gezinnen")

    def empty_text(self) -> str:
        return self.tr(
            "Nog geen gezinnen. Een gezin komt erbij zodra iemand zich aanmeldt, "
            "meestal na een informatieavond."
        )
