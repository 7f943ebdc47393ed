"""The validator: everything a form, the kiosk or an import row provides enters as a
:class:`RequestInput` (raw strings are fine) and leaves as normalised
:class:`RequestValues`, or as every problem at once as field-tagged Dutch sentences, so
a form can show them all and never loses what was typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, Provider, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import (
    parse_consent,
    parse_received_at,
    parse_source,
    split_full_name,
    split_street_and_number,
)
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
)
from utregs_plekkie.storage.requests.fields import (
    check_city,
    check_prefix,
    check_street,
    clean_text,
    has_control,
    parse_interest_list,
    parse_provider,
    retag,
)
from utregs_plekkie.storage.requests.routing import Routing, route_postcode
from utregs_plekkie.storage.requests.values import (
    CITY_MAX,
    EVENT_NAME_MAX,
    NOTES_MAX,
    SOURCE_DETAIL_MAX,
    VERSION_MAX,
    InvalidRequestError,
    RequestInput,
    RequestValues,
)


def validate_request_input(
    data: RequestInput,
    *,
    geo: GeoIndex | None = None,
    now: datetime | None = None,
    default_source: Source = Source.WEBSITE,
) -> RequestValues | list[ValidationError]:
    """Normalised values, or every problem (each tagged with its field) at once.

    Needed: a name (first and/or last name) and a way to reach the person (e-mail
    and/or phone). Everything else is optional but checked when given. Consent that
    was explicitly refused is a problem: a request is only kept with consent to be
    contacted. Interest words that are not recognised are kept in the notes.
    """
    errors: list[ValidationError] = []
    # Each part adds its problems to ``errors`` in the order the form shows the fields.
    names = _names(data, errors)
    email, phone = _contact(data, errors)
    address = _address(data, geo, errors)
    provider, by_hand = _provider(data, address, errors)
    extras = _extras(data, default_source, errors)
    consent = _consent(data, now or clock.now(), errors)
    if errors:
        return errors
    return RequestValues(
        first_name=names["first_name"],
        name_prefix=names["name_prefix"],
        last_name=names["last_name"],
        email=email,
        phone=phone,
        street=address.street,
        house_number=address.house_number,
        house_number_suffix=address.suffix,
        postcode=address.postcode,
        city=address.city,
        routing=address.routing,
        provider=provider,
        provider_set_by_hand=by_hand,
        interests=extras.interests,
        source=extras.source,
        source_detail=extras.detail,
        event_id=data.event_id,
        event_name=extras.event_name,
        received_at=consent.received_at,
        consent_contact=consent.contact,
        consent_store=consent.store,
        consent_at=consent.at,
        consent_text_version=consent.version,
        notes=extras.notes,
    )


def _names(data: RequestInput, errors: list[ValidationError]) -> dict[str, str]:
    """First name, prefix and last name (a whole name is split when those are empty)."""
    first, prefix, last = data.first_name, data.name_prefix, data.last_name
    if not (first.strip() or last.strip()) and data.name.strip():
        if has_control(data.name):
            errors.append(
                ValidationError(
                    _(
                        "Naam bevat een onzichtbaar stuurteken. Wis het veld en typ de naam "
                        "opnieuw."
                    ),
                    field="name",
                )
            )
            first = prefix = last = ""
        else:
            first, split_prefix, last = split_full_name(data.name)
            prefix = prefix or split_prefix
    names: dict[str, str] = {}
    for key, text in (("first_name", first), ("last_name", last)):
        if text.strip():
            try:
                names[key] = normalise_name(text, field=key)
            except ValidationError as exc:
                errors.append(retag(exc, key))
        else:
            names[key] = ""
    if prefix.strip():
        try:
            names["name_prefix"] = check_prefix(prefix)
        except ValidationError as exc:
            errors.append(exc)
    else:
        names["name_prefix"] = ""
    if not (first.strip() or last.strip()) and not any(e.field == "name" for e in errors):
        errors.append(
            ValidationError(
                _("Vul een naam in (voornaam en/of achternaam)."),
                field="name"
                if data.name or not (data.first_name or data.last_name)
                else "last_name",
            )
        )
    return names


def _contact(data: RequestInput, errors: list[ValidationError]) -> tuple[str | None, str | None]:
    """E-mail and phone: one of them is needed."""
    email: str | None = None
    phone: str | None = None
    if data.email.strip():
        try:
            email = normalise_email(data.email).lower()
        except ValidationError as exc:
            errors.append(retag(exc, "email"))
    if data.phone.strip():
        try:
            phone = normalise_phone(data.phone)
        except ValidationError as exc:
            errors.append(retag(exc, "phone"))
    if not data.email.strip() and not data.phone.strip():
        errors.append(
            ValidationError(
                _("Vul een e-mailadres of een telefoonnummer in, zodat we contact kunnen opnemen."),
                field="contact",
            )
        )
    return email, phone


@dataclass(frozen=True)
class _Address:
    postcode: str | None
    street: str
    house_number: int | None
    suffix: str
    routing: Routing
    city: str


def _address(data: RequestInput, geo: GeoIndex | None, errors: list[ValidationError]) -> _Address:
    """Postcode, street and number, city, and where the postcode is routed."""
    postcode: str | None = None
    if data.postcode.strip():
        try:
            postcode = normalise_postcode(data.postcode)
        except ValidationError as exc:
            errors.append(retag(exc, "postcode"))
    street_text, number_text = data.street, data.house_number
    if not number_text.strip() and street_text.strip():
        street_text, number_text = split_street_and_number(street_text)
    street = ""
    try:
        street = check_street(street_text)
    except ValidationError as exc:
        errors.append(exc)
    house_number: int | None = None
    suffix = ""
    if number_text.strip():
        try:
            house_number, suffix = parse_house_number(number_text)
        except ValidationError as exc:
            errors.append(retag(exc, "house_number"))
    routing = route_postcode(postcode, geo)
    city = ""
    if data.city.strip():
        try:
            city = check_city(data.city)
        except ValidationError as exc:
            errors.append(retag(exc, "city"))
    elif routing.known:
        city = routing.place[:CITY_MAX]
    return _Address(postcode, street, house_number, suffix, routing, city)


def _provider(
    data: RequestInput, address: _Address, errors: list[ValidationError]
) -> tuple[Provider | None, bool]:
    """The provider and whether it was chosen by hand: the wijk decides inside the city;
    by hand only outside it."""
    routing, postcode = address.routing, address.postcode
    provider = routing.provider
    by_hand = False
    try:
        chosen = parse_provider(data.provider)
    except ValidationError as exc:
        errors.append(exc)
        chosen = None
    if chosen is not None:
        if routing.in_city and routing.provider is not None:
            if chosen != routing.provider:
                errors.append(
                    ValidationError(
                        _(
                            "Postcode {postcode} ligt in wijk {wijk}, die bij {provider} hoort. "
                            "In de stad bepaalt de wijk de aanbieder; kies alleen bij een "
                            "postcode buiten de stad zelf een aanbieder."
                        ).format(
                            postcode=postcode,
                            wijk=routing.wijk,
                            provider=label(routing.provider),
                        ),
                        field="provider",
                    )
                )
        else:
            provider, by_hand = chosen, True
    return provider, by_hand


@dataclass(frozen=True)
class _Extras:
    notes: str
    interests: frozenset[Interest]
    event_name: str
    source: Source
    detail: str


def _extras(data: RequestInput, default_source: Source, errors: list[ValidationError]) -> _Extras:
    """Interests (words not recognised go to the notes), notes, event and source."""
    notes = data.notes.strip()
    interests, unknown_interests = parse_interest_list(data.interests)
    if unknown_interests:
        extra = _("Interesse (niet herkend): {words}").format(words=", ".join(unknown_interests))
        notes = f"{notes}\n{extra}" if notes else extra
    if len(notes) > NOTES_MAX:
        errors.append(
            ValidationError(
                _("De opmerkingen zijn te lang ({n} tekens). Gebruik hoogstens {maximum}.").format(
                    n=len(notes), maximum=NOTES_MAX
                ),
                field="notes",
            )
        )
    event_name = clean_text(data.event_name)
    if len(event_name) > EVENT_NAME_MAX:
        errors.append(
            ValidationError(
                _(
                    "De naam van het evenement is te lang. Gebruik hoogstens {maximum} tekens."
                ).format(maximum=EVENT_NAME_MAX),
                field="event_name",
            )
        )
    source: Source | None
    detail = clean_text(data.source_detail)
    if isinstance(data.source, Source):
        source = data.source
    else:
        source, parsed_detail = parse_source(data.source or "")
        detail = detail or parsed_detail
    if source is None:
        source = Source.POPUP if (data.event_id is not None or event_name) else default_source
    detail = detail[:SOURCE_DETAIL_MAX]
    return _Extras(notes, interests, event_name, source, detail)


@dataclass(frozen=True)
class _Consent:
    received_at: datetime | None
    contact: bool
    store: bool
    at: datetime | None
    version: str | None


def _consent(data: RequestInput, moment: datetime, errors: list[ValidationError]) -> _Consent:
    """When the request came in, and the consent given (refused consent is a problem)."""
    received_at: datetime | None = None
    if isinstance(data.received_at, datetime | date) or (
        isinstance(data.received_at, str) and data.received_at.strip()
    ):
        try:
            received_at = parse_received_at(data.received_at, now=moment)
        except ValidationError as exc:
            errors.append(retag(exc, "received_at"))
    consent_contact: bool | None = None
    consent_store: bool | None = None
    consent_at: datetime | None = None
    try:
        consent_contact, consent_at = parse_consent(data.consent_contact)
    except ValidationError as exc:
        errors.append(retag(exc, "consent_contact"))
    try:
        consent_store, store_at = parse_consent(data.consent_store)
        consent_at = consent_at or store_at
    except ValidationError as exc:
        errors.append(retag(exc, "consent_store"))
    if consent_contact is False:
        errors.append(
            ValidationError(
                _(
                    "Er is geen toestemming om contact op te nemen. Zonder die toestemming "
                    "bewaren we de aanvraag niet: vraag de persoon om toestemming, of laat "
                    "deze aanvraag weg."
                ),
                field="consent_contact",
            )
        )
    explicit_at = data.consent_at
    if isinstance(explicit_at, datetime | date) or (
        isinstance(explicit_at, str) and explicit_at.strip()
    ):
        try:
            consent_at = parse_received_at(explicit_at, now=moment, field_name="consent_at")
        except ValidationError as exc:
            errors.append(exc)
    version = clean_text(data.consent_text_version) or None
    if version is not None and len(version) > VERSION_MAX:
        errors.append(
            ValidationError(
                _("De versie van de toestemmingstekst is te lang ({n} tekens).").format(
                    n=len(version)
                ),
                field="consent_text_version",
            )
        )
    given = bool(consent_contact) or bool(consent_store)
    if given and consent_at is None:
        consent_at = received_at or moment
    return _Consent(
        received_at,
        bool(consent_contact),
        bool(consent_store),
        consent_at if given else None,
        version if given else None,
    )


def validated(data: RequestInput | RequestValues, geo: GeoIndex | None) -> RequestValues:
    if isinstance(data, RequestValues):
        return data
    result = validate_request_input(data, geo=geo)
    if isinstance(result, list):
        raise InvalidRequestError(result)
    return result
