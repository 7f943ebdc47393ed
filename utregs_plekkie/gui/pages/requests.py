"""Aanvragen: information requests (leads), the recruiter's daily list.

Above the list the search box and filters (``gui.requests.filters``) with the count
"N van M getoond", "Nieuwe aanvraag…" (Ctrl+N) and "Vandaag" (what is due today or
overdue, oldest first). The list is a lazy model over ``storage.requests``
(``gui.requests.model``): 200 rows at a time, sorted by the column header clicked,
overdue rows highlighted. Beside it the detail panel of the chosen request
(``gui.requests.detail``), built the first time a request is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.households.from_request import add_register_as_household_action
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, share_splitter
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.packs import open_packs_dialog
from utregs_plekkie.gui.pages.base import ListPage
from utregs_plekkie.gui.requests.detail import RequestDetailPanel
from utregs_plekkie.gui.requests.dialogs import NewRequestDialog
from utregs_plekkie.gui.requests.filters import RequestFilterBar
from utregs_plekkie.gui.requests.model import (
    FOLLOW_UP_COLUMN,
    RECEIVED_COLUMN,
    VISUAL_ORDER,
    RequestListModel,
    column_of,
)
from utregs_plekkie.gui.trust.consent import add_withdraw_consent_action
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.requests import (
    DEFAULT_SORT,
    TODAY_SORT,
    RequestQuery,
    RequestSort,
    count_requests,
)

#: Events offered in the filter (the most recent ones).
FILTER_EVENTS = 500


class RequestsPage(ListPage):
    key = "requests"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        #: How many requests there are in all (the M of "N van M getoond").
        self.all_total: int | None = None
        self.event_names: dict[int, str] = {}
        self._detail: RequestDetailPanel | None = None
        self._shared = False
        self._reselect: int | None = None
        self._extras: LatestOnly | None = None
        self.new_dialog: QDialog | None = None
        super().__init__(ctx, parent)
        self.current_changed.connect(self._current_changed)
        # A click on the row that is already current changes the selection only.
        self.table.selectionModel().selectionChanged.connect(self._selection_to_detail)
        self.model.loaded.connect(self._after_load)

    def title(self) -> str:
        return self.tr("Aanvragen")

    def empty_text(self) -> str:
        if self.requests_model.query != RequestQuery():
            return self.tr(
                "Geen aanvragen gevonden met deze zoektekst of filters. Maak de zoektekst "
                "korter of kies 'Wissen'."
            )
        return self.tr("Nog geen aanvragen. Voeg er een toe of importeer een bestand.")

    # ----------------------------------------------------------------- packs (issue 4)

    def build_body(self) -> QWidget:
        # The list runs on the page's own model over storage.requests (search, filters,
        # header sorting); it is put in place before ListPage builds the table on it.
        self.requests_model = RequestListModel(self.db)
        # Duck-typed like the base class's LazyListModel (row_id, reload, its signals).
        self.model = self.requests_model  # type: ignore[assignment]
        body = super().build_body()
        self._add_pack_action()
        # Issue 5: "Aanmelden als gezin…" (request -> household in one action).
        add_register_as_household_action(self)
        # Issue 8: "Toestemming intrekken…" (AVG) in the list's context menu.
        add_withdraw_consent_action(self)
        return self._build_requests_body(body)

    def _add_pack_action(self) -> None:
        """Information packs for the selected requests ("Pakket voor selectie…"), from
        the list's context menu, Ctrl+Shift+P, or the button above the list."""
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pack_action = QAction(self.tr("Pakket voor selectie…"), self)
        self.pack_action.setObjectName("actionPackForSelection")
        self.pack_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pack_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pack_action.setToolTip(
            self.tr("Informatiepakketten voor de geselecteerde aanvragen (Ctrl+Shift+P)")
        )
        self.pack_action.setEnabled(False)
        self.pack_action.triggered.connect(self.open_pack_for_selection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.pack_action)
        self.addAction(self.pack_action)
        self.pack_button = QToolButton(self)
        self.pack_button.setObjectName("packForSelectionButton")
        self.pack_button.setDefaultAction(self.pack_action)
        self.pack_button.setAccessibleName(self.tr("Pakket voor selectie"))
        self.counts_row.addWidget(self.pack_button)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

    def _selection_changed(self, *_args: object) -> None:
        self.pack_action.setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        """The ids of the selected requests, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.row_id(row) for row in rows) if i is not None]

    def open_pack_for_selection(self) -> QDialog | None:
        ids = self.selected_ids()
        if not ids:
            self.status_message.emit(self.tr("Selecteer eerst een of meer aanvragen in de lijst."))
            return None
        return open_packs_dialog(self, self.ctx, ids, on_marked=lambda _ids: self.refresh())

    # ----------------------------------------------------------------- issue 3: the list

    def _build_requests_body(self, list_body: QWidget) -> QWidget:
        """Filters, tools and count above the list; the detail panel beside it."""
        header = self.table.horizontalHeader()
        for visual, logical in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.requests_model.sort_changed.connect(self._sort_changed)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.filters = RequestFilterBar(body)
        self.filters.query_changed.connect(self.set_query)
        layout.addWidget(self.filters)

        tools = FlowLayout(spacing=8)
        self.new_action = QAction(self.tr("Nieuwe aanvraag…"), self)
        self.new_action.setObjectName("actionNewRequest")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        # Only while this page is shown (a hidden page's actions do not fire).
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setToolTip(self.tr("Een aanvraag invoeren (Ctrl+N)"))
        self.new_action.triggered.connect(lambda _checked=False: self.new_request())
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("Nieuwe aanvraag…"), body)
        self.new_button.setObjectName("newRequestButton")
        self.new_button.setToolTip(self.new_action.toolTip())
        self.new_button.clicked.connect(self.new_action.trigger)
        tools.addWidget(self.new_button)
        self.today_button = QPushButton(self.tr("Vandaag"), body)
        self.today_button.setObjectName("requestsToday")
        self.today_button.setToolTip(
            self.tr("Wat vandaag opgevolgd moet worden of te laat is, oudste eerst (Alt+V)")
        )
        self.today_button.clicked.connect(self.show_today)
        tools.addWidget(self.today_button)
        today = QShortcut(QKeySequence("Alt+V"), self)
        today.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today.activated.connect(self.show_today)
        self.count_label = QLabel(body)
        self.count_label.setObjectName("requestCount")
        tools.addWidget(self.count_label)
        layout.addLayout(tools)

        self.page_bar = MessageBar(body)
        self.page_bar.setObjectName("pageMessage")
        layout.addWidget(self.page_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_body)
        self.detail_holder = QWidget(self.splitter)
        self.detail_holder.setObjectName("detailHolder")
        holder_layout = QVBoxLayout(self.detail_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_placeholder = QLabel(
            self.tr(
                "Kies een aanvraag in de lijst om haar te bekijken en te wijzigen, of maak een "
                "nieuwe aan met 'Nieuwe aanvraag…' (Ctrl+N)."
            ),
            self.detail_holder,
        )
        self.detail_placeholder.setObjectName("detailPlaceholder")
        self.detail_placeholder.setWordWrap(True)
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_placeholder.setStyleSheet("color: palette(placeholder-text); padding: 16px;")
        holder_layout.addWidget(self.detail_placeholder)
        self.detail_holder.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.splitter.addWidget(self.detail_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(self.filters.focus_search)
        return body

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared:
            self._shared = True
            share_splitter(self.splitter, 0.6)

    @property
    def detail(self) -> RequestDetailPanel:
        """The detail panel, made the first time a request is opened."""
        if self._detail is None:
            panel = RequestDetailPanel(
                self.ctx, self.detail_holder, event_name=lambda i: self.event_names.get(i, "")
            )
            panel.changed.connect(self._request_changed)
            panel.open_request.connect(self.open_request)
            self.detail_placeholder.hide()
            layout = self.detail_holder.layout()
            assert layout is not None
            layout.addWidget(panel)
            self._detail = panel
        return self._detail

    def has_detail(self) -> bool:
        return self._detail is not None

    # ----------------------------------------------------------------- query, loading

    def current_query(self) -> RequestQuery:
        """What the list shows now (the export writes the same)."""
        return self.requests_model.query

    def set_query(self, query: RequestQuery) -> None:
        self.requests_model.set_query(query)

    def set_sort(self, sort: RequestSort) -> None:
        """Order the list (as a click on a column header does)."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            column_of(sort.column),
            Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)
        header.viewport().update()
        self.requests_model.set_request_sort(sort)

    def _sort_changed(self, _sort: object) -> None:
        self.table.scrollToTop()

    def show_today(self) -> None:
        """The "vandaag" view: open requests due today or overdue, oldest date first."""
        self.ensure_loaded()
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(FOLLOW_UP_COLUMN, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()
        # Filters and order change together: one reload, and always a fresh one.
        self.requests_model.configure(self.filters.show_today(), TODAY_SORT, force=True)
        self.table.setFocus()

    def show_all(self) -> None:
        """Back to every request, newest first."""
        self.filters.clear()
        self.set_sort(DEFAULT_SORT)

    def refresh(self) -> None:
        super().refresh()
        self._load_extras()
        if self.has_detail():
            self.detail.reload()

    def _load_extras(self) -> None:
        """The total of all requests and the events for the filter, in the background."""
        if self._extras is None:
            self._extras = LatestOnly(owner=self)
        db = self.db

        def work() -> tuple[int, list[tuple[int, str]]]:
            total = count_requests(db, RequestQuery())
            page = lists.source_for("events").fetch(db, 0, FILTER_EVENTS)
            events = [
                (event_id, f"{row[1]} ({str(row[2])[:10]})")
                for event_id, row in zip(page.ids, page.rows, strict=True)
            ]
            return total, events

        def arrived(result: tuple[int, list[tuple[int, str]]]) -> None:
            self.all_total, events = result
            self.event_names = {i: caption for i, caption in events}
            self.filters.set_events(events)
            self._rows_shown()

        self._extras.run(work, on_success=arrived)

    def count_text(self) -> str:
        """ "N van M getoond": the requests found, of all requests."""
        found = self.model.total
        if found is None:
            return QCoreApplication.translate("Page", "Laden…")
        everything = self.all_total
        if everything is None or self.requests_model.query == RequestQuery():
            everything = max(found, everything or 0)
        return QCoreApplication.translate("Page", "{shown} van {total} getoond").format(
            shown=lists.format_number(found), total=lists.format_number(everything)
        )

    def _rows_shown(self, *_args: object) -> None:
        if not hasattr(self, "count_label"):
            return
        text = self.count_text()
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        if self.model.total is not None:
            self.status_message.emit(text)

    def _after_load(self, _total: int) -> None:
        wanted, self._reselect = self._reselect, None
        if wanted is None:
            wanted = self._detail.request_id if self._detail is not None else None
        if wanted is None:
            return
        row = self.requests_model.row_of(wanted)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    # ----------------------------------------------------------------- requests

    def _current_changed(self, request_id: int) -> None:
        if request_id >= 0:
            self.detail.request(request_id)

    def _selection_to_detail(self, *_args: object) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.detail.request(ids[0])

    def open_request(self, request_id: int) -> None:
        """Show one request in the detail panel (from a link, a merge, a new request)."""
        self.detail.request(request_id, now=True)
        self._reselect = request_id
        row = self.requests_model.row_of(request_id)
        if row is not None:
            self._after_load(0)

    def _request_changed(self, request_id: int) -> None:
        """A request was saved: the list, the counts and the total follow."""
        self._reselect = request_id
        self.model.reload()
        self._load_counts()
        self._load_extras()

    def new_request(self) -> QDialog:
        dialog = NewRequestDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, request_id: int, sentence: str) -> None:
        self.page_bar.show_message(sentence, "success")
        self._request_changed(request_id)
        self.open_request(request_id)
