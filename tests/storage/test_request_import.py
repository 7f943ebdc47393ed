"""Importing requests from the files people have: every CSV variant and XLSX, every
rejection reason, duplicates skipped or merged, the summary line and the report, the
command line, and the event laptop -> desk flow. The readers get random bytes too."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from utregs_plekkie.cli import run
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, EventKind, Interest, Provider, Role, Source
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.exchange.reading import read_csv_bytes, read_sheet
from utregs_plekkie.exchange.request_import import (
    ImportOptions,
    Outcome,
    import_requests,
    preview_import,
    write_report,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.requests import (
    RequestInput,
    RequestQuery,
    add_consent_text,
    count_requests,
    create_request,
    load_request,
)

DATA = Path(__file__).parent.parent / "data" / "requests"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ)
ACTOR = Actor.system()
WERVER = Actor(user_id=None, username="werver1", role=Role.WERVER)
HEADER = ["Naam", "E-mail", "Telefoon", "Postcode", "Interesse", "Datum", "Toestemming"]


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: NOW)
    yield
    clock.set_clock(None)


def _csv(
    path: Path,
    rows: list[list[str]],
    *,
    header: list[str] = HEADER,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _requests(db: Database) -> list[m.InfoRequest]:
    with db.session() as session:
        return list(session.scalars(select(m.InfoRequest).order_by(m.InfoRequest.id)))


GOOD = [
    ["Jan de Vries", "jan@voorbeeld.nl", "06 12345678", "3511 AB", "voltijd", "10-02-2026", "ja"],
    ["Fatima Amrani", "fatima@voorbeeld.nl", "", "3544 AA", "steunouder", "11-02-2026", "ja"],
    ["Piet Zeister", "", "0687654321", "3701 AB", "weet nog niet", "", "ja"],
]

# --------------------------------------------------------------------------- file variants


def test_comma_separated_utf8_with_english_headers(db: Database) -> None:
    result = import_requests(db, DATA / "website-komma.csv", actor=ACTOR)
    assert result.summary() == "3 gelezen, 3 toegevoegd, 0 dubbel, 0 afgewezen"
    anna, sem, liam = _requests(db)
    assert (anna.first_name, anna.last_name, anna.email) == (
        "Anna",
        "Bakker",
        "anna.bakker@example.nl",
    )
    assert anna.received_at == datetime(2026, 2, 10, 9, 15, tzinfo=clock.LOCAL_TZ)
    assert anna.interest_set == {Interest.VOLTIJD}
    assert (sem.phone, sem.postcode) == ("+31623456789", "3584 CD")
    assert sem.interest_set == {Interest.DEELTIJD, Interest.STEUNOUDER}
    assert (liam.name_prefix, liam.last_name) == ("de", "Boer")
    assert liam.interest_set == {Interest.WEET_NIET}
    assert all(r.source == Source.WEBSITE and r.consent_contact for r in (anna, sem, liam))


def test_semicolons_and_a_bom_as_excel_writes_utf8(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "bom.csv", GOOD)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfNaam;")
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter, sheet.headers[0]) == ("utf-8-sig", ";", "Naam")
    result = import_requests(db, path, actor=ACTOR)
    assert result.summary() == "3 gelezen, 3 toegevoegd, 0 dubbel, 0 afgewezen"
    assert [r.last_name for r in _requests(db)] == ["Vries", "Amrani", "Zeister"]


def test_windows_1252_from_dutch_excel_keeps_the_accents(db: Database) -> None:
    sheet = read_sheet(DATA / "excel-puntkomma-cp1252.csv")
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    result = import_requests(db, DATA / "excel-puntkomma-cp1252.csv", actor=ACTOR)
    assert result.summary() == "3 gelezen, 3 toegevoegd, 0 dubbel, 0 afgewezen"
    noelle, jose, chloe = _requests(db)
    assert (noelle.first_name, noelle.last_name, noelle.name_key) == (
        "Noëlle",
        "IJzerman",
        "noelle ijzerman",
    )
    assert (noelle.house_number, noelle.house_number_suffix) == (12, "A")
    assert (jose.first_name, jose.name_prefix, jose.last_name) == ("José", "van der", "Brontë")
    assert jose.interest_set == {Interest.STEUNOUDER, Interest.DEELTIJD}
    assert jose.source == Source.PODCAST
    assert (chloe.first_name, chloe.last_name, chloe.source) == ("Chloë", "Ruël", Source.POPUP)
    assert chloe.provider == Provider.KOOS  # 3453 De Meern


def test_quoted_fields_may_hold_line_breaks(db: Database) -> None:
    result = import_requests(db, DATA / "excel-puntkomma-cp1252.csv", actor=ACTOR)
    jose = _requests(db)[1]
    assert jose.notes == "Belt liever 's avonds.\r\nHeeft al twee kinderen."
    # Row numbers are those of a spreadsheet: the note's line break does not count.
    sheet = read_sheet(DATA / "excel-puntkomma-cp1252.csv")
    assert [r.number for r in sheet.rows] == [2, 3, 4]
    assert result.read == 3


def test_comma_files_with_line_breaks_and_quotes(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "quotes.csv",
        [
            ["Jan de Vries", "jan@voorbeeld.nl", "", "3511 AB", "voltijd,\nweekend", "", "ja"],
            ['Kees "Kei" Smit', "kees@voorbeeld.nl", "", "", "crisis", "", "ja"],
            ["Wrong", "bad", "", "1234", "", "", "ja"],
        ],
        delimiter=",",
        encoding="utf-8",
    )
    result = import_requests(db, path, actor=ACTOR)
    assert result.summary() == "3 gelezen, 1 toegevoegd, 0 dubbel, 2 afgewezen"
    assert _requests(db)[0].interest_set == {Interest.VOLTIJD, Interest.DEELTIJD}
    assert [r.row for r in result.rows] == [3, 4]
    assert "bevat het teken '\"'" in result.rows[0].reason


def test_xlsx_with_numbers_and_dates_as_excel_stores_them(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Aanmeldingen"
    sheet.append(
        ["Voornaam", "Achternaam", "E-mail", "Mobiel", "Postcode", "Interesse", "Ontvangen"]
    )
    sheet.append(
        [
            "Sanne",
            "Kok",
            "sanne@voorbeeld.nl",
            612345678,
            "3581AA",
            "deeltijd",
            datetime(2026, 2, 3, 14, 0),
        ]
    )
    sheet.append(["Joris", "Post", None, 31687654321, "3544 AB", "voltijd, crisis", 46056])
    sheet.append([None, None, None, None, None, None, None])  # an empty row is no request
    path = tmp_path / "aanmeldingen.xlsx"
    book.save(path)
    result = import_requests(db, path, actor=ACTOR)
    assert result.summary() == "2 gelezen, 2 toegevoegd, 0 dubbel, 0 afgewezen"
    sanne, joris = _requests(db)
    assert (sanne.phone, sanne.postcode) == ("+31612345678", "3581 AA")
    assert sanne.received_at == datetime(2026, 2, 3, 14, 0, tzinfo=clock.LOCAL_TZ)
    assert joris.phone == "+31687654321"
    # A date cell without date formatting arrives as Excel's day number.
    assert joris.received_at.astimezone(clock.LOCAL_TZ).date().isoformat() == "2026-02-03"
    assert joris.interest_set == {Interest.VOLTIJD, Interest.CRISIS}


# --------------------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (
            ["", "a@voorbeeld.nl", "", "", "", "", ""],
            "Vul een naam in (voornaam en/of achternaam).",
        ),
        (["Anna", "", "", "3511 AB", "", "", ""], "Vul een e-mailadres of een telefoonnummer in"),
        (["Anna", "anna@", "", "", "", "", ""], "E-mailadres 'anna@' is ongeldig"),
        (["Anna", "", "12345", "", "", "", ""], "Telefoonnummer '12345' "),
        (
            ["Anna", "a@voorbeeld.nl", "", "1234", "", "", ""],
            "Postcode '1234' is geen geldige postcode: er ontbreken twee letters "
            "(bijvoorbeeld 3511 AB).",
        ),
        (["Ann4", "a@voorbeeld.nl", "", "", "", "", ""], "Voornaam 'Ann4' bevat een cijfer."),
        (
            ["Anna", "a@voorbeeld.nl", "", "", "", "31-02-2026", ""],
            "Datum '31-02-2026' is geen geldige datum",
        ),
        (
            ["Anna", "a@voorbeeld.nl", "", "", "", "01-04-2026", ""],
            "Datum '01-04-2026' ligt in de toekomst",
        ),
        (
            ["Anna", "a@voorbeeld.nl", "", "", "", "", "nee"],
            "Er is geen toestemming om contact op te nemen",
        ),
        (
            ["Anna", "a@voorbeeld.nl", "", "", "", "", "misschien"],
            "Toestemming 'misschien' is niet duidelijk",
        ),
    ],
)
def test_each_rejection_reason(db: Database, tmp_path: Path, row: list[str], reason: str) -> None:
    result = import_requests(db, _csv(tmp_path / "rij.csv", [row]), actor=ACTOR)
    assert result.summary() == "1 gelezen, 0 toegevoegd, 0 dubbel, 1 afgewezen"
    (rejected,) = result.rows
    assert (rejected.row, rejected.outcome) == (2, Outcome.AFGEWEZEN)
    assert rejected.reason.startswith(reason) or reason in rejected.reason
    assert rejected.values == tuple(row)
    assert count_requests(db, RequestQuery()) == 0


def test_rejections_that_need_the_database_or_other_columns(db: Database, tmp_path: Path) -> None:
    add_consent_text(db, "2026-1", "Tekst.", datetime(2026, 1, 1).date(), actor=ACTOR)
    path = _csv(
        tmp_path / "extra.csv",
        [
            ["Anna", "a@voorbeeld.nl", "3511 AB", "koos", "", "12", "ja"],
            ["Bea", "b@voorbeeld.nl", "3701 AB", "", "2019-9", "", "ja"],
            ["Cor", "c@voorbeeld.nl", "3511 AB", "", "", "12 3/4 x", "ja"],
            ["Dirk", "d@voorbeeld.nl", "3701 AB", "KOOS", "2026-1", "", "ja"],
        ],
        header=[
            "Naam",
            "E-mail",
            "Postcode",
            "Aanbieder",
            "Toestemmingstekst",
            "Huisnummer",
            "Toestemming",
        ],
    )
    result = import_requests(db, path, actor=ACTOR)
    assert result.summary() == "4 gelezen, 1 toegevoegd, 0 dubbel, 3 afgewezen"
    reasons = {r.row: r.reason for r in result.rows}
    assert "In de stad bepaalt de wijk de aanbieder" in reasons[2]
    assert reasons[3].startswith("Toestemmingstekst versie '2019-9' is onbekend")
    assert reasons[4].startswith("Huisnummer '12 3/4 x' is ongeldig")
    (dirk,) = _requests(db)
    assert (dirk.provider, dirk.provider_set_by_hand) == (Provider.KOOS, True)
    assert dirk.consent_text_version == "2026-1"


def test_a_file_without_a_name_or_contact_column_is_refused(tmp_path: Path, db: Database) -> None:
    path = _csv(tmp_path / "geen.csv", [["3511 AB", "x"]], header=["Postcode", "Kleur"])
    with pytest.raises(UserError) as err:
        import_requests(db, path, actor=ACTOR)
    assert "Er is geen kolom voor de naam" in err.value.message
    assert "Er is geen kolom voor het e-mailadres of het telefoonnummer" in err.value.message
    assert "Gevonden kolommen: Postcode, Kleur." in err.value.message


def test_unknown_columns_are_reported_and_can_be_mapped(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "mapping.csv",
        [["Anna de Wit", "0612345678", "rood"]],
        header=["Wie", "Bereikbaar op", "Kleur"],
    )
    preview = preview_import(path)
    assert preview.mapping.unknown == ("Wie", "Bereikbaar op", "Kleur")
    assert preview.problems and preview.rows[0].problem is None
    assert "Kolom 'Kleur' is niet herkend en wordt niet ingelezen." in preview.notes
    mapping = {"Wie": "name", "Bereikbaar op": "phone", "Kleur": None}
    assert preview_import(path, mapping).problems == ()
    result = import_requests(db, path, ImportOptions(mapping=mapping), actor=ACTOR)
    assert result.summary() == "1 gelezen, 1 toegevoegd, 0 dubbel, 0 afgewezen"
    assert result.notes == []
    assert _requests(db)[0].phone == "+31612345678"
    with pytest.raises(UserError) as err:
        import_requests(db, path, ImportOptions(mapping={"Wie": "schoenmaat"}), actor=ACTOR)
    assert "Veld 'schoenmaat' bestaat niet" in err.value.message


# --------------------------------------------------------------------------- duplicates


def test_the_summary_counts_every_row_once_in_order(db: Database, tmp_path: Path) -> None:
    create_request(
        db, RequestInput(name="Bestaande Bakker", email="bakker@voorbeeld.nl"), actor=ACTOR
    )
    rows = [
        *GOOD,
        ["J. de Vries", "JAN@voorbeeld.nl", "", "", "", "", "ja"],  # row 2 of this file
        ["Bestaande Bakker", "bakker@voorbeeld.nl", "", "", "", "", "ja"],  # in the database
        ["Kapot", "kapot@", "", "", "", "", "ja"],
    ]
    result = import_requests(db, _csv(tmp_path / "mix.csv", rows), actor=ACTOR)
    assert result.summary() == "6 gelezen, 3 toegevoegd, 2 dubbel, 1 afgewezen"
    assert [(r.row, r.outcome) for r in result.rows] == [
        (5, Outcome.DUBBEL),
        (6, Outcome.DUBBEL),
        (7, Outcome.AFGEWEZEN),
    ]
    assert result.rows[0].reason.startswith("lijkt op rij 2 van dit bestand (zelfde e-mailadres")
    assert result.rows[0].reason.endswith("; overgeslagen")
    assert result.rows[1].reason.startswith("lijkt op aanvraag 1 (Bestaande Bakker, ontvangen")
    assert result.lines()[2].startswith("rij 7: afgewezen: E-mailadres 'kapot@' is ongeldig")


def test_importing_the_same_file_again_adds_nothing(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "twee.csv", [*GOOD, ["Kapot", "", "", "", "", "", ""]])
    assert (
        import_requests(db, path, actor=ACTOR).summary()
        == "4 gelezen, 3 toegevoegd, 0 dubbel, 1 afgewezen"
    )
    with db.session() as session:
        versions = dict(session.execute(select(m.InfoRequest.id, m.InfoRequest.version)).all())
    again = import_requests(db, path, ImportOptions(merge_duplicates=True), actor=ACTOR)
    assert again.summary() == "4 gelezen, 0 toegevoegd, 3 dubbel, 1 afgewezen"
    assert all("(niets nieuws)" in r.reason for r in again.rows if r.outcome == Outcome.DUBBEL)
    with db.session() as session:
        assert (
            dict(session.execute(select(m.InfoRequest.id, m.InfoRequest.version)).all()) == versions
        )
    assert count_requests(db, RequestQuery()) == 3


def test_merging_duplicates_fills_what_was_missing(db: Database, tmp_path: Path) -> None:
    existing = create_request(
        db, RequestInput(name="Jan de Vries", email="jan@voorbeeld.nl"), actor=ACTOR
    )
    path = _csv(
        tmp_path / "aanvulling.csv",
        [["Jan de Vries", "jan@voorbeeld.nl", "0612345678", "3511 AB", "crisis", "", "ja"]],
    )
    skipped = import_requests(db, path, actor=ACTOR)
    assert skipped.rows[0].reason.endswith("overgeslagen")
    assert load_request(db, existing.id).phone is None
    merged = import_requests(db, path, ImportOptions(merge_duplicates=True), actor=WERVER)
    assert merged.summary() == "1 gelezen, 0 toegevoegd, 1 dubbel, 0 afgewezen"
    assert merged.merged == 1 and merged.rows[0].merged
    assert (
        "samengevoegd met aanvraag 1 (aangevuld: telefoonnummer, adres, toestemming, "
        "interesse crisis)" in merged.rows[0].reason
    )
    jan = load_request(db, existing.id)
    assert (jan.phone, jan.postcode, jan.wijk_code) == ("+31612345678", "3511 AB", "WK034406")
    assert jan.interest_set == {Interest.CRISIS}
    assert jan.consent_contact and jan.consent_at == NOW
    assert jan.notes == (
        "Import aanvulling.csv rij 2: aangevuld telefoonnummer, adres, toestemming, "
        "interesse crisis"
    )
    with db.session() as session:
        details = session.scalars(
            select(m.AuditEntry.detail).where(
                m.AuditEntry.action == AuditAction.MERGE, m.AuditEntry.entity_id == existing.id
            )
        ).all()
    assert details == [
        "aangevuld uit een import: telefoonnummer, adres, toestemming, interesse crisis"
    ]


# --------------------------------------------------------------------------- report, progress


def test_the_report_lists_every_duplicate_and_rejection_with_the_original_values(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        *GOOD,
        ["Jan de Vries", "jan@voorbeeld.nl", "", "", "", "", "ja"],
        ["=1+1", "x@", "", "", "", "", ""],
    ]
    result = import_requests(db, _csv(tmp_path / "in.csv", rows), actor=ACTOR)
    report = tmp_path / "verslag.csv"
    assert write_report(result, report) == 2
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfRij;Uitkomst;Reden;Naam;E-mail;")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert table[0] == ["Rij", "Uitkomst", "Reden", *HEADER]
    assert table[1][:2] == ["5", "dubbel"]
    assert table[1][3:] == ["Jan de Vries", "jan@voorbeeld.nl", "", "", "", "", "ja"]
    assert table[2][:2] == ["6", "afgewezen"]
    assert table[2][3] == "'=1+1"  # escaped: a spreadsheet must not run it
    assert table[2][2].startswith("Voornaam '=1+1' bevat een cijfer.")
    xlsx = tmp_path / "verslag.xlsx"
    write_report(result, xlsx)
    cells = list(load_workbook(xlsx).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert cells[2][3] == "=1+1" and cells[2][1] == "afgewezen"


def test_progress_can_cancel_and_what_was_written_stays(db: Database, tmp_path: Path) -> None:
    rows = [
        [f"Persoon{chr(65 + i)} Test", f"p{i}@voorbeeld.nl", "", "", "", "", "ja"]
        for i in range(10)
    ]
    path = _csv(tmp_path / "tien.csv", rows)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 4

    result = import_requests(db, path, ImportOptions(batch_size=4), progress=progress, actor=ACTOR)
    assert result.cancelled and seen == [(0, 10), (4, 10)]
    assert result.summary() == "4 gelezen, 4 toegevoegd, 0 dubbel, 0 afgewezen"
    assert "Afgebroken na 4 van 10 rijen" in result.cancel_note()
    assert count_requests(db, RequestQuery()) == 4
    rest = import_requests(db, path, ImportOptions(batch_size=4), actor=ACTOR)
    assert rest.summary() == "10 gelezen, 6 toegevoegd, 4 dubbel, 0 afgewezen"


def test_a_dry_run_keeps_nothing(db: Database, tmp_path: Path) -> None:
    result = import_requests(
        db, _csv(tmp_path / "proef.csv", GOOD), ImportOptions(dry_run=True), actor=ACTOR
    )
    assert result.summary() == "3 gelezen, 3 toegevoegd, 0 dubbel, 0 afgewezen"
    assert count_requests(db, RequestQuery()) == 0
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == 0


def test_checking_rows_in_a_worker_process_gives_the_same_result(
    sqlite_url: str, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    try:
        first = ["Anna", "Bas", "Cor", "Daan", "Eva", "Femke", "Gijs", "Henk", "Iris", "Joris"]
        last = [
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "Mulder",
            "Bos",
            "Vos",
            "Peters",
            "Kok",
            "Post",
        ]
        rows = [
            [
                f"{first[i % 10]} {last[i // 10 % 10]}",
                f"p{i % 90}@voorbeeld.nl",  # the last 30 rows repeat an address
                "",
                f"35{11 + i % 4} AB",
                "voltijd" if i % 3 else "paardrijden",  # an unknown word: a note
                "",
                "ja" if i % 7 else "nee",  # refused consent: rejected
            ]
            for i in range(120)
        ]
        path = _csv(tmp_path / "werk.csv", rows)
        here = import_requests(
            db, path, ImportOptions(workers=0, batch_size=40, dry_run=True), actor=ACTOR
        )
        there = import_requests(
            db, path, ImportOptions(workers=1, batch_size=40, dry_run=True), actor=ACTOR
        )
        assert (
            there.summary()
            == here.summary()
            == ("120 gelezen, 79 toegevoegd, 23 dubbel, 18 afgewezen")
        )
        assert [(r.row, r.reason) for r in there.rows] == [(r.row, r.reason) for r in here.rows]
    finally:
        db.dispose()


# --------------------------------------------------------------------------- command line


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run(list(argv), out=out), out.getvalue()


def test_the_import_command_lists_and_summarises(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = _csv(tmp_path / "schoon.csv", GOOD)
    code, text = _run("import", "requests", str(clean), "--db", db_url, "--admin")
    assert code == 0
    assert text.splitlines()[-1] == "3 gelezen, 3 toegevoegd, 0 dubbel, 0 afgewezen"
    broken = _csv(tmp_path / "kapot.csv", [*GOOD, ["Anna", "", "", "1234", "", "", ""]])
    code, text = _run("import", "requests", str(broken), "--db", db_url, "--admin")
    assert code == 1
    lines = text.splitlines()
    assert lines[-1] == "4 gelezen, 0 toegevoegd, 3 dubbel, 1 afgewezen"
    assert lines[0].startswith("rij 2: dubbel: lijkt op aanvraag 1 (Jan de Vries")
    assert lines[3].startswith("rij 5: afgewezen: Vul een e-mailadres of een telefoonnummer in")
    assert "Postcode '1234' is geen geldige postcode" in lines[3]
    assert "1 rijen zijn afgewezen" in capsys.readouterr().err
    report = tmp_path / "verslag.csv"
    code, text = _run(
        "import", "requests", str(broken), "--db", db_url, "--admin", "--report", str(report)
    )
    assert code == 1 and report.exists()
    assert text.splitlines() == [
        f"Verslag met 4 dubbele en afgewezen rijen: {report}",
        "4 gelezen, 0 toegevoegd, 3 dubbel, 1 afgewezen",
    ]


def test_the_commands_refuse_in_dutch(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _run("import", "requests", str(tmp_path / "weg.csv"), "--db", db_url, "--admin")
    assert code == 1 and "bestaat niet" in capsys.readouterr().err
    clean = _csv(tmp_path / "schoon.csv", GOOD)
    code, _ = _run("import", "requests", str(clean), "--db", db_url)
    assert code == 1 and "heeft een gebruiker nodig" in capsys.readouterr().err
    code, _ = _run(
        "export",
        "requests",
        str(tmp_path / "uit.csv"),
        "--db",
        db_url,
        "--admin",
        "--event",
        "Bestaat niet",
    )
    assert code == 1 and "Evenement 'Bestaat niet' bestaat niet" in capsys.readouterr().err
    code, _ = _run("export", "requests", str(tmp_path / "uit.pdf"), "--db", db_url, "--admin")
    assert code == 1 and "eindigt op .csv of .xlsx" in capsys.readouterr().err
    code, _ = _run(
        "export",
        "requests",
        str(tmp_path / "uit.csv"),
        "--db",
        db_url,
        "--admin",
        "--status",
        "vergeten",
    )
    assert code == 1 and "Status 'vergeten' bestaat niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        _run("import", "vogels", str(clean), "--db", db_url)
    assert exit_info.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err


def test_the_benchmark_command_reports_every_figure(sqlite_url: str) -> None:
    import json

    code, text = _run(
        "bench",
        "requests",
        "--db",
        sqlite_url,
        "--requests",
        "300",
        "--import-rows",
        "400",
        "--json",
    )
    assert code == 0
    report = json.loads(text)
    assert set(report["figures"]) == {
        "first_rows_ms",
        "keystroke_median_ms",
        "keystroke_worst_ms",
        "filter_median_ms",
        "filter_worst_ms",
        "import_s",
        "import_cpu_s",
    }
    assert report["figures"]["import_s"]["target"] == "< 20 s"
    assert report["context"]["database"].startswith("tijdelijk SQLite-bestand met demogegevens")
    assert report["context"]["import"].startswith("400 gelezen, ")


def test_event_laptop_to_desk_brings_captures_in_without_doubles(
    db_url: str, tmp_path: Path
) -> None:
    laptop = open_database("sqlite:///" + str(tmp_path / "laptop.sqlite"))
    desk = open_database(db_url)
    try:
        for name, email in (
            ("Anna Smit", "anna@voorbeeld.nl"),
            ("Bas Kok", "bas@voorbeeld.nl"),
            ("Cor Vos", "cor@voorbeeld.nl"),
        ):
            create_request(
                laptop,
                RequestInput(
                    name=name,
                    email=email,
                    postcode="3511 AB",
                    interests="steunouder",
                    consent_contact=True,
                    consent_store=True,
                    event_name="Pop-up Utrecht Centraal",
                ),
                actor=ACTOR,
            )
        create_request(
            laptop, RequestInput(name="Elders", email="elders@voorbeeld.nl"), actor=ACTOR
        )
        # Bas had already filled in the website form.
        create_request(desk, RequestInput(name="Bas Kok", email="BAS@voorbeeld.nl"), actor=ACTOR)
    finally:
        laptop.dispose()
        desk.dispose()
    export = tmp_path / "popup.csv"
    code, text = _run(
        "export",
        "requests",
        str(export),
        "--db",
        "sqlite:///" + str(tmp_path / "laptop.sqlite"),
        "--admin",
        "--event",
        "pop-up utrecht centraal",
    )
    assert code == 0 and text.startswith("3 aanvragen geëxporteerd naar")
    code, text = _run("import", "requests", str(export), "--db", db_url, "--admin")
    assert code == 0
    assert text.splitlines()[-1] == "3 gelezen, 2 toegevoegd, 1 dubbel, 0 afgewezen"
    assert "Nieuw evenement aangemaakt: Pop-up Utrecht Centraal" in text
    code, text = _run("import", "requests", str(export), "--db", db_url, "--admin")
    assert text.splitlines()[-1] == "3 gelezen, 0 toegevoegd, 3 dubbel, 0 afgewezen"
    # Folding the laptop's knowledge into Bas's website request links him to the event.
    code, text = _run(
        "import", "requests", str(export), "--db", db_url, "--admin", "--merge-duplicates"
    )
    assert code == 0
    assert "samengevoegd met aanvraag 1 (aangevuld: adres, evenement, toestemming" in text
    desk = open_database(db_url)
    try:
        with desk.session() as session:
            event = session.scalars(select(m.Event)).one()
            anna = session.scalars(
                select(m.InfoRequest).where(m.InfoRequest.email == "anna@voorbeeld.nl")
            ).one()
            assert (event.kind, event.name) == (EventKind.POPUP, "Pop-up Utrecht Centraal")
            assert (anna.event_id, anna.source) == (event.id, Source.POPUP)
            assert anna.consent_store and anna.consent_contact
            assert session.scalar(select(func.count()).select_from(m.InfoRequest)) == 3
            bas = session.get(m.InfoRequest, 1)
            assert bas is not None and (bas.event_id, bas.source) == (event.id, Source.WEBSITE)
            actions = session.scalars(select(m.AuditEntry.action)).all()
        assert AuditAction.IMPORT in actions
    finally:
        desk.dispose()


# --------------------------------------------------------------------------- robustness


def test_files_that_cannot_be_read_say_why_in_dutch(tmp_path: Path) -> None:
    lost_quote = tmp_path / "quote.csv"
    lost_quote.write_text('Naam;E-mail\n"Jan' + "x" * 1_100_000, encoding="utf-8")
    with pytest.raises(UserError) as err:
        read_sheet(lost_quote)
    assert "regel 2 is te lang of niet goed afgesloten" in err.value.message
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError) as err:
        read_sheet(old)
    assert "Sla het bestand in Excel op als .xlsx of .csv" in err.value.message
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"\xef\xbb\xbf  \r\n")
    with pytest.raises(UserError) as err:
        read_sheet(empty)
    assert err.value.message == (
        "Het bestand 'leeg.csv' kan niet worden gelezen: het bestand is leeg. Kies een "
        "bestand met gegevens."
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_reader(data: bytes) -> None:
    try:
        sheet = read_csv_bytes(data, name="willekeurig.csv")
    except UserError as exc:
        assert exc.message.startswith("Het bestand 'willekeurig.csv' kan niet worden gelezen")
        return
    assert len(set(sheet.headers)) == len(sheet.headers)
    assert [r.number for r in sheet.rows] == sorted({r.number for r in sheet.rows})
    preview = preview_import(sheet, limit=50)
    for row in preview.rows:
        assert row.problem is None or row.problem.strip()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=6),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_any_table_reads_back_as_written(
    rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([["Naam", "E-mail"], *rows])
    text = buffer.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if "\x00" in text:
        with pytest.raises(UserError):
            read_csv_bytes(data)
        return
    sheet = read_csv_bytes(data)
    preview_import(sheet)
    # Only the written delimiter splits the header in two, so it is the one detected.
    assert sheet.delimiter == delimiter
    assert sheet.headers[:2] == ["Naam", "E-mail"]
    if encoding == "cp1252" and sheet.encoding != "cp1252" and not text.isascii():
        return  # Windows-1252 bytes that happen to be valid UTF-8 are read as UTF-8
    # Every cell as written; rows with nothing but spaces are left out.
    assert [list(row.cells) for row in sheet.rows] == [r for r in rows if any(c.strip() for c in r)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_random_bytes_as_xlsx_give_a_dutch_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04" + data)
    with pytest.raises(UserError) as err:
        read_sheet(path)
    assert "geen geldig Excel-bestand" in err.value.message or "beschadigd" in err.value.message
