"""Importing information requests from CSV, XLSX or ODS: the options and results, a row
as the form's input, checking rows (in parallel), writing in batches, and the preview."""

from utregs_plekkie.exchange.request_import.preview import (
    ImportPreview,
    PreviewRow,
    preview_import,
)
from utregs_plekkie.exchange.request_import.results import (
    ImportOptions,
    ImportResult,
    Outcome,
    RowResult,
    write_report,
)
from utregs_plekkie.exchange.request_import.validation import PARALLEL_MIN_ROWS
from utregs_plekkie.exchange.request_import.writing import import_requests, import_sheet

__all__ = [
    "PARALLEL_MIN_ROWS",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "Outcome",
    "PreviewRow",
    "RowResult",
    "import_requests",
    "import_sheet",
    "preview_import",
    "write_report",
]
