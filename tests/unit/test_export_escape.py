"""Exports open safely in a spreadsheet: nothing a user typed is ever run as a formula
(CSV/formula injection), and what is written reads back as it was typed."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from utregs_plekkie.core.clock import LOCAL_TZ
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.exchange.export import escape_cell, write_csv, write_table, write_xlsx
from utregs_plekkie.exchange.reading import FORMULA_PREFIXES, cell_text, read_sheet

DANGEROUS = [
    '=HYPERLINK("http://kwaad.example","klik")',
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_cells_that_a_spreadsheet_would_run_get_an_apostrophe(text: str) -> None:
    assert escape_cell(text) == "'" + text


@pytest.mark.parametrize(
    "text", ["Jan de Vries", "'s-Hertogenbosch", "3511 AB", "", "a=b", "06-123"]
)
def test_ordinary_cells_stay_as_they_are(text: str) -> None:
    assert escape_cell(text) == text


def test_the_formula_characters_are_exactly_those_named() -> None:
    assert FORMULA_PREFIXES == ("=", "+", "-", "@", "\t", "\r")


def test_csv_for_dutch_excel_is_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "uit.csv"
    rows = [
        ["Noëlle", "=1+1", 12, date(2026, 3, 2)],
        ["a;b", "regel 1\nregel 2", None, datetime(2026, 3, 2, 9, 30, tzinfo=LOCAL_TZ)],
    ]
    assert write_csv(path, ["Naam", "@kop", "Getal", "Datum"], rows) == 2
    raw = path.read_bytes()
    assert raw.startswith("\ufeffNaam;'@kop;Getal;Datum\r\n".encode())
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert table[1] == ["Noëlle", "'=1+1", "12", "02-03-2026"]
    assert table[2] == ["a;b", "regel 1\nregel 2", "", "02-03-2026 09:30"]


def test_what_an_export_escaped_reads_back_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "terug.csv"
    write_csv(path, ["Naam", "Telefoon"], [[text, "+31 6 12345678"] for text in DANGEROUS])
    sheet = read_sheet(path)
    assert sheet.headers == ["Naam", "Telefoon"]
    assert [sheet.texts(row) for row in sheet.rows] == [[t, "+31 6 12345678"] for t in DANGEROUS]
    assert cell_text("'t Hart") == "'t Hart"  # an apostrophe that belongs to a name stays
    assert escape_cell("'=al ontsnapt") == "''=al ontsnapt"
    assert cell_text(escape_cell("'=al ontsnapt")) == "'=al ontsnapt"


def test_xlsx_keeps_text_as_text_with_excels_own_quote_prefix(tmp_path: Path) -> None:
    path = tmp_path / "uit.xlsx"
    rows = [[text, 7, date(2026, 3, 2)] for text in DANGEROUS] + [["gewoon", None, None]]
    assert write_xlsx(path, ["=kop", "Getal", "Datum"], rows) == len(rows)
    sheet = load_workbook(path).active
    assert sheet is not None
    header = sheet[1][0]
    assert (header.value, header.data_type, header.quotePrefix, header.font.b) == (
        "=kop",
        "s",
        True,
        True,
    )
    for index, text in enumerate(DANGEROUS, start=2):
        cell = sheet.cell(row=index, column=1)
        # XML keeps line ends as \n, so a leading carriage return comes back as one.
        expected = text.replace("\r", "\n")
        assert (cell.value, cell.data_type, cell.quotePrefix) == (expected, "s", True)
        assert sheet.cell(row=index, column=2).value == 7
        assert sheet.cell(row=index, column=3).number_format == "dd-mm-yyyy"
    plain = sheet.cell(row=len(rows) + 1, column=1)
    assert (plain.value, plain.quotePrefix) == ("gewoon", False)


def test_control_characters_excel_refuses_are_left_out_of_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "stuur.xlsx"
    write_xlsx(path, ["Opmerking"], [["bel\x07 terug\x00"]])
    sheet = load_workbook(path).active
    assert sheet is not None and sheet["A2"].value == "bel terug"


def test_only_csv_and_xlsx_and_a_folder_that_exists(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        write_table(tmp_path / "uit.pdf", ["a"], [])
    assert err.value.message == "Kies een bestandsnaam die eindigt op .csv of .xlsx (niet '.pdf')."
    with pytest.raises(UserError) as err:
        write_table(tmp_path / "bestaat-niet" / "uit.csv", ["a"], [])
    assert "bestaat niet" in err.value.message
    assert not (tmp_path / "bestaat-niet").exists()


def test_a_failed_export_leaves_the_old_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "uit.csv"
    path.write_text("oud", encoding="utf-8")

    def rows() -> list[list[str]]:
        raise RuntimeError("halverwege mis")

    with pytest.raises(RuntimeError):
        write_csv(path, ["a"], rows())  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.csv"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_no_escaped_cell_starts_like_a_formula(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped or escaped[0] not in FORMULA_PREFIXES
    assert cell_text(escaped) == text
