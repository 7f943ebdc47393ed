"""The Gezinnen list: a ``HouseholdQuery`` as a list source for ``LazyListModel``.

Each change of the search text or a filter makes a new :class:`HouseholdQuerySource`
(immutable, so a page that is still loading belongs to the query that asked for it);
the model counts and fetches it in the background, 200 families at a time, through
``storage.households.count_households`` / ``fetch_households``.

Rows carry two values after the shown columns: whether the next action is late and
whether the stage's norm is exceeded. :class:`LateRowDelegate` colours those cells;
the text says it as well ("te laat"), so colour is never the only sign.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from utregs_plekkie.core.enums import label
from utregs_plekkie.gui.households.widgets import format_date, wijk_names
from utregs_plekkie.gui.models import LazyListModel
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    HouseholdQuery,
    HouseholdRow,
    count_households,
    fetch_households,
)

#: Positions of the hidden values after the shown columns.
LATE_ACTION = 6
NORM_EXCEEDED = 7
SINCE_COLUMN = 4
ACTION_COLUMN = 5
LATE_COLOUR = QColor("#b3261e")


def is_filtered(query: HouseholdQuery) -> bool:
    """Whether ``query`` leaves families out (for the sentence of an empty list)."""
    return bool(
        query.text.strip()
        or query.stages
        or query.care_forms
        or query.wijk_codes
        or query.providers
        or query.routes
        or query.overdue
    )


def format_row(row: HouseholdRow) -> tuple[Any, ...]:
    """The shown cells of one family, then the two flags."""
    action = row.next_action
    if row.next_action_on is not None:
        when = format_date(row.next_action_on)
        if row.action_overdue:  # first, so a narrow column still shows it
            when = QCoreApplication.translate("HouseholdList", "{date} te laat").format(date=when)
        action = f"{when}: {action}" if action else when
    since = lists.format_date(row.stage_since)
    if row.norm_exceeded:
        since = QCoreApplication.translate("HouseholdList", "{date} (te lang)").format(date=since)
    # Inside the city the wijk says more than "Utrecht"; outside it, the place.
    where = wijk_names().get(row.wijk_code or "", "") or row.city
    return (
        row.name,
        where,
        label(row.route),
        label(row.stage),
        since,
        action,
        row.action_overdue,
        row.norm_exceeded,
    )


class HouseholdQuerySource:
    """The families matching one query, as the ``ListSource`` the list model reads."""

    key = "households"

    def __init__(self, query: HouseholdQuery | None = None) -> None:
        self.query = query or HouseholdQuery()

    def columns(self) -> list[lists.Column]:
        return [
            lists.Column("name", QCoreApplication.translate("HouseholdList", "Naam")),
            lists.Column("where", QCoreApplication.translate("HouseholdList", "Wijk/plaats")),
            lists.Column("route", QCoreApplication.translate("HouseholdList", "Route")),
            lists.Column("stage", QCoreApplication.translate("HouseholdList", "Fase")),
            lists.Column("since", QCoreApplication.translate("HouseholdList", "In fase sinds")),
            lists.Column(
                "next_action",
                QCoreApplication.translate("HouseholdList", "Volgende actie"),
                shrinkable=True,
            ),
        ]

    def count(self, db: Database) -> int:
        return count_households(db, self.query)

    def fetch(
        self,
        db: Database,
        offset: int,
        limit: int,
        *,
        after: lists.SortKey | None = None,
    ) -> lists.ListPage:
        # The query's own order has no keyset cursor; 25,000 families page fine by
        # offset (the cursor carries the position only).
        start = int(after[0]) if after else offset
        rows = fetch_households(db, self.query, start, limit)
        return lists.ListPage(
            columns=self.columns(),
            rows=[format_row(r) for r in rows],
            ids=[r.id for r in rows],
            cursor=(start + len(rows),) if rows else None,
        )


class LateRowDelegate(QStyledItemDelegate):
    """Late next actions and exceeded norms in red (the text says so too)."""

    def __init__(self, model: LazyListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not index.isValid() or index.column() not in (SINCE_COLUMN, ACTION_COLUMN):
            return
        if index.row() >= self._model.rowCount():
            return
        values = self._model.row_values(index.row())
        if len(values) <= NORM_EXCEEDED:
            return
        late = values[LATE_ACTION] if index.column() == ACTION_COLUMN else values[NORM_EXCEEDED]
        if late:
            option.palette.setColor(QPalette.ColorRole.Text, LATE_COLOUR)
