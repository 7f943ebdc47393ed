"""Children from a list (CSV, XLSX or ODS) with a report per row, privacy first: the
columns, one cell, one row, writing in the actor's name, the report and the template."""

from utregs_plekkie.exchange.child_import.cells import parse_schedule
from utregs_plekkie.exchange.child_import.columns import COLUMNS, EXAMPLE_CODE, Column
from utregs_plekkie.exchange.child_import.results import (
    ChildImportResult,
    RowReport,
    write_child_template,
    write_report,
)
from utregs_plekkie.exchange.child_import.writing import import_children

__all__ = [
    "COLUMNS",
    "EXAMPLE_CODE",
    "ChildImportResult",
    "Column",
    "RowReport",
    "import_children",
    "parse_schedule",
    "write_child_template",
    "write_report",
]
