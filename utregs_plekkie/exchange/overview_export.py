"""The overview's figures as XLSX (one sheet per part) and as CSV.

Both are written from :func:`utregs_plekkie.core.overview.overview_tables`, the same
tables the page and the report show, so a figure about children below 5 is "<5" here
too: a suppressed cell carries only its text, never the number.

* **XLSX**: a first sheet "Over dit overzicht" (period, provider, when it was made, what
  "<5" means), then one sheet per table: its title, a header row and the figures, as
  real numbers (percentages as percentages) so they can be computed with.
* **CSV**: one file in long form, one figure per line: ``onderdeel;rij;kolom;waarde``,
  UTF-8 with BOM and ``;`` for Dutch Excel, decimal comma, percentages as percent.

Text that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab, CR at
the start, e.g. an event named "=HYPERLINK(...)") is escaped: in CSV with a leading
apostrophe (:func:`utregs_plekkie.exchange.export.escape_cell`), in XLSX by storing it
as text with Excel's quote prefix. Numbers are written as numbers and never escaped.

Files appear only when complete (written beside the target, then renamed). Callers add
the audit line with :func:`utregs_plekkie.storage.overview.record_output`.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from utregs_plekkie.core import clock
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview import (
    FUNNEL_STEPS,
    Cell,
    FigureTable,
    Overview,
    format_date,
    overview_tables,
    step_definition,
    step_label,
    suppression_note,
)
from utregs_plekkie.exchange.export import atomic_file, escape_cell
from utregs_plekkie.exchange.reading import FORMULA_PREFIXES

__all__ = ["CSV_HEADERS", "csv_rows", "sheet_name", "write_overview_csv", "write_overview_xlsx"]

#: The columns of the CSV file.
CSV_HEADERS = ("onderdeel", "rij", "kolom", "waarde")


def sheet_name(table: FigureTable) -> str:
    """The XLSX sheet of a table (at most 31 characters, as Excel allows)."""
    names = {
        "kerncijfers": _("Kerncijfers"),
        "trechter": _("Trechter"),
        "afhakers": _("Afhakers"),
        "bronnen": _("Bronnen"),
        "evenementen": _("Evenementen"),
        "evenementdagen": _("Evenementdagen"),
        "wijken": _("Trechter per wijk"),
        "maanden": _("Per maand"),
        "vraag_aanbod_wijk": _("Vraag en aanbod per wijk"),
        "vraag_aanbod": _("Vraag en aanbod per zorgvorm"),
        "opvolging": _("Opvolging"),
    }
    name = names.get(table.key, table.title)
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def _about(overview: Overview) -> list[tuple[str, str]]:
    f = overview.filter
    made = overview.computed_at.astimezone(clock.LOCAL_TZ)
    rows = [
        (_("overzicht"), _("Overzicht werving en matching, Utregs Plekkie")),
        (_("periode"), f"{format_date(f.period_from)} t/m {format_date(f.period_to)}"),
        (_("aanbieder"), f.provider_text()),
        (_("wijk"), f.wijk or f.wijk_code or _("alle wijken")),
        (_("gemaakt op"), made.strftime("%d-%m-%Y %H:%M")),
        (_("kleine aantallen"), suppression_note()),
        (
            _("trechter"),
            _(
                "Aanvragen ontvangen in de periode, gevolgd tot vandaag; vraag en aanbod "
                "en opvolging gaan over vandaag."
            ),
        ),
    ]
    rows += [(step_label(s), step_definition(s)) for s in FUNNEL_STEPS]
    return rows


# --------------------------------------------------------------------------- files


# --------------------------------------------------------------------------- CSV


def _csv_value(cell: Cell) -> str:
    """A figure for Dutch Excel: decimal comma, percentages as percent, text escaped."""
    value = cell.value
    if cell.suppressed or value is None or isinstance(value, str):
        return escape_cell(cell.text)
    if cell.kind == "percent":
        return f"{value * 100:.1f}%".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    text = f"{value:.1f}" if not float(value).is_integer() else str(int(value))
    return text.replace(".", ",")


def csv_rows(overview: Overview) -> list[tuple[str, str, str, str]]:
    """Every figure as (part, row, column, value), in the order of the page."""
    rows: list[tuple[str, str, str, str]] = [
        (_("Over dit overzicht"), name, "", escape_cell(value)) for name, value in _about(overview)
    ]
    for table in overview_tables(overview):
        text_columns = [
            i for i in range(len(table.columns)) if all(row[i].kind == "text" for row in table.rows)
        ] or [0]
        for row in table.rows:
            label = " · ".join(row[i].text for i in text_columns)
            for i, cell in enumerate(row):
                if i in text_columns:
                    continue
                rows.append(
                    (
                        escape_cell(table.title),
                        escape_cell(label),
                        escape_cell(table.columns[i]),
                        _csv_value(cell),
                    )
                )
    return rows


def write_overview_csv(overview: Overview, path: str | os.PathLike[str]) -> int:
    """Write the figures as one CSV file; returns the number of figures (lines)."""
    rows = csv_rows(overview)
    with atomic_file(Path(path)) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADERS)
        writer.writerows(rows)
    return len(rows)


# --------------------------------------------------------------------------- XLSX


def write_overview_xlsx(overview: Overview, path: str | os.PathLike[str]) -> int:
    """Write the figures as an XLSX workbook, one sheet per part; returns the sheets."""
    workbook = Workbook()
    bold = Font(bold=True)
    title_font = Font(bold=True, size=13, color="1B5E6B")
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1B5E6B")
    total_fill = PatternFill("solid", fgColor="F6F0E7")
    note_font = Font(italic=True, color="5C676C")
    right = Alignment(horizontal="right")
    wrap = Alignment(wrap_text=True, vertical="top")

    def put_text(sheet: Any, row: int, column: int, text: str) -> Any:
        cell = sheet.cell(row=row, column=column)
        clean = ILLEGAL_CHARACTERS_RE.sub("", text)
        cell.value = clean
        # Always text, never a formula; the quote prefix keeps it text when edited.
        cell.data_type = "s"
        if clean and clean[0] in FORMULA_PREFIXES:
            cell.quotePrefix = True
        return cell

    def put(sheet: Any, row: int, column: int, figure: Cell) -> Any:
        value = figure.value
        if figure.suppressed or value is None or isinstance(value, str):
            cell = put_text(sheet, row, column, figure.text)
            if figure.kind != "text":
                cell.alignment = right
            return cell
        cell = sheet.cell(row=row, column=column, value=value)
        if figure.kind == "percent":
            cell.number_format = "0.0%"
        elif figure.kind == "days":
            cell.number_format = "0" if float(value).is_integer() else "0.0"
        else:
            cell.number_format = "#,##0"
        return cell

    about = workbook.active
    about.title = _("Over dit overzicht")[:31]
    put_text(about, 1, 1, _("Overzicht werving en matching")).font = title_font
    for index, (name, value) in enumerate(_about(overview), start=3):
        put_text(about, index, 1, name).font = bold
        put_text(about, index, 2, value).alignment = wrap
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 100

    tables = overview_tables(overview)
    used: set[str] = {about.title}
    for table in tables:
        name = sheet_name(table)
        while name in used:  # never happens with the fixed names; kept for safety
            name = name[:28] + f" {len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        put_text(sheet, 1, 1, table.title).font = title_font
        first = 3
        for column, heading in enumerate(table.columns, start=1):
            cell = put_text(sheet, first, column, heading)
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        for offset, row in enumerate(table.rows, start=1):
            for column, figure in enumerate(row, start=1):
                cell = put(sheet, first + offset, column, figure)
                if offset - 1 in table.total_rows:
                    cell.font = bold
                    cell.fill = total_fill
        if table.note:
            put_text(sheet, first + len(table.rows) + 2, 1, table.note).font = note_font
        sheet.freeze_panes = sheet.cell(row=first + 1, column=2)
        for column, heading in enumerate(table.columns, start=1):
            longest = max(
                [len(heading) // 2 + 2]
                + [len(row[column - 1].text) + 2 for row in table.rows if len(row) >= column]
            )
            sheet.column_dimensions[get_column_letter(column)].width = min(max(longest, 9), 60)

    with atomic_file(Path(path)) as temp:
        workbook.save(temp)
    return len(tables) + 1
