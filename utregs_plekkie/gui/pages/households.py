"""Gezinnen: foster and support families, from registration to available.

The page holds three views of the same search and filters: the list (lazy, 200 rows
at a time, for 25,000 families), the board (a column per stage, cards moved by
dragging or with Ctrl+→ / Ctrl+←) and "vandaag" (what is due or overdue). Beside them
the detail panel of the chosen family. The parts live in ``gui/households``; this
page arranges them and keeps them in step after a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import PipelineStage
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.board import BoardView
from utregs_plekkie.gui.households.detail import HouseholdDetailPanel
from utregs_plekkie.gui.households.dialogs import NewHouseholdDialog
from utregs_plekkie.gui.households.filters import HouseholdFilterBar
from utregs_plekkie.gui.households.listing import (
    HouseholdQuerySource,
    LateRowDelegate,
    is_filtered,
)
from utregs_plekkie.gui.households.moves import BACKWARD, FORWARD, MoveController, MoveOutcome
from utregs_plekkie.gui.households.today import TodayView
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, share_splitter
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.packs import open_intake_pack
from utregs_plekkie.gui.pages.base import ListPage
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.households import BoardColumn, HouseholdQuery, board

#: Cards per board column (the families longest in the stage).
BOARD_CARDS = 50
VIEW_LIST, VIEW_BOARD, VIEW_TODAY = "list", "board", "today"


class HouseholdsPage(ListPage):
    key = "households"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.query = HouseholdQuery()
        self._board_loads = LatestOnly(owner=self)
        self.board_loading = False
        self._board_stale = True
        self._focus_after_board: int | None = None
        self._shared = False
        super().__init__(ctx, parent)
        # Duck-typed like a storage ListSource: the list model only counts and fetches.
        self.model.source = HouseholdQuerySource(self.query)  # type: ignore[assignment]
        self.current_changed.connect(self.detail.request)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared:
            self._shared = True
            share_splitter(self.splitter, 0.56)

    def title(self) -> str:
        return self.tr("Gezinnen")

    def empty_text(self) -> str:
        if is_filtered(self.query):
            return self.tr(
                "Geen gezinnen gevonden met deze zoektekst of filters. Maak de zoektekst "
                "korter of kies 'Wissen'."
            )
        return self.tr(
            "Nog geen gezinnen. Een gezin komt erbij zodra iemand zich aanmeldt, "
            "meestal na een informatieavond."
        )

    # ----------------------------------------------------------------- intake pack (issue 4)

    def build_body(self) -> QWidget:
        body = self._build_households_body(super().build_body())
        self._add_intake_pack_action()
        return body

    def _add_intake_pack_action(self) -> None:
        """ "Intakepakket…" for the chosen family: the list's context menu, Ctrl+Shift+I,
        or the button above the list."""
        self.intake_pack_action = QAction(self.tr("Intakepakket…"), self)
        self.intake_pack_action.setObjectName("actionIntakePack")
        self.intake_pack_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.intake_pack_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.intake_pack_action.setToolTip(
            self.tr("Het intakepakket van het gekozen gezin maken (Ctrl+Shift+I)")
        )
        self.intake_pack_action.setEnabled(False)
        self.intake_pack_action.triggered.connect(self.open_intake_pack)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.intake_pack_action)
        self.addAction(self.intake_pack_action)
        self.intake_pack_button = QToolButton(self)
        self.intake_pack_button.setObjectName("intakePackButton")
        self.intake_pack_button.setDefaultAction(self.intake_pack_action)
        self.intake_pack_button.setAccessibleName(self.tr("Intakepakket"))
        self.counts_row.addWidget(self.intake_pack_button)
        self.current_changed.connect(lambda row_id: self.intake_pack_action.setEnabled(row_id >= 0))

    def open_intake_pack(self) -> QDialog | None:
        household_id = self.current_id()
        if household_id is None:
            self.status_message.emit(self.tr("Kies eerst een gezin in de lijst."))
            return None
        return open_intake_pack(self, self.ctx, household_id)

    # ----------------------------------------------------------------- the three views

    def _build_households_body(self, list_body: QWidget) -> QWidget:
        """Filters and view switch above the list, board and "vandaag"; the detail
        panel beside them. ``list_body`` is the list (table or empty sentence)."""
        self.table.setItemDelegate(LateRowDelegate(self.model, self.table))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.filters = HouseholdFilterBar(body)
        self.filters.query_changed.connect(self.set_query)
        layout.addWidget(self.filters)

        tools = FlowLayout(spacing=6)
        self.view_group = QButtonGroup(body)
        self.view_group.setExclusive(True)
        self.view_buttons: dict[str, QPushButton] = {}
        for key, caption, tip in (
            (VIEW_LIST, self.tr("Lijst"), self.tr("Alle gezinnen als lijst")),
            (VIEW_BOARD, self.tr("Bord"), self.tr("Een kolom per fase; kaarten verslepen")),
            (VIEW_TODAY, self.tr("Vandaag"), self.tr("Wat vandaag moet gebeuren of te laat is")),
        ):
            button = QPushButton(caption, body)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(self.tr("Weergave: {view}").format(view=caption))
            button.clicked.connect(lambda _checked=False, k=key: self.set_view(k))
            self.view_group.addButton(button)
            self.view_buttons[key] = button
            tools.addWidget(button)
        self.view_buttons[VIEW_LIST].setChecked(True)

        self.back_button = QPushButton(self.tr("← Vorige fase"), body)
        self.back_button.setToolTip(self.tr("Gekozen kaart een fase terug (Ctrl+←)"))
        self.back_button.clicked.connect(lambda: self.step_current(BACKWARD))
        self.next_button = QPushButton(self.tr("Volgende fase →"), body)
        self.next_button.setObjectName("boardNextStage")
        self.next_button.setToolTip(self.tr("Gekozen kaart naar de volgende fase (Ctrl+→)"))
        self.next_button.clicked.connect(lambda: self.step_current(FORWARD))
        self.pause_button = QPushButton(self.tr("Pauzeren…"), body)
        self.pause_button.setAccessibleName(self.tr("Gekozen kaart pauzeren"))
        self.pause_button.clicked.connect(lambda: self.stop_current(PipelineStage.GEPAUZEERD))
        self.stop_button = QPushButton(self.tr("Stoppen…"), body)
        self.stop_button.setAccessibleName(self.tr("Gekozen kaart laten stoppen"))
        self.stop_button.clicked.connect(lambda: self.stop_current(PipelineStage.GESTOPT))
        self.board_buttons = [
            self.back_button,
            self.next_button,
            self.pause_button,
            self.stop_button,
        ]
        for button in self.board_buttons:
            tools.addWidget(button)
            button.hide()
        self.new_button = QPushButton(self.tr("Nieuw gezin…"), body)
        self.new_button.setToolTip(self.tr("Een gezin invoeren dat niet uit een aanvraag komt"))
        self.new_button.clicked.connect(self.new_household)
        tools.addWidget(self.new_button)
        layout.addLayout(tools)

        self.page_bar = MessageBar(body)
        self.page_bar.setObjectName("pageMessage")
        layout.addWidget(self.page_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.splitter.setChildrenCollapsible(False)
        self.views = QStackedWidget(self.splitter)
        self.views.addWidget(list_body)
        self.board_view = BoardView(self.views)
        self.views.addWidget(self.board_view)
        self.today_view = TodayView(self.ctx, self.views)
        self.views.addWidget(self.today_view)
        self.mover = MoveController(self.ctx, self)
        self.detail = HouseholdDetailPanel(self.ctx, self.mover, self.splitter)
        self.detail.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self.board_view.card_selected.connect(lambda card: self.detail.request(card.id))
        self.board_view.step_requested.connect(self._board_step)
        self.board_view.move_requested.connect(self._board_move)
        self.today_view.household_chosen.connect(self.open_household)
        self.today_view.busy_changed.connect(self._update_busy)
        self.mover.moved.connect(self._moved)
        self.mover.refused.connect(self._refused)
        self.detail.changed.connect(self._household_changed)

        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(self.filters.focus_search)
        self.view_actions: dict[str, QAction] = {}
        for key, shortcut in ((VIEW_LIST, "Alt+1"), (VIEW_BOARD, "Alt+2"), (VIEW_TODAY, "Alt+3")):
            action = QAction(self.view_buttons[key].text(), self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, k=key: self.set_view(k))
            self.addAction(action)
            self.view_actions[key] = action
            button = self.view_buttons[key]
            button.setToolTip(f"{button.toolTip()} ({shortcut})")
        return body

    def current_view(self) -> str:
        widget = self.views.currentWidget()
        if widget is self.board_view:
            return VIEW_BOARD
        if widget is self.today_view:
            return VIEW_TODAY
        return VIEW_LIST

    def set_view(self, view: str) -> None:
        """Show the list, the board or "vandaag" (each loads when first needed)."""
        widget = {VIEW_LIST: self.stack, VIEW_BOARD: self.board_view, VIEW_TODAY: self.today_view}
        self.views.setCurrentWidget(widget[view])
        self.view_buttons[view].setChecked(True)
        for button in self.board_buttons:
            button.setVisible(view == VIEW_BOARD)
        # "Vandaag" covers every family: the search and filters do not apply there.
        self.filters.setVisible(view != VIEW_TODAY)
        if view == VIEW_BOARD and self._board_stale:
            self.load_board()
        elif view == VIEW_TODAY:
            self.today_view.ensure_loaded()
            self._update_busy()

    def show_today(self) -> None:
        """Beeld → Vandaag: the "vandaag" view, freshly computed."""
        self.ensure_loaded()
        if self.current_view() == VIEW_TODAY and self.today_view.loaded_once:
            self.today_view.load()
        self.set_view(VIEW_TODAY)
        self.today_view.table.setFocus()

    # ----------------------------------------------------------------- query, loading

    def set_query(self, query: HouseholdQuery) -> None:
        """New search text or filters: the list (and the board, if shown) follow."""
        self.query = query
        self.model.source = HouseholdQuerySource(query)  # type: ignore[assignment]
        self.model.reload()
        self._board_stale = True
        if self.current_view() == VIEW_BOARD:
            self.load_board()

    def refresh(self) -> None:
        super().refresh()
        self._board_stale = True
        if self.current_view() == VIEW_BOARD:
            self.load_board()
        if self.today_view.loaded_once:
            self.today_view.load()
        self.detail.reload()

    def is_loading(self) -> bool:
        return super().is_loading() or self.board_loading or self.today_view.loading

    def load_board(self) -> None:
        self.board_loading = True
        self._board_stale = False
        self._update_busy()
        db, query = self.db, self.query

        def arrived(columns: dict[PipelineStage, BoardColumn]) -> None:
            self.board_loading = False
            self.board_view.show_board(columns)
            self._update_busy()
            total = sum(column.count for column in columns.values())
            self.status_message.emit(
                self.tr("Bord: {total} gezinnen; per fase de {n} die er het langst staan").format(
                    total=lists.format_number(total), n=BOARD_CARDS
                )
            )
            focus, self._focus_after_board = self._focus_after_board, None
            if focus is not None:
                self.board_view.focus_card(focus)

        def failed(error: BaseException) -> None:
            self.board_loading = False
            self._board_stale = True
            self._update_busy()
            report_failure(error, self)

        self._board_loads.run(
            lambda: board(db, query, per_column=BOARD_CARDS),
            on_success=arrived,
            on_failure=failed,
        )

    # ----------------------------------------------------------------- families

    def open_household(self, household_id: int) -> None:
        """Show one family in the detail panel (from "vandaag", a request, a link)."""
        self.detail.request(household_id, now=True)

    def new_household(self) -> NewHouseholdDialog:
        dialog = NewHouseholdDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, household_id: Any) -> None:
        self.page_bar.show_message(self.tr("Het gezin is aangemaakt."), "success")
        self._household_changed(int(household_id))
        self.open_household(int(household_id))

    def _household_changed(self, _household_id: int) -> None:
        """Something about a family was saved: lists, counts and board follow."""
        self.model.reload()
        self._load_counts()
        self._board_stale = True
        if self.current_view() == VIEW_BOARD:
            self.load_board()
        if self.today_view.loaded_once:
            self.today_view.load()

    # ----------------------------------------------------------------- moving

    def _board_step(self, card: Any, direction: int) -> None:
        self.mover.step(card.id, card.name, card.stage, direction, card.version)

    def _board_move(self, payload: dict[str, Any], stage: PipelineStage) -> None:
        self.mover.move_to(
            int(payload["id"]), str(payload.get("name", "")), stage, payload.get("version")
        )

    def step_current(self, direction: int) -> None:
        card = self.board_view.current
        if card is None:
            self.page_bar.show_message(self.tr("Kies eerst een kaart op het bord."), "info")
            return
        self._board_step(card, direction)

    def stop_current(self, stage: PipelineStage) -> None:
        card = self.board_view.current
        if card is None:
            self.page_bar.show_message(self.tr("Kies eerst een kaart op het bord."), "info")
            return
        self.mover.move_to(card.id, card.name, stage, card.version)

    def _moved(self, outcome: MoveOutcome) -> None:
        self.page_bar.show_message(self.mover.moved_text(outcome), "success")
        self._household_changed(outcome.household_id)
        if self.detail.household_id == outcome.household_id:
            self.detail.reload()
        else:
            self.detail.request(outcome.household_id, now=True)
        if self.current_view() == VIEW_BOARD:
            # Keyboard users keep working on the same card, in its new column, once the
            # board has been reloaded.
            self._focus_after_board = outcome.household_id

    def _refused(self, _household_id: int, message: str) -> None:
        self.page_bar.show_message(message, "error")
        if self.detail.household_id is not None:
            self.detail.bar.show_message(message, "error")
