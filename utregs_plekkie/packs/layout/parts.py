"""Small parts of a pack: number badges, columns, panels and boxes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from utregs_plekkie.packs.fonts import FONT_BOLD
from utregs_plekkie.packs.layout.page import ACCENT, PAGE_HEIGHT, PRIMARY, SAND

# --------------------------------------------------------------------------- small parts


class NumberBadge(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A step number in a filled circle."""

    def __init__(self, number: int | str, size: float = 7.5 * mm, fill: Any = None) -> None:
        super().__init__()
        self.number = str(number)
        self.size = size
        self.fill = fill if fill is not None else PRIMARY
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canv = self.canv
        radius = self.size / 2
        canv.saveState()
        canv.setFillColor(self.fill)
        canv.circle(radius, radius, radius, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(FONT_BOLD, self.size * 0.5)
        canv.drawCentredString(radius, radius - self.size * 0.17, self.number)
        canv.restoreState()


def stack_height(content: Sequence[Flowable], width: float) -> float:
    """Height of flowables stacked in ``width``, with their space before and after."""
    total = 0.0
    for index, flowable in enumerate(content):
        _w, height = flowable.wrap(width, PAGE_HEIGHT)
        if index:
            total += flowable.getSpaceBefore()
        total += height
        if index < len(content) - 1:
            total += flowable.getSpaceAfter()
    return total


def draw_stack(canv: Canvas, content: Sequence[Flowable], x: float, top: float) -> None:
    """Draw flowables (already wrapped) downwards from ``top``."""
    y = top
    for index, flowable in enumerate(content):
        if index:
            y -= flowable.getSpaceBefore()
        y -= flowable.height
        flowable.drawOn(canv, x, y)
        y -= flowable.getSpaceAfter()


class Columns(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Side-by-side columns of flowables, top-aligned, optionally on a background.

    A light replacement for a one-row Table: ReportLab's Table measures every cell
    several times, which in a batch of a thousand packs is most of the time spent.
    Does not split across pages (the packs use it for blocks that fit a page).
    """

    def __init__(
        self,
        columns: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        *,
        gap: float = 0.0,
        padding: float = 0.0,
        backgrounds: Sequence[Any] | None = None,
        top_bars: Sequence[Any] | None = None,
        bar_width: float = 3.0,
        rule_below: Any = None,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.columns = [list(c) for c in columns]
        self.widths = list(widths)
        self.gap = gap
        self.padding = padding
        self.backgrounds = list(backgrounds) if backgrounds else [None] * len(self.columns)
        self.top_bars = list(top_bars) if top_bars else [None] * len(self.columns)
        self.bar_width = bar_width
        self.rule_below = rule_below
        self.spaceAfter = space_after
        self.width = sum(self.widths) + gap * (len(self.widths) - 1)
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = [
            stack_height(column, width - 2 * self.padding)
            for column, width in zip(self.columns, self.widths, strict=True)
        ]
        self.height = max(inner, default=0.0) + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x = 0.0
        for column, width, background, bar in zip(
            self.columns, self.widths, self.backgrounds, self.top_bars, strict=True
        ):
            if background is not None:
                canv.setFillColor(background)
                canv.rect(x, 0, width, self.height, stroke=0, fill=1)
            if bar is not None:
                canv.setFillColor(bar)
                canv.rect(x, self.height - self.bar_width, width, self.bar_width, stroke=0, fill=1)
            draw_stack(canv, column, x + self.padding, self.height - self.padding)
            x += width + self.gap
        if self.rule_below is not None:
            canv.setStrokeColor(self.rule_below)
            canv.setLineWidth(0.5)
            canv.line(0, 0, self.width, 0)


class Panel(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Content on a warm background with a coloured bar on the left."""

    def __init__(
        self, content: Sequence[Flowable], width: float, *, accent: Any, padding: float
    ) -> None:
        super().__init__()
        self.content = list(content)
        self.width = width
        self.accent = accent
        self.padding = padding
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self.width - 2 * self.padding - 2
        self.height = stack_height(self.content, inner) + 2 * self.padding - 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(SAND)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(self.accent)
        canv.rect(0, 0, 3, self.height, stroke=0, fill=1)
        draw_stack(canv, self.content, self.padding + 2, self.height - self.padding + 2)


class Badged(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A paragraph with a numbered badge in front of it (the steps)."""

    def __init__(self, badge: NumberBadge, body: Flowable, indent: float) -> None:
        super().__init__()
        self.badge = badge
        self.body = body
        self.indent = indent
        self.height = 0.0
        self.spaceBefore = body.getSpaceBefore()
        self.spaceAfter = body.getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _w, body_height = self.body.wrap(availWidth - self.indent, availHeight)
        _w, badge_height = self.badge.wrap(self.indent, availHeight)
        self.height = max(body_height, badge_height)
        return self.width, self.height

    def draw(self) -> None:
        self.badge.drawOn(self.canv, 0, self.height - self.badge.height)
        self.body.drawOn(self.canv, self.indent, self.height - self.body.height)


def box(content: list[Flowable], width: float, *, accent: Any = None, padding: float = 9) -> Panel:
    """Content on a warm background with a coloured bar on the left."""
    return Panel(content, width, accent=accent if accent is not None else ACCENT, padding=padding)
