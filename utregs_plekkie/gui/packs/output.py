""" "Opslaan als PDF…" and "Afdrukken…" for the PDF in a preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import Progress
from utregs_plekkie.gui.packs.common import number, pages_text, set_level
from utregs_plekkie.gui.packs.preview import PdfPreview
from utregs_plekkie.gui.packs.printing import PrintOutcome, copy_pdf, documents_folder, print_pdf
from utregs_plekkie.gui.packs.progress import PanelProgress
from utregs_plekkie.gui.workers import run_in_background

# Where the last PDF was saved, for the next "Opslaan als" in this session.
_last_folder: Path | None = None


class PdfOutput(QObject):
    """ "Opslaan als PDF…" and "Afdrukken…" for the PDF in a preview.

    ``record(kind)`` runs in the background after a successful save (``"saved"``) or
    print (``"printed"``), for the audit trail. ``delivered`` is emitted afterwards
    with a sentence saying what happened.
    """

    delivered = Signal(str, str)  # kind ("saved"/"printed"), sentence for the user
    #: Saving or printing started or ended (buttons follow ``busy``).
    changed = Signal()

    def __init__(
        self,
        dialog: QWidget,
        preview: PdfPreview,
        runner: PanelProgress,
        *,
        file_stem: str,
        document_title: str,
        record: Callable[[str], None],
        message: QLabel,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._preview = preview
        self._runner = runner
        self._file_stem = file_stem
        self._title = document_title
        self._record = record
        self._message = message
        self._printer: QPrinter | None = None
        self._saving = False

    @property
    def busy(self) -> bool:
        return self._saving or self._runner.running

    @property
    def printer(self) -> QPrinter:
        """The printer of this dialog, made once: a second print keeps the choices."""
        if self._printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setFullPage(True)
            self._printer = printer
        return self._printer

    def default_name(self) -> str:
        return f"{self._file_stem}-{clock.today().isoformat()}.pdf"

    def save_as(self) -> None:
        global _last_folder
        source = self._preview.path
        if source is None or self.busy:
            return
        folder = _last_folder or documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(
            self._dialog,
            self.tr("Opslaan als PDF"),
            str(folder / self.default_name()),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        _last_folder = target.parent
        self._saving = True
        record = self._record
        self._set_message("", self.tr("Bezig met opslaan…"))
        self.changed.emit()

        def work() -> Path:
            copy_pdf(source, target)
            record("saved")
            return target

        def saved(path: Path) -> None:
            self._saving = False
            self.changed.emit()
            self.delivered.emit("saved", self.tr("Opgeslagen als {path}.").format(path=path))

        def failed(error: BaseException) -> None:
            self._saving = False
            self.changed.emit()
            if isinstance(error, UserError):
                self._set_message("error", error.message)
            else:
                self._set_message("error", self.tr("Het opslaan is niet gelukt."))
                report_failure(error, self._dialog)

        run_in_background(work, owner=self, on_success=saved, on_failure=failed)

    def print_document(self) -> None:
        source = self._preview.path
        if source is None or self.busy:
            return
        printer = self.printer
        printer.setDocName(self._title)
        pages = self._preview.page_count()
        dialog = QPrintDialog(printer, self._dialog)
        dialog.setWindowTitle(self.tr("Afdrukken: {title}").format(title=self._title))
        dialog.setMinMax(1, max(1, pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record = self._record

        def work(progress: Progress) -> PrintOutcome:
            outcome = print_pdf(source, printer, progress)
            if not outcome.cancelled and outcome.pages:
                record("printed")
            return outcome

        def printed(outcome: PrintOutcome) -> None:
            self.changed.emit()
            if outcome.cancelled:
                self._set_message(
                    "warning",
                    self.tr(
                        "Afdrukken gestopt na {pages}. Haal wat al gedrukt is uit de printer "
                        "en druk opnieuw af als dat nodig is."
                    ).format(pages=pages_text(outcome.pages)),
                )
                return
            self.delivered.emit(
                "printed",
                self.tr("Afgedrukt: {pages} naar {printer}.").format(
                    pages=pages_text(outcome.pages), printer=self._printer_name(printer)
                ),
            )

        def failed(error: BaseException) -> None:
            self.changed.emit()
            if isinstance(error, UserError):
                self._set_message("error", error.message)
            else:
                self._set_message("error", self.tr("Het afdrukken is niet gelukt."))
                report_failure(error, self._dialog)

        self._runner.start(
            work,
            describe=lambda done, total: self.tr("Afdrukken: pagina {done} van {total}").format(
                done=number(done), total=number(total)
            ),
            on_done=printed,
            on_failure=failed,
        )
        self.changed.emit()

    def _printer_name(self, printer: QPrinter) -> str:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return printer.outputFileName() or self.tr("een PDF-bestand")
        return printer.printerName() or self.tr("de printer")

    def _set_message(self, level: str, text: str) -> None:
        set_level(self._message, level, text)
