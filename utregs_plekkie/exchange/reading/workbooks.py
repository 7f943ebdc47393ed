"""Workbooks: XLSX (openpyxl, read-only, cached formula values) and ODS (LibreOffice's
own format, read from its XML). The first worksheet that holds data is read."""

from __future__ import annotations

import logging
import os
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading.cells import CellValue, filled
from utregs_plekkie.exchange.reading.sheet import MAX_COLUMNS, SheetData, build_sheet, unreadable

__all__ = ["ODS_MIMETYPE", "is_ods", "read_ods", "read_xlsx"]

log = logging.getLogger(__name__)

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# A sheet's XML may be large, but not a bomb that unpacks to gigabytes.
_MAX_XML_BYTES = 1024 * 1024 * 1024
# An ODS row or cell may say "repeat me a million times" (empty rows to the end).
_MAX_REPEAT = 10_000


def _missing(file: Path) -> UserError:
    return UserError(
        _("Het bestand '{path}' bestaat niet. Controleer de naam en de map.").format(path=str(file))
    )


# --------------------------------------------------------------------------- XLSX


def read_xlsx(path: str | os.PathLike[str]) -> SheetData:
    """The first worksheet that holds data (openpyxl, read-only, cached formula values)."""
    # openpyxl takes a moment to import; only a workbook needs it.
    from openpyxl import load_workbook

    file = Path(path)
    name = file.name
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except FileNotFoundError:
        raise _missing(file) from None
    except Exception as exc:  # a damaged or foreign file can fail anywhere in the parser
        log.info("XLSX unreadable: %s: %r", file, exc)
        raise unreadable(
            name,
            _("het is geen geldig Excel-bestand (.xlsx). Open het in Excel en sla het opnieuw op."),
        ) from None
    try:
        for sheet in workbook.worksheets:
            # iter_rows starts at row 1 (empty rows above the data included), so a row's
            # place in the list is its number in Excel.
            records = [
                (number, tuple(_xlsx_value(v) for v in values[:MAX_COLUMNS]))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
            if any(any(filled(v) for v in cells) for _number, cells in records):
                return build_sheet(name, "xlsx", records)
    except Exception as exc:  # damaged sheet XML surfaces only while iterating
        log.info("XLSX unreadable while reading rows: %s: %r", file, exc)
        raise unreadable(
            name,
            _("het Excel-bestand is beschadigd. Open het in Excel en sla het opnieuw op."),
        ) from None
    finally:
        workbook.close()
    raise unreadable(
        name, _("het Excel-bestand bevat geen gegevens. Kies een bestand met gegevens.")
    )


def _xlsx_value(value: object) -> CellValue:
    if value is None or isinstance(value, str | int | float | bool | datetime | date | time):
        return value
    return str(value)


# --------------------------------------------------------------------------- ODS

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T_TABLE = f"{{{_TABLE}}}table"
_T_ROW = f"{{{_TABLE}}}table-row"
_T_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_DURATION = re.compile(r"^-?PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?$")


def is_ods(path: Path) -> bool:
    """Whether ``path`` is an OpenDocument spreadsheet (by its name or its mimetype)."""
    if path.suffix.lower() == ".ods":
        return True
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").strip() == ODS_MIMETYPE
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False


def read_ods(path: str | os.PathLike[str]) -> SheetData:
    """The first table that holds data in an OpenDocument spreadsheet (.ods)."""
    file = Path(path)
    name = file.name
    try:
        with zipfile.ZipFile(file) as archive:
            if archive.getinfo("content.xml").file_size > _MAX_XML_BYTES:
                raise ValueError("content.xml too large")
            with archive.open("content.xml") as content:
                for table in _ods_tables(content):
                    if any(any(filled(v) for v in cells) for _number, cells in table):
                        return build_sheet(name, "ods", table)
    except FileNotFoundError:
        raise _missing(file) from None
    except UserError:
        raise
    except Exception as exc:  # zip, XML or value errors: a damaged or foreign file
        log.info("ODS unreadable: %s: %r", file, exc)
        raise unreadable(
            name,
            _(
                "het is geen geldig OpenDocument-rekenblad (.ods). Open het in LibreOffice of "
                "Excel en sla het opnieuw op, of sla het op als .xlsx of .csv."
            ),
        ) from None
    raise unreadable(name, _("het bestand bevat geen gegevens. Kies een bestand met gegevens."))


def _ods_tables(content: IO[bytes]) -> Iterator[list[tuple[int, tuple[CellValue, ...]]]]:
    """Each table's numbered rows; runs of empty rows are skipped, not spelled out."""
    records: list[tuple[int, tuple[CellValue, ...]]] = []
    number = 0
    depth = 0  # rows of a table inside a cell belong to that cell, not to the sheet
    for event, element in ElementTree.iterparse(content, events=("start", "end")):
        if event == "start":
            if element.tag == _T_TABLE:
                depth += 1
                if depth == 1:
                    records, number = [], 0
            continue
        if element.tag == _T_ROW and depth == 1:
            repeat = int(element.get(_ROWS_REPEATED, "1"))
            cells = _ods_row(element)
            if any(filled(v) for v in cells):
                for _copy in range(min(repeat, _MAX_REPEAT)):
                    number += 1
                    records.append((number, cells))
                number += max(0, repeat - _MAX_REPEAT)
            else:
                number += repeat
            element.clear()
        elif element.tag == _T_TABLE:
            depth -= 1
            if depth == 0:
                yield records
                element.clear()


def _ods_row(row: ElementTree.Element) -> tuple[CellValue, ...]:
    cells: list[CellValue] = []
    pending = 0  # empty cells not written yet: trailing ones never are
    for cell in row:
        if cell.tag not in _T_CELLS:
            continue
        repeat = int(cell.get(_COLUMNS_REPEATED, "1"))
        value = _ods_value(cell)
        if not filled(value):
            pending += repeat
            continue
        cells.extend([None] * pending)
        pending = 0
        cells.extend([value] * min(repeat, MAX_COLUMNS))
        if len(cells) >= MAX_COLUMNS:
            break
    return tuple(cells[:MAX_COLUMNS])


def _ods_value(cell: ElementTree.Element) -> CellValue:
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(f"{{{_OFFICE}}}value", "nan"))
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "date":
        text = cell.get(f"{{{_OFFICE}}}date-value", "")
        moment = datetime.fromisoformat(text)
        return moment.date() if "T" not in text else moment
    if kind == "time":
        match = _DURATION.match(cell.get(f"{{{_OFFICE}}}time-value", ""))
        if match is None:
            return _ods_text(cell)
        hours, minutes, seconds = (int(g or 0) for g in match.groups())
        return time(hours % 24, minutes, seconds)
    if kind == "boolean":
        return cell.get(f"{{{_OFFICE}}}boolean-value", "") == "true"
    text = _ods_text(cell)
    return text or None


def _ods_text(cell: ElementTree.Element) -> str:
    """The cell's paragraphs, one a line, with the spaces, tabs and breaks ODS encodes."""
    return "\n".join(
        _inline(paragraph)
        for paragraph in cell
        if paragraph.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")
    )


def _inline(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif child.tag == f"{{{_TEXT}}}tab":
            parts.append("\t")
        elif child.tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
