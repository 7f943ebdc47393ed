"""The Overzicht page on a real SQLite database with a small demo: periods, the map,
the figures behind the charts, and the report and figures saved where the user chose.

The clock stands on Monday 15 June 2026; the demo is built around it. Expected figures
come from ``compute_overview`` and ``overview_tables`` (tested on their own against a
hand-made dataset in tests/storage/test_overview.py): the page must show exactly them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Provider
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.overview import (
    SHORTAGE_COLOURS,
    FunnelStep,
    Overview,
    default_period,
    overview_tables,
    wijk_summary,
)
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.overview.filters import Preset, preset_period
from utregs_plekkie.gui.pages.overview import OverviewPage
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo
from utregs_plekkie.storage.overview import compute_overview

NOW = datetime(2026, 6, 15, 10, 0, tzinfo=clock.LOCAL_TZ)
TODAY = NOW.date()
SIZE = DemoSize(requests=600, households=120, children=100, seed=1)
WIJK_CODES = [code for code, _name, _provider in WIJKEN]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _dutch_and_quiet(qapp: QApplication) -> Iterator[None]:
    i18n.uninstall_translators(qapp)
    yield
    workers.wait_for_background()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    yield shown
    assert shown == [], f"onverwachte meldingen: {shown}"


@pytest.fixture
def clock_start() -> datetime:
    """The program's clock (the shared `now` fixture) stands at NOW."""
    return NOW


@pytest.fixture
def empty_db(
    now: object, db_path: Path, migrated_sqlite: Callable[[Path], str]
) -> Iterator[Database]:
    """A migrated database without data (the shared template), at NOW."""
    database = open_database(migrated_sqlite(db_path))
    yield database
    workers.wait_for_background()
    database.dispose()


@pytest.fixture
def db(empty_db: Database) -> Database:
    build_demo(empty_db, SIZE)
    return empty_db


def open_page(qtbot, db: Database) -> tuple[MainWindow, OverviewPage]:
    window = MainWindow(AppContext(db, Actor.admin("tests"), UiState.for_app()))
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    window.show_page("overview")
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    wait_computed(qtbot, page)
    return window, page


def wait_computed(qtbot, page: OverviewPage) -> None:
    page.filters.flush()
    qtbot.waitUntil(lambda: not page.is_loading() and workers.pending_count() == 0, timeout=20_000)


def texts(table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def expected(db: Database, period: tuple[date, date], **kwargs) -> dict[str, list[list[str]]]:
    overview = compute_overview(db, *period, **kwargs)
    return {table.key: texts(table) for table in overview_tables(overview)}


def tile_texts(page: OverviewPage) -> list[list[str]]:
    return [[t.caption.text(), t.number.text()] for t in page.key_tiles if not t.isHidden()]


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --------------------------------------------------------------------------- periods


def test_switching_periods_shows_the_figures_of_that_period(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    first = default_period(TODAY)
    assert page.filters.current_preset() is Preset.LAATSTE_12_MAANDEN
    assert page.filters.dates() == first
    assert page.overview is not None
    assert (page.overview.filter.period_from, page.overview.filter.period_to) == first
    wanted = expected(db, first)
    assert tile_texts(page) == [[name, value] for name, value in wanted["kerncijfers"]]
    assert page.funnel.table.texts() == wanted["trechter"]
    assert page.funnel.dropouts.texts() == wanted["afhakers"]
    assert page.channels.sources_table.texts() == wanted["bronnen"]
    assert page.follow_up.table.texts() == wanted["opvolging"]
    assert page.time.table.texts() == wanted["maanden"]
    assert "01-07-2025 t/m 15-06-2026" in page.status.text()

    # Last year: other requests, other figures, the same as computed directly.
    choose(page.filters.preset, Preset.VORIG_JAAR.value)
    wait_computed(qtbot, page)
    last_year = (date(2025, 1, 1), date(2025, 12, 31))
    assert page.filters.dates() == last_year
    assert (page.overview.filter.period_from, page.overview.filter.period_to) == last_year
    wanted_last_year = expected(db, last_year)
    assert wanted_last_year["trechter"] != wanted["trechter"]
    assert page.funnel.table.texts() == wanted_last_year["trechter"]
    assert tile_texts(page) == [[n, v] for n, v in wanted_last_year["kerncijfers"]]
    assert len(page.time.table.texts()) == 12  # a row per month of 2025

    # This month, and then a provider: the filters add up.
    choose(page.filters.preset, Preset.DEZE_MAAND.value)
    choose(page.filters.provider, Provider.KOOS.value)
    wait_computed(qtbot, page)
    this_month = (date(2026, 6, 1), TODAY)
    assert page.overview.filter.provider is Provider.KOOS
    assert page.funnel.table.texts() == expected(db, this_month, provider=Provider.KOOS)["trechter"]
    assert "KOOS Utrecht" in page.status.text()

    # Two dates of one's own: typing a date switches the preset to "aangepast".
    page.filters.date_from.setDate(QDate(2026, 2, 1))
    page.filters.date_to.setDate(QDate(2026, 3, 31))
    assert page.filters.current_preset() is Preset.AANGEPAST
    wait_computed(qtbot, page)
    own = (date(2026, 2, 1), date(2026, 3, 31))
    assert (page.overview.filter.period_from, page.overview.filter.period_to) == own
    assert page.funnel.table.texts() == expected(db, own, provider=Provider.KOOS)["trechter"]


def test_the_presets_cover_the_usual_periods() -> None:
    day = date(2026, 8, 20)
    assert preset_period(Preset.DEZE_MAAND, day) == (date(2026, 8, 1), day)
    assert preset_period(Preset.DIT_KWARTAAL, day) == (date(2026, 7, 1), day)
    assert preset_period(Preset.LAATSTE_12_MAANDEN, day) == (date(2025, 9, 1), day)
    assert preset_period(Preset.DIT_JAAR, day) == (date(2026, 1, 1), day)
    assert preset_period(Preset.VORIG_JAAR, day) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period(Preset.DIT_KWARTAAL, date(2026, 3, 31)) == (
        date(2026, 1, 1),
        date(2026, 3, 31),
    )


def test_a_period_that_ends_before_it_starts_is_refused_in_dutch(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    shown = page.overview
    page.filters.date_from.setDate(QDate(2026, 5, 1))
    page.filters.date_to.setDate(QDate(2026, 4, 1))
    page.filters.flush()
    assert page.bar.kind == "error"
    assert "De begindatum 01-05-2026 ligt na de einddatum 01-04-2026" in page.bar.text()
    assert "Kies een begindatum" in page.bar.text()
    # What was typed stays; the figures on the screen are still the last good ones.
    assert page.filters.dates() == (date(2026, 5, 1), date(2026, 4, 1))
    assert page.overview is shown
    assert not page.is_loading()
    # Putting it right computes again and the message goes.
    page.filters.date_to.setDate(QDate(2026, 5, 31))
    wait_computed(qtbot, page)
    assert page.bar.text() == ""
    assert page.overview.filter.period_to == date(2026, 5, 31)


def test_a_newer_choice_wins_and_the_older_result_is_dropped(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    arrived: list[Overview] = []
    page.runner.computed.connect(lambda result: arrived.append(result.overview))
    # Three choices in a row, without waiting: only the last one's figures are shown.
    choose(page.filters.preset, Preset.DIT_JAAR.value)
    assert page.is_loading() and page.busy_label.isVisibleTo(page)
    assert page.busy_label.text() == "Bezig met berekenen…"
    # The line above the figures says at once what is being computed.
    assert page.status.text().startswith(
        "Bezig met berekenen: Aanvragen ontvangen van 01-01-2026 t/m 15-06-2026"
    )
    assert "vorige keuze" in page.status_note.text()
    choose(page.filters.preset, Preset.VORIG_JAAR.value)
    choose(page.filters.preset, Preset.DIT_KWARTAAL.value)
    wait_computed(qtbot, page)
    assert [(o.filter.period_from, o.filter.period_to) for o in arrived] == [
        (date(2026, 4, 1), TODAY)
    ]
    assert page.overview is arrived[0]
    assert not page.busy_label.isVisibleTo(page)
    assert page.status.text().startswith("Aanvragen ontvangen van 01-04-2026 t/m 15-06-2026")


# --------------------------------------------------------------------------- the map


def test_the_map_draws_every_wijk_coloured_by_shortage(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    page.tabs.setCurrentWidget(page.supply)
    city_map = page.supply.map
    qtbot.waitUntil(lambda: city_map.city_map is not None, timeout=20_000)
    assert city_map.wijk_codes() == WIJK_CODES
    image = city_map.grab().toImage()
    assert city_map.painted_wijken == set(WIJK_CODES)
    # Not blank: many colours (fills, borders, labels), and every wijk's fill is one.
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert len(colours) > 20
    overview = page.overview
    assert overview is not None
    for code in WIJK_CODES:
        cell = overview.supply_demand.wijk_total(code)
        assert cell is not None
        assert city_map.wijk_fills()[code] == SHORTAGE_COLOURS[cell.shortage_class]
        point = city_map.wijk_point(code)
        assert point is not None
        # The label card sits on the wijk; its fill shows just beside it in most wijken.
        assert city_map.cell_at(point).wijk_code == code
    # The legend counts the wijken per colour.
    legend = " ".join(label.text() for label in page.supply.legend.rows.values())
    assert "wijken)" in legend or "1 wijk)" in legend
    # The tables beside the map are those of the report.
    tables = {t.key: texts(t) for t in overview_tables(overview)}
    assert page.supply.per_wijk.texts() == tables["vraag_aanbod_wijk"]
    assert page.supply.per_family.texts() == tables["vraag_aanbod"]
    # Small numbers of waiting children read "<5" in the table.
    assert any(row[3] == "<5" for row in page.supply.per_wijk.texts())


def test_pointing_at_a_wijk_shows_its_figures(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    page.tabs.setCurrentWidget(page.supply)
    city_map = page.supply.map
    qtbot.waitUntil(lambda: city_map.city_map is not None, timeout=20_000)
    overview = page.overview
    assert overview is not None
    code = "WK034403"  # Overvecht
    point = city_map.wijk_point(code)
    assert point is not None
    cell = city_map.cell_at(point)
    assert cell is not None and cell.wijk_code == code
    summary = wijk_summary(overview.supply_demand.wijk_total(code))
    tip = city_map.tooltip_at(point)
    assert tip is not None
    assert tip.startswith(summary)
    assert f"postcodegebied {cell.pc4}" in tip
    assert "Overvecht" in tip and "wachtende kinderen" in tip and "vrije plekken" in tip
    # Moving the mouse there: the wijk is outlined and its figures are shown beside.
    qtbot.mouseMove(city_map, point.toPoint())
    qtbot.waitUntil(lambda: city_map.hovered == code)
    assert page.supply.info.accessibleName() == summary.replace("\n", "; ")
    # Outside the city there is nothing to show.
    assert city_map.tooltip_at(city_map.rect().topLeft()) is None


def test_clicking_a_wijk_shows_the_overview_for_that_wijk(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    page.tabs.setCurrentWidget(page.supply)
    city_map = page.supply.map
    qtbot.waitUntil(lambda: city_map.city_map is not None, timeout=20_000)
    city_fills = city_map.wijk_fills()
    code, name = "WK034401", "West"
    point = city_map.wijk_point(code)
    assert point is not None
    qtbot.mouseClick(city_map, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert page.filters.wijk_code() == code
    wait_computed(qtbot, page)
    overview = page.overview
    assert overview is not None and overview.filter.wijk_code == code
    assert city_map.selected == code
    # The whole page is about West now; the map still shows the whole city.
    assert page.funnel.table.texts() == expected(db, default_period(TODAY), wijk=code)["trechter"]
    assert {row[0] for row in page.supply.per_wijk.texts()} == {name}
    assert {row[0] for row in page.supply.per_family.texts()} == {name}
    assert {row[0] for row in page.channels.wijken_table.texts()} == {name}
    assert city_map.wijk_fills() == city_fills
    assert "wijk" in page.status.text() and name in page.status.text()
    assert page.supply.info.accessibleName().startswith("Gekozen wijk: West;")
    # Clicking it again: all wijken.
    qtbot.mouseClick(city_map, Qt.MouseButton.LeftButton, pos=point.toPoint())
    wait_computed(qtbot, page)
    assert page.overview.filter.wijk_code is None and city_map.selected is None
    assert page.filters.wijk.currentText() == "Alle wijken"
    # Choosing a wijk in the filter selects it on the map; a button leads back.
    choose(page.filters.wijk, "WK034406")
    wait_computed(qtbot, page)
    assert city_map.selected == "WK034406"
    assert page.supply.all_button.isVisibleTo(page)
    qtbot.mouseClick(page.supply.all_button, Qt.MouseButton.LeftButton)
    wait_computed(qtbot, page)
    assert page.overview.filter.wijk_code is None
    assert not page.supply.all_button.isVisibleTo(page)

    # With the keyboard: arrows go from wijk to wijk, Enter chooses, Escape goes back.
    city_map.setFocus()
    qtbot.keyClick(city_map, Qt.Key.Key_Right)
    qtbot.keyClick(city_map, Qt.Key.Key_Right)
    assert city_map.keyboard_wijk() == WIJK_CODES[1]
    assert "Noordwest" in city_map.accessibleDescription()
    qtbot.keyClick(city_map, Qt.Key.Key_Return)
    wait_computed(qtbot, page)
    assert page.overview.filter.wijk_code == WIJK_CODES[1]
    qtbot.keyClick(city_map, Qt.Key.Key_Escape)
    wait_computed(qtbot, page)
    assert page.overview.filter.wijk_code is None


# --------------------------------------------------------------------------- charts


def test_toon_cijfers_shows_the_figures_under_a_chart(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    page.tabs.setCurrentWidget(page.channels)
    panel = page.channels.sources
    assert not panel.numbers.isVisibleTo(page)
    assert panel.toggle.text() == "Toon cijfers"
    assert panel.toggle.accessibleName() == "Toon de cijfers bij Wat elke bron opleverde"
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.numbers.isVisibleTo(page)
    assert panel.toggle.text() == "Verberg cijfers"
    tables = {t.key: texts(t) for t in overview_tables(page.overview)}
    assert page.channels.sources_table.texts() == tables["bronnen"]
    assert page.channels.sources_table.view.isVisibleTo(page)
    # Every chart of the page has such a button.
    for section in page.sections:
        for chart_panel in section.findChildren(type(panel)):
            assert chart_panel.toggle.text() in ("Toon cijfers", "Verberg cijfers")
            assert chart_panel.tables, chart_panel.heading.text()
    # The bars are the figures of the table.
    chart = panel.views[0].chart()
    [series] = chart.series()
    [bars] = series.barSets()
    by_source = page.overview.channels.by_source
    shown = [r for r in by_source if r.requests > 0]
    assert [bars.at(i) for i in range(bars.count())] == [float(r.requests) for r in reversed(shown)]
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not panel.numbers.isVisibleTo(page)


def test_small_numbers_of_children_read_lt5_and_get_no_bar(qtbot, empty_db: Database) -> None:
    build_demo(empty_db, DemoSize(requests=60, households=20, children=12, seed=1))
    _window, page = open_page(qtbot, empty_db)
    overview = page.overview
    assert overview is not None
    placed = overview.funnel[FunnelStep.GEPLAATST].reached
    assert 0 < placed < 5  # this demo has one family with a placed child
    tiles = dict(tile_texts(page))
    assert tiles["gezin met een geplaatst kind"] == "<5"
    assert page.funnel.table.texts()[-1][1] == "<5"
    chart = page.funnel.panel.views[0].chart()
    [series] = chart.series()
    offsets, values = series.barSets()
    # The funnel is drawn top down: the last step is the first bar.
    assert values.at(0) == 0.0 and offsets.at(0) == pytest.approx(overview.funnel.requests / 2)
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[0].startswith("geplaatst · <5")
    waiting = overview.supply_demand.total.waiting
    assert tiles["wachtende kinderen nu"] == ("<5" if waiting < 5 else str(waiting))


# --------------------------------------------------------------------------- saving


def _audit(db: Database) -> list[tuple[AuditAction, str]]:
    with db.session() as session:
        rows = session.execute(
            select(m.AuditEntry.action, m.AuditEntry.detail).where(
                m.AuditEntry.entity == "overview"
            )
        ).all()
    return [(AuditAction(a), d) for a, d in rows]


def test_the_report_and_the_figures_are_saved_where_chosen(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, page = open_page(qtbot, db)
    asked: list[str] = []
    answers: list[tuple[str, str]] = []

    def save_as(_parent, title, suggested, filters):
        asked.append(f"{title}|{Path(suggested).name}|{filters}")
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    # The report: typed without ".pdf", saved with it.
    answers.append((str(tmp_path / "overleg juni"), "PDF-bestanden (*.pdf)"))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.bar.kind == "success", timeout=60_000)
    pdf = tmp_path / "overleg juni.pdf"
    assert asked[0].startswith("Rapport opslaan als PDF|overzicht-2025-07-01-2026-06-15.pdf|")
    assert pdf.is_file()
    reader = PdfReader(str(pdf))
    assert len(reader.pages) > 1
    first_page = reader.pages[0].extract_text()
    assert "Overzicht werving" in first_page and "1 juli 2025 t/m 15 juni 2026" in first_page
    assert str(pdf) in page.bar.text() and "pagina's" in page.bar.text()
    assert page.bar.action_captions() == ["Map openen"]

    # The figures as XLSX (the first file type offered).
    answers.append((str(tmp_path / "cijfers.xlsx"), "Excel-werkmap (*.xlsx)"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bladen" in page.bar.text(), timeout=30_000)
    workbook = load_workbook(tmp_path / "cijfers.xlsx", read_only=True)
    assert {"Kerncijfers", "Trechter", "Vraag en aanbod per wijk", "Opvolging"} <= set(
        workbook.sheetnames
    )
    workbook.close()
    assert "Excel-werkmap (*.xlsx)" in asked[1] and "CSV" in asked[1]

    # ... and as CSV, chosen by its file type.
    answers.append((str(tmp_path / "cijfers"), asked[1].split("|")[2].split(";;")[1]))
    assert page.export_figures()
    qtbot.waitUntil(lambda: "regels" in page.bar.text(), timeout=30_000)
    assert (tmp_path / "cijfers.csv").read_text(encoding="utf-8-sig").startswith("onderdeel")

    audit = _audit(db)
    assert [a for a, _d in audit] == [AuditAction.PRINT, AuditAction.EXPORT, AuditAction.EXPORT]
    assert f"rapport {pdf}: 01-07-2025 t/m 15-06-2026" in audit[0][1]

    # Cancelling the dialog writes nothing.
    answers.append(("", ""))
    assert not page.save_report()
    assert len(_audit(db)) == 3


def test_saving_into_a_missing_folder_says_what_to_do(qtbot, db: Database, tmp_path: Path) -> None:
    _window, page = open_page(qtbot, db)
    assert page.overview is not None
    page.exporter.save_report(page.overview, tmp_path / "bestaat-niet" / "rapport.pdf")
    qtbot.waitUntil(lambda: page.bar.kind == "error", timeout=30_000)
    assert "bestaat niet" in page.bar.text() and "Kies een bestaande map" in page.bar.text()
    assert _audit(db) == []
    assert page.report_button.isEnabled()


# --------------------------------------------------------------------------- empty, access


def test_an_empty_database_says_there_are_no_figures_yet(qtbot, empty_db: Database) -> None:
    _window, page = open_page(qtbot, empty_db)
    assert page.message.isVisible()
    assert page.message.text().startswith("Nog geen gegevens in deze periode.")
    assert "Nog geen aanvragen ontvangen van 01-07-2025 t/m 15-06-2026" in page.message.text()
    assert not page.tabs.isVisible()
    assert all(tile.isHidden() for tile in page.key_tiles)
    assert page.bar.text() == ""


def test_every_control_has_a_name_and_can_be_reached_with_the_keyboard(qtbot, db: Database) -> None:
    _window, page = open_page(qtbot, db)
    for widget in page.findChildren(QComboBox) + page.findChildren(QDateEdit):
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    for button in page.findChildren(QPushButton):
        assert button.text() or button.accessibleName()
    assert page.supply.map.accessibleName() == "Kaart van Utrecht: vraag en aanbod per wijk"
    assert page.supply.map.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab goes from the period through the filters to the save buttons.
    page.filters.preset.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.filters.preset)
    seen = []
    for _n in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert page.filters.provider in seen and page.filters.wijk in seen
    assert page.report_button in seen and page.export_button in seen
    # Alt+3 opens the tab Vraag en aanbod.
    qtbot.keyClick(page.filters.preset, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.supply
