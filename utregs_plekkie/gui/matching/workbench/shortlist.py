"""The child's shortlist on the Matching page, and the one way the child view writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.matching import (
    Candidate,
    Exclusion,
)
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.matching.common import (
    format_day,
    format_score,
    translate,
)
from utregs_plekkie.gui.matching.workbench.excluded import ExcludedTab
from utregs_plekkie.gui.matching.workbench.tables import (
    fit_columns,
    select_row,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm


class ShortlistTab(ExcludedTab):
    """The child's shortlist: propose a family from it or take it off; every write of
    the child view goes through :meth:`_write`."""

    # ----------------------------------------------------------------- shortlist

    def _fill_shortlist(self) -> None:
        if self.match is None:
            return
        ranking = self.match.ranking
        rows, keys = [], []
        for entry in self.match.shortlist:
            fit = ranking.why(entry.household_id)
            if isinstance(fit, Candidate):
                score, fits = format_score(fit.score), translate("ChildMatchView", "ja")
            elif isinstance(fit, Exclusion):
                score = ""
                fits = translate("ChildMatchView", "nee: {reden}").format(
                    reden=fit.reasons[0] if fit.reasons else ""
                )
            else:
                score, fits = "", translate("ChildMatchView", "gezin bestaat niet meer")
            rows.append(
                (
                    self.names.get(entry.household_id, str(entry.household_id)),
                    score,
                    fits,
                    entry.added_by,
                    format_day(entry.added_on),
                )
            )
            keys.append(entry.household_id)
        self.shortlist_model.set_rows(rows, keys)
        fit_columns(self.shortlist_table)
        if rows:
            select_row(self.shortlist_table, 0)

    def _shortlisted(self) -> sm.ShortlistEntry | None:
        if self.match is None:
            return None
        household = self.shortlist_model.key(self.shortlist_table.currentIndex().row())
        return next((e for e in self.match.shortlist if e.household_id == household), None)

    def propose_shortlisted(self) -> QWidget | None:
        entry = self._shortlisted()
        if entry is None or self.match is None:
            self.bar.show_message(
                translate("ChildMatchView", "Kies eerst een gezin op de shortlist."), "info"
            )
            return None
        if not self._can_propose():
            self.bar.show_message(
                translate(
                    "ChildMatchView",
                    "Dit kind heeft al een lopend voorstel of plaatsing (zie 'Voorstellen').",
                ),
                "info",
            )
            return None
        fit = self.match.ranking.why(entry.household_id)
        if not isinstance(fit, Candidate):
            reasons = "; ".join(fit.reasons) if isinstance(fit, Exclusion) else ""
            self.bar.show_message(
                translate(
                    "ChildMatchView", "Dit gezin past nu niet bij het kind: {redenen}."
                ).format(redenen=reasons),
                "error",
            )
            return None
        return self._propose(entry.household_id, fit.offer_id, fit.score)

    def remove_shortlisted(self) -> None:
        entry = self._shortlisted()
        if entry is None or self.code is None:
            return
        db, code = self.db, self.code
        actor = self.ctx.actor
        self._write(
            lambda: sm.remove_from_shortlist(db, code, entry.household_id, actor=actor),
            translate("ChildMatchView", "Het gezin is van de shortlist gehaald."),
        )

    def _write(self, work: Callable[[], Any], message: str) -> None:
        self.loading = True

        def done(_result: Any) -> None:
            self.loading = False
            self.bar.show_message(message, "success")
            self.refresh()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)
