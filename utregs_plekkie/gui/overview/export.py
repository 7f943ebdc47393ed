"""Saving the overview: the report as PDF, the figures as XLSX or CSV.

The user picks a file (``QFileDialog``); the file is written on a worker thread (the
report with progress per section), then an audit line records it
(:func:`utregs_plekkie.storage.overview.record_output`) and the page says where the
file is. What is saved is the overview on the screen, so paper and screen agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.overview import Overview
from utregs_plekkie.core.permissions import Permission, require
from utregs_plekkie.exchange.overview_export import write_overview_csv, write_overview_xlsx
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import Progress, run_operation
from utregs_plekkie.packs.overview_report import report_file_name, write_overview_report
from utregs_plekkie.storage.overview import record_output

__all__ = ["ExportController", "Saved", "default_folder"]

_last_folder: Path | None = None


def default_folder() -> Path:
    """Where the save dialog opens: the last folder used, else the documents folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _remember(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


@dataclass(frozen=True)
class Saved:
    kind: str  # "pdf", "xlsx" or "csv"
    path: Path
    #: pages (pdf), sheets (xlsx) or figures (csv)
    count: int


class _SavingView:
    """Where saving shows its progress: the controller's signals, which the page turns
    into "Bezig met opslaan… (n%)" in its message bar (a ProgressView of
    :func:`~utregs_plekkie.gui.operations.run_operation`; saving cannot be stopped)."""

    def __init__(self, controller: ExportController) -> None:
        self._controller = controller

    def begin(self, cancel: Callable[[], None] | None) -> None:
        self._controller._set_busy(True)

    def show(self, done: int, total: int) -> None:
        self._controller.progressed.emit(done, total)

    def stopping(self) -> None:
        pass

    def end(self) -> None:
        self._controller._set_busy(False)


class ExportController(QObject):
    """Asks for a file name, writes in the background, audits, reports back."""

    busy_changed = Signal(bool)
    progressed = Signal(int, int)
    #: the file was written (a :class:`Saved`)
    saved = Signal(object)
    #: writing failed with a sentence the user can act on
    failed = Signal(str)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.db = ctx.db
        self._widget = widget
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    # ----------------------------------------------------------------- choosing

    def _ask(self, title: str, name: str, filters: list[str]) -> tuple[Path, str] | None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._widget, title, str(default_folder() / name), ";;".join(filters)
        )
        if not chosen:
            return None
        return Path(chosen), chosen_filter

    def save_report(self, overview: Overview, path: Path | None = None) -> bool:
        """ "Rapport opslaan als PDF…": returns False when nothing is written (cancelled
        or busy)."""
        if self._busy:
            return False
        if path is None:
            answer = self._ask(
                self.tr("Rapport opslaan als PDF"),
                report_file_name(overview),
                [self.tr("PDF-bestanden (*.pdf)")],
            )
            if answer is None:
                return False
            path = answer[0]
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._write("pdf", overview, path)
        return True

    def export_figures(self, overview: Overview, path: Path | None = None) -> bool:
        """ "Cijfers exporteren (XLSX/CSV)…": the kind follows the chosen file type."""
        if self._busy:
            return False
        try:
            require(self.ctx.actor, Permission.EXPORT)
        except UserError as error:
            self.failed.emit(error.message)
            return False
        csv_filter = self.tr("CSV-bestand, gescheiden door puntkomma's (*.csv)")
        if path is None:
            answer = self._ask(
                self.tr("Cijfers exporteren"),
                report_file_name(overview).removesuffix(".pdf") + ".xlsx",
                [self.tr("Excel-werkmap (*.xlsx)"), csv_filter],
            )
            if answer is None:
                return False
            path, chosen_filter = answer
            if path.suffix.lower() not in (".xlsx", ".csv"):
                suffix = ".csv" if chosen_filter == csv_filter else ".xlsx"
                path = path.with_name(path.name + suffix)
        elif path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        self._write(path.suffix.lower().lstrip("."), overview, path)
        return True

    # ----------------------------------------------------------------- writing

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _write(self, kind: str, overview: Overview, path: Path) -> None:
        _remember(path.parent)
        db, actor = self.db, self.ctx.actor

        def work(step: Progress) -> Saved:
            if kind == "pdf":
                count = write_overview_report(overview, path, progress=step)
                action, what = AuditAction.PRINT, f"rapport {path}"
            elif kind == "csv":
                step(0, 1)
                count = write_overview_csv(overview, path)
                action, what = AuditAction.EXPORT, f"csv {path}"
            else:
                step(0, 1)
                count = write_overview_xlsx(overview, path)
                action, what = AuditAction.EXPORT, f"xlsx {path}"
            step(1, 1)
            record_output(db, overview, action, what, actor=actor)
            return Saved(kind, path, count)

        def went_wrong(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.failed.emit(error.message)
                return
            if isinstance(error, OSError):
                self.failed.emit(
                    self.tr(
                        "'{pad}' kon niet worden geschreven ({reden}). Kies een andere map "
                        "of sluit het bestand als het nog open staat."
                    ).format(pad=path, reden=error.strerror or error)
                )
                return
            self.failed.emit(self.tr("Het bestand is niet opgeslagen."))
            report_failure(error, self._widget)

        run_operation(
            work,
            parent=self._widget,
            title=(
                self.tr("Rapport opslaan als PDF")
                if kind == "pdf"
                else self.tr("Cijfers exporteren")
            ),
            on_success=self.saved.emit,
            on_failure=went_wrong,
            cancellable=False,
            view=_SavingView(self),
        )
