"""The one reader for the lists people import: CSV (any of the encodings and separators
Excel writes), XLSX and ODS, as a :class:`SheetData` or a Dutch sentence, never a traceback.

Row numbers are the ones a spreadsheet program shows (the header is row 1 when it is the
first line), so a report can point the user to the right line; every import reads its
file with :func:`read_sheet`.
"""

from utregs_plekkie.exchange.reading.cells import (
    FORMULA_PREFIXES,
    CellValue,
    cell_text,
    header_key,
)
from utregs_plekkie.exchange.reading.delimited import read_csv_bytes
from utregs_plekkie.exchange.reading.files import MAX_BYTES, read_sheet
from utregs_plekkie.exchange.reading.sheet import SheetData, SheetRow
from utregs_plekkie.exchange.reading.workbooks import read_ods, read_xlsx

__all__ = [
    "FORMULA_PREFIXES",
    "MAX_BYTES",
    "CellValue",
    "SheetData",
    "SheetRow",
    "cell_text",
    "header_key",
    "read_csv_bytes",
    "read_ods",
    "read_sheet",
    "read_xlsx",
]
