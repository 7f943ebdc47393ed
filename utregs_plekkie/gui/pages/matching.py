"""Matching: nearby, suitable families for a child, ranked and explained; a placement
plan; and a person deciding each step.

Three tabs:

* **Voorstellen en plaatsingen** — every proposal (newest first), and beside it the chosen
  one with its history and next step;
* **Per kind** — the families for one child, the ones that fall away and why, its
  shortlist and its proposals (``gui/matching/workbench/``);
* **Per gezin** — the waiting children one family could help.

Above them "Plaatsingsplan…" (all waiting children at once; nothing is proposed until
confirmed) and, for a beheerder, "Gewichten…". The pool of families is loaded once
and kept; after a step that changes capacity it is loaded again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar
from utregs_plekkie.gui.matching.common import PoolCache
from utregs_plekkie.gui.matching.plan_dialog import PlanDialog, open_plan
from utregs_plekkie.gui.matching.proposals import ProposalPanel
from utregs_plekkie.gui.matching.weights import WeightsDialog, open_weights
from utregs_plekkie.gui.matching.workbench import ChildMatchView, FamilyMatchView
from utregs_plekkie.gui.pages.base import ListPage

TAB_PROPOSALS, TAB_CHILD, TAB_FAMILY = 0, 1, 2


class MatchingPage(ListPage):
    key = "matching"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.pool_cache = PoolCache(ctx.db)
        self.dialog: QWidget | None = None
        super().__init__(ctx, parent)
        self.pool_cache.setParent(self)
        self.current_changed.connect(self.proposal_panel.load)

    def title(self) -> str:
        return self.tr("Matching")

    def empty_text(self) -> str:
        return self.tr(
            "Nog geen voorstellen. Kies het tabblad 'Per kind', typ de code van een kind en "
            "stel een passend gezin voor; of bereken een plaatsingsplan."
        )

    # ----------------------------------------------------------------- body

    def build_body(self) -> QWidget:
        list_body = super().build_body()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        tools = FlowLayout(spacing=6)
        self.plan_button = QPushButton(self.tr("Plaatsingsplan…"), body)
        self.plan_button.setObjectName("planButton")
        self.plan_button.setToolTip(
            self.tr(
                "Voor alle wachtende kinderen tegelijk de beste verdeling over de gezinnen "
                "(Ctrl+Shift+P); er wordt niets voorgesteld zonder uw bevestiging"
            )
        )
        self.plan_button.clicked.connect(self.open_plan)
        self.weights_button = QPushButton(self.tr("Gewichten…"), body)
        self.weights_button.setObjectName("weightsButton")
        self.weights_button.setToolTip(self.tr("Hoe zwaar elk onderdeel meetelt in de score"))
        self.weights_button.clicked.connect(self.open_weights)
        tools.addWidget(self.plan_button)
        tools.addWidget(self.weights_button)
        layout.addLayout(tools)
        self.page_bar = MessageBar(body)
        self.page_bar.setObjectName("pageMessage")
        layout.addWidget(self.page_bar)

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("matchingTabs")
        proposals = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        proposals.setChildrenCollapsible(False)
        proposals.addWidget(list_body)
        self.proposal_panel = ProposalPanel(self.ctx, proposals)
        self.proposal_panel.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)
        proposals.addWidget(self.proposal_panel)
        proposals.setStretchFactor(0, 3)
        proposals.setStretchFactor(1, 2)
        self.child_view = ChildMatchView(self.ctx, self.pool_cache, self.tabs)
        self.family_view = FamilyMatchView(self.ctx, self.pool_cache, self.tabs)
        self.tabs.addTab(proposals, self.tr("Voorstellen en plaatsingen"))
        self.tabs.addTab(self.child_view, self.tr("Per kind"))
        self.tabs.addTab(self.family_view, self.tr("Per gezin"))
        for index, tip in enumerate(
            (
                self.tr("Alle voorstellen, nieuwste eerst, met de volgende stap (Alt+1)"),
                self.tr("Passende gezinnen voor één kind, en waarom andere afvallen (Alt+2)"),
                self.tr("Wachtende kinderen die één gezin zou kunnen helpen (Alt+3)"),
            )
        ):
            self.tabs.setTabToolTip(index, tip)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.proposal_panel.changed.connect(self._proposal_changed)
        self.child_view.changed.connect(self._something_changed)
        self.family_view.changed.connect(self._something_changed)
        self.family_view.open_child.connect(self.show_child)
        for number, index in ((1, TAB_PROPOSALS), (2, TAB_CHILD), (3, TAB_FAMILY)):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        plan = QAction(self.tr("Plaatsingsplan…"), self)
        plan.setShortcut(QKeySequence("Ctrl+Shift+P"))
        plan.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan.triggered.connect(self.open_plan)
        self.addAction(plan)
        return body

    def _tab_changed(self, index: int) -> None:
        if index == TAB_CHILD:
            self.child_view.ensure_codes()
            if not self.child_view.code:
                self.child_view.code_edit.setFocus()
        elif index == TAB_FAMILY:
            self.family_view.ensure_names()

    def _update_rights(self) -> None:
        self.weights_button.setVisible(self.ctx.may(Permission.SETTINGS))

    # ----------------------------------------------------------------- loading

    def ensure_loaded(self) -> None:
        self._update_rights()
        super().ensure_loaded()

    def refresh(self) -> None:
        super().refresh()
        self._update_rights()
        self.pool_cache.invalidate()
        self.proposal_panel.reload()
        self.child_view.refresh()
        if self.tabs.currentIndex() == TAB_CHILD:
            self.child_view.ensure_codes(again=True)

    def is_loading(self) -> bool:
        return (
            super().is_loading()
            or self.proposal_panel.is_loading()
            or self.child_view.is_loading()
            or self.family_view.is_loading()
        )

    # ----------------------------------------------------------------- going places

    def show_child(self, code: str) -> None:
        """The families for child ``code`` (from the Kinderen page or elsewhere)."""
        self.tabs.setCurrentIndex(TAB_CHILD)
        self.child_view.show_child(code)

    def show_household(self, household_id: int) -> None:
        """The waiting children family ``household_id`` could help."""
        self.tabs.setCurrentIndex(TAB_FAMILY)
        self.family_view.show_household(household_id)

    # ----------------------------------------------------------------- changes

    def _something_changed(self) -> None:
        self.model.reload()
        self._load_counts()

    def _proposal_changed(self, code: str) -> None:
        self.pool_cache.invalidate()
        self._something_changed()
        if self.child_view.code == code:
            self.child_view.refresh()

    # ----------------------------------------------------------------- dialogs

    def open_plan(self) -> PlanDialog:
        def proposed() -> None:
            self._something_changed()
            self.child_view.refresh()

        dialog = open_plan(self, self.ctx, proposed)
        self.dialog = dialog
        return dialog

    def open_weights(self) -> WeightsDialog | None:
        if not self.ctx.may(Permission.SETTINGS):
            self.page_bar.show_message(
                self.tr("Alleen een beheerder kan de gewichten aanpassen."), "info"
            )
            return None

        def saved(_weights: Any) -> None:
            self.page_bar.show_message(
                self.tr("De gewichten zijn opgeslagen; de rangschikking gebruikt ze vanaf nu."),
                "success",
            )
            self.child_view.refresh()

        dialog = open_weights(self, self.ctx, saved)
        self.dialog = dialog
        return dialog
