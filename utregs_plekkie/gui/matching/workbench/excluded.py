"""Why a family is not on the list: the excluded families of the child view, searched
and filtered by reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex

from utregs_plekkie.core.matching import (
    Candidate,
    Exclusion,
    Limit,
    Ranking,
    limit_label,
)
from utregs_plekkie.gui.households.widgets import wijk_names
from utregs_plekkie.gui.matching.common import (
    bullets,
    set_text,
    translate,
)
from utregs_plekkie.gui.matching.models import Entry
from utregs_plekkie.gui.matching.workbench.tables import (
    find_households,
    fit_columns,
    select_row,
)
from utregs_plekkie.gui.matching.workbench.tabs import ChildMatchTabs


class ExcludedTab(ChildMatchTabs):
    """The families that cannot take the child: a search by name or number and a filter
    on one reason (found in the background)."""

    # ----------------------------------------------------------------- excluded

    def _fill_reason_filter(self, ranking: Ranking) -> None:
        self.reason_filter.clear()
        self.reason_filter.addItem(
            translate("ChildMatchView", "elke reden ({n})").format(n=len(ranking.excluded)), None
        )
        counts = sorted(ranking.limit_counts().items(), key=lambda item: -item[1])
        for limit, count in counts:
            self.reason_filter.addItem(f"{limit_label(limit)} ({count})", int(limit))

    def _reason_chosen(self) -> None:
        """A reason was chosen: find who falls away for it (in the background)."""
        if self.match is None:
            return
        value = self.reason_filter.currentData()
        if value is None:
            self._filter.invalidate()
            self._limited = None
            self.apply_excluded_filter()
            return
        ranking = self.match.ranking
        limit = Limit(int(value))

        def arrived(found: list[Exclusion]) -> None:
            self._limited = found
            self.apply_excluded_filter()

        self._filter.run(lambda: ranking.excluded_with(limit), on_success=arrived)

    def apply_excluded_filter(self) -> None:
        """Show the households matching the search text and the chosen reason."""
        self._search_timer.stop()
        if self.match is None:
            return
        ranking = self.match.ranking
        text = self.excluded_search.text().strip()
        base: Sequence[Entry] = self._limited if self._limited is not None else ranking.excluded
        if not text:
            self._set_excluded(base)
            return
        ids = find_households(text, self.names, folded=self.pool.folded or None)
        entries: list[Entry] = []
        if self._limited is not None:
            wanted = set(ids)
            entries = [e for e in self._limited if e.household_id in wanted]
        else:
            for household_id in ids:
                found = ranking.why(household_id)
                if found is not None:
                    entries.append(found)
        self._set_excluded(entries)
        if not entries:
            set_text(
                self.excluded_heading,
                translate("ChildMatchView", "Geen gezin gevonden met '{tekst}'").format(tekst=text),
            )
            set_text(
                self.excluded_reasons,
                translate("ChildMatchView", "Controleer de naam of het nummer van het gezin."),
            )

    def _set_excluded(self, entries: Sequence[Entry]) -> None:
        positions: dict[int, int] = {}
        # Only a search result (a short list) can hold candidates; the ranking's own list
        # of exclusions is lazy and must not be walked (its reasons are built on access).
        if self.match is not None and isinstance(entries, list):
            listed = {e.household_id for e in entries if isinstance(e, Candidate)}
            if listed:
                candidates = self.match.ranking.candidates
                for place in range(min(len(candidates), 1000)):
                    household = candidates[place].household_id
                    if household in listed:
                        positions[household] = place + 1
        self.excluded_model.set_entries(entries, self.names, positions)
        fit_columns(self.excluded_table, 300)
        if entries:
            select_row(self.excluded_table, 0)
        else:
            set_text(
                self.excluded_heading, translate("ChildMatchView", "Geen gezinnen in deze lijst")
            )
            set_text(self.excluded_reasons, "")

    def _place_of(self, household_id: int) -> str:
        pool = self.pool.pool
        rows = pool.rows_of(household_id) if pool is not None else range(0)
        if not rows or pool is None:
            return ""
        offer = pool.offers[rows[0]]
        wijk = wijk_names().get(offer.wijk_code or "", "")
        return f"{offer.pc4} {wijk}".strip() if offer.pc4 else wijk

    def _excluded_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.excluded_model.entry(current.row())
        if entry is None:
            return
        name = self.excluded_model.name(entry.household_id)
        set_text(
            self.excluded_heading,
            translate("ChildMatchView", "{gezin} (gezin {id})").format(
                gezin=name, id=entry.household_id
            ),
        )
        reasons = self.excluded_model.reasons(current.row())
        if isinstance(entry, Exclusion):
            text = translate("ChildMatchView", "Valt af voor dit kind:") + "\n" + bullets(reasons)
        else:
            text = translate("ChildMatchView", "Past wel: dit gezin {waar}.").format(
                waar=reasons[0]
            )
        set_text(self.excluded_reasons, text)
