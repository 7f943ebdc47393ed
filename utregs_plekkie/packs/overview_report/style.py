"""Page size, colours and type styles of the overview report."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
)

from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

ReportProgress = Callable[[int, int], bool]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1f2a30")
PRIMARY = colors.HexColor("#1b5e6b")  # the packs' petrol
ACCENT = colors.HexColor("#e0763a")  # the packs' orange
LIGHT = colors.HexColor("#8fb8c0")
SAND = colors.HexColor("#f6f0e7")
RULE = colors.HexColor("#c9d3d6")
MUTED = colors.HexColor("#5c676c")
ZEBRA = colors.HexColor("#f4f7f8")

# --------------------------------------------------------------------------- styles


class ReportStyles:
    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "body", fontName=FONT_REGULAR, fontSize=9.5, leading=13, textColor=INK
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.note = ParagraphStyle(
            "note", parent=base, fontSize=7.8, leading=10, textColor=MUTED, spaceBefore=2
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=31, textColor=PRIMARY
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=14, leading=19, textColor=INK, spaceAfter=4
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=PRIMARY,
            spaceBefore=4,
            spaceAfter=6,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=7.6, leading=9.2)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle(
            "head", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white
        )
        self.head_right = ParagraphStyle("headr", parent=self.head, alignment=TA_RIGHT)
        self.tile_value = ParagraphStyle(
            "tilev", parent=base, fontName=FONT_BOLD, fontSize=17, leading=20, textColor=PRIMARY
        )
        self.tile_label = ParagraphStyle(
            "tilel", parent=base, fontSize=8, leading=10, textColor=MUTED, alignment=TA_LEFT
        )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)
