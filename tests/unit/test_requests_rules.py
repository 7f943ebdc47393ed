"""The rules of an information request: status flow, response norm on working days,
follow-up, duplicate scoring, and reading what people and spreadsheets write."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from utregs_plekkie.core.clock import LOCAL_TZ
from utregs_plekkie.core.enums import Interest, RequestStatus, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.requests import (
    MAIN_LINE,
    NAME_SIMILARITY_THRESHOLD,
    DropoutReason,
    DuplicateLevel,
    FollowUpState,
    PersonKey,
    ResponseNorm,
    SearchKind,
    allowed_moves,
    check_move,
    classify_search,
    describe_follow_up,
    dropout_reason_label,
    follow_up_after_move,
    follow_up_state,
    move_problem,
    name_similarity,
    parse_consent,
    parse_interests,
    parse_received_at,
    parse_source,
    score_duplicate,
    similar_names,
    split_full_name,
    split_last_name,
    split_street_and_number,
    working_days_late,
)
from utregs_plekkie.core.workdays import HolidayRules

S = RequestStatus
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=LOCAL_TZ)
TODAY = NOW.date()

# --------------------------------------------------------------------------- status flow


def test_the_main_line_goes_forward_and_may_skip_steps() -> None:
    assert MAIN_LINE == (S.NIEUW, S.PAKKET_VERSTUURD, S.GEBELD, S.INFORMATIEAVOND, S.AANGEMELD)
    assert allowed_moves(S.NIEUW) == (
        S.PAKKET_VERSTUURD,
        S.GEBELD,
        S.INFORMATIEAVOND,
        S.AANGEMELD,
        S.AFGEHAAKT,
        S.NIET_NU,
    )
    assert allowed_moves(S.GEBELD) == (S.INFORMATIEAVOND, S.AANGEMELD, S.AFGEHAAKT, S.NIET_NU)
    assert move_problem(S.NIEUW, S.GEBELD) is None  # a call before the pack is fine
    assert move_problem(S.INFORMATIEAVOND, S.AANGEMELD) is None


@pytest.mark.parametrize("status", [s for s in S if s not in (S.AANGEMELD, S.AFGEHAAKT)])
def test_every_open_status_can_drop_out_or_pause(status: RequestStatus) -> None:
    assert S.AFGEHAAKT in allowed_moves(status)
    assert S.NIET_NU in allowed_moves(status)


def test_going_back_is_refused_with_a_dutch_sentence_that_says_what_to_do() -> None:
    problem = move_problem(S.GEBELD, S.PAKKET_VERSTUURD)
    assert problem == (
        "Een aanvraag gaat niet terug van 'gebeld' naar 'pakket verstuurd'. Kies een latere "
        "stap, 'afgehaakt' of 'niet nu'."
    )
    assert "kan niet terug naar 'nieuw'" in (move_problem(S.GEBELD, S.NIEUW) or "")
    assert "staat al op 'gebeld'" in (move_problem(S.GEBELD, S.GEBELD) or "")


def test_aangemeld_is_final_and_points_to_the_households_page() -> None:
    assert allowed_moves(S.AANGEMELD) == ()
    for target in S:
        assert "pagina Gezinnen" in (move_problem(S.AANGEMELD, target) or "")


def test_niet_nu_comes_back_or_gets_a_new_date_and_dropouts_can_return() -> None:
    assert set(allowed_moves(S.NIET_NU)) == {
        S.PAKKET_VERSTUURD,
        S.GEBELD,
        S.INFORMATIEAVOND,
        S.AANGEMELD,
        S.AFGEHAAKT,
        S.NIET_NU,
    }
    assert allowed_moves(S.AFGEHAAKT) == (S.PAKKET_VERSTUURD, S.GEBELD, S.INFORMATIEAVOND)
    assert "Komt de persoon terug" in (move_problem(S.AFGEHAAKT, S.AANGEMELD) or "")


def test_afgehaakt_needs_a_reason_from_the_list_and_anders_needs_a_note() -> None:
    def fields(**kwargs: object) -> list[str | None]:
        return [p.field for p in check_move(S.GEBELD, S.AFGEHAAKT, today=TODAY, **kwargs)]

    assert fields() == ["reason"]
    assert fields(reason="verveeld") == ["reason"]
    assert fields(reason=DropoutReason.ANDERS) == ["note"]
    assert fields(reason=DropoutReason.ANDERS, note="verhuist naar Spanje") == []
    assert fields(reason=DropoutReason.GEEN_TIJD) == []
    wrong = check_move(S.NIEUW, S.GEBELD, today=TODAY, reason=DropoutReason.GEEN_TIJD)
    assert [p.field for p in wrong] == ["reason"]
    assert "alleen bij 'afgehaakt'" in wrong[0].message


def test_dropout_reasons_have_dutch_labels_and_old_codes_stay_readable() -> None:
    assert dropout_reason_label("geen_tijd") == "geen tijd of ruimte op dit moment"
    assert dropout_reason_label("andere_organisatie") == "kiest voor een andere organisatie"
    assert dropout_reason_label("iets_ouds") == "iets_ouds"
    assert dropout_reason_label(None) == ""
    assert all(dropout_reason_label(r) != r.value for r in DropoutReason)


def test_niet_nu_needs_a_date_after_today_and_within_three_years() -> None:
    def problems(day: date | None) -> list[str]:
        return [
            p.message for p in check_move(S.GEBELD, S.NIET_NU, today=TODAY, next_contact_on=day)
        ]

    assert problems(None) == ["Vul bij 'niet nu' een datum in waarop we opnieuw contact opnemen."]
    assert "ligt niet in de toekomst" in problems(TODAY)[0]
    assert "meer dan drie jaar vooruit" in problems(date(2030, 1, 1))[0]
    assert problems(date(2026, 9, 1)) == []


# --------------------------------------------------------------------------- norm


@pytest.mark.parametrize(
    ("received", "due", "why"),
    [
        (date(2026, 3, 2), date(2026, 3, 3), "Monday -> Tuesday"),
        (date(2026, 3, 6), date(2026, 3, 9), "Friday -> Monday"),
        (date(2026, 3, 7), date(2026, 3, 9), "Saturday -> Monday"),
        (date(2026, 4, 2), date(2026, 4, 3), "Good Friday is a working day by default"),
        (date(2026, 4, 3), date(2026, 4, 7), "Easter Monday skipped"),
        (date(2026, 4, 24), date(2026, 4, 28), "King's Day (Monday 27 April) skipped"),
        (date(2026, 5, 4), date(2026, 5, 6), "Liberation Day skipped (every year)"),
        (date(2026, 5, 13), date(2026, 5, 15), "Ascension Day skipped"),
        (date(2026, 5, 22), date(2026, 5, 26), "Whit Monday skipped"),
        (date(2026, 12, 24), date(2026, 12, 28), "Christmas Day and Boxing Day skipped"),
        (date(2026, 12, 31), date(2027, 1, 4), "New Year's Day, then the weekend"),
    ],
)
def test_a_new_request_is_due_one_working_day_later(received: date, due: date, why: str) -> None:
    assert ResponseNorm().due_date(S.NIEUW, received) == due, why


def test_kings_day_on_a_sunday_moves_to_saturday_and_costs_no_working_day() -> None:
    # 27 April 2025 was a Sunday: Koningsdag was Saturday 26 April.
    assert ResponseNorm().due_date(S.NIEUW, date(2025, 4, 25)) == date(2025, 4, 28)
    # 2014, the first Koningsdag, fell on Saturday 26 April as well.
    assert ResponseNorm().due_date(S.NIEUW, date(2014, 4, 25)) == date(2014, 4, 28)


def test_the_calendar_of_the_norm_is_configurable() -> None:
    norm = ResponseNorm(calendar=HolidayRules(good_friday=True, liberation_day_every_year=False))
    assert norm.due_date(S.NIEUW, date(2026, 4, 2)) == date(2026, 4, 7)  # Good Friday off
    assert norm.due_date(S.NIEUW, date(2026, 5, 4)) == date(2026, 5, 5)  # no lustrum year
    assert norm.due_date(S.NIEUW, date(2025, 5, 2)) == date(2025, 5, 6)  # 2025 is one
    closed = ResponseNorm(calendar=HolidayRules().with_extra_days([(date(2026, 3, 3), "teamdag")]))
    assert closed.due_date(S.NIEUW, date(2026, 3, 2)) == date(2026, 3, 4)


def test_the_norm_sets_the_next_follow_up_for_each_open_status() -> None:
    norm = ResponseNorm(nieuw=1, pakket_verstuurd=5, gebeld=10, informatieavond=5)
    monday = date(2026, 4, 20)
    assert norm.due_date(S.PAKKET_VERSTUURD, monday) == date(2026, 4, 28)  # King's Day
    assert norm.due_date(S.GEBELD, monday) == date(2026, 5, 6)  # and Liberation Day
    assert norm.due_date(S.AANGEMELD, monday) is None
    assert norm.due_date(S.AFGEHAAKT, monday) is None
    later = date(2026, 9, 1)
    assert (
        follow_up_after_move(S.NIET_NU, moved_on=monday, norm=norm, next_contact_on=later) == later
    )
    assert follow_up_after_move(S.AFGEHAAKT, moved_on=monday, norm=norm) is None
    assert follow_up_after_move(S.GEBELD, moved_on=monday, norm=norm) == date(2026, 5, 6)


def test_the_norm_round_trips_through_settings_and_refuses_bad_numbers() -> None:
    norm = ResponseNorm(
        nieuw=2,
        gebeld=7,
        calendar=HolidayRules(good_friday=True).with_extra_days([(date(2026, 12, 31), "oud")]),
    )
    assert ResponseNorm.from_json(norm.to_json()) == norm
    assert ResponseNorm.from_json(None) == ResponseNorm()
    assert (
        ResponseNorm.from_json({"nieuw": "een", "gebeld": -3, "goede_vrijdag": "ja"})
        == ResponseNorm()
    )
    problems = ResponseNorm(nieuw=-1, gebeld=90).problems()
    assert [p.field for p in problems] == ["nieuw", "gebeld"]
    assert "'nieuw'" in problems[0].message and "hoogstens 60" in problems[1].message


# --------------------------------------------------------------------------- follow-up


def test_follow_up_states_for_the_vandaag_view() -> None:
    saturday = date(2026, 4, 4)  # due on Tuesday 7 April (Easter Monday in between)
    assert follow_up_state(S.NIEUW, saturday, date(2026, 4, 3)) == FollowUpState.LATER
    assert follow_up_state(S.NIEUW, saturday, date(2026, 4, 6)) == FollowUpState.LATER
    assert follow_up_state(S.NIEUW, saturday, date(2026, 4, 7)) == FollowUpState.VANDAAG
    assert follow_up_state(S.NIEUW, saturday, date(2026, 4, 8)) == FollowUpState.TE_LAAT
    assert follow_up_state(S.AFGEHAAKT, saturday, date(2026, 4, 8)) == FollowUpState.GEEN
    assert follow_up_state(S.NIEUW, None, date(2026, 4, 8)) == FollowUpState.GEEN
    assert working_days_late(saturday, date(2026, 4, 8)) == 1
    assert working_days_late(saturday, date(2026, 4, 14)) == 5
    assert working_days_late(saturday, date(2026, 4, 7)) == 0


def test_follow_up_is_described_in_dutch() -> None:
    day = date(2026, 3, 3)
    assert describe_follow_up(S.NIEUW, day, date(2026, 3, 3)) == "vandaag opvolgen"
    assert describe_follow_up(S.NIEUW, day, date(2026, 3, 2)) == "opvolgen op 03-03-2026"
    assert describe_follow_up(S.NIEUW, day, date(2026, 3, 4)) == (
        "1 werkdag te laat (opvolgen op 03-03-2026)"
    )
    assert describe_follow_up(S.GEBELD, day, date(2026, 3, 9)) == (
        "4 werkdagen te laat (opvolgen op 03-03-2026)"
    )
    assert describe_follow_up(S.AANGEMELD, day, date(2026, 3, 9)) == ""


# --------------------------------------------------------------------------- duplicates


def test_same_email_or_phone_is_certain() -> None:
    existing = PersonKey("Jan de Vries", "jan@voorbeeld.nl", "+31612345678", "3511 AB")
    by_email = score_duplicate(PersonKey("Jan de Vries", "JAN@Voorbeeld.nl"), existing)
    assert by_email is not None and by_email.level == DuplicateLevel.ZEKER
    assert by_email.score == 100.0
    assert by_email.reasons == ("zelfde e-mailadres (jan@voorbeeld.nl)",)
    by_phone = score_duplicate(PersonKey("J. de Vries", phone="+31612345678"), existing)
    assert by_phone is not None and by_phone.level == DuplicateLevel.ZEKER
    assert "zelfde telefoonnummer (06 12345678)" in by_phone.reasons


def test_a_certain_match_with_another_name_says_so() -> None:
    existing = PersonKey("Jan de Vries", "gezin@voorbeeld.nl")
    score = score_duplicate(PersonKey("Fatima Amrani", "gezin@voorbeeld.nl"), existing)
    assert score is not None and score.level == DuplicateLevel.ZEKER
    assert score.reasons[-1] == "let op: de naam verschilt ('Fatima Amrani' en 'Jan de Vries')"


def test_a_similar_name_at_the_same_postcode_is_likely() -> None:
    existing = PersonKey("Mohammed Amrani", "m@voorbeeld.nl", None, "3511 AB")
    score = score_duplicate(PersonKey("Mohamed Amrani", postcode="3511 AB"), existing)
    assert score is not None and score.level == DuplicateLevel.WAARSCHIJNLIJK
    assert score.score >= NAME_SIMILARITY_THRESHOLD
    assert score.reasons == (
        "naam lijkt op 'Mohammed Amrani' (97% gelijk) en zelfde postcode 3511 AB",
    )
    swapped = score_duplicate(PersonKey("Amrani Mohammed", postcode="3511 AB"), existing)
    assert swapped is not None and swapped.level == DuplicateLevel.WAARSCHIJNLIJK


def test_no_duplicate_elsewhere_or_for_a_partner_at_the_same_address() -> None:
    existing = PersonKey("Jan de Vries", "jan@voorbeeld.nl", None, "3511 AB")
    assert score_duplicate(PersonKey("Jan de Vries", postcode="3512 CD"), existing) is None
    assert score_duplicate(PersonKey("Janneke de Vries", postcode="3511 AB"), existing) is None
    assert score_duplicate(PersonKey("Jan de Vries"), existing) is None


def test_names_are_compared_without_case_accents_or_word_order() -> None:
    assert name_similarity("Noëlle IJzerman", "noelle ijzerman") == 100.0
    assert name_similarity("de Vries Jan", "Jan de Vries") == 100.0
    assert name_similarity("", "Jan") == 0.0
    keys = ["jan de vries", "janneke de vries", "mohammed amrani", "jan devries"]
    assert similar_names("jan de vries", keys) == [0, 3]
    assert similar_names("", keys) == []


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Jan de Vries", ("Jan", "de", "Vries")),
        ("Anna Maria van der Berg", ("Anna Maria", "van der", "Berg")),
        ("Jan Peter Balkenende", ("Jan Peter", "", "Balkenende")),
        ("Ahmed El Amrani", ("Ahmed", "El", "Amrani")),
        ("  Sanne   ter  Horst ", ("Sanne", "ter", "Horst")),
        ("Jansen", ("Jansen", "", "")),
        ("", ("", "", "")),
    ],
)
def test_a_whole_name_is_split_at_the_tussenvoegsel(text: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(text) == parts


def test_a_tussenvoegsel_in_the_last_name_column_is_taken_out() -> None:
    assert split_last_name("de Boer") == ("de", "Boer")
    assert split_last_name("van der Berg") == ("van der", "Berg")
    assert split_last_name("Boer") == ("", "Boer")
    assert split_last_name("Van") == ("", "Van")  # the last word stays the last name


def test_a_street_with_its_number_is_split() -> None:
    assert split_street_and_number("Oudegracht 12a") == ("Oudegracht", "12a")
    assert split_street_and_number("1e Daalsedijk 5-bis") == ("1e Daalsedijk", "5-bis")
    assert split_street_and_number("Biltstraat") == ("Biltstraat", "")


def test_several_interests_in_one_cell_in_dutch_words() -> None:
    found, unknown = parse_interests("Voltijd, weekend en steunouder")
    assert found == {Interest.VOLTIJD, Interest.DEELTIJD, Interest.STEUNOUDER}
    assert unknown == ()
    assert parse_interests("crisisopvang / netwerk")[0] == {Interest.CRISIS, Interest.NETWERK}
    assert parse_interests("Weet nog niet")[0] == {Interest.WEET_NIET}
    assert parse_interests("vakantie; een paar uur")[0] == {Interest.DEELTIJD, Interest.STEUNOUDER}
    labels = ", ".join(label(i) for i in Interest)  # what the export writes
    assert parse_interests(labels) == (frozenset(Interest), ())
    assert parse_interests("voltijd, paardrijden") == (
        frozenset({Interest.VOLTIJD}),
        ("paardrijden",),
    )
    assert parse_interests("") == (frozenset(), ())


def test_sources_are_read_from_words_and_labels_and_kept_when_unknown() -> None:
    assert parse_source("") == (None, "")
    assert parse_source("Website") == (Source.WEBSITE, "")
    assert parse_source("pop-up evenement") == (Source.POPUP, "")
    assert parse_source("via_bekenden") == (Source.BEKENDEN, "")
    assert parse_source("Facebook advertentie") == (Source.SOCIAL, "Facebook advertentie")
    assert parse_source("krant") == (Source.ANDERS, "krant")


def test_consent_cells() -> None:
    for yes in ("ja", "Ja", "X", "akkoord", "1", "yes", "✓"):
        assert parse_consent(yes) == (True, None), yes
    for no in ("nee", "NEE", "0", "no"):
        assert parse_consent(no) == (False, None), no
    for unknown in ("", "  ", "-", "n.v.t.", None):
        assert parse_consent(unknown) == (None, None), unknown
    assert parse_consent(True) == (True, None)
    given, at = parse_consent("12-02-2026")
    assert given is True and at == datetime(2026, 2, 12, tzinfo=LOCAL_TZ)
    with pytest.raises(ValidationError) as err:
        parse_consent("misschien")
    assert err.value.message == (
        "Toestemming 'misschien' is niet duidelijk. Gebruik 'ja' of 'nee' (of de datum "
        "waarop toestemming is gegeven)."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-02-2026", datetime(2026, 2, 12, tzinfo=LOCAL_TZ)),
        ("1-2-2026 9:05", datetime(2026, 2, 1, 9, 5, tzinfo=LOCAL_TZ)),
        ("12/02/2026 14:30:59", datetime(2026, 2, 12, 14, 30, 59, tzinfo=LOCAL_TZ)),
        ("2026-02-12", datetime(2026, 2, 12, tzinfo=LOCAL_TZ)),
        ("2026-02-12T13:05:00Z", datetime(2026, 2, 12, 14, 5, tzinfo=LOCAL_TZ)),
        ("2026-02-12 13:05:00+01:00", datetime(2026, 2, 12, 13, 5, tzinfo=LOCAL_TZ)),
    ],
)
def test_received_dates_in_dutch_and_iso_forms(text: str, expected: datetime) -> None:
    assert parse_received_at(text, now=NOW) == expected


def test_received_dates_that_cannot_be_right_are_refused() -> None:
    def message(text: str) -> str:
        with pytest.raises(ValidationError) as err:
            parse_received_at(text, now=NOW)
        assert err.value.field == "received_at"
        return err.value.message

    assert message("03-03-2026") == (
        "Datum '03-03-2026' ligt in de toekomst. Controleer de datum (dag-maand-jaar)."
    )
    assert "geen geldige datum" in message("31-02-2026")
    assert "geen geldige datum" in message("gisteren")
    assert "vóór het jaar 2000" in message("31-12-1999")
    naive = parse_received_at(datetime(2026, 1, 5, 8, 0), now=NOW)
    assert naive == datetime(2026, 1, 5, 8, 0, tzinfo=LOCAL_TZ)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("de Vr", SearchKind.NAAM, ("de", "vr")),
        ("Noëlle", SearchKind.NAAM, ("noelle",)),
        ("jan@", SearchKind.EMAIL, "jan@"),
        ("Jan@Voorbeeld", SearchKind.EMAIL, "jan@voorbeeld"),
        ("06 123", SearchKind.TELEFOON, "+316123"),
        ("+31 6", SearchKind.TELEFOON, "+316"),
        ("0031 6 12", SearchKind.TELEFOON, "+31612"),
        ("030-12", SearchKind.TELEFOON, "+313012"),
        ("35", SearchKind.POSTCODE, "35"),
        ("3511", SearchKind.POSTCODE, "3511"),
    ],
)
def test_a_search_box_knows_names_mail_phones_and_postcodes(
    text: str, kind: SearchKind, value: object
) -> None:
    term = classify_search(text)
    assert term is not None and term.kind == kind
    assert (term.words if kind == SearchKind.NAAM else term.prefix) == value


def test_a_postcode_search_keeps_its_letters() -> None:
    term = classify_search("3511 ab")
    assert term is not None and (term.kind, term.prefix, term.letters) == (
        SearchKind.POSTCODE,
        "3511",
        "AB",
    )
    assert classify_search("   ") is None
