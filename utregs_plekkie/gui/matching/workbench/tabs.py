"""The tabs of the child view: the tables and buttons, built once, filled by the view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.matching import (
    Candidate,
    Exclusion,
    Ranking,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, hint
from utregs_plekkie.gui.matching.common import (
    PoolCache,
    section_label,
    text_label,
    translate,
)
from utregs_plekkie.gui.matching.models import CandidateModel, ExclusionModel, RowsModel
from utregs_plekkie.gui.matching.proposals import ProposalPanel
from utregs_plekkie.gui.matching.workbench.tables import (
    SEARCH_DEBOUNCE_MS,
    make_table,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import (
    ChildRecord,
    ProposalView,
)
from utregs_plekkie.storage.database import Database


@dataclass
class ChildMatch:
    """Everything the child view shows, loaded in one go in the background."""

    ranking: Ranking
    record: ChildRecord | None
    shortlist: list[sm.ShortlistEntry]
    proposals: list[ProposalView]


class ChildMatchTabs(QWidget):
    """The four tabs of :class:`ChildMatchView` (families that fit, families that do not,
    the shortlist, the proposals): their tables and buttons. The view fills them."""

    #: Something was written (a proposal, a step, the shortlist): lists elsewhere follow.
    changed = Signal()

    # What the view holds and the answers it gives (set and defined in the classes
    # built on this one).
    ctx: AppContext
    db: Database
    pool: PoolCache
    code: str | None
    match: ChildMatch | None
    names: dict[int, str]
    loading: bool
    bar: MessageBar
    tabs: QTabWidget
    _filter: LatestOnly
    _limited: list[Exclusion] | None

    def refresh(self) -> None:
        raise NotImplementedError

    def propose_current(self) -> QWidget | None:
        raise NotImplementedError

    def add_current_to_shortlist(self) -> None:
        raise NotImplementedError

    def _propose(self, household_id: int, offer_id: int | None, score: float | None) -> QWidget:
        raise NotImplementedError

    def _can_propose(self) -> bool:
        raise NotImplementedError

    def _candidate_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        raise NotImplementedError

    def _candidate_buttons(self, candidate: Candidate | None) -> None:
        raise NotImplementedError

    def _proposal_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        raise NotImplementedError

    def _proposal_changed(self, _code: str) -> None:
        raise NotImplementedError

    def apply_excluded_filter(self) -> None:
        raise NotImplementedError

    def _reason_chosen(self) -> None:
        raise NotImplementedError

    def _place_of(self, household_id: int) -> str:
        raise NotImplementedError

    def _excluded_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        raise NotImplementedError

    def propose_shortlisted(self) -> QWidget | None:
        raise NotImplementedError

    def remove_shortlisted(self) -> None:
        raise NotImplementedError

    # ----------------------------------------------------------------- building

    def _build_candidates(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.candidate_model = CandidateModel(self)
        self.candidate_table = make_table(
            self.candidate_model,
            "candidateTable",
            translate("ChildMatchView", "Passende gezinnen"),
            splitter,
        )
        self.candidate_table.selectionModel().currentRowChanged.connect(self._candidate_chosen)
        self.candidate_table.doubleClicked.connect(lambda _i: self.propose_current())
        detail = QWidget(splitter)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        self.candidate_heading = section_label(
            translate("ChildMatchView", "Kies een gezin in de lijst"), detail
        )
        self.candidate_heading.setObjectName("candidateHeading")
        layout.addWidget(self.candidate_heading)
        self.candidate_facts = text_label(detail, "candidateFacts")
        layout.addWidget(self.candidate_facts)
        buttons = FlowLayout(spacing=6)
        self.shortlist_button = QPushButton(translate("ChildMatchView", "Op de shortlist"), detail)
        self.shortlist_button.setObjectName("addShortlist")
        self.shortlist_button.clicked.connect(self.add_current_to_shortlist)
        self.propose_button = QPushButton(translate("ChildMatchView", "Voorstellen…"), detail)
        self.propose_button.setObjectName("proposeCandidate")
        self.propose_button.clicked.connect(self.propose_current)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.shortlist_button)
        layout.addLayout(buttons)
        layout.addWidget(
            section_label(translate("ChildMatchView", "Zo is de score opgebouwd"), detail)
        )
        self.component_model = RowsModel(
            [
                translate("ChildMatchView", "Onderdeel"),
                translate("ChildMatchView", "Telt mee voor"),
                translate("ChildMatchView", "Waarde (0–1)"),
                translate("ChildMatchView", "Levert op"),
            ],
            numeric=(1, 2, 3),
            parent=self,
        )
        self.component_table = make_table(
            self.component_model,
            "componentTable",
            translate("ChildMatchView", "Onderdelen van de score"),
            detail,
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
        layout.addWidget(section_label(translate("ChildMatchView", "Uitleg"), detail))
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
        search_label = QLabel(
            translate("ChildMatchView", "Waarom staat een gezin &niet op de lijst?"), page
        )
        self.excluded_search = QLineEdit(page)
        self.excluded_search.setObjectName("excludedSearch")
        self.excluded_search.setPlaceholderText(
            translate("ChildMatchView", "naam of nummer van het gezin")
        )
        self.excluded_search.setAccessibleName(
            translate(
                "ChildMatchView",
                "Waarom staat een gezin niet op de lijst? Naam of nummer van het gezin",
            )
        )
        self.excluded_search.setClearButtonEnabled(True)
        self.excluded_search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        search_label.setBuddy(self.excluded_search)
        reason_label = QLabel(translate("ChildMatchView", "Valt &af om:"), page)
        self.reason_filter = QComboBox(page)
        self.reason_filter.setObjectName("reasonFilter")
        self.reason_filter.setAccessibleName(
            translate("ChildMatchView", "Alleen gezinnen die afvallen om")
        )
        self.reason_filter.setToolTip(
            translate("ChildMatchView", "Alleen gezinnen die om deze reden afvallen")
        )
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
            self.excluded_model,
            "excludedTable",
            translate("ChildMatchView", "Gezinnen die afvallen"),
            splitter,
        )
        self.excluded_table.selectionModel().currentRowChanged.connect(self._excluded_chosen)
        reasons = QWidget(splitter)
        reasons_layout = QVBoxLayout(reasons)
        reasons_layout.setContentsMargins(8, 0, 0, 0)
        self.excluded_heading = section_label(
            translate("ChildMatchView", "Kies een gezin in de lijst"), reasons
        )
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
                translate(
                    "ChildMatchView",
                    "Gezinnen die u wilt overwegen voor dit kind. Een voorstel legt de score en "
                    "de uitleg van dat moment vast.",
                ),
                page,
            )
        )
        self.shortlist_model = RowsModel(
            [
                translate("ChildMatchView", "Gezin"),
                translate("ChildMatchView", "Score"),
                translate("ChildMatchView", "Past nu?"),
                translate("ChildMatchView", "Gezet door"),
                translate("ChildMatchView", "Op"),
            ],
            numeric=(1,),
            parent=self,
        )
        self.shortlist_table = make_table(
            self.shortlist_model,
            "shortlistTable",
            translate("ChildMatchView", "Shortlist van het kind"),
            page,
        )
        layout.addWidget(self.shortlist_table, 1)
        buttons = FlowLayout(spacing=6)
        self.shortlist_propose = QPushButton(translate("ChildMatchView", "Voorstellen…"), page)
        self.shortlist_propose.setObjectName("proposeShortlisted")
        self.shortlist_propose.clicked.connect(self.propose_shortlisted)
        self.shortlist_remove = QPushButton(
            translate("ChildMatchView", "Van de shortlist halen"), page
        )
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
            [
                translate("ChildMatchView", "Gezin"),
                translate("ChildMatchView", "Status"),
                translate("ChildMatchView", "Score"),
                translate("ChildMatchView", "Voorgesteld op"),
            ],
            numeric=(2,),
            parent=self,
        )
        self.proposal_table = make_table(
            self.proposal_model,
            "childProposalTable",
            translate("ChildMatchView", "Voorstellen voor dit kind"),
            splitter,
        )
        self.proposal_table.selectionModel().currentRowChanged.connect(self._proposal_chosen)
        self.proposal_panel = ProposalPanel(self.ctx, splitter)
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
            translate("ChildMatchView", "Passende gezinnen"),
            translate("ChildMatchView", "Niet op de lijst"),
            translate("ChildMatchView", "Shortlist"),
            translate("ChildMatchView", "Voorstellen"),
        ]
        for index, title in enumerate(titles):
            text = f"{title} ({counts[index]})" if counts is not None else title
            self.tabs.setTabText(index, text)
