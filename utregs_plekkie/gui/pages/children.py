"""Kinderen: children who need a place, by code (children carry no names).

The list (search by code; filters for status, care form, wijk and urgency; 200 rows at
a time) beside the chosen child's data. "Nieuw kind…" and "Wijzigen…" open the form
(``gui/matching/child_form/``), "Zoek gezinnen" opens the Matching page for the
child, "Dossier sluiten…" closes a child's file. Only matchers and beheerders see this
page (``core.permissions``; the main window asks).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar
from utregs_plekkie.gui.matching.child_detail import ChildDetailPanel, CloseChildDialog
from utregs_plekkie.gui.matching.child_form import ChildDialog
from utregs_plekkie.gui.matching.children_list import ChildFilterBar, child_source
from utregs_plekkie.gui.matching.common import open_matching_for_child
from utregs_plekkie.gui.pages.base import ListPage
from utregs_plekkie.storage.children import ChildQuery, ChildRecord, ChildSaved


class ChildrenPage(ListPage):
    key = "children"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.query = ChildQuery()
        self.dialog: QWidget | None = None
        super().__init__(ctx, parent)
        self.model.source = child_source(self.query)
        self.current_changed.connect(self._row_chosen)

    def title(self) -> str:
        return self.tr("Kinderen")

    def empty_text(self) -> str:
        if self.query.filtered:
            return self.tr(
                "Geen kinderen gevonden met deze code of filters. Maak de zoektekst korter "
                "of kies 'Wissen'."
            )
        return self.tr(
            "Nog geen kinderen. Voeg een kind toe (met een code, zonder naam) om een "
            "passend gezin te zoeken."
        )

    # ----------------------------------------------------------------- body

    def build_body(self) -> QWidget:
        list_body = super().build_body()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.filters = ChildFilterBar(body)
        self.filters.query_changed.connect(self.set_query)
        layout.addWidget(self.filters)

        tools = FlowLayout(spacing=6)
        self.new_button = QPushButton(self.tr("Nieuw kind…"), body)
        self.new_button.setObjectName("newChild")
        self.new_button.setToolTip(
            self.tr("Een kind vastleggen met een code, zonder naam (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_child)
        self.find_button = QPushButton(self.tr("Zoek gezinnen"), body)
        self.find_button.setObjectName("findFamiliesPage")
        self.find_button.setToolTip(
            self.tr("Passende gezinnen voor het gekozen kind, op de pagina Matching (Ctrl+G)")
        )
        self.find_button.clicked.connect(lambda: self.find_families())
        tools.addWidget(self.new_button)
        tools.addWidget(self.find_button)
        layout.addLayout(tools)
        self.page_bar = MessageBar(body)
        self.page_bar.setObjectName("pageMessage")
        layout.addWidget(self.page_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.splitter.setChildrenCollapsible(False)
        self.detail = ChildDetailPanel(self.ctx, self.splitter)
        self.detail.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        self.splitter.addWidget(list_body)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.detail.edit_requested.connect(self.edit_child)
        self.detail.match_requested.connect(self.find_families)
        self.detail.close_requested.connect(self.close_child)

        self.find_action = QAction(self.tr("Zoek gezinnen"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+G"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: self.find_families())
        self.addAction(self.find_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.find_action)
        self.table.activated.connect(lambda _index: self.find_families())
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_child)
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(self.filters.focus_search)
        return body

    # ----------------------------------------------------------------- query, loading

    def set_query(self, query: ChildQuery) -> None:
        self.query = query
        self.model.source = child_source(query)
        self.model.reload()

    def refresh(self) -> None:
        super().refresh()
        self.detail.reload()

    def is_loading(self) -> bool:
        return super().is_loading() or self.detail.loading

    def _row_chosen(self, child_id: int) -> None:
        if child_id >= 0:
            self.detail.request(child_id)

    def _changed(self, child_id: int | None = None) -> None:
        """A child was saved or closed: list, counts and panel follow."""
        self.model.reload()
        self._load_counts()
        if child_id is not None:
            self.detail.child_id = child_id
            self.detail.reload()

    # ----------------------------------------------------------------- actions

    def new_child(self) -> ChildDialog:
        dialog = ChildDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_child(self, record: Any = None) -> ChildDialog | None:
        """The form for the chosen child (``record``, else the one in the panel)."""
        chosen = record if isinstance(record, ChildRecord) else self.detail.record
        if chosen is None:
            self.page_bar.show_message(self.tr("Kies eerst een kind in de lijst."), "info")
            return None
        dialog = ChildDialog(self.ctx, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, result: Any) -> None:
        assert isinstance(result, ChildSaved)
        text = self.tr("Kind {code} is opgeslagen.").format(code=result.code)
        if result.notes:
            text += " " + " ".join(result.notes)
        self.page_bar.show_message(text, "success")
        self._changed(result.id)

    def close_child(self, record: Any = None) -> CloseChildDialog | None:
        chosen = record if isinstance(record, ChildRecord) else self.detail.record
        if chosen is None:
            return None
        dialog = CloseChildDialog(self.ctx, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.closed_child.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, result: Any) -> None:
        assert isinstance(result, ChildSaved)
        self.page_bar.show_message(
            self.tr("Het dossier van kind {code} is gesloten.").format(code=result.code), "success"
        )
        self._changed(result.id)

    def find_families(self, code: str | None = None) -> bool:
        """Open the Matching page with the families for ``code`` (default: the chosen
        child)."""
        if not code:
            record = self.detail.record
            if record is not None and record.id == self.current_id():
                code = record.code
            elif self.current_id() is not None:
                row = self.table.currentIndex().row()
                code = str(self.model.row_values(row)[0])
        if not code:
            self.page_bar.show_message(self.tr("Kies eerst een kind in de lijst."), "info")
            return False
        if not open_matching_for_child(self, code):
            self.page_bar.show_message(
                self.tr("De pagina Matching is er niet in dit venster."), "error"
            )
            return False
        return True

    def open_child(self, child_id: int) -> None:
        """Show one child in the panel at once (e.g. from elsewhere in the program)."""
        self.detail.request(child_id, now=True)
