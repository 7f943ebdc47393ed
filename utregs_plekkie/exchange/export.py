"""Writing CSV and XLSX files that open well in Dutch Excel, safely.

CSV is written as UTF-8 with a BOM and ``;`` between fields, which Dutch Excel opens
correctly with a double click. Every text cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is escaped so a spreadsheet never runs it as a
formula (CSV/formula injection): in CSV with a leading apostrophe (the reader of this
package removes it again), in XLSX by storing the cell as text with Excel's own
"quote prefix" mark, so the value stays exactly what was typed.

:func:`export_requests` writes the requests matching the list's filters; the file
appears only when it is complete (written beside it and then renamed).
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, require_export
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.exchange.reading import FORMULA_PREFIXES
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    RequestExportRow,
    RequestQuery,
    count_requests,
    iter_export_rows,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = [
    "ExportResult",
    "escape_cell",
    "export_requests",
    "request_export_headers",
    "write_csv",
    "write_table",
    "write_xlsx",
]

OutCell = str | int | float | datetime | date | None
Progress = Callable[[int, int], bool]


def escape_cell(text: str) -> str:
    """Text for a CSV cell: a leading apostrophe before anything a spreadsheet would
    read as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return). Text that
    already looks escaped gets one more, so reading it back gives exactly the text."""
    if text and (
        text[0] in FORMULA_PREFIXES
        or (text[0] == "'" and len(text) > 1 and text[1] in FORMULA_PREFIXES)
    ):
        return "'" + text
    return text


def _csv_text(value: OutCell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone(clock.LOCAL_TZ) if value.tzinfo else value
        return local.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return f"{value}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return escape_cell(value)


def _target_check(path: Path) -> None:
    if path.is_dir():
        raise UserError(_("'{path}' is een map. Geef een bestandsnaam op.").format(path=path))
    if not path.parent.exists():
        raise UserError(
            _("De map '{folder}' bestaat niet. Kies een bestaande map.").format(folder=path.parent)
        )


@contextlib.contextmanager
def atomic_file(path: Path) -> Any:
    """A temporary file beside ``path`` that replaces it only when writing succeeded."""
    _target_check(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise UserError(
            _("Kan niet schrijven in de map '{folder}': {reason}").format(
                folder=path.parent, reason=exc.strerror or exc
            )
        ) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, path)
    except PermissionError:
        raise UserError(
            _(
                "Kan '{path}' niet schrijven. Is het bestand nog open in Excel? Sluit het en "
                "probeer het opnieuw."
            ).format(path=path)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def write_csv(
    path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[OutCell]]
) -> int:
    """CSV for Dutch Excel (UTF-8 with BOM, ``;``); returns the number of rows."""
    count = 0
    with atomic_file(Path(path)) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow([escape_cell(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            count += 1
    return count


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[OutCell]],
    *,
    sheet_title: str = "Gegevens",
    notes: Sequence[str] = (),
) -> int:
    """XLSX (openpyxl, write-only); text stays text, dates are real dates. ``notes``
    go to a second sheet "Uitleg", one a line."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    bold = Font(bold=True)

    def cell(value: OutCell, *, header: bool = False) -> Any:
        if isinstance(value, datetime):
            local = value.astimezone(clock.LOCAL_TZ) if value.tzinfo else value
            result = WriteOnlyCell(sheet, value=local.replace(tzinfo=None))
            result.number_format = "dd-mm-yyyy hh:mm"
            return result
        if isinstance(value, date):
            result = WriteOnlyCell(sheet, value=value)
            result.number_format = "dd-mm-yyyy"
            return result
        if isinstance(value, str):
            text = ILLEGAL_CHARACTERS_RE.sub("", value)
            result = WriteOnlyCell(sheet, value=text)
            # Always text, never a formula; Excel's quote prefix keeps it text when edited.
            result.data_type = "s"
            if text and text[0] in FORMULA_PREFIXES:
                result.quotePrefix = True
        else:
            result = WriteOnlyCell(sheet, value=value)
        if header:
            result.font = bold
        return result

    sheet.append([cell(h, header=True) for h in headers])
    count = 0
    for row in rows:
        sheet.append([cell(v) for v in row])
        count += 1
    if notes:
        explained = workbook.create_sheet(_("Uitleg"))
        explained.column_dimensions["A"].width = 120
        for line in notes:
            explained.append([cell(line)])
    with atomic_file(Path(path)) as temp:
        workbook.save(temp)
    return count


def write_table(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[OutCell]],
    *,
    sheet_title: str = "Gegevens",
    notes: Sequence[str] = (),
) -> int:
    """CSV or XLSX by the file name's extension; a CSV has no room for the ``notes``
    and the sheet title of an XLSX."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows, sheet_title=sheet_title, notes=notes)
    if suffix in (".csv", ".txt"):
        return write_csv(path, headers, rows)
    raise UserError(
        _("Kies een bestandsnaam die eindigt op .csv of .xlsx (niet '{suffix}').").format(
            suffix=suffix or _("geen extensie")
        )
    )


# --------------------------------------------------------------------------- requests


def request_export_headers() -> list[str]:
    """The columns of a request export; the import recognises all it can take back."""
    return [
        _("Nummer"),
        _("Voornaam"),
        _("Tussenvoegsel"),
        _("Achternaam"),
        _("E-mail"),
        _("Telefoon"),
        _("Straat"),
        _("Huisnummer"),
        _("Postcode"),
        _("Plaats"),
        _("Wijk"),
        _("Aanbieder"),
        _("Interesse"),
        _("Bron"),
        _("Bron toelichting"),
        _("Evenement"),
        _("Ontvangen"),
        _("Status"),
        _("Opvolgen"),
        _("Toestemming contact"),
        _("Toestemming bewaren"),
        _("Toestemming datum"),
        _("Toestemmingstekst"),
        _("Opmerkingen"),
    ]


def _request_cells(row: RequestExportRow) -> list[OutCell]:
    number = ""
    if row.house_number is not None:
        number = f"{row.house_number}{row.house_number_suffix or ''}"
    yes, no = _("ja"), _("nee")
    return [
        row.id,
        row.first_name,
        row.name_prefix,
        row.last_name,
        row.email or "",
        format_phone(row.phone) if row.phone else "",
        row.street,
        number,
        row.postcode or "",
        row.city,
        row.wijk,
        label(row.provider) if row.provider is not None else "",
        ", ".join(label(i) for i in row.interests),
        label(row.source),
        row.source_detail,
        row.event,
        row.received_at,
        label(row.status),
        row.follow_up_on,
        yes if row.consent_contact else no,
        yes if row.consent_store else no,
        row.consent_at,
        row.consent_text_version or "",
        row.notes,
    ]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    cancelled: bool = False

    def summary(self) -> str:
        if self.cancelled:
            return _("Export afgebroken; er is geen bestand geschreven.")
        return _("{n} aanvragen geëxporteerd naar {path}").format(n=self.rows, path=self.path)


class _Cancelled(Exception):
    pass


def export_requests(
    db: Database,
    query: RequestQuery,
    path: str | os.PathLike[str],
    *,
    actor: Actor,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the requests matching ``query`` (the list's filters) to a
    CSV or XLSX file, and add an audit line in ``actor``'s name (who needs the right to
    export and to see requests). ``progress(done, total)`` may return ``False`` to
    cancel (no file is written then)."""
    require_export(actor, "info_requests")
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx", ".txt"):
        raise UserError(
            _("Kies een bestandsnaam die eindigt op .csv of .xlsx (niet '{name}').").format(
                name=target.name
            )
        )
    total = count_requests(db, query)
    done = 0

    def rows() -> Iterable[list[OutCell]]:
        nonlocal done
        if progress is not None and not progress(0, total):
            raise _Cancelled
        for chunk in iter_export_rows(db, query):
            for row in chunk:
                yield _request_cells(row)
            done += len(chunk)
            if progress is not None and not progress(done, total):
                raise _Cancelled

    try:
        written = write_table(target, request_export_headers(), rows())
    except _Cancelled:
        return ExportResult(target, 0, cancelled=True)
    with db.transaction() as session:
        add_audit_line(
            session,
            actor,
            AuditAction.EXPORT,
            "info_requests",
            None,
            _("{n} aanvragen naar {file}; {filters}").format(
                n=written, file=target.name, filters=query.describe(with_text=False)
            ),
        )
    return ExportResult(target, written)
