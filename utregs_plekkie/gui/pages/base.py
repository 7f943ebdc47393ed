"""What every page of the main window has: a header with the page's title and its
headline counts, loaded in the background, and a body.

``ListPage`` adds the page's list: a table view on a ``LazyListModel``, with an
empty-state sentence instead of an empty table, and column widths that are
remembered. Pages load on first view and on ``refresh()`` (F5), never at start-up
all at once, and never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.models import LazyListModel
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import lists

# Auto-sized columns stay within these bounds (pixels); the user can go beyond.
MIN_COLUMN_WIDTH = 64
# Fitting never squeezes a column below this; a narrower window scrolls sideways
# rather than showing every column as "…".
MIN_FITTED_WIDTH = 96
MAX_COLUMN_WIDTH = 340


def _cap_to_fit(widths: list[int], columns: list[int], room: int, minimum: int) -> list[int]:
    """Give ``columns`` one common maximum width, as large as lets the total fit ``room``."""
    fitted = list(widths)
    if not columns or sum(widths) <= room:
        return fitted
    others = sum(w for i, w in enumerate(widths) if i not in columns)
    low, high = minimum, max(widths[i] for i in columns)
    while low < high:
        cap = (low + high + 1) // 2
        if others + sum(min(widths[i], cap) for i in columns) <= room:
            low = cap
        else:
            high = cap - 1
    for i in columns:
        fitted[i] = min(widths[i], low)
    return fitted


def fit_widths(
    widths: list[int],
    available: int,
    shrink_first: Iterable[int] = (),
    minimum: int = MIN_FITTED_WIDTH,
) -> list[int]:
    """Narrow columns until all fit in ``available`` pixels, if that can be done
    without going below ``minimum``.

    First the columns in ``shrink_first`` (long text a reader can do without in full,
    like e-mail addresses), then, if that is not enough, the widest of the others, all
    to the same width: short columns (dates, postcodes, statuses) stay whole longest.
    """
    first = [i for i in shrink_first if 0 <= i < len(widths)]
    fitted = _cap_to_fit(widths, first, available, max(minimum, 120))
    return _cap_to_fit(fitted, list(range(len(widths))), available, minimum)


class CountTile(QFrame):
    """One headline figure: a large number above a short caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 18, 8)
        layout.setSpacing(0)
        self.number = QLabel("…", self)
        self.number.setObjectName("countNumber")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("countCaption")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.value: int | None = None

    def set_count(self, caption: str, value: int | None) -> None:
        self.value = value
        self.caption.setText(caption)
        self.number.setText("…" if value is None else lists.format_number(value))
        shown = (
            QCoreApplication.translate("Page", "wordt geladen")
            if value is None
            else self.number.text()
        )
        self.setAccessibleName(f"{caption}: {shown}")
        self.setToolTip(self.accessibleName())


class Page(QWidget):
    """A page: header (title, counts) above a body that a subclass builds."""

    #: The page's key in ``storage.lists.PAGE_KEYS`` and in the stored settings.
    key: str = ""
    #: Emitted with a short sentence for the status bar (e.g. how many rows are shown).
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The database, the logged-in user, the interface state and the clock.
        self.ctx = ctx
        self.db = ctx.db
        self.state = ctx.state
        self._loaded_once = False
        # A refresh makes the counts asked for before it outdated.
        self._counts = LatestOnly(owner=self)
        self._counts_busy = False
        self.setObjectName(f"page_{self.key}")
        self.setAccessibleName(self.title())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(12)

        self.title_label = QLabel(self.title(), self)
        self.title_label.setObjectName("pageTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.title())
        outer.addWidget(self.title_label)

        self.counts_row = QHBoxLayout()
        self.counts_row.setSpacing(10)
        self.tiles: list[CountTile] = []
        self.loading_label = QLabel(QCoreApplication.translate("Page", "Laden…"), self)
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setAccessibleName(QCoreApplication.translate("Page", "Laden…"))
        self.loading_label.hide()
        self.counts_row.addStretch(1)
        self.counts_row.addWidget(self.loading_label)
        outer.addLayout(self.counts_row)

        self.body = self.build_body()
        outer.addWidget(self.body, 1)

    # ----------------------------------------------------------------- for subclasses

    def title(self) -> str:
        raise NotImplementedError

    def build_body(self) -> QWidget:
        raise NotImplementedError

    def show_counts(self, counts: list[tuple[str, int]]) -> None:
        """Put the page's headline counts in the header (a subclass may show them elsewhere)."""
        while len(self.tiles) < len(counts):
            tile = CountTile(self)
            self.counts_row.insertWidget(len(self.tiles), tile)
            self.tiles.append(tile)
        for tile, (caption, value) in zip(self.tiles, counts, strict=False):
            tile.set_count(caption, value)
            tile.show()
        for tile in self.tiles[len(counts) :]:
            tile.hide()

    def save_state(self) -> None:
        """Store what the user arranged on this page (called when the window closes)."""

    # ----------------------------------------------------------------- loading

    def ensure_loaded(self) -> None:
        """Load the page the first time it is shown."""
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        self._loaded_once = True
        self._load_counts()

    def _load_counts(self) -> None:
        for tile in self.tiles:
            tile.set_count(tile.caption.text(), None)
        self._counts_busy = True
        self._update_busy()
        db, key = self.db, self.key

        def arrived(counts: dict[str, list[tuple[str, int]]]) -> None:
            self._counts_busy = False
            self.show_counts(counts[key])
            self._update_busy()

        def failed(error: BaseException) -> None:
            self._counts_busy = False
            self._update_busy()
            report_failure(error, self)

        self._counts.run(
            lambda: lists.page_counts(db, [key]), on_success=arrived, on_failure=failed
        )

    def is_loading(self) -> bool:
        """Whether any part of the page is still on its way."""
        return self._counts_busy

    def _update_busy(self) -> None:
        self.loading_label.setHidden(not self.is_loading())

    def count_values(self) -> list[tuple[str, int | None]]:
        """The headline counts as shown (caption, number)."""
        return [(t.caption.text(), t.value) for t in self.tiles if not t.isHidden()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()


class ListPage(Page):
    """A page whose body is a list of records from a ``storage.lists`` source."""

    #: The id of the selected record, or -1 when none is (for detail panels later).
    current_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model = LazyListModel(lists.source_for(self.key), ctx.db)
        self._applying_widths = False
        self._widths_known = False
        # Only widths the user chose are remembered; fitted ones depend on the window.
        self._widths_chosen = False
        super().__init__(ctx, parent)
        self.model.setParent(self)
        self.model.loading.connect(self._list_loading)
        self.model.loaded.connect(self._list_loaded)
        self.model.failed.connect(self._list_failed)
        self.model.rowsInserted.connect(self._rows_shown)
        self._save_widths_timer = QTimer(self)
        self._save_widths_timer.setSingleShot(True)
        self._save_widths_timer.setInterval(600)
        self._save_widths_timer.timeout.connect(self.save_state)

    # ----------------------------------------------------------------- for subclasses

    def empty_text(self) -> str:
        """What to say when the list is empty: what it will hold and how to fill it."""
        raise NotImplementedError

    def list_name(self) -> str:
        """The table's name for screen readers, e.g. "Lijst van aanvragen"."""
        return QCoreApplication.translate("Page", "Lijst: {title}").format(title=self.title())

    # ----------------------------------------------------------------- body

    def build_body(self) -> QWidget:
        self.stack = QStackedWidget(self)
        self.table = QTableView(self.stack)
        self.table.setObjectName("listTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.list_name())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Tab moves on to the next control instead of from cell to cell.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._column_resized)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.message = QLabel(self.stack)
        self.message.setObjectName("listMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        message_font = QFont(self.message.font())
        message_font.setPointSizeF(message_font.pointSizeF() * 1.15)
        self.message.setFont(message_font)

        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        self.stack.setAccessibleName(self.list_name())
        return self.stack

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _current_row_changed(self, current: object, _previous: object) -> None:
        row_id = self.current_id()
        self.current_changed.emit(-1 if row_id is None else row_id)

    # ----------------------------------------------------------------- loading

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()

    def is_loading(self) -> bool:
        return self.model.is_loading or super().is_loading()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.stack.setCurrentWidget(self.message)

    def _list_loading(self) -> None:
        self._update_busy()
        if self.model.rowCount() == 0:
            self._show_message(QCoreApplication.translate("Page", "Laden…"))

    def _list_loaded(self, total: int) -> None:
        self._update_busy()
        if total == 0:
            self._show_message(self.empty_text())
        else:
            self.stack.setCurrentWidget(self.table)
            self._apply_column_widths()
        self._rows_shown()

    def _list_failed(self, _error: object) -> None:
        self._update_busy()
        self._show_message(
            QCoreApplication.translate(
                "Page",
                "De lijst kon niet worden geladen. Probeer het opnieuw met "
                "Beeld → Vernieuwen (F5).",
            )
        )

    def _rows_shown(self, *_args: object) -> None:
        total = self.model.total
        if total:
            self.status_message.emit(
                QCoreApplication.translate("Page", "{shown} van {total} getoond").format(
                    shown=lists.format_number(self.model.rowCount()),
                    total=lists.format_number(total),
                )
            )

    # ----------------------------------------------------------------- columns

    def _apply_column_widths(self) -> None:
        if self._widths_known:
            return
        self._widths_known = True
        self._applying_widths = True
        try:
            last = self.model.columnCount() - 1
            saved = self.state.column_widths(self.key)
            if len(saved) == self.model.columnCount():
                self._widths_chosen = True
                # The last column fills what is left (stretchLastSection): leave it be.
                for column, width in enumerate(saved[:last]):
                    self.table.setColumnWidth(column, width)
                return
            self.table.resizeColumnsToContents()
            natural = [
                max(MIN_COLUMN_WIDTH, min(MAX_COLUMN_WIDTH, self.table.columnWidth(c)))
                for c in range(self.model.columnCount())
            ]
            # Everything visible without scrolling sideways, if at all possible.
            available = (
                self.stack.width()
                - 2 * self.table.frameWidth()
                - self.table.verticalScrollBar().sizeHint().width()
            )
            # The stretched last section never gets narrower than the default size.
            natural[last] = max(natural[last], self.table.horizontalHeader().defaultSectionSize())
            columns = self.model.columns()
            shrinkable = [i for i, c in enumerate(columns) if c.shrinkable]
            for column, width in enumerate(fit_widths(natural, available, shrinkable)[:last]):
                self.table.setColumnWidth(column, width)
        finally:
            # Sizing sections by hand can leave the stretched last one behind; renew it.
            header = self.table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)
            self._applying_widths = False

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        # The last column stretches with the window: that is not the user's choice.
        last = self.model.columnCount() - 1
        if not self._applying_widths and self._widths_known and column != last:
            self._widths_chosen = True
            self._save_widths_timer.start()

    def column_widths(self) -> list[int]:
        return [self.table.columnWidth(c) for c in range(self.model.columnCount())]

    def save_state(self) -> None:
        if self._widths_chosen and self.model.columnCount():
            self.state.set_column_widths(self.key, self.column_widths())
