"""The city map of the report: each wijk coloured by its shortage."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.mapgeo import CityMap
from utregs_plekkie.core.overview import (
    SHORTAGE_COLOURS,
    SHORTAGE_ORDER,
    Overview,
    format_int,
    shortage_label,
    suppress,
)
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR
from utregs_plekkie.packs.overview_report.charts import blank_drawing
from utregs_plekkie.packs.overview_report.style import INK, MUTED

# --------------------------------------------------------------------------- map


def map_drawing(overview: Overview, the_map: CityMap, width: float, height: float) -> Drawing:
    """The city's postcode cells coloured by their wijk's shortage, with a legend."""
    drawing = blank_drawing(width, height)
    legend_height = 22 * mm
    transform = the_map.fit(width, height - legend_height, 4, y_down=False)
    sd = overview.supply_demand

    def shift(point: tuple[float, float]) -> tuple[float, float]:
        x, y = transform(point)
        return (x, y + legend_height)

    for cell in the_map.cells:
        total = sd.wijk_total(cell.wijk_code)
        fill = SHORTAGE_COLOURS[total.shortage_class] if total is not None else "#ffffff"
        points = [c for p in cell.polygon for c in shift(p)]
        drawing.add(
            Polygon(
                points,
                fillColor=colors.HexColor(fill),
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )
    for segments in the_map.wijk_outlines().values():
        for a, b in segments:
            (x1, y1), (x2, y2) = shift(a), shift(b)
            drawing.add(Line(x1, y1, x2, y2, strokeColor=INK, strokeWidth=1.1))
    names = dict(overview.wijken)
    for code, point in the_map.label_positions().items():
        x, y = shift(point)
        total = sd.wijk_total(code)
        name = names.get(code, code)
        figures = (
            _("{wacht} wacht · {vrij} vrij").format(
                wacht=suppress(total.waiting), vrij=format_int(total.free_places)
            )
            if total is not None
            else ""
        )
        # A white card behind the name keeps it readable on every colour.
        card = max(stringWidth(name, FONT_BOLD, 7.5), stringWidth(figures, FONT_REGULAR, 6.5))
        drawing.add(
            Rect(
                x - card / 2 - 3,
                y - 10,
                card + 6,
                21,
                rx=2,
                ry=2,
                fillColor=colors.Color(1, 1, 1, alpha=0.82),
                strokeColor=None,
            )
        )
        drawing.add(String(x, y + 3, name, fontName=FONT_BOLD, fontSize=7.5, textAnchor="middle"))
        drawing.add(
            String(x, y - 6.5, figures, fontName=FONT_REGULAR, fontSize=6.5, textAnchor="middle")
        )
    # Scale bar and north, bottom right above the legend.
    km = 2 if transform.scale * 2 < width / 3 else 1
    bar = km * transform.scale
    x_end, y_bar = width - 6, legend_height + 6
    drawing.add(Line(x_end - bar, y_bar, x_end, y_bar, strokeColor=INK, strokeWidth=1.2))
    for x in (x_end - bar, x_end):
        drawing.add(Line(x, y_bar - 2.5, x, y_bar + 2.5, strokeColor=INK, strokeWidth=1.2))
    drawing.add(
        String(
            x_end - bar / 2,
            y_bar + 4,
            _("{n} km").format(n=km),
            fontName=FONT_REGULAR,
            fontSize=7,
            textAnchor="middle",
        )
    )
    drawing.add(
        String(x_end - 3, y_bar + 16, _("N ↑"), fontName=FONT_BOLD, fontSize=8, textAnchor="end")
    )
    # Legend: one line per class.
    for i, klass in enumerate(SHORTAGE_ORDER):
        y = legend_height - 10 - i * 10.5
        drawing.add(
            Rect(
                4,
                y - 1,
                9,
                8,
                fillColor=colors.HexColor(SHORTAGE_COLOURS[klass]),
                strokeColor=MUTED,
                strokeWidth=0.3,
            )
        )
        drawing.add(String(17, y, shortage_label(klass), fontName=FONT_REGULAR, fontSize=7.5))
    return drawing
