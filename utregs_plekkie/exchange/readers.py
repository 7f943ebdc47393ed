"""Reading spreadsheet files people actually have: CSV and XLSX.

CSV: comma, semicolon or tab (detected), UTF-8 with or without BOM, UTF-16 with a
BOM, or Windows-1252 as Dutch Excel writes it; quoted fields may hold line breaks.
XLSX: the first worksheet with data, read with openpyxl in read-only mode.

Whatever the bytes, reading either gives a :class:`SheetData` or raises
:class:`~utregs_plekkie.core.errors.UserError` with a Dutch sentence; it never
crashes. Row numbers are the ones a spreadsheet program shows (the header is row 1),
so a report can point the user to the right line.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

__all__ = [
    "FORMULA_PREFIXES",
    "CellValue",
    "SheetData",
    "SheetRow",
    "cell_text",
    "read_csv_bytes",
    "read_sheet",
    "read_xlsx",
]

log = logging.getLogger(__name__)

CellValue = str | int | float | bool | datetime | date | time | None

#: What an export puts an apostrophe before (formula injection); read back without it.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_DELIMITERS = (";", ",", "\t")
_SNIFF_RECORDS = 50
# A field may hold a long note, but not a whole file glued together by one lost quote.
_FIELD_LIMIT = 1_000_000
_MAX_COLUMNS = 500
_XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class SheetRow:
    """One data row: its number as a spreadsheet shows it, and its cells."""

    number: int
    cells: tuple[CellValue, ...]


@dataclass
class SheetData:
    """A file's header and its non-empty data rows."""

    name: str
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[SheetRow]
    encoding: str | None = None
    delimiter: str | None = None
    #: Rows that held nothing at all (not counted as read).
    blank_rows: int = 0
    notes: list[str] = field(default_factory=list)

    def texts(self, row: SheetRow) -> list[str]:
        """The row's cells as text, one per header (missing cells are empty)."""
        texts = [cell_text(value) for value in row.cells[: len(self.headers)]]
        return texts + [""] * (len(self.headers) - len(texts))


def cell_text(value: CellValue) -> str:
    """A cell as the text a user would see (Dutch dates, no ``.0`` on whole numbers)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _unescape(value)
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return value.strftime("%H:%M")


def _unescape(text: str) -> str:
    """Undo the export's apostrophe (see ``exchange.export.escape_cell``): one is taken
    off before a formula character, or before an apostrophe that itself precedes one."""
    if len(text) > 1 and text[0] == "'":
        rest = text[1:]
        if rest[0] in FORMULA_PREFIXES or (
            rest[0] == "'" and len(rest) > 1 and rest[1] in FORMULA_PREFIXES
        ):
            return rest
    return text


def _unreadable(name: str, reason: str) -> UserError:
    return UserError(
        _("Het bestand '{name}' kan niet worden gelezen: {reason}").format(name=name, reason=reason)
    )


def read_sheet(path: str | os.PathLike[str]) -> SheetData:
    """Read a CSV or XLSX file (by its content, not only its name)."""
    file = Path(path)
    name = file.name
    suffix = file.suffix.lower()
    if suffix == ".xls":
        raise _unreadable(
            name,
            _("dit is het oude Excel-formaat. Sla het bestand in Excel op als .xlsx of .csv."),
        )
    try:
        with file.open("rb") as handle:
            head = handle.read(4)
    except FileNotFoundError:
        raise UserError(
            _("Het bestand '{path}' bestaat niet. Controleer de naam en de map.").format(
                path=str(file)
            )
        ) from None
    except IsADirectoryError:
        raise UserError(
            _("'{path}' is een map, geen bestand. Kies een .csv- of .xlsx-bestand.").format(
                path=str(file)
            )
        ) from None
    except OSError as exc:
        raise _unreadable(name, exc.strerror or str(exc)) from None
    if head == _XLSX_MAGIC or suffix in (".xlsx", ".xlsm"):
        return read_xlsx(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise _unreadable(name, exc.strerror or str(exc)) from None
    return read_csv_bytes(data, name=name)


# --------------------------------------------------------------------------- CSV


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise _unreadable(
                name,
                _(
                    "het begint als UTF-8 maar bevat tekens die geen UTF-8 zijn. Sla het "
                    "opnieuw op als 'CSV UTF-8'."
                ),
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _unreadable(
                name, _("het is geen geldig UTF-16. Sla het opnieuw op als 'CSV UTF-8'.")
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252; the
    # few bytes that code page leaves undefined fall back to Latin-1, which reads any byte.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


class _BadLine(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if limit is not None and len(records) >= limit:
                break
    except csv.Error:
        raise _BadLine(reader.line_num) from None
    return records


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most, equally wide columns."""
    best = (",", (-1, -1.0, -1))
    for delimiter in _DELIMITERS:
        try:
            records = [r for r in _records(text, delimiter, _SNIFF_RECORDS) if any(r)]
        except _BadLine:
            continue
        if not records:
            continue
        widths = [len(r) for r in records]
        header = widths[0]
        agreeing = sum(1 for w in widths if w == header) / len(widths)
        score = (1 if header > 1 else 0, agreeing, header)
        if score > best[1]:
            best = (delimiter, score)
    return best[0]


def read_csv_bytes(data: bytes, *, name: str = "bestand.csv") -> SheetData:
    """Parse CSV bytes (see the module docstring for what is understood)."""
    text, encoding = _decode(data, name)
    if "\x00" in text:
        raise _unreadable(
            name,
            _("het bevat nultekens en lijkt geen tekstbestand. Kies een .csv- of .xlsx-bestand."),
        )
    if not text.strip():
        raise _unreadable(name, _("het bestand is leeg. Kies een bestand met gegevens."))
    delimiter = _sniff_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(_FIELD_LIMIT)
    try:
        records = _records(text, delimiter)
    except _BadLine as exc:
        raise _unreadable(
            name,
            _(
                "regel {line} is te lang of niet goed afgesloten. Controleer of alle "
                "aanhalingstekens rond die regel gesloten zijn."
            ).format(line=exc.line),
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    return _sheet(name, "csv", [tuple(r) for r in records], encoding=encoding, delimiter=delimiter)


# --------------------------------------------------------------------------- XLSX


def read_xlsx(path: str | os.PathLike[str]) -> SheetData:
    """The first worksheet that holds data (openpyxl, read-only, cached formula values)."""
    file = Path(path)
    name = file.name
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(file, read_only=True, data_only=True)
    except FileNotFoundError:
        raise UserError(
            _("Het bestand '{path}' bestaat niet. Controleer de naam en de map.").format(
                path=str(file)
            )
        ) from None
    except Exception as exc:  # a damaged or foreign file can fail anywhere in the parser
        log.info("XLSX unreadable: %s: %r", file, exc)
        raise _unreadable(
            name,
            _("het is geen geldig Excel-bestand (.xlsx). Open het in Excel en sla het opnieuw op."),
        ) from None
    try:
        for sheet in workbook.worksheets:
            start = getattr(sheet, "min_row", 1) or 1
            rows: list[tuple[CellValue, ...]] = [()] * (start - 1)
            for values in sheet.iter_rows(values_only=True):
                rows.append(tuple(_xlsx_value(v) for v in values[:_MAX_COLUMNS]))
            if any(any(_filled(v) for v in row) for row in rows):
                return _sheet(name, "xlsx", rows)
    except Exception as exc:  # damaged sheet XML surfaces only while iterating
        log.info("XLSX unreadable while reading rows: %s: %r", file, exc)
        raise _unreadable(
            name,
            _("het Excel-bestand is beschadigd. Open het in Excel en sla het opnieuw op."),
        ) from None
    finally:
        workbook.close()
    raise _unreadable(
        name, _("het Excel-bestand bevat geen gegevens. Kies een bestand met gegevens.")
    )


def _xlsx_value(value: object) -> CellValue:
    if value is None or isinstance(value, str | int | float | bool | datetime | date | time):
        return value
    return str(value)


# --------------------------------------------------------------------------- shared


def _filled(value: CellValue) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _unique_headers(cells: Sequence[CellValue], width: int) -> list[str]:
    headers: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        text = " ".join(cell_text(cells[index]).split()) if index < len(cells) else ""
        text = text.lstrip("\ufeff") or _("kolom {n}").format(n=index + 1)
        count = seen.get(text.casefold(), 0) + 1
        seen[text.casefold()] = count
        headers.append(text if count == 1 else f"{text} ({count})")
    return headers


def _sheet(
    name: str,
    kind: str,
    records: list[tuple[CellValue, ...]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SheetData:
    header_index = next(
        (i for i, record in enumerate(records) if any(_filled(v) for v in record)), None
    )
    if header_index is None:
        raise _unreadable(
            name, _("het bestand bevat geen gegevens. Kies een bestand met gegevens.")
        )
    header = records[header_index]
    width = len(header)
    while width > 0 and not _filled(header[width - 1]):
        width -= 1
    rows: list[SheetRow] = []
    blank = 0
    widest = width
    for offset, record in enumerate(records[header_index + 1 :], start=header_index + 2):
        last = len(record)
        while last and not _filled(record[last - 1]):
            last -= 1
        if not last:
            blank += 1
            continue
        widest = max(widest, min(last, _MAX_COLUMNS))
        rows.append(SheetRow(number=offset, cells=record[:_MAX_COLUMNS]))
    headers = _unique_headers(header, widest)
    notes: list[str] = []
    if widest > width:
        notes.append(
            _(
                "Sommige rijen hebben meer kolommen dan de kopregel; die extra kolommen heten "
                "'kolom N' en worden niet ingelezen."
            )
        )
    return SheetData(
        name=name,
        kind=kind,
        headers=headers,
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        blank_rows=blank,
        notes=notes,
    )
