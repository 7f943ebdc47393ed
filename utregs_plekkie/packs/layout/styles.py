"""Type styles of the packs, and text turned into paragraphs."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from utregs_plekkie.packs.content import PLACEHOLDER_RE
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, register_fonts
from utregs_plekkie.packs.layout.page import ACCENT, INK, MISSING_HEX, MUTED, PRIMARY

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
