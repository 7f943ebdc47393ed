"""Checks of single fields, shared by the validator and the form (validation as you
type)."""

from __future__ import annotations

from collections.abc import Sequence

from utregs_plekkie.core.enums import Interest, Provider, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import parse_interests
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.storage.requests.values import CITY_MAX, PREFIX_MAX, STREET_MAX


def clean_text(text: str) -> str:
    return " ".join(text.split())


def has_control(text: str) -> bool:
    return any(ord(ch) < 32 or ord(ch) == 127 for ch in text if ch not in "\t\n\r")


def retag(error: ValidationError, name: str) -> ValidationError:
    return ValidationError(error.message, field=name)


def check_field(name: str, text: str) -> ValidationError | None:
    """One field as the user types it (validation as you type in the detail panel).

    ``name`` is a :class:`RequestInput` field; empty optional fields are fine.
    """
    stripped = text.strip()
    try:
        if name in ("first_name", "last_name", "name"):
            if stripped:
                normalise_name(stripped, field=name)
        elif name == "name_prefix":
            if stripped:
                check_prefix(stripped)
        elif name == "email":
            if stripped:
                normalise_email(stripped)
        elif name == "phone":
            if stripped:
                normalise_phone(stripped)
        elif name == "postcode":
            if stripped:
                normalise_postcode(stripped)
        elif name == "house_number":
            if stripped:
                parse_house_number(stripped)
        elif name == "city":
            if stripped:
                check_city(stripped)
        elif name == "street":
            check_street(text)
    except ValidationError as exc:
        return retag(exc, name)
    return None


def check_prefix(text: str) -> str:
    try:
        prefix = normalise_name(text, field="prefix")
    except ValidationError as exc:
        raise retag(exc, "name_prefix") from None
    if len(prefix) > PREFIX_MAX:
        raise ValidationError(
            _("Tussenvoegsel '{value}' is te lang. Gebruik hoogstens {maximum} tekens.").format(
                value=prefix[:40], maximum=PREFIX_MAX
            ),
            field="name_prefix",
        )
    return prefix


def check_city(text: str) -> str:
    city = normalise_name(text, field="city")
    if len(city) > CITY_MAX:
        raise ValidationError(
            _("Woonplaats '{value}' is te lang. Gebruik hoogstens {maximum} tekens.").format(
                value=city[:40], maximum=CITY_MAX
            ),
            field="city",
        )
    return city


def check_street(text: str) -> str:
    if has_control(text):
        raise ValidationError(
            _("Straat bevat een onzichtbaar stuurteken. Wis het veld en typ de straat opnieuw."),
            field="street",
        )
    street = clean_text(text)
    if len(street) > STREET_MAX:
        raise ValidationError(
            _("Straat '{value}' is te lang. Gebruik hoogstens {maximum} tekens.").format(
                value=street[:40], maximum=STREET_MAX
            ),
            field="street",
        )
    return street


def parse_provider(value: Provider | str | None) -> Provider | None:
    if value is None or isinstance(value, Provider):
        return value
    key = search_key(value).replace(" ", "")
    if not key:
        return None
    for provider in Provider:
        if key in (provider.value, search_key(label(provider)).replace(" ", "")):
            return provider
    if key.startswith("koos"):
        return Provider.KOOS
    if key.startswith("spoor"):
        return Provider.SPOOR030
    raise ValidationError(
        _("Aanbieder '{value}' is onbekend. Kies KOOS Utrecht of Spoor030.").format(
            value=clean_text(value)[:40]
        ),
        field="provider",
    )


def parse_interest_list(
    value: Sequence[Interest | str] | str,
) -> tuple[frozenset[Interest], tuple[str, ...]]:
    if isinstance(value, str):
        return parse_interests(value)
    found: set[Interest] = set()
    unknown: list[str] = []
    for item in value:
        if isinstance(item, Interest):
            found.add(item)
            continue
        try:
            found.add(Interest(item))
        except ValueError:
            more, rest = parse_interests(str(item))
            found |= more
            unknown.extend(rest)
    return frozenset(found), tuple(unknown)
