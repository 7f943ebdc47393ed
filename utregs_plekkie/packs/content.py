"""What the packs say and who sends them: texts, organisation details, placeholders.

The shipped defaults live in ``resources/packs/teksten.json`` (every printed sentence
and label) and ``resources/packs/organisaties.json`` (KOOS Utrecht, Spoor030 and the
campaign itself as senders). Staff change them in the program; their changes are kept
in the database (``settings`` rows ``packs.texts`` and ``packs.organisations``, read
and written by ``storage.packs_data``) and laid over the defaults here, so a text
nobody changed still improves when the program is updated.

Printed packs are always Dutch, whatever language the window uses: they go to
Dutch households, and every word on them is one of the configurable texts. Messages
*about* a pack (missing data) are user interface and go through ``_()``.

A value that is missing is never printed as an empty gap: it prints as
``‹ontbreekt: veldnaam›`` and is reported (:class:`MissingField`) before printing.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files
from typing import Any

from utregs_plekkie.core.clock import LOCAL_TZ
from utregs_plekkie.core.enums import Provider
from utregs_plekkie.core.i18n import _

__all__ = [
    "CAMPAIGN",
    "ORGANISATION_FIELDS",
    "ORGANISATION_KEYS",
    "PLACEHOLDER_RE",
    "SETTINGS_KEY_ORGANISATIONS",
    "SETTINGS_KEY_TEXTS",
    "SMALL_COUNT_LIMIT",
    "Address",
    "EventInfo",
    "Filler",
    "MissingField",
    "Organisation",
    "PackSettings",
    "default_organisations",
    "default_pack_settings",
    "default_texts",
    "format_count",
    "format_date",
    "format_event_when",
    "format_house_number",
    "format_time",
    "join_words",
    "merge_pack_settings",
    "organisation_for",
    "organisation_overrides",
    "placeholder",
    "text_overrides",
]

SETTINGS_KEY_TEXTS = "packs.texts"
SETTINGS_KEY_ORGANISATIONS = "packs.organisations"

#: The sender for someone whose wijk (and so provider) is not known: the campaign.
CAMPAIGN = "campagne"
ORGANISATION_KEYS: tuple[str, ...] = (Provider.KOOS.value, Provider.SPOOR030.value, CAMPAIGN)

#: Counts below this are printed as "minder dan 5", never exactly (small numbers
#: could point to one child).
SMALL_COUNT_LIMIT = 5

_PLACEHOLDER = "‹ontbreekt: {field}›"
PLACEHOLDER_RE = re.compile(r"‹ontbreekt: [^›]*›")

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


# --------------------------------------------------------------------------- formatting


def placeholder(field_name: str) -> str:
    """The visible mark printed where a value is missing."""
    return _PLACEHOLDER.format(field=field_name)


def format_date(day: date, *, weekday: bool = False) -> str:
    """``22 november 2026``; with ``weekday``: ``zondag 22 november 2026``."""
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def format_time(moment: datetime) -> str:
    """Dutch clock time with a full stop: ``19.30``."""
    local = moment.astimezone(LOCAL_TZ)
    return f"{local.hour}.{local.minute:02d}"


def format_count(count: int) -> str:
    """A count as printed in a pack: below 5 it is "minder dan 5", never exact."""
    if count < SMALL_COUNT_LIMIT:
        return f"minder dan {SMALL_COUNT_LIMIT}"
    return f"{count:,}".replace(",", ".")


def format_house_number(number: int | None, suffix: str) -> str:
    """``12`` + ``"a"`` -> ``"12A"``; ``12`` + ``"bis"`` -> ``"12 bis"``; no number -> ``""``."""
    if number is None:
        return ""
    suffix = suffix.strip()
    if not suffix:
        return str(number)
    if len(suffix) == 1 and suffix.isalpha():
        return f"{number}{suffix.upper()}"
    return f"{number} {suffix}"


def join_words(words: Iterable[str]) -> str:
    """``["a", "b", "c"]`` -> ``"a, b en c"``."""
    items = [w for w in words if w]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


# --------------------------------------------------------------------------- missing data


@dataclass(frozen=True)
class MissingField:
    """One value a pack needs and does not have; ``subject`` says whose pack."""

    subject: str
    field: str

    def __str__(self) -> str:
        return _("{subject}: {field} ontbreekt").format(subject=self.subject, field=self.field)


class Filler:
    """Resolves values and text templates for one pack, noting what is missing."""

    def __init__(self, subject: str) -> None:
        self.subject = subject
        self.missing: list[MissingField] = []

    def note(self, field_name: str) -> str:
        entry = MissingField(self.subject, field_name)
        if entry not in self.missing:
            self.missing.append(entry)
        return placeholder(field_name)

    def value(self, value: str | None, field_name: str) -> str:
        """``value`` itself, or the placeholder (noted) when it is empty."""
        if value is None or not str(value).strip():
            return self.note(field_name)
        return str(value).strip()

    def fill(self, template: str, values: Mapping[str, str | None]) -> str:
        """Fill ``{name}`` fields of a staff-editable text.

        An empty value, or a field name the text uses but this pack does not know,
        prints as the placeholder (and is noted). Text that is not a valid template
        (a lone ``{``) is printed as it is.
        """
        try:
            parts = list(string.Formatter().parse(template))
        except ValueError:
            return template
        out: list[str] = []
        for literal, name, _spec, _conversion in parts:
            out.append(literal)
            if name is None:
                continue
            if name not in values:
                out.append(self.note(name))
            else:
                out.append(self.value(values[name], name))
        return "".join(out)


# --------------------------------------------------------------------------- addresses


@dataclass(frozen=True)
class Address:
    """A postal address as printed in the envelope window and on labels."""

    name: str
    street: str = ""
    house_number: int | None = None
    house_number_suffix: str = ""
    postcode: str | None = None
    city: str = ""

    def lines(self, filler: Filler) -> list[str]:
        """PostNL's order: name; street and number; postcode, two spaces, PLACE."""
        name = filler.value(self.name, "naam")
        street = filler.value(self.street, "straat")
        number = filler.value(
            format_house_number(self.house_number, self.house_number_suffix), "huisnummer"
        )
        postcode = filler.value(self.postcode, "postcode")
        city = self.city.strip().upper() if self.city.strip() else filler.note("woonplaats")
        return [name, f"{street} {number}", f"{postcode}  {city}"]


@dataclass(frozen=True)
class EventInfo:
    """An information evening or training session as printed in a pack."""

    starts_at: datetime
    ends_at: datetime | None
    name: str
    location: str


def format_event_when(event: EventInfo) -> tuple[str, str]:
    """(``"dinsdag 8 december 2026"``, ``"19.30 - 21.30 uur"``) in Dutch local time."""
    start = event.starts_at.astimezone(LOCAL_TZ)
    day = format_date(start.date(), weekday=True)
    if event.ends_at is not None:
        return day, f"{format_time(start)} – {format_time(event.ends_at)} uur"
    return day, f"{format_time(start)} uur"


# --------------------------------------------------------------------------- organisations


@dataclass(frozen=True)
class Organisation:
    """A sender of packs: who to call, where to write back, where the QR code leads."""

    key: str
    name: str = ""
    contact_person: str = ""
    contact_role: str = ""
    phone: str = ""
    email: str = ""
    postal_address: str = ""
    postcode: str = ""
    city: str = ""
    website: str = ""
    logo: str = ""

    def to_json(self) -> dict[str, str]:
        return {
            json_key: getattr(self, attr)
            for attr, (json_key, _label) in ORGANISATION_FIELDS.items()
        }

    @classmethod
    def from_json(cls, key: str, data: Mapping[str, Any]) -> Organisation:
        values = {
            attr: str(data.get(json_key) or "").strip()
            for attr, (json_key, _label) in ORGANISATION_FIELDS.items()
        }
        return cls(key=key, **values)

    def return_address(self) -> str:
        """One line for the top of the envelope window, as PostNL asks."""
        parts = [self.name, self.postal_address, f"{self.postcode} {self.city}".strip()]
        return ", ".join(p for p in parts if p)


#: Organisation attribute -> (key in organisaties.json, printed field name).
ORGANISATION_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("naam", "naam organisatie"),
    "contact_person": ("contactpersoon", "contactpersoon"),
    "contact_role": ("functie", "functie contactpersoon"),
    "phone": ("telefoon", "telefoon organisatie"),
    "email": ("email", "e-mail organisatie"),
    "postal_address": ("postadres", "postadres organisatie"),
    "postcode": ("postcode", "postcode organisatie"),
    "city": ("plaats", "plaats organisatie"),
    "website": ("website", "website"),
    "logo": ("logo", "logo"),
}
# Optional: an organisation without a logo prints its name as a word mark.
_OPTIONAL_ORGANISATION_FIELDS = frozenset({"logo"})


def organisation_for(provider: Provider | str | None) -> str:
    """The sender key for a routing: the provider, or the campaign when unknown."""
    if provider is None:
        return CAMPAIGN
    return Provider(provider).value


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class PackSettings:
    """Texts and senders in force: the defaults with the staff's changes laid over them.

    ``texts_version`` and ``organisations_version`` are the versions of the stored
    settings rows this copy was read from (``None``: nothing stored yet); a save based
    on an outdated copy is refused. ``organisations_checked`` is False while the
    organisation details are still the shipped example values.
    """

    texts: Mapping[str, str]
    organisations: Mapping[str, Organisation]
    texts_version: int | None = None
    organisations_version: int | None = None
    organisations_checked: bool = False

    def text(self, key: str) -> str:
        return self.texts.get(key, "")

    def organisation(self, key: str) -> Organisation:
        return self.organisations.get(key) or Organisation(key=key)

    def organisation_missing(self, key: str) -> list[str]:
        """Printed names of the fields this sender lacks (logo is optional)."""
        org = self.organisation(key)
        return [
            label
            for attr, (_json_key, label) in ORGANISATION_FIELDS.items()
            if attr not in _OPTIONAL_ORGANISATION_FIELDS and not getattr(org, attr)
        ]


def _read_json(name: str) -> dict[str, Any]:
    data = json.loads((files("utregs_plekkie.resources") / "packs" / name).read_text("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a JSON object")
    return data


@lru_cache(maxsize=1)
def _default_texts() -> dict[str, str]:
    return {k: str(v) for k, v in _read_json("teksten.json").items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _default_organisations() -> dict[str, Organisation]:
    return {
        key: Organisation.from_json(key, value)
        for key, value in _read_json("organisaties.json").items()
        if not key.startswith("_") and isinstance(value, dict)
    }


def default_texts() -> dict[str, str]:
    """The shipped texts (a fresh copy)."""
    return dict(_default_texts())


def default_organisations() -> dict[str, Organisation]:
    """The shipped example senders (a fresh copy)."""
    return dict(_default_organisations())


def default_pack_settings() -> PackSettings:
    return PackSettings(texts=default_texts(), organisations=default_organisations())


def merge_pack_settings(
    stored_texts: Mapping[str, Any] | None,
    stored_organisations: Mapping[str, Any] | None,
    *,
    texts_version: int | None = None,
    organisations_version: int | None = None,
) -> PackSettings:
    """Lay stored changes (as kept in the settings rows) over the defaults.

    Unknown text keys are kept (a newer program may have written them); values that
    are not text are ignored rather than printed.
    """
    texts = default_texts()
    for key, value in (stored_texts or {}).items():
        if isinstance(key, str) and isinstance(value, str):
            texts[key] = value
    organisations = default_organisations()
    for key, value in (stored_organisations or {}).items():
        if not isinstance(key, str) or not isinstance(value, Mapping):
            continue
        base = organisations.get(key, Organisation(key=key)).to_json()
        base.update({k: v for k, v in value.items() if isinstance(v, str)})
        organisations[key] = Organisation.from_json(key, base)
    return PackSettings(
        texts=texts,
        organisations=organisations,
        texts_version=texts_version,
        organisations_version=organisations_version,
        organisations_checked=stored_organisations is not None,
    )


def text_overrides(texts: Mapping[str, str]) -> dict[str, str]:
    """Only the texts that differ from the shipped ones (what is worth storing)."""
    defaults = _default_texts()
    return {k: v for k, v in texts.items() if defaults.get(k) != v}


def organisation_overrides(organisations: Mapping[str, Organisation]) -> dict[str, dict[str, str]]:
    """All sender details as stored (complete, so 'checked' means every field was seen)."""
    return {key: org.to_json() for key, org in organisations.items()}
