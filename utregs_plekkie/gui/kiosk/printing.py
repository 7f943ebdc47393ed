"""Printing a visitor's information pack on the spot, when the stand has a printer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui.packs.printing import print_pdf
from utregs_plekkie.packs.batch import render_info_packs
from utregs_plekkie.packs.check import check_packs
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.packs_data import mark_kiosk_pack_sent

translate = QCoreApplication.translate


def printer_available() -> bool:
    """Whether this machine has a printer to print a pack on the spot."""
    try:
        return (
            bool(QPrinterInfo.availablePrinterNames()) or not QPrinterInfo.defaultPrinter().isNull()
        )
    except RuntimeError:  # no print support in this Qt build
        return False


def default_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def print_pack(db: Database, request_id: int, printer: QPrinter, *, actor: Actor) -> str:
    """Render the information pack of one request, print it, and record it as sent.

    Runs on a worker thread (as the packs dialog prints). Returns a sentence for the
    staff (no personal data); raises UserError with one when it cannot be done."""
    check = check_packs(db, [request_id])
    if check.problem is not None or not check.packs:
        raise UserError(
            check.problem
            or translate(
                "Kiosk",
                "Er kon geen informatiepakket worden gemaakt voor deze aanmelding.",
            )
        )
    with tempfile.TemporaryDirectory(prefix="utregs-kiosk-") as folder:
        out = Path(folder) / "informatiepakket.pdf"
        result = render_info_packs(check.packs, check.settings, out)
        if result.cancelled or result.path is None:
            raise UserError(translate("Kiosk", "Het pakket is niet gemaakt."))
        outcome = print_pdf(result.path, printer)
    if outcome.cancelled or not outcome.pages:
        raise UserError(translate("Kiosk", "Het afdrukken is gestopt."))
    mark_kiosk_pack_sent(db, request_id, actor=actor)
    return translate("Kiosk", "Laatste pakket afgedrukt ({pages} blz.).").format(
        pages=outcome.pages
    )
