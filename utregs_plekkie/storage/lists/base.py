"""What every list is made of: columns, a page of rows, and the list source with its
keyset paging; the pages of the main window and the statuses lists count as open."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute

from utregs_plekkie.core.enums import (
    PipelineStage,
    ProposalStatus,
    RequestStatus,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

#: The keyset position of a row: the values of its sort columns, primary key last.
SortKey = tuple[Any, ...]
AnySelect = Select[*tuple[Any, ...]]

#: The pages of the main window, in menu order.
PAGE_KEYS: tuple[str, ...] = (
    "requests",
    "households",
    "children",
    "matching",
    "events",
    "overview",
)

# Requests a recruiter still has to act on; "opvolgen" counts only these.
OPEN_REQUEST_STATUSES = (
    RequestStatus.NIEUW,
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
    RequestStatus.NIET_NU,
)
# Stages of a family that is still on its way to "beschikbaar".
RECRUITING_STAGES = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
)
OPEN_PROPOSAL_STATUSES = (
    ProposalStatus.VOORGESTELD,
    ProposalStatus.KENNISMAKING,
    ProposalStatus.GEACCEPTEERD,
)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    #: Numbers and amounts are right-aligned in a table.
    numeric: bool = False
    #: Long text that may be shortened first ("…") when the table is too narrow.
    shrinkable: bool = False


@dataclass
class ListPage:
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    ids: list[int]
    #: Pass as ``after=`` to get the rows that follow; ``None`` if this page is empty.
    cursor: SortKey | None = field(default=None)


class ListSource(ABC):
    """The rows of one page's list: its columns, how many there are, one page of them.

    A subclass gives the query (``_select``: the display columns, in ``columns()``
    order, plus anything ``_format`` needs), the filter (``_where``), the sort columns
    (``_order``: indexed, primary key last) and their direction.
    """

    #: The page this list belongs to (one of PAGE_KEYS).
    key: ClassVar[str]
    #: Whether the list shows the highest sort values first.
    descending: ClassVar[bool] = False

    @abstractmethod
    def columns(self) -> list[Column]: ...

    @abstractmethod
    def _select(self) -> AnySelect: ...

    @abstractmethod
    def _order(self) -> Sequence[InstrumentedAttribute[Any]]: ...

    @abstractmethod
    def _format(self, row: Any) -> tuple[Any, ...]: ...

    def _where(self) -> list[ColumnElement[bool]]:
        """The rows that belong in the list (used for counting and fetching)."""
        return []

    def _fetch_where(self) -> list[ColumnElement[bool]]:
        """``_where`` as written for fetching, where the sort index should lead."""
        return self._where()

    def count(self, db: Database) -> int:
        primary_key = self._order()[-1]
        stmt = select(func.count(primary_key)).where(*self._where())
        with db.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def fetch(
        self,
        db: Database,
        offset: int,
        limit: int,
        *,
        after: SortKey | None = None,
    ) -> ListPage:
        """``limit`` rows from position ``offset``, or the ``limit`` rows after ``after``."""
        order = list(self._order())
        keys = [column.label(f"_sort{i}") for i, column in enumerate(order)]
        stmt = self._select().add_columns(*keys).where(*self._fetch_where())
        if after is not None:
            stmt = stmt.where(self._after(order, after))
        stmt = stmt.order_by(*(c.desc() if self.descending else c.asc() for c in order))
        if after is None and offset:
            stmt = stmt.offset(offset)
        stmt = stmt.limit(limit)
        with db.engine.connect() as conn:
            result = list(conn.execute(stmt))
        n_keys = len(order)
        rows = [self._format(row) for row in result]
        ids = [int(row[-1]) for row in result]
        cursor = tuple(result[-1][-n_keys:]) if result else None
        return ListPage(columns=self.columns(), rows=rows, ids=ids, cursor=cursor)

    def _after(self, order: Sequence[InstrumentedAttribute[Any]], after: SortKey) -> Any:
        """Rows strictly past ``after`` in list order, written so an index range serves it."""
        if len(after) != len(order):
            raise ValueError(f"cursor has {len(after)} values, ordering has {len(order)}")

        def past(column: InstrumentedAttribute[Any], value: Any) -> ColumnElement[bool]:
            condition: ColumnElement[bool] = column < value if self.descending else column > value
            return condition

        def at_or_past(column: InstrumentedAttribute[Any], value: Any) -> ColumnElement[bool]:
            condition: ColumnElement[bool] = column <= value if self.descending else column >= value
            return condition

        alternatives: list[ColumnElement[bool]] = []
        for i, (column, value) in enumerate(zip(order, after, strict=True)):
            equal = [order[j] == after[j] for j in range(i)]
            alternatives.append(and_(*equal, past(column, value)))
        # The leading range condition lets the database seek in the first column's index.
        return and_(at_or_past(order[0], after[0]), or_(*alternatives))


def not_merged_unindexed() -> ColumnElement[bool]:
    """ "Not merged into another request", written so no index is used for it.

    Nearly every request is unmerged, yet SQLite's planner takes the index on
    ``merged_into_id`` for ``IS NULL`` and then sorts or counts 200,000 rows by hand
    (60 ms a page instead of 1 ms). ``+ 0`` hides the column from the planner, so the
    ordering or counting index leads and this becomes a cheap check per row.
    """
    condition: ColumnElement[bool] = (m.InfoRequest.merged_into_id + 0).is_(None)
    return condition
