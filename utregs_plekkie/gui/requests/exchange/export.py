"""Exporting the requests the list shows (its search and filters) to CSV or XLSX, in the
background with a progress dialog and Stoppen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import require_export
from utregs_plekkie.exchange.export import ExportResult, export_requests
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure, show_user_error
from utregs_plekkie.gui.operations import run_operation
from utregs_plekkie.gui.requests.exchange.common import _documents
from utregs_plekkie.storage.requests import RequestQuery

translate = QCoreApplication.translate


def choose_export_file(parent: QWidget | None) -> Path | None:
    default = _documents() / f"aanvragen-{clock.today().isoformat()}.xlsx"
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("RequestExchange", "Aanvragen exporteren"),
        str(default),
        translate("RequestExchange", "Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx"))
    return path


def export_requests_with_dialog(
    ctx: AppContext,
    parent: QWidget,
    query: RequestQuery,
    path: Path | None = None,
    *,
    on_done: Callable[[str], None] | None = None,
) -> QProgressDialog | None:
    """Write the requests matching ``query`` to a file, with progress and Stoppen.

    ``on_done(sentence)`` gets the outcome in Dutch (also for a cancel or an error the
    user can fix)."""
    db, actor = ctx.db, ctx.actor
    try:
        require_export(actor, "info_requests")
    except UserError as refused:
        show_user_error(refused, parent)
        return None
    target = path or choose_export_file(parent)
    if target is None:
        return None

    def done(result: ExportResult) -> None:
        if on_done is not None:
            on_done(result.summary())

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            if on_done is not None:
                on_done(error.message)
            else:
                show_user_error(error, parent)
        elif isinstance(error, OSError):
            sentence = translate(
                "RequestExchange",
                "Het bestand kon niet worden geschreven ({reason}). Kies een andere map of "
                "sluit het bestand in Excel.",
            ).format(reason=error.strerror or error)
            if on_done is not None:
                on_done(sentence)
        else:
            report_failure(error, parent)

    operation = run_operation(
        lambda progress: export_requests(db, query, target, actor=actor, progress=progress),
        parent=parent,
        title=translate("RequestExchange", "Aanvragen exporteren"),
        label=translate("RequestExchange", "De aanvragen worden geëxporteerd…"),
        on_success=done,
        on_failure=failed,
    )
    return operation.dialog
