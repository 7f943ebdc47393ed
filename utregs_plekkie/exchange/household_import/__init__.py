"""Importing lists of foster and support families (CSV, XLSX, ODS): the columns, a row,
duplicates, writing in batches in the actor's name, the row report and the template."""

from utregs_plekkie.exchange.household_import.columns import COLUMNS, Column
from utregs_plekkie.exchange.household_import.files import (
    REPORT_HEADERS,
    template_notes,
    write_import_report,
    write_template,
)
from utregs_plekkie.exchange.household_import.results import (
    ImportResult,
    RowResult,
    RowStatus,
    label_status,
)
from utregs_plekkie.exchange.household_import.writing import BATCH, import_households

__all__ = [
    "BATCH",
    "COLUMNS",
    "REPORT_HEADERS",
    "Column",
    "ImportResult",
    "RowResult",
    "RowStatus",
    "import_households",
    "label_status",
    "template_notes",
    "write_import_report",
    "write_template",
]
