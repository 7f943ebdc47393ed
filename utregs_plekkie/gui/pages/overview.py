"""Overzicht: where recruitment works and where families are missing, in pictures.

A period (presets or two dates), a provider and a wijk at the top; the key figures;
then five tabs: Trechter, Kanalen, Vraag en aanbod (with the map of the city),
Opvolging and In de tijd. Every chart has its figures one click away ("Toon
cijfers"). The figures are computed off the GUI thread
(:func:`utregs_plekkie.storage.overview.compute_overview`); a new choice stops the
computation that runs and its result is never shown. The report (PDF) and the
figures (XLSX/CSV) are saved from the overview on the screen.

The widgets live in ``gui/overview``; the rules for the figures in
:mod:`utregs_plekkie.core.overview`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.mapgeo import CityMap
from utregs_plekkie.core.overview import (
    FigureTable,
    Overview,
    OverviewFilter,
    format_date,
    overview_tables,
    suppression_note,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar
from utregs_plekkie.gui.overview.compute import Computed, OverviewRunner, load_city_map
from utregs_plekkie.gui.overview.export import ExportController, Saved
from utregs_plekkie.gui.overview.filters import FilterBar, Preset, Selection
from utregs_plekkie.gui.overview.sections import (
    ChannelsSection,
    FollowUpSection,
    FunnelSection,
    KeyFigureTile,
    Section,
    SupplyDemandSection,
    TimeSection,
)
from utregs_plekkie.gui.pages.base import Page

__all__ = ["OverviewPage"]


class OverviewPage(Page):
    key = "overview"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.overview: Overview | None = None
        self.tables: dict[str, FigureTable] = {}
        self.computed: Computed | None = None
        self._map_loading = False
        super().__init__(ctx, parent)
        self.runner = OverviewRunner(ctx.db, self)
        self.runner.progressed.connect(self._progress)
        self.runner.computed.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.exporter = ExportController(ctx, self)
        self.exporter.busy_changed.connect(self._export_busy)
        self.exporter.progressed.connect(self._export_progress)
        self.exporter.saved.connect(self._saved)
        self.exporter.failed.connect(lambda text: self.bar.show_message(text, "error"))
        self.filters.changed.connect(self.compute)
        self.supply.wijk_clicked.connect(self._map_clicked)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Overzicht")

    # ----------------------------------------------------------------- body

    def build_body(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        # The choices go in the header row (other pages have their counts there), with
        # "Bezig met berekenen…" on the right, so nothing moves when it comes and goes.
        self.filters = FilterBar(self)
        self.counts_row.insertWidget(0, self.filters, 1)
        for index in range(self.counts_row.count()):
            item = self.counts_row.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                self.counts_row.setStretch(index, 0)  # the filters take the room

        status_row = QHBoxLayout()
        status_row.setSpacing(10)
        status_text = QVBoxLayout()
        status_text.setSpacing(1)
        self.status = QLabel(body)
        self.status.setObjectName("overviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_font = QFont(self.status.font())
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.status_note = QLabel(body)
        self.status_note.setObjectName("hintLabel")
        self.status_note.setWordWrap(True)
        status_text.addWidget(self.status)
        status_text.addWidget(self.status_note)
        status_row.addLayout(status_text, 1)
        self.busy_label = QLabel(self.tr("Bezig met berekenen…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setAccessibleName(self.busy_label.text())
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(self.fontMetrics().horizontalAdvance(self.busy_label.text()), 8)
        self.busy_bar.setAccessibleName(self.tr("Voortgang van het berekenen"))
        self.busy_label.hide()
        self.busy_bar.hide()
        busy = QVBoxLayout()
        busy.setSpacing(2)
        for widget in (self.busy_label, self.busy_bar):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
            busy.addWidget(widget)
        busy.addStretch(1)
        self.counts_row.addLayout(busy)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        self.report_button = QPushButton(self.tr("&Rapport opslaan als PDF…"), body)
        self.report_button.setObjectName("saveReport")
        self.report_button.setToolTip(
            self.tr(
                "Het hele overzicht als PDF voor een overleg: grafieken, kaart en tabellen, "
                "gedateerd"
            )
        )
        self.report_button.clicked.connect(lambda _checked=False: self.save_report())
        self.export_button = QPushButton(self.tr("Cijfers &exporteren (XLSX/CSV)…"), body)
        self.export_button.setObjectName("exportFigures")
        self.export_button.setToolTip(
            self.tr("Alle tabellen van het overzicht als Excel-werkmap of als CSV-bestand")
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export_figures())
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.export_button)
        status_row.addLayout(buttons)
        layout.addLayout(status_row)

        self.bar = MessageBar(body)
        layout.addWidget(self.bar)

        self.key_tiles_row = FlowLayout(spacing=10)
        self.key_tiles: list[KeyFigureTile] = []
        layout.addLayout(self.key_tiles_row)

        self.message = QLabel(body)
        # Styled like the empty lists of the other pages.
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        font = QFont(self.message.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.message.setFont(font)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.hide()
        layout.addWidget(self.message)

        self.stack = QStackedWidget(body)
        self.waiting = QLabel(self.tr("Bezig met berekenen…"), self.stack)
        self.waiting.setObjectName("listMessage")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.stack.addWidget(self.waiting)

        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("overviewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het overzicht"))
        self.funnel = FunnelSection(self.tabs)
        self.channels = ChannelsSection(self.tabs)
        self.supply = SupplyDemandSection(self.tabs)
        self.follow_up = FollowUpSection(self.tabs)
        self.time = TimeSection(self.tabs)
        self.sections: list[Section] = [
            self.funnel,
            self.channels,
            self.supply,
            self.follow_up,
            self.time,
        ]
        for section, name in zip(
            self.sections,
            (
                self.tr("Trechter"),
                self.tr("Kanalen"),
                self.tr("Vraag en aanbod"),
                self.tr("Opvolging"),
                self.tr("In de tijd"),
            ),
            strict=True,
        ):
            section.setAccessibleName(name)
            self.tabs.addTab(section, name)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)

        # Alt+1 … Alt+5 go to a tab (Ctrl+1 … are the window's pages).
        for index in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        return body

    # ----------------------------------------------------------------- computing

    def refresh(self) -> None:
        """Compute the figures again (first view, F5): the data may have changed."""
        self._loaded_once = True
        self.runner.forget_city()
        self.filters.renew_preset()
        if self.supply.map.city_map is None and not self._map_loading:
            self._map_loading = True
            load_city_map(self, self._map_ready, self._map_failed)
        self.compute()

    def compute(self) -> None:
        """Start computing the figures of the selection (a running computation stops)."""
        try:
            selection = self.filters.selection()
        except ValidationError as error:
            self.runner.cancel()
            self.bar.show_message(error.message, "error")
            if self.overview is not None:
                self._show_status(self.overview)  # the figures shown stay valid
            self._update_busy()
            return
        if self.bar.kind == "error" and not self.bar.isHidden():
            self.bar.dismiss()
        self.supply.map.set_selected(selection.wijk_code)
        self.busy_bar.setRange(0, 0)
        self.runner.start(selection)
        # Say at once what is being computed; the old figures stay until the new come.
        self.status.setText(
            self.tr("Bezig met berekenen: {keuze}…").format(
                keuze=self._describe(
                    OverviewFilter(
                        selection.period_from,
                        selection.period_to,
                        selection.provider,
                        selection.wijk_code,
                        self.filters.wijk.currentText() if selection.wijk_code else None,
                    )
                )
            )
        )
        self.status.setAccessibleName(self.status.text())
        if self.overview is not None:
            self.status_note.setText(
                self.tr(
                    "De cijfers hieronder horen nog bij de vorige keuze; zo worden ze vervangen."
                )
            )
            self.status_note.setAccessibleName(self.status_note.text())
        self._update_busy()

    def _describe(self, f: OverviewFilter) -> str:
        """The line that says which requests the figures are about."""
        wijk = self.tr("wijk {naam}").format(naam=f.wijk) if f.wijk else self.tr("alle wijken")
        return self.tr("Aanvragen ontvangen van {van} t/m {tot} · {aanbieder} · {wijk}").format(
            van=format_date(f.period_from),
            tot=format_date(f.period_to),
            aanbieder=f.provider_text(),
            wijk=wijk,
        )

    def _map_ready(self, city_map: CityMap) -> None:
        self._map_loading = False
        self.supply.set_map(city_map)
        self._update_busy()

    def _map_failed(self, error: BaseException) -> None:
        self._map_loading = False
        self._update_busy()
        report_failure(error, self)

    def is_loading(self) -> bool:
        return self.runner.busy or self._map_loading or super().is_loading()

    def _update_busy(self) -> None:
        busy = self.runner.busy
        self.loading_label.hide()
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy and self.overview is None:
            self.stack.setCurrentWidget(self.waiting)
        self._update_actions()

    def _progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, total)
        self.busy_bar.setValue(done)

    def _failed(self, text: str) -> None:
        self.bar.show_message(text, "error")
        if self.overview is not None:
            self._show_status(self.overview)
        else:
            self.status.clear()
        if self.overview is None:
            self.waiting.setText(text)
        self._update_busy()

    # ----------------------------------------------------------------- showing

    def _show(self, result: Computed) -> None:
        overview = result.overview
        self.computed = result
        self.overview = overview
        self.tables = {table.key: table for table in overview_tables(overview)}
        self._show_key_figures()
        self._show_status(overview)
        for section in self.sections:
            section.show_overview(overview, self.tables)
        self.supply.set_city(result.city, result.selection.wijk_code)
        self._show_empty_state(overview)
        self._update_busy()
        self.status_message.emit(
            self.tr("Cijfers berekend in {s} s.").format(
                s=f"{overview.seconds:.2f}".replace(".", ",")
            )
        )

    def _show_key_figures(self) -> None:
        rows = self.tables["kerncijfers"].rows
        while len(self.key_tiles) < len(rows):
            tile = KeyFigureTile(self)
            self.key_tiles_row.addWidget(tile)
            self.key_tiles.append(tile)
        for tile, row in zip(self.key_tiles, rows, strict=False):
            tile.set_figure(row[0].text, row[1])

    def _show_status(self, overview: Overview) -> None:
        f = overview.filter
        made = overview.computed_at.astimezone(clock.LOCAL_TZ)
        self.status.setText(self._describe(f))
        self.status.setAccessibleName(self.status.text())
        self.status_note.setText(
            self.tr(
                "Gevolgd tot vandaag; vraag en aanbod en opvolging gaan over vandaag. "
                'Berekend om {tijd}. Aantallen kinderen onder de 5 staan er als "<5".'
            ).format(tijd=made.strftime("%H:%M"))
        )
        self.status_note.setToolTip(suppression_note())
        self.status_note.setAccessibleName(self.status_note.text())

    def _show_empty_state(self, overview: Overview) -> None:
        funnel = overview.funnel
        sd = overview.supply_demand.total
        health = overview.health
        nothing_today = (
            sd.families == 0
            and sd.waiting == 0
            and health.overdue_actions == 0
            and health.screenings_expiring == 0
        )
        if funnel.requests == 0:
            f = overview.filter
            text = self.tr(
                "Nog geen gegevens in deze periode. Nog geen aanvragen ontvangen van {van} "
                "t/m {tot} ({filter}). Kies een andere periode of aanbieder, of voer "
                "aanvragen in op de pagina Aanvragen."
            ).format(
                van=format_date(f.period_from),
                tot=format_date(f.period_to),
                filter=", ".join([f.provider_text(), f.wijk or self.tr("alle wijken")]),
            )
            self.message.setText(text)
            self.message.setAccessibleName(text)
            self.message.show()
        else:
            self.message.hide()
        everything_empty = funnel.requests == 0 and nothing_today
        for tile in self.key_tiles:
            tile.setVisible(not everything_empty)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setVisible(not everything_empty)

    # ----------------------------------------------------------------- the map

    def _map_clicked(self, code: str) -> None:
        """A wijk clicked on the map: the whole overview for that wijk ("" for all)."""
        self.filters.set_wijk(code or None)

    # ----------------------------------------------------------------- saving

    def _update_actions(self) -> None:
        ready = self.overview is not None and not self.runner.busy and not self.exporter.busy
        self.report_button.setEnabled(ready)
        self.export_button.setEnabled(ready)
        why = "" if ready else self.tr("Kan zodra de cijfers berekend zijn.")
        for button in (self.report_button, self.export_button):
            button.setStatusTip(why)

    def save_report(self) -> bool:
        """The button "Rapport opslaan als PDF…" (asks where)."""
        if self.overview is None or self.runner.busy:
            return False
        return self.exporter.save_report(self.overview)

    def export_figures(self) -> bool:
        """The button "Cijfers exporteren (XLSX/CSV)…" (asks where and which kind)."""
        if self.overview is None or self.runner.busy:
            return False
        return self.exporter.export_figures(self.overview)

    def _export_busy(self, busy: bool) -> None:
        if busy:
            self.bar.show_message(self.tr("Bezig met opslaan…"), "info")
        self._update_actions()

    def _export_progress(self, done: int, total: int) -> None:
        if self.exporter.busy and total:
            self.bar.show_message(
                self.tr("Bezig met opslaan… ({pct}%)").format(pct=round(100 * done / total)),
                "info",
            )

    def _saved(self, saved: Saved) -> None:
        if saved.kind == "pdf":
            text = self.tr("Het rapport is opgeslagen als {pad} ({n} pagina's).")
        elif saved.kind == "csv":
            text = self.tr("De cijfers zijn opgeslagen als {pad} ({n} regels).")
        else:
            text = self.tr("De cijfers zijn opgeslagen als {pad} ({n} bladen).")
        folder = saved.path.parent
        self.bar.show_message(
            text.format(pad=saved.path, n=saved.count),
            "success",
            [
                (
                    self.tr("Map openen"),
                    lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))),
                )
            ],
        )
        self.status_message.emit(self.bar.text())

    # ----------------------------------------------------------------- for tests and keys

    def selection(self) -> Selection:
        return self.filters.selection()

    def choose_preset(self, preset: Preset) -> None:
        self.filters.set_preset(preset)
