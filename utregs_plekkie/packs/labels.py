"""Address labels for a batch: an A4 sheet of 3 x 7 labels of 70 x 42.3 mm.

That sheet (sold as e.g. "70 x 42,3 mm, 21 per vel") has no margin left or right
(3 x 70 = 210 mm) and 0.45 mm at top and bottom (7 x 42.3 = 296.1 mm). The text
keeps 7 mm from the label's left edge, so the first column is not lost in the
printer's unprintable edge, and is centred vertically. Addresses follow PostNL:
plain 10 pt sans-serif, postcode, two spaces, PLACE IN CAPITALS.

A part-used sheet can be used up: ``first_position`` (1-21) is the first free label.
"""

from __future__ import annotations

import io
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.packs.batch import BatchResult, ProgressCallback, write_atomically
from utregs_plekkie.packs.content import PLACEHOLDER_RE, Address, Filler, MissingField
from utregs_plekkie.packs.fonts import FONT_REGULAR, register_fonts
from utregs_plekkie.packs.layout import INK, MISSING, use_binary_streams

__all__ = [
    "COLUMNS",
    "LABEL_HEIGHT",
    "LABEL_WIDTH",
    "PER_SHEET",
    "ROWS",
    "Label",
    "label_lines",
    "missing_fields",
    "render_labels",
]

COLUMNS = 3
ROWS = 7
PER_SHEET = COLUMNS * ROWS
LABEL_WIDTH = 70 * mm
LABEL_HEIGHT = 42.3 * mm
_PAGE_WIDTH, _PAGE_HEIGHT = A4
_TOP = (_PAGE_HEIGHT - ROWS * LABEL_HEIGHT) / 2
_LEFT = (_PAGE_WIDTH - COLUMNS * LABEL_WIDTH) / 2
_INSET = 7 * mm
_FONT_SIZE = 10.0
_LEADING = 12.5


@dataclass(frozen=True)
class Label:
    """One address label; ``subject`` names whose it is in messages about missing data."""

    subject: str
    address: Address


def label_lines(label: Label) -> tuple[list[str], list[MissingField]]:
    filler = Filler(label.subject)
    return label.address.lines(filler), filler.missing


def missing_fields(labels: Sequence[Label]) -> list[MissingField]:
    found: list[MissingField] = []
    for label in labels:
        found.extend(label_lines(label)[1])
    return found


def render_labels(
    labels: Sequence[Label],
    out: Path,
    *,
    first_position: int = 1,
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """Labels for ``labels`` into a PDF at ``out``; nothing is written if cancelled."""
    started = time.perf_counter()
    if not 1 <= first_position <= PER_SHEET:
        raise UserError(
            _("Het eerste etiket moet een nummer van 1 tot en met {n} zijn.").format(n=PER_SHEET)
        )
    total = len(labels)
    if total == 0:
        raise UserError(_("Er zijn geen adressen om etiketten van te maken."))
    report = progress or (lambda done, total: True)
    if not report(0, total):
        return BatchResult(path=None, packs=0, pages=0, cancelled=True)
    register_fonts()
    buffer = io.BytesIO()
    use_binary_streams()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        pageCompression=1,
        lang="nl-NL",
        initialFontName=FONT_REGULAR,  # not the default Helvetica, which is not embedded
        initialFontSize=_FONT_SIZE,
    )
    canvas.setTitle(f"Adresetiketten ({total})")
    canvas.setAuthor("Utregs Plekkie")
    canvas.setSubject("Adresetiketten, 3 x 7 per vel (70 x 42,3 mm)")
    canvas.setCreator("Utregs Plekkie")
    missing: list[MissingField] = []
    position = first_position - 1
    pages = 1
    for index, label in enumerate(labels):
        if position == PER_SHEET:
            canvas.showPage()
            pages += 1
            position = 0
            if not report(index, total):
                return BatchResult(
                    path=None,
                    packs=0,
                    pages=0,
                    cancelled=True,
                    seconds=time.perf_counter() - started,
                )
        lines, label_missing = label_lines(label)
        missing.extend(label_missing)
        _draw_label(canvas, position, lines)
        position += 1
    canvas.showPage()
    canvas.save()
    if not report(total, total):
        return BatchResult(
            path=None, packs=0, pages=0, cancelled=True, seconds=time.perf_counter() - started
        )
    path = Path(out)
    data = buffer.getvalue()

    def write(handle: io.BufferedWriter) -> None:
        handle.write(data)

    write_atomically(path, write)
    return BatchResult(
        path=path,
        packs=total,
        pages=pages,
        missing=tuple(missing),
        seconds=time.perf_counter() - started,
    )


def _draw_label(canvas: Canvas, position: int, lines: Sequence[str]) -> None:
    row, column = divmod(position, COLUMNS)
    left = _LEFT + column * LABEL_WIDTH + _INSET
    top = _PAGE_HEIGHT - _TOP - row * LABEL_HEIGHT
    width = LABEL_WIDTH - 2 * _INSET
    block = len(lines) * _LEADING
    # First baseline so that the block sits in the middle of the label.
    y = top - (LABEL_HEIGHT - block) / 2 - _FONT_SIZE
    for line in lines:
        size = _FONT_SIZE
        needed = stringWidth(line, FONT_REGULAR, size)
        if needed > width:
            size = max(7.0, size * width / needed)
        canvas.setFont(FONT_REGULAR, size)
        canvas.setFillColor(MISSING if PLACEHOLDER_RE.search(line) else INK)
        canvas.drawString(left, y, line)
        y -= _LEADING
