"""Importing lists of families: file variants, refusals with reasons, no double imports,
the template and the row report. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    DayPart,
    HouseholdRoute,
    PipelineStage,
    Provider,
    Role,
    ScreeningKind,
    WeekendPattern,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, PermissionDenied
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.exchange.household_import import (
    COLUMNS,
    RowStatus,
    import_households,
    write_import_report,
    write_template,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import (
    HouseholdQuery,
    count_households,
    fetch_households,
    household_detail,
)

NOW = datetime(2027, 3, 10, 10, 0, tzinfo=clock.LOCAL_TZ)
WERVER = Actor(user_id=None, username="werver1", role=Role.WERVER)

HEADERS = [
    "gezinsnaam", "route", "fase", "fase sinds", "reden gestopt", "e-mail", "telefoon",
    "straat", "huisnummer", "postcode", "plaats", "volwassene 1 voornaam",
    "volwassene 1 achternaam", "volwassene 1 VGB/VOG afgegeven",
    "volwassene 1 VGB/VOG geldig tot en met", "zorgvormen", "capaciteit", "weekrooster",
    "eigen kinderen (geboortejaren)",
]  # fmt: skip
ROWS = [
    ["Familie Ruël", "pleegouder", "beschikbaar", "15-01-2027", "", "ruel@example.nl",
     "06-12345678", "Biltstraat", "101", "3572 AA", "Utrecht", "Noëlle", "Ruël",
     "01-12-2025", "01-12-2027", "voltijd: langdurend, vakanties", "2", "", "2015; 2018"],
    ["Familie Şahin", "steunouder", "aanmelding", "", "", "sahin@example.nl", "", "", "",
     "3453 AB", "", "Zeynep", "Şahin", "", "", "steunouder", "1", "za ochtend, za middag", ""],
    ["Familie Oud", "", "gestopt", "", "verhuisd", "", "", "", "", "", "", "", "", "", "",
     "", "", "", ""],
]  # fmt: skip


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """The shared database (tests/storage/conftest.py), on this file's fixed clock."""
    clock.set_clock(lambda: NOW)
    yield db
    clock.set_clock(None)


def write_csv(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])  # a blank line above the header, as people leave them
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def names(db: Database) -> list[str]:
    return [r.name for r in fetch_households(db, HouseholdQuery(), 0, 100)]


def check_imported(db: Database) -> None:
    assert names(db) == ["Familie Oud", "Familie Ruël", "Familie Şahin"]
    by_name = {r.name: r for r in fetch_households(db)}
    ruel = household_detail(db, by_name["Familie Ruël"].id, actor=Actor.system()).household
    assert ruel.stage == PipelineStage.BESCHIKBAAR and ruel.provider == Provider.SPOOR030
    assert ruel.phone == "+31612345678" and (ruel.street, ruel.house_number) == ("Biltstraat", 101)
    assert ruel.stage_changes[0].at.astimezone(clock.LOCAL_TZ).date().isoformat() == "2027-01-15"
    assert sorted(c.birth_year for c in ruel.own_children) == [2015, 2018]
    [check] = ruel.adults[0].checks
    assert check.kind == ScreeningKind.VGB and check.expires_on is not None
    offers = {o.care_form: o for o in ruel.offers}
    assert set(offers) == {CareForm.VOLTIJD_LANG, CareForm.DEELTIJD_VAKANTIE}
    assert offers[CareForm.VOLTIJD_LANG].capacity == 2
    sahin = household_detail(db, by_name["Familie Şahin"].id, actor=Actor.system()).household
    assert sahin.route == HouseholdRoute.STEUNOUDER and sahin.provider == Provider.KOOS
    [offer] = sahin.offers
    assert offer.schedule == Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
    oud = household_detail(db, by_name["Familie Oud"].id, actor=Actor.system()).household
    assert (oud.stage, oud.dropout_reason) == (PipelineStage.GESTOPT, "verhuisd")


@pytest.mark.parametrize(
    ("variant", "delimiter", "encoding"),
    [
        ("dutch-excel", ";", "utf-8-sig"),
        ("utf8-comma", ",", "utf-8"),
        ("windows-1252", ";", "cp1252"),
        ("tabs-utf16", "\t", "utf-16"),
    ],
)
def test_csv_variants(
    db: Database, tmp_path: Path, variant: str, delimiter: str, encoding: str
) -> None:
    rows = [list(r) for r in ROWS]
    if encoding == "cp1252":
        # Windows-1252 has no Ş; such a file would hold an S.
        rows[1] = [c.replace("Ş", "S") for c in rows[1]]
    path = write_csv(
        tmp_path / f"{variant}.csv", HEADERS, rows, delimiter=delimiter, encoding=encoding
    )
    result = import_households(db, path, actor=WERVER)
    assert (result.added, result.skipped, result.refused) == (3, 0, 0), result.rows
    if encoding != "cp1252":
        check_imported(db)
    else:
        assert "Familie Ruël" in names(db)


def test_xlsx_with_dates_and_numbers_as_excel_stores_them(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [list(r) for r in ROWS]
    rows[0][3] = datetime(2027, 1, 15)
    rows[0][13] = datetime(2025, 12, 1)
    rows[0][14] = datetime(2027, 12, 1)
    rows[0][8] = 101
    rows[0][16] = 2.0
    result = import_households(
        db, write_xlsx(tmp_path / "gezinnen.xlsx", HEADERS, rows), actor=WERVER
    )
    assert result.added == 3 and result.description == "XLSX"
    check_imported(db)


def test_lists_from_elsewhere_with_loose_headers(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "oude-lijst.csv",
        ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Telefoonnummer", "Adres",
         "Postcode", "Woonplaats", "Lievelingskleur"],
        [["Anouk", "van der", "Berg", "anouk@example.nl", "0612345678", "Oudegracht 12a",
          "3511AB", "Utrecht", "groen"]],
    )  # fmt: skip
    result = import_households(db, path, actor=WERVER)
    assert result.added == 1 and result.unknown_columns == ("Lievelingskleur",)
    [row] = fetch_households(db)
    h = household_detail(db, row.id, actor=Actor.system()).household
    assert h.name == "Familie Van der Berg" and h.email == "anouk@example.nl"
    assert (h.street, h.house_number, h.house_number_suffix, h.postcode) == (
        "Oudegracht",
        12,
        "A",
        "3511 AB",
    )
    assert h.adults[0].full_name == "Anouk van der Berg"
    assert h.stage == PipelineStage.INFORMATIEBIJEENKOMST


def test_refused_rows_say_why_and_the_rest_is_imported(db: Database, tmp_path: Path) -> None:
    bad = [
        ["Familie Postcode", "", "", "", "", "", "", "", "", "35111", "", "", "", "", "", "",
         "", "", ""],
        ["Familie Fase", "", "wachten", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
         "", ""],
        ["Familie Zonder VGB", "", "beschikbaar", "", "", "", "", "", "", "", "", "Jan",
         "Zonder", "", "", "", "", "", ""],
        ["Familie Gestopt", "", "gestopt", "", "", "", "", "", "", "", "", "", "", "", "", "",
         "", "", ""],
        ["Familie Datum", "", "", "32-01-2027", "", "", "", "", "", "", "", "", "", "", "", "",
         "", "", ""],
        ["Familie Steun", "steunouder", "", "", "", "", "", "", "", "", "", "", "", "", "",
         "voltijd: crisis", "", "", ""],
        ["Familie Rooster", "steunouder", "", "", "", "", "", "", "", "", "", "", "", "", "",
         "steunouder", "", "", ""],
        ["Familie Gezinsonderzoek", "steunouder", "gezinsonderzoek", "", "", "", "", "", "", "",
         "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["Familie Goed", "", "", "", "", "goed@example.nl", "", "", "", "", "", "", "", "", "",
         "", "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "fouten.csv", HEADERS, bad)
    result = import_households(db, path, actor=WERVER)
    reasons = {r.name: r.reason for r in result.rows if r.status == RowStatus.GEWEIGERD}
    assert "geen geldige postcode" in reasons["Familie Postcode"]
    assert reasons["Familie Fase"].startswith("fase: 'wachten' ken ik niet")
    assert "Jan Zonder: de VGB ontbreekt" in reasons["Familie Zonder VGB"]
    assert "reden gestopt: bij een gestopt gezin hoort een reden" in reasons["Familie Gestopt"]
    assert "fase sinds: '32-01-2027' is geen datum" in reasons["Familie Datum"]
    assert "kan alleen 'steunouder: een paar uur' aanbieden" in reasons["Familie Steun"]
    assert reasons["Familie Rooster"].startswith("weekrooster: Kruis in het weekrooster")
    assert "kent geen fase gezinsonderzoek" in reasons["Familie Gezinsonderzoek"]
    assert [r.row for r in result.rows] == [2, 3, 4, 5, 6, 7, 8, 9, 11]  # row 10 is empty
    assert result.added == 1 and names(db) == ["Familie Goed"]
    # The report lists every row with its reason and the row as it was.
    report = write_import_report(result, tmp_path / "verslag.csv")
    with report.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][:5] == ["importregel", "importstatus", "gezinsnummer", "importreden",
                            "gezinsnaam"]  # fmt: skip
    assert table[1][:2] == ["2", "geweigerd"] and "postcode" in table[1][3]
    assert table[1][4] == "Familie Postcode" and table[1][13] == "35111"
    # Correct the refused row in the report and import the report: only it is added.
    table[1][13] = "3511 AB"
    write_csv(tmp_path / "verbeterd.csv", table[0], [r for r in table[1:2]] + table[-1:])
    again = import_households(db, tmp_path / "verbeterd.csv", actor=WERVER)
    assert (again.added, again.skipped) == (1, 1)
    assert "Familie Postcode" in names(db)


def test_importing_the_same_file_again_adds_nothing(db: Database, tmp_path: Path) -> None:
    rows = [*ROWS, list(ROWS[0])]  # the same family twice in one file
    path = write_csv(tmp_path / "gezinnen.csv", HEADERS, rows)
    first = import_households(db, path, actor=WERVER)
    assert (first.added, first.skipped) == (3, 1)
    assert first.rows[-1].reason == "staat eerder in dit bestand (regel 2)"
    second = import_households(db, path, actor=WERVER)
    assert (second.added, second.skipped, second.refused) == (0, 4, 0)
    assert all("staat al in het programma" in r.reason for r in second.rows)
    assert count_households(db) == 3
    with db.session() as s:
        imports = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == AuditAction.IMPORT)
        ).all()
    assert [e.detail for e in imports] == [
        "gezinnen.csv: 3 toegevoegd, 1 overgeslagen, 0 geweigerd",
        "gezinnen.csv: 0 toegevoegd, 4 overgeslagen, 0 geweigerd",
    ]
    assert imports[0].username == "werver1"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_template_round_trip(db: Database, tmp_path: Path, suffix: str) -> None:
    template = write_template(tmp_path / f"sjabloon{suffix}")
    if suffix == ".xlsx":
        workbook = load_workbook(template)
        assert workbook.sheetnames == ["Gezinnen", "Uitleg"]
        header = [c.value for c in next(workbook["Gezinnen"].iter_rows(max_row=1))]
        assert header == [c.header for c in COLUMNS]
        assert "Alleen 'gezinsnaam'" in str(workbook["Uitleg"]["A2"].value)
    result = import_households(db, template, actor=WERVER)
    assert (result.added, result.refused, result.unknown_columns) == (1, 0, ())
    [row] = fetch_households(db)
    detail = household_detail(db, row.id, actor=Actor.system())
    h = detail.household
    assert h.name == "Familie Van der Berg" and h.stage == PipelineStage.BESCHIKBAAR
    assert [a.full_name for a in h.adults] == ["Anouk van der Berg", "Kees Bakker"]
    assert detail.blockers == ()
    forms = {o.care_form: o for o in h.offers}
    assert set(forms) == {CareForm.VOLTIJD_LANG, CareForm.DEELTIJD_WEEKEND}
    assert forms[CareForm.DEELTIJD_WEEKEND].weekend_pattern == WeekendPattern.OM_DE_WEEK
    assert h.experience == ["trauma"] and h.pets == ["kat"] and h.languages == ["nl", "en"]
    assert import_households(db, template, actor=WERVER).added == 0


def test_files_that_cannot_be_imported(db: Database, tmp_path: Path) -> None:
    no_names = write_csv(
        tmp_path / "zonder-namen.csv", ["e-mail", "telefoon"], [["a@example.nl", "0612345678"]]
    )
    with pytest.raises(UserError, match="geen kolom 'gezinsnaam'"):
        import_households(db, no_names, actor=WERVER)
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match=r"\.xlsx"):
        import_households(db, old, actor=WERVER)
    with pytest.raises(UserError, match="bestaat niet"):
        import_households(db, tmp_path / "weg.csv", actor=WERVER)
    with pytest.raises(UserError, match=r"\.xlsx of \.csv"):
        write_template(tmp_path / "sjabloon.ods")
    kiosk = Actor(user_id=None, username="kiosk", role=Role.EVENEMENT)
    with pytest.raises(PermissionDenied):
        import_households(db, no_names, actor=kiosk)
    assert count_households(db) == 0


def test_progress_and_cancel(db: Database, tmp_path: Path) -> None:
    rows = [[f"Familie Nummer {chr(65 + i // 26)}{chr(65 + i % 26)}"] + [""] * 18
            for i in range(450)]  # fmt: skip
    path = write_csv(tmp_path / "veel.csv", HEADERS, rows)
    seen: list[tuple[int, int]] = []

    def stop_after_first_batch(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    result = import_households(db, path, progress=stop_after_first_batch, actor=WERVER)
    assert result.cancelled and seen == [(200, 450)]
    assert result.added == 200 and count_households(db) == 200
    assert "Afgebroken" in result.summary()
    rest = import_households(db, path, progress=lambda done, total: True, actor=WERVER)
    assert (rest.added, rest.skipped) == (250, 200) and not rest.cancelled


def test_command_line_template_import_and_report(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from utregs_plekkie.cli import run

    def cli(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = run([*argv, "--db", db_url], out=out)
        return code, out.getvalue()

    template = tmp_path / "sjabloon.xlsx"
    code, text = cli("template", "households", str(template))
    assert code == 0 and "Sjabloon geschreven" in text and template.exists()
    code, text = cli("import", "households", str(template), "--report", str(tmp_path / "v.csv"))
    assert code == 0 and "1 gezinnen toegevoegd" in text and (tmp_path / "v.csv").exists()
    code, text = cli("import", "households", str(template))
    assert code == 0 and "1 overgeslagen" in text
    bad = write_csv(tmp_path / "fout.csv", ["gezinsnaam", "postcode"], [["Familie X", "1"]])
    code, text = cli("import", "households", str(bad))
    assert code == 1 and "regel 2: " in text
    assert "1 regel is niet ingelezen" in capsys.readouterr().err
