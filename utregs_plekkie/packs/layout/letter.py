"""The letter page (address in the envelope window, letterhead, fold marks) and the
document template every pack is built on."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from utregs_plekkie.packs.content import PLACEHOLDER_RE
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from utregs_plekkie.packs.layout.page import (
    ACCENT,
    ADDRESS_BOX,
    BOTTOM,
    FOLD_MARKS,
    FOLLOW_LEFT,
    FOLLOW_RIGHT,
    FOLLOW_TOP,
    FOOTER_BASELINE,
    INK,
    LETTER_BODY_TOP,
    LETTER_LEFT,
    LETTER_RIGHT,
    MISSING,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    RULE,
)
from utregs_plekkie.packs.layout.styles import use_binary_streams

# --------------------------------------------------------------------------- letter page


@dataclass(frozen=True)
class LetterHead:
    """What the letter page prints around the body text, already resolved."""

    organisation: str
    tagline: str
    logo: str  # path of an image, or "" for the name as a word mark
    return_address: str
    address_lines: Sequence[str]
    contact: Sequence[tuple[str, str]]  # (label, value) pairs beside the window
    place_date: str
    subject: str
    running_title: str  # top of the following pages, e.g. "Informatiepakket voor ..."
    footer: str
    page_label: str  # "pagina"


class PackStart(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Marks where a pack begins; the document then draws that pack's letter page."""

    def __init__(self, head: LetterHead, index: int) -> None:
        super().__init__()
        self.head = head
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


@lru_cache(maxsize=16)
def _logo(path: str) -> ImageReader | None:
    try:
        return ImageReader(path)
    except Exception:  # an unreadable logo prints the word mark instead
        return None


def logo_readable(path: str) -> bool:
    return bool(path) and Path(path).is_file() and _logo(path) is not None


@dataclass
class _State:
    head: LetterHead | None = None
    first_page: int = 1
    pack_index: int = -1
    on_pack: Callable[[int], None] | None = None


class PackDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no type hints
    """A document of one or more packs; each starts on a letter page.

    ``on_pack(index)`` is called as each pack begins to be laid out (progress, and
    the place where a cancel takes effect by raising).
    """

    def __init__(
        self,
        target: Any,
        *,
        title: str,
        author: str,
        subject: str,
        on_pack: Callable[[int], None] | None = None,
    ) -> None:
        register_fonts()
        use_binary_streams()
        super().__init__(
            target,
            pagesize=A4,
            title=title,
            author=author,
            subject=subject,
            creator="Utregs Plekkie",
            lang="nl-NL",
            displayDocTitle=1,
            # Otherwise every page starts in (unembedded) Helvetica.
            initialFontName=FONT_REGULAR,
            initialFontSize=10,
            initialLeading=12,
            pageCompression=1,
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
        )
        self.state = _State(on_pack=on_pack)
        letter_frame = Frame(
            LETTER_LEFT,
            BOTTOM,
            PAGE_WIDTH - LETTER_LEFT - LETTER_RIGHT,
            PAGE_HEIGHT - LETTER_BODY_TOP - BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="brief",
        )
        follow_frame = Frame(
            FOLLOW_LEFT,
            BOTTOM,
            PAGE_WIDTH - FOLLOW_LEFT - FOLLOW_RIGHT,
            PAGE_HEIGHT - FOLLOW_TOP - BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="vervolg",
        )
        self.addPageTemplates(
            [
                PageTemplate("brief", [letter_frame], onPageEnd=self._draw_letter_page),
                PageTemplate("vervolg", [follow_frame], onPageEnd=self._draw_follow_page),
            ]
        )

    @property
    def text_width(self) -> float:
        return PAGE_WIDTH - FOLLOW_LEFT - FOLLOW_RIGHT

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PackStart):
            self.state.head = flowable.head
            self.state.first_page = self.canv.getPageNumber()
            self.state.pack_index = flowable.index
            if self.state.on_pack is not None:
                self.state.on_pack(flowable.index)

    # ----------------------------------------------------------------- drawing

    def _draw_footer_rule_and_text(self, canv: Canvas, head: LetterHead) -> None:
        canv.setFont(FONT_REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(FOLLOW_LEFT, FOOTER_BASELINE + 9, PAGE_WIDTH - FOLLOW_RIGHT, FOOTER_BASELINE + 9)
        canv.drawString(FOLLOW_LEFT, FOOTER_BASELINE, head.footer)

    def _draw_page_number(self, canv: Canvas, head: LetterHead) -> None:
        canv.setFont(FONT_REGULAR, 7.5)
        canv.setFillColor(MUTED)
        page = canv.getPageNumber() - self.state.first_page + 1
        canv.drawRightString(
            PAGE_WIDTH - FOLLOW_RIGHT, FOOTER_BASELINE, f"{head.page_label} {page}"
        )

    @staticmethod
    def _place_form(canv: Canvas, key: object, draw: Callable[[Canvas], None]) -> None:
        """Draw what every page of a sender has in common once per document, as a form,
        and place it by reference (a batch has hundreds of such pages)."""
        name = "pg" + hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:20]
        if not canv.hasForm(name):
            canv.beginForm(name, 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
            draw(canv)
            canv.endForm()
        canv.doForm(name)

    def _draw_letter_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        head = self.state.head
        if head is None:
            return
        canv.saveState()
        key = (
            "letter-1",
            head.organisation,
            head.tagline,
            head.logo,
            head.return_address,
            tuple(head.contact),
            head.place_date,
            head.subject,
            head.footer,
        )
        self._place_form(canv, key, lambda c: self._draw_letter_common(c, head))
        # The person's own address in the envelope window.
        left, box_top, box_width, _box_height = ADDRESS_BOX
        canv.setFont(FONT_REGULAR, 10)
        canv.setFillColor(INK)
        y = PAGE_HEIGHT - box_top - 7.5 * mm
        for line in head.address_lines:
            _draw_fitted(canv, line, left, y, box_width, 10, colour_missing=True)
            y -= 4.6 * mm
        self._draw_page_number(canv, head)
        canv.restoreState()

    def _draw_letter_common(self, canv: Canvas, head: LetterHead) -> None:
        top = PAGE_HEIGHT
        # Letterhead: logo or word mark, with the campaign line under it.
        logo = _logo(head.logo) if head.logo else None
        if logo is not None:
            width, height = logo.getSize()
            scale = min(50 * mm / width, 18 * mm / height)
            canv.drawImage(
                logo,
                20 * mm,
                top - 14 * mm - height * scale,
                width * scale,
                height * scale,
                mask="auto",
            )
        else:
            canv.setFillColor(PRIMARY)
            canv.setFont(FONT_BOLD, 18)
            canv.drawString(20 * mm, top - 24 * mm, head.organisation)
            canv.setFillColor(ACCENT)
            canv.roundRect(20 * mm, top - 28.5 * mm, 14 * mm, 1.6 * mm, 0.8 * mm, stroke=0, fill=1)
        canv.setFillColor(MUTED)
        canv.setFont(FONT_REGULAR, 8.5)
        canv.drawString(20 * mm, top - 34 * mm, head.tagline)

        # Fold marks on the left edge (inside the printable area of most printers).
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        for y in FOLD_MARKS:
            canv.line(5 * mm, top - y, 9 * mm, top - y)

        # The top line of the envelope window: the return address, as PostNL asks.
        left, box_top, box_width, _box_height = ADDRESS_BOX
        canv.setFont(FONT_REGULAR, 6.5)
        canv.setFillColor(MUTED)
        _draw_fitted(canv, head.return_address, left, top - box_top - 1 * mm, box_width, 6.5)

        # Contact block to the right of the window.
        x = 125 * mm
        y = top - 53 * mm
        for label, value in head.contact:
            canv.setFont(FONT_BOLD, 7.5)
            canv.setFillColor(MUTED)
            canv.drawString(x, y, label)
            y -= 3.9 * mm
            canv.setFont(FONT_REGULAR, 9)
            canv.setFillColor(MISSING if PLACEHOLDER_RE.search(value) else INK)
            _draw_fitted(canv, value, x, y, PAGE_WIDTH - LETTER_RIGHT - x, 9)
            y -= 5.6 * mm

        # Place and date, and the subject, under the window.
        canv.setFillColor(INK)
        canv.setFont(FONT_REGULAR, 10)
        canv.drawString(LETTER_LEFT, top - 104 * mm, head.place_date)
        canv.setFont(FONT_BOLD, 11)
        canv.setFillColor(PRIMARY)
        canv.drawString(LETTER_LEFT, top - 111 * mm, head.subject)
        self._draw_footer_rule_and_text(canv, head)

    def _draw_follow_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        head = self.state.head
        if head is None:
            return
        canv.saveState()
        self._place_form(
            canv,
            ("follow-1", head.organisation, head.footer),
            lambda c: self._draw_follow_common(c, head),
        )
        canv.setFont(FONT_REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(FOLLOW_LEFT, PAGE_HEIGHT - 12 * mm, head.running_title)
        self._draw_page_number(canv, head)
        canv.restoreState()

    def _draw_follow_common(self, canv: Canvas, head: LetterHead) -> None:
        canv.setFont(FONT_BOLD, 7.5)
        canv.setFillColor(PRIMARY)
        canv.drawRightString(PAGE_WIDTH - FOLLOW_RIGHT, PAGE_HEIGHT - 12 * mm, head.organisation)
        self._draw_footer_rule_and_text(canv, head)


def _draw_fitted(
    canv: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    size: float,
    *,
    colour_missing: bool = False,
) -> None:
    """Draw one line, shrinking it (down to 70%) rather than running out of its box."""
    font = canv._fontname
    needed = stringWidth(text, font, size)
    if needed > width:
        size = max(size * 0.7, size * width / needed)
    canv.setFont(font, size)
    if colour_missing and PLACEHOLDER_RE.search(text):
        canv.setFillColor(MISSING)
        canv.drawString(x, y, text)
        canv.setFillColor(INK)
    else:
        canv.drawString(x, y, text)
