"""Information packs, address labels and intake packs in the window.

What a recruiter does, in four steps on the left of one dialog (``PacksDialog``):
choose the requests (all new ones without a pack, or those selected on the
Aanvragen page), check them (missing data is listed in Dutch *before* anything is
printed), make the packs (in the background, with a progress bar and Annuleren),
and look at the result on the right (``QPdfView``, with page navigation and zoom).
Then save it as a PDF and/or print it through the system print dialog; after that,
"Markeren als verstuurd" records each request as "pakket verstuurd" with today's
date. Nothing is marked before the batch was made, and saved or printed, and a
cancelled batch marks nothing (``storage.packs_data.mark_packs_sent`` is a separate
step, as in ``commands.packs.run_info_batch``). "Adresetiketten…" makes the labels
(3 x 7 per A4 sheet) for the same requests, with their own preview, save and print.

``open_intake_pack`` does the same for the intake pack of one household.

Long work never runs on the GUI thread: gathering and rendering go through
``gui.workers``; printing too (Qt allows ``QPainter`` on a ``QPrinter`` outside the
GUI thread; the worker opens its own ``QPdfDocument``). Progress is handed over
through a plain object the window reads on a timer, so no Qt object crosses threads.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.forms.ui_packs_dialog import Ui_PacksDialog
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.packs.batch import BatchResult, write_atomically
from utregs_plekkie.packs.content import ORGANISATION_FIELDS, MissingField, PackSettings
from utregs_plekkie.packs.info_pack import InfoPackData, info_pack_content
from utregs_plekkie.packs.intake_pack import IntakePackData, intake_pack_content
from utregs_plekkie.packs.labels import PER_SHEET
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = [
    "IntakePackDialog",
    "JobProgress",
    "LabelsDialog",
    "PackCheck",
    "PacksDialog",
    "PdfPreview",
    "open_intake_pack",
    "open_labels",
    "open_packs_dialog",
    "print_pdf",
]

#: Pages are rasterised for the printer at its own resolution, but never finer than
#: this: 300 dpi is what office printers print text at, and an A4 page at a printer's
#: nominal 1,200 dpi would be a 550 MB image.
MAX_PRINT_DPI = 300
#: Lines in the list of missing data; the rest is summed up in one line.
MAX_MISSING_LINES = 200
_TICK_MS = 100
#: Printed field names that belong to the sender, not to the person (one line each).
_SENDER_FIELDS = frozenset(label for _key, label in ORGANISATION_FIELDS.values())

_STYLE = """
QLabel[level="warning"] { color: #8a4500; }
QLabel[level="error"] { color: #a61b1b; }
QLabel[level="done"] { color: #1f6b2c; }
QLabel#previewMessage { color: palette(placeholder-text); padding: 24px; }
"""

# Where the last PDF was saved, for the next "Opslaan als" in this session.
_last_folder: Path | None = None


def _number(value: int) -> str:
    return lists.format_number(value)


def _pages_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("PacksDialog", "1 pagina")
    return QCoreApplication.translate("PacksDialog", "{n} pagina's").format(n=_number(count))


def _today_text() -> str:
    today = clock.today()
    return QLocale().toString(QDate(today.year, today.month, today.day), "d MMMM yyyy")


def _set_level(label: QLabel, level: str, text: str) -> None:
    """Show ``text`` in ``label`` coloured for ``level`` ("", "warning", "error", "done")."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setProperty("level", level)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def _fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        width = min(width, int(room.width() * 0.94))
        height = min(height, int(room.height() * 0.92))
    dialog.resize(width, height)


# --------------------------------------------------------------------------- background work


class JobProgress:
    """Progress of one piece of background work, shared with the GUI thread.

    Plain attributes, no Qt: the worker writes ``done``/``total`` through ``report``
    (the ``progress`` callback of the packs API), the window reads them on a timer
    and sets ``cancel`` when the user clicks Annuleren.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancel.is_set()

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class _Scratch:
    """A private temporary folder for the PDFs of one dialog.

    Removed when the dialog is closed and no background work uses it any more,
    whichever comes last (work may still be finishing after a close).
    """

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="utregs-plekkie-pdf-"))
        self._lock = threading.Lock()
        self._users = 0
        self._closed = False
        self._files = 0

    def new_file(self, stem: str) -> Path:
        # A new name every time: the preview may still be reading the previous one.
        self._files += 1
        return self.path / f"{stem}-{self._files}.pdf"

    def hold(self) -> None:
        with self._lock:
            self._users += 1

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            remove = self._closed and self._users == 0
        if remove:
            self._remove()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            remove = self._users == 0
        if remove:
            self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class JobRunner(QObject):
    """Runs one long piece of work at a time for a dialog, showing its progress in
    a progress bar and a label, with a button that asks it to stop."""

    def __init__(
        self,
        owner: QWidget,
        bar: QProgressBar,
        label: QLabel,
        cancel_button: QPushButton,
        scratch: _Scratch,
    ) -> None:
        super().__init__(owner)
        self._bar = bar
        self._label = label
        self._cancel_button = cancel_button
        self._scratch = scratch
        self._progress: JobProgress | None = None
        self._describe: Callable[[int, int], str] = lambda done, total: ""
        self._before: tuple[str, str] = ("", "")
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)
        cancel_button.clicked.connect(self.cancel)
        self._show_running(False)

    @property
    def running(self) -> bool:
        return self._progress is not None

    def start(
        self,
        work: Callable[[JobProgress], T],
        *,
        describe: Callable[[int, int], str],
        on_done: Callable[[T, JobProgress], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> JobProgress:
        """Run ``work(progress)`` in the background; ``on_done(result, progress)`` after."""
        if self._progress is not None:
            raise RuntimeError("a job is already running")
        progress = JobProgress()
        self._progress = progress
        self._describe = describe
        scratch = self._scratch
        scratch.hold()

        def run() -> T:
            try:
                return work(progress)
            finally:
                scratch.release()

        def done(result: T) -> None:
            self._finish()
            on_done(result, progress)

        def failed(error: BaseException) -> None:
            self._finish()
            if on_failure is not None:
                on_failure(error)
            else:
                report_failure(error, self.parent())

        # What the label said before; shown again afterwards unless ``on_done`` says more.
        self._before = (
            "" if self._label.isHidden() else self._label.text(),
            str(self._label.property("level") or ""),
        )
        self._bar.setRange(0, 0)  # busy until the first report
        _set_level(self._label, "", describe(0, 0) or " ")
        self._cancel_button.setEnabled(True)
        self._show_running(True)
        self._timer.start()
        run_in_background(run, owner=self, on_success=done, on_failure=failed)
        return progress

    def cancel(self) -> None:
        if self._progress is None:
            return
        self._progress.cancel.set()
        self._cancel_button.setEnabled(False)
        self._label.setText(QCoreApplication.translate("PacksDialog", "Wordt gestopt…"))

    def _tick(self) -> None:
        progress = self._progress
        if progress is None or progress.cancelled:
            return
        if progress.total > 0:
            self._bar.setRange(0, progress.total)
            self._bar.setValue(min(progress.done, progress.total))
        text = self._describe(progress.done, progress.total)
        self._label.setText(text)
        self._bar.setAccessibleDescription(text)

    def _finish(self) -> None:
        self._timer.stop()
        self._progress = None
        self._show_running(False)
        text, level = self._before
        _set_level(self._label, level, text)

    def _show_running(self, running: bool) -> None:
        self._bar.setVisible(running)
        self._cancel_button.setVisible(running)


# --------------------------------------------------------------------------- preview


class PdfPreview(QWidget):
    """A PDF shown in the window: page navigation, zoom, and a sentence when empty."""

    _ZOOMS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self._path: Path | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("◀ Vorige"))
        self.previous_button.setAccessibleName(self.tr("Vorige pagina"))
        self.previous_button.setToolTip(self.tr("Vorige pagina"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_caption = QLabel(self.tr("Pagina"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Paginanummer"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setRange(0, 0)
        self.page_caption.setBuddy(self.page_spin)
        self.page_total = QLabel(self)
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Volgende ▶"))
        self.next_button.setAccessibleName(self.tr("Volgende pagina"))
        self.next_button.setToolTip(self.tr("Volgende pagina"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setAccessibleName(self.tr("Kleiner"))
        self.zoom_out_button.setToolTip(self.tr("Kleiner (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.addItem(self.tr("Paginabreedte"), "width")
        self.zoom_combo.addItem(self.tr("Hele pagina"), "page")
        for factor in self._ZOOMS:
            self.zoom_combo.addItem(f"{round(factor * 100)} %", factor)
        self.zoom_combo.activated.connect(self._zoom_chosen)
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setAccessibleName(self.tr("Groter"))
        self.zoom_in_button.setToolTip(self.tr("Groter (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(1))
        for part in (
            self.previous_button,
            self.page_caption,
            self.page_spin,
            self.page_total,
            self.next_button,
        ):
            bar.addWidget(part)
        bar.addStretch(1)
        for zoom in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            bar.addWidget(zoom)
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.message = QLabel(empty_text, self.stack)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(empty_text)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.view = QPdfView(self.stack)
        self.view.setAccessibleName(self.tr("Voorbeeld van het PDF-bestand"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)

        self.page_spin.valueChanged.connect(lambda number: self.go_to(number - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        for shortcut, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.zoom_step(s))
            self.addAction(action)
        # Ctrl+= zooms in too: on most keyboards "+" needs Shift.
        equals = QAction(self)
        equals.setShortcut(QKeySequence("Ctrl+="))
        equals.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        equals.triggered.connect(lambda: self.zoom_step(1))
        self.addAction(equals)
        self._update_controls()

    # ----------------------------------------------------------------- content

    @property
    def path(self) -> Path | None:
        """The file shown, or ``None``."""
        return self._path

    def page_count(self) -> int:
        return self.document.pageCount() if self._path is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_message(self, text: str) -> None:
        """Forget the document and show ``text`` instead."""
        self._path = None
        self.document.close()
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def load(self, path: Path) -> bool:
        """Show the PDF at ``path``; ``False`` (and a sentence) if it cannot be read."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.show_message(
                self.tr(
                    "Het voorbeeld kan niet worden getoond ({error}). Maak het opnieuw."
                ).format(error=error.name)
            )
            return False
        self._path = path
        self.stack.setCurrentWidget(self.view)
        self._update_controls()
        self.go_to(0)
        return True

    def close_document(self) -> None:
        self._path = None
        self.document.close()

    # ----------------------------------------------------------------- navigation

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else -1
        self.page_spin.setRange(1 if count else 0, count)
        self.page_total.setText(self.tr("van {n}").format(n=_number(count)))
        self.page_spin.setAccessibleDescription(
            self.tr("Pagina {page} van {n}").format(page=page + 1, n=count) if count else ""
        )
        for widget in (
            self.page_spin,
            self.zoom_combo,
            self.zoom_in_button,
            self.zoom_out_button,
            self.view,
        ):
            widget.setEnabled(count > 0)
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)

    # ----------------------------------------------------------------- zoom

    def zoom_factor(self) -> float:
        """The zoom as shown, also when the view fits the page to its width or height."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(max(0, self.current_page()))
        scale = self.view.logicalDpiX() / 72.0
        viewport = self.view.viewport().size()
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        by_width = (viewport.width() - 12) / (size.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(0.1, by_width)
        by_height = (viewport.height() - 12) / (size.height() * scale)
        return max(0.1, min(by_width, by_height))

    def set_zoom(self, factor: float) -> None:
        factor = max(0.25, min(4.0, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        index = self.zoom_combo.findData(factor)
        if index < 0:
            # A zoom between the presets (from fitting the page, then + or -): shown as
            # one extra entry at the end of the list.
            index = self.zoom_combo.findData("custom")
            if index < 0:
                self.zoom_combo.addItem("", "custom")
                index = self.zoom_combo.count() - 1
            self.zoom_combo.setItemText(index, f"{round(factor * 100)} %")
        self.zoom_combo.setCurrentIndex(index)

    def zoom_step(self, direction: int) -> None:
        if self.page_count() == 0:
            return
        now = self.zoom_factor()
        if direction > 0:
            larger = [z for z in self._ZOOMS if z > now + 0.01]
            self.set_zoom(larger[0] if larger else now * 1.25)
        else:
            smaller = [z for z in self._ZOOMS if z < now - 0.01]
            self.set_zoom(smaller[-1] if smaller else now / 1.25)

    def _zoom_chosen(self, index: int) -> None:
        data = self.zoom_combo.itemData(index)
        if data == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif data == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif isinstance(data, float | int):
            self.set_zoom(float(data))


# --------------------------------------------------------------------------- printing and saving


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


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


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
        runner: JobRunner,
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
        folder = _last_folder or _documents_folder()
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

        def work(progress: JobProgress) -> PrintOutcome:
            outcome = print_pdf(source, printer, progress.report)
            if not outcome.cancelled and outcome.pages:
                record("printed")
            return outcome

        def printed(outcome: PrintOutcome, _progress: JobProgress) -> None:
            self.changed.emit()
            if outcome.cancelled:
                self._set_message(
                    "warning",
                    self.tr(
                        "Afdrukken gestopt na {pages}. Haal wat al gedrukt is uit de printer "
                        "en druk opnieuw af als dat nodig is."
                    ).format(pages=_pages_text(outcome.pages)),
                )
                return
            self.delivered.emit(
                "printed",
                self.tr("Afgedrukt: {pages} naar {printer}.").format(
                    pages=_pages_text(outcome.pages), printer=self._printer_name(printer)
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
                done=_number(done), total=_number(total)
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
        _set_level(self._message, level, text)


# --------------------------------------------------------------------------- missing data


def describe_missing(
    packs: Sequence[InfoPackData] | Sequence[IntakePackData],
    settings: PackSettings,
) -> tuple[int, list[str]]:
    """How many packs miss something, and Dutch lines saying what.

    A sender's missing detail is one line for all its packs ("Afzender KOOS Utrecht:
    telefoon organisatie (in 412 pakketten)"); a person's missing data one line per
    pack. At most ``MAX_MISSING_LINES`` lines; the rest is summed up.
    """
    per_sender: dict[str, Counter[str]] = {}
    per_pack: list[tuple[str, list[str]]] = []
    affected = 0
    for data in packs:
        if isinstance(data, InfoPackData):
            missing: Sequence[MissingField] = info_pack_content(data, settings).missing
        else:
            missing = intake_pack_content(data, settings).missing
        if not missing:
            continue
        affected += 1
        own: list[str] = []
        for entry in missing:
            if entry.field in _SENDER_FIELDS or entry.field.startswith("logo"):
                per_sender.setdefault(data.organisation, Counter())[entry.field] += 1
            elif entry.field not in own:
                own.append(entry.field)
        if own:
            per_pack.append((missing[0].subject, own))
    lines: list[str] = []
    for key, fields in per_sender.items():
        name = settings.organisation(key).name or key
        # A sender's detail is missing from all its packs alike.
        count = max(fields.values())
        if len(packs) == 1:
            lines.append(
                QCoreApplication.translate("PacksDialog", "Afzender {name}: {fields}").format(
                    name=name, fields=", ".join(fields)
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "PacksDialog", "Afzender {name}: {fields} (in {n} pakketten)"
                ).format(name=name, fields=", ".join(fields), n=_number(count))
            )
    for subject, own_fields in per_pack[:MAX_MISSING_LINES]:
        lines.append(
            QCoreApplication.translate("PacksDialog", "{subject}: {fields}").format(
                subject=subject, fields=", ".join(own_fields)
            )
        )
    if len(per_pack) > MAX_MISSING_LINES:
        lines.append(
            QCoreApplication.translate(
                "PacksDialog", "… en nog {n} pakketten met ontbrekende gegevens."
            ).format(n=_number(len(per_pack) - MAX_MISSING_LINES))
        )
    return affected, lines


def _show_missing(widget: QListWidget, lines: Sequence[str]) -> None:
    widget.clear()
    widget.addItems(list(lines))
    widget.setVisible(bool(lines))
    widget.setAccessibleDescription(
        QCoreApplication.translate("PacksDialog", "{n} regels met ontbrekende gegevens").format(
            n=_number(len(lines))
        )
    )


def _missing_sentence(affected: int, total: int) -> str:
    if total == 1:
        return QCoreApplication.translate(
            "PacksDialog",
            "Let op: er ontbreken gegevens. Daar komt ‹ontbreekt: …› in het pakket te staan. "
            "Vul ze aan en maak het pakket opnieuw, of druk het zo af.",
        )
    return QCoreApplication.translate(
        "PacksDialog",
        "Let op: in {n} van de {total} pakketten ontbreken gegevens. Daar komt "
        "‹ontbreekt: …› te staan. Vul ze aan en maak de pakketten opnieuw, of druk ze zo af.",
    ).format(n=_number(affected), total=_number(total))


def _examples_warning(settings: PackSettings, *, button: bool) -> str:
    """A warning while the senders are still the shipped example values."""
    if settings.organisations_checked:
        return ""
    if button:
        return QCoreApplication.translate(
            "PacksDialog",
            "De gegevens van de afzenders (naam, contactpersoon, telefoon, adres, website) "
            "zijn nog de voorbeeldwaarden van het programma. Controleer ze met ‘Afzenders en "
            "teksten…’ en sla ze op voordat u pakketten verstuurt.",
        )
    return QCoreApplication.translate(
        "PacksDialog",
        "De gegevens van de afzenders (naam, contactpersoon, telefoon, adres, website) zijn "
        "nog de voorbeeldwaarden van het programma. Controleer ze met Bestand → Instellingen "
        "informatiepakket… en sla ze op voordat u pakketten verstuurt.",
    )


# --------------------------------------------------------------------------- information packs


@dataclass(frozen=True)
class PackCheck:
    """What the chosen requests would give, found before anything is made."""

    ids: list[int]
    packs: list[InfoPackData]
    settings: PackSettings
    pending_count: int
    affected: int  # packs with missing data
    missing_lines: list[str]
    problem: str | None  # why no packs can be made for this choice (a Dutch sentence)
    #: Chosen requests that are not "new without a pack" (called already, or sent one).
    not_pending: int = 0


def check_packs(db: Database, selection: Sequence[int] | None) -> PackCheck:
    """Gather the packs of ``selection`` (``None``: all new requests without a pack)."""
    from utregs_plekkie.storage.packs_data import (
        info_pack_data,
        load_pack_settings,
        pending_requests,
    )

    pending = pending_requests(db)
    ids = list(pending) if selection is None else list(dict.fromkeys(selection))
    settings = load_pack_settings(db)
    if not ids:
        return PackCheck(ids, [], settings, len(pending), 0, [], None)
    try:
        packs = info_pack_data(db, ids)
    except UserError as exc:
        return PackCheck(ids, [], settings, len(pending), 0, [], exc.message)
    affected, lines = describe_missing(packs, settings)
    waiting = set(pending)
    not_pending = sum(1 for i in ids if i not in waiting)
    return PackCheck(ids, packs, settings, len(pending), affected, lines, None, not_pending)


@dataclass(frozen=True)
class _Batch:
    ids: list[int]
    packs: int
    pages: int


class PacksDialog(QDialog):
    """Choose, check, make, preview, save/print and mark information packs."""

    #: The request ids just marked "pakket verstuurd" (the Aanvragen page refreshes).
    packs_marked = Signal(list)

    def __init__(
        self,
        db: Database,
        request_ids: Sequence[int] | None = None,
        parent: QWidget | None = None,
        *,
        username: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.username = username or SYSTEM_USER
        self.ui = Ui_PacksDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self._selection = list(dict.fromkeys(int(i) for i in request_ids or ()))
        self.check: PackCheck | None = None
        self.batch: _Batch | None = None
        self.marked = False
        self._marking = False
        self._delivered: set[str] = set()
        self._check_generation = 0
        self.mark_question: QMessageBox | None = None

        self.scratch = _Scratch()
        self.preview = PdfPreview(
            self.tr(
                "Hier verschijnt het voorbeeld. Kies links de aanvragen en klik op "
                "‘Pakketten maken’."
            ),
            self.ui.previewArea,
        )
        self.ui.previewLayout.addWidget(self.preview)
        self.runner = JobRunner(
            self, self.ui.progressBar, self.ui.progressLabel, self.ui.cancelButton, self.scratch
        )
        self.output = PdfOutput(
            self,
            self.preview,
            self.runner,
            file_stem=self.tr("informatiepakketten"),
            document_title=self.tr("Informatiepakketten"),
            record=self._record,
            message=self.ui.resultLabel,
        )
        self.output.delivered.connect(self._delivered_to_user)
        self.output.changed.connect(self._update_controls)

        # Wide enough for the longest choice with a five-digit count (radio buttons clip).
        widest = self.fontMetrics().horizontalAdvance(
            self.tr("Alle nieuwe aanvragen zonder pakket ({n})").format(n="88.888")
        )
        self.ui.sidePanel.setFixedWidth(
            max(self.fontMetrics().horizontalAdvance("M") * 27, widest + 72)
        )
        self.ui.missingList.setMaximumHeight(self.fontMetrics().height() * 12)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Sluiten"))
            close.setAccessibleName(self.tr("Sluiten"))
            close.setAutoDefault(False)
        self.ui.selectionRadio.setEnabled(bool(self._selection))
        if self._selection:
            self.ui.selectionRadio.setChecked(True)
        self._set_choice_texts(None)
        for label in (self.ui.warningLabel, self.ui.resultLabel, self.ui.progressLabel):
            label.hide()
        self.ui.missingList.hide()
        # Keyboard order: the steps from top to bottom, then the preview's controls.
        QWidget.setTabOrder(self.ui.markButton, self.preview.previous_button)
        for before, after in (
            (self.preview.previous_button, self.preview.page_spin),
            (self.preview.page_spin, self.preview.next_button),
            (self.preview.next_button, self.preview.zoom_out_button),
            (self.preview.zoom_out_button, self.preview.zoom_combo),
            (self.preview.zoom_combo, self.preview.zoom_in_button),
            (self.preview.zoom_in_button, self.preview.view),
        ):
            QWidget.setTabOrder(before, after)
        if close is not None:
            QWidget.setTabOrder(self.preview.view, close)

        self.ui.pendingRadio.toggled.connect(self._choice_changed)
        self.ui.makeButton.clicked.connect(self.make)
        self.ui.saveButton.clicked.connect(self.output.save_as)
        self.ui.printButton.clicked.connect(self.output.print_document)
        self.ui.labelsButton.clicked.connect(self.open_labels)
        self.ui.markButton.clicked.connect(self.mark_sent)
        self.ui.settingsButton.clicked.connect(self.open_settings)
        self.finished.connect(self._closed)
        # Also when the dialog goes without being closed (the program quits).
        scratch = self.scratch
        self.destroyed.connect(lambda *_args: scratch.close())

        _fit_to_screen(self, 1180, 820)
        self._update_controls()
        self.start_check()

    # ----------------------------------------------------------------- state

    def selection(self) -> list[int] | None:
        """The ids asked for, or ``None`` for all new requests without a pack."""
        return None if self.ui.pendingRadio.isChecked() else list(self._selection)

    def _update_controls(self) -> None:
        # Printing runs on the runner too; saving does not, but it needs the batch as is.
        running = self.runner.running or self.output.busy or self._marking
        check = self.check
        ready = check is not None and bool(check.packs) and check.problem is None
        made = self.batch is not None and self.preview.path is not None
        self.ui.choiceGroup.setEnabled(not running)
        self.ui.settingsButton.setEnabled(not running)
        self.ui.makeButton.setEnabled(ready and not running)
        self.ui.saveButton.setEnabled(made and not self.output.busy)
        self.ui.printButton.setEnabled(made and not self.output.busy)
        self.ui.labelsButton.setEnabled(ready and not running)
        self.ui.markButton.setEnabled(
            made and bool(self._delivered) and not self.marked and not self._marking
        )
        default = self.ui.printButton if made else self.ui.makeButton
        default.setDefault(True)

    def _set_choice_texts(self, pending: int | None) -> None:
        if pending is None:
            self.ui.pendingRadio.setText(self.tr("Alle nieuwe aanvragen zonder pakket"))
        else:
            self.ui.pendingRadio.setText(
                self.tr("Alle nieuwe aanvragen zonder pakket ({n})").format(n=_number(pending))
            )
        self.ui.selectionRadio.setText(
            self.tr("De geselecteerde aanvragen ({n})").format(n=_number(len(self._selection)))
            if self._selection
            else self.tr("De geselecteerde aanvragen (geen)")
        )
        self.ui.selectionRadio.setToolTip(
            ""
            if self._selection
            else self.tr(
                "Selecteer aanvragen op de pagina Aanvragen en kies daar ‘Pakket voor selectie…’."
            )
        )
        for radio in (self.ui.pendingRadio, self.ui.selectionRadio):
            radio.setAccessibleName(radio.text())
            radio.setAccessibleDescription(radio.toolTip())

    # ----------------------------------------------------------------- step 2: check

    def _choice_changed(self, _checked: bool) -> None:
        self.start_check()

    def start_check(self) -> None:
        """Gather the chosen requests' packs in the background and list what is missing."""
        self._check_generation += 1
        generation = self._check_generation
        self.check = None
        self._forget_batch(
            self.tr(
                "Hier verschijnt het voorbeeld. Kies links de aanvragen en klik op "
                "‘Pakketten maken’."
            )
        )
        self.ui.summaryLabel.setText(self.tr("De aanvragen worden gecontroleerd…"))
        _set_level(self.ui.warningLabel, "", "")
        _show_missing(self.ui.missingList, [])
        self._update_controls()
        db, selection = self.db, self.selection()

        def arrived(check: PackCheck) -> None:
            if generation == self._check_generation:
                self._show_check(check)

        def failed(error: BaseException) -> None:
            if generation != self._check_generation:
                return
            self.ui.summaryLabel.setText(self.tr("De aanvragen konden niet worden gecontroleerd."))
            if isinstance(error, UserError):
                _set_level(self.ui.warningLabel, "error", error.message)
            else:
                report_failure(error, self)

        run_in_background(
            lambda: check_packs(db, selection), owner=self, on_success=arrived, on_failure=failed
        )

    def _show_check(self, check: PackCheck) -> None:
        self.check = check
        self._set_choice_texts(check.pending_count)
        if not check.ids:
            text = (
                self.tr("Er zijn geen nieuwe aanvragen zonder pakket.")
                if self.selection() is None
                else self.tr("Er zijn geen aanvragen geselecteerd.")
            )
            self.ui.summaryLabel.setText(text)
            self.preview.show_message(
                self.tr(
                    "Er zijn geen nieuwe aanvragen zonder pakket. Nieuwe aanvragen komen "
                    "binnen via de website, een evenement of een import; kies anders "
                    "aanvragen op de pagina Aanvragen en gebruik ‘Pakket voor selectie…’."
                )
                if self.selection() is None
                else text
            )
        elif check.problem is not None:
            self.ui.summaryLabel.setText(
                self.tr("Voor deze aanvragen kunnen nog geen pakketten worden gemaakt.")
            )
            _set_level(self.ui.warningLabel, "error", check.problem)
        else:
            self.ui.summaryLabel.setText(self._summary(check))
            warnings = [
                w
                for w in (
                    self._not_pending_warning(check),
                    _examples_warning(check.settings, button=True),
                    _missing_sentence(check.affected, len(check.packs)) if check.affected else "",
                )
                if w
            ]
            _set_level(self.ui.warningLabel, "warning", "\n\n".join(warnings))
            _show_missing(self.ui.missingList, check.missing_lines)
        self.ui.summaryLabel.setAccessibleName(self.ui.summaryLabel.text())
        self._update_controls()

    def _not_pending_warning(self, check: PackCheck) -> str:
        if not check.not_pending:
            return ""
        if len(check.ids) == 1:
            return self.tr(
                "Deze aanvraag is niet meer nieuw of kreeg al een pakket; ze krijgt er nu nog een."
            )
        return self.tr(
            "{n} van de {total} aanvragen zijn niet meer nieuw of kregen al een pakket; ook "
            "zij krijgen er nu een."
        ).format(n=_number(check.not_pending), total=_number(len(check.ids)))

    def _summary(self, check: PackCheck) -> str:
        senders = Counter(p.organisation for p in check.packs)
        parts = [
            self.tr("{name} {n}").format(
                name=check.settings.organisation(key).name or key, n=_number(count)
            )
            for key, count in senders.most_common()
        ]
        count = len(check.packs)
        head = (
            self.tr("1 informatiepakket")
            if count == 1
            else self.tr("{n} informatiepakketten").format(n=_number(count))
        )
        return self.tr("{head}. Afzender (volgt uit de wijk): {senders}.").format(
            head=head, senders=", ".join(parts)
        )

    # ----------------------------------------------------------------- step 3: make

    def make(self) -> None:
        check = self.check
        if check is None or not check.packs or check.problem is not None or self.runner.running:
            return
        from utregs_plekkie.packs.batch import render_info_packs

        packs, settings = check.packs, check.settings
        out = self.scratch.new_file("informatiepakketten")
        self._forget_batch(self.tr("De pakketten worden gemaakt…"))

        def work(progress: JobProgress) -> BatchResult:
            return render_info_packs(packs, settings, out, progress=progress.report)

        def made(result: BatchResult, _progress: JobProgress) -> None:
            if result.cancelled or result.path is None:
                text = self.tr(
                    "Gestopt: er is niets gemaakt en niets als verstuurd gemarkeerd. Klik "
                    "opnieuw op ‘Pakketten maken’ als u toch wilt doorgaan."
                )
                _set_level(self.ui.progressLabel, "warning", text)
                self.preview.show_message(text)
            elif self.preview.load(result.path):
                self.batch = _Batch(
                    ids=[p.request_id for p in packs], packs=result.packs, pages=result.pages
                )
                head = (
                    self.tr("1 informatiepakket")
                    if result.packs == 1
                    else self.tr("{n} informatiepakketten").format(n=_number(result.packs))
                )
                _set_level(
                    self.ui.progressLabel,
                    "done",
                    self.tr("{head} gemaakt, {pages}. Bekijk ze rechts.").format(
                        head=head, pages=_pages_text(result.pages)
                    ),
                )
                _set_level(
                    self.ui.resultLabel,
                    "",
                    self.tr(
                        "Sla de pakketten op of druk ze af. Daarna markeert u ze als verstuurd."
                    ),
                )
            self._update_controls()

        def failed(error: BaseException) -> None:
            message = error.message if isinstance(error, UserError) else self.tr("Maken mislukt.")
            _set_level(self.ui.progressLabel, "error", message)
            self.preview.show_message(message)
            if not isinstance(error, UserError):
                report_failure(error, self)
            self._update_controls()

        self.runner.start(
            work,
            describe=lambda done, total: (
                self.tr("Pakket {done} van {total} wordt gemaakt…").format(
                    done=_number(min(done + 1, total)), total=_number(total)
                )
                if total
                else self.tr("De pakketten worden gemaakt…")
            ),
            on_done=made,
            on_failure=failed,
        )
        self._update_controls()

    def cancel(self) -> None:
        """Stop what is being made or printed (the Annuleren button)."""
        self.runner.cancel()

    def _forget_batch(self, text: str) -> None:
        self.batch = None
        self.marked = False
        self._delivered.clear()
        self.preview.show_message(text)
        _set_level(self.ui.resultLabel, "", "")
        _set_level(self.ui.progressLabel, "", "")

    # ----------------------------------------------------------------- step 4: deliver

    def _record(self, kind: str) -> None:
        """Audit lines for a save or print (runs in the background)."""
        from utregs_plekkie.storage.packs_data import ENTITY_REQUEST, record_printed

        batch = self.batch
        if batch is None:
            return
        detail = (
            "informatiepakket opgeslagen als PDF"
            if kind == "saved"
            else "informatiepakket afgedrukt"
        )
        record_printed(self.db, ENTITY_REQUEST, batch.ids, detail, username=self.username)

    def _delivered_to_user(self, kind: str, sentence: str) -> None:
        self._delivered.add(kind)
        if self.marked:
            _set_level(self.ui.resultLabel, "done", sentence)
        else:
            _set_level(
                self.ui.resultLabel,
                "done",
                sentence
                + "\n"
                + self.tr("Gaan de pakketten de deur uit? Klik dan op ‘Markeren als verstuurd’."),
            )
            self._ask_to_mark()
        self._update_controls()
        self.ui.markButton.setDefault(not self.marked)

    def _ask_to_mark(self) -> None:
        batch = self.batch
        if batch is None or self.marked or self.mark_question is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Pakketten versturen"))
        box.setText(self.tr("Gaan deze pakketten de deur uit?"))
        box.setInformativeText(
            self.tr(
                "Markeer dan de {n} aanvragen als ‘pakket verstuurd’ met de datum van vandaag "
                "({date}). Zo krijgen ze geen tweede pakket."
            ).format(n=_number(len(batch.ids)), date=_today_text())
        )
        mark = box.addButton(self.tr("Markeren als verstuurd"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Nog niet"), QMessageBox.ButtonRole.RejectRole)
        mark.setAccessibleName(mark.text())
        later.setAccessibleName(later.text())
        box.setDefaultButton(mark)
        box.setEscapeButton(later)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self.mark_question = None
            if box.clickedButton() is mark:
                self.mark_sent()

        box.finished.connect(answered)
        self.mark_question = box
        box.open()

    def mark_sent(self) -> None:
        """Record each request of the batch as "pakket verstuurd" with today's date."""
        batch = self.batch
        if batch is None or self.marked or self._marking or not self._delivered:
            return
        from utregs_plekkie.storage.packs_data import (
            MarkResult,
            mark_packs_sent,
            pending_requests,
        )

        db, ids, who = self.db, list(batch.ids), self.username
        self._marking = True
        self._update_controls()

        def work() -> tuple[MarkResult, int]:
            return mark_packs_sent(db, ids, username=who), len(pending_requests(db))

        def done(outcome: tuple[MarkResult, int]) -> None:
            result, pending = outcome
            self._marking = False
            self.marked = True
            text = (
                self.tr("1 aanvraag gemarkeerd als ‘pakket verstuurd’ op {date}.")
                if result.marked == 1
                else self.tr("{n} aanvragen gemarkeerd als ‘pakket verstuurd’ op {date}.")
            ).format(n=_number(result.marked), date=_today_text())
            if result.skipped:
                text += " " + self.tr(
                    "Niet gemarkeerd (intussen verwijderd, samengevoegd of geanonimiseerd): {ids}."
                ).format(ids=", ".join(str(i) for i in result.skipped))
            _set_level(self.ui.resultLabel, "done", text)
            self._set_choice_texts(pending)
            self._update_controls()
            self.packs_marked.emit([i for i in ids if i not in set(result.skipped)])

        def failed(error: BaseException) -> None:
            self._marking = False
            if isinstance(error, StaleRecordError | UserError):
                _set_level(self.ui.resultLabel, "error", error.message)
            else:
                report_failure(error, self)
            self._update_controls()

        run_in_background(work, owner=self, on_success=done, on_failure=failed)

    # ----------------------------------------------------------------- more windows

    def open_labels(self) -> LabelsDialog | None:
        check = self.check
        if check is None or not check.ids or check.problem is not None:
            return None
        ids = self.batch.ids if self.batch is not None else check.ids
        return open_labels(self, self.db, ids, username=self.username)

    def open_settings(self) -> QDialog:
        from utregs_plekkie.gui.pack_settings_dialog import open_pack_settings

        dialog = open_pack_settings(self, self.db, username=self.username)
        dialog.saved.connect(self._settings_saved)
        return dialog

    def _settings_saved(self, _settings: object) -> None:
        # What was made used the old texts: check (and make) again.
        self.start_check()

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()

    def _closed(self, _result: int) -> None:
        self.runner.cancel()
        self.preview.close_document()
        self.scratch.close()


# --------------------------------------------------------------------------- smaller dialogs


class _PdfDialog(QDialog):
    """A dialog that makes one PDF in the background and shows, saves and prints it."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        *,
        username: str | None,
        title: str,
        file_stem: str,
        empty_text: str,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.username = username or SYSTEM_USER
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(_STYLE)
        self.scratch = _Scratch()
        self.made: BatchResult | None = None  # the PDF shown, once made

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        outer.addWidget(self.intro)
        self.controls = QHBoxLayout()
        outer.addLayout(self.controls)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Voortgang"))
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Maken annuleren"))
        self.cancel_button.setAutoDefault(False)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label, 2)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)

        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        outer.addWidget(self.warning_label)
        self.missing_list = QListWidget(self)
        self.missing_list.setAccessibleName(self.tr("Ontbrekende gegevens"))
        self.missing_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.missing_list.hide()
        outer.addWidget(self.missing_list)

        self.preview = PdfPreview(empty_text, self)
        outer.addWidget(self.preview, 1)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        outer.addWidget(self.result_label)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Opslaan als PDF"))
        self.print_button = QPushButton(self.tr("Afdrukken…"), self)
        self.print_button.setAccessibleName(self.tr("Afdrukken"))
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.runner = JobRunner(
            self, self.progress_bar, self.progress_label, self.cancel_button, self.scratch
        )
        self.output = PdfOutput(
            self,
            self.preview,
            self.runner,
            file_stem=file_stem,
            document_title=title,
            record=self.record,
            message=self.result_label,
        )
        self.output.delivered.connect(self._delivered)
        self.output.changed.connect(self._update_controls)
        self.save_button.clicked.connect(self.output.save_as)
        self.print_button.clicked.connect(self.output.print_document)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._closed)
        # Also when the dialog goes without being closed (the program quits).
        scratch = self.scratch
        self.destroyed.connect(lambda *_args: scratch.close())
        self.progress_label.hide()

    # for subclasses
    def record(self, kind: str) -> None:
        raise NotImplementedError

    def _delivered(self, _kind: str, sentence: str) -> None:
        _set_level(self.result_label, "done", sentence)
        self._update_controls()

    def _update_controls(self) -> None:
        made = self.made is not None and self.preview.path is not None
        self.save_button.setEnabled(made and not self.output.busy)
        self.print_button.setEnabled(made and not self.output.busy)
        (self.print_button if made else self.close_button).setDefault(True)

    def _show_result(self, result: BatchResult, done_text: str) -> None:
        if result.cancelled or result.path is None:
            self.made = None
            text = self.tr("Gestopt: er is niets gemaakt.")
            _set_level(self.progress_label, "warning", text)
            self.preview.show_message(text)
        elif self.preview.load(result.path):
            self.made = result
            _set_level(self.progress_label, "done", done_text)
        self._update_controls()

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else self.tr("Maken mislukt.")
        _set_level(self.progress_label, "error", message)
        self.preview.show_message(message)
        if not isinstance(error, UserError):
            report_failure(error, self)
        self._update_controls()

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()

    def _closed(self, _result: int) -> None:
        self.runner.cancel()
        self.preview.close_document()
        self.scratch.close()


class LabelsDialog(_PdfDialog):
    """Address labels for a batch of requests, on A4 sheets of 3 x 7 labels."""

    def __init__(
        self,
        db: Database,
        request_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        username: str | None = None,
    ) -> None:
        super().__init__(
            db,
            parent,
            username=username,
            title=QCoreApplication.translate("LabelsDialog", "Adresetiketten"),
            file_stem=QCoreApplication.translate("LabelsDialog", "adresetiketten"),
            empty_text=QCoreApplication.translate("LabelsDialog", "De etiketten worden gemaakt…"),
        )
        self.request_ids = list(dict.fromkeys(int(i) for i in request_ids))
        count = len(self.request_ids)
        self.intro.setText(
            self.tr(
                "Etiketten voor {n} aanvragen, op A4-vellen met 3 × 7 etiketten van "
                "70 × 42,3 mm. Is het vel al deels gebruikt? Kies dan het eerste vrije etiket "
                "(1 is linksboven, 21 rechtsonder)."
            ).format(n=_number(count))
            if count != 1
            else self.tr(
                "Een etiket voor 1 aanvraag, op een A4-vel met 3 × 7 etiketten van "
                "70 × 42,3 mm. Kies het eerste vrije etiket op het vel (1 is linksboven, "
                "21 rechtsonder)."
            )
        )
        caption = QLabel(self.tr("Eerste vrije etiket:"), self)
        self.first_spin = QSpinBox(self)
        self.first_spin.setRange(1, PER_SHEET)
        self.first_spin.setAccessibleName(self.tr("Eerste vrije etiket op het vel"))
        self.first_spin.setKeyboardTracking(False)
        caption.setBuddy(self.first_spin)
        self.controls.addWidget(caption)
        self.controls.addWidget(self.first_spin)
        self.controls.addStretch(1)
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(300)
        self._again.timeout.connect(self.make)
        self.first_spin.valueChanged.connect(lambda _value: self._again.start())
        QWidget.setTabOrder(self.first_spin, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.preview.previous_button)
        _fit_to_screen(self, 900, 820)
        self._update_controls()
        self.make()

    def make(self) -> None:
        if self.runner.running:
            self._again.start()  # again once this one is done
            return
        from utregs_plekkie.packs.labels import missing_fields, render_labels
        from utregs_plekkie.storage.packs_data import labels_for_requests

        db, ids = self.db, list(self.request_ids)
        first = self.first_spin.value()
        out = self.scratch.new_file("adresetiketten")
        self.made = None
        self.preview.show_message(self.tr("De etiketten worden gemaakt…"))

        def work(progress: JobProgress) -> tuple[BatchResult, list[str]]:
            labels = labels_for_requests(db, ids)
            lines: list[str] = []
            for entry in missing_fields(labels):
                line = QCoreApplication.translate("PacksDialog", "{subject}: {fields}").format(
                    subject=entry.subject, fields=entry.field
                )
                lines.append(line)
            return render_labels(labels, out, first_position=first, progress=progress.report), lines

        def made(outcome: tuple[BatchResult, list[str]], _progress: JobProgress) -> None:
            result, lines = outcome
            merged = _merge_lines(lines)
            _show_missing(self.missing_list, merged[:MAX_MISSING_LINES])
            _set_level(
                self.warning_label,
                "warning",
                self.tr(
                    "Let op: bij sommige adressen ontbreken gegevens; daar staat ‹ontbreekt: …› "
                    "op het etiket. Vul ze aan bij de aanvraag en maak de etiketten opnieuw."
                )
                if merged
                else "",
            )
            sheets = (
                self.tr("1 vel")
                if result.pages == 1
                else self.tr("{n} vellen").format(n=_number(result.pages))
            )
            self._show_result(
                result,
                self.tr("{n} etiketten op {sheets}.").format(
                    n=_number(result.packs), sheets=sheets
                ),
            )

        self.runner.start(
            work,
            describe=lambda done, total: (
                self.tr("Etiket {done} van {total}").format(
                    done=_number(done), total=_number(total)
                )
                if total
                else self.tr("De etiketten worden gemaakt…")
            ),
            on_done=made,
            on_failure=self._failed,
        )
        self._update_controls()

    def record(self, kind: str) -> None:
        from utregs_plekkie.storage.packs_data import ENTITY_REQUEST, record_printed

        detail = "adresetiket opgeslagen als PDF" if kind == "saved" else "adresetiket afgedrukt"
        record_printed(self.db, ENTITY_REQUEST, self.request_ids, detail, username=self.username)


def _merge_lines(lines: Sequence[str]) -> list[str]:
    """``["A: straat", "A: huisnummer"]`` -> ``["A: straat, huisnummer"]``, in order."""
    merged: dict[str, list[str]] = {}
    for line in lines:
        subject, _sep, field = line.rpartition(": ")
        merged.setdefault(subject, [])
        if field not in merged[subject]:
            merged[subject].append(field)
    return [f"{subject}: {', '.join(fields)}" for subject, fields in merged.items()]


class IntakePackDialog(_PdfDialog):
    """The intake pack of one household: made, checked, previewed, saved or printed."""

    def __init__(
        self,
        db: Database,
        household_id: int,
        parent: QWidget | None = None,
        *,
        username: str | None = None,
    ) -> None:
        super().__init__(
            db,
            parent,
            username=username,
            title=QCoreApplication.translate("IntakePackDialog", "Intakepakket"),
            file_stem=QCoreApplication.translate("IntakePackDialog", "intakepakket"),
            empty_text=QCoreApplication.translate(
                "IntakePackDialog", "Het intakepakket wordt gemaakt…"
            ),
        )
        self.household_id = household_id
        self.intro.setText(self.tr("Het intakepakket wordt gemaakt…"))
        self.controls.addStretch(1)
        QWidget.setTabOrder(self.cancel_button, self.preview.previous_button)
        _fit_to_screen(self, 900, 860)
        self._update_controls()
        self.make()

    def make(self) -> None:
        from utregs_plekkie.packs.batch import render_intake_packs
        from utregs_plekkie.storage.packs_data import intake_pack_data, load_pack_settings

        db, household_id = self.db, self.household_id
        out = self.scratch.new_file("intakepakket")

        def work(progress: JobProgress) -> tuple[BatchResult, IntakePackData, PackSettings]:
            settings = load_pack_settings(db)
            data = intake_pack_data(db, household_id)
            result = render_intake_packs([data], settings, out, progress=progress.report)
            return result, data, settings

        def made(
            outcome: tuple[BatchResult, IntakePackData, PackSettings], _progress: JobProgress
        ) -> None:
            result, data, settings = outcome
            title = self.tr("Intakepakket voor {name}").format(name=data.household_name)
            self.setWindowTitle(title)
            self.setAccessibleName(title)
            self.intro.setText(
                self.tr(
                    "Het intakepakket voor {name}: hun gegevens, de checklist, de trainingen "
                    "en het toestemmingsformulier. Controleer het, en sla het op of druk het af."
                ).format(name=data.household_name)
            )
            affected, lines = describe_missing([data], settings)
            warnings = [
                w
                for w in (
                    _examples_warning(settings, button=False),
                    _missing_sentence(affected, 1) if affected else "",
                )
                if w
            ]
            _set_level(self.warning_label, "warning", "\n".join(warnings))
            _show_missing(self.missing_list, lines)
            self._show_result(
                result,
                self.tr("Intakepakket gemaakt, {pages}.").format(pages=_pages_text(result.pages)),
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.intro.setText(error.message)
            self._failed(error)

        self.runner.start(
            work,
            describe=lambda done, total: self.tr("Het intakepakket wordt gemaakt…"),
            on_done=made,
            on_failure=failed,
        )
        self._update_controls()

    def record(self, kind: str) -> None:
        from utregs_plekkie.storage.packs_data import ENTITY_HOUSEHOLD, record_printed

        detail = "intakepakket opgeslagen als PDF" if kind == "saved" else "intakepakket afgedrukt"
        record_printed(
            self.db, ENTITY_HOUSEHOLD, [self.household_id], detail, username=self.username
        )


# --------------------------------------------------------------------------- opening


def _open(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()


def open_packs_dialog(
    parent: QWidget | None,
    db: Database,
    request_ids: Sequence[int] | None = None,
    *,
    on_marked: Callable[[list[int]], None] | None = None,
    username: str | None = None,
) -> PacksDialog:
    """Open the packs dialog (window-modal, without blocking the caller).

    ``request_ids``: the requests selected on the Aanvragen page (the dialog then
    starts with "De geselecteerde aanvragen"); without them, all new requests without
    a pack. ``on_marked(ids)`` is called after requests were marked as sent.
    """
    dialog = PacksDialog(db, request_ids, parent, username=username)
    if on_marked is not None:
        dialog.packs_marked.connect(on_marked)
    _open(dialog)
    return dialog


def open_labels(
    parent: QWidget | None,
    db: Database,
    request_ids: Sequence[int],
    *,
    username: str | None = None,
) -> LabelsDialog:
    """Open the address labels of ``request_ids`` (made at once, then previewed)."""
    dialog = LabelsDialog(db, request_ids, parent, username=username)
    _open(dialog)
    return dialog


def open_intake_pack(
    parent: QWidget | None,
    db: Database,
    household_id: int,
    *,
    username: str | None = None,
) -> IntakePackDialog:
    """Open the intake pack of one household (made at once, then previewed)."""
    dialog = IntakePackDialog(db, household_id, parent, username=username)
    _open(dialog)
    return dialog
