"""Printing a PDF page by page on a QPrinter, and copying it to where the user wants it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QRectF,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.packs.batch import write_atomically

# --------------------------------------------------------------------------- printing and saving


#: Pages are rasterised for the printer at its own resolution, but never finer than
#: this: 300 dpi is what office printers print text at, and an A4 page at a printer's
#: nominal 1,200 dpi would be a 550 MB image.
MAX_PRINT_DPI = 300


@dataclass(frozen=True)
class PrintOutcome:
    pages: int  # pages sent to the printer
    cancelled: bool


def print_pdf(
    source: Path,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> PrintOutcome:
    """Print the PDF at ``source`` on ``printer``, page by page, 1:1 on the paper.

    Each page is rendered with ``QPdfDocument.render`` at the printer's resolution
    (at most ``MAX_PRINT_DPI``) and drawn over the whole sheet (``fullPage``), so an
    A4 page lands on A4 paper exactly where the PDF has it (the address in the
    envelope window, the labels on their sheet). Honours the page range and, where
    the printer cannot make copies itself, the number of copies. May run on a
    worker thread: it opens its own document and touches no widget.
    """
    report = progress or (lambda done, total: True)
    document = QPdfDocument()
    try:
        error = document.load(str(source))
        if error != QPdfDocument.Error.None_:
            raise UserError(
                QCoreApplication.translate(
                    "PacksDialog",
                    "Het PDF-bestand kan niet worden gelezen ({error}). Maak het opnieuw.",
                ).format(error=error.name)
            )
        count = document.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(0, printer.fromPage() - 1)
            last = min(count - 1, max(first, printer.toPage() - 1))
        pages = list(range(first, last + 1))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        order = pages * copies
        total = len(order)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                QCoreApplication.translate(
                    "PacksDialog",
                    "De printer kan niet worden gestart. Controleer of hij aan staat en "
                    "verbonden is, en probeer het opnieuw.",
                )
            )
        printed = 0
        cancelled = not report(0, total)
        try:
            for number, page in enumerate(order):
                if cancelled:
                    break
                if number:
                    printer.newPage()
                _draw_page(painter, printer, document, page, dpi)
                printed += 1
                cancelled = not report(printed, total)
            if cancelled:
                printer.abort()
        finally:
            painter.end()
        target = printer.outputFileName()
        if cancelled and target and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # "Print to file" cannot be aborted: remove the half-written file instead.
            Path(target).unlink(missing_ok=True)
        return PrintOutcome(pages=printed, cancelled=cancelled)
    finally:
        # Without a parent: deleted with the last reference, on this thread.
        document.close()


def _draw_page(
    painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int, dpi: int
) -> None:
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
    )
    image = document.render(page, size)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    # The same size on the same paper: 1:1. Other paper: as large as fits, centred.
    device_per_point = printer.resolution() / 72
    width, height = points.width() * device_per_point, points.height() * device_per_point
    scale = min(1.0, paper.width() / width, paper.height() / height) if width and height else 1.0
    width, height = width * scale, height * scale
    left = paper.left() + (paper.width() - width) / 2 if scale < 1.0 else paper.left()
    top = paper.top() + (paper.height() - height) / 2 if scale < 1.0 else paper.top()
    painter.drawImage(QRectF(left, top, width, height), image)


def copy_pdf(source: Path, target: Path) -> None:
    """Copy a finished PDF to where the user wants it: complete, or not at all."""

    def write(handle: Any) -> None:
        with source.open("rb") as data:
            shutil.copyfileobj(data, handle, 1 << 20)

    write_atomically(target, write)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
