"""The one reader (exchange.reading): every encoding and separator Excel writes, XLSX and
ODS, and a Dutch sentence for every file it cannot read."""

from __future__ import annotations

import csv
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.exchange import reading
from utregs_plekkie.exchange.export import write_table
from utregs_plekkie.exchange.reading import header_key, read_sheet


def write_csv(
    path: Path, headers: list[str], rows: list[list[str]], *, delimiter: str, encoding: str
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def texts(path: Path) -> list[tuple[int, list[str]]]:
    sheet = read_sheet(path)
    return [(row.number, sheet.texts(row)) for row in sheet.rows]


@pytest.mark.parametrize(
    ("name", "delimiter", "encoding", "description"),
    [
        ("a.csv", ";", "utf-8-sig", "CSV (UTF-8, ;)"),
        ("b.csv", ",", "cp1252", "CSV (Windows-1252, ,)"),
        ("excel.csv", ";", "cp1252", "CSV (Windows-1252, ;)"),
        # Excel's "Unicode text": UTF-16 with a byte-order mark, tabs between fields.
        ("c.txt", "\t", "utf-16", "CSV (UTF-16, tab)"),
        ("d.csv", ",", "utf-8", "CSV (UTF-8, ,)"),
    ],
)
def test_csv_in_every_encoding_and_separator(
    tmp_path: Path, name: str, delimiter: str, encoding: str, description: str
) -> None:
    path = write_csv(tmp_path / name, ["naam", "datum", "notitie"],
                     [["", "", ""], ["Ruël", "1-2-2027", "café; of niet, zegt\tze"]],
                     delimiter=delimiter, encoding=encoding)  # fmt: skip
    sheet = read_sheet(path)
    assert sheet.headers == ["naam", "datum", "notitie"] and sheet.description == description
    assert texts(path) == [(3, ["Ruël", "1-2-2027", "café; of niet, zegt\tze"])]


def test_header_key_folds_like_a_search() -> None:
    assert header_key(" E-mail adres ") == "emailadres" and header_key("Çelik") == "celik"
    assert header_key("Allergieën") == "allergieen"


def test_xlsx_cells_as_a_user_sees_them(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])  # a blank line above the header, as people leave them
    sheet.append(["naam", "datum", "aantal"])
    sheet.append(["Şahin", datetime(2027, 1, 15), 2.0])
    workbook.save(tmp_path / "d.xlsx")
    assert texts(tmp_path / "d.xlsx") == [(3, ["Şahin", "15-01-2027", "2"])]
    assert read_sheet(tmp_path / "d.xlsx").description == "XLSX"


def test_what_the_writer_escapes_reads_back_as_typed(tmp_path: Path) -> None:
    written = tmp_path / "e.csv"
    write_table(written, ["naam", "formule"], [["Bos", "=1+1"]])
    assert "'=1+1" in written.read_text("utf-8-sig")
    assert texts(written) == [(2, ["Bos", "=1+1"])]
    book = tmp_path / "f.xlsx"
    write_table(book, ["naam"], [["=SUM(A1)"]], sheet_title="Lijst", notes=["uitleg"])
    assert load_workbook(book).sheetnames == ["Lijst", "Uitleg"]
    assert texts(book) == [(2, ["=SUM(A1)"])]


def _ods(path: Path, rows_xml: str, *, mimetype: bool = True) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<office:document-content"
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Leeg"><table:table-row><table:table-cell/></table:table-row>'
        "</table:table>"
        f'<table:table table:name="Gezinnen">{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return path


def test_ods_the_first_table_with_data(tmp_path: Path) -> None:
    rows = (
        '<table:table-row table:number-rows-repeated="2"><table:table-cell'
        ' table:number-columns-repeated="1024"/></table:table-row>'
        "<table:table-row>"
        "<table:table-cell><text:p>naam</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="2"/>'
        "<table:table-cell><text:p>datum</text:p></table:table-cell>"
        "<table:table-cell><text:p>aantal</text:p></table:table-cell>"
        "<table:table-cell><text:p>ja</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="16378"/>'
        "</table:table-row>"
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        "<table:table-row>"
        '<table:table-cell><text:p>Van<text:s/>der<text:s text:c="2"/>Berg</text:p>'
        "<text:p>tweede regel</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="2"/>'
        '<table:table-cell office:value-type="date" office:date-value="2027-01-15">'
        "<text:p>15-01-27</text:p></table:table-cell>"
        '<table:table-cell office:value-type="float" office:value="2">'
        "<text:p>2,00</text:p></table:table-cell>"
        '<table:table-cell office:value-type="boolean" office:boolean-value="true">'
        "<text:p>WAAR</text:p></table:table-cell>"
        "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/>'
        "</table:table-row>"
    )
    for path in (_ods(tmp_path / "gezinnen.ods", rows), _ods(tmp_path / "zonder-naam", rows)):
        sheet = read_sheet(path)
        assert sheet.kind == "ods" and sheet.description == "ODS"
        assert sheet.headers == ["naam", "kolom 2", "kolom 3", "datum", "aantal", "ja"]
        assert sheet.file_headers[1:3] == ["", ""]
        [row] = sheet.rows
        assert row.number == 7
        assert row.cells[3] == date(2027, 1, 15) and row.cells[4] == 2 and row.cells[5] is True
        assert sheet.texts(row) == ["Van der  Berg\ntweede regel", "", "", "15-01-2027", "2", "ja"]


def test_an_ods_without_data_says_so(tmp_path: Path) -> None:
    path = _ods(tmp_path / "leeg.ods", "<table:table-row><table:table-cell/></table:table-row>")
    with pytest.raises(UserError) as err:
        read_sheet(path)
    assert err.value.message == (
        "Het bestand 'leeg.ods' kan niet worden gelezen: het bestand bevat geen gegevens. "
        "Kies een bestand met gegevens."
    )


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04" + b"\x00rommel" * 40,  # a zip header with garbage behind it
        b"",  # nothing at all
    ],
)
def test_a_damaged_workbook_is_one_dutch_sentence(tmp_path: Path, content: bytes) -> None:
    for name in ("kapot.xlsx", "kapot.ods"):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(UserError) as err:
            read_sheet(path)
        assert err.value.message.startswith(f"Het bestand '{name}' kan niet worden gelezen: ")


def test_a_truncated_workbook_is_one_dutch_sentence(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["code", "geboortemaand"])
    sheet.append(["K-1", "2016-03"])
    whole = tmp_path / "heel.xlsx"
    workbook.save(whole)
    data = whole.read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        path = tmp_path / "half.xlsx"
        path.write_bytes(data[:cut])
        with pytest.raises(UserError) as err:
            read_sheet(path)
        assert "geen geldig Excel-bestand" in err.value.message


def test_files_that_are_no_list_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "leeg.csv").write_text("\n\n")
    with pytest.raises(UserError, match="leeg"):
        read_sheet(tmp_path / "leeg.csv")
    with pytest.raises(UserError, match="is een map"):
        read_sheet(tmp_path)
    with pytest.raises(UserError, match="bestaat niet"):
        read_sheet(tmp_path / "weg.ods")
    big = tmp_path / "groot.csv"
    big.write_text("naam;e-mail\nJan;jan@example.nl\n")
    monkeypatch.setattr(reading.files, "MAX_BYTES", 10)
    with pytest.raises(UserError) as err:
        read_sheet(big)
    assert err.value.message == "groot.csv is te groot (0 MB). Splits het in kleinere bestanden."
