"""What a matcher works with on the Matching page.

:class:`ChildMatchView` — for one child: the families that can take it, best first,
with score, distances, free places and, for the chosen family, every component and
its explanation; the families that cannot, each with every reason (a search box
answers "why is family X not on the list?", a filter shows who falls away for one
reason); the child's shortlist; and the child's proposals with their history and the
next steps.

:class:`FamilyMatchView` — for one family: the waiting children it could help.

Ranking uses the pool of families the page keeps (``common.PoolCache``): loading it
takes a while with many families, ranking one child against it a few milliseconds.
Everything that reads or writes runs off the GUI thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import ChildStatus, PipelineStage, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.matching import (
    Candidate,
    CandidatePool,
    Exclusion,
    Limit,
    Ranking,
    component_label,
    format_age,
    limit_label,
)
from utregs_plekkie.core.validation import search_key
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, hint, wijk_names
from utregs_plekkie.gui.matching.common import (
    PoolCache,
    actor_of,
    bullets,
    format_day,
    format_distance,
    format_score,
    section_label,
    selected_household_of_window,
    set_text,
    text_label,
    translate,
)
from utregs_plekkie.gui.matching.models import (
    CandidateModel,
    Entry,
    ExclusionModel,
    RowsModel,
)
from utregs_plekkie.gui.matching.proposals import ProposalPanel, open_propose
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import (
    ChildRecord,
    ProposalView,
    child_codes,
    find_child_id,
    household_names,
    load_child_record,
    matching_pool,
    proposal_views_for_child,
)
from utregs_plekkie.storage.database import Database

#: Households found by a name search at most (a search should be more precise).
MAX_FOUND = 200
SEARCH_DEBOUNCE_MS = 200


def make_table(model: Any, name: str, accessible: str, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, keyboard-friendly, for ``model``."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    # Fitting a column to its contents looks at the first rows only: the rows of a
    # ranking are built when first shown, and thousands of them would stall the window.
    header.setResizeContentsPrecision(40)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def fit_columns(table: QTableView, widest: int = 260) -> None:
    """Columns as wide as their first rows, within reason (the last one stretches)."""
    model = table.model()
    if model is None:
        return
    for column in range(model.columnCount() - 1):
        table.resizeColumnToContents(column)
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)


def find_households(
    text: str,
    names: dict[int, str],
    limit: int = MAX_FOUND,
    folded: dict[int, str] | None = None,
) -> list[int]:
    """Households whose name contains every word of ``text`` (accents and case do not
    matter), or whose number is ``text``; sorted by name. ``folded``: the names already
    folded for searching (``PoolCache.folded``), which makes this fast."""
    stripped = text.strip()
    if not stripped:
        return []
    number = re.fullmatch(r"#?\s*(\d+)", stripped)
    if number is not None:
        household_id = int(number.group(1))
        exact = [household_id] if household_id in names else []
    else:
        exact = []
    words = search_key(stripped).split()
    keys = folded if folded is not None else {h: search_key(n) for h, n in names.items()}
    found = [
        household_id
        for household_id, key in keys.items()
        if words and household_id in names and all(word in key for word in words)
    ]
    found.sort(key=lambda h: (keys[h], h))
    return (exact + [h for h in found if h not in exact])[:limit]


def place_label(pc4: str | None) -> str:
    if not pc4:
        return translate("Matching", "onbekend")
    place = GeoIndex.default().lookup(pc4)
    return place.label if place is not None else pc4


@dataclass
class ChildMatch:
    """Everything the child view shows, loaded in one go in the background."""

    ranking: Ranking
    record: ChildRecord | None
    shortlist: list[sm.ShortlistEntry]
    proposals: list[ProposalView]


# --------------------------------------------------------------------------- one child


class ChildMatchView(QWidget):
    """The families for one child, why others are not, its shortlist and proposals."""

    #: Something was written (a proposal, a step, the shortlist): lists elsewhere follow.
    changed = Signal()

    def __init__(self, db: Database, pool: PoolCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pool = pool
        self.setObjectName("childMatchView")
        self.code: str | None = None
        self.match: ChildMatch | None = None
        self.names: dict[int, str] = {}
        self.loading = False
        self.filter_loading = False
        self._generation = 0
        self._filter_generation = 0
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

    # ----------------------------------------------------------------- building

    def _build_candidates(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.candidate_model = CandidateModel(self)
        self.candidate_table = make_table(
            self.candidate_model, "candidateTable", self.tr("Passende gezinnen"), splitter
        )
        self.candidate_table.selectionModel().currentRowChanged.connect(self._candidate_chosen)
        self.candidate_table.doubleClicked.connect(lambda _i: self.propose_current())
        detail = QWidget(splitter)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        self.candidate_heading = section_label(self.tr("Kies een gezin in de lijst"), detail)
        self.candidate_heading.setObjectName("candidateHeading")
        layout.addWidget(self.candidate_heading)
        self.candidate_facts = text_label(detail, "candidateFacts")
        layout.addWidget(self.candidate_facts)
        buttons = FlowLayout(spacing=6)
        self.shortlist_button = QPushButton(self.tr("Op de shortlist"), detail)
        self.shortlist_button.setObjectName("addShortlist")
        self.shortlist_button.clicked.connect(self.add_current_to_shortlist)
        self.propose_button = QPushButton(self.tr("Voorstellen…"), detail)
        self.propose_button.setObjectName("proposeCandidate")
        self.propose_button.clicked.connect(self.propose_current)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.shortlist_button)
        layout.addLayout(buttons)
        layout.addWidget(section_label(self.tr("Zo is de score opgebouwd"), detail))
        self.component_model = RowsModel(
            [
                self.tr("Onderdeel"),
                self.tr("Telt mee voor"),
                self.tr("Waarde (0–1)"),
                self.tr("Levert op"),
            ],
            numeric=(1, 2, 3),
            parent=self,
        )
        self.component_table = make_table(
            self.component_model, "componentTable", self.tr("Onderdelen van de score"), detail
        )
        self.component_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.component_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for policy in (
            self.component_table.setHorizontalScrollBarPolicy,
            self.component_table.setVerticalScrollBarPolicy,
        ):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.component_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.component_table)
        layout.addWidget(section_label(self.tr("Uitleg"), detail))
        self.explanation = text_label(detail, "candidateExplanation")
        scroll = QScrollArea(detail)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.explanation)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        splitter.addWidget(self.candidate_table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._candidate_buttons(None)
        return splitter

    def _build_excluded(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        tools = FlowLayout(spacing=8)
        search_label = QLabel(self.tr("Waarom staat een gezin &niet op de lijst?"), page)
        self.excluded_search = QLineEdit(page)
        self.excluded_search.setObjectName("excludedSearch")
        self.excluded_search.setPlaceholderText(self.tr("naam of nummer van het gezin"))
        self.excluded_search.setAccessibleName(
            self.tr("Waarom staat een gezin niet op de lijst? Naam of nummer van het gezin")
        )
        self.excluded_search.setClearButtonEnabled(True)
        self.excluded_search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        search_label.setBuddy(self.excluded_search)
        reason_label = QLabel(self.tr("Valt &af om:"), page)
        self.reason_filter = QComboBox(page)
        self.reason_filter.setObjectName("reasonFilter")
        self.reason_filter.setAccessibleName(self.tr("Alleen gezinnen die afvallen om"))
        self.reason_filter.setToolTip(self.tr("Alleen gezinnen die om deze reden afvallen"))
        self.reason_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        reason_label.setBuddy(self.reason_filter)
        for widget in (search_label, self.excluded_search, reason_label, self.reason_filter):
            tools.addWidget(widget)
        layout.addLayout(tools)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setChildrenCollapsible(False)
        self.excluded_model = ExclusionModel(self)
        self.excluded_model.place_of = self._place_of
        self.excluded_table = make_table(
            self.excluded_model, "excludedTable", self.tr("Gezinnen die afvallen"), splitter
        )
        self.excluded_table.selectionModel().currentRowChanged.connect(self._excluded_chosen)
        reasons = QWidget(splitter)
        reasons_layout = QVBoxLayout(reasons)
        reasons_layout.setContentsMargins(8, 0, 0, 0)
        self.excluded_heading = section_label(self.tr("Kies een gezin in de lijst"), reasons)
        self.excluded_heading.setObjectName("excludedHeading")
        reasons_layout.addWidget(self.excluded_heading)
        self.excluded_reasons = text_label(reasons, "excludedReasons")
        self.excluded_reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        reasons_layout.addWidget(self.excluded_reasons)
        reasons_layout.addStretch(1)
        splitter.addWidget(self.excluded_table)
        splitter.addWidget(reasons)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_excluded_filter)
        self.excluded_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.excluded_search.returnPressed.connect(self.apply_excluded_filter)
        self.reason_filter.activated.connect(lambda _i: self._reason_chosen())
        return page

    def _build_shortlist(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(
            hint(
                self.tr(
                    "Gezinnen die u wilt overwegen voor dit kind. Een voorstel legt de score en "
                    "de uitleg van dat moment vast."
                ),
                page,
            )
        )
        self.shortlist_model = RowsModel(
            [
                self.tr("Gezin"),
                self.tr("Score"),
                self.tr("Past nu?"),
                self.tr("Gezet door"),
                self.tr("Op"),
            ],
            numeric=(1,),
            parent=self,
        )
        self.shortlist_table = make_table(
            self.shortlist_model, "shortlistTable", self.tr("Shortlist van het kind"), page
        )
        layout.addWidget(self.shortlist_table, 1)
        buttons = FlowLayout(spacing=6)
        self.shortlist_propose = QPushButton(self.tr("Voorstellen…"), page)
        self.shortlist_propose.setObjectName("proposeShortlisted")
        self.shortlist_propose.clicked.connect(self.propose_shortlisted)
        self.shortlist_remove = QPushButton(self.tr("Van de shortlist halen"), page)
        self.shortlist_remove.setObjectName("removeShortlist")
        self.shortlist_remove.clicked.connect(self.remove_shortlisted)
        buttons.addWidget(self.shortlist_propose)
        buttons.addWidget(self.shortlist_remove)
        layout.addLayout(buttons)
        return page

    def _build_proposals(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.proposal_model = RowsModel(
            [self.tr("Gezin"), self.tr("Status"), self.tr("Score"), self.tr("Voorgesteld op")],
            numeric=(2,),
            parent=self,
        )
        self.proposal_table = make_table(
            self.proposal_model,
            "childProposalTable",
            self.tr("Voorstellen voor dit kind"),
            splitter,
        )
        self.proposal_table.selectionModel().currentRowChanged.connect(self._proposal_chosen)
        self.proposal_panel = ProposalPanel(self.db, splitter)
        self.proposal_panel.changed.connect(self._proposal_changed)
        splitter.addWidget(self.proposal_table)
        splitter.addWidget(self.proposal_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def _tab_titles(self) -> None:
        m = self.match
        counts = (
            (m.ranking.candidate_count, len(m.ranking.excluded), len(m.shortlist), len(m.proposals))
            if m is not None
            else None
        )
        titles = [
            self.tr("Passende gezinnen"),
            self.tr("Niet op de lijst"),
            self.tr("Shortlist"),
            self.tr("Voorstellen"),
        ]
        for index, title in enumerate(titles):
            text = f"{title} ({counts[index]})" if counts is not None else title
            self.tabs.setTabText(index, text)

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
            or self.filter_loading
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
        self._generation += 1
        generation = self._generation
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
        actor = actor_of(self)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.find_button.setEnabled(True)
            if isinstance(error, UserError):
                self.clear()
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        def ranked(pool: CandidatePool, names: dict[int, str]) -> None:
            if generation != self._generation:
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
                if generation != self._generation:
                    return
                self.loading = False
                self.find_button.setEnabled(True)
                self._show_match(match, names, keep_tab=keep_tab)

            run_in_background(work, owner=self, on_success=arrived, on_failure=failed)

        self.pool.with_pool(ranked, failed)

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
        actor = actor_of(self)
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
            self.db,
            code,
            household_id,
            name,
            offer_id,
            score,
            self.match.ranking.child.sibling_codes,
            done,
        )
        return self.dialog

    # ----------------------------------------------------------------- excluded

    def _fill_reason_filter(self, ranking: Ranking) -> None:
        self.reason_filter.clear()
        self.reason_filter.addItem(
            self.tr("elke reden ({n})").format(n=len(ranking.excluded)), None
        )
        counts = sorted(ranking.limit_counts().items(), key=lambda item: -item[1])
        for limit, count in counts:
            self.reason_filter.addItem(f"{limit_label(limit)} ({count})", int(limit))

    def _reason_chosen(self) -> None:
        """A reason was chosen: find who falls away for it (in the background)."""
        if self.match is None:
            return
        value = self.reason_filter.currentData()
        self._filter_generation += 1
        generation = self._filter_generation
        if value is None:
            self._limited = None
            self.apply_excluded_filter()
            return
        ranking = self.match.ranking
        limit = Limit(int(value))
        self.filter_loading = True

        def arrived(found: list[Exclusion]) -> None:
            if generation != self._filter_generation:
                return
            self.filter_loading = False
            self._limited = found
            self.apply_excluded_filter()

        def failed(error: BaseException) -> None:
            self.filter_loading = False
            report_failure(error, self)

        run_in_background(
            lambda: ranking.excluded_with(limit), owner=self, on_success=arrived, on_failure=failed
        )

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
                self.tr("Geen gezin gevonden met '{tekst}'").format(tekst=text),
            )
            set_text(
                self.excluded_reasons,
                self.tr("Controleer de naam of het nummer van het gezin."),
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
            set_text(self.excluded_heading, self.tr("Geen gezinnen in deze lijst"))
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
            self.tr("{gezin} (gezin {id})").format(gezin=name, id=entry.household_id),
        )
        reasons = self.excluded_model.reasons(current.row())
        if isinstance(entry, Exclusion):
            text = self.tr("Valt af voor dit kind:") + "\n" + bullets(reasons)
        else:
            text = self.tr("Past wel: dit gezin {waar}.").format(waar=reasons[0])
        set_text(self.excluded_reasons, text)

    # ----------------------------------------------------------------- shortlist

    def _fill_shortlist(self) -> None:
        if self.match is None:
            return
        ranking = self.match.ranking
        rows, keys = [], []
        for entry in self.match.shortlist:
            fit = ranking.why(entry.household_id)
            if isinstance(fit, Candidate):
                score, fits = format_score(fit.score), self.tr("ja")
            elif isinstance(fit, Exclusion):
                score = ""
                fits = self.tr("nee: {reden}").format(reden=fit.reasons[0] if fit.reasons else "")
            else:
                score, fits = "", self.tr("gezin bestaat niet meer")
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
            self.bar.show_message(self.tr("Kies eerst een gezin op de shortlist."), "info")
            return None
        if not self._can_propose():
            self.bar.show_message(
                self.tr("Dit kind heeft al een lopend voorstel of plaatsing (zie 'Voorstellen')."),
                "info",
            )
            return None
        fit = self.match.ranking.why(entry.household_id)
        if not isinstance(fit, Candidate):
            reasons = "; ".join(fit.reasons) if isinstance(fit, Exclusion) else ""
            self.bar.show_message(
                self.tr("Dit gezin past nu niet bij het kind: {redenen}.").format(redenen=reasons),
                "error",
            )
            return None
        return self._propose(entry.household_id, fit.offer_id, fit.score)

    def remove_shortlisted(self) -> None:
        entry = self._shortlisted()
        if entry is None or self.code is None:
            return
        db, code = self.db, self.code
        actor = actor_of(self)
        self._write(
            lambda: sm.remove_from_shortlist(db, code, entry.household_id, actor=actor),
            self.tr("Het gezin is van de shortlist gehaald."),
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


# --------------------------------------------------------------------------- one family


class FamilyMatchView(QWidget):
    """The waiting children one family could help, best first."""

    changed = Signal()
    open_child = Signal(str)

    def __init__(self, db: Database, pool: PoolCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pool = pool
        self.setObjectName("familyMatchView")
        self.household_id: int | None = None
        self.fits: list[sm.ChildFit] = []
        self.loading = False
        self._generation = 0
        self.dialog: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.setSpacing(8)
        # Wraps in a narrow window rather than making the window wider.
        picker = FlowLayout(spacing=6)
        caption = QLabel(self.tr("&Gezin:"), self)
        caption.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.household_edit = QLineEdit(self)
        self.household_edit.setObjectName("householdPicker")
        self.household_edit.setPlaceholderText(self.tr("naam of nummer van het gezin"))
        self.household_edit.setAccessibleName(self.tr("Naam of nummer van het gezin"))
        self.household_edit.setClearButtonEnabled(True)
        self.household_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        caption.setMinimumHeight(self.household_edit.sizeHint().height())
        caption.setBuddy(self.household_edit)
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self.household_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda text: self._picked(str(text)))
        self.household_edit.setCompleter(completer)
        self.household_edit.returnPressed.connect(lambda: self._picked(self.household_edit.text()))
        self.find_button = QPushButton(self.tr("Zoek kinderen"), self)
        self.find_button.setObjectName("familyFind")
        self.find_button.clicked.connect(lambda: self._picked(self.household_edit.text()))
        self.from_page_button = QPushButton(self.tr("Gezin van de pagina Gezinnen"), self)
        self.from_page_button.setObjectName("familyFromPage")
        self.from_page_button.setToolTip(self.tr("Het gezin dat op de pagina Gezinnen gekozen is"))
        self.from_page_button.clicked.connect(self.use_households_page)
        for widget in (caption, self.household_edit, self.find_button, self.from_page_button):
            picker.addWidget(widget)
        outer.addLayout(picker)
        self.summary = text_label(self, "familySummary")
        self.offers_label = text_label(self, "familyOffers")
        set_text(
            self.summary,
            self.tr(
                "Kies een gezin: u ziet dan de wachtende kinderen die het zou kunnen opnemen, "
                "best passend eerst."
            ),
        )
        outer.addWidget(self.summary)
        outer.addWidget(self.offers_label)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.fit_model = RowsModel(
            [
                self.tr("Kind"),
                self.tr("Broers/zussen"),
                self.tr("Score"),
                self.tr("Afstand school"),
                self.tr("Afstand thuis"),
                self.tr("Aanbod"),
                self.tr("Vrije plekken"),
            ],
            numeric=(2, 3, 4, 6),
            parent=self,
        )
        self.fit_table = make_table(
            self.fit_model, "familyFitTable", self.tr("Kinderen die dit gezin kan helpen"), splitter
        )
        self.fit_table.selectionModel().currentRowChanged.connect(self._fit_chosen)
        detail = QWidget(splitter)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(8, 0, 0, 0)
        self.fit_heading = section_label(self.tr("Kies een kind in de lijst"), detail)
        layout.addWidget(self.fit_heading)
        buttons = FlowLayout(spacing=6)
        self.fit_propose = QPushButton(self.tr("Voorstellen…"), detail)
        self.fit_propose.setObjectName("familyPropose")
        self.fit_propose.clicked.connect(self.propose_current)
        self.fit_open = QPushButton(self.tr("Bekijk bij het kind"), detail)
        self.fit_open.setObjectName("familyOpenChild")
        self.fit_open.clicked.connect(self._open_current_child)
        buttons.addWidget(self.fit_propose)
        buttons.addWidget(self.fit_open)
        layout.addLayout(buttons)
        self.fit_explanation = text_label(detail, "familyExplanation")
        self.fit_explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.fit_explanation, 1)
        splitter.addWidget(self.fit_table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        for button in (self.fit_propose, self.fit_open):
            button.setEnabled(False)
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(lambda: self.household_edit.setFocus())

    def ensure_names(self) -> None:
        """Suggestions for the picker: every family's name and number."""
        if self.suggestions.rowCount():
            return

        def ready(_pool: CandidatePool, names: dict[int, str]) -> None:
            self.suggestions.setStringList(
                [f"{name} · {household_id}" for household_id, name in sorted(names.items())]
            )

        self.pool.with_pool(ready, lambda error: report_failure(error, self))

    def is_loading(self) -> bool:
        return self.loading

    def use_households_page(self) -> None:
        household_id = selected_household_of_window(self)
        if household_id is None:
            self.bar.show_message(
                self.tr("Kies eerst een gezin op de pagina Gezinnen, of typ hier de naam."),
                "info",
            )
            return
        self.show_household(household_id)

    def _picked(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.bar.show_message(self.tr("Typ eerst de naam of het nummer van een gezin."), "info")
            return
        suffix = re.search(r"·\s*(\d+)\s*$", text)
        if suffix is not None:
            self.show_household(int(suffix.group(1)))
            return

        def ready(_pool: CandidatePool, names: dict[int, str]) -> None:
            found = find_households(text, names, limit=10, folded=self.pool.folded or None)
            if not found:
                self.bar.show_message(
                    self.tr("Geen gezin gevonden met '{tekst}'.").format(tekst=text), "error"
                )
            elif len(found) > 1 and not text.isdigit():
                options = ", ".join(f"{names[h]} ({h})" for h in found[:5])
                self.bar.show_message(
                    self.tr(
                        "Meerdere gezinnen passen: {gezinnen}. Kies er een uit de lijst."
                    ).format(gezinnen=options),
                    "info",
                )
                self.household_edit.completer().complete()
            else:
                self.show_household(found[0])

        self.pool.with_pool(ready, lambda error: report_failure(error, self))

    def show_household(self, household_id: int) -> None:
        self.household_id = household_id
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.bar.dismiss()
        db = self.db

        def work() -> tuple[list[sm.ChildFit], dict[int, str], CandidatePool]:
            fits = sm.children_for_household(db, household_id)
            names = household_names(db, [household_id])
            return fits, names, matching_pool(db, household_ids=[household_id])

        def arrived(result: tuple[list[sm.ChildFit], dict[int, str], CandidatePool]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            fits, names, own = result
            name = names.get(household_id, self.tr("gezin {id}").format(id=household_id))
            self.household_edit.setText(f"{name} · {household_id}")
            set_text(self.offers_label, self._offers_text(own))
            self._show_fits(name, fits)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self.loading = False
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=arrived, on_failure=failed)

    def _offers_text(self, own: CandidatePool) -> str:
        """What the family offers now: its stage, checks, and free places per offer."""
        offers = list(own.offers)
        if not offers:
            return self.tr("Dit gezin staat niet (meer) in de database.")
        first = offers[0]
        lines: list[str] = []
        if first.stage != PipelineStage.BESCHIKBAAR:
            lines.append(
                self.tr(
                    "Het gezin is in de fase '{fase}' en nog niet beschikbaar voor matching."
                ).format(fase=label(first.stage))
            )
        lines += list(first.screening_blockers)
        if all(o.offer_id is None for o in offers):
            lines.append(self.tr("Het gezin heeft nog geen aanbod opgegeven (pagina Gezinnen)."))
        for offer in offers:
            if offer.offer_id is None or offer.care_form is None:
                continue
            text = self.tr(
                "Aanbod {zorgvorm}: {n} vrije plek(ken), {van} tot en met {tot} jaar"
            ).format(
                zorgvorm=label(offer.care_form),
                n=offer.free_places,
                van=offer.age_min,
                tot=offer.age_max,
            )
            if offer.paused:
                text += self.tr(" (gepauzeerd)")
            lines.append(text)
        return bullets(lines)

    def _show_fits(self, name: str, fits: list[sm.ChildFit]) -> None:
        self.fits = fits
        if len(fits) == 1:
            text = self.tr("{gezin}: 1 wachtend kind past.").format(gezin=name)
        elif fits:
            text = self.tr("{gezin}: {n} wachtende kinderen passen, best passend eerst.").format(
                gezin=name, n=len(fits)
            )
        else:
            text = self.tr(
                "{gezin}: nu past geen wachtend kind. Kijk bij een kind onder 'Niet op de "
                "lijst' waarom dit gezin afvalt."
            ).format(gezin=name)
        set_text(self.summary, text)
        rows = []
        for fit in fits:
            c = fit.candidate
            rows.append(
                (
                    fit.child,
                    ", ".join(fit.siblings),
                    format_score(c.score),
                    format_distance(c.distance_km.get("school")),
                    format_distance(c.distance_km.get("home")),
                    label(c.care_form) if c.care_form else "",
                    str(c.free_capacity),
                )
            )
        self.fit_model.set_rows(rows, [f.child for f in fits])
        fit_columns(self.fit_table)
        if rows:
            select_row(self.fit_table, 0)
        else:
            set_text(self.fit_heading, self.tr("Geen kinderen"))
            set_text(self.fit_explanation, "")
            for button in (self.fit_propose, self.fit_open):
                button.setEnabled(False)

    def current_fit(self) -> sm.ChildFit | None:
        index = self.fit_table.currentIndex()
        return self.fits[index.row()] if index.isValid() and index.row() < len(self.fits) else None

    def _fit_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        fit = self.current_fit()
        if fit is None:
            return
        set_text(
            self.fit_heading,
            self.tr("Kind {code}: score {score}").format(
                code=fit.child, score=format_score(fit.candidate.score)
            ),
        )
        set_text(self.fit_explanation, bullets(fit.candidate.explanation))
        for button in (self.fit_propose, self.fit_open):
            button.setEnabled(True)

    def _open_current_child(self) -> None:
        fit = self.current_fit()
        if fit is not None:
            self.open_child.emit(fit.child)

    def propose_current(self) -> QWidget | None:
        fit = self.current_fit()
        if fit is None or self.household_id is None:
            return None
        household_id = self.household_id
        name = self.household_edit.text().rsplit(" · ", 1)[0]

        def done(_result: Any) -> None:
            self.pool.invalidate()
            self.bar.show_message(
                self.tr("Kind {code} is voorgesteld aan {gezin}.").format(
                    code=fit.child, gezin=name
                ),
                "success",
            )
            self.show_household(household_id)
            self.changed.emit()

        self.dialog = open_propose(
            self,
            self.db,
            fit.child,
            household_id,
            name,
            fit.candidate.offer_id,
            fit.candidate.score,
            fit.siblings,
            done,
        )
        return self.dialog
