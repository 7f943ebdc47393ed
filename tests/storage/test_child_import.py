"""Importing children from CSV/XLSX (SQLite and PostgreSQL): privacy first, a report
per row, and the template."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from utregs_plekkie.cli import run
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    DayPart,
    Gender,
    Provider,
    Role,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, PermissionDenied
from utregs_plekkie.core.schedule import WEEKEND_MASK, Schedule
from utregs_plekkie.exchange.child_import import (
    COLUMNS,
    import_children,
    parse_schedule,
    write_child_template,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

MATCHER = Actor(user_id=None, username="matcher1", role=Role.MATCHER)


@pytest.fixture(autouse=True)
def _fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ))
    yield
    clock.set_clock(None)


def _write_csv(path: Path, rows: list[list[str]], *, delimiter: str, encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _children(db: Database) -> dict[str, m.Child]:
    with db.session() as s:
        return {c.code: c for c in s.scalars(select(m.Child))}


HEADER = [
    "Code",
    "Naam",
    "BSN",
    "Geboortemaand",
    "Zorgvorm",
    "Postcode thuis",
    "Postcode school",
    "Rooster",
    "Weekenden",
    "Broer/zus groep",
    "Behoeften",
    "Talen",
    "Allergieën",
    "Rookvrij",
    "Max afstand km",
    "Casemanager",
]


def test_csv_import_refuses_names_and_bsn_and_keeps_only_pc4(db: Database, tmp_path: Path) -> None:
    rows = [
        HEADER,
        [
            "K24-0001",
            "Jantje de Vries",
            "111222333",
            "2016-03",
            "deeltijd: weekenden",
            "3511 AB",
            "3512",
            "",
            "om het weekend",
            "SG-A",
            "trauma, ADHD/autisme",
            "Nederlands, tr",
            "kat",
            "ja",
            "10,5",
            "A.B.",
        ],
        [
            "K24-0002",
            "Pietje de Vries",
            "123456782",
            "14-07-2018",
            "weekend",
            "3511",
            "",
            "za ochtend en middag",
            "elk",
            "SG-A",
            "",
            "nl",
            "",
            "nee",
            "",
            "AB",
        ],
    ]
    path = _write_csv(tmp_path / "kinderen.csv", rows, delimiter=";", encoding="utf-8-sig")
    report = tmp_path / "verslag.csv"
    result = import_children(db, path, report_path=report, actor=MATCHER)
    assert (result.created, result.skipped, result.failed) == (2, 0, 0)
    assert result.refused_columns == ["Naam", "BSN"]
    assert result.description == "CSV (UTF-8, ;)"
    kids = _children(db)
    one, two = kids["K24-0001"], kids["K24-0002"]
    assert one.birth_month == date(2016, 3, 1) and two.birth_month == date(2018, 7, 1)
    assert (one.home_pc4, one.school_pc4, two.school_pc4) == ("3511", "3512", None)
    assert one.wijk_code == "WK034406" and one.placing_provider == Provider.SPOOR030
    assert one.care_form == CareForm.DEELTIJD_WEEKEND
    assert one.schedule_needed == Schedule(WEEKEND_MASK)
    assert two.schedule_needed == Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
    assert one.weekend_pattern == WeekendPattern.OM_DE_WEEK
    assert sorted(one.needs) == ["adhd_autisme", "trauma"]
    assert sorted(one.languages) == ["nl", "tr"]
    assert one.allergies == ["kat"] and one.smoke_free and not two.smoke_free
    assert one.max_distance_km == 10.5 and one.case_worker_initials == "AB"
    assert one.status == ChildStatus.WACHT and one.waiting_since == date(2026, 3, 2)
    assert one.gender == Gender.ONBEKEND and one.urgency == Urgency.NORMAAL
    with db.session() as s:
        group_ids = {c.sibling_group_id for c in s.scalars(select(m.Child))}
        assert len(group_ids) == 1 and None not in group_ids
        audit = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == AuditAction.IMPORT)
        ).all()
    assert len(audit) == 1 and audit[0].username == "matcher1"
    assert audit[0].detail == (
        "kinderen.csv: 2 nieuw, 0 overgeslagen, 0 fouten; geweigerde kolommen: Naam, BSN"
    )
    # Nothing of the refused columns is stored or echoed anywhere.
    stored = repr([vars(c) for c in kids.values()]) + audit[0].detail
    text = report.read_text(encoding="utf-8-sig")
    for secret in ("Jantje", "Pietje", "111222333", "123456782"):
        assert secret not in stored and secret not in text
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0] == ["regel", "code", "resultaat", "melding"]
    assert (
        lines[1][2] == "opmerking"
        and "Kolommen geweigerd en niet gelezen: Naam, BSN" in lines[1][3]
    )
    assert lines[2][:3] == ["2", "K24-0001", "nieuw"]
    assert "alleen de vier cijfers 3511 bewaard" in lines[2][3]
    assert lines[3][:3] == ["3", "K24-0002", "nieuw"]
    assert "alleen maand en jaar bewaard" in lines[3][3]


def test_row_errors_are_reported_and_the_rest_is_imported(db: Database, tmp_path: Path) -> None:
    rows = [
        ["code", "geboortemaand", "zorgvorm", "postcode_thuis", "rooster", "talen"],
        ["K-1", "2015-01", "voltijd_lang", "3511", "", "nl"],
        ["123456782", "2015-01", "voltijd_lang", "3511", "", ""],
        ["K-3", "2030-01", "vliegen", "35", "maandagochtend", "klingon"],
        ["K-1", "2015-02", "steunouder", "3512", "wo middag", ""],
        ["VOORBEELD", "2016-03", "steunouder", "", "", ""],
        ["K-6", "", "steunouder", "9999", "wo middag", ""],
        ["", "", "", "", "", ""],
        ["K-8", "03-2019", "steunouder", "9999", "wo middag; za ochtend", ""],
    ]
    path = _write_csv(tmp_path / "lijst.csv", rows, delimiter=",", encoding="utf-8")
    result = import_children(db, path, actor=MATCHER)
    assert (result.created, result.skipped, result.failed) == (2, 1, 4)
    by_row = {r.row: r for r in result.rows}
    assert by_row[3].status == "fout" and by_row[3].code == ""  # a BSN is never echoed
    assert by_row[3].messages == (
        "kolom code: dit lijkt een BSN; een BSN wordt niet bewaard. Gebruik een eigen code "
        "(bv. K24-0007)",
    )
    errors = " | ".join(by_row[4].messages)
    for part in (
        "kolom geboortemaand: 2030-01 ligt in de toekomst",
        "kolom zorgvorm: 'vliegen' is onbekend",
        "kolom postcode_thuis: '35' is geen postcode",
        "kolom talen: 'klingon' is geen taal die we kennen",
        "kolom rooster: 'maandagochtend' in 'maandagochtend' begrijpen we niet",
    ):
        assert part in errors
    assert by_row[5].messages == ("code K-1 staat al op regel 2 van dit bestand",)
    assert by_row[6].status == "overgeslagen" and by_row[6].messages == ("voorbeeldregel",)
    assert by_row[7].messages == ("kolom geboortemaand is leeg",)
    assert by_row[9].status == "nieuw"
    assert "postcode 9999 staat niet in de postcodetabel" in by_row[9].messages[0]
    assert set(_children(db)) == {"K-1", "K-8"}
    # Importing the same file again changes nothing: existing codes are skipped.
    again = import_children(db, path, actor=MATCHER)
    assert (again.created, again.skipped, again.failed) == (0, 3, 4)
    assert len(_children(db)) == 2


def test_cp1252_xlsx_dry_run_and_missing_columns(db: Database, tmp_path: Path) -> None:
    rows = [
        ["code", "geboortemaand", "zorgvorm", "cultuur"],
        ["K-é1", "2012-05", "langdurend", "christelijk"],
        ["K-2", "mei 2012", "langdurend", "Hindoestaans-Surinaams ë"],
    ]
    path = _write_csv(tmp_path / "oud.csv", rows, delimiter=";", encoding="cp1252")
    result = import_children(db, path, dry_run=True, actor=MATCHER)
    assert result.description == "CSV (Windows-1252, ;)"
    assert (result.created, result.failed) == (1, 1)  # "K-é1" is not a plain code
    assert "Proefronde: er is niets opgeslagen." in result.summary()
    assert _children(db) == {}
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Code", "Geboortemaand", "Zorgvorm", "Gewenste start", "Voornaam"])
    sheet.append(["X-1", "2014-09", "crisis", datetime(2026, 4, 1), "Anna"])
    xlsx = tmp_path / "kinderen.xlsx"
    workbook.save(xlsx)
    result = import_children(db, xlsx, actor=MATCHER)
    assert result.created == 1 and result.refused_columns == ["Voornaam"]
    child = _children(db)["X-1"]
    assert child.care_form == CareForm.VOLTIJD_CRISIS and child.wanted_start == date(2026, 4, 1)
    assert child.schedule_needed == Schedule.full()
    bad = _write_csv(
        tmp_path / "kaal.csv", [["code", "naam"], ["K-1", "x"]], delimiter=";", encoding="utf-8"
    )
    with pytest.raises(UserError, match="ontbreken de kolommen geboortemaand, zorgvorm"):
        import_children(db, bad, actor=MATCHER)
    with pytest.raises(UserError, match="bestaat niet"):
        import_children(db, tmp_path / "weg.csv", actor=MATCHER)
    dated = _write_csv(
        tmp_path / "geboortedatum.csv",
        [["code", "geboortedatum", "zorgvorm"], ["K-1", "14-07-2018", "steunouder"]],
        delimiter=";",
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="Een volledige geboortedatum wordt niet gelezen"):
        import_children(db, dated, actor=MATCHER)
    kiosk = Actor(user_id=None, username="kiosk", role=Role.EVENEMENT)
    with pytest.raises(PermissionDenied):
        import_children(db, xlsx, actor=kiosk)
    assert _children(db).keys() == {"X-1"}


def test_template_round_trip(db: Database, tmp_path: Path) -> None:
    csv_template = write_child_template(tmp_path / "sjabloon.csv")
    header = csv_template.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert header == [c.header for c in COLUMNS]
    assert not {"naam", "bsn"} & {h.lower() for h in header}
    result = import_children(db, csv_template, actor=MATCHER)
    assert (result.created, result.skipped, result.failed) == (0, 1, 0)
    xlsx_template = write_child_template(tmp_path / "sjabloon.xlsx")
    workbook = load_workbook(xlsx_template)
    assert workbook.sheetnames == ["Kinderen", "Uitleg"]
    notes = [row[0] for row in workbook["Uitleg"].iter_rows(values_only=True) if row[0]]
    assert any("Geen namen, geen BSN" in str(n) for n in notes)
    assert import_children(db, xlsx_template, actor=MATCHER).skipped == 1


def test_parse_schedule() -> None:
    assert parse_schedule("") == Schedule.empty()
    assert parse_schedule("hele week") == Schedule.full()
    assert parse_schedule("weekend") == Schedule(WEEKEND_MASK)
    assert parse_schedule("wo middag; za ochtend en middag") == Schedule.from_cells(
        [(2, DayPart.MIDDAG), (5, DayPart.OCHTEND), (5, DayPart.MIDDAG)]
    )
    assert parse_schedule("ma t/m vr middag") == Schedule.from_cells(
        [(d, DayPart.MIDDAG) for d in range(5)]
    )
    assert parse_schedule("zaterdag hele dag") == Schedule.from_cells([(5, p) for p in DayPart])


def test_cli_import_and_template(db_url: str, tmp_path: Path) -> None:
    template = tmp_path / "sjabloon.xlsx"
    out = io.StringIO()
    assert run(["template", "children", str(template), "--db", db_url], out=out) == 0
    assert template.exists() and "Sjabloon geschreven" in out.getvalue()
    good = _write_csv(
        tmp_path / "ok.csv",
        [["code", "geboortemaand", "zorgvorm"], ["C-1", "2017-01", "steunouder"]],
        delimiter=";",
        encoding="utf-8",
    )
    report = tmp_path / "verslag.xlsx"
    out = io.StringIO()
    code = run(
        ["import", "children", str(good), "--report", str(report), "--db", db_url, "--admin"],
        out=out,
    )
    assert code == 0
    assert out.getvalue().startswith("ok.csv: 1 kinderen nieuw, 0 overgeslagen")
    assert load_workbook(report).sheetnames == ["Verslag", "Uitleg"]
    bad = _write_csv(
        tmp_path / "fout.csv",
        [["code", "geboortemaand", "zorgvorm"], ["C-2", "2017-13", "steunouder"]],
        delimiter=";",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert run(["import", "children", str(bad), "--db", db_url, "--admin"], out=out) == 1
    assert "regel 2: kolom geboortemaand: '2017-13' is geen maand" in out.getvalue()


def test_a_damaged_workbook_is_a_dutch_sentence_not_a_traceback(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    garbage = tmp_path / "rommel.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + b"\x00rommel" * 60)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["code", "geboortemaand", "zorgvorm"])
    sheet.append(["K-1", "2016-03", "steunouder"])
    whole = tmp_path / "heel.xlsx"
    workbook.save(whole)
    truncated = tmp_path / "afgebroken.xlsx"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    for path in (garbage, truncated):
        with pytest.raises(UserError) as err:
            import_children(db, path, actor=MATCHER)
        assert err.value.message == (
            f"Het bestand '{path.name}' kan niet worden gelezen: het is geen geldig "
            "Excel-bestand (.xlsx). Open het in Excel en sla het opnieuw op."
        )
        out = io.StringIO()
        assert run(["import", "children", str(path), "--db", db_url, "--admin"], out=out) == 1
    assert _children(db) == {}
