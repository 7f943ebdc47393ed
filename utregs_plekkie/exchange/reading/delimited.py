"""CSV as people have it: comma, semicolon or tab (detected), UTF-8 with or without BOM,
UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1252 as Dutch Excel writes it;
quoted fields may hold line breaks."""

from __future__ import annotations

import csv
import io

from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.reading.sheet import SheetData, build_sheet, unreadable

__all__ = ["read_csv_bytes"]

_DELIMITERS = (";", ",", "\t")
_SNIFF_RECORDS = 50
# A field may hold a long note, but not a whole file glued together by one lost quote.
_FIELD_LIMIT = 1_000_000


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise unreadable(
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
            raise unreadable(
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
    """The delimiter that splits the first records into the most, equally wide columns;
    a tie goes to ``;`` (Dutch Excel), then ``,``, then tab."""
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
        raise unreadable(
            name,
            _("het bevat nultekens en lijkt geen tekstbestand. Kies een .csv- of .xlsx-bestand."),
        )
    if not text.strip():
        raise unreadable(name, _("het bestand is leeg. Kies een bestand met gegevens."))
    delimiter = _sniff_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(_FIELD_LIMIT)
    try:
        records = _records(text, delimiter)
    except _BadLine as exc:
        raise unreadable(
            name,
            _(
                "regel {line} is te lang of niet goed afgesloten. Controleer of alle "
                "aanhalingstekens rond die regel gesloten zijn."
            ).format(line=exc.line),
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    return build_sheet(
        name,
        "csv",
        enumerate((tuple(r) for r in records), start=1),
        encoding=encoding,
        delimiter=delimiter,
    )
