"""Information requests in the database: input and validation, routing, saving with
version checks, status changes with their dated history, duplicates and merging,
consent, the response norm, and the fast list queries of the Aanvragen page.

Everything a form, the kiosk or an import row provides enters as a
:class:`RequestInput` (raw strings are fine) and is checked by
:func:`validate_request_input`, which returns normalised :class:`RequestValues` or
every problem at once as field-tagged Dutch sentences, so a form can show them all
and never loses what was typed.

Lists stay fast at hundreds of thousands of rows: :func:`count_requests` and
:func:`fetch_requests` only use indexed columns, and on SQLite (whose planner has no
statistics) the fetch picks its plan from the count it already knows: few matches are
found through the filter's index and sorted; many are read along the sort column's
index until the page is full (see :func:`fetch_requests`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    exists,
    func,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    Interest,
    Provider,
    RequestStatus,
    Source,
    label,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, ValidationError
from utregs_plekkie.core.geo import WIJKEN, GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import (
    OPEN_STATUSES,
    DuplicateLevel,
    FollowUpState,
    PersonKey,
    ResponseNorm,
    SearchKind,
    check_move,
    classify_search,
    describe_follow_up,
    dropout_reason_label,
    follow_up_after_move,
    follow_up_state,
    parse_consent,
    parse_interests,
    parse_received_at,
    parse_source,
    score_duplicate,
    similar_names,
    split_full_name,
    split_street_and_number,
)
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

# The demo data's fast column converters: one implementation of "value as the driver
# wants it" for both bulk writers.
from utregs_plekkie.storage.demo import _fast_processor
from utregs_plekkie.storage.repository import SYSTEM_USER, audit, stale_message
from utregs_plekkie.storage.types import UtcDateTime

__all__ = [
    "DEFAULT_SORT",
    "NORM_SETTING_KEY",
    "TODAY_SORT",
    "WIJK_OUTSIDE",
    "DuplicateCandidate",
    "DuplicateFinder",
    "HistoryEntry",
    "InvalidRequestError",
    "MergeResult",
    "RequestExportRow",
    "RequestInput",
    "RequestQuery",
    "RequestReferences",
    "RequestRow",
    "RequestSort",
    "RequestValues",
    "Routing",
    "SortColumn",
    "add_consent_text",
    "change_status",
    "check_field",
    "count_requests",
    "create_request",
    "current_consent_text",
    "fetch_requests",
    "find_duplicates",
    "insert_request_batch",
    "iter_export_rows",
    "load_request",
    "load_response_norm",
    "merge_requests",
    "merge_values_into",
    "record_consent",
    "request_history",
    "route_postcode",
    "save_response_norm",
    "today_view",
    "update_request",
    "validate_request_input",
    "wijk_name",
]

KIND = "aanvraag"
ENTITY = m.InfoRequest.__tablename__
NORM_SETTING_KEY = "aanvragen.reactienorm"
#: Code for "outside the city (or postcode unknown)" in the wijk filter.
WIJK_OUTSIDE = "buiten"

_STREET_MAX = 120
_CITY_MAX = 80
_PREFIX_MAX = 30
_SOURCE_DETAIL_MAX = 200
_EVENT_NAME_MAX = 200
_NOTES_MAX = 20_000
_VERSION_MAX = 40


def _t(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


# =========================================================================== routing


@dataclass(frozen=True)
class Routing:
    """Where a postcode lies and which provider it goes to."""

    pc4: str | None = None
    wijk_code: str | None = None
    wijk: str | None = None
    provider: Provider | None = None
    place: str = ""
    known: bool = False  # the postcode is in the table
    in_city: bool = False

    @property
    def outside_city(self) -> bool:
        """Marked in the list: the provider is then chosen by hand."""
        return not self.in_city

    def describe(self) -> str:
        if self.pc4 is None:
            return _("Geen postcode: kies de aanbieder met de hand.")
        if self.in_city and self.wijk and self.provider:
            return _("Wijk {wijk}, aanbieder {provider}.").format(
                wijk=self.wijk, provider=label(self.provider)
            )
        if self.known:
            return _("Buiten de stad Utrecht ({place}): kies de aanbieder met de hand.").format(
                place=self.place or self.pc4
            )
        return _("Postcode {pc4} is onbekend: kies de aanbieder met de hand.").format(pc4=self.pc4)


def route_postcode(postcode: str | None, geo: GeoIndex | None = None) -> Routing:
    """Postcode -> PC4 -> wijk -> provider (KOOS or Spoor030) for the city of Utrecht."""
    if not postcode:
        return Routing()
    place = (geo or GeoIndex.default()).lookup(postcode)
    pc4 = postcode[:4]
    if place is None:
        return Routing(pc4=pc4)
    return Routing(
        pc4=place.pc4,
        wijk_code=place.wijk_code,
        wijk=place.wijk,
        provider=place.provider if place.in_city else None,
        place=place.plaats or place.gemeente,
        known=True,
        in_city=place.in_city and place.provider is not None,
    )


_WIJK_NAMES = {code: name for code, name, _provider in WIJKEN}


def wijk_name(code: str | None) -> str:
    """The wijk's name for its CBS code (``"WK034405"`` -> ``"Oost"``); ``""`` for none."""
    if not code:
        return ""
    return _WIJK_NAMES.get(code, code)


# =========================================================================== input


@dataclass
class RequestInput:
    """What a form, the kiosk or an import row provides. Raw text is fine everywhere:
    :func:`validate_request_input` normalises it or says what is wrong."""

    name: str = ""  # a whole name; split when first and last name are empty
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    #: Interest members, or one text with several ("voltijd, weekend en steunouder").
    interests: Sequence[Interest | str] | str = ()
    source: Source | str | None = None
    source_detail: str = ""
    event_id: int | None = None
    event_name: str = ""
    received_at: datetime | date | str | None = None
    consent_contact: bool | str | None = None
    consent_store: bool | str | None = None
    consent_at: datetime | date | str | None = None
    consent_text_version: str = ""
    #: Only for postcodes outside the city (there the wijk decides).
    provider: Provider | str | None = None
    notes: str = ""

    @classmethod
    def from_record(cls, record: m.InfoRequest) -> RequestInput:
        """A stored request as form input (for the detail panel)."""
        number = ""
        if record.house_number is not None:
            number = f"{record.house_number}{record.house_number_suffix or ''}"
        return cls(
            first_name=record.first_name,
            name_prefix=record.name_prefix,
            last_name=record.last_name,
            email=record.email or "",
            phone=record.phone or "",
            street=record.street,
            house_number=number,
            postcode=record.postcode or "",
            city=record.city,
            interests=tuple(sorted(record.interest_set)),
            source=record.source,
            source_detail=record.source_detail,
            event_id=record.event_id,
            received_at=record.received_at,
            consent_contact=record.consent_contact,
            consent_store=record.consent_store,
            consent_at=record.consent_at,
            consent_text_version=record.consent_text_version or "",
            provider=record.provider if record.provider_set_by_hand else None,
            notes=record.notes,
        )


@dataclass(frozen=True)
class RequestValues:
    """A request's normalised values, ready to store."""

    first_name: str
    name_prefix: str
    last_name: str
    email: str | None
    phone: str | None
    street: str
    house_number: int | None
    house_number_suffix: str
    postcode: str | None
    city: str
    routing: Routing
    provider: Provider | None
    provider_set_by_hand: bool
    interests: frozenset[Interest]
    source: Source
    source_detail: str
    event_id: int | None
    event_name: str
    received_at: datetime | None  # None: now
    consent_contact: bool
    consent_store: bool
    consent_at: datetime | None
    consent_text_version: str | None
    notes: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)

    # Computed once: an import asks for them several times per row. (A plain attribute
    # rather than cached_property, which takes a lock per first use on Python 3.11.)
    name_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name_key", search_key(self.full_name))

    def person_key(self) -> PersonKey:
        return PersonKey(self.full_name, self.email, self.phone, self.postcode, self.name_key)


class InvalidRequestError(ValidationError):
    """A request that cannot be saved; ``errors`` holds every problem."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        super().__init__(" ".join(e.message for e in errors), field=errors[0].field)
        self.errors = list(errors)


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def _has_control(text: str) -> bool:
    return any(ord(ch) < 32 or ord(ch) == 127 for ch in text if ch not in "\t\n\r")


def _retag(error: ValidationError, name: str) -> ValidationError:
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
                _check_prefix(stripped)
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
                _check_city(stripped)
        elif name == "street":
            _check_street(text)
    except ValidationError as exc:
        return _retag(exc, name)
    return None


def _check_prefix(text: str) -> str:
    try:
        prefix = normalise_name(text, field="prefix")
    except ValidationError as exc:
        raise _retag(exc, "name_prefix") from None
    if len(prefix) > _PREFIX_MAX:
        raise ValidationError(
            _("Tussenvoegsel '{value}' is te lang. Gebruik hoogstens {maximum} tekens.").format(
                value=prefix[:40], maximum=_PREFIX_MAX
            ),
            field="name_prefix",
        )
    return prefix


def _check_city(text: str) -> str:
    city = normalise_name(text, field="city")
    if len(city) > _CITY_MAX:
        raise ValidationError(
            _("Woonplaats '{value}' is te lang. Gebruik hoogstens {maximum} tekens.").format(
                value=city[:40], maximum=_CITY_MAX
            ),
            field="city",
        )
    return city


def _check_street(text: str) -> str:
    if _has_control(text):
        raise ValidationError(
            _("Straat bevat een onzichtbaar stuurteken. Wis het veld en typ de straat opnieuw."),
            field="street",
        )
    street = _clean_text(text)
    if len(street) > _STREET_MAX:
        raise ValidationError(
            _("Straat '{value}' is te lang. Gebruik hoogstens {maximum} tekens.").format(
                value=street[:40], maximum=_STREET_MAX
            ),
            field="street",
        )
    return street


def _parse_provider(value: Provider | str | None) -> Provider | None:
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
            value=_clean_text(value)[:40]
        ),
        field="provider",
    )


def _parse_interest_list(
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
    moment = now or clock.now()

    # -- name
    first, prefix, last = data.first_name, data.name_prefix, data.last_name
    if not (first.strip() or last.strip()) and data.name.strip():
        if _has_control(data.name):
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
                errors.append(_retag(exc, key))
        else:
            names[key] = ""
    if prefix.strip():
        try:
            names["name_prefix"] = _check_prefix(prefix)
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

    # -- contact
    email: str | None = None
    phone: str | None = None
    if data.email.strip():
        try:
            email = normalise_email(data.email).lower()
        except ValidationError as exc:
            errors.append(_retag(exc, "email"))
    if data.phone.strip():
        try:
            phone = normalise_phone(data.phone)
        except ValidationError as exc:
            errors.append(_retag(exc, "phone"))
    if not data.email.strip() and not data.phone.strip():
        errors.append(
            ValidationError(
                _("Vul een e-mailadres of een telefoonnummer in, zodat we contact kunnen opnemen."),
                field="contact",
            )
        )

    # -- address
    postcode: str | None = None
    if data.postcode.strip():
        try:
            postcode = normalise_postcode(data.postcode)
        except ValidationError as exc:
            errors.append(_retag(exc, "postcode"))
    street_text, number_text = data.street, data.house_number
    if not number_text.strip() and street_text.strip():
        street_text, number_text = split_street_and_number(street_text)
    street = ""
    try:
        street = _check_street(street_text)
    except ValidationError as exc:
        errors.append(exc)
    house_number: int | None = None
    suffix = ""
    if number_text.strip():
        try:
            house_number, suffix = parse_house_number(number_text)
        except ValidationError as exc:
            errors.append(_retag(exc, "house_number"))
    routing = route_postcode(postcode, geo)
    city = ""
    if data.city.strip():
        try:
            city = _check_city(data.city)
        except ValidationError as exc:
            errors.append(_retag(exc, "city"))
    elif routing.known:
        city = routing.place[:_CITY_MAX]

    # -- provider: the wijk decides inside the city; by hand only outside it
    provider = routing.provider
    by_hand = False
    try:
        chosen = _parse_provider(data.provider)
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

    # -- interests, source, event
    notes = data.notes.strip()
    interests, unknown_interests = _parse_interest_list(data.interests)
    if unknown_interests:
        extra = _("Interesse (niet herkend): {words}").format(words=", ".join(unknown_interests))
        notes = f"{notes}\n{extra}" if notes else extra
    if len(notes) > _NOTES_MAX:
        errors.append(
            ValidationError(
                _("De opmerkingen zijn te lang ({n} tekens). Gebruik hoogstens {maximum}.").format(
                    n=len(notes), maximum=_NOTES_MAX
                ),
                field="notes",
            )
        )
    event_name = _clean_text(data.event_name)
    if len(event_name) > _EVENT_NAME_MAX:
        errors.append(
            ValidationError(
                _(
                    "De naam van het evenement is te lang. Gebruik hoogstens {maximum} tekens."
                ).format(maximum=_EVENT_NAME_MAX),
                field="event_name",
            )
        )
    source: Source | None
    detail = _clean_text(data.source_detail)
    if isinstance(data.source, Source):
        source = data.source
    else:
        source, parsed_detail = parse_source(data.source or "")
        detail = detail or parsed_detail
    if source is None:
        source = Source.POPUP if (data.event_id is not None or event_name) else default_source
    detail = detail[:_SOURCE_DETAIL_MAX]

    # -- when, and consent
    received_at: datetime | None = None
    if isinstance(data.received_at, datetime | date) or (
        isinstance(data.received_at, str) and data.received_at.strip()
    ):
        try:
            received_at = parse_received_at(data.received_at, now=moment)
        except ValidationError as exc:
            errors.append(_retag(exc, "received_at"))
    consent_contact: bool | None = None
    consent_store: bool | None = None
    consent_at: datetime | None = None
    try:
        consent_contact, consent_at = parse_consent(data.consent_contact)
    except ValidationError as exc:
        errors.append(_retag(exc, "consent_contact"))
    try:
        consent_store, store_at = parse_consent(data.consent_store)
        consent_at = consent_at or store_at
    except ValidationError as exc:
        errors.append(_retag(exc, "consent_store"))
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
    version = _clean_text(data.consent_text_version) or None
    if version is not None and len(version) > _VERSION_MAX:
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

    if errors:
        return errors
    return RequestValues(
        first_name=names["first_name"],
        name_prefix=names["name_prefix"],
        last_name=names["last_name"],
        email=email,
        phone=phone,
        street=street,
        house_number=house_number,
        house_number_suffix=suffix,
        postcode=postcode,
        city=city,
        routing=routing,
        provider=provider,
        provider_set_by_hand=by_hand,
        interests=interests,
        source=source,
        source_detail=detail,
        event_id=data.event_id,
        event_name=event_name,
        received_at=received_at,
        consent_contact=bool(consent_contact),
        consent_store=bool(consent_store),
        consent_at=consent_at if given else None,
        consent_text_version=version if given else None,
        notes=notes,
    )


def _validated(data: RequestInput | RequestValues, geo: GeoIndex | None) -> RequestValues:
    if isinstance(data, RequestValues):
        return data
    result = validate_request_input(data, geo=geo)
    if isinstance(result, list):
        raise InvalidRequestError(result)
    return result


# =========================================================================== references


class RequestReferences:
    """Events by name and consent texts by version, looked up once per transaction
    (or once per import) and created or checked as needed."""

    def __init__(self) -> None:
        self._events: dict[str, list[tuple[int, datetime]]] | None = None
        self._event_ids: set[int] | None = None
        self._consents: list[tuple[date, str]] | None = None
        self.created_events: list[str] = []

    def _load_events(self, session: Session) -> None:
        if self._events is not None:
            return
        self._events = {}
        self._event_ids = set()
        e = m.Event
        for event_id, name, starts_at in session.execute(select(e.id, e.name, e.starts_at)):
            self._events.setdefault(search_key(name), []).append((event_id, starts_at))
            self._event_ids.add(event_id)

    def event_id(
        self,
        session: Session,
        values: RequestValues,
        received: datetime,
        *,
        username: str,
        user_id: int | None,
    ) -> int | None:
        """The event of a request: by id (must exist), or by name (the one on the day it
        came in, else the latest before; a name never seen creates a pop-up event)."""
        self._load_events(session)
        assert self._events is not None and self._event_ids is not None
        if values.event_id is not None:
            if values.event_id not in self._event_ids:
                raise InvalidRequestError(
                    [
                        ValidationError(
                            _("Het gekozen evenement bestaat niet (meer). Kies een ander."),
                            field="event_id",
                        )
                    ]
                )
            return values.event_id
        if not values.event_name:
            return None
        key = search_key(values.event_name)
        known = self._events.get(key)
        if known:
            day = received.astimezone(clock.LOCAL_TZ).date()
            same_day = [i for i, at in known if at.astimezone(clock.LOCAL_TZ).date() == day]
            if same_day:
                return same_day[0]
            before = [(at, i) for i, at in known if at <= received]
            return max(before)[1] if before else min((at, i) for i, at in known)[1]
        event = m.Event(kind=EventKind.POPUP, name=values.event_name, starts_at=received)
        session.add(event)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            m.Event.__tablename__,
            event.id,
            _("evenement '{name}' aangemaakt voor aanvragen").format(name=values.event_name),
            username=username,
            user_id=user_id,
        )
        self._events[key] = [(event.id, received)]
        self._event_ids.add(event.id)
        self.created_events.append(values.event_name)
        return event.id

    def consent_version(self, session: Session, values: RequestValues) -> str | None:
        """The version of the consent text: as given (it must exist), else the text that
        was valid on the day consent was given."""
        if values.consent_at is None:
            return None
        if self._consents is None:
            rows = session.execute(select(m.ConsentText.valid_from, m.ConsentText.version))
            self._consents = sorted((valid, version) for valid, version in rows)
        if values.consent_text_version is not None:
            if values.consent_text_version not in {v for _d, v in self._consents}:
                raise InvalidRequestError(
                    [
                        ValidationError(
                            _(
                                "Toestemmingstekst versie '{version}' is onbekend. Gebruik een "
                                "bestaande versie, of laat de versie leeg."
                            ).format(version=values.consent_text_version),
                            field="consent_text_version",
                        )
                    ]
                )
            return values.consent_text_version
        day = values.consent_at.astimezone(clock.LOCAL_TZ).date()
        valid = [version for valid_from, version in self._consents if valid_from <= day]
        return valid[-1] if valid else None


# =========================================================================== norm


def load_response_norm(source: Database | Session) -> ResponseNorm:
    """The team's response norm (the default when none was saved)."""
    stmt = select(m.Setting.value).where(m.Setting.key == NORM_SETTING_KEY)
    if isinstance(source, Session):
        value = source.execute(stmt).scalar_one_or_none()
    else:
        with source.session() as session:
            value = session.execute(stmt).scalar_one_or_none()
    return ResponseNorm.from_json(value if isinstance(value, Mapping) else None)


def save_response_norm(
    db: Database, norm: ResponseNorm, *, username: str = SYSTEM_USER, user_id: int | None = None
) -> None:
    """Store the norm for the whole team; invalid numbers are refused in Dutch."""
    problems = norm.problems()
    if problems:
        raise InvalidRequestError(problems)
    with db.transaction() as session:
        setting = session.execute(
            select(m.Setting).where(m.Setting.key == NORM_SETTING_KEY)
        ).scalar_one_or_none()
        if setting is None:
            setting = m.Setting(key=NORM_SETTING_KEY, value=norm.to_json())
            session.add(setting)
            session.flush()
        else:
            setting.value = norm.to_json()
        audit(
            session,
            AuditAction.UPDATE,
            m.Setting.__tablename__,
            setting.id,
            _("reactienorm aanvragen: {norm}").format(norm=norm.to_json()),
            username=username,
            user_id=user_id,
        )


# =========================================================================== writing


def _columns(
    values: RequestValues,
    *,
    received: datetime,
    now: datetime,
    norm: ResponseNorm,
    event_id: int | None,
    consent_version: str | None,
) -> dict[str, Any]:
    """Every column of a new request (shared by the form and the bulk import)."""
    routing = values.routing
    return {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "first_name": values.first_name,
        "name_prefix": values.name_prefix,
        "last_name": values.last_name,
        "name_key": values.name_key,
        "email": values.email,
        "phone": values.phone,
        "street": values.street,
        "house_number": values.house_number,
        "house_number_suffix": values.house_number_suffix,
        "postcode": values.postcode,
        "city": values.city,
        "pc4": routing.pc4,
        "wijk_code": routing.wijk_code if routing.in_city else None,
        "provider": values.provider,
        "provider_set_by_hand": values.provider_set_by_hand,
        "source": values.source,
        "source_detail": values.source_detail,
        "event_id": event_id,
        "received_at": received,
        "consent_contact": values.consent_contact,
        "consent_store": values.consent_store,
        "consent_at": values.consent_at,
        "consent_text_version": consent_version,
        "consent_withdrawn_at": None,
        "status": RequestStatus.NIEUW,
        "status_since": received,
        "follow_up_on": norm.due_date(
            RequestStatus.NIEUW, received.astimezone(clock.LOCAL_TZ).date()
        ),
        "dropout_reason": None,
        "pack_sent_at": None,
        "household_id": None,
        "merged_into_id": None,
        "anonymised_at": None,
        "notes": values.notes,
    }


def create_request(
    db: Database,
    data: RequestInput | RequestValues,
    *,
    geo: GeoIndex | None = None,
    norm: ResponseNorm | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> m.InfoRequest:
    """Save a new request (status nieuw, with its first history line and follow-up
    date from the response norm). Raises :class:`InvalidRequestError` with every
    problem when the input is not valid. Saved and committed when this returns: the
    kiosk relies on that (a confirmed capture survives a crash)."""
    values = _validated(data, geo)
    refs = RequestReferences()
    with db.transaction() as session:
        now = clock.now()
        received = values.received_at or now
        columns = _columns(
            values,
            received=received,
            now=now,
            norm=norm or load_response_norm(session),
            event_id=refs.event_id(session, values, received, username=username, user_id=user_id),
            consent_version=refs.consent_version(session, values),
        )
        record = m.InfoRequest(**columns)
        record.interests = [m.RequestInterest(interest=i) for i in sorted(values.interests)]
        record.status_changes = [
            m.RequestStatusChange(
                from_status=None, to_status=RequestStatus.NIEUW, at=received, user_id=user_id
            )
        ]
        session.add(record)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            ENTITY,
            record.id,
            _("bron: {source}").format(source=label(values.source)),
            username=username,
            user_id=user_id,
        )
        return record


def insert_request_batch(
    session: Session,
    batch: Sequence[RequestValues],
    *,
    refs: RequestReferences | None = None,
    norm: ResponseNorm,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
    audit_detail: str = "",
) -> list[int]:
    """Insert many validated requests in the caller's transaction (bulk import);
    returns their new ids in the same order.

    Rows go in with Core multi-row INSERTs (RETURNING the ids in parameter order), with
    their interests, first history lines and audit lines: the same rows
    :func:`create_request` writes, at a fraction of the cost per row.
    """
    if not batch:
        return []
    refs = refs or RequestReferences()
    now = clock.now()
    rows: list[dict[str, Any]] = []
    for values in batch:
        received = values.received_at or now
        rows.append(
            _columns(
                values,
                received=received,
                now=now,
                norm=norm,
                event_id=refs.event_id(
                    session, values, received, username=username, user_id=user_id
                ),
                consent_version=refs.consent_version(session, values),
            )
        )
    table = _t(m.InfoRequest)
    ids = _reserve_ids(session, table, len(rows))
    for row, rid in zip(rows, ids, strict=True):
        row["id"] = rid
    _bulk_insert(session, table, rows)
    interests = [
        {"request_id": rid, "interest": interest}
        for rid, values in zip(ids, batch, strict=True)
        for interest in sorted(values.interests)
    ]
    if interests:
        _bulk_insert(session, _t(m.RequestInterest), interests)
    _bulk_insert(
        session,
        _t(m.RequestStatusChange),
        [
            {
                "request_id": rid,
                "from_status": None,
                "to_status": RequestStatus.NIEUW,
                "at": row["received_at"],
                "user_id": user_id,
                "reason": None,
                "note": "",
                "next_contact_on": None,
            }
            for rid, row in zip(ids, rows, strict=True)
        ],
    )
    _bulk_insert(
        session,
        _t(m.AuditEntry),
        [
            {
                "at": now,
                "user_id": user_id,
                "username": username,
                "action": AuditAction.CREATE,
                "entity": ENTITY,
                "entity_id": rid,
                "detail": audit_detail,
            }
            for rid in ids
        ],
    )
    return ids


def _bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write many rows (all with the same keys) in the session's transaction: with the
    driver's executemany on SQLite, with COPY on PostgreSQL (its bulk path; per-row
    INSERTs cost the server a statement each).

    Every value still goes through its column type's conversion (UTC datetimes, enum
    values, dates), the same fast converters the demo data uses; only SQLAlchemy's
    per-row statement bookkeeping is skipped, which at import volume is most of the
    time (measured: about half of the insert).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    columns = [table.c[name] for name in rows[0]]
    converters = [_converter(column.type, dialect) for column in columns]
    names = ", ".join(quote(c.name) for c in columns)
    values = [
        list(map(convert, (row[column.name] for row in rows)))
        if convert is not None
        else [row[column.name] for row in rows]
        for column, convert in zip(columns, converters, strict=True)
    ]
    if dialect.name == "postgresql":
        driver = connection.connection.driver_connection
        assert driver is not None
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy,
        ):
            for row in zip(*values, strict=True):
                copy.write_row(row)
        return
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([marker] * len(columns))})"
    connection.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _converter(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column's bind conversion; for times remembered per value, because a batch
    repeats the same moments (its own time, the days rows came in) many times."""
    convert = _fast_processor(column_type, dialect)
    if convert is None or not isinstance(column_type, UtcDateTime):
        return convert
    return lru_cache(maxsize=8192)(convert)


def _reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` new primary keys, taken before a bulk INSERT without RETURNING (a
    RETURNING that must keep the rows' order runs row by row on SQLite).

    PostgreSQL hands them out from the table's sequence, safe beside other writers.
    SQLite has one writer at a time and this transaction holds the write lock (it
    began IMMEDIATE), so the ids after the current maximum are ours.
    """
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            sql_text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": count},
        )
        return sorted(int(row[0]) for row in rows)
    top = session.execute(select(func.max(table.c.id))).scalar_one() or 0
    return list(range(int(top) + 1, int(top) + 1 + count))


_EDITABLE = (
    "first_name",
    "name_prefix",
    "last_name",
    "name_key",
    "email",
    "phone",
    "street",
    "house_number",
    "house_number_suffix",
    "postcode",
    "city",
    "pc4",
    "wijk_code",
    "provider",
    "provider_set_by_hand",
    "source",
    "source_detail",
    "event_id",
    "received_at",
    "notes",
)


def _touch(record: m.InfoRequest) -> None:
    """Make the request's row be written (and its version move on) even when only its
    interests changed: another user's stale copy is then refused, as for any change."""
    record.updated_at = clock.now()
    flag_modified(record, "updated_at")


def _get_checked(session: Session, request_id: int, expected_version: int | None) -> m.InfoRequest:
    record = session.get(m.InfoRequest, request_id)
    if record is None:
        raise NotFoundError(
            _("Aanvraag {id} bestaat niet (meer). Vernieuw de lijst.").format(id=request_id)
        )
    if expected_version is not None and record.version != expected_version:
        raise StaleRecordError(stale_message(KIND))
    return record


def update_request(
    db: Database,
    request_id: int,
    expected_version: int,
    data: RequestInput | RequestValues,
    *,
    geo: GeoIndex | None = None,
    norm: ResponseNorm | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> m.InfoRequest:
    """Save an edited request if nobody changed it since ``expected_version``.

    Status and consent have their own functions (:func:`change_status`,
    :func:`record_consent`), so their history and dates are always kept right.
    """
    values = _validated(data, geo)
    refs = RequestReferences()
    try:
        with db.transaction() as session:
            record = _get_checked(session, request_id, expected_version)
            if record.merged_into_id is not None:
                raise ValidationError(
                    _(
                        "Deze aanvraag is samengevoegd met aanvraag {id} en kan niet meer "
                        "worden gewijzigd. Open aanvraag {id}."
                    ).format(id=record.merged_into_id)
                )
            received = values.received_at or record.received_at
            new = _columns(
                values,
                received=received,
                now=clock.now(),
                norm=ResponseNorm(),
                event_id=refs.event_id(
                    session, values, received, username=username, user_id=user_id
                ),
                consent_version=None,
            )
            changed = [key for key in _EDITABLE if getattr(record, key) != new[key]]
            for key in changed:
                setattr(record, key, new[key])
            if (
                "received_at" in changed
                and record.status == RequestStatus.NIEUW
                and len(record.status_changes) <= 1
            ):
                record.follow_up_on = (norm or load_response_norm(session)).due_date(
                    RequestStatus.NIEUW, received.astimezone(clock.LOCAL_TZ).date()
                )
            old_interests = record.interest_set
            if old_interests != set(values.interests):
                record.interests = [m.RequestInterest(interest=i) for i in sorted(values.interests)]
                changed.append("interests")
                # Interests live in their own table; touch the request so its version
                # moves on and a stale copy elsewhere is still refused.
                _touch(record)
            if changed:
                audit(
                    session,
                    AuditAction.UPDATE,
                    ENTITY,
                    record.id,
                    ", ".join(changed),
                    username=username,
                    user_id=user_id,
                )
            session.flush()
            return record
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(KIND)) from exc


def change_status(
    db: Database,
    request_id: int,
    expected_version: int,
    target: RequestStatus,
    *,
    reason: str | None = None,
    note: str = "",
    next_contact_on: date | None = None,
    norm: ResponseNorm | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> m.InfoRequest:
    """Move a request to ``target``: checked against the flow, dated in its history,
    with the next follow-up date from the norm (or the niet-nu date). Raises
    :class:`InvalidRequestError` listing what is missing or not allowed."""
    try:
        with db.transaction() as session:
            record = _get_checked(session, request_id, expected_version)
            if record.merged_into_id is not None:
                raise ValidationError(
                    _(
                        "Deze aanvraag is samengevoegd met aanvraag {id}; wijzig de status daar."
                    ).format(id=record.merged_into_id),
                    field="status",
                )
            today = clock.today()
            problems = check_move(
                record.status,
                target,
                today=today,
                reason=reason,
                note=note,
                next_contact_on=next_contact_on,
            )
            if problems:
                raise InvalidRequestError(problems)
            now = clock.now()
            previous = record.status
            record.status_changes.append(
                m.RequestStatusChange(
                    from_status=previous,
                    to_status=target,
                    at=now,
                    user_id=user_id,
                    reason=reason if target == RequestStatus.AFGEHAAKT else None,
                    note=note.strip(),
                    next_contact_on=next_contact_on if target == RequestStatus.NIET_NU else None,
                )
            )
            record.status = target
            record.status_since = now
            record.follow_up_on = (
                None
                if record.consent_withdrawn_at is not None
                else follow_up_after_move(
                    target,
                    moved_on=today,
                    norm=norm or load_response_norm(session),
                    next_contact_on=next_contact_on,
                )
            )
            record.dropout_reason = reason if target == RequestStatus.AFGEHAAKT else None
            if target == RequestStatus.PAKKET_VERSTUURD and record.pack_sent_at is None:
                record.pack_sent_at = now
            audit(
                session,
                AuditAction.UPDATE,
                ENTITY,
                record.id,
                _("status: {old} -> {new}").format(old=previous.value, new=target.value),
                username=username,
                user_id=user_id,
            )
            session.flush()
            return record
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(KIND)) from exc


# =========================================================================== consent


def add_consent_text(
    db: Database,
    version: str,
    text: str,
    valid_from: date,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> m.ConsentText:
    """Store a new version of the privacy text shown when consent is asked."""
    version = _clean_text(version)
    problems: list[ValidationError] = []
    if not version or len(version) > _VERSION_MAX:
        problems.append(
            ValidationError(
                _("Geef de toestemmingstekst een versie van 1 tot {n} tekens.").format(
                    n=_VERSION_MAX
                ),
                field="version",
            )
        )
    if not text.strip():
        problems.append(ValidationError(_("Vul de tekst van de toestemming in."), field="text"))
    if problems:
        raise InvalidRequestError(problems)
    with db.transaction() as session:
        exists_already = session.execute(
            select(m.ConsentText.id).where(m.ConsentText.version == version)
        ).first()
        if exists_already:
            raise InvalidRequestError(
                [
                    ValidationError(
                        _(
                            "Versie '{version}' bestaat al. Een gegeven toestemming verwijst naar "
                            "de tekst van toen; geef de nieuwe tekst een nieuwe versie."
                        ).format(version=version),
                        field="version",
                    )
                ]
            )
        record = m.ConsentText(version=version, text=text.strip(), valid_from=valid_from)
        session.add(record)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            m.ConsentText.__tablename__,
            record.id,
            version,
            username=username,
            user_id=user_id,
        )
        return record


def current_consent_text(db: Database, on: date | None = None) -> m.ConsentText | None:
    """The privacy text valid on ``on`` (today by default): shown in the kiosk."""
    day = on or clock.today()
    with db.session() as session:
        record = session.execute(
            select(m.ConsentText)
            .where(m.ConsentText.valid_from <= day)
            .order_by(m.ConsentText.valid_from.desc(), m.ConsentText.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if record is not None:
            session.expunge(record)
        return record


def record_consent(
    db: Database,
    request_id: int,
    expected_version: int,
    *,
    contact: bool,
    store: bool,
    text_version: str | None = None,
    at: datetime | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> m.InfoRequest:
    """Record what the person agreed to now (to be contacted; to keep their data), with
    the date and the version of the text shown. Both ``False`` records a withdrawal
    (the earlier consent and its text version stay, for the record)."""
    moment = at or clock.now()
    try:
        with db.transaction() as session:
            record = _get_checked(session, request_id, expected_version)
            if contact or store:
                values = replace(
                    _EMPTY_VALUES, consent_at=moment, consent_text_version=text_version
                )
                version = RequestReferences().consent_version(session, values)
                record.consent_contact = contact
                record.consent_store = store
                record.consent_at = moment
                record.consent_text_version = version
                record.consent_withdrawn_at = None
                detail = _("toestemming: contact {contact}, bewaren {store}, tekst {version}")
                detail = detail.format(
                    contact=_("ja") if contact else _("nee"),
                    store=_("ja") if store else _("nee"),
                    version=version or "-",
                )
            else:
                record.consent_contact = False
                record.consent_store = False
                record.consent_withdrawn_at = moment
                # No more contact: the request leaves the "vandaag" view.
                record.follow_up_on = None
                detail = _("toestemming ingetrokken")
            audit(
                session,
                AuditAction.UPDATE,
                ENTITY,
                record.id,
                detail,
                username=username,
                user_id=user_id,
            )
            session.flush()
            return record
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(KIND)) from exc


_EMPTY_VALUES = RequestValues(
    first_name="",
    name_prefix="",
    last_name="",
    email=None,
    phone=None,
    street="",
    house_number=None,
    house_number_suffix="",
    postcode=None,
    city="",
    routing=Routing(),
    provider=None,
    provider_set_by_hand=False,
    interests=frozenset(),
    source=Source.ANDERS,
    source_detail="",
    event_id=None,
    event_name="",
    received_at=None,
    consent_contact=False,
    consent_store=False,
    consent_at=None,
    consent_text_version=None,
    notes="",
)


# =========================================================================== reading


def load_request(
    db: Database, request_id: int, *, viewer: str | None = None, viewer_id: int | None = None
) -> m.InfoRequest:
    """One request with its interests and status history, detached from the session.

    With ``viewer`` the view is logged (every view of a person's record is audited).
    """
    with db.session() as session:
        record = session.execute(
            select(m.InfoRequest)
            .where(m.InfoRequest.id == request_id)
            .options(
                selectinload(m.InfoRequest.interests),
                selectinload(m.InfoRequest.status_changes),
            )
        ).scalar_one_or_none()
        if record is None:
            raise NotFoundError(
                _("Aanvraag {id} bestaat niet (meer). Vernieuw de lijst.").format(id=request_id)
            )
        session.expunge_all()
    if viewer is not None:
        with db.transaction() as session:
            audit(session, AuditAction.VIEW, ENTITY, request_id, username=viewer, user_id=viewer_id)
    return record


@dataclass(frozen=True)
class HistoryEntry:
    """One dated status change, of this request or of one merged into it."""

    at: datetime
    from_status: RequestStatus | None
    to_status: RequestStatus
    reason: str | None
    reason_label: str
    note: str
    next_contact_on: date | None
    user_id: int | None
    request_id: int
    from_merged_request: bool


def request_history(db: Database, request_id: int) -> list[HistoryEntry]:
    """The whole status history of a request, including that of requests merged into it,
    oldest first."""
    r, c = m.InfoRequest, m.RequestStatusChange
    merged = select(r.id).where(r.merged_into_id == request_id)
    stmt = (
        select(c)
        .where(or_(c.request_id == request_id, c.request_id.in_(merged)))
        .order_by(c.at, c.id)
    )
    with db.session() as session:
        return [
            HistoryEntry(
                at=change.at,
                from_status=change.from_status,
                to_status=change.to_status,
                reason=change.reason,
                reason_label=dropout_reason_label(change.reason),
                note=change.note,
                next_contact_on=change.next_contact_on,
                user_id=change.user_id,
                request_id=change.request_id,
                from_merged_request=change.request_id != request_id,
            )
            for change in session.execute(stmt).scalars()
        ]


# =========================================================================== duplicates


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing request that looks like the one being entered or imported."""

    request_id: int
    version: int
    level: DuplicateLevel
    score: float
    reasons: tuple[str, ...]
    name: str
    email: str | None
    phone: str | None
    postcode: str | None
    status: RequestStatus
    received_at: datetime

    def describe(self) -> str:
        """E.g. "aanvraag 12 (Jan de Vries, ontvangen 03-03-2026): zelfde e-mailadres"."""
        return _("aanvraag {id} ({name}, ontvangen {date}): {reasons}").format(
            id=self.request_id,
            name=self.name or _("zonder naam"),
            date=self.received_at.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y"),
            reasons="; ".join(self.reasons),
        )


_CANDIDATE_COLUMNS = (
    m.InfoRequest.id,
    m.InfoRequest.version,
    m.InfoRequest.first_name,
    m.InfoRequest.name_prefix,
    m.InfoRequest.last_name,
    m.InfoRequest.email,
    m.InfoRequest.phone,
    m.InfoRequest.postcode,
    m.InfoRequest.status,
    m.InfoRequest.received_at,
    m.InfoRequest.name_key,
)


# The same columns without their type conversion: an import loads many thousands of
# candidates, and converting each one's time and status costs more than the query.
_RAW_CANDIDATE_COLUMNS = tuple(
    type_coerce(column, NullType()).label(column.key) for column in _CANDIDATE_COLUMNS
)


class _Known:
    """An existing request as duplicate detection needs it (many are loaded: plain)."""

    __slots__ = (
        "email",
        "id",
        "name",
        "name_key",
        "phone",
        "postcode",
        "received_at",
        "status",
        "version",
    )

    def __init__(
        self,
        id: int,
        version: int,
        name: str,
        email: str | None,
        phone: str | None,
        postcode: str | None,
        status: RequestStatus | str,
        received_at: datetime | str,
        name_key: str,
    ) -> None:
        self.id = id
        self.version = version
        self.name = name
        self.email = email
        self.phone = phone
        self.postcode = postcode
        # Status and time may arrive as the driver gives them (see _RAW_CANDIDATE_COLUMNS);
        # they are converted only for the few that turn out to be duplicates.
        self.status = status
        self.received_at = received_at
        self.name_key = name_key

    def typed_status(self) -> RequestStatus:
        return RequestStatus(self.status)

    def typed_received_at(self) -> datetime:
        value = self.received_at
        if isinstance(value, str):  # SQLite's text form of a naive UTC time
            value = datetime.fromisoformat(value)
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

    @classmethod
    def from_row(cls, row: Any) -> _Known:
        rid, version, first, prefix, last, email, phone, postcode, status, received, key = row
        return cls(
            rid,
            version,
            " ".join(p for p in (first, prefix, last) if p),
            email,
            phone,
            postcode,
            status,
            received,
            key,
        )

    @property
    def key(self) -> PersonKey:
        return PersonKey(self.name, self.email, self.phone, self.postcode, self.name_key)


def _candidate(known: _Known, new: PersonKey) -> DuplicateCandidate | None:
    score = score_duplicate(new, known.key)
    if score is None:
        return None
    return DuplicateCandidate(
        request_id=known.id,
        version=known.version,
        level=score.level,
        score=score.score,
        reasons=score.reasons,
        name=known.name,
        email=known.email,
        phone=known.phone,
        postcode=known.postcode,
        status=known.typed_status(),
        received_at=known.typed_received_at(),
    )


def _rank(candidates: Iterable[DuplicateCandidate]) -> list[DuplicateCandidate]:
    return sorted(
        candidates,
        key=lambda c: (c.level != DuplicateLevel.ZEKER, -c.score, c.received_at, c.request_id),
    )


def _person_key_lenient(data: RequestInput | RequestValues) -> PersonKey:
    """What can be read from a half-filled form (checks as you type still run)."""
    if isinstance(data, RequestValues):
        return data.person_key()

    def attempt(fn: Any, text: str) -> str | None:
        if not text.strip():
            return None
        try:
            return str(fn(text))
        except ValidationError:
            return None

    name = " ".join(p for p in (data.first_name, data.name_prefix, data.last_name) if p.strip())
    email = attempt(normalise_email, data.email)
    return PersonKey(
        name=name or data.name,
        email=email.lower() if email else None,
        phone=attempt(normalise_phone, data.phone),
        postcode=attempt(normalise_postcode, data.postcode),
    )


def find_duplicates(
    db: Database,
    data: RequestInput | RequestValues,
    *,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Existing requests that look like ``data``, most certain first.

    Candidates come from three indexed look-ups (e-mail, phone and postcode) and are
    then scored by :func:`core.requests.score_duplicate`. Merged
    requests are left out. Works on a half-filled form too.
    """
    key = _person_key_lenient(data)
    r = m.InfoRequest
    alternatives: list[ColumnElement[bool]] = []
    if key.email:
        alternatives.append(r.email == key.email.lower())
    if key.phone:
        alternatives.append(r.phone == key.phone)
    if key.postcode:
        alternatives.append(r.postcode == key.postcode)
    if not alternatives:
        return []
    stmt = select(*_CANDIDATE_COLUMNS).where(or_(*alternatives), _not_merged())
    if exclude_id is not None:
        stmt = stmt.where(r.id != exclude_id)
    with db.engine.connect() as conn:
        known = [_Known.from_row(row) for row in conn.execute(stmt)]
    found = (c for k in known if (c := _candidate(k, key)) is not None)
    return _rank(found)[:limit]


class _PostcodeBucket:
    """The requests at one postcode, with their folded names side by side (for one
    fast fuzzy pass over all of them)."""

    __slots__ = ("ids", "keys", "known")

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.known: list[_Known] = []
        self.keys: list[str] = []

    def add(self, known: _Known) -> None:
        if known.id not in self.ids:
            self.ids.add(known.id)
            self.known.append(known)
            self.keys.append(known.name_key)


class DuplicateFinder:
    """Duplicate detection for many requests at once (imports).

    Per batch, the batch's e-mail addresses, phone numbers and postcodes are looked up
    with one indexed ``IN`` query each, and kept
    for later batches. Requests added during the same import are remembered, so a file
    that holds the same person twice finds the second one too. Names at a postcode are
    compared in one pass (:func:`core.requests.similar_names`), so a postcode with many
    requests (a student flat) stays cheap.
    """

    _CHUNK = 2000

    def __init__(self) -> None:
        self._by_email: dict[str, dict[int, _Known]] = {}
        self._by_phone: dict[str, dict[int, _Known]] = {}
        self._by_postcode: dict[str, _PostcodeBucket] = {}
        self._emails_loaded: set[str] = set()
        self._phones_loaded: set[str] = set()
        self._postcodes_loaded: set[str] = set()

    def prepare(self, session: Session, batch: Sequence[RequestValues]) -> None:
        """Load what the batch needs from the database."""
        r = m.InfoRequest
        live = _not_merged()
        emails = sorted({v.email for v in batch if v.email} - self._emails_loaded)
        phones = sorted({v.phone for v in batch if v.phone} - self._phones_loaded)
        postcodes = sorted({v.postcode for v in batch if v.postcode} - self._postcodes_loaded)
        for start in range(0, len(emails), self._CHUNK):
            chunk = emails[start : start + self._CHUNK]
            self._load(session, select(*_RAW_CANDIDATE_COLUMNS).where(r.email.in_(chunk), live))
        for start in range(0, len(phones), self._CHUNK):
            chunk = phones[start : start + self._CHUNK]
            self._load(session, select(*_RAW_CANDIDATE_COLUMNS).where(r.phone.in_(chunk), live))
        for start in range(0, len(postcodes), self._CHUNK):
            chunk = postcodes[start : start + self._CHUNK]
            stmt = select(*_RAW_CANDIDATE_COLUMNS).where(r.postcode.in_(chunk), live)
            self._load(session, stmt, postcodes=True)
        self._emails_loaded.update(emails)
        self._phones_loaded.update(phones)
        self._postcodes_loaded.update(postcodes)

    def _load(
        self, session: Session, stmt: Select[*tuple[Any, ...]], *, postcodes: bool = False
    ) -> None:
        # Core, not the ORM: plain rows, without the ORM's per-row bookkeeping.
        for row in session.connection().execute(stmt):
            self._add(_Known.from_row(row), by_contact=not postcodes, by_postcode=postcodes)

    def _add(self, known: _Known, *, by_contact: bool = True, by_postcode: bool = True) -> None:
        # A request loaded for its postcode is only compared by name there; if a later
        # row shares its e-mail or phone, that look-up loads it (again) by contact.
        if by_contact and known.email:
            self._by_email.setdefault(known.email.casefold(), {})[known.id] = known
        if by_contact and known.phone:
            self._by_phone.setdefault(known.phone, {})[known.id] = known
        if by_postcode and known.postcode:
            self._by_postcode.setdefault(known.postcode, _PostcodeBucket()).add(known)

    def best_match(self, values: RequestValues) -> DuplicateCandidate | None:
        """The most certain duplicate of ``values`` among what is known, if any."""
        key = values.person_key()
        pool: dict[int, _Known] = {}
        if key.email_key:
            pool.update(self._by_email.get(key.email_key, {}))
        if key.phone:
            pool.update(self._by_phone.get(key.phone, {}))
        bucket = self._by_postcode.get(key.postcode) if key.postcode else None
        if bucket is not None:
            for index in similar_names(key.name_key, bucket.keys):
                known = bucket.known[index]
                pool[known.id] = known
        if not pool:
            return None
        ranked = _rank(c for k in pool.values() if (c := _candidate(k, key)) is not None)
        return ranked[0] if ranked else None

    def remember(self, request_id: int, values: RequestValues, received_at: datetime) -> None:
        """A request this import just added (it may be matched by later rows)."""
        self._add(
            _Known(
                id=request_id,
                version=1,
                name=values.full_name,
                email=values.email,
                phone=values.phone,
                postcode=values.postcode,
                status=RequestStatus.NIEUW,
                received_at=received_at,
                name_key=values.name_key,
            )
        )


# =========================================================================== merging


@dataclass(frozen=True)
class MergeResult:
    keep: m.InfoRequest
    merged_id: int
    filled: tuple[str, ...]
    interests_added: tuple[Interest, ...]
    registrations_moved: int


_ADDRESS_BLOCK = ("street", "house_number", "house_number_suffix", "postcode", "city", "pc4")
_ROUTING_BLOCK = ("wijk_code", "provider", "provider_set_by_hand")
_CONSENT_BLOCK = (
    "consent_contact",
    "consent_store",
    "consent_at",
    "consent_text_version",
    "consent_withdrawn_at",
)


def _fill_from(keep: m.InfoRequest, other: Mapping[str, Any]) -> list[str]:
    """Fill what ``keep`` lacks from ``other`` (never overwrite); returns the fields."""
    filled: list[str] = []
    if not (keep.first_name or keep.last_name) and (other["first_name"] or other["last_name"]):
        for key in ("first_name", "name_prefix", "last_name", "name_key"):
            setattr(keep, key, other[key])
        filled.append(_("naam"))
    for key in ("email", "phone"):
        if not getattr(keep, key) and other[key]:
            setattr(keep, key, other[key])
            filled.append(_("e-mailadres") if key == "email" else _("telefoonnummer"))
    if not keep.postcode and other["postcode"]:
        for key in (*_ADDRESS_BLOCK, *_ROUTING_BLOCK):
            setattr(keep, key, other[key])
        filled.append(_("adres"))
    elif not keep.street and other["street"] and keep.postcode == other["postcode"]:
        for key in ("street", "house_number", "house_number_suffix"):
            setattr(keep, key, other[key])
        filled.append(_("straat"))
    if keep.provider is None and other["provider"] is not None and keep.wijk_code is None:
        keep.provider = other["provider"]
        keep.provider_set_by_hand = other["provider_set_by_hand"]
        filled.append(_("aanbieder"))
    if keep.event_id is None and other["event_id"] is not None:
        keep.event_id = other["event_id"]
        filled.append(_("evenement"))
    other_consent = other["consent_at"]
    if other_consent is not None and (keep.consent_at is None or other_consent > keep.consent_at):
        # The person's most recent statement counts (a withdrawal included).
        for key in _CONSENT_BLOCK:
            setattr(keep, key, other[key])
        filled.append(_("toestemming"))
    return filled


def _record_values(record: m.InfoRequest) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in _t(m.InfoRequest).columns}


def merge_requests(
    db: Database,
    keep_id: int,
    merge_id: int,
    *,
    keep_version: int | None = None,
    merge_version: int | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> MergeResult:
    """Merge request ``merge_id`` into ``keep_id``, keeping every piece of history.

    Nothing is deleted. The merged request keeps its own status changes, interests and
    notes and gets ``merged_into_id`` (it then disappears from lists;
    :func:`request_history` of the kept one shows both histories). The kept request
    gains the interests it lacked, empty contact and address fields, the more recent
    consent, the merged one's notes (under a dated line), its event registrations
    (where it had none for that event), its household link, and any requests that were
    merged into it before.
    """
    if keep_id == merge_id:
        raise ValidationError(
            _("Een aanvraag kan niet met zichzelf worden samengevoegd. Kies twee aanvragen."),
            field="merge",
        )
    try:
        with db.transaction() as session:
            keep = _get_checked(session, keep_id, keep_version)
            other = _get_checked(session, merge_id, merge_version)
            for record in (keep, other):
                if record.merged_into_id is not None:
                    raise ValidationError(
                        _(
                            "Aanvraag {id} is al samengevoegd met aanvraag {target}. Kies "
                            "aanvraag {target}."
                        ).format(id=record.id, target=record.merged_into_id),
                        field="merge",
                    )
            if (
                keep.household_id is not None
                and other.household_id is not None
                and keep.household_id != other.household_id
            ):
                raise ValidationError(
                    _(
                        "Beide aanvragen zijn al een gezin geworden. Voeg eerst de gezinnen "
                        "samen op de pagina Gezinnen."
                    ),
                    field="merge",
                )
            other_values = _record_values(other)
            filled = _fill_from(keep, other_values)
            if keep.household_id is None and other.household_id is not None:
                keep.household_id = other.household_id
                filled.append(_("gezin"))
            added = sorted(other.interest_set - keep.interest_set)
            for interest in added:
                keep.interests.append(m.RequestInterest(interest=interest))
            moment = clock.now()
            header = _(
                "— Samengevoegd met aanvraag {id} op {date} ({name}, ontvangen {received}, "
                "bron {source}) —"
            ).format(
                id=other.id,
                date=moment.strftime("%d-%m-%Y"),
                name=other.full_name or _("zonder naam"),
                received=other.received_at.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y"),
                source=label(other.source),
            )
            block = header + ("\n" + other.notes.strip() if other.notes.strip() else "")
            keep.notes = f"{keep.notes.rstrip()}\n{block}" if keep.notes.strip() else block
            reg = m.EventRegistration
            keep_events = set(
                session.execute(select(reg.event_id).where(reg.request_id == keep.id)).scalars()
            )
            moved = 0
            for registration in session.execute(
                select(reg).where(reg.request_id == other.id)
            ).scalars():
                if registration.event_id not in keep_events:
                    registration.request_id = keep.id
                    keep_events.add(registration.event_id)
                    moved += 1
            session.execute(
                update(m.InfoRequest)
                .where(m.InfoRequest.merged_into_id == other.id)
                .values(merged_into_id=keep.id)
            )
            other.merged_into_id = keep.id
            other.follow_up_on = None
            _touch(keep)
            session.flush()
            audit(
                session,
                AuditAction.MERGE,
                ENTITY,
                keep.id,
                _("aanvraag {other} samengevoegd hierin; aangevuld: {fields}").format(
                    other=other.id,
                    fields=", ".join(
                        filled + [_("interesse {name}").format(name=label(i)) for i in added]
                    )
                    or "-",
                ),
                username=username,
                user_id=user_id,
            )
            audit(
                session,
                AuditAction.MERGE,
                ENTITY,
                other.id,
                _("samengevoegd in aanvraag {keep}").format(keep=keep.id),
                username=username,
                user_id=user_id,
            )
            return MergeResult(
                keep=keep,
                merged_id=other.id,
                filled=tuple(filled),
                interests_added=tuple(added),
                registrations_moved=moved,
            )
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(KIND)) from exc


def merge_values_into(
    session: Session,
    request_id: int,
    values: RequestValues,
    *,
    note: str,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[str]:
    """Fold an incoming row (an import duplicate) into an existing request, in the
    caller's transaction: empty fields are filled and interests added, never
    overwritten. Returns what changed; nothing changes when the row brings nothing new,
    so importing the same file twice changes nothing the second time."""
    record = session.get(m.InfoRequest, request_id)
    if record is None or record.merged_into_id is not None:
        return []
    incoming = {
        "first_name": values.first_name,
        "name_prefix": values.name_prefix,
        "last_name": values.last_name,
        "name_key": values.name_key,
        "email": values.email,
        "phone": values.phone,
        "street": values.street,
        "house_number": values.house_number,
        "house_number_suffix": values.house_number_suffix,
        "postcode": values.postcode,
        "city": values.city,
        "pc4": values.routing.pc4,
        "wijk_code": values.routing.wijk_code if values.routing.in_city else None,
        "provider": values.provider,
        "provider_set_by_hand": values.provider_set_by_hand,
        "event_id": values.event_id,
        "consent_contact": values.consent_contact,
        "consent_store": values.consent_store,
        "consent_at": values.consent_at,
        "consent_text_version": values.consent_text_version,
        "consent_withdrawn_at": None,
    }
    filled = _fill_from(record, incoming)
    added = sorted(set(values.interests) - record.interest_set)
    for interest in added:
        record.interests.append(m.RequestInterest(interest=interest))
    changes = filled + [_("interesse {name}").format(name=label(i)) for i in added]
    if not changes:
        return []
    line = _("{note}: aangevuld {fields}").format(note=note, fields=", ".join(changes))
    record.notes = f"{record.notes.rstrip()}\n{line}" if record.notes.strip() else line
    _touch(record)
    # Field names only in the audit trail, never the values (personal data).
    audit(
        session,
        AuditAction.MERGE,
        ENTITY,
        record.id,
        _("aangevuld uit een import: {fields}").format(fields=", ".join(changes)),
        username=username,
        user_id=user_id,
    )
    return changes


# =========================================================================== list queries


class _Unindexed(ColumnElement[Any]):
    """A column the planner must not use an index for: SQLite's unary ``+``.

    Without statistics SQLite often picks the wrong index for a filtered, sorted page;
    hiding a column from it is the documented way to steer its choice. On PostgreSQL
    (which has statistics) the column is rendered as is.
    """

    __visit_name__ = "unindexed"
    inherit_cache = True
    _traverse_internals = [("inner", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, inner: Any) -> None:
        self.inner: ColumnElement[Any] = inner
        self.type = inner.type


@compiles(_Unindexed)
def _compile_unindexed(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.inner, **kw)


@compiles(_Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.inner, **kw)


def _not_merged() -> ColumnElement[bool]:
    """Requests that were not merged into another: nearly all of them. Kept from
    SQLite's planner, which would otherwise walk the whole merged_into_id index for
    ``IS NULL`` instead of using the index that finds the few rows wanted."""
    condition: ColumnElement[bool] = _Unindexed(m.InfoRequest.merged_into_id).is_(None)
    return condition


class SortColumn(StrEnum):
    RECEIVED = "received"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    WIJK = "wijk"
    PROVIDER = "provider"
    SOURCE = "source"
    STATUS = "status"
    FOLLOW_UP = "follow_up"


_SORT_COLUMNS: dict[SortColumn, Any] = {
    SortColumn.RECEIVED: m.InfoRequest.received_at,
    SortColumn.NAME: m.InfoRequest.name_key,
    SortColumn.EMAIL: m.InfoRequest.email,
    SortColumn.PHONE: m.InfoRequest.phone,
    SortColumn.POSTCODE: m.InfoRequest.pc4,
    SortColumn.WIJK: m.InfoRequest.wijk_code,
    SortColumn.PROVIDER: m.InfoRequest.provider,
    SortColumn.SOURCE: m.InfoRequest.source,
    SortColumn.STATUS: m.InfoRequest.status,
    SortColumn.FOLLOW_UP: m.InfoRequest.follow_up_on,
}
_NULLABLE_SORTS = frozenset(
    {
        SortColumn.EMAIL,
        SortColumn.PHONE,
        SortColumn.POSTCODE,
        SortColumn.WIJK,
        SortColumn.PROVIDER,
        SortColumn.FOLLOW_UP,
    }
)


@dataclass(frozen=True)
class RequestSort:
    """A list's order: one indexed column, ties broken by id. Empty values go last.

    Status, source and wijk sort by their stored codes, which for status and source
    is also the alphabetical order of their Dutch labels.
    """

    column: SortColumn = SortColumn.RECEIVED
    descending: bool = True


DEFAULT_SORT = RequestSort(SortColumn.RECEIVED, descending=True)
#: The "vandaag" view: oldest follow-up date first.
TODAY_SORT = RequestSort(SortColumn.FOLLOW_UP, descending=False)


@dataclass(frozen=True)
class RequestQuery:
    """What the Aanvragen page shows: a search text and filters (all optional; several
    values of one filter mean "any of these")."""

    text: str = ""
    statuses: frozenset[RequestStatus] = frozenset()
    interests: frozenset[Interest] = frozenset()
    sources: frozenset[Source] = frozenset()
    event_ids: frozenset[int] = frozenset()
    #: Wijk codes; :data:`WIJK_OUTSIDE` for requests outside the city (or without postcode).
    wijk_codes: frozenset[str] = frozenset()
    #: Providers; ``None`` for requests without one yet (to be assigned by hand).
    providers: frozenset[Provider | None] = frozenset()
    received_from: date | None = None
    received_until: date | None = None  # inclusive
    #: Only open requests whose follow-up date is today or earlier.
    follow_up_due: bool = False

    def describe(self, *, with_text: bool = True) -> str:
        """The filters in Dutch. For the audit trail pass ``with_text=False``: a search
        text may be someone's name, and the trail holds no personal data."""
        parts: list[str] = []
        if self.text.strip():
            if with_text:
                parts.append(_("zoektekst '{text}'").format(text=self.text.strip()))
            else:
                parts.append(_("met zoektekst"))
        if self.statuses:
            parts.append(
                _("status {v}").format(v=", ".join(sorted(label(s) for s in self.statuses)))
            )
        if self.interests:
            parts.append(
                _("interesse {v}").format(v=", ".join(sorted(label(i) for i in self.interests)))
            )
        if self.sources:
            parts.append(_("bron {v}").format(v=", ".join(sorted(label(s) for s in self.sources))))
        if self.event_ids:
            parts.append(_("evenement {v}").format(v=", ".join(map(str, sorted(self.event_ids)))))
        if self.wijk_codes:
            names = sorted(
                _("buiten de stad") if c == WIJK_OUTSIDE else wijk_name(c) for c in self.wijk_codes
            )
            parts.append(_("wijk {v}").format(v=", ".join(names)))
        if self.providers:
            names = sorted(label(p) if p is not None else _("geen") for p in self.providers)
            parts.append(_("aanbieder {v}").format(v=", ".join(names)))
        if self.received_from:
            parts.append(_("ontvangen vanaf {d}").format(d=self.received_from.strftime("%d-%m-%Y")))
        if self.received_until:
            parts.append(
                _("ontvangen tot en met {d}").format(d=self.received_until.strftime("%d-%m-%Y"))
            )
        if self.follow_up_due:
            parts.append(_("opvolgen vandaag of eerder"))
        return "; ".join(parts) if parts else _("alle aanvragen")


def today_view() -> RequestQuery:
    """The "vandaag" view: open requests due today or overdue (show with TODAY_SORT)."""
    return RequestQuery(follow_up_due=True)


@dataclass(frozen=True)
class RequestRow:
    """One row of the list, with raw values (the GUI formats and highlights them)."""

    id: int
    version: int
    name: str
    email: str | None
    phone: str | None
    postcode: str | None
    city: str
    wijk_code: str | None
    wijk: str
    provider: Provider | None
    provider_set_by_hand: bool
    outside_city: bool
    source: Source
    event_id: int | None
    status: RequestStatus
    received_at: datetime
    follow_up_on: date | None
    follow_up: FollowUpState
    follow_up_text: str
    anonymised: bool


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(column: Any, prefix: str, dialect: str) -> ColumnElement[bool]:
    """Values starting with ``prefix``, written so an index serves it where it can.

    SQLite compares text byte by byte (BINARY), so a range is exact and uses the index.
    PostgreSQL compares by the database's collation, where a range is not exactly a
    prefix; LIKE is always exact there.
    """
    like = cast(ColumnElement[bool], column.like(_escape_like(prefix) + "%", escape="\\"))
    in_range = and_(column >= prefix, column < prefix + "\U0010ffff")
    if dialect == _SQLITE:
        return in_range
    if dialect == _PG_CODEPOINT:
        # Code point order: the range is a superset the index serves, LIKE makes it exact.
        return and_(in_range, like)
    return like


_SQLITE = "sqlite"
_PG_CODEPOINT = "postgresql-codepoint"
_CODEPOINT_COLLATIONS = frozenset({"c", "posix", "c.utf-8", "c.utf8"})
_dialect_cache: dict[str, str] = {}


def _dialect(db: Database, conn: Connection) -> str:
    """How text compares in this database: ``sqlite`` (bytes), PostgreSQL in code point
    order (collation C or C.UTF-8, where an index range is a prefix), or otherwise."""
    if db.is_sqlite:
        return _SQLITE
    key = db.url.render_as_string(hide_password=True)
    if key not in _dialect_cache:
        collation = conn.execute(
            sql_text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
        ).scalar()
        provider = conn.execute(
            sql_text(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = "
                "'pg_database'::regclass AND attname = 'datlocprovider') THEN 'check' END"
            )
        ).scalar()
        if provider == "check":
            provider = conn.execute(
                sql_text(
                    "SELECT datlocprovider::text FROM pg_database "
                    "WHERE datname = current_database()"
                )
            ).scalar()
        codepoint = str(collation or "").casefold() in _CODEPOINT_COLLATIONS and provider in (
            None,
            "c",
        )
        _dialect_cache[key] = _PG_CODEPOINT if codepoint else db.dialect
    return _dialect_cache[key]


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=clock.LOCAL_TZ).astimezone(UTC)


class _Plan(StrEnum):
    COUNT = "count"
    FILTER_FIRST = "filter_first"  # the filter's index finds the rows, then sort them
    SORT_FIRST = "sort_first"  # walk the sort column's index, test each row


def _conditions(
    q: RequestQuery,
    dialect: str,
    today: date,
    plan: _Plan,
    sort_column: Any = None,
    *,
    hide_all: bool = False,
) -> list[ColumnElement[bool]]:
    """The WHERE clause of a query (merged requests are handled by the caller)."""
    r = m.InfoRequest
    sqlite = dialect == "sqlite"
    hide = sqlite and (plan == _Plan.SORT_FIRST or hide_all)

    def col(column: Any) -> Any:
        return _Unindexed(column) if hide and column is not sort_column else column

    where: list[ColumnElement[bool]] = []
    term = classify_search(q.text)
    if term is not None:
        if term.kind == SearchKind.NAAM:
            name_key = col(r.name_key)
            # A word matches where a word of the name starts with it ("vries" finds "Jan
            # de Vries", "marie" finds "Anne-Marie"). No index serves that, so the name
            # index is read whole; the plain "contains" test runs first because it is
            # cheap and rules out nearly every name, the word-start test only on the rest.
            parts = [
                and_(
                    name_key.like("%" + _escape_like(w) + "%", escape="\\"),
                    or_(
                        name_key.like(_escape_like(w) + "%", escape="\\"),
                        name_key.like("% " + _escape_like(w) + "%", escape="\\"),
                        name_key.like("%-" + _escape_like(w) + "%", escape="\\"),
                    ),
                )
                for w in term.words
            ]
            others = replace(q, text="") != RequestQuery()
            if sqlite and not hide and (plan == _Plan.FILTER_FIRST or others):
                # Read the matching ids from the (small) name index instead of testing
                # the name of every row another filter's index finds.
                where.append(r.id.in_(select(r.id).where(*parts)))
            else:
                where.extend(parts)
        elif term.kind == SearchKind.EMAIL:
            where.append(_prefix(col(r.email), term.prefix, dialect))
        elif term.kind == SearchKind.TELEFOON:
            where.append(_prefix(col(r.phone), term.prefix, dialect))
        else:
            if len(term.prefix) == 4:
                where.append(col(r.pc4) == term.prefix)
                if term.letters:
                    where.append(
                        r.postcode.like(f"{term.prefix} {_escape_like(term.letters)}%", escape="\\")
                    )
            else:
                where.append(_prefix(col(r.pc4), term.prefix, dialect))
    if q.statuses:
        where.append(col(r.status).in_(sorted(q.statuses)))
    if q.interests:
        ri = m.RequestInterest
        if hide:
            where.append(
                exists().where(ri.request_id == r.id, ri.interest.in_(sorted(q.interests)))
            )
        else:
            where.append(
                r.id.in_(select(ri.request_id).where(ri.interest.in_(sorted(q.interests))))
            )
    if q.sources:
        where.append(col(r.source).in_(sorted(q.sources)))
    if q.event_ids:
        where.append(col(r.event_id).in_(sorted(q.event_ids)))
    if q.wijk_codes:
        codes = sorted(c for c in q.wijk_codes if c != WIJK_OUTSIDE)
        options: list[ColumnElement[bool]] = []
        if codes:
            options.append(col(r.wijk_code).in_(codes))
        if WIJK_OUTSIDE in q.wijk_codes:
            options.append(col(r.wijk_code).is_(None))
        where.append(or_(*options))
    if q.providers:
        named = sorted(p for p in q.providers if p is not None)
        options = []
        if named:
            options.append(col(r.provider).in_(named))
        if None in q.providers:
            options.append(col(r.provider).is_(None))
        where.append(or_(*options))
    if q.received_from is not None:
        where.append(col(r.received_at) >= _local_midnight_utc(q.received_from))
    if q.received_until is not None:
        where.append(col(r.received_at) < _local_midnight_utc(q.received_until + timedelta(days=1)))
    if q.follow_up_due:
        where.append(col(r.status).in_(sorted(OPEN_STATUSES)))
        where.append(col(r.follow_up_on) <= today)
    return where


def count_requests(db: Database, q: RequestQuery, *, today: date | None = None) -> int:
    """How many (not merged) requests match ``q``.

    Counted as all matches minus the merged ones among them: the first count can be
    answered from one index, the second only visits the few merged requests.
    """
    day = today or clock.today()
    with db.engine.connect() as conn:
        return _count(conn, q, _dialect(db, conn), day)


def _count(conn: Connection, q: RequestQuery, dialect: str, today: date) -> int:
    r = m.InfoRequest
    if q.interests and q == RequestQuery(interests=q.interests):
        # Interests only: counted in the interest index alone (a request has each
        # interest at most once), without visiting the requests.
        ri = m.RequestInterest
        counted = func.count() if len(q.interests) == 1 else func.count(ri.request_id.distinct())
        total = conn.execute(
            select(counted).where(ri.interest.in_(sorted(q.interests)))
        ).scalar_one()
    else:
        where = _conditions(q, dialect, today, _Plan.COUNT)
        total = conn.execute(select(func.count()).select_from(r).where(*where)).scalar_one()
    if not total:
        return 0
    merged_ids = select(r.id).where(r.merged_into_id.is_not(None))
    # The filters are hidden from SQLite here, so it walks the merged ids (few) and
    # tests each, instead of walking a filter's index and testing membership.
    hidden = _conditions(q, dialect, today, _Plan.COUNT, hide_all=True)
    merged = conn.execute(
        select(func.count()).select_from(r).where(r.id.in_(merged_ids), *hidden)
    ).scalar_one()
    return int(total) - int(merged)


_ROW_COLUMNS = (
    m.InfoRequest.id,
    m.InfoRequest.version,
    m.InfoRequest.first_name,
    m.InfoRequest.name_prefix,
    m.InfoRequest.last_name,
    m.InfoRequest.email,
    m.InfoRequest.phone,
    m.InfoRequest.postcode,
    m.InfoRequest.city,
    m.InfoRequest.pc4,
    m.InfoRequest.wijk_code,
    m.InfoRequest.provider,
    m.InfoRequest.provider_set_by_hand,
    m.InfoRequest.source,
    m.InfoRequest.event_id,
    m.InfoRequest.status,
    m.InfoRequest.received_at,
    m.InfoRequest.follow_up_on,
    m.InfoRequest.anonymised_at,
)

#: Reading along the sort index costs about this much more per row than sorting the
#: rows a filter's index found (rows come in random order and may cluster).
_SORT_FIRST_PENALTY = 1.5


def _choose_plan(matches: int, table_rows: int, offset: int, limit: int) -> _Plan:
    """Few matches: find them through the filter and sort (cost ~ matches). Many: walk
    the sort index until the page is full (cost ~ (offset + limit) x rows / matches)."""
    if matches <= 0:
        return _Plan.FILTER_FIRST
    walk = (offset + limit) * max(table_rows, matches) / matches
    return _Plan.SORT_FIRST if walk * _SORT_FIRST_PENALTY < matches else _Plan.FILTER_FIRST


def _select_ids(
    q: RequestQuery,
    dialect: str,
    today: date,
    plan: _Plan,
    sort: RequestSort,
    offset: int,
    limit: int,
) -> Select[*tuple[Any, ...]]:
    r = m.InfoRequest
    sort_column = _SORT_COLUMNS[sort.column]
    where = _conditions(q, dialect, today, plan, sort_column)
    sqlite = dialect == "sqlite"
    # The ordering index must not be hidden when it drives the plan; hidden otherwise.
    hide_order = sqlite and plan == _Plan.FILTER_FIRST
    order_col = _Unindexed(sort_column) if hide_order else sort_column
    id_col = _Unindexed(r.id) if hide_order else r.id
    first = order_col.desc() if sort.descending else order_col.asc()
    if sort.column in _NULLABLE_SORTS:
        first = first.nulls_last()
    if sort.column == SortColumn.POSTCODE:
        extra = [_Unindexed(r.postcode).desc() if sort.descending else _Unindexed(r.postcode)]
    else:
        extra = []
    tie = id_col.desc() if sort.descending else id_col.asc()
    live = _not_merged()
    # Only the ids: a sort then carries (key, id) instead of whole rows.
    stmt = select(r.id).where(*where, live).order_by(first, *extra, tie)
    return stmt.offset(offset).limit(limit) if offset else stmt.limit(limit)


def fetch_requests(
    db: Database,
    q: RequestQuery,
    offset: int = 0,
    limit: int = 200,
    sort: RequestSort = DEFAULT_SORT,
    *,
    total: int | None = None,
    today: date | None = None,
    norm: ResponseNorm | None = None,
) -> list[RequestRow]:
    """``limit`` rows of the list from position ``offset``, in ``sort`` order.

    ``total`` is the count the caller already has (the page shows it); on SQLite it
    decides the plan (see the module docstring) and is counted here when not given.
    """
    if limit <= 0:
        return []
    day = today or clock.today()
    calendar = (norm or ResponseNorm()).calendar
    with db.engine.connect() as conn:
        dialect = _dialect(db, conn)
        plan = _Plan.FILTER_FIRST
        if db.is_sqlite:
            matches = total if total is not None else _count(conn, q, dialect, day)
            if matches == 0 or offset >= matches:
                return []
            table_rows = conn.execute(select(func.max(m.InfoRequest.id))).scalar_one() or 0
            plan = _choose_plan(matches, int(table_rows), offset, limit)
        ids = [
            int(i)
            for i in conn.execute(_select_ids(q, dialect, day, plan, sort, offset, limit)).scalars()
        ]
        if not ids:
            return []
        found = conn.execute(select(*_ROW_COLUMNS).where(m.InfoRequest.id.in_(ids))).all()
    by_id = {row.id: row for row in found}
    return [_row(by_id[i], day, calendar) for i in ids if i in by_id]


def _row(row: Any, today: date, calendar: Any) -> RequestRow:
    name = " ".join(p for p in (row.first_name, row.name_prefix, row.last_name) if p)
    if not name and row.anonymised_at is not None:
        name = _("(geanonimiseerd)")
    status = row.status
    return RequestRow(
        id=row.id,
        version=row.version,
        name=name,
        email=row.email,
        phone=row.phone,
        postcode=row.postcode,
        city=row.city or "",
        wijk_code=row.wijk_code,
        wijk=wijk_name(row.wijk_code),
        provider=row.provider,
        provider_set_by_hand=bool(row.provider_set_by_hand),
        outside_city=row.wijk_code is None,
        source=row.source,
        event_id=row.event_id,
        status=status,
        received_at=row.received_at,
        follow_up_on=row.follow_up_on,
        follow_up=follow_up_state(status, row.follow_up_on, today, calendar),
        follow_up_text=describe_follow_up(status, row.follow_up_on, today, calendar),
        anonymised=row.anonymised_at is not None,
    )


# =========================================================================== export rows


@dataclass(frozen=True)
class RequestExportRow:
    """Everything an export writes about one request."""

    id: int
    first_name: str
    name_prefix: str
    last_name: str
    email: str | None
    phone: str | None
    street: str
    house_number: int | None
    house_number_suffix: str
    postcode: str | None
    city: str
    wijk: str
    provider: Provider | None
    interests: tuple[Interest, ...]
    source: Source
    source_detail: str
    event: str
    received_at: datetime
    status: RequestStatus
    follow_up_on: date | None
    consent_contact: bool
    consent_store: bool
    consent_at: datetime | None
    consent_text_version: str | None
    notes: str


def iter_export_rows(
    db: Database, q: RequestQuery, *, chunk_size: int = 5000, today: date | None = None
) -> Iterator[list[RequestExportRow]]:
    """The requests matching ``q`` (not merged), oldest id first, in chunks."""
    day = today or clock.today()
    r = m.InfoRequest
    with db.engine.connect() as conn:
        events: dict[int, str] = dict(conn.execute(select(m.Event.id, m.Event.name)).all())
        dialect = _dialect(db, conn)
    last_id = 0
    columns = [c for c in _t(r).columns]
    where = _conditions(q, dialect, day, _Plan.COUNT)
    while True:
        stmt = (
            select(*columns)
            .where(*where, _not_merged(), r.id > last_id)
            .order_by(r.id)
            .limit(chunk_size)
        )
        with db.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            if not rows:
                return
            ids = [row.id for row in rows]
            interests: dict[int, list[Interest]] = {}
            ri = m.RequestInterest
            for rid, interest in conn.execute(
                select(ri.request_id, ri.interest).where(ri.request_id.in_(ids))
            ):
                interests.setdefault(rid, []).append(interest)
        yield [
            RequestExportRow(
                id=row.id,
                first_name=row.first_name,
                name_prefix=row.name_prefix,
                last_name=row.last_name,
                email=row.email,
                phone=row.phone,
                street=row.street,
                house_number=row.house_number,
                house_number_suffix=row.house_number_suffix,
                postcode=row.postcode,
                city=row.city,
                wijk=wijk_name(row.wijk_code),
                provider=row.provider,
                interests=tuple(sorted(interests.get(row.id, ()))),
                source=row.source,
                source_detail=row.source_detail,
                event=events.get(row.event_id, "") if row.event_id is not None else "",
                received_at=row.received_at,
                status=row.status,
                follow_up_on=row.follow_up_on,
                consent_contact=row.consent_contact,
                consent_store=row.consent_store,
                consent_at=row.consent_at,
                consent_text_version=row.consent_text_version,
                notes=row.notes,
            )
            for row in rows
        ]
        last_id = rows[-1].id
        if len(rows) < chunk_size:
            return
