"""What a request is made of on its way in: the raw input of a form, the kiosk or an
import row, the checked values ready to store, the limits, and the error that lists
every problem at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table

from utregs_plekkie.core.enums import Interest, Provider, Source
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import PersonKey
from utregs_plekkie.core.validation import search_key
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.requests.routing import Routing

ENTITY = m.InfoRequest.__tablename__


def not_found_message(request_id: int) -> str:
    return _("Aanvraag {id} bestaat niet (meer). Vernieuw de lijst.").format(id=request_id)


STREET_MAX = 120
CITY_MAX = 80
PREFIX_MAX = 30
SOURCE_DETAIL_MAX = 200
EVENT_NAME_MAX = 200
NOTES_MAX = 20_000
VERSION_MAX = 40


def table_of(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


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
