"""Information and intake packs rendered from plain data, read back as real PDFs.

No database here: the packs take dataclasses. Every PDF is opened with pypdf and, for
the text a reader sees, with poppler's ``pdftotext``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from utregs_plekkie.core.clock import LOCAL_TZ
from utregs_plekkie.core.enums import (
    CareFamily,
    CareForm,
    HouseholdRoute,
    Interest,
    PipelineStage,
    ScreeningKind,
    WeekendPattern,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.packs.batch import missing_fields, render_info_packs, render_intake_packs
from utregs_plekkie.packs.content import (
    Address,
    EventInfo,
    Filler,
    default_pack_settings,
    format_count,
    format_date,
    format_house_number,
    join_words,
    merge_pack_settings,
    organisation_for,
    placeholder,
    text_overrides,
)
from utregs_plekkie.packs.info_pack import (
    InfoPackData,
    NearbyNeed,
    families_of_interest,
    info_pack_content,
)
from utregs_plekkie.packs.intake_pack import (
    AdultInfo,
    IntakePackData,
    OfferInfo,
    ScreeningInfo,
    intake_pack_content,
)

TODAY = date(2026, 11, 22)
PLACEHOLDER_RE = re.compile(r"‹ontbreekt: [^›]*›")


pytestmark = pytest.mark.usefixtures("now")


@pytest.fixture
def clock_start() -> datetime:
    """The program's clock (the shared `now` fixture) stands on TODAY."""
    return datetime(2026, 11, 22, 10, 0, tzinfo=LOCAL_TZ)


# --------------------------------------------------------------------------- helpers


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) ontbreekt; `make test` installeert het.")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    # One space between words: a phrase may wrap onto the next line in the layout.
    return " ".join(result.stdout.split())


def page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _walk_xobjects(resources: Any, seen: set[int]) -> Iterator[Any]:
    """Every form XObject reachable from a resource dictionary (forms inside forms too)."""
    xobjects = _resolve(_resolve(resources).get("/XObject", {})) if resources else {}
    for ref in xobjects.values():
        obj = _resolve(ref)
        if id(obj) in seen or obj.get("/Subtype") != "/Form":
            continue
        seen.add(id(obj))
        yield obj
        yield from _walk_xobjects(obj.get("/Resources"), seen)


def fonts_of(path: Path) -> list[Any]:
    """Every font dictionary a page or one of its forms uses."""
    fonts: dict[int, Any] = {}
    for page in PdfReader(path).pages:
        resources = _resolve(page.get("/Resources"))
        containers = [resources, *(f.get("/Resources") for f in _walk_xobjects(resources, set()))]
        for container in containers:
            container = _resolve(container) if container is not None else None
            if not container or "/Font" not in container:
                continue
            for ref in _resolve(container["/Font"]).values():
                font = _resolve(ref)
                fonts[id(font)] = font
    return list(fonts.values())


def rectangles_drawn(page: Any) -> int:
    """How many rectangles a page draws, its forms included (a QR code is hundreds)."""
    total = (page.get_contents().get_data() if page.get_contents() else b"").count(b" re")
    for form in _walk_xobjects(page.get("/Resources"), set()):
        total += form.get_data().count(b" re")
    return total


def link_uris(page: Any) -> list[str]:
    uris = []
    for ref in page.get("/Annots") or []:
        annotation = _resolve(ref)
        action = _resolve(annotation.get("/A")) if annotation.get("/A") else None
        if action is not None and "/URI" in action:
            uris.append(str(action["/URI"]))
    return uris


EVENINGS = (
    EventInfo(
        datetime(2026, 12, 8, 19, 30, tzinfo=LOCAL_TZ),
        datetime(2026, 12, 8, 21, 30, tzinfo=LOCAL_TZ),
        "Informatieavond pleegzorg",
        "Buurtcentrum Oase, Zamenhofdreef 2, Utrecht",
    ),
    EventInfo(
        datetime(2027, 1, 12, 19, 0, tzinfo=LOCAL_TZ),
        None,
        "Informatieavond pleegzorg",
        "Spoor030, Ravellaan 96, Utrecht",
    ),
)


def info_data(**changes: Any) -> InfoPackData:
    values: dict[str, Any] = {
        "request_id": 41,
        "first_name": "Aïcha",
        "name_prefix": "el",
        "last_name": "Bĳl-Brontë",
        "address": Address(
            name="",
            street="Zamenhofdreef",
            house_number=12,
            house_number_suffix="a",
            postcode="3562 JW",
            city="Utrecht",
        ),
        "wijk": "Overvecht",
        "interests": (Interest.STEUNOUDER,),
        "organisation": "spoor030",
        "events": EVENINGS,
        "nearby": (
            NearbyNeed(CareFamily.VOLTIJD, 17),
            NearbyNeed(CareFamily.DEELTIJD, 8),
            NearbyNeed(CareFamily.STEUNOUDER, 3),
        ),
        "letter_date": TODAY,
    }
    values.update(changes)
    return InfoPackData(**values)


def intake_data(**changes: Any) -> IntakePackData:
    values: dict[str, Any] = {
        "household_id": 7,
        "household_name": "Familie Ruël",
        "route": HouseholdRoute.PLEEGOUDER,
        "stage": PipelineStage.SCREENING,
        "address": Address(
            name="Familie Ruël",
            street="Biltstraat",
            house_number=101,
            house_number_suffix="bis",
            postcode="3572 AN",
            city="Utrecht",
        ),
        "email": "ruel@voorbeeld.nl",
        "phone": "+31612345678",
        "adults": (
            AdultInfo(
                "Noëlle",
                "",
                "Ruël",
                date(1984, 3, 4),
                "noelle@voorbeeld.nl",
                "+31612345678",
                (ScreeningInfo(ScreeningKind.VGB, date(2026, 10, 1), date(2026, 11, 2)),),
            ),
            AdultInfo("Ïsa", "van", "IJzerman", date(1982, 7, 9), None, None, ()),
        ),
        "children": ((2015, True), (1999, False)),
        "interests": (Interest.VOLTIJD,),
        "offers": (
            OfferInfo(
                CareForm.DEELTIJD_WEEKEND,
                Schedule.empty(),
                WeekendPattern.OM_DE_WEEK,
                True,
                1,
                4,
                12,
                False,
            ),
        ),
        "documents_received": ("Aanmeldformulier",),
        "organisation": "koos",
        "trainings": (
            EventInfo(
                datetime(2026, 12, 10, 19, 0, tzinfo=LOCAL_TZ),
                datetime(2026, 12, 10, 22, 0, tzinfo=LOCAL_TZ),
                "Voorbereidingstraining STAP",
                "KOOS, Vleutenseweg 50, Utrecht",
            ),
        ),
        "letter_date": TODAY,
    }
    values.update(changes)
    return IntakePackData(**values)


# --------------------------------------------------------------------------- small rules


def test_small_counts_are_never_printed_exactly() -> None:
    assert [format_count(n) for n in (0, 1, 4)] == ["minder dan 5"] * 3
    assert format_count(5) == "5"
    assert format_count(1234) == "1.234"


def test_dates_numbers_and_lists_in_dutch() -> None:
    assert format_date(TODAY) == "22 november 2026"
    assert format_date(date(2026, 12, 8), weekday=True) == "dinsdag 8 december 2026"
    assert format_house_number(12, "a") == "12A"
    assert format_house_number(12, "bis") == "12 bis"
    assert format_house_number(None, "a") == ""
    assert join_words(["a", "b", "c"]) == "a, b en c"
    assert join_words(["a"]) == "a"


def test_address_lines_follow_postnl_and_mark_what_is_missing() -> None:
    filler = Filler("Aanvraag 1")
    lines = Address("Aïcha el Bĳl", "Oudegracht", 12, "a", "3511 AB", "De Meern").lines(filler)
    assert lines == ["Aïcha el Bĳl", "Oudegracht 12A", "3511 AB  DE MEERN"]
    assert filler.missing == []
    lines = Address("Piet", "", None, "", None, "").lines(filler)
    assert lines[1] == f"{placeholder('straat')} {placeholder('huisnummer')}"
    assert [m.field for m in filler.missing] == ["straat", "huisnummer", "postcode", "woonplaats"]


def test_staff_text_fields_are_filled_and_unknown_or_empty_ones_marked() -> None:
    filler = Filler("Aanvraag 2")
    text = filler.fill(
        "Beste {voornaam}, groet uit {wijk} {onbekend}", {"voornaam": "Ïsa", "wijk": ""}
    )
    assert text == f"Beste Ïsa, groet uit {placeholder('wijk')} {placeholder('onbekend')}"
    assert {m.field for m in filler.missing} == {"wijk", "onbekend"}
    # A lone brace is not a template: printed as typed, nothing lost.
    assert filler.fill("Zie {hier", {}) == "Zie {hier"


def test_interests_decide_the_order_of_the_ways_to_help() -> None:
    assert families_of_interest([Interest.STEUNOUDER, Interest.CRISIS]) == [
        CareFamily.VOLTIJD,
        CareFamily.STEUNOUDER,
    ]
    assert families_of_interest([Interest.WEET_NIET]) == []
    content = info_pack_content(info_data(), default_pack_settings())
    assert [w.family for w in content.ways] == [
        CareFamily.STEUNOUDER,
        CareFamily.VOLTIJD,
        CareFamily.DEELTIJD,
    ]
    assert [w.theirs for w in content.ways] == [True, False, False]
    assert "steunouder worden" in content.interest
    # Only the kinds they are interested in, in their wijk, small numbers hidden.
    assert content.nearby_lines == ("minder dan 5 kinderen op een steungezin",)
    assert "Overvecht" in content.nearby_intro


def test_routing_picks_the_sender() -> None:
    assert organisation_for("koos") == "koos"
    assert organisation_for(None) == "campagne"
    settings = default_pack_settings()
    assert settings.organisation("spoor030").name == "Spoor030"
    assert settings.organisation("campagne").website.startswith("https://")


def test_staff_changes_are_laid_over_the_defaults() -> None:
    defaults = default_pack_settings()
    merged = merge_pack_settings(
        {"info.aanhef": "Hallo {voornaam},", "niet.tekst": 3},
        {"koos": {"telefoon": "030 123 45 67", "onzin": 5}},
        texts_version=4,
        organisations_version=2,
    )
    assert merged.text("info.aanhef") == "Hallo {voornaam},"
    assert merged.text("info.groet") == defaults.text("info.groet")
    assert "niet.tekst" not in merged.texts
    assert merged.organisation("koos").phone == "030 123 45 67"
    assert merged.organisation("koos").email == defaults.organisation("koos").email
    assert (merged.texts_version, merged.organisations_version) == (4, 2)
    assert merged.organisations_checked and not defaults.organisations_checked
    assert text_overrides(merged.texts) == {"info.aanhef": "Hallo {voornaam},"}


# --------------------------------------------------------------------------- information pack PDF


def test_information_pack_pdf_reads_back_right(tmp_path: Path) -> None:
    out = tmp_path / "pakket.pdf"
    result = render_info_packs([info_data()], default_pack_settings(), out)

    assert result.path == out and not result.cancelled
    assert result.packs == 1 and result.pages == 2
    assert result.missing == ()
    reader = PdfReader(out)
    assert len(reader.pages) == 2

    text = pdftotext(out)
    texts = page_texts(out)
    # The name with its diacritics, exactly (ĳ is one letter here).
    assert "Aïcha el Bĳl-Brontë" in texts[0]
    assert "Beste Aïcha," in text
    assert "Zamenhofdreef 12A" in text
    assert "3562 JW" in text and "UTRECHT" in text
    assert "22 november 2026" in text
    assert "In jouw wijk, Overvecht" in text
    assert "minder dan 5" in text and "kinderen op een steungezin" in text
    # The evenings, with Dutch dates and times.
    assert "dinsdag 8 december 2026" in text and "19.30 – 21.30 uur" in text
    assert "dinsdag 12 januari 2027" in text and "19.00 uur" in text
    assert "Buurtcentrum Oase" in text
    assert "3 tot 6 maanden" in text
    for step in ("Informatieavond", "Aanmelding", "VGB of VOG", "Geschiktheid"):
        assert step in text
    # Sender from the routing, with contact person, phone and e-mail.
    assert "Sanne Bakker" in text and "030 262 45 00" in text
    assert "pleegzorg@spoor030.nl" in text
    # The QR code: a link to the configured site on page 2, drawn as many rectangles.
    url = default_pack_settings().organisation("spoor030").website
    assert url in link_uris(reader.pages[1])
    assert rectangles_drawn(reader.pages[1]) > 100
    assert url.removeprefix("https://www.") in text
    # Data complete: no placeholder anywhere.
    assert not PLACEHOLDER_RE.search(text)


def test_pdf_metadata_and_embedded_fonts(tmp_path: Path) -> None:
    out = tmp_path / "pakket.pdf"
    render_info_packs([info_data()], default_pack_settings(), out)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Informatiepakket voor Aïcha el Bĳl-Brontë"
    assert meta.author == "Spoor030"
    assert meta.subject == "Je informatiepakket over pleegzorg en steunouderschap"
    fonts = fonts_of(out)
    assert fonts, "no fonts found"
    for font in fonts:
        assert str(font["/BaseFont"]).endswith(("DejaVuSans", "DejaVuSans-Bold")), font
        descriptor = _resolve(font["/FontDescriptor"])
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
        assert "/ToUnicode" in font  # text can be extracted and searched


def test_missing_data_prints_placeholders_and_is_reported_first(tmp_path: Path) -> None:
    data = info_data(
        first_name="",
        name_prefix="",
        last_name="",
        address=Address(name=""),
        wijk=None,
        interests=(),
        organisation="campagne",
        events=(),
        nearby=(NearbyNeed(CareFamily.VOLTIJD, 40),),
    )
    settings = default_pack_settings()
    reported = missing_fields([data], settings)
    assert {m.field for m in reported} == {"naam", "straat", "huisnummer", "postcode", "woonplaats"}
    assert all(m.subject == "Aanvraag 41 (zonder naam)" for m in reported)

    out = tmp_path / "leeg.pdf"
    result = render_info_packs([data], settings, out)
    text = pdftotext(out)
    for field in ("naam", "straat", "huisnummer", "postcode", "woonplaats"):
        assert placeholder(field) in text
    assert result.missing == tuple(reported)
    # No wijk: the city's figure; no evenings: the sentence that new dates follow.
    assert "In de stad Utrecht" in text and "40 kinderen op een voltijdpleeggezin" in text
    assert "De nieuwe data volgen binnenkort" in text
    assert "utregsplekkie.nl" in text


def test_a_missing_sender_detail_is_a_placeholder_too(tmp_path: Path) -> None:
    settings = merge_pack_settings(None, {"koos": {"telefoon": "", "contactpersoon": ""}})
    data = info_data(organisation="koos")
    assert {m.field for m in missing_fields([data], settings)} == {
        "telefoon organisatie",
        "contactpersoon",
    }
    out = tmp_path / "koos.pdf"
    render_info_packs([data], settings, out)
    text = pdftotext(out)
    assert placeholder("telefoon organisatie") in text
    assert placeholder("contactpersoon") in text


def test_a_batch_is_one_document_with_progress(tmp_path: Path) -> None:
    packs = [
        info_data(request_id=n, first_name=name, organisation=org, interests=interests)
        for n, (name, org, interests) in enumerate(
            [
                ("Aïcha", "spoor030", (Interest.STEUNOUDER,)),
                ("Joëlle", "koos", (Interest.VOLTIJD, Interest.DEELTIJD)),
                ("Ïsa", "campagne", ()),
                ("Zoë", "spoor030", (Interest.STEUNOUDER,)),
            ],
            start=1,
        )
    ]
    seen: list[tuple[int, int]] = []
    out = tmp_path / "batch.pdf"
    result = render_info_packs(
        packs, default_pack_settings(), out, progress=lambda d, t: seen.append((d, t)) or True
    )
    assert result.packs == 4 and result.pages == 8
    assert len(PdfReader(out).pages) == 8
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    texts = page_texts(out)
    for page, name in zip((0, 2, 4, 6), ("Aïcha", "Joëlle", "Ïsa", "Zoë"), strict=True):
        assert f"Beste {name}," in texts[page]
    assert "KOOS Utrecht" in texts[2] and "Spoor030" in texts[0]
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "Informatiepakketten Utregs Plekkie (4)"


def test_a_cancelled_batch_writes_nothing(tmp_path: Path) -> None:
    packs = [info_data(request_id=n) for n in range(1, 6)]
    out = tmp_path / "afgebroken.pdf"
    result = render_info_packs(packs, default_pack_settings(), out, progress=lambda d, t: d < 2)
    assert result.cancelled and result.path is None and result.pages == 0
    assert list(tmp_path.iterdir()) == []
    # Cancelled at the very end: still nothing, and an older file stays as it was.
    out.write_bytes(b"oud")
    result = render_info_packs(packs, default_pack_settings(), out, progress=lambda d, t: d < t)
    assert result.cancelled
    assert out.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afgebroken.pdf"]


def test_unusable_targets_and_empty_batches_give_dutch_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="bestaat niet"):
        render_info_packs([info_data()], default_pack_settings(), tmp_path / "nee" / "x.pdf")
    with pytest.raises(UserError, match="geen pakketten"):
        render_info_packs([], default_pack_settings(), tmp_path / "x.pdf")


def test_long_staff_texts_flow_onto_more_pages(tmp_path: Path) -> None:
    long = "Een heel lange tekst over pleegzorg in Utrecht. " * 60
    settings = merge_pack_settings({"info.campagne": long, "stappen.duur": long}, None)
    out = tmp_path / "lang.pdf"
    result = render_info_packs([info_data()], settings, out)
    assert result.pages > 2
    text = pdftotext(out)
    assert "dinsdag 8 december 2026" in text and "Hartelijke groet," in text


# --------------------------------------------------------------------------- intake pack PDF


def test_intake_pack_pdf_reads_back_right(tmp_path: Path) -> None:
    out = tmp_path / "intake.pdf"
    result = render_intake_packs([intake_data()], default_pack_settings(), out)
    assert result.pages == 4 and len(PdfReader(out).pages) == 4
    assert result.missing == ()
    text = pdftotext(out)
    texts = page_texts(out)
    assert "Familie Ruël" in texts[0] and "Beste Noëlle en Ïsa," in texts[0]
    assert "Biltstraat 101 bis" in text
    # Details pre-filled, phone numbers in Dutch form.
    assert "Noëlle Ruël, geboren 4 maart 1984" in text
    assert "06 12345678" in text
    assert "kind geboren in 2015" in text and "woont niet meer thuis" in text
    assert "voltijd pleegouder worden" in text
    assert "Deeltijd, weekenden: om het weekend, vakanties" in text
    # Checklist: a VGB for every adult (one already in), and the other documents.
    assert "Verklaring van Geen Bezwaar (VGB) voor Noëlle Ruël" in text
    assert "ontvangen op 2 november 2026" in text
    assert "Verklaring van Geen Bezwaar (VGB) voor Ïsa van IJzerman" in text
    assert "Medische vragenlijst" in text and "Twee referenties" in text
    # Training dates and the consent form with a signature block per adult.
    assert "donderdag 10 december 2026" in text and "19.00 – 22.00 uur" in text
    assert texts[3].count("Handtekening") == 2
    assert "Noëlle Ruël" in texts[3] and "Ïsa van IJzerman" in texts[3]
    assert "pleegzorg@koosutrecht.nl" in text
    assert not PLACEHOLDER_RE.search(text)
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "Intakepakket voor Familie Ruël"


def test_support_parents_get_a_vog_and_missing_household_data_shows(tmp_path: Path) -> None:
    data = intake_data(
        route=HouseholdRoute.STEUNOUDER,
        adults=(AdultInfo("Ruud", "", "Dekker", None, None, None, ()),),
        address=Address(name="Familie Dekker"),
        phone=None,
        trainings=(),
    )
    content = intake_pack_content(data, default_pack_settings())
    assert any(
        "Verklaring Omtrent het Gedrag (VOG) voor Ruud Dekker" in i.what for i in content.checklist
    )
    assert all("Gezinsonderzoek" not in step for step, _mark, _state in content.stages)
    out = tmp_path / "steun.pdf"
    render_intake_packs([data], default_pack_settings(), out)
    text = pdftotext(out)
    for field in ("straat", "postcode", "telefoon gezin", "geboortedatum Ruud"):
        assert placeholder(field) in text
    assert "De data van de volgende training volgen binnenkort" in text
