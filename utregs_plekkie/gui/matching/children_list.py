"""The Kinderen list: a ``ChildQuery`` as a list source, and the bar above the list.

Each change of the search text or a filter makes a new :class:`ChildQuerySource`; the
list model counts and fetches it in the background, 200 children at a time, continuing
after the last code of the page before (keyset paging). Typing searches after a short
pause (150 ms); Enter searches at once.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareForm, ChildStatus, Urgency, label
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.matching import age_in_months, format_age
from utregs_plekkie.gui.households.widgets import FlowLayout, wijk_names
from utregs_plekkie.gui.matching.common import format_day
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.children import ChildQuery, ChildRow, count_children, fetch_children
from utregs_plekkie.storage.database import Database

DEBOUNCE_MS = 150


def format_child_row(row: ChildRow) -> tuple[Any, ...]:
    waiting = format_day(row.waiting_since) if row.status == ChildStatus.WACHT else ""
    return (
        row.code,
        format_age(age_in_months(row.birth_month, clock.today())),
        label(row.care_form),
        wijk_names().get(row.wijk_code or "", ""),
        label(row.urgency),
        label(row.status),
        waiting,
        row.sibling_group or "",
    )


class ChildQuerySource:
    """The children matching one query, as the ``ListSource`` the list model reads."""

    key = "children"

    def __init__(self, query: ChildQuery | None = None) -> None:
        self.query = query or ChildQuery()

    def columns(self) -> list[lists.Column]:
        return [
            lists.Column("code", QCoreApplication.translate("ChildList", "Code")),
            lists.Column("age", QCoreApplication.translate("ChildList", "Leeftijd"), numeric=True),
            lists.Column("care_form", QCoreApplication.translate("ChildList", "Zorgvorm")),
            lists.Column("wijk", QCoreApplication.translate("ChildList", "Wijk")),
            lists.Column("urgency", QCoreApplication.translate("ChildList", "Urgentie")),
            lists.Column("status", QCoreApplication.translate("ChildList", "Status")),
            lists.Column("waiting_since", QCoreApplication.translate("ChildList", "Wacht sinds")),
            lists.Column(
                "sibling_group", QCoreApplication.translate("ChildList", "Broer/zus-groep")
            ),
        ]

    def count(self, db: Database) -> int:
        return count_children(db, self.query)

    def fetch(
        self,
        db: Database,
        offset: int,
        limit: int,
        *,
        after: lists.SortKey | None = None,
    ) -> lists.ListPage:
        cursor = (str(after[0]), int(after[1])) if after else None
        rows = fetch_children(db, self.query, limit, after=cursor, offset=0 if after else offset)
        return lists.ListPage(
            columns=self.columns(),
            rows=[format_child_row(r) for r in rows],
            ids=[r.id for r in rows],
            cursor=(rows[-1].code, rows[-1].id) if rows else None,
        )


class ChildFilterBar(QWidget):
    """Search by code, and filters for status, care form, wijk and urgency."""

    query_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=8)
        self.search = QLineEdit(self)
        self.search.setObjectName("childSearch")
        self.search.setPlaceholderText(self.tr("Zoek op code"))
        self.search.setAccessibleName(self.tr("Zoeken op code van het kind"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 18))
        layout.addWidget(self.search)

        self.status = self._combo(self.tr("Status"), self.tr("Alle statussen"))
        for status in ChildStatus:
            self.status.addItem(label(status), status.value)
        self.care_form = self._combo(self.tr("Zorgvorm"), self.tr("Alle zorgvormen"))
        for care in CareForm:
            self.care_form.addItem(label(care), care.value)
        self.wijk = self._combo(self.tr("Wijk"), self.tr("Alle wijken"))
        for code, name, _provider in sorted(WIJKEN, key=lambda w: w[1]):
            self.wijk.addItem(name, code)
        self.urgency = self._combo(self.tr("Urgentie"), self.tr("Elke urgentie"))
        for urgency in Urgency:
            self.urgency.addItem(label(urgency), urgency.value)
        self.combos = (self.status, self.care_form, self.wijk, self.urgency)
        for combo in self.combos:
            layout.addWidget(combo)

        self.clear_button = QPushButton(self.tr("Wissen"), self)
        self.clear_button.setToolTip(self.tr("Zoektekst en filters wissen"))
        self.clear_button.setAccessibleName(self.tr("Zoektekst en filters wissen"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._emit_now)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._emit_now)
        self._last = ChildQuery()
        self._quiet = False

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def query(self) -> ChildQuery:
        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return str(value) if value else None

        status, care, wijk, urgency = (chosen(c) for c in self.combos)
        return ChildQuery(
            text=self.search.text(),
            statuses=frozenset({ChildStatus(status)}) if status else frozenset(),
            care_forms=frozenset({CareForm(care)}) if care else frozenset(),
            wijk_codes=frozenset({wijk}) if wijk else frozenset(),
            urgencies=frozenset({Urgency(urgency)}) if urgency else frozenset(),
        )

    def set_status(self, status: ChildStatus | None) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status.value if status else None)))

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.search.clear()
            for combo in self.combos:
                combo.setCurrentIndex(0)
        finally:
            self._quiet = False
        self._emit_now()

    def _emit_now(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        query = self.query()
        if query != self._last:
            self._last = query
            self.query_changed.emit(query)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def child_source(query: ChildQuery) -> lists.ListSource:
    """``ChildQuerySource`` for the page's list model. It answers the three questions the
    model asks of a ``ListSource`` (columns, count, fetch) from ``storage.children``'s
    own query instead of a ``ListSource`` subclass, so it is only alike in shape."""
    return cast(lists.ListSource, ChildQuerySource(query))
