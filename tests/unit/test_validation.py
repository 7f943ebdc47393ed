"""Rules for what people type: postcodes, phone numbers, e-mail, names, house numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from utregs_plekkie.core import i18n
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.validation import (
    NAME_MAX_LENGTH,
    field_label,
    format_phone,
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.packs.content import format_house_number

# Words that betray an untranslated library message.
_ENGLISH = re.compile(
    r"\b(the|is not|must|should|invalid|valid|missing|number|address|character)\b", re.I
)
_DUTCH = re.compile(r"\b(een|geen|het|de|is|vul|bevat|ontbreekt|ongeldig|bestaat|mag)\b", re.I)

# Generous settings for the property tests: the first call into phonenumbers and
# email-validator loads metadata, which can take longer than Hypothesis's deadline.
_PROPERTY = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])

# Arbitrary text, including control characters, NUL and unassigned code points.
_ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200)
_HUGE_TEXT = st.builds(
    lambda chunk, times: chunk * times,
    st.text(min_size=1, max_size=20),
    st.integers(min_value=1_000, max_value=50_000),
)


def assert_dutch_rejection(
    function: Callable[[str], object], typed: str, field: str, *, mentions_input: bool = True
) -> str:
    """Call ``function(typed)``, expect a ValidationError with a Dutch message for
    ``field`` that quotes what was typed; return the message."""
    with pytest.raises(ValidationError) as caught:
        function(typed)
    error = caught.value
    message = error.message
    assert error.field == field
    assert str(error) == message
    assert message.endswith((".", "!")), message
    assert message[0].isupper(), message
    assert _DUTCH.search(message), message
    assert not _ENGLISH.search(message), message
    if mentions_input:
        assert f"'{typed.strip()}'" in message, message
    return message


@pytest.fixture
def recording_translator() -> Iterator[list[str]]:
    """A translator that records the source texts it is asked for and marks its output."""
    seen: list[str] = []

    def translate(text: str) -> str:
        seen.append(text)
        return "«" + text + "»"

    i18n.set_translator(translate)
    try:
        yield seen
    finally:
        i18n.set_translator(None)


# --------------------------------------------------------------------------- postcode


@pytest.mark.parametrize(
    "typed",
    ["3511ab", "3511 AB", " 3511AB ", "3511  ab", "3511aB", "\t3511 ab\n", "3511\u00a0AB"],
)
def test_postcode_is_normalised(typed: str) -> None:
    assert normalise_postcode(typed) == "3511 AB"


@pytest.mark.parametrize("typed", ["1000 AA", "9999 ZZ", "3584 CS", "3451 XA"])
def test_postcode_edges_and_real_codes_are_accepted(typed: str) -> None:
    assert normalise_postcode(typed) == typed


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_postcode_empty_is_rejected(typed: str) -> None:
    message = assert_dutch_rejection(normalise_postcode, typed, "postcode", mentions_input=False)
    assert "Vul een postcode in" in message


def test_postcode_without_letters_says_letters_are_missing() -> None:
    message = assert_dutch_rejection(normalise_postcode, "1234", "postcode")
    assert message == (
        "Postcode '1234' is geen geldige postcode: er ontbreken twee letters "
        "(bijvoorbeeld 3511 AB)."
    )


def test_postcode_with_one_letter_says_a_letter_is_missing() -> None:
    message = assert_dutch_rejection(normalise_postcode, "3511 A", "postcode")
    assert "ontbreekt een letter" in message


def test_postcode_starting_with_zero_is_rejected() -> None:
    message = assert_dutch_rejection(normalise_postcode, "0123 AB", "postcode")
    assert "begint niet met een 0" in message


@pytest.mark.parametrize("typed", ["3511 SA", "3511 SD", "3511 SS", "3511sa", "3511 sd"])
def test_postcode_unused_letter_combinations_are_rejected(typed: str) -> None:
    message = assert_dutch_rejection(normalise_postcode, typed, "postcode")
    assert typed[-2:].upper() in message
    assert "niet gebruikt" in message


@pytest.mark.parametrize(
    "typed",
    [
        "abcd",
        "351 AB",
        "35111 AB",
        "3511 ABC",
        "AB 3511",
        "3511-AB",
        "3511 A1",
        "٣٥١١ AB",  # Arabic-Indic digits
        "3511 ÄB",
        "3511 \u0130B",  # dotted capital I: matches [a-z] under IGNORECASE, must not here
        "postcode",
    ],
)
def test_postcode_junk_is_rejected_with_the_format_explained(typed: str) -> None:
    message = assert_dutch_rejection(normalise_postcode, typed, "postcode")
    assert "vier cijfers en twee letters" in message


def test_postcode_message_shortens_a_very_long_input() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_postcode("9" * 10_000)
    assert len(caught.value.message) < 300
    assert "…" in caught.value.message


def test_postcode_message_replaces_control_characters() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_postcode("35\x0011 AB")
    assert "\x00" not in caught.value.message
    assert "'35�11 AB'" in caught.value.message


def test_postcode_message_is_translated_before_the_value_is_filled_in(
    recording_translator: list[str],
) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_postcode("1234")
    assert caught.value.message.startswith("«Postcode '1234'")
    assert any("{value}" in source for source in recording_translator)
    assert not any("1234" in source for source in recording_translator)


@_PROPERTY
@given(st.from_regex(r"[1-9][0-9]{3}[ ]{0,3}[A-Za-z]{2}", fullmatch=True))
def test_postcode_is_idempotent_on_valid_input(typed: str) -> None:
    if typed[-2:].upper() in {"SA", "SD", "SS"}:
        with pytest.raises(ValidationError):
            normalise_postcode(typed)
        return
    result = normalise_postcode(typed)
    assert re.fullmatch(r"[1-9][0-9]{3} [A-Z]{2}", result)
    assert normalise_postcode(result) == result
    assert normalise_postcode(result.lower()) == result


@_PROPERTY
@given(_ANY_TEXT)
def test_postcode_accepts_or_rejects_any_text_cleanly(typed: str) -> None:
    try:
        result = normalise_postcode(typed)
    except ValidationError as error:
        assert error.field == "postcode"
        assert error.message
    else:
        assert normalise_postcode(result) == result


@settings(deadline=None, max_examples=25)
@given(_HUGE_TEXT)
def test_postcode_rejects_huge_text_cleanly(typed: str) -> None:
    with pytest.raises(ValidationError):
        normalise_postcode(typed)


# ------------------------------------------------------------------------------ phone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("06-12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("(06) 12 34 56 78", "+31612345678"),
        (" 06-12345678 ", "+31612345678"),
        ("030-1234567", "+31301234567"),
        ("030 123 4567", "+31301234567"),
        ("+31 30 123 4567", "+31301234567"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+32 470 12 34 56", "+32470123456"),
    ],
)
def test_phone_is_normalised_to_e164(typed: str, expected: str) -> None:
    assert normalise_phone(typed) == expected


def test_phone_region_can_be_chosen() -> None:
    assert normalise_phone("020 7946 0958", region="GB") == "+442079460958"


@pytest.mark.parametrize("typed", ["", "   "])
def test_phone_empty_is_rejected(typed: str) -> None:
    message = assert_dutch_rejection(normalise_phone, typed, "phone", mentions_input=False)
    assert "Vul een telefoonnummer in" in message


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("123", "te kort"),
        ("0612", "te kort"),
        ("06123456789012", "te lang"),
        ("+999 12345678", "landcode"),
        ("abc", "geen telefoonnummer"),
        ("bel me maar", "geen telefoonnummer"),
        ("06-1234567", "bestaat niet"),
        ("+31 0 12345678", ""),
    ],
)
def test_phone_invalid_is_rejected(typed: str, hint: str) -> None:
    message = assert_dutch_rejection(normalise_phone, typed, "phone")
    assert hint in message
    assert message.startswith("Telefoonnummer '")


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+31612345678", "06 12345678"),
        ("+31301234567", "030 123 4567"),
        ("+442079460958", "+44 20 7946 0958"),
        ("+32470123456", "+32 470 12 34 56"),
    ],
)
def test_format_phone(stored: str, shown: str) -> None:
    assert format_phone(stored) == shown


def test_format_phone_round_trips_through_normalise() -> None:
    for typed in ["06-12345678", "030-1234567", "+44 20 7946 0958"]:
        stored = normalise_phone(typed)
        assert normalise_phone(format_phone(stored)) == stored


@pytest.mark.parametrize("stored", ["", "onbekend", "+"])
def test_format_phone_shows_non_numbers_unchanged(stored: str) -> None:
    assert format_phone(stored) == stored


@_PROPERTY
@given(_ANY_TEXT)
def test_phone_accepts_or_rejects_any_text_cleanly(typed: str) -> None:
    try:
        result = normalise_phone(typed)
    except ValidationError as error:
        assert error.field == "phone"
        assert error.message
    else:
        assert result.startswith("+")
        assert normalise_phone(result) == result
        assert isinstance(format_phone(result), str)


@_PROPERTY
@given(st.text(alphabet="0123456789+-() \t.", max_size=30))
def test_phone_accepts_or_rejects_phone_like_text_cleanly(typed: str) -> None:
    try:
        result = normalise_phone(typed)
    except ValidationError as error:
        assert error.field == "phone"
    else:
        assert normalise_phone(result) == result


@settings(deadline=None, max_examples=25)
@given(_HUGE_TEXT)
def test_phone_rejects_huge_text_cleanly(typed: str) -> None:
    with pytest.raises(ValidationError):
        normalise_phone(typed)


# ----------------------------------------------------------------------------- e-mail


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jan@example.nl", "jan@example.nl"),
        (" jan@example.nl ", "jan@example.nl"),
        ("Jan.de.Vries@Example.NL", "Jan.de.Vries@example.nl"),
        ("info+pleegzorg@koos-utrecht.nl", "info+pleegzorg@koos-utrecht.nl"),
        ("zoë@voorbeeld.nl", "zoë@voorbeeld.nl"),
    ],
)
def test_email_is_normalised(typed: str, expected: str) -> None:
    assert normalise_email(typed) == expected


@pytest.mark.parametrize("typed", ["", "  "])
def test_email_empty_is_rejected(typed: str) -> None:
    message = assert_dutch_rejection(normalise_email, typed, "email", mentions_input=False)
    assert "Vul een e-mailadres in" in message


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("jan.example.nl", "@-teken ontbreekt"),
        ("jan@", "domein na het @-teken ontbreekt"),
        ("@example.nl", "vóór het @-teken ontbreekt"),
        ("jan@example", "onvolledig"),
        ("jan@@example.nl", "meer dan één @-teken"),
        ("jan@a@example.nl", "meer dan één @-teken"),
        ("jan de vries@example.nl", "spaties"),
        ("jan@example..nl", ""),
        ("jan@-example.nl", ""),
        ("jan@localhost.localhost", ""),
        ("jan@exa_mple.nl", ""),
        ("ja(n@example.nl", ""),
        (".jan@example.nl", ""),
    ],
)
def test_email_invalid_is_rejected(typed: str, hint: str) -> None:
    message = assert_dutch_rejection(normalise_email, typed, "email")
    assert hint in message
    assert message.startswith("E-mailadres '")


def test_email_needs_no_network() -> None:
    # A domain that surely has no mail server is still accepted: only the form counts.
    assert normalise_email("iemand@bestaat-zeker-niet-utregs-plekkie.nl").endswith(".nl")


@_PROPERTY
@given(_ANY_TEXT)
def test_email_accepts_or_rejects_any_text_cleanly(typed: str) -> None:
    try:
        result = normalise_email(typed)
    except ValidationError as error:
        assert error.field == "email"
        assert error.message
    else:
        assert "@" in result
        assert normalise_email(result) == result


@_PROPERTY
@given(st.emails())
def test_email_accepts_or_rejects_email_like_text_cleanly(typed: str) -> None:
    try:
        result = normalise_email(typed)
    except ValidationError as error:
        assert error.field == "email"
    else:
        assert normalise_email(result) == result


@_PROPERTY
@given(
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30),
)
def test_email_with_arbitrary_parts_never_crashes(local: str, domain: str) -> None:
    try:
        normalise_email(f"{local}@{domain}")
    except ValidationError as error:
        assert error.field == "email"


@settings(deadline=None, max_examples=25)
@given(_HUGE_TEXT)
def test_email_rejects_huge_text_cleanly(typed: str) -> None:
    with pytest.raises(ValidationError):
        normalise_email(typed + "@" + typed)


# ------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Jan", "Jan"),
        ("  Jan   de  Vries ", "Jan de Vries"),
        ("Jan\tde\nVries", "Jan de Vries"),
        ("Zoë", "Zoë"),
        ("Zoe\u0308", "Zoë"),  # decomposed ë is composed
        ("Chloë Ĳzerman", "Chloë Ĳzerman"),
        ("Anaïs", "Anaïs"),
        ("Müller-Lüdenscheidt", "Müller-Lüdenscheidt"),
        ("O'Brien", "O'Brien"),
        ("D’Arcy", "D’Arcy"),
        ("J.P.", "J.P."),
        ("'t Hart", "'t Hart"),
        ("van 't Veld", "van 't Veld"),
        ("Ngũgĩ wa Thiong'o", "Ngũgĩ wa Thiong'o"),
        ("Ψ", "Ψ"),
        ("محمد", "محمد"),
        ("x", "x"),
        ("a" * NAME_MAX_LENGTH, "a" * NAME_MAX_LENGTH),
    ],
)
def test_name_is_accepted_and_tidied(typed: str, expected: str) -> None:
    assert normalise_name(typed) == expected


@pytest.mark.parametrize(
    ("field", "word"),
    [
        ("name", "Naam"),
        ("first_name", "Voornaam"),
        ("last_name", "Achternaam"),
    ],
)
def test_name_message_names_the_field_in_dutch(field: str, word: str) -> None:
    message = assert_dutch_rejection(lambda text: normalise_name(text, field), "Jan3", field)
    assert message.startswith(f"{word} 'Jan3'")


def test_name_empty_is_rejected_naming_the_field() -> None:
    message = assert_dutch_rejection(
        lambda text: normalise_name(text, "first_name"), "   ", "first_name", mentions_input=False
    )
    assert message == "Vul een voornaam in."


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("Jan3", "cijfer"),
        ("R2-D2", "cijfer"),
        ("Jan٣", "cijfer"),
        ("jan@example.nl", "'@'"),
        ("Jan & Piet", "'&'"),
        ("Jan_Piet", "'_'"),
        ("Jan!", "'!'"),
        ("Jan 😀", "'😀'"),
        ("<script>", "'<'"),
        ("Jan, Piet", "','"),
        ("-", "geen letters"),
        ("...", "geen letters"),
        ("' '", "geen letters"),
    ],
)
def test_name_with_digits_or_symbols_is_rejected(typed: str, hint: str) -> None:
    message = assert_dutch_rejection(normalise_name, typed, "name")
    assert hint in message


@pytest.mark.parametrize("typed", ["Jan\x00", "J\x07an", "Jan\u200b", "Jan\x1c"])
def test_name_with_control_characters_is_rejected(typed: str) -> None:
    message = assert_dutch_rejection(normalise_name, typed, "name", mentions_input=False)
    assert "stuurteken" in message
    assert "Jan" in message or "J" in message


def test_name_too_long_is_rejected() -> None:
    message = assert_dutch_rejection(
        normalise_name, "a" * (NAME_MAX_LENGTH + 1), "name", mentions_input=False
    )
    assert "te lang" in message
    assert str(NAME_MAX_LENGTH) in message
    assert "'aaaa" in message


def test_name_length_counts_after_collapsing_whitespace() -> None:
    typed = "a" * 50 + " " * 30 + "b" * 49
    assert len(normalise_name(typed)) == NAME_MAX_LENGTH


def test_field_label_falls_back_to_the_id() -> None:
    assert field_label("first_name") == "voornaam"
    assert field_label("some_field") == "some field"


@_PROPERTY
@given(_ANY_TEXT)
def test_name_accepts_or_rejects_any_text_cleanly(typed: str) -> None:
    try:
        result = normalise_name(typed, "last_name")
    except ValidationError as error:
        assert error.field == "last_name"
        assert error.message
    else:
        assert 1 <= len(result) <= NAME_MAX_LENGTH
        assert result == result.strip()
        assert "  " not in result
        assert not any(ch.isdigit() for ch in result)
        assert normalise_name(result, "last_name") == result


# ----------------------------------------------------------------------- house number


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12", (12, "")),
        (" 12 ", (12, "")),
        ("12a", (12, "A")),
        ("12A", (12, "A")),
        ("12 A", (12, "A")),
        ("12-a", (12, "A")),
        ("12-bis", (12, "bis")),
        ("12 bis", (12, "bis")),
        ("12-2", (12, "2")),
        ("12 hs", (12, "hs")),
        ("1", (1, "")),
        ("99999", (99999, "")),
        ("007", (7, "")),
    ],
)
def test_house_number_is_parsed(typed: str, expected: tuple[int, str]) -> None:
    assert parse_house_number(typed) == expected


@pytest.mark.parametrize("typed", ["", "  "])
def test_house_number_empty_is_rejected(typed: str) -> None:
    message = assert_dutch_rejection(
        parse_house_number, typed, "house_number", mentions_input=False
    )
    assert "Vul een huisnummer in" in message


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("abc", "begint met een getal"),
        ("a12", "begint met een getal"),
        ("-12", "begint met een getal"),
        ("0", "minstens 1"),
        ("000", "minstens 1"),
        ("0a", "minstens 1"),
        ("100000", "hoogstens 99999"),
        ("12!", "toevoeging"),
        ("12 a b", "toevoeging"),
        ("12abcdefg", "te lang"),
        ("1" * 40, "te lang"),
        ("١٢", "begint met een getal"),  # Arabic-Indic digits
    ],
)
def test_house_number_invalid_is_rejected(typed: str, hint: str) -> None:
    message = assert_dutch_rejection(parse_house_number, typed, "house_number")
    assert hint in message
    assert message.startswith("Huisnummer '")


@_PROPERTY
@given(_ANY_TEXT)
def test_house_number_accepts_or_rejects_any_text_cleanly(typed: str) -> None:
    try:
        number, suffix = parse_house_number(typed)
    except ValidationError as error:
        assert error.field == "house_number"
    else:
        assert 1 <= number <= 99999
        # Read back as the program writes it: "1/0" is number 1 with addition "0",
        # printed "1 0" (written together, "10" would be another house).
        assert parse_house_number(format_house_number(number, suffix)) == (number, suffix)


@settings(deadline=None, max_examples=25)
@given(_HUGE_TEXT)
def test_house_number_rejects_huge_text_cleanly(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_house_number("1" + typed)


# ------------------------------------------------------------------------- search key


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Jan de Vries", "jan de vries"),
        ("  Jan   DE\tVries ", "jan de vries"),
        ("Zoë", "zoe"),
        ("Chloë Ĳzerman", "chloe ijzerman"),
        ("ĳsselmeer", "ijsselmeer"),
        ("Anaïs Müller", "anais muller"),
        ("Éléonore Ça", "eleonore ca"),
        ("Søren Łukasz", "soren lukasz"),
        ("Straße", "strasse"),
        ("D’Arcy", "d'arcy"),
        ("", ""),
    ],
)
def test_search_key(typed: str, expected: str) -> None:
    assert search_key(typed) == expected


def test_search_key_matches_differently_typed_names() -> None:
    assert search_key("IJzerman") == search_key("Ĳzerman") == search_key("ijzerman")
    assert search_key("Zoë") == search_key("Zoe\u0308") == search_key("ZOE")


@_PROPERTY
@given(_ANY_TEXT)
def test_search_key_is_idempotent_and_tidy(typed: str) -> None:
    key = search_key(typed)
    assert search_key(key) == key
    assert key == key.strip()
    assert "  " not in key
