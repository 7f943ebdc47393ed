"""Overzicht: how far requests get, step by step (a table now; a chart later)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.gui.models import FunnelModel
from utregs_plekkie.gui.pages.base import Page


class OverviewPage(Page):
    key = "overview"

    def title(self) -> str:
        return self.tr("Overzicht")

    def build_body(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.intro = QLabel(
            self.tr(
                "Hoe ver komen de aanvragen? Per stap het aantal aanvragen dat die stap "
                "heeft bereikt, volgens hun huidige status en die van het gezin dat eruit "
                "voortkwam."
            ),
            body,
        )
        self.intro.setWordWrap(True)
        self.intro.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 60))
        layout.addWidget(self.intro)

        self.model = FunnelModel(self)
        self.table = QTableView(body)
        self.table.setObjectName("funnelTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Trechter: aantal per stap"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        widths = []
        for column in (1, 2):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance("200.000"))
            widths.append(width + 3 * metrics.horizontalAdvance("M"))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, widths[-1])
        first_column = metrics.horizontalAdvance("M" * 18)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.table.setMaximumWidth(first_column + sum(widths) + 2 * self.table.frameWidth())
        layout.addWidget(self.table)

        self.message = QLabel(body)
        self.message.setObjectName("hintLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        return body

    def show_counts(self, counts: list[tuple[str, int]]) -> None:
        # The funnel is the page's content, not a headline: it goes into the table.
        self.model.set_steps(counts)
        rows = self.model.rowCount()
        header_height = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header_height + rows * row_height + 2 * self.table.frameWidth())
        empty = not counts or counts[0][1] == 0
        self.message.setVisible(empty)
        if empty:
            self.message.setText(
                self.tr(
                    "Nog geen aanvragen, dus nog geen cijfers. Zodra er aanvragen zijn, "
                    "ziet u hier hoe ver ze komen."
                )
            )
