"""The Aanvragen list: a ``QAbstractTableModel`` over ``storage.requests``.

The model holds one :class:`RequestQuery` (search text and filters) and one
:class:`RequestSort` (the column header the user clicked). A (re)load counts the
matches and fetches the first page in the background; further pages follow when the
view scrolls near the end (``canFetchMore``/``fetchMore``), 200 rows at a time, so
200,000 requests cost no more than the rows on screen. The model never runs SQL: it
calls ``count_requests`` and ``fetch_requests``, which only use indexed columns.

Rows whose follow-up is overdue (the response norm) get a light red background and
their "Opvolgen" cell says how late they are; rows due today a light amber one. The
text always says it as well, so colour is never the only sign.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
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
from PySide6.QtGui import QBrush, QColor, QFont

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import label
from utregs_plekkie.core.requests import FollowUpState, ResponseNorm, working_days_late
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    DEFAULT_SORT,
    RequestQuery,
    RequestRow,
    RequestSort,
    SortColumn,
    count_requests,
    fetch_requests,
    load_response_norm,
)

translate = QCoreApplication.translate

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: Background of a row whose follow-up is overdue, and of one due today.
OVERDUE_BACKGROUND = QColor("#fbe3e1")
TODAY_BACKGROUND = QColor("#fdf1d8")
OVERDUE_TEXT = QColor("#9c1c14")
_DARK_TEXT = QColor("#1f2a30")

#: The columns (the model's order): key, the sort column behind it.
COLUMN_SORTS: tuple[tuple[str, SortColumn], ...] = (
    ("name", SortColumn.NAME),
    ("email", SortColumn.EMAIL),
    ("phone", SortColumn.PHONE),
    ("postcode", SortColumn.POSTCODE),
    ("wijk", SortColumn.WIJK),
    ("provider", SortColumn.PROVIDER),
    ("follow_up", SortColumn.FOLLOW_UP),
    ("status", SortColumn.STATUS),
    ("received", SortColumn.RECEIVED),
    ("source", SortColumn.SOURCE),
)
WIJK_COLUMN = 4
FOLLOW_UP_COLUMN = 6
STATUS_COLUMN = 7
RECEIVED_COLUMN = 8
#: The order on screen: what a recruiter triages on comes right after the name. (The
#: last one stays last: it is the column that stretches with the window.)
VISUAL_ORDER = (0, STATUS_COLUMN, FOLLOW_UP_COLUMN, 1, 2, 3, 4, 5, RECEIVED_COLUMN, 9)


def column_of(sort: SortColumn) -> int:
    return next(i for i, (_key, column) in enumerate(COLUMN_SORTS) if column == sort)


def request_columns() -> list[lists.Column]:
    """The list's columns with their titles (the same words as everywhere else in the
    program, so they are translated with them)."""
    known = {column.key: column for column in lists.RequestList().columns()}
    # The follow-up text is long ("2 werkdagen te laat (opvolgen op …)"): it may shrink.
    known["follow_up"] = replace(known["follow_up"], shrinkable=True)
    return [known[key] for key, _sort in COLUMN_SORTS]


def where_text(row: RequestRow) -> str:
    """The wijk inside the city; outside it the place, marked as outside."""
    if not row.outside_city:
        return row.wijk
    if not row.postcode:
        return translate("RequestList", "geen postcode")
    if row.city:
        return translate("RequestList", "{place} (buiten)").format(place=row.city)
    return translate("RequestList", "buiten de stad")


def provider_text(row: RequestRow) -> str:
    if row.provider is None:
        return translate("RequestList", "nog kiezen") if row.outside_city else ""
    if row.provider_set_by_hand:
        return translate("RequestList", "{provider} (met de hand)").format(
            provider=label(row.provider)
        )
    return label(row.provider)


def follow_up_cell(row: RequestRow, today: date, norm: ResponseNorm) -> str:
    """The follow-up, short enough for a column: "te laat (3 werkdagen)", "vandaag",
    or the date (the whole sentence is the cell's tooltip)."""
    if row.follow_up == FollowUpState.TE_LAAT:
        late = working_days_late(row.follow_up_on, today, norm.calendar)
        # "te laat" first: in a narrow column that is what stays readable.
        if late <= 1:
            return translate("RequestList", "te laat (1 werkdag)")
        return translate("RequestList", "te laat ({n} werkdagen)").format(n=late)
    if row.follow_up == FollowUpState.VANDAAG:
        return translate("RequestList", "vandaag")
    if row.follow_up == FollowUpState.LATER:
        return lists.format_date(row.follow_up_on)
    return ""


def format_request_row(
    row: RequestRow, today: date | None = None, norm: ResponseNorm | None = None
) -> tuple[str, ...]:
    """The shown cells of one request, in column order."""
    return (
        row.name,
        row.email or "",
        format_phone(row.phone) if row.phone else "",
        row.postcode or "",
        where_text(row),
        provider_text(row),
        follow_up_cell(row, today or clock.today(), norm or ResponseNorm()),
        label(row.status),
        lists.format_date(row.received_at),
        label(row.source),
    )


@dataclass(frozen=True)
class _FirstPage:
    total: int
    rows: list[RequestRow]
    norm: ResponseNorm
    today: date


class RequestListModel(QAbstractTableModel):
    """The requests matching one query, in one order, fetched a page at a time."""

    #: Loading of the count and first page began.
    loading = Signal()
    #: The count and first page arrived; the argument is the number of matches.
    loaded = Signal(int)
    #: Loading failed; the argument is the exception (already reported to the user).
    failed = Signal(object)
    #: The user clicked a column header: the new order (a RequestSort).
    sort_changed = Signal(object)

    def __init__(
        self, db: Database, *, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._columns = request_columns()
        self._query = RequestQuery()
        self._sort = DEFAULT_SORT
        self._rows: list[RequestRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._total: int | None = None
        self._norm = ResponseNorm()
        self._today = clock.today()
        self._exhausted = False
        self._busy = False
        self._broken = False
        # Results of a load started before the latest reload (or page) are dropped.
        self._loads = LatestOnly(owner=self)

    # ----------------------------------------------------------------- query, order

    @property
    def query(self) -> RequestQuery:
        return self._query

    @property
    def request_sort(self) -> RequestSort:
        return self._sort

    def set_query(self, query: RequestQuery) -> None:
        """Show the requests matching ``query`` (reloads when it changed)."""
        if query == self._query and self._total is not None:
            return
        self._query = query
        self.reload()

    def configure(self, query: RequestQuery, sort: RequestSort, *, force: bool = False) -> None:
        """Set the query and the order at once: one reload (only if something changed)."""
        if query == self._query and sort == self._sort and not force and self._total is not None:
            return
        self._query, self._sort = query, sort
        self.reload()

    def set_request_sort(self, sort: RequestSort) -> None:
        if sort == self._sort:
            return
        self._sort = sort
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a column header: that column's index decides the order."""
        if not 0 <= column < len(COLUMN_SORTS):
            return
        new = RequestSort(COLUMN_SORTS[column][1], descending=order == Qt.SortOrder.DescendingOrder)
        if new != self._sort:
            self._sort = new
            self.sort_changed.emit(new)
            self.reload()

    # ----------------------------------------------------------------- loading

    @property
    def total(self) -> int | None:
        """How many requests match the query (``None`` until loaded)."""
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._busy

    @property
    def norm(self) -> ResponseNorm:
        return self._norm

    def reload(self) -> None:
        """Forget the rows; count and fetch the first page again, in the background."""
        self.beginResetModel()
        self._columns = request_columns()
        self._rows, self._cells = [], []
        self._total, self._exhausted, self._broken = None, False, False
        self.endResetModel()
        self._busy = True
        self.loading.emit()
        db, query, sort, size = self._db, self._query, self._sort, self._page_size

        def work() -> _FirstPage:
            today = clock.today()
            norm = load_response_norm(db)
            total = count_requests(db, query, today=today)
            rows = (
                fetch_requests(db, query, 0, size, sort, total=total, today=today, norm=norm)
                if total
                else []
            )
            return _FirstPage(total, rows, norm, today)

        self._loads.run(work, on_success=self._first_page_arrived, on_failure=self._load_failed)

    def _first_page_arrived(self, page: _FirstPage) -> None:
        self._busy = False
        self._total = page.total
        self._norm = page.norm
        self._today = page.today
        self._append(page.rows)
        self.loaded.emit(page.total)

    def _load_failed(self, error: BaseException) -> None:
        self._busy = False
        self._broken = True  # no retry loop from the view; a reload starts afresh
        self.failed.emit(error)
        report_failure(error, self.parent())

    def _append(self, rows: list[RequestRow]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.extend(format_request_row(r, self._today, self._norm) for r in rows)
            self.endInsertRows()
        total = self._total or 0
        if len(rows) < self._page_size or len(self._rows) >= total:
            self._exhausted = True

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not (self._busy or self._broken or self._exhausted or self._total is None)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._busy = True
        db, query, sort, size = self._db, self._query, self._sort, self._page_size
        offset, total, norm, today = len(self._rows), self._total, self._norm, self._today

        def work() -> list[RequestRow]:
            return fetch_requests(
                db, query, offset, size, sort, total=total, today=today, norm=norm
            )

        def arrived(rows: list[RequestRow]) -> None:
            self._busy = False
            self._append(rows)

        # A reload started meanwhile replaces this page (its rows belong to the old list).
        self._loads.run(work, on_success=arrived, on_failure=self._load_failed)

    # ----------------------------------------------------------------- access

    def columns(self) -> list[lists.Column]:
        return list(self._columns)

    def row_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_values(self, row: int) -> tuple[str, ...]:
        """The shown cells of ``row`` (column order)."""
        return self._cells[row]

    def request_row(self, row: int) -> RequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: int) -> int | None:
        """The position of a request among the rows loaded so far."""
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), None)

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._cells[row][column]
            return f"{self._columns[column].title}: {text}" if text else None
        record = self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (FOLLOW_UP_COLUMN, STATUS_COLUMN):
                return record.follow_up_text or None
            if column == WIJK_COLUMN and record.outside_city:
                return translate(
                    "RequestList",
                    "Buiten de stad Utrecht of zonder bekende postcode: kies de aanbieder met "
                    "de hand in de details.",
                )
            text = self._cells[row][column]
            return text if len(text) > 16 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if record.follow_up == FollowUpState.TE_LAAT:
                return QBrush(OVERDUE_BACKGROUND)
            if record.follow_up == FollowUpState.VANDAAG:
                return QBrush(TODAY_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.follow_up == FollowUpState.TE_LAAT and column == FOLLOW_UP_COLUMN:
                return QBrush(OVERDUE_TEXT)
            if record.follow_up in (FollowUpState.TE_LAAT, FollowUpState.VANDAAG):
                # Readable on the light background whatever the palette (dark themes).
                return QBrush(_DARK_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == FOLLOW_UP_COLUMN and record.follow_up == FollowUpState.TE_LAAT:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "RequestList",
                "Klik om op {column} te sorteren; nog eens klikken keert de volgorde om",
            ).format(column=self._columns[section].title.lower())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None
