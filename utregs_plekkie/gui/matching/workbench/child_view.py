"""The Matching page for one child.

:class:`ChildMatchView` — for one child: the families that can take it, best first,
with score, distances, free places and, for the chosen family, every component and
its explanation; the families that cannot, each with every reason (a search box
answers "why is family X not on the list?", a filter shows who falls away for one
reason); the child's shortlist; and the child's proposals with their history and the
next steps.

Ranking uses the pool of families the page keeps (``common.PoolCache``): loading it
takes a while with many families, ranking one child against it a few milliseconds.
Everything that reads or writes runs off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import ChildStatus, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.matching import (
    Candidate,
    CandidatePool,
    Exclusion,
    component_label,
    format_age,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import MessageBar, wijk_names
from utregs_plekkie.gui.matching.common import (
    PoolCache,
    bullets,
    format_day,
    format_distance,
    format_score,
    set_text,
    text_label,
)
from utregs_plekkie.gui.matching.proposals import open_propose
from utregs_plekkie.gui.matching.workbench.shortlist import ShortlistTab
from utregs_plekkie.gui.matching.workbench.tables import (
    fit_columns,
    place_label,
    select_row,
)
from utregs_plekkie.gui.matching.workbench.tabs import ChildMatch
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import (
    child_codes,
    find_child_id,
    load_child_record,
    proposal_views_for_child,
)

# --------------------------------------------------------------------------- one child


class ChildMatchView(ShortlistTab):
    """The families for one child, why others are not, its shortlist and proposals."""

    def __init__(self, ctx: AppContext, pool: PoolCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.pool = pool
        self.setObjectName("childMatchView")
        self.code: str | None = None
        self.match: ChildMatch | None = None
        self.names: dict[int, str] = {}
        self.loading = False
        # A newer child (or the same one again) replaces the ranking asked for before;
        # a newer reason filter replaces the one before.
        self._ranking = LatestOnly(owner=self)
        self._filter = LatestOnly(owner=self)
        self._codes_loaded = False
        self._limited: list[Exclusion] | None = None
        self.dialog: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.setSpacing(8)
        picker = QHBoxLayout()
        picker.setSpacing(6)
        caption = QLabel(self.tr("&Kind:"), self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("childCode")
        self.code_edit.setPlaceholderText(self.tr("code van het kind, bv. K24-0007"))
        self.code_edit.setAccessibleName(self.tr("Code van het kind"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        caption.setBuddy(self.code_edit)
        self.codes = QStringListModel(self)
        completer = QCompleter(self.codes, self.code_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda text: self.show_child(str(text)))
        self.code_edit.setCompleter(completer)
        self.code_edit.returnPressed.connect(self._typed_code)
        self.find_button = QPushButton(self.tr("Zoek gezinnen"), self)
        self.find_button.setObjectName("rankButton")
        self.find_button.clicked.connect(self._typed_code)
        picker.addWidget(caption)
        picker.addWidget(self.code_edit)
        picker.addWidget(self.find_button)
        picker.addStretch(1)
        outer.addLayout(picker)
        self.summary = text_label(self, "childSummary")
        set_text(
            self.summary,
            self.tr(
                "Typ de code van een kind, of kies op de pagina Kinderen 'Zoek gezinnen'. "
                "U ziet dan de passende gezinnen, best passend eerst, en waarom andere "
                "gezinnen afvallen."
            ),
        )
        outer.addWidget(self.summary)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("childTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_candidates(), "")
        self.tabs.addTab(self._build_excluded(), "")
        self.tabs.addTab(self._build_shortlist(), "")
        self.tabs.addTab(self._build_proposals(), "")
        self._tab_titles()
        outer.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

    # ----------------------------------------------------------------- loading

    def ensure_codes(self, *, again: bool = False) -> None:
        """Fill the search box's suggestions (once, in the background; ``again`` after
        children were added)."""
        if self._codes_loaded and not again:
            return
        self._codes_loaded = True
        db = self.db
        run_in_background(lambda: child_codes(db), owner=self, on_success=self.codes.setStringList)

    def is_loading(self) -> bool:
        return (
            self.loading
            or self._filter.busy
            or self.proposal_panel.is_loading()
            or self._search_timer.isActive()
        )

    def _typed_code(self) -> None:
        text = self.code_edit.text().strip()
        if not text:
            self.bar.show_message(self.tr("Typ eerst de code van een kind."), "info")
            self.code_edit.setFocus()
            return
        self.show_child(text)

    def show_child(self, code: str, *, record_view: bool = True, keep_tab: bool = False) -> None:
        """Rank every family for child ``code`` (viewing it is logged)."""
        code = code.strip()
        if self.code_edit.text() != code:
            self.code_edit.setText(code)
        self.code = code
        # Answers to earlier requests (still waiting for the pool) are outdated now.
        self._ranking.invalidate()
        generation = self._ranking.generation
        self.loading = True
        self.find_button.setEnabled(False)
        if not keep_tab:
            self.bar.dismiss()
        if self.pool.pool is None:
            set_text(
                self.summary,
                self.tr("Gezinnen laden… (met veel gezinnen duurt dat even, daarna gaat het snel)"),
            )
        db = self.db
        actor = self.ctx.actor

        def failed(error: BaseException) -> None:
            self.loading = False
            self.find_button.setEnabled(True)
            if isinstance(error, UserError):
                self.clear()
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        def pool_failed(error: BaseException) -> None:
            if generation == self._ranking.generation:
                failed(error)

        def ranked(pool: CandidatePool, names: dict[int, str]) -> None:
            if generation != self._ranking.generation:
                return

            def work() -> ChildMatch:
                ranking = sm.rank_for_child(
                    db,
                    code,
                    pool=pool,
                    actor=actor,
                    record_view=record_view,
                )
                child_id = find_child_id(db, code)
                record = (
                    load_child_record(db, child_id, actor, record_view=False)
                    if child_id is not None
                    else None
                )
                return ChildMatch(
                    ranking, record, sm.shortlist(db, code), proposal_views_for_child(db, code)
                )

            def arrived(match: ChildMatch) -> None:
                self.loading = False
                self.find_button.setEnabled(True)
                self._show_match(match, names, keep_tab=keep_tab)

            self._ranking.run(work, on_success=arrived, on_failure=failed)

        self.pool.with_pool(ranked, pool_failed)

    def clear(self) -> None:
        """Show no child (after a code that does not exist)."""
        self.match = None
        self.code = None
        set_text(self.summary, "")
        self.candidate_model.set_ranking(None, {})
        self._show_candidate(None)
        self._limited = None
        self.excluded_model.set_entries([], {})
        self.shortlist_model.set_rows([], [])
        self.proposal_model.set_rows([], [])
        self.proposal_panel.clear()
        self.reason_filter.clear()
        self._tab_titles()
        self.tabs.setEnabled(False)

    def refresh(self) -> None:
        """Rank the same child again (after a change); not a new view of the child."""
        if self.code:
            self.show_child(self.code, record_view=False, keep_tab=True)

    # ----------------------------------------------------------------- showing

    def _show_match(self, match: ChildMatch, names: dict[int, str], *, keep_tab: bool) -> None:
        previous_proposal = self.proposal_panel.view.id if self.proposal_panel.view else None
        self.match = match
        self.names = names
        ranking = match.ranking
        self.tabs.setEnabled(True)
        set_text(self.summary, self._summary(match))
        self.candidate_model.set_ranking(ranking, names)
        fit_columns(self.candidate_table)
        if ranking.candidate_count:
            select_row(self.candidate_table, 0)
        else:
            self._show_candidate(None)
        self._fill_reason_filter(ranking)
        self.excluded_search.blockSignals(True)
        self.excluded_search.clear()
        self.excluded_search.blockSignals(False)
        self._limited = None
        self._set_excluded(ranking.excluded)
        self._fill_shortlist()
        self._fill_proposals(previous_proposal)
        self._tab_titles()
        if not keep_tab:
            self.tabs.setCurrentIndex(0 if ranking.candidate_count else 1)
        if not ranking.candidate_count and not keep_tab:
            self.bar.show_message(
                self.tr(
                    "Er is nu geen gezin dat dit kind kan opnemen. Onder 'Niet op de lijst' "
                    "staat per gezin waarom; kies bij 'Alleen gezinnen die afvallen om' een "
                    "reden om te zien welke het vaakst in de weg staat."
                ),
                "info",
            )

    def _summary(self, match: ChildMatch) -> str:
        child = match.ranking.child
        parts = [
            child.code,
            format_age(child.age_months),
            label(child.care_form),
            self.tr("thuis {plaats}").format(plaats=place_label(child.home_pc4)),
            self.tr("school {plaats}").format(plaats=place_label(child.school_pc4)),
        ]
        if child.care_form.family.value != "voltijd":
            parts.append(self.tr("rooster: {rooster}").format(rooster=child.schedule.describe()))
        if child.sibling_codes:
            parts.append(self.tr("samen met {codes}").format(codes=", ".join(child.sibling_codes)))
        record = match.record
        if record is not None:
            parts.append(self.tr("status: {status}").format(status=label(record.status)))
        return " · ".join(parts)

    def child_status(self) -> ChildStatus | None:
        record = self.match.record if self.match is not None else None
        return record.status if record is not None else None

    def _can_propose(self) -> bool:
        return self.child_status() == ChildStatus.WACHT

    # ----------------------------------------------------------------- candidates

    def current_candidate(self) -> Candidate | None:
        index = self.candidate_table.currentIndex()
        return self.candidate_model.candidate(index.row()) if index.isValid() else None

    def _candidate_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_candidate(self.candidate_model.candidate(current.row()))

    def _candidate_buttons(self, candidate: Candidate | None) -> None:
        on_list = (
            candidate is not None
            and self.match is not None
            and any(e.household_id == candidate.household_id for e in self.match.shortlist)
        )
        self.shortlist_button.setEnabled(candidate is not None and not on_list)
        self.shortlist_button.setText(
            self.tr("Staat op de shortlist") if on_list else self.tr("Op de shortlist")
        )
        self.propose_button.setEnabled(candidate is not None and self._can_propose())
        if candidate is not None and not self._can_propose():
            self.propose_button.setToolTip(
                self.tr("Dit kind heeft al een lopend voorstel of plaatsing (zie 'Voorstellen').")
            )
        else:
            self.propose_button.setToolTip(
                self.tr("Het kind aan dit gezin voorstellen; de score wordt vastgelegd")
            )

    def _show_candidate(self, candidate: Candidate | None) -> None:
        self._candidate_buttons(candidate)
        if candidate is None or self.match is None:
            set_text(self.candidate_heading, self.tr("Geen gezin gekozen"))
            for widget in (self.candidate_facts, self.explanation):
                set_text(widget, "")
            self.component_model.set_rows([], [])
            return
        row = self.candidate_table.currentIndex().row()
        name = self.candidate_model.name(candidate.household_id)
        set_text(
            self.candidate_heading,
            self.tr("{nr}. {gezin} (gezin {id})").format(
                nr=row + 1, gezin=name, id=candidate.household_id
            ),
        )
        facts = [
            self.tr("Score {score} van 1").format(score=format_score(candidate.score)),
            self.tr("{afstand} van school, {thuis} van huis").format(
                afstand=format_distance(candidate.distance_km.get("school")),
                thuis=format_distance(candidate.distance_km.get("home")),
            ),
            self.tr("Aanbod: {zorgvorm}, {n} vrije plek(ken)").format(
                zorgvorm=label(candidate.care_form) if candidate.care_form else "",
                n=candidate.free_capacity,
            ),
        ]
        if candidate.wijk_code:
            facts.append(
                self.tr("Wijk: {wijk}").format(wijk=wijk_names().get(candidate.wijk_code, ""))
            )
        set_text(self.candidate_facts, "\n".join(facts))
        weights = self.match.ranking.weights
        total = sum(weights.weight(name) for name in candidate.components) or 1.0
        rows = []
        for component, value in candidate.components.items():
            share = weights.weight(component) / total
            rows.append(
                (
                    component_label(component),
                    f"{round(share * 100)}%",
                    format_score(value),
                    format_score(share * value),
                )
            )
        # The contributions add up to the score: the last row says so.
        rows.append((self.tr("score"), "100%", "", format_score(candidate.score)))
        self.component_model.set_rows(rows, [*candidate.components, "score"])
        table = self.component_table
        height = (
            table.horizontalHeader().sizeHint().height()
            + table.verticalHeader().defaultSectionSize() * len(rows)
            + 2 * table.frameWidth()
            + 4
        )
        table.setFixedHeight(height)
        set_text(self.explanation, bullets(candidate.explanation))

    def add_current_to_shortlist(self) -> None:
        candidate = self.current_candidate()
        if candidate is None or self.code is None:
            return
        db, code = self.db, self.code
        actor = self.ctx.actor
        name = self.candidate_model.name(candidate.household_id)
        self._write(
            lambda: sm.add_to_shortlist(
                db,
                code,
                candidate.household_id,
                candidate.offer_id,
                actor=actor,
            ),
            self.tr("{gezin} staat op de shortlist.").format(gezin=name),
        )

    def propose_current(self) -> QWidget | None:
        candidate = self.current_candidate()
        if candidate is None or self.code is None or not self._can_propose():
            return None
        return self._propose(candidate.household_id, candidate.offer_id, candidate.score)

    def _propose(self, household_id: int, offer_id: int | None, score: float | None) -> QWidget:
        assert self.code is not None and self.match is not None
        name = self.names.get(household_id) or self.tr("gezin {id}").format(id=household_id)
        code = self.code

        def done(_result: Any) -> None:
            self.pool.invalidate()
            self.refresh()
            self.tabs.setCurrentIndex(3)
            self.bar.show_message(
                self.tr(
                    "Kind {code} is voorgesteld aan {gezin}. Leg de kennismaking en het "
                    "besluit vast onder 'Voorstellen'."
                ).format(code=code, gezin=name),
                "success",
            )
            self.changed.emit()

        self.dialog = open_propose(
            self,
            self.ctx,
            code,
            household_id,
            name,
            offer_id,
            score,
            self.match.ranking.child.sibling_codes,
            done,
        )
        return self.dialog

    # ----------------------------------------------------------------- proposals

    def _fill_proposals(self, keep: int | None) -> None:
        if self.match is None:
            return
        rows, keys = [], []
        for view in self.match.proposals:
            rows.append(
                (
                    view.household_name,
                    label(view.status),
                    format_score(view.info.score),
                    format_day(view.info.proposed_at),
                )
            )
            keys.append(view.id)
        self.proposal_model.set_rows(rows, keys)
        fit_columns(self.proposal_table)
        if not rows:
            self.proposal_panel.clear()
            return
        row = self.proposal_model.row_of(keep) if keep is not None else 0
        select_row(self.proposal_table, max(0, row))

    def _proposal_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.match is None:
            return
        proposal_id = self.proposal_model.key(current.row())
        view = next((v for v in self.match.proposals if v.id == proposal_id), None)
        if view is not None:
            self.proposal_panel.show_view(view)

    def _proposal_changed(self, _code: str) -> None:
        # A step can change capacity (placing, ending) and the declined pairs: rank anew.
        self.pool.invalidate()
        self.refresh()
        self.changed.emit()
