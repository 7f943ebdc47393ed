"""The tabs of the Overzicht page. Each shows its part of one computed overview.

Every section gets the overview and its tables (:func:`overview_tables`) and shows
charts and tables from them; nothing here counts or formats a figure of its own, so
the rules for small numbers hold everywhere.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.geo import GEO_ATTRIBUTION
from utregs_plekkie.core.mapgeo import CityMap
from utregs_plekkie.core.overview import (
    Cell,
    FigureTable,
    Overview,
    ShortageClass,
    SupplyDemand,
    suppression_note,
)
from utregs_plekkie.gui.overview.charts import (
    ChartPanel,
    answers_chart,
    channel_results_chart,
    event_chart,
    funnel_chart,
    month_requests_chart,
    month_results_chart,
    requests_per_row_chart,
)
from utregs_plekkie.gui.overview.citymap import CityMapWidget, MapLegend
from utregs_plekkie.gui.overview.tables import TableBox, keep_rows

__all__ = [
    "ChannelsSection",
    "FollowUpSection",
    "FunnelSection",
    "KeyFigureTile",
    "Section",
    "SupplyDemandSection",
    "TimeSection",
]

translate = QCoreApplication.translate

Tables = Mapping[str, FigureTable]


class KeyFigureTile(QFrame):
    """One headline figure as text ("<5" stays "<5"), above a short caption."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.6) -> None:
        super().__init__(parent)
        self.setObjectName("countTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 18, 8)
        layout.setSpacing(0)
        self.number = QLabel("…", self)
        self.number.setObjectName("countNumber")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("countCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_figure(self, caption: str, cell: Cell) -> None:
        self.number.setText(cell.text)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {cell.text}")
        self.setToolTip(suppression_note() if cell.suppressed else self.accessibleName())


class Section(QScrollArea):
    """A tab: a scrollable column of panels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self)
        self.content.setObjectName("sectionContent")
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(2, 8, 12, 12)
        self.column.setSpacing(14)
        self.setWidget(self.content)

    def finish(self) -> None:
        self.column.addStretch(1)

    def show_overview(self, overview: Overview, tables: Tables) -> None:
        raise NotImplementedError


def _only_wijk(table: FigureTable, wijk: str | None) -> FigureTable:
    """With a wijk chosen, the rows of the other wijken (all zero) are left out."""
    if wijk is None:
        return table
    return keep_rows(table, lambda row: row[0].text == wijk)


# --------------------------------------------------------------------------- funnel


class FunnelSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = ChartPanel(
            translate("FunnelSection", "Trechter: van aanvraag tot plaatsing"),
            translate(
                "FunnelSection",
                "De aanvragen die in de periode binnenkwamen, gevolgd tot vandaag. Per stap: "
                "hoeveel aanvragen die stap bereikten en welk deel van de vorige stap dat is.",
            ),
            self.content,
            chart_height=290,
        )
        self.panel.add_chart()
        self.table = self.panel.add_table()
        self.panel.set_numbers_shown(True)
        self.column.addWidget(self.panel)
        self.dropouts = TableBox(self.content)
        self.column.addWidget(self.dropouts)
        self.finish()

    def show_overview(self, overview: Overview, tables: Tables) -> None:
        funnel = tables["trechter"]
        self.panel.set_chart(0, funnel_chart(overview, funnel))
        self.table.set_table(funnel)
        self.dropouts.set_table(
            tables["afhakers"],
            translate("FunnelSection", "Niemand uit deze periode is afgehaakt."),
        )


# --------------------------------------------------------------------------- channels


class ChannelsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources = ChartPanel(
            translate("ChannelsSection", "Wat elke bron opleverde"),
            translate(
                "ChannelsSection",
                "Hoe de aanvragers van Utregs Plekkie hoorden, en hoeveel van hen zich later "
                "aanmeldden en beschikbaar werden.",
            ),
            self.content,
        )
        self.sources.add_chart(translate("ChannelsSection", "Aanvragen per bron"))
        self.sources.add_chart(translate("ChannelsSection", "Daarvan aangemeld en beschikbaar"))
        self.sources_table = self.sources.add_table()
        self.column.addWidget(self.sources)

        self.events = ChartPanel(
            translate("ChannelsSection", "Wat elk evenement opleverde"),
            translate(
                "ChannelsSection",
                "Aanvragen die op een evenement binnenkwamen; de dagen van een pop-upweek samen.",
            ),
            self.content,
        )
        self.events.add_chart()
        self.events_table = self.events.add_table()
        self.event_days_table = self.events.add_table()
        self.column.addWidget(self.events)

        self.wijken = ChartPanel(
            translate("ChannelsSection", "Per wijk van de aanvrager"),
            "",
            self.content,
        )
        self.wijken.add_chart(translate("ChannelsSection", "Aanvragen per wijk"))
        self.wijken.add_chart(translate("ChannelsSection", "Daarvan aangemeld en beschikbaar"))
        self.wijken_table = self.wijken.add_table()
        self.column.addWidget(self.wijken)
        self.finish()

    def show_overview(self, overview: Overview, tables: Tables) -> None:
        channels = overview.channels
        none = translate("ChannelsSection", "Geen aanvragen in deze periode.")
        self.sources.set_chart(0, requests_per_row_chart(channels.by_source, none))
        self.sources.set_chart(1, channel_results_chart(channels.by_source, none))
        self.sources_table.set_table(tables["bronnen"])
        no_events = translate(
            "ChannelsSection",
            "In deze periode kwamen geen aanvragen binnen via een evenement.",
        )
        self.events.set_chart(0, event_chart(channels.by_event_group, no_events))
        self.events_table.set_table(tables["evenementen"], no_events)
        self.event_days_table.set_table(tables["evenementdagen"], no_events)
        wijk = overview.filter.wijk
        rows = [r for r in channels.by_wijk if wijk is None or r.label == wijk]
        self.wijken.set_chart(0, requests_per_row_chart(rows, none))
        self.wijken.set_chart(1, channel_results_chart(rows, none))
        self.wijken_table.set_table(_only_wijk(tables["wijken"], wijk))


# --------------------------------------------------------------------------- supply/demand


class SupplyDemandSection(Section):
    """The map beside the tables; pointing shows a wijk's figures, clicking chooses it."""

    wijk_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            translate(
                "SupplyDemandSection",
                "Vandaag: vrije plekken bij beschikbare gezinnen tegenover wachtende "
                "kinderen, per wijk. Wijs een wijk aan voor de cijfers; klik erop om het "
                "hele overzicht voor die wijk te zien (nog eens klikken: alle wijken).",
            ),
            self.content,
        )
        intro.setObjectName("hintLabel")
        intro.setWordWrap(True)
        self.column.addWidget(intro)

        row = QHBoxLayout()
        row.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.map = CityMapWidget(self.content)
        self.map.setMinimumSize(420, 340)
        self.map.wijk_clicked.connect(self.wijk_clicked)
        self.map.wijk_pointed.connect(self._pointed)
        left.addWidget(self.map)
        self.legend = MapLegend(self.content)
        left.addWidget(self.legend)
        source = QLabel(
            translate(
                "SupplyDemandSection",
                "Kaart: gebieden rond de postcodes (PC4) van de stad, per wijk. Bron "
                "postcodes: {bron}.",
            ).format(bron=GEO_ATTRIBUTION),
            self.content,
        )
        source.setObjectName("hintLabel")
        source.setWordWrap(True)
        left.addWidget(source)
        left.addStretch(1)
        row.addLayout(left, 4)

        right = QVBoxLayout()
        right.setSpacing(12)
        self.info = QLabel(self.content)
        self.info.setObjectName("wijkInfo")
        self.info.setWordWrap(True)
        self.info.setFrameShape(QFrame.Shape.StyledPanel)
        self.info.setMargin(10)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setMinimumHeight(self.fontMetrics().height() * 6)
        right.addWidget(self.info)
        self.all_button = QPushButton(
            translate("SupplyDemandSection", "Terug naar alle wijken"), self.content
        )
        self.all_button.setObjectName("allWijken")
        self.all_button.clicked.connect(lambda _checked=False: self.wijk_clicked.emit(""))
        self.all_button.hide()
        all_row = QHBoxLayout()
        all_row.addWidget(self.all_button)
        all_row.addStretch(1)
        right.addLayout(all_row)
        self.per_wijk = TableBox(self.content)
        right.addWidget(self.per_wijk)
        self.per_family = TableBox(self.content)
        right.addWidget(self.per_family)
        right.addStretch(1)
        row.addLayout(right, 6)
        self.column.addLayout(row)
        self.finish()
        self._pointed("")

    def set_map(self, city_map: CityMap) -> None:
        self.map.set_map(city_map)

    def set_city(self, city: SupplyDemand, selected: str | None) -> None:
        """The whole city's supply and demand for the map (whatever wijk is chosen)."""
        self.map.set_supply_demand(city)
        self.map.set_selected(selected)
        counts: Counter[ShortageClass] = Counter(
            cell.shortage_class for cell in city.wijk_totals if cell.wijk_code is not None
        )
        self.legend.set_counts(counts)
        self._pointed("")

    def show_overview(self, overview: Overview, tables: Tables) -> None:
        wijk = overview.filter.wijk
        self.per_wijk.set_table(_only_wijk(tables["vraag_aanbod_wijk"], wijk))
        per_family = tables["vraag_aanbod"]
        if wijk is not None:
            per_family = keep_rows(per_family, lambda row: row[0].text == wijk)
        self.per_family.set_table(per_family)

    def _pointed(self, code: str) -> None:
        selected = self.map.selected
        shown = code or selected
        if shown:
            name, *figures = self.map.summary(shown).split("\n")
            heading = (
                translate("SupplyDemandSection", "Gekozen wijk: {wijk}").format(wijk=name)
                if shown == selected
                else name
            )
            lines = [f"<b>{html.escape(heading)}</b>", *(html.escape(f) for f in figures)]
            self.info.setText("<br>".join(lines))
            spoken = "; ".join([heading, *figures])
        else:
            spoken = translate(
                "SupplyDemandSection",
                "Wijs een wijk op de kaart aan om de cijfers te zien.",
            )
            self.info.setText(html.escape(spoken))
        self.info.setAccessibleName(spoken)
        self.all_button.setVisible(selected is not None)


# --------------------------------------------------------------------------- follow-up


class FollowUpSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.tiles = [KeyFigureTile(self.content, scale=1.9) for _n in range(4)]
        for tile in self.tiles:
            tiles.addWidget(tile)
        tiles.addStretch(1)
        self.column.addLayout(tiles)
        self.panel = ChartPanel(
            translate("FollowUpSection", "Eerste antwoord op de aanvragen"),
            "",
            self.content,
            chart_height=170,
        )
        self.panel.add_chart()
        self.table = self.panel.add_table()
        self.column.addWidget(self.panel)
        self.finish()

    def show_overview(self, overview: Overview, tables: Tables) -> None:
        health = overview.health
        table = tables["opvolging"]
        self.panel.description.setText(table.note)
        self.panel.description.setVisible(bool(table.note))
        # The four figures a team lead looks at first (rows of the table "opvolging":
        # share within the norm, overdue request actions, overdue family actions); the
        # rest is in the table.
        picks = [
            (translate("FollowUpSection", "binnen de norm beantwoord"), table.rows[5][1]),
            (translate("FollowUpSection", "opvolgacties te laat (aanvragen)"), table.rows[6][1]),
            (translate("FollowUpSection", "volgende acties te laat (gezinnen)"), table.rows[7][1]),
            (
                translate("FollowUpSection", "VGB's en VOG's die binnen {n} dagen verlopen").format(
                    n=health.horizon_days
                ),
                Cell.of_int(health.screenings_expiring),
            ),
        ]
        for tile, (caption, cell) in zip(self.tiles, picks, strict=True):
            tile.set_figure(caption, cell)
        self.panel.set_chart(
            0,
            answers_chart(
                health,
                translate("FollowUpSection", "Geen aanvragen in deze periode."),
            ),
        )
        self.table.set_table(table)


# --------------------------------------------------------------------------- time


class TimeSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = ChartPanel(
            translate("TimeSection", "Per maand van binnenkomst"),
            translate(
                "TimeSection",
                "De aanvragen van elke maand, en hoeveel van hen tot vandaag naar een "
                "informatieavond kwamen, zich aanmeldden en beschikbaar werden. Recente "
                "maanden hebben nog weinig tijd gehad om door te stromen.",
            ),
            self.content,
            chart_height=260,
            stacked=True,
        )
        self.panel.add_chart(translate("TimeSection", "Aanvragen per maand"))
        self.panel.add_chart(translate("TimeSection", "Wat er tot vandaag van werd"))
        self.table = self.panel.add_table()
        self.column.addWidget(self.panel)
        self.finish()

    def show_overview(self, overview: Overview, tables: Tables) -> None:
        none = translate("TimeSection", "Geen aanvragen in deze periode.")
        self.panel.set_chart(0, month_requests_chart(overview.months, none))
        self.panel.set_chart(1, month_results_chart(overview.months, none))
        self.table.set_table(tables["maanden"])
