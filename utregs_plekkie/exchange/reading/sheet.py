"""A sheet as read from any file: its header and its numbered, non-empty rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading.cells import CellValue, cell_text, filled

__all__ = ["MAX_COLUMNS", "SheetData", "SheetRow", "build_sheet", "unreadable"]

MAX_COLUMNS = 500

_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}


@dataclass(frozen=True)
class SheetRow:
    """One data row: its number as a spreadsheet shows it, and its cells."""

    number: int
    cells: tuple[CellValue, ...]


@dataclass
class SheetData:
    """A file's header and its non-empty data rows."""

    name: str
    kind: str  # "csv", "xlsx" or "ods"
    headers: list[str]
    rows: list[SheetRow]
    encoding: str | None = None
    delimiter: str | None = None
    #: Rows that held nothing at all (not counted as read).
    blank_rows: int = 0
    notes: list[str] = field(default_factory=list)
    #: The header cells as the file has them ("" where empty; ``headers`` names those
    #: "kolom N" and numbers a repeated header "naam (2)").
    file_headers: list[str] = field(default_factory=list)

    def texts(self, row: SheetRow) -> list[str]:
        """The row's cells as text, one per header (missing cells are empty)."""
        texts = [cell_text(value) for value in row.cells[: len(self.headers)]]
        return texts + [""] * (len(self.headers) - len(texts))

    @property
    def description(self) -> str:
        """How the file was read, for a report: ``CSV (UTF-8, ;)``, ``XLSX``, ``ODS``."""
        if self.kind != "csv":
            return self.kind.upper()
        encoding = _ENCODING_NAMES.get(self.encoding or "", self.encoding or "")
        delimiter = {"\t": "tab"}.get(self.delimiter or "", self.delimiter or "")
        return f"CSV ({encoding}, {delimiter})"


def unreadable(name: str, reason: str) -> UserError:
    """The one sentence for a file that cannot be read, with the reason and what to do."""
    return UserError(
        _("Het bestand '{name}' kan niet worden gelezen: {reason}").format(name=name, reason=reason)
    )


def _unique_headers(cells: Sequence[CellValue], width: int) -> tuple[list[str], list[str]]:
    """(the headers, unique and none empty; the header cells as the file has them)."""
    headers: list[str] = []
    originals: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        text = " ".join(cell_text(cells[index]).split()) if index < len(cells) else ""
        original = text.lstrip("\ufeff")
        originals.append(original)
        text = original or _("kolom {n}").format(n=index + 1)
        count = seen.get(text.casefold(), 0) + 1
        seen[text.casefold()] = count
        headers.append(text if count == 1 else f"{text} ({count})")
    return headers, originals


def build_sheet(
    name: str,
    kind: str,
    records: Iterable[tuple[int, Sequence[CellValue]]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SheetData:
    """The sheet of numbered records: the first non-empty one is the header."""
    header: Sequence[CellValue] | None = None
    width = 0
    rows: list[SheetRow] = []
    blank = 0
    widest = 0
    for number, record in records:
        last = len(record)
        while last and not filled(record[last - 1]):
            last -= 1
        if header is None:
            if last:
                header, width = record, last
                widest = width
            continue
        if not last:
            blank += 1
            continue
        widest = max(widest, min(last, MAX_COLUMNS))
        rows.append(SheetRow(number=number, cells=tuple(record[:MAX_COLUMNS])))
    if header is None:
        raise unreadable(name, _("het bestand bevat geen gegevens. Kies een bestand met gegevens."))
    headers, file_headers = _unique_headers(header, widest)
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
        file_headers=file_headers,
    )
