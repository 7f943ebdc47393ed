"""Importing requests from the window (Bestand → Aanvragen importeren…).

:class:`ImportDialog` goes through four steps in one window:

1. the file is read in the background (CSV in any of the usual Dutch forms, or XLSX);
2. the preview: every column of the file with an example and what it will be read
   as (recognised headers are filled in, the rest can be chosen from a list), the
   first rows with the reason each would be rejected, and the choice what to do with
   requests that are already known (skip, or merge into the existing request);
3. the import, off the GUI thread, with a progress bar and Annuleren (what was read
   before a cancel is kept; importing again adds nothing twice);
4. the summary line (``1200 gelezen, 1150 toegevoegd, 30 dubbel, 20 afgewezen``), the
   duplicate and rejected rows with their reasons, and "Rapport opslaan…" to write
   them to a CSV or XLSX file.

The preview page (2) is :class:`~.preview.PreviewPage`, the running page (3) is
:class:`~.running.ImportProgressView`, driven by ``run_operation``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Permission, require
from utregs_plekkie.exchange.mapping import ImportField
from utregs_plekkie.exchange.reading import SheetData, read_sheet
from utregs_plekkie.exchange.request_import import (
    ImportOptions,
    ImportPreview,
    ImportResult,
    import_sheet,
    preview_import,
    write_report,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure, show_user_error
from utregs_plekkie.gui.households.widgets import MessageBar, heading, hint
from utregs_plekkie.gui.operations import run_operation
from utregs_plekkie.gui.requests.exchange.common import _documents
from utregs_plekkie.gui.requests.exchange.preview import PreviewPage
from utregs_plekkie.gui.requests.exchange.running import ImportProgressView
from utregs_plekkie.gui.workers import run_in_background

translate = QCoreApplication.translate

#: Rows shown in the preview.
PREVIEW_ROWS = 20
#: Lines of duplicate and rejected rows shown after the import (all are in the report).
SHOWN_LINES = 500


class ImportDialog(QDialog):
    """Preview, mapping, import with progress, summary and report; see the module."""

    #: The import ended (also after a cancel): the ImportResult.
    imported = Signal(object)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.path = path
        self.sheet: SheetData | None = None
        self.preview: ImportPreview | None = None
        # Not ``result``: that would hide QDialog.result().
        self.import_result: ImportResult | None = None
        self.setObjectName("importDialog")
        title = translate("RequestExchange", "Aanvragen importeren")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.heading = heading(
            translate("RequestExchange", "Aanvragen importeren uit {name}").format(name=path.name),
            self,
        )
        layout.addWidget(self.heading)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps, 1)

        # 1. reading
        self.reading = QLabel(
            translate("RequestExchange", "Het bestand wordt gelezen…"), self.steps
        )
        self.reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.steps.addWidget(self.reading)

        # 2. preview and mapping
        self.preview_page = PreviewPage(self.steps)
        self.preview_page.mapping_changed.connect(self._mapping_changed)
        self.steps.addWidget(self.preview_page)
        self.file_info = self.preview_page.file_info
        self.problems = self.preview_page.problems
        self.rows = self.preview_page.rows
        self.merge_duplicates = self.preview_page.merge_duplicates

        # 4. done
        done = QWidget(self.steps)
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = heading("", done, scale=1.25)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        done_layout.addWidget(self.summary)
        self.after_notes = hint("", done)
        self.after_notes.setObjectName("importNotes")
        done_layout.addWidget(self.after_notes)
        self.lines = QPlainTextEdit(done)
        self.lines.setObjectName("importLines")
        self.lines.setReadOnly(True)
        self.lines.setAccessibleName(
            translate("RequestExchange", "Dubbele en afgewezen rijen met de reden")
        )
        done_layout.addWidget(self.lines, 1)
        self.done_page = done
        self.steps.addWidget(done)

        buttons = QHBoxLayout()
        self.report_button = QPushButton(translate("RequestExchange", "Rapport opslaan…"), self)
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(self.save_report)
        self.report_button.hide()
        self.cancel_button = QPushButton(translate("RequestExchange", "Annuleren"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button = QPushButton(translate("RequestExchange", "Importeren"), self)
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

        # 3. running (its page goes between the preview and the summary)
        self.progress_view = ImportProgressView(self.steps, self.cancel_button)
        self.running_page = self.progress_view.page
        self.steps.insertWidget(2, self.running_page)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 74, 720)
        self._read()

    # ----------------------------------------------------------------- 1. reading

    def _read(self) -> None:
        path = self.path

        def work() -> tuple[SheetData, ImportPreview]:
            sheet = read_sheet(path)
            return sheet, preview_import(sheet, limit=PREVIEW_ROWS)

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.reading.setText(error.message)
                self.reading.setWordWrap(True)
                self.bar.show_message(
                    translate(
                        "RequestExchange",
                        "Het bestand kan niet worden ingelezen. Kies een ander bestand.",
                    ),
                    "error",
                )
                self.cancel_button.setText(translate("RequestExchange", "Sluiten"))
            else:
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=self._read_done, on_failure=failed)

    def _read_done(self, result: tuple[SheetData, ImportPreview]) -> None:
        sheet, preview = result
        self.sheet = sheet
        self.preview_page.show_file(sheet)
        self.preview_page.build_mapping(sheet, preview)
        self.steps.setCurrentWidget(self.preview_page)
        self._show_preview(preview)

    # ----------------------------------------------------------------- 2. preview

    def overrides(self) -> dict[str, str | None]:
        """The user's mapping: every column, with its field or None (left out)."""
        return self.preview_page.overrides()

    def set_mapping(self, header: str, target: ImportField | None) -> None:
        """Choose what column ``header`` is read as (keyboard users and tests)."""
        self.preview_page.set_mapping(header, target)

    def mapped_fields(self) -> dict[str, ImportField | None]:
        """What each column will be read as, as the dialog shows it now."""
        return self.preview_page.mapped_fields()

    def _mapping_changed(self) -> None:
        if self.sheet is None:
            return
        try:
            preview = preview_import(self.sheet, self.overrides(), limit=PREVIEW_ROWS)
        except UserError as error:
            self.preview = None
            self.preview_page.set_problems([error.message])
            self.import_button.setEnabled(False)
            return
        self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.import_button.setEnabled(self.preview_page.show_preview(preview))

    # ----------------------------------------------------------------- 3. running

    def start(self) -> None:
        if self.running or self.sheet is None or self.preview is None or self.preview.problems:
            return
        actor = self.ctx.actor
        try:
            require(actor, Permission.IMPORT)
        except UserError as refused:
            show_user_error(refused, self)
            return
        options = ImportOptions(
            merge_duplicates=self.merge_duplicates.isChecked(), mapping=self.overrides()
        )
        db, sheet = self.db, self.sheet
        self.steps.setCurrentWidget(self.running_page)
        self.import_button.setEnabled(False)
        self.progress_view.expect(len(sheet.rows))

        def back_to_preview() -> None:
            self.steps.setCurrentWidget(self.preview_page)
            self.import_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            back_to_preview()
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        # A cancelled import ends with its result (what was read stays), not an error.
        run_operation(
            lambda progress: import_sheet(db, sheet, options, actor=actor, progress=progress),
            parent=self,
            title=translate("RequestExchange", "Aanvragen importeren"),
            on_success=self._done,
            on_failure=failed,
            on_cancelled=back_to_preview,
            view=self.progress_view,
        )

    @property
    def running(self) -> bool:
        """Whether the import is under way."""
        return self.progress_view.running

    def cancel(self) -> None:
        """Annuleren: stop a running import (what was read stays), else close."""
        if self.progress_view.stop():
            return
        self.reject()

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    # ----------------------------------------------------------------- 4. done

    def _done(self, result: ImportResult) -> None:
        self.import_result = result
        self.cancel_button.setText(translate("RequestExchange", "Sluiten"))
        self.import_button.hide()
        self.summary.setText(result.summary())
        self.summary.setAccessibleName(result.summary())
        notes = [result.cancel_note(), *result.notes]
        if result.created_events:
            notes.append(
                translate("RequestExchange", "Nieuwe evenementen aangemaakt: {names}.").format(
                    names=", ".join(result.created_events)
                )
            )
        if result.rows:
            notes.append(
                translate(
                    "RequestExchange",
                    "Hieronder staan de dubbele en afgewezen rijen met de reden. Sla het rapport "
                    "op om ze na te lopen of te verbeteren.",
                )
            )
        self.after_notes.setText("\n".join(n for n in notes if n))
        lines = result.lines()
        shown = lines[:SHOWN_LINES]
        if len(lines) > SHOWN_LINES:
            shown.append(
                translate("RequestExchange", "… en nog {n} rijen: zie het rapport.").format(
                    n=len(lines) - SHOWN_LINES
                )
            )
        self.lines.setPlainText(
            "\n".join(shown) or translate("RequestExchange", "Geen dubbele of afgewezen rijen.")
        )
        self.report_button.setVisible(True)
        self.report_button.setEnabled(bool(result.rows))
        self.steps.setCurrentWidget(self.done_page)
        if result.cancelled:
            self.bar.show_message(result.cancel_note(), "warning")
        elif result.rejected:
            head = (
                translate("RequestExchange", "1 rij is afgewezen.")
                if result.rejected == 1
                else translate("RequestExchange", "{n} rijen zijn afgewezen.").format(
                    n=result.rejected
                )
            )
            self.bar.show_message(
                head
                + " "
                + translate(
                    "RequestExchange",
                    "Sla het rapport op, verbeter die rijen in het bestand en importeer het "
                    "opnieuw: wat er al in staat, komt er niet dubbel in.",
                ),
                "warning",
            )
        else:
            self.bar.dismiss()
        self.imported.emit(result)

    def default_report_name(self) -> str:
        return f"importrapport-{Path(self.path).stem}-{clock.today().isoformat()}.csv"

    def save_report(self, path: Path | None = None) -> None:
        """Write the duplicate and rejected rows to a file the user chooses."""
        result = self.import_result
        if result is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                translate("RequestExchange", "Importrapport opslaan"),
                str(_documents() / self.default_report_name()),
                translate("RequestExchange", "CSV-bestand (*.csv);;Excel-werkmap (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".csv")
        target = path

        def done(rows: int) -> None:
            self.report_button.setEnabled(True)
            self.bar.show_message(
                translate("RequestExchange", "Rapport opgeslagen: {path} ({n} rijen).").format(
                    path=target, n=rows
                ),
                "success",
            )

        def failed(error: BaseException) -> None:
            self.report_button.setEnabled(True)
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            elif isinstance(error, OSError):
                self.bar.show_message(
                    translate(
                        "RequestExchange",
                        "Het rapport kon niet worden opgeslagen ({reason}). Kies een andere map.",
                    ).format(reason=error.strerror or error),
                    "error",
                )
            else:
                report_failure(error, self)

        self.report_button.setEnabled(False)
        run_in_background(
            lambda: write_report(result, target), owner=self, on_success=done, on_failure=failed
        )


def choose_import_file(parent: QWidget | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("RequestExchange", "Aanvragen importeren"),
        str(_documents()),
        translate("RequestExchange", "Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
    )
    return Path(chosen) if chosen else None


def open_import(
    ctx: AppContext,
    parent: QWidget | None,
    path: Path | None = None,
    *,
    on_imported: Callable[[ImportResult], None] | None = None,
) -> ImportDialog | None:
    """Choose a file (unless ``path`` is given) and open the import dialog for it."""
    target = path or choose_import_file(parent)
    if target is None:
        return None
    dialog = ImportDialog(ctx, target, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.open()
    return dialog
