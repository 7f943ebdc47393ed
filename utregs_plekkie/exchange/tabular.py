"""Reading and writing simple tables: CSV (whatever Excel or a website made of it) and XLSX.

Reading is forgiving, because lists come from everywhere:

- CSV in UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode text"),
  or Windows-1252 (older Excel on Windows); the separator is ``;`` (Dutch Excel),
  ``,`` or a tab, whichever makes the lines agree;
- XLSX through openpyxl (the first sheet, or a named one), with dates as ISO dates
  (``2027-01-15``) and whole numbers without ``.0``;
- the header row is the first non-empty row; empty rows are skipped; every cell
  becomes trimmed text, and each row keeps its row number in the file, so a report
  can point at it.

A file that cannot be read gives a Dutch sentence that says what to do (save it as
.xlsx or .csv, close it in Excel, ...), never a traceback.

(``exchange.readers`` reads the same files into typed cells; this module gives plain
text rows, which is what the household and child imports work with.)
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

__all__ = [
    "Table",
    "TableRow",
    "header_key",
    "read_table",
    "write_table",
]

#: Files larger than this are refused (a list of families is never this big).
MAX_BYTES = 200 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")
_SAMPLE_LINES = 50
#: What a spreadsheet would run as a formula; written with a leading apostrophe.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class TableRow:
    #: The row's number in the file as a spreadsheet shows it (the header is row 1
    #: when it is the first line).
    number: int
    values: tuple[str, ...]

    def get(self, index: int) -> str:
        return self.values[index] if 0 <= index < len(self.values) else ""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    #: How the file was read, for messages: "CSV (UTF-8, ;)" or "XLSX (blad Gezinnen)".
    description: str


def header_key(text: str) -> str:
    """A header as compared: lower case, accents and everything but letters and digits
    gone (``"E-mail adres"`` -> ``"emailadres"``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "", plain)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",") if abs(value) < 1e15 else str(value)
    text = " ".join(str(value).replace("\u00a0", " ").split())
    # A value an export protected against formulas ('=...) is read back without the mark.
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_PREFIXES:
        return text[1:]
    return text


def _table(records: Iterable[tuple[int, Sequence[Any]]], description: str, source: Path) -> Table:
    headers: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for number, raw in records:
        values = [_cell_text(v) for v in raw]
        if not any(values):
            continue
        if headers is None:
            while values and not values[-1]:
                values.pop()
            headers = tuple(v.lstrip("\ufeff") for v in values)
            continue
        rows.append(TableRow(number, tuple(values)))
    if headers is None:
        raise UserError(
            _("{file} is leeg: er staat geen kopregel en geen gegevens in.").format(
                file=source.name
            )
        )
    return Table(headers, tuple(rows), description)


def read_table(path: Path | str, *, sheet: str | None = None) -> Table:
    """The table in a .csv, .txt or .xlsx file (see the module text)."""
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix == ".xls":
        raise UserError(
            _(
                "{file} is een oud Excel-bestand (.xls). Open het in Excel en sla het op als "
                "Excel-werkmap (.xlsx) of als CSV, en lees dat bestand in."
            ).format(file=source.name)
        )
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise UserError(
            _("Het bestand {file} bestaat niet. Controleer de naam en de map.").format(file=source)
        ) from None
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    if size > MAX_BYTES:
        raise UserError(
            _("{file} is te groot ({mb} MB). Splits het in kleinere bestanden.").format(
                file=source.name, mb=size // (1024 * 1024)
            )
        )
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    if suffix in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, source, sheet)
    return _read_csv(data, source)


def _unreadable(source: Path, exc: OSError) -> UserError:
    return UserError(
        _(
            "Kan {file} niet lezen ({reason}). Is het nog open in een ander programma? "
            "Sluit het en probeer het opnieuw."
        ).format(file=source.name, reason=exc.strerror or exc)
    )


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # cp1252 leaves five byte values undefined; Latin-1 reads anything.
        return data.decode("latin-1"), "Latin-1"


def _choose_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same number of columns,
    more than one; ties go to ``;`` (Dutch Excel), then ``,``, then tab."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ";", (-1, -1)
    for delimiter in _DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        agreeing = sum(1 for r in rows if len(r) == width)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(data: bytes, source: Path) -> Table:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(
            _(
                "{file} is geen tekstbestand. Lees een CSV-bestand of een Excel-werkmap (.xlsx) in."
            ).format(file=source.name)
        )
    text, encoding = _decode(data)
    delimiter = _choose_delimiter(text)
    try:
        records = list(
            enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1)
        )
    except csv.Error as exc:
        raise UserError(
            _(
                "{file} is geen geldig CSV-bestand ({reason}). Open het in Excel en sla "
                "het opnieuw op als CSV."
            ).format(file=source.name, reason=exc)
        ) from exc
    shown = {"\t": "tab"}.get(delimiter, delimiter)
    return _table(records, f"CSV ({encoding}, {shown})", source)


def _read_xlsx(data: bytes, source: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(
            _(
                "{file} is geen leesbare Excel-werkmap. Open het in Excel, sla het op als "
                ".xlsx en probeer het opnieuw."
            ).format(file=source.name)
        ) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise UserError(
                    _("{file} heeft geen blad '{sheet}'; wel: {sheets}.").format(
                        file=source.name, sheet=sheet, sheets=", ".join(workbook.sheetnames)
                    )
                )
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0]
        try:
            records = [
                (number, list(row))
                for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1)
            ]
        except (KeyError, OSError, ValueError, zipfile.BadZipFile) as exc:
            raise UserError(
                _(
                    "Het Excel-bestand {file} is beschadigd. Open het in Excel en sla het "
                    "opnieuw op."
                ).format(file=source.name)
            ) from exc
        title = worksheet.title
    finally:
        workbook.close()
    return _table(records, _("XLSX (blad {sheet})").format(sheet=title), source)


def _safe(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value and value[0] in _FORMULA_PREFIXES:
        return "'" + value
    return value


def write_table(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "",
    notes: Sequence[str] = (),
) -> Path:
    """Write a table as .xlsx (by the file's suffix) or otherwise CSV (UTF-8 with BOM
    and ``;``, as Dutch Excel opens it). Text that a spreadsheet would run as a formula
    gets a leading apostrophe. Written to a temporary file first, so a failure never
    leaves half a file. ``notes`` go to a second sheet "Uitleg" (XLSX only)."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".plekkie-", dir=target.parent)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            if target.suffix.lower() in (".xlsx", ".xlsm"):
                out.write(_xlsx_bytes(headers, rows, sheet_title, notes))
            else:
                text = io.StringIO(newline="")
                writer = csv.writer(text, delimiter=";")
                writer.writerow([_safe(h) for h in headers])
                for row in rows:
                    writer.writerow([_safe(v) for v in row])
                out.write(text.getvalue().encode("utf-8-sig"))
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc
    return target


def _unwritable(target: Path, exc: OSError) -> UserError:
    return UserError(
        _("Kan {path} niet schrijven ({reason}). Kies een andere map of bestandsnaam.").format(
            path=target, reason=exc.strerror or exc
        )
    )


def _xlsx_bytes(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str, notes: Sequence[str]
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = (title or _("Blad1"))[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(["" if v is None else v for v in row])
        for cell in sheet[sheet.max_row]:
            # Text stays text: never run as a formula when the file is opened.
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for index, header in enumerate(headers, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, min(40, len(header) + 2))
    sheet.freeze_panes = "A2"
    if notes:
        info = workbook.create_sheet(_("Uitleg"))
        for line in notes:
            info.append([line])
        info.column_dimensions["A"].width = 120
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
