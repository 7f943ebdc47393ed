"""Checking and normalising what people type: postcodes, phone numbers, e-mail
addresses, names and house numbers.

Every ``normalise_*`` function returns the canonical form to store, or raises
:class:`~utregs_plekkie.core.errors.ValidationError` with a Dutch sentence that
quotes what was typed and says how to fix it. Nothing else escapes, whatever the
input (the property tests feed them arbitrary text).
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _

__all__ = [
    "DEFAULT_PHONE_REGION",
    "HOUSE_NUMBER_MAX",
    "NAME_MAX_LENGTH",
    "field_label",
    "format_phone",
    "normalise_email",
    "normalise_name",
    "normalise_phone",
    "normalise_postcode",
    "parse_house_number",
    "search_key",
]

DEFAULT_PHONE_REGION = "NL"
NAME_MAX_LENGTH = 100
HOUSE_NUMBER_MAX = 99999
HOUSE_NUMBER_SUFFIX_MAX = 6
# How much of the user's input an error message quotes.
_QUOTE_MAX = 40
# Longer input is rejected before any pattern is tried on it.
_POSTCODE_INPUT_MAX = 20
_HOUSE_NUMBER_INPUT_MAX = 30

# Letter pairs PostNL does not use in postcodes (they recall the Nazi era).
_FORBIDDEN_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})

_POSTCODE_RE = re.compile(r"([0-9]{4})\s*([A-Za-z]{2})")
_DIGITS_THEN_LETTERS_RE = re.compile(r"([0-9]+)\s*([A-Za-z]*)")
_HOUSE_NUMBER_RE = re.compile(r"([0-9]+)(?:[\s\-/]*([A-Za-z0-9]+))?")

_APOSTROPHES = "'’‘ʼ`´"
_NAME_PUNCTUATION = frozenset("-.‐‑" + _APOSTROPHES)

# Characters that NFKD does not take apart but that people type without the accent.
_SEARCH_FOLD = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "‐": "-",
        "‑": "-",
    }
)


def field_label(field: str) -> str:
    """The Dutch word (in the user's language) for a field id such as ``first_name``."""
    labels = {
        "name": _("naam"),
        "first_name": _("voornaam"),
        "last_name": _("achternaam"),
        "initials": _("voorletters"),
        "prefix": _("tussenvoegsel"),
        "infix": _("tussenvoegsel"),
        "contact_name": _("naam contactpersoon"),
        "partner_name": _("naam partner"),
        "city": _("woonplaats"),
        "street": _("straat"),
        "postcode": _("postcode"),
        "phone": _("telefoonnummer"),
        "email": _("e-mailadres"),
        "house_number": _("huisnummer"),
    }
    return labels.get(field, field.replace("_", " "))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote(text: str) -> str:
    """What the user typed, made safe to show inside a message: trimmed, invisible
    characters replaced, and shortened when long."""
    shown = "".join(
        "�" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch
        for ch in text.strip()[: _QUOTE_MAX + 1]
    )
    if len(shown) > _QUOTE_MAX:
        shown = shown[: _QUOTE_MAX - 1] + "…"
    return shown


# --------------------------------------------------------------------------- postcode


def normalise_postcode(text: str) -> str:
    """``" 3511ab "`` -> ``"3511 AB"``; raises :class:`ValidationError` otherwise."""
    stripped = text.strip()
    if not stripped:
        raise ValidationError(_("Vul een postcode in (bijvoorbeeld 3511 AB)."), field="postcode")
    match = _POSTCODE_RE.fullmatch(stripped) if len(stripped) <= _POSTCODE_INPUT_MAX else None
    if match is None:
        raise ValidationError(_postcode_problem(stripped), field="postcode")
    digits, letters = match.group(1), match.group(2).upper()
    if digits.startswith("0"):
        raise ValidationError(
            _(
                "Postcode '{value}' is geen geldige postcode: een postcode begint niet "
                "met een 0 (bijvoorbeeld 3511 AB)."
            ).format(value=_quote(text)),
            field="postcode",
        )
    if letters in _FORBIDDEN_POSTCODE_LETTERS:
        raise ValidationError(
            _(
                "Postcode '{value}' is geen geldige postcode: de letters {letters} worden "
                "niet gebruikt in Nederlandse postcodes. Controleer de letters."
            ).format(value=_quote(text), letters=letters),
            field="postcode",
        )
    return f"{digits} {letters}"


def _postcode_problem(stripped: str) -> str:
    value = _quote(stripped)
    partial = (
        _DIGITS_THEN_LETTERS_RE.fullmatch(stripped)
        if len(stripped) <= _POSTCODE_INPUT_MAX
        else None
    )
    if partial is not None and len(partial.group(1)) == 4:
        if not partial.group(2):
            return _(
                "Postcode '{value}' is geen geldige postcode: er ontbreken twee letters "
                "(bijvoorbeeld 3511 AB)."
            ).format(value=value)
        if len(partial.group(2)) == 1:
            return _(
                "Postcode '{value}' is geen geldige postcode: er ontbreekt een letter "
                "(bijvoorbeeld 3511 AB)."
            ).format(value=value)
    return _(
        "Postcode '{value}' is geen geldige postcode: een postcode bestaat uit vier cijfers "
        "en twee letters (bijvoorbeeld 3511 AB)."
    ).format(value=value)


# ----------------------------------------------------------------------------- phone


def normalise_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """A phone number in E.164 form (``"+31612345678"``).

    Numbers without a country code are read as numbers of ``region`` (the
    Netherlands by default); ``00`` and ``+`` prefixes are understood.
    """
    stripped = text.strip()
    if not stripped:
        raise ValidationError(
            _("Vul een telefoonnummer in (bijvoorbeeld 06 12345678)."), field="phone"
        )
    value = _quote(stripped)
    try:
        number = phonenumbers.parse(stripped, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(_phone_parse_problem(exc, value), field="phone") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(_phone_invalid_problem(number, value), field="phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_parse_problem(exc: phonenumbers.NumberParseException, value: str) -> str:
    kind = exc.error_type
    if kind == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        return _(
            "Telefoonnummer '{value}' is ongeldig: de landcode bestaat niet. Begin met "
            "+31 of 0031 voor Nederland, of laat de landcode weg."
        ).format(value=value)
    if kind in (
        phonenumbers.NumberParseException.TOO_SHORT_NSN,
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD,
    ):
        return _(
            "Telefoonnummer '{value}' is ongeldig: het nummer is te kort. Controleer of "
            "alle cijfers er staan (bijvoorbeeld 06 12345678)."
        ).format(value=value)
    if kind == phonenumbers.NumberParseException.TOO_LONG:
        return _(
            "Telefoonnummer '{value}' is ongeldig: het nummer is te lang. Controleer de "
            "cijfers (bijvoorbeeld 06 12345678)."
        ).format(value=value)
    return _(
        "Telefoonnummer '{value}' is geen telefoonnummer. Typ alleen cijfers, eventueel "
        "met +, spaties of streepjes (bijvoorbeeld 06 12345678)."
    ).format(value=value)


def _phone_invalid_problem(number: phonenumbers.PhoneNumber, value: str) -> str:
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        return _(
            "Telefoonnummer '{value}' is ongeldig: het nummer is te kort. Controleer of "
            "alle cijfers er staan (bijvoorbeeld 06 12345678)."
        ).format(value=value)
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return _(
            "Telefoonnummer '{value}' is ongeldig: het nummer is te lang. Controleer de "
            "cijfers (bijvoorbeeld 06 12345678)."
        ).format(value=value)
    if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
        return _(
            "Telefoonnummer '{value}' is ongeldig: de landcode bestaat niet. Begin met "
            "+31 of 0031 voor Nederland, of laat de landcode weg."
        ).format(value=value)
    return _(
        "Telefoonnummer '{value}' bestaat niet: controleer het netnummer en de cijfers "
        "(bijvoorbeeld 06 12345678 of 030 1234567)."
    ).format(value=value)


def format_phone(e164: str) -> str:
    """A stored number for display: national form for Dutch numbers
    (``"06 12345678"``), international form otherwise (``"+44 20 7946 0958"``).

    Text that is not a phone number (say, an old record) is shown unchanged.
    """
    try:
        number = phonenumbers.parse(e164, DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == phonenumbers.country_code_for_region(DEFAULT_PHONE_REGION):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# ----------------------------------------------------------------------------- e-mail


def normalise_email(text: str) -> str:
    """The normalised address (domain lower-cased, Unicode normalised).

    Only the form is checked; there is no network look-up, so this works offline.
    """
    stripped = text.strip()
    if not stripped:
        raise ValidationError(
            _("Vul een e-mailadres in (bijvoorbeeld naam@voorbeeld.nl)."), field="email"
        )
    value = _quote(stripped)
    problem = _email_shape_problem(stripped, value)
    if problem is not None:
        raise ValidationError(problem, field="email")
    try:
        result = validate_email(stripped, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(_email_library_problem(str(exc), value), field="email") from None
    except (ValueError, UnicodeError):  # defensive: malformed input deep in IDNA handling
        raise ValidationError(_email_generic_problem(value), field="email") from None
    return str(result.normalized)


def _email_shape_problem(stripped: str, value: str) -> str | None:
    """The common mistakes, explained more precisely than the library does."""
    if "@" not in stripped:
        return _(
            "E-mailadres '{value}' is ongeldig: het @-teken ontbreekt "
            "(bijvoorbeeld naam@voorbeeld.nl)."
        ).format(value=value)
    if stripped.count("@") > 1:
        return _(
            "E-mailadres '{value}' is ongeldig: er staat meer dan één @-teken in. "
            "Vul één e-mailadres in."
        ).format(value=value)
    local, domain = stripped.split("@")
    if any(ch.isspace() for ch in stripped):
        return _("E-mailadres '{value}' is ongeldig: er mogen geen spaties in staan.").format(
            value=value
        )
    if not local:
        return _(
            "E-mailadres '{value}' is ongeldig: de naam vóór het @-teken ontbreekt "
            "(bijvoorbeeld naam@voorbeeld.nl)."
        ).format(value=value)
    if not domain:
        return _(
            "E-mailadres '{value}' is ongeldig: het domein na het @-teken ontbreekt "
            "(bijvoorbeeld naam@voorbeeld.nl)."
        ).format(value=value)
    if "." not in domain.strip("."):
        return _(
            "E-mailadres '{value}' is ongeldig: het domein na het @-teken is onvolledig, "
            "zoals '.nl' of '.com' (bijvoorbeeld naam@voorbeeld.nl)."
        ).format(value=value)
    return None


def _email_library_problem(english: str, value: str) -> str:
    lowered = english.lower()
    if "after the @-sign" in lowered or "domain" in lowered:
        return _(
            "E-mailadres '{value}' is ongeldig: het domein na het @-teken klopt niet. "
            "Controleer het op typefouten (bijvoorbeeld naam@voorbeeld.nl)."
        ).format(value=value)
    if "before the @-sign" in lowered:
        return _(
            "E-mailadres '{value}' is ongeldig: de naam vóór het @-teken bevat tekens die "
            "niet mogen. Controleer het op typefouten."
        ).format(value=value)
    if "too long" in lowered:
        return _("E-mailadres '{value}' is ongeldig: het adres is te lang.").format(value=value)
    return _email_generic_problem(value)


def _email_generic_problem(value: str) -> str:
    return _(
        "E-mailadres '{value}' is ongeldig. Controleer het op typefouten "
        "(bijvoorbeeld naam@voorbeeld.nl)."
    ).format(value=value)


# ------------------------------------------------------------------------------ names


def _is_invisible(ch: str) -> bool:
    """Control, format and unassigned characters (tab and newline count as space)."""
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")


def _is_name_character(ch: str) -> bool:
    if ch == " " or ch in _NAME_PUNCTUATION:
        return True
    category = unicodedata.category(ch)
    # Letters, and combining marks for accents typed as separate characters.
    return category[0] == "L" or category[0] == "M"


def normalise_name(text: str, field: str = "name") -> str:
    """A person's (or place's) name, trimmed and with single spaces.

    Letters in any script (with accents, ĳ), spaces, hyphens, apostrophes and dots
    are allowed; 1 to 100 characters, at least one of them a letter.
    """
    label = field_label(field)
    if any(_is_invisible(ch) for ch in text):
        raise ValidationError(
            _(
                "{label} '{value}' bevat een onzichtbaar stuurteken. Wis het veld en typ "
                "de naam opnieuw."
            ).format(label=_capitalise(label), value=_quote(text)),
            field=field,
        )
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise ValidationError(_("Vul een {label} in.").format(label=label), field=field)
    value = _quote(name)
    if any(ch.isdigit() or unicodedata.category(ch) == "Nd" for ch in name):
        raise ValidationError(
            _(
                "{label} '{value}' bevat een cijfer. Een naam bestaat uit letters, "
                "eventueel met spaties, koppeltekens, apostrofs of punten."
            ).format(label=_capitalise(label), value=value),
            field=field,
        )
    bad = next((ch for ch in name if not _is_name_character(ch)), None)
    if bad is not None:
        raise ValidationError(
            _(
                "{label} '{value}' bevat het teken '{char}', dat niet in een naam hoort. "
                "Gebruik alleen letters, spaties, koppeltekens, apostrofs en punten."
            ).format(label=_capitalise(label), value=value, char=bad),
            field=field,
        )
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            _(
                "{label} '{value}' is te lang ({length} tekens). Gebruik hoogstens "
                "{maximum} tekens."
            ).format(
                label=_capitalise(label), value=value, length=len(name), maximum=NAME_MAX_LENGTH
            ),
            field=field,
        )
    if not any(unicodedata.category(ch)[0] == "L" for ch in name):
        raise ValidationError(
            _("{label} '{value}' bevat geen letters. Vul een echte {label_lower} in.").format(
                label=_capitalise(label), value=value, label_lower=label
            ),
            field=field,
        )
    return name


# ------------------------------------------------------------------------ house number


def parse_house_number(text: str) -> tuple[int, str]:
    """``"12"`` -> ``(12, "")``; ``"12a"`` / ``"12 A"`` -> ``(12, "A")``;
    ``"12-bis"`` -> ``(12, "bis")``.

    A single-letter addition (huisletter) is upper-cased; a longer addition
    (toevoeging) is kept as typed. Separators between number and addition go.
    """
    stripped = text.strip()
    if not stripped:
        raise ValidationError(
            _("Vul een huisnummer in (bijvoorbeeld 12 of 12a)."), field="house_number"
        )
    value = _quote(stripped)
    if len(stripped) > _HOUSE_NUMBER_INPUT_MAX:
        raise ValidationError(
            _(
                "Huisnummer '{value}' is ongeldig: dat is te lang voor een huisnummer "
                "(bijvoorbeeld 12 of 12a)."
            ).format(value=value),
            field="house_number",
        )
    match = _HOUSE_NUMBER_RE.fullmatch(stripped)
    if match is None:
        if not stripped[0].isascii() or not stripped[0].isdigit():
            message = _(
                "Huisnummer '{value}' is ongeldig: een huisnummer begint met een getal "
                "(bijvoorbeeld 12 of 12a)."
            ).format(value=value)
        else:
            message = _(
                "Huisnummer '{value}' is ongeldig: na het getal mogen alleen letters of "
                "cijfers als toevoeging staan (bijvoorbeeld 12a of 12-bis)."
            ).format(value=value)
        raise ValidationError(message, field="house_number")
    digits, suffix = match.group(1), match.group(2) or ""
    number = int(digits)
    if number < 1:
        raise ValidationError(
            _(
                "Huisnummer '{value}' is ongeldig: een huisnummer is minstens 1 (bijvoorbeeld 12)."
            ).format(value=value),
            field="house_number",
        )
    if number > HOUSE_NUMBER_MAX:
        raise ValidationError(
            _("Huisnummer '{value}' is ongeldig: een huisnummer is hoogstens {maximum}.").format(
                value=value, maximum=HOUSE_NUMBER_MAX
            ),
            field="house_number",
        )
    if len(suffix) > HOUSE_NUMBER_SUFFIX_MAX:
        raise ValidationError(
            _(
                "Huisnummer '{value}' is ongeldig: de toevoeging na het getal is te lang "
                "(hoogstens {maximum} tekens)."
            ).format(value=value, maximum=HOUSE_NUMBER_SUFFIX_MAX),
            field="house_number",
        )
    if len(suffix) == 1:
        suffix = suffix.upper()
    return number, suffix


# ------------------------------------------------------------------------- search key


def search_key(text: str) -> str:
    """The form under which names are indexed and searched: lower case, accents
    folded (``é`` -> ``e``, ``ĳ`` -> ``ij``), apostrophes unified, single spaces.

    Applying it twice changes nothing, so stored keys and typed queries agree.
    """
    key = _fold_once(text)
    for _attempt in range(3):  # rare characters need a second pass to settle
        again = _fold_once(key)
        if again == key:
            break
        key = again
    return key


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(without_marks.translate(_SEARCH_FOLD).split())
