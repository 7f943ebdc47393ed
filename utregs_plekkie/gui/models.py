"""Table models over the read-side queries of ``storage.lists``.

``LazyListModel`` shows a ``ListSource`` a page at a time: the first page and the
total count are loaded in the background when the model is (re)loaded, further
pages when the view scrolls near the end (``canFetchMore``/``fetchMore``), each
continuing from the previous page's keyset cursor. The rows are the source's
display strings; the model never runs SQL itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.database import Database

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LazyListModel(QAbstractTableModel):
    """The rows of a ``ListSource``, fetched in pages of ``page_size`` off the GUI thread."""

    #: Loading of the first page began.
    loading = Signal()
    #: The count and first page arrived; the argument is the total number of rows.
    loaded = Signal(int)
    #: Loading failed; the argument is the exception (already reported to the user).
    failed = Signal(object)

    def __init__(
        self,
        source: lists.ListSource,
        db: Database,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._db = db
        self._page_size = page_size
        self._columns: list[lists.Column] = source.columns()
        self._rows: list[tuple[Any, ...]] = []
        self._ids: list[int] = []
        self._cursor: lists.SortKey | None = None
        self._total: int | None = None
        self._exhausted = False
        self._busy = False
        self._broken = False
        # One line of requests: a reload makes the answers of earlier loads outdated.
        self._loads = LatestOnly(owner=self)

    # ----------------------------------------------------------------- loading

    @property
    def total(self) -> int | None:
        """The number of rows in the list (``None`` until loaded)."""
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._busy

    def reload(self) -> None:
        """Forget the rows and load the count and the first page again."""
        self.beginResetModel()
        self._columns = self.source.columns()
        self._rows, self._ids, self._cursor = [], [], None
        self._total, self._exhausted, self._broken = None, False, False
        self.endResetModel()
        self._busy = True
        self.loading.emit()
        source, db, size = self.source, self._db, self._page_size

        def work() -> tuple[int, lists.ListPage]:
            return source.count(db), source.fetch(db, 0, size)

        self._loads.run(
            work,
            on_success=lambda result: self._first_page_arrived(*result),
            on_failure=self._load_failed,
        )

    def _first_page_arrived(self, total: int, page: lists.ListPage) -> None:
        self._busy = False
        self._total = total
        self._append(page)
        self.loaded.emit(total)

    def _load_failed(self, error: BaseException) -> None:
        self._busy = False
        self._broken = True  # no retry loop from the view; a reload starts afresh
        self.failed.emit(error)
        report_failure(error, self.parent())

    def _append(self, page: lists.ListPage) -> None:
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._ids.extend(page.ids)
            self.endInsertRows()
            self._cursor = page.cursor
        total = self._total if self._total is not None else 0
        if len(page.rows) < self._page_size or len(self._rows) >= total:
            self._exhausted = True

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not (self._busy or self._broken or self._exhausted or self._total is None)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._busy = True
        source, db, size = self.source, self._db, self._page_size
        offset, after = len(self._rows), self._cursor

        def work() -> lists.ListPage:
            return source.fetch(db, offset, size, after=after)

        def arrived(page: lists.ListPage) -> None:
            self._busy = False
            self._append(page)

        # While a page is on its way nothing else is asked (canFetchMore), so the only
        # request that can make this one outdated is a reload.
        self._loads.run(work, on_success=arrived, on_failure=self._load_failed)

    # ----------------------------------------------------------------- access

    def columns(self) -> list[lists.Column]:
        return list(self._columns)

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[row]

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._rows[index.row()][index.column()]
            return text if isinstance(text, str) and len(text) > 16 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._columns[index.column()].numeric else _LEFT
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None


class FunnelModel(QAbstractTableModel):
    """The recruitment funnel: one row per step, its count and the share of the step before."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[tuple[str, int]] = []

    def set_steps(self, steps: list[tuple[str, int]]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def steps(self) -> list[tuple[str, int]]:
        return list(self._steps)

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("FunnelModel", "Stap"),
            QCoreApplication.translate("FunnelModel", "Aantal"),
            QCoreApplication.translate("FunnelModel", "% van vorige stap"),
        ]

    def _cell(self, row: int, column: int) -> str:
        name, count = self._steps[row]
        if column == 0:
            return name[:1].upper() + name[1:]
        if column == 1:
            return lists.format_number(count)
        if row == 0:
            return ""
        return lists.format_percentage(count, self._steps[row - 1][1])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._steps):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if index.column() == 0 else _RIGHT
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == 0 else _RIGHT
        return None
