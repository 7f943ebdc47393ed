"""The overview as tables of cells: what the page, the PDF report and the XLSX/CSV
exports all show, so a figure reads the same on the screen, on paper and in a spreadsheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview.channels import EMPTY_REACHED, ChannelRow, add_reached
from utregs_plekkie.core.overview.funnel import FUNNEL_STEPS, FunnelStep, ratio
from utregs_plekkie.core.overview.model import Overview
from utregs_plekkie.core.overview.numbers import (
    SUPPRESSED,
    SUPPRESSED_DERIVED,
    format_days,
    format_int,
    format_percent,
    is_suppressed,
)
from utregs_plekkie.core.overview.supply import SupplyDemandCell, care_family_label

# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Cell:
    """One figure as it is shown: ``text`` always; ``value`` only when it may be shown
    exactly (None for a suppressed or absent figure), so an export cannot leak it."""

    text: str
    value: int | float | str | None = None
    kind: str = "text"  # "text", "int", "percent", "days"
    suppressed: bool = False

    @staticmethod
    def of_text(text: str) -> Cell:
        return Cell(text, text, "text")

    @staticmethod
    def of_int(n: int, about_children: bool = False) -> Cell:
        if about_children and is_suppressed(n):
            return Cell(SUPPRESSED, None, "int", True)
        return Cell(format_int(n), n, "int")

    @staticmethod
    def of_percent(share: float | None, children_behind: int | None = None) -> Cell:
        if children_behind is not None and is_suppressed(children_behind):
            return Cell(SUPPRESSED_DERIVED, None, "percent", True)
        if share is None:
            return Cell("–", None, "percent")
        return Cell(format_percent(share), round(share, 4), "percent")

    @staticmethod
    def of_days(days: float | None, children_behind: int | None = None) -> Cell:
        if children_behind is not None and is_suppressed(children_behind):
            return Cell(SUPPRESSED_DERIVED, None, "days", True)
        if days is None:
            return Cell("–", None, "days")
        return Cell(format_days(days), days, "days")

    @staticmethod
    def of_signed(n: int, children_behind: int) -> Cell:
        """A figure derived from a count of children (the shortage)."""
        if is_suppressed(children_behind):
            return Cell(SUPPRESSED_DERIVED, None, "int", True)
        return Cell(format_int(n), n, "int")


@dataclass(frozen=True)
class FigureTable:
    """One table of figures: a sheet in the XLSX, a table in the report and on the page."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""
    #: rows that are totals (shown bold)
    total_rows: frozenset[int] = frozenset()


def _channel_columns(first: str) -> tuple[str, ...]:
    return (
        first,
        _("aanvragen"),
        _("pakket"),
        _("info-avond"),
        _("aangemeld"),
        _("gescreend"),
        _("beschikbaar"),
        _("geplaatst"),
        _("% aangemeld"),
        _("% beschikbaar"),
    )


def _channel_row(row: ChannelRow, name: str | None = None) -> tuple[Cell, ...]:
    return (
        Cell.of_text(name if name is not None else row.label),
        *(
            Cell.of_int(n, step.about_children)
            for step, n in zip(FUNNEL_STEPS, row.reached, strict=True)
        ),
        Cell.of_percent(row.registration_rate),
        Cell.of_percent(row.available_rate),
    )


def _channel_total(rows: Sequence[ChannelRow]) -> ChannelRow:
    total = EMPTY_REACHED
    for row in rows:
        total = add_reached(total, row.reached)
    return ChannelRow("totaal", _("totaal"), total)


def suppression_note() -> str:
    """The sentence that explains "<5" and "(<5)", for every place that shows them."""
    return _(
        'Cijfers over kinderen kleiner dan 5 staan er als "<5"; een cijfer dat op minder '
        'dan 5 kinderen berust (een mediaan, een percentage, een tekort) als "(<5)".'
    )


def overview_tables(overview: Overview) -> tuple[FigureTable, ...]:
    """Every figure of the overview as tables, with small numbers suppressed.

    The page, the report and the exports use exactly these tables.
    """
    funnel = overview.funnel
    health = overview.health
    sd = overview.supply_demand
    tables: list[FigureTable] = []

    # Key figures.
    key_rows = [
        (_("aanvragen in de periode"), Cell.of_int(funnel.requests)),
        (_("aangemeld (van die aanvragen)"), Cell.of_int(funnel[FunnelStep.AANMELDING].reached)),
        (_("beschikbaar geworden"), Cell.of_int(funnel[FunnelStep.BESCHIKBAAR].reached)),
        (
            _("gezin met een geplaatst kind"),
            Cell.of_int(funnel[FunnelStep.GEPLAATST].reached, about_children=True),
        ),
        (_("vrije plekken nu"), Cell.of_int(sd.total.free_places)),
        (_("wachtende kinderen nu"), Cell.of_int(sd.total.waiting, about_children=True)),
        (
            _("binnen de norm beantwoord"),
            Cell.of_percent(health.on_time_share),
        ),
        (_("acties te laat"), Cell.of_int(health.overdue_actions)),
    ]
    tables.append(
        FigureTable(
            "kerncijfers",
            _("Kerncijfers"),
            (_("cijfer"), _("waarde")),
            tuple((Cell.of_text(name), value) for name, value in key_rows),
            note=suppression_note(),
        )
    )

    # Funnel.
    funnel_rows = []
    for figures in funnel.steps:
        children = figures.about_children
        next_is_children = (
            figures.step + 1 < len(FUNNEL_STEPS) and FunnelStep(figures.step + 1).about_children
        )
        funnel_rows.append(
            (
                Cell.of_text(figures.label),
                Cell.of_int(figures.reached, children),
                Cell.of_percent(figures.conversion, figures.reached if children else None),
                Cell.of_percent(figures.share, figures.reached if children else None),
                Cell.of_days(figures.median_days, figures.moved_on if next_is_children else None),
                Cell.of_int(figures.moved_on, next_is_children),
                Cell.of_int(figures.dropped),
            )
        )
    tables.append(
        FigureTable(
            "trechter",
            _("Trechter: van aanvraag tot plaatsing"),
            (
                _("stap"),
                _("bereikt"),
                _("% van vorige stap"),
                _("% van aanvragen"),
                _("mediaan dagen in deze stap"),
                _("doorgegaan (aantal achter de mediaan)"),
                _("afgehaakt in deze stap"),
            ),
            tuple(funnel_rows),
            note=_(
                "Aanvragen ontvangen in de periode, gevolgd tot vandaag. Mediaan dagen: "
                "van het bereiken van deze stap tot het bereiken van de volgende, voor wie "
                "doorging."
            ),
        )
    )

    dropout_rows = []
    for figures in funnel.steps:
        for reason in figures.reasons:
            dropout_rows.append(
                (
                    Cell.of_text(figures.label),
                    Cell.of_text(reason.label),
                    Cell.of_int(reason.count),
                    Cell.of_percent(ratio(reason.count, figures.dropped)),
                )
            )
    tables.append(
        FigureTable(
            "afhakers",
            _("Afhakers per stap, met hun reden"),
            (_("laatste stap"), _("reden"), _("aantal"), _("% van afhakers in die stap")),
            tuple(dropout_rows),
            note=_(
                "Een aanvraag of gezin dat stopte, bij de verste stap die het bereikte. "
                "Gepauzeerde gezinnen zijn niet afgehaakt."
            ),
        )
    )

    # Channels.
    channels = overview.channels
    source_rows = [_channel_row(r) for r in channels.by_source]
    source_rows.append(_channel_row(_channel_total(channels.by_source)))
    tables.append(
        FigureTable(
            "bronnen",
            _("Wat elke bron opleverde"),
            _channel_columns(_("bron")),
            tuple(source_rows),
            note=_("Aanvragen uit de periode per bron, en hoe ver ze tot vandaag kwamen."),
            total_rows=frozenset({len(source_rows) - 1}),
        )
    )
    group_rows = [
        _channel_row(r, f"{r.label} ({r.detail})" if r.detail else r.label)
        for r in channels.by_event_group
    ]
    tables.append(
        FigureTable(
            "evenementen",
            _("Wat elk evenement opleverde"),
            _channel_columns(_("evenement")),
            tuple(group_rows),
            note=_(
                "Aanvragen die op een evenement binnenkwamen; evenementen met dezelfde naam "
                "(zoals de dagen van een pop-upweek) samen."
            ),
        )
    )
    event_rows = [
        _channel_row(r, f"{r.label} ({r.detail})" if r.detail else r.label)
        for r in channels.by_event
    ]
    tables.append(
        FigureTable(
            "evenementdagen",
            _("Per evenementdag"),
            _channel_columns(_("evenement (datum)")),
            tuple(event_rows),
        )
    )
    wijk_rows = [_channel_row(r) for r in channels.by_wijk]
    wijk_rows.append(_channel_row(_channel_total(channels.by_wijk)))
    tables.append(
        FigureTable(
            "wijken",
            _("Trechter per wijk (woonplaats van de aanvrager)"),
            _channel_columns(_("wijk")),
            tuple(wijk_rows),
            total_rows=frozenset({len(wijk_rows) - 1}),
        )
    )

    # Months.
    month_rows = [
        _channel_row(ChannelRow(p.month.isoformat(), p.label, p.reached)) for p in overview.months
    ]
    tables.append(
        FigureTable(
            "maanden",
            _("Per maand van binnenkomst"),
            _channel_columns(_("maand")),
            tuple(month_rows),
            note=_("Aanvragen per maand van binnenkomst, en hoe ver ze tot vandaag kwamen."),
        )
    )

    # Supply and demand.
    def sd_figures(c: SupplyDemandCell) -> tuple[Cell, ...]:
        return (
            Cell.of_int(c.families),
            Cell.of_int(c.free_places),
            Cell.of_int(c.waiting, about_children=True),
            Cell.of_signed(c.shortage, c.waiting),
            Cell.of_days(c.median_waiting_days, c.waiting),
        )

    def sd_row(c: SupplyDemandCell, name: str) -> tuple[Cell, ...]:
        return (
            Cell.of_text(name),
            Cell.of_text(care_family_label(c.care_family)),
            *sd_figures(c),
        )

    sd_figure_columns = (
        _("beschikbare gezinnen"),
        _("vrije plekken"),
        _("wachtende kinderen"),
        _("tekort (+) of overschot (−)"),
        _("mediane wachttijd (dagen)"),
    )
    sd_columns = (_("wijk"), _("zorgvorm"), *sd_figure_columns)
    per_wijk_rows = [(Cell.of_text(c.wijk), *sd_figures(c)) for c in sd.wijk_totals]
    per_wijk_rows.append((Cell.of_text(_("totaal")), *sd_figures(sd.total)))
    tables.append(
        FigureTable(
            "vraag_aanbod_wijk",
            _("Vraag en aanbod per wijk (vandaag)"),
            (_("wijk"), *sd_figure_columns),
            tuple(per_wijk_rows),
            note=_(
                "Alle zorgvormen samen. Vrije plekken: aanbod van beschikbare gezinnen min "
                "lopende plaatsingen. Wachtende kinderen: status wacht of voorgesteld. "
                "Tekort: wachtende kinderen min vrije plekken; een gezin met meer "
                "zorgvormen telt per wijk één keer."
            ),
            total_rows=frozenset({len(per_wijk_rows) - 1}),
        )
    )
    cell_rows = [sd_row(c, c.wijk) for c in sd.cells]
    cell_rows.extend(sd_row(c, _("totaal")) for c in sd.family_totals)
    tables.append(
        FigureTable(
            "vraag_aanbod",
            _("Vraag en aanbod per wijk en zorgvorm (vandaag)"),
            sd_columns,
            tuple(cell_rows),
            total_rows=frozenset(range(len(sd.cells), len(cell_rows))),
        )
    )

    # Follow-up health.
    health_rows = [
        (
            _("aanvragen in de periode"),
            Cell.of_int(health.requests),
        ),
        (
            _("binnen {n} werkdag beantwoord").format(n=health.norm_working_days),
            Cell.of_int(health.answered_on_time),
        ),
        (_("te laat beantwoord"), Cell.of_int(health.answered_late)),
        (_("niet beantwoord, norm verstreken"), Cell.of_int(health.unanswered_late)),
        (_("niet beantwoord, nog binnen de norm"), Cell.of_int(health.unanswered_pending)),
        (_("deel binnen de norm"), Cell.of_percent(health.on_time_share)),
        (_("aanvragen met een te late opvolgactie (nu)"), Cell.of_int(health.overdue_requests)),
        (_("gezinnen met een te late volgende actie (nu)"), Cell.of_int(health.overdue_households)),
        (
            _("VGB's die binnen {n} dagen verlopen").format(n=health.horizon_days),
            Cell.of_int(health.vgb_expiring),
        ),
        (
            _("VOG's die binnen {n} dagen verlopen").format(n=health.horizon_days),
            Cell.of_int(health.vog_expiring),
        ),
        (
            _("verlopen VGB/VOG bij beschikbare gezinnen"),
            Cell.of_int(health.expired_available),
        ),
    ]
    tables.append(
        FigureTable(
            "opvolging",
            _("Opvolging"),
            (_("cijfer"), _("waarde")),
            tuple((Cell.of_text(name), value) for name, value in health_rows),
            note=_(
                "Norm: de eerste statuswijziging na 'nieuw' vóór het einde van de volgende "
                "werkdag (weekenden en feestdagen tellen niet mee)."
            ),
        )
    )
    return tuple(tables)


def table_by_key(tables: Iterable[FigureTable], key: str) -> FigureTable:
    for table in tables:
        if table.key == key:
            return table
    raise KeyError(key)
