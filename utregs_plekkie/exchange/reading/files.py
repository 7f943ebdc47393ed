"""Which reader a file needs, by its content (not only its name), and the size limit."""

from __future__ import annotations

import os
from pathlib import Path

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading.delimited import read_csv_bytes
from utregs_plekkie.exchange.reading.sheet import SheetData, unreadable
from utregs_plekkie.exchange.reading.workbooks import is_ods, read_ods, read_xlsx

__all__ = ["MAX_BYTES", "read_sheet"]

#: Files larger than this are refused (no list we import is ever this big).
MAX_BYTES = 200 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"


def read_sheet(path: str | os.PathLike[str]) -> SheetData:
    """Read a CSV, XLSX or ODS file, or raise UserError with one Dutch sentence."""
    file = Path(path)
    name = file.name
    suffix = file.suffix.lower()
    if suffix == ".xls":
        raise unreadable(
            name,
            _("dit is het oude Excel-formaat. Sla het bestand in Excel op als .xlsx of .csv."),
        )
    try:
        size = file.stat().st_size
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
        raise unreadable(name, exc.strerror or str(exc)) from None
    if size > MAX_BYTES:
        raise UserError(
            _("{file} is te groot ({mb} MB). Splits het in kleinere bestanden.").format(
                file=name, mb=size // (1024 * 1024)
            )
        )
    if head == _ZIP_MAGIC or suffix in (".xlsx", ".xlsm", ".ods"):
        return read_ods(file) if is_ods(file) else read_xlsx(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise unreadable(name, exc.strerror or str(exc)) from None
    return read_csv_bytes(data, name=name)
