"""The look shared by all packs: page geometry, colours, type styles, the letter page.

The letter page puts the address where a standard Dutch window envelope shows it.
Window envelopes with the window on the left (EA5/6 and DL, 110 x 220 mm, for an A4
folded in three; C5 for an A4 folded once) have a window of 90 x 45 mm (some 90 x 40)
20 mm from the left edge and 15 mm above the bottom of a 110 mm high envelope: on the
A4 that is the area from 20 to 110 mm from the left and from 50 to 95 mm from the top,
the address area that Dutch letter templates (after NEN 1026, a paid standard we
could not consult) keep free. PostNL asks for the address in a plain sans-serif of 10
to 12 pt without bold, italics or underlining, in the order name / street and number /
postcode, two spaces, PLACE IN CAPITALS, with the sender's return address on one line
at the top of the window. We keep the text 5 mm inside the window on every side, so
the few millimetres a folded letter can slide in its envelope never hide a line, and
print fold marks at 99 and 198 mm.
"""

from __future__ import annotations

import contextvars
import hashlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import qrcode
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from utregs_plekkie.packs.content import PLACEHOLDER_RE
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, register_fonts

__all__ = [
    "ADDRESS_BOX",
    "LETTER_TEXT_WIDTH",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "WINDOW",
    "Badged",
    "CachedBlock",
    "Columns",
    "LetterHead",
    "NumberBadge",
    "PackDocTemplate",
    "PackStart",
    "Panel",
    "QrCode",
    "Styles",
    "box",
    "markup",
    "paragraphs",
    "styles",
    "use_binary_streams",
]

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]

#: The envelope window on the A4, from the top-left corner: (left, top, width, height).
WINDOW = (20 * mm, 50 * mm, 90 * mm, 45 * mm)
#: Where the address text goes: 5 mm inside the window on every side.
ADDRESS_BOX = (WINDOW[0] + 5 * mm, WINDOW[1] + 5 * mm, WINDOW[2] - 10 * mm, WINDOW[3] - 10 * mm)
#: Fold marks for folding an A4 in three (to 99 mm, for EA5/6 and DL envelopes).
FOLD_MARKS = (99 * mm, 198 * mm)

LETTER_LEFT: float = 25 * mm  # body text lines up with the address text
LETTER_RIGHT: float = 20 * mm
LETTER_BODY_TOP: float = 118 * mm
LETTER_TEXT_WIDTH: float = PAGE_WIDTH - LETTER_LEFT - LETTER_RIGHT
FOLLOW_LEFT: float = 20 * mm
FOLLOW_RIGHT: float = 20 * mm
FOLLOW_TOP: float = 22 * mm
BOTTOM: float = 24 * mm
FOOTER_BASELINE: float = 12 * mm  # from the bottom edge: inside every printer's printable area

INK = colors.HexColor("#1f2a30")
PRIMARY_HEX = "#1b5e6b"
PRIMARY = colors.HexColor(PRIMARY_HEX)  # deep petrol
ACCENT = colors.HexColor("#e0763a")  # warm orange
SAND = colors.HexColor("#f6f0e7")
SAND_DARK = colors.HexColor("#e9dfd0")
MUTED = colors.HexColor("#5c676c")
RULE = colors.HexColor("#c9d3d6")
MISSING = colors.HexColor("#c0392b")
MISSING_HEX = "#c0392b"


# --------------------------------------------------------------------------- type styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_tight: ParagraphStyle
    small: ParagraphStyle
    small_muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    tag: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    step: ParagraphStyle


_styles: Styles | None = None
_styles_lock = threading.Lock()


def use_binary_streams() -> None:
    """Write compressed page streams as binary, not ASCII85 text.

    ASCII85 (ReportLab's default) only matters for 7-bit transports; it makes files a
    quarter larger and, without ReportLab's optional C accelerator, costs about a
    tenth of the build time. The setting is process-wide; every PDF the program makes
    is written to a file or handed to Qt, where binary is fine.
    """
    rl_config.useA85 = 0


def styles() -> Styles:
    """The paragraph styles (made once per process, after the fonts are registered)."""
    global _styles
    if _styles is not None:
        return _styles
    with _styles_lock:
        if _styles is None:
            register_fonts()
            body = ParagraphStyle(
                "body",
                fontName=FONT_FAMILY,
                fontSize=10,
                leading=14.2,
                textColor=INK,
                bulletFontName=FONT_REGULAR,  # the default, Helvetica, is not embedded
            )
            _styles = Styles(
                body=ParagraphStyle("body_spaced", parent=body, spaceAfter=7),
                body_tight=body,
                small=ParagraphStyle("small", parent=body, fontSize=8.8, leading=12),
                small_muted=ParagraphStyle(
                    "small_muted", parent=body, fontSize=8, leading=10.5, textColor=MUTED
                ),
                h1=ParagraphStyle(
                    "h1",
                    parent=body,
                    fontName=FONT_BOLD,
                    fontSize=15,
                    leading=19,
                    textColor=PRIMARY,
                    spaceBefore=4,
                    spaceAfter=7,
                ),
                h2=ParagraphStyle(
                    "h2",
                    parent=body,
                    fontName=FONT_BOLD,
                    fontSize=11,
                    leading=14,
                    textColor=PRIMARY,
                    spaceAfter=3,
                ),
                h3=ParagraphStyle(
                    "h3", parent=body, fontName=FONT_BOLD, fontSize=10, leading=13, spaceAfter=2
                ),
                label=ParagraphStyle(
                    "label",
                    parent=body,
                    fontName=FONT_BOLD,
                    fontSize=8,
                    leading=10,
                    textColor=MUTED,
                ),
                tag=ParagraphStyle(
                    "tag",
                    parent=body,
                    fontName=FONT_BOLD,
                    fontSize=7.5,
                    leading=9,
                    textColor=ACCENT,
                ),
                bullet=ParagraphStyle(
                    "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2
                ),
                cell=ParagraphStyle("cell", parent=body, fontSize=9.2, leading=12.4),
                step=ParagraphStyle(
                    "step", parent=body, fontSize=9.2, leading=12.4, spaceBefore=2, spaceAfter=5
                ),
                cell_bold=ParagraphStyle(
                    "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9.2, leading=12.4
                ),
            )
    return _styles


def markup(text: str) -> str:
    """Plain text as paragraph markup: escaped, placeholders in red, line breaks kept."""
    escaped = escape(text)
    escaped = PLACEHOLDER_RE.sub(
        lambda m: f'<font color="{MISSING_HEX}">{m.group(0)}</font>', escaped
    )
    return escaped.replace("\n", "<br/>")


def paragraphs(
    text: str, style: ParagraphStyle, bullet_style: ParagraphStyle | None = None
) -> list[Flowable]:
    """Staff text as paragraphs: a blank line starts a new one, "- " lines are bullets."""
    out: list[Flowable] = []
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if not block:
            continue
        lines = block.split("\n")
        if bullet_style is not None and all(line.lstrip().startswith("- ") for line in lines[1:]):
            head, items = lines[0], lines[1:]
            if head.lstrip().startswith("- "):
                head, items = "", lines
            if head:
                out.append(Paragraph(markup(head), style))
            for item in items:
                out.append(Paragraph(markup(item.lstrip()[2:]), bullet_style, bulletText="•"))
            continue
        out.append(Paragraph(markup(block), style))
    return out


# --------------------------------------------------------------------------- QR code


@lru_cache(maxsize=32)
def _qr_runs(url: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``url`` as (size in modules, dark runs (row, first column, length))."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs: list[tuple[int, int, int]] = []
    for row, cells in enumerate(matrix):
        col = 0
        while col < len(cells):
            if cells[col]:
                start = col
                while col < len(cells) and cells[col]:
                    col += 1
                runs.append((row, start, col - start))
            else:
                col += 1
    return len(matrix), tuple(runs)


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A vector QR code that is also a link to ``url`` (for readers on screen)."""

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canv = self.canv
        # Drawn once per document as a form (XObject) and placed by reference: a QR
        # code is hundreds of rectangles, and a batch has one per pack.
        name = "qr" + hashlib.sha1(f"{self.url} {self.size:.3f}".encode()).hexdigest()[:16]
        if not canv.hasForm(name):
            canv.beginForm(name, 0, 0, self.size, self.size)
            self._draw_modules(canv)
            canv.endForm()
        canv.doForm(name)
        sink = _link_sink.get()
        if sink is not None:
            # Inside a cached block's form: annotations belong to pages, so the block
            # adds the link itself each time it is placed.
            x, y = canv.absolutePosition(0, 0)
            sink.append((self.url, (x, y, x + self.size, y + self.size)))
        else:
            canv.linkURL(self.url, (0, 0, self.size, self.size), relative=1, thickness=0)

    def _draw_modules(self, canv: Canvas) -> None:
        modules, runs = _qr_runs(self.url)
        quiet = 2  # modules of white around the code inside our box
        unit = self.size / (modules + 2 * quiet)
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        path = canv.beginPath()
        top = self.size - quiet * unit
        for row, col, length in runs:
            path.rect((quiet + col) * unit, top - (row + 1) * unit, length * unit, unit)
        canv.drawPath(path, stroke=0, fill=1)


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
    from reportlab.pdfbase.pdfmetrics import stringWidth

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


def _stack_height(content: Sequence[Flowable], width: float) -> float:
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


def _draw_stack(canv: Canvas, content: Sequence[Flowable], x: float, top: float) -> None:
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
            _stack_height(column, width - 2 * self.padding)
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
            _draw_stack(canv, column, x + self.padding, self.height - self.padding)
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
        self.height = _stack_height(self.content, inner) + 2 * self.padding - 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(SAND)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(self.accent)
        canv.rect(0, 0, 3, self.height, stroke=0, fill=1)
        _draw_stack(canv, self.content, self.padding + 2, self.height - self.padding + 2)


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


_link_sink: contextvars.ContextVar[list[tuple[str, tuple[float, float, float, float]]] | None] = (
    contextvars.ContextVar("plekkie_link_sink", default=None)
)


@dataclass
class _CachedForm:
    height: float
    links: list[tuple[str, tuple[float, float, float, float]]]


# (key, width) -> measured height; per process. The form itself lives per document.
_block_heights: dict[tuple[str, float], float] = {}
_block_lock = threading.Lock()


class CachedBlock(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A block that is the same in many packs, laid out and drawn once per document.

    The first time a document places the block it is drawn into a form (a PDF
    XObject); every further pack places that form by reference. Text in a form is
    ordinary text: it prints, can be selected and is extracted like any other. In a
    batch this saves most of the layout time of the pages that do not change from
    person to person, and makes the file much smaller.

    ``key`` must identify the content exactly (callers hash every text that goes in);
    ``build`` makes the flowables (plain ones that stack: no page-break hints), only
    when they are needed. If the block does not fit where it falls, it splits into
    ``flowing()`` (default: ``build()``), which then flows and breaks across pages as
    usual.
    """

    def __init__(
        self,
        key: str,
        build: Callable[[], list[Flowable]],
        width: float,
        *,
        flowing: Callable[[], list[Flowable]] | None = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.key = key
        self.build = build
        self.flowing = flowing or build
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.width = width
        self.height = 0.0
        self._content: list[Flowable] | None = None
        self._form = "blk" + hashlib.sha1(f"{key} {width:.3f}".encode()).hexdigest()[:20]

    def _flowables(self) -> list[Flowable]:
        if self._content is None:
            self._content = self.build()
        return self._content

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cache_key = (self.key, round(self.width, 3))
        height = _block_heights.get(cache_key)
        if height is None:
            height = _stack_height(self._flowables(), self.width)
            with _block_lock:
                _block_heights[cache_key] = height
        self.height = height
        return self.width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Fresh flowables (the measured ones hold layout state), with page-break hints.
        return list(self.flowing())

    def draw(self) -> None:
        canv = self.canv
        doc_forms: dict[str, _CachedForm] = canv.__dict__.setdefault("_plekkie_forms", {})
        form = doc_forms.get(self._form)
        if form is None:
            content = self._flowables()
            _stack_height(content, self.width)  # (re)wrap in this process and width
            links: list[tuple[str, tuple[float, float, float, float]]] = []
            token = _link_sink.set(links)
            try:
                canv.beginForm(self._form, 0, 0, self.width, self.height)
                _draw_stack(canv, content, 0, self.height)
                canv.endForm()
            finally:
                _link_sink.reset(token)
            form = _CachedForm(self.height, links)
            doc_forms[self._form] = form
        canv.doForm(self._form)
        for url, rect in form.links:
            canv.linkURL(url, rect, relative=1, thickness=0)
        self._content = None  # let the flowables go; the form holds the drawing


def box(content: list[Flowable], width: float, *, accent: Any = None, padding: float = 9) -> Panel:
    """Content on a warm background with a coloured bar on the left."""
    return Panel(content, width, accent=accent if accent is not None else ACCENT, padding=padding)
