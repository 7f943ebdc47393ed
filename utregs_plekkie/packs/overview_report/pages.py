"""The report's pages: numbered, with a header, a title band, tiles and the story."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.geo import GEO_ATTRIBUTION
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.mapgeo import city_map
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    FunnelStep,
    Overview,
    format_date_long,
    overview_tables,
    step_definition,
    step_label,
    suppression_note,
    table_by_key,
)
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR
from utregs_plekkie.packs.overview_report.charts import (
    chart_of_channels,
    chart_of_requests,
    funnel_chart,
    line_chart,
)
from utregs_plekkie.packs.overview_report.citymap import map_drawing
from utregs_plekkie.packs.overview_report.style import (
    ACCENT,
    CONTENT_WIDTH,
    LIGHT,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    RULE,
    SAND,
    ReportStyles,
    para,
)
from utregs_plekkie.packs.overview_report.tables import figure_table, table_section

# --------------------------------------------------------------------------- pages


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Writes "pagina X van Y" once the number of pages is known."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in our own font, so no page refers to Helvetica.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT_REGULAR
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT_REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, 13 * mm, PAGE_WIDTH - MARGIN, 13 * mm)
        self.drawString(MARGIN, 9 * mm, self.footer_text)
        self.drawRightString(
            PAGE_WIDTH - MARGIN,
            9 * mm,
            _("pagina {n} van {totaal}").format(n=self._pageNumber, totaal=total),
        )
        self.restoreState()


def draw_header(canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(PRIMARY)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, "Utregs Plekkie")
    canvas.setFont(FONT_REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm, doc.header_text)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, PAGE_HEIGHT - 13 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 13 * mm)
    canvas.restoreState()


def draw_title_band(canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, PAGE_HEIGHT - 12 * mm, PAGE_WIDTH, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 2 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _tiles(overview: Overview, styles: ReportStyles) -> Table:
    table = table_by_key(overview_tables(overview), "kerncijfers")
    tiles = [
        [
            Paragraph(escape(value.text), styles.tile_value),
            Paragraph(escape(name.text), styles.tile_label),
        ]
        for name, value in table.rows
    ]
    per_row = 4
    rows = [tiles[i : i + per_row] for i in range(0, len(tiles), per_row)]
    width = CONTENT_WIDTH / per_row
    grid = Table(
        [[_tile(t, width) for t in row] for row in rows],
        colWidths=[width] * per_row,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid


def _tile(content: list[Paragraph], width: float) -> Table:
    tile = Table([[content[0]], [content[1]]], colWidths=[width - 4], rowHeights=[24, 22])
    tile.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return tile


def report_story(
    overview: Overview, styles: ReportStyles, step: Callable[[], None]
) -> list[Flowable]:
    f = overview.filter
    tables = overview_tables(overview)
    made = overview.computed_at.astimezone(clock.LOCAL_TZ)
    story: list[Flowable] = [
        Spacer(1, 22 * mm),
        para(_("Overzicht werving en matching"), styles.title),
        Spacer(1, 2 * mm),
        para(_("Pleeg- en steunouders in Utrecht"), styles.subtitle),
        Spacer(1, 8 * mm),
        para(
            _("Periode: {van} t/m {tot}").format(
                van=format_date_long(f.period_from), tot=format_date_long(f.period_to)
            ),
            styles.subtitle,
        ),
        para(_("Aanbieder: {aanbieder}").format(aanbieder=f.provider_text()), styles.body),
    ]
    if f.wijk_code is not None:
        story.append(para(_("Wijk: {wijk}").format(wijk=f.wijk or f.wijk_code), styles.body))
    story += [
        para(
            _("Gemaakt op {datum} om {tijd} uur").format(
                datum=format_date_long(made.date()), tijd=made.strftime("%H:%M")
            ),
            styles.body,
        ),
        para(_("Vertrouwelijk: alleen voor intern gebruik."), styles.body),
        Spacer(1, 9 * mm),
        para(_("Kerncijfers"), styles.h2),
        _tiles(overview, styles),
        Spacer(1, 5 * mm),
        para(_("Hoe dit overzicht te lezen"), styles.h2),
        para(
            _(
                "De trechter volgt de aanvragen die in de periode binnenkwamen, tot vandaag: "
                "hoeveel ervan elke stap bereikten, hoe lang ze in een stap bleven (mediaan, "
                "in dagen) en wie waar afhaakte, met de reden. Vraag en aanbod en de "
                "opvolging gaan over vandaag."
            ),
            styles.small,
        ),
        Spacer(1, 2 * mm),
    ]
    guide = Table(
        [
            [para(step_label(s), styles.small), para(step_definition(s), styles.small)]
            for s in FUNNEL_STEPS
        ],
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        hAlign="LEFT",
    )
    guide.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [
        guide,
        Spacer(1, 3 * mm),
        para(suppression_note(), styles.small),
        NextPageTemplate("page"),
        PageBreak(),
    ]
    step()

    # 1. Funnel.
    story += [
        para(_("1. De trechter: van aanvraag tot plaatsing"), styles.h1),
        funnel_chart(overview),
        para(
            _("Tussen haakjes: het deel van alle aanvragen uit de periode."),
            styles.note,
        ),
        Spacer(1, 3 * mm),
        *figure_table(table_by_key(tables, "trechter"), styles),
        *table_section(_("Afhakers en hun redenen"), table_by_key(tables, "afhakers"), styles),
        PageBreak(),
    ]
    step()

    # 2. Channels.
    story.append(para(_("2. Wat elk kanaal opleverde"), styles.h1))
    requests_chart = chart_of_requests(overview)
    if requests_chart is not None:
        story += [para(_("Aanvragen per bron"), styles.h2), requests_chart]
    channel_chart = chart_of_channels(overview)
    if channel_chart is not None:
        story += [
            para(_("Daarvan later aangemeld en beschikbaar geworden"), styles.h2),
            channel_chart,
        ]
    story += table_section(_("Per bron"), table_by_key(tables, "bronnen"), styles)
    story += table_section(_("Per evenement"), table_by_key(tables, "evenementen"), styles)
    story += table_section(_("Per evenementdag"), table_by_key(tables, "evenementdagen"), styles)
    story.append(PageBreak())
    step()

    # 3. Over time.
    story += [
        para(_("3. Door de tijd"), styles.h1),
        para(_("Aanvragen per maand van binnenkomst"), styles.h2),
        line_chart(overview, [FunnelStep.AANVRAAG, FunnelStep.PAKKET], [LIGHT, PRIMARY], 62 * mm),
        para(_("Daarvan later aangemeld en beschikbaar geworden"), styles.h2),
        line_chart(
            overview, [FunnelStep.AANMELDING, FunnelStep.BESCHIKBAAR], [PRIMARY, ACCENT], 62 * mm
        ),
        para(
            _(
                "Recente maanden hebben minder tijd gehad om verder te komen: hun lijn "
                "loopt daardoor vanzelf af."
            ),
            styles.note,
        ),
        *table_section(_("Per maand"), table_by_key(tables, "maanden"), styles),
        PageBreak(),
    ]
    step()

    # 4. Supply and demand.
    the_map = city_map()
    story += [
        para(_("4. Vraag en aanbod per wijk (vandaag)"), styles.h1),
        para(
            _(
                "Kleur: hoeveel van de wachtende kinderen in de wijk een vrije plek in de "
                "wijk zouden hebben, over alle zorgvormen samen. De vlakken zijn de "
                "postcodegebieden van de stad (benaderd vanuit hun middelpunt)."
            ),
            styles.small,
        ),
        KeepTogether([map_drawing(overview, the_map, CONTENT_WIDTH, 175 * mm)]),
        para(
            _("Kaart: eigen bewerking van postcodegegevens van {bron}.").format(
                bron=GEO_ATTRIBUTION
            ),
            styles.note,
        ),
        PageBreak(),
        *figure_table(table_by_key(tables, "vraag_aanbod_wijk"), styles),
        *table_section(_("Per wijk en zorgvorm"), table_by_key(tables, "vraag_aanbod"), styles),
        PageBreak(),
    ]
    step()

    # 5. Per wijk and follow-up.
    story += [
        para(_("5. De trechter per wijk"), styles.h1),
        *figure_table(table_by_key(tables, "wijken"), styles),
        Spacer(1, 6 * mm),
        para(_("6. Opvolging"), styles.h1),
        *figure_table(table_by_key(tables, "opvolging"), styles),
    ]
    step()
    return story
