"""What a user types for a family, an adult, a check and own children, and how it
becomes column values (validated and normalised).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    select,
    update,
)
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import (
    HouseholdRoute,
    Provider,
    ScreeningKind,
    label,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.households._common import (
    _NAME_LEAD,
    ADULT_MIN_AGE,
    NAME_MAX,
    _clean_text,
    _fmt,
)

# --------------------------------------------------------------------------- households


@dataclass
class HouseholdData:
    """What a user types for a family (as typed: validation normalises it)."""

    name: str
    route: HouseholdRoute = HouseholdRoute.PLEEGOUDER
    email: str = ""
    phone: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    #: ``None``: the provider of the postcode's wijk (Utrecht); set to override.
    provider: Provider | None = None
    languages: list[str] = field(default_factory=list)
    culture_religion: str = ""
    pets: list[str] = field(default_factory=list)
    smoking: bool = False
    accessibility: str = ""
    bedrooms: int | None = None
    spare_bedrooms: int | None = None
    experience: list[str] = field(default_factory=list)
    skills: str = ""
    documents_received: list[str] = field(default_factory=list)
    notes: str = ""
    #: Empty on creation: the default action of the first stage is used.
    next_action: str = ""
    next_action_on: date | None = None


def household_data(household: m.Household) -> HouseholdData:
    """The form values of a stored family (to edit and save back)."""
    number = (
        f"{household.house_number}{household.house_number_suffix}"
        if household.house_number is not None
        else ""
    )
    return HouseholdData(
        name=household.name,
        route=household.route,
        email=household.email or "",
        phone=household.phone or "",
        street=household.street,
        house_number=number,
        postcode=household.postcode or "",
        city=household.city,
        provider=household.provider,
        languages=list(household.languages or []),
        culture_religion=household.culture_religion,
        pets=list(household.pets or []),
        smoking=household.smoking,
        accessibility=household.accessibility,
        bedrooms=household.bedrooms,
        spare_bedrooms=household.spare_bedrooms,
        experience=list(household.experience or []),
        skills=household.skills,
        documents_received=list(household.documents_received or []),
        notes=household.notes,
        next_action=household.next_action,
        next_action_on=household.next_action_on,
    )


def _core_name(name: str) -> str:
    return _NAME_LEAD.sub("", name.strip())


def _name_key(name: str, first_names: Iterable[str] = ()) -> str:
    """Family name first (so the list sorts by it), then the adults' first names."""
    return search_key(" ".join([_core_name(name), *first_names]))[:NAME_MAX]


def _household_columns(data: HouseholdData, geo: GeoIndex | None = None) -> dict[str, Any]:
    """Validated column values; :class:`ValidationError` names the field at fault."""
    name = " ".join((data.name or "").split())
    if not name:
        raise ValidationError(
            _("Vul de naam van het gezin in (bijvoorbeeld Familie De Vries)."), field="name"
        )
    if len(name) > NAME_MAX or any(ord(ch) < 32 for ch in data.name):
        raise ValidationError(
            _(
                "De naam van het gezin is te lang of bevat een stuurteken; gebruik hoogstens "
                "{max} gewone tekens."
            ).format(max=NAME_MAX),
            field="name",
        )
    values: dict[str, Any] = {"name": name, "route": HouseholdRoute(data.route)}
    values["email"] = normalise_email(data.email) if data.email.strip() else None
    values["phone"] = normalise_phone(data.phone) if data.phone.strip() else None
    values["street"] = _clean_text(data.street, "straat", 120)
    if data.house_number.strip():
        values["house_number"], values["house_number_suffix"] = parse_house_number(
            data.house_number
        )
    else:
        values["house_number"], values["house_number_suffix"] = None, ""
    values["city"] = _clean_text(data.city, "plaats", 80)
    provider = Provider(data.provider) if data.provider is not None else None
    if data.postcode.strip():
        postcode = normalise_postcode(data.postcode)
        place = (geo or GeoIndex.default()).lookup(postcode)
        values["postcode"] = postcode
        values["pc4"] = postcode[:4]
        values["wijk_code"] = place.wijk_code if place else None
        if provider is None and place is not None:
            provider = place.provider
        if not values["city"] and place is not None:
            values["city"] = place.plaats
    else:
        values["postcode"] = values["pc4"] = values["wijk_code"] = None
    values["provider"] = provider
    values["languages"] = _clean_list(data.languages, "talen")
    values["culture_religion"] = _clean_text(data.culture_religion, "cultuur/religie")
    values["pets"] = _clean_list(data.pets, "huisdieren")
    values["smoking"] = bool(data.smoking)
    values["accessibility"] = _clean_text(data.accessibility, "toegankelijkheid")
    for key, text in (("bedrooms", "slaapkamers"), ("spare_bedrooms", "vrije slaapkamers")):
        number = getattr(data, key)
        if number is not None and not 0 <= number <= 30:
            raise ValidationError(
                _("Het aantal {field} moet tussen 0 en 30 liggen.").format(field=text), field=key
            )
        values[key] = number
    if (
        data.bedrooms is not None
        and data.spare_bedrooms is not None
        and data.spare_bedrooms > data.bedrooms
    ):
        raise ValidationError(
            _(
                "Er zijn meer vrije slaapkamers ({spare}) dan slaapkamers ({total}); pas een van "
                "beide aan."
            ).format(spare=data.spare_bedrooms, total=data.bedrooms),
            field="spare_bedrooms",
        )
    values["experience"] = _clean_list(data.experience, "ervaring")
    values["skills"] = (data.skills or "").strip()
    values["documents_received"] = _clean_list(data.documents_received, "documenten")
    values["notes"] = (data.notes or "").strip()
    values["next_action"] = _clean_text(data.next_action, "volgende actie")
    values["next_action_on"] = data.next_action_on
    return values


def _clean_list(items: Iterable[str], field: str) -> list[str]:
    cleaned: list[str] = []
    for item in items or []:
        text = _clean_text(str(item), field, 80)
        if text and text not in cleaned:
            cleaned.append(text)
    return cleaned


@dataclass
class CheckData:
    """A VGB or VOG as typed. ``kind`` ``None``: the one the family's route needs;
    ``provider`` ``None``: the family's provider when the check is added."""

    kind: ScreeningKind | None = None
    requested_on: date | None = None
    issued_on: date | None = None
    expires_on: date | None = None
    provider: Provider | None = None
    note: str = ""


@dataclass
class AdultData:
    first_name: str
    last_name: str
    name_prefix: str = ""
    birth_date: date | None = None
    email: str = ""
    phone: str = ""
    moved_in_on: date | None = None
    #: Only used when the adult is created (with the family, or by :func:`add_adult`).
    checks: tuple[CheckData, ...] = ()


@dataclass(frozen=True)
class OwnChild:
    """A child of the family itself: the birth year only."""

    birth_year: int
    living_at_home: bool = True


def _adult_columns(data: AdultData, on: date) -> dict[str, Any]:
    values: dict[str, Any] = {
        "first_name": normalise_name(data.first_name, "first_name"),
        "last_name": normalise_name(data.last_name, "last_name"),
        "name_prefix": " ".join((data.name_prefix or "").split()).lower()[:30],
        "email": normalise_email(data.email) if data.email.strip() else None,
        "phone": normalise_phone(data.phone) if data.phone.strip() else None,
        "birth_date": data.birth_date,
        "moved_in_on": data.moved_in_on,
    }
    if data.birth_date is not None:
        if data.birth_date > on:
            raise ValidationError(
                _("De geboortedatum {date} ligt in de toekomst. Controleer de datum.").format(
                    date=_fmt(data.birth_date)
                ),
                field="birth_date",
            )
        age = (
            on.year
            - data.birth_date.year
            - ((on.month, on.day) < (data.birth_date.month, data.birth_date.day))
        )
        if age < ADULT_MIN_AGE:
            raise ValidationError(
                _(
                    "Een volwassene is minstens {min} jaar; met geboortedatum {date} is dit "
                    "iemand van {age}. Vul een kind in bij 'eigen kinderen'."
                ).format(min=ADULT_MIN_AGE, date=_fmt(data.birth_date), age=age),
                field="birth_date",
            )
    return values


def _check_columns(
    data: CheckData, kind: ScreeningKind, provider: Provider | None, on: date
) -> dict[str, Any]:
    if data.requested_on is None and data.issued_on is None:
        raise ValidationError(
            _("Vul in wanneer de {kind} is aangevraagd of afgegeven.").format(kind=label(kind)),
            field="requested_on",
        )
    for key, value, text in (
        ("requested_on", data.requested_on, _("aanvraagdatum")),
        ("issued_on", data.issued_on, _("afgiftedatum")),
    ):
        if value is not None and value > on:
            raise ValidationError(
                _("De {field} {date} ligt in de toekomst. Controleer de datum.").format(
                    field=text, date=_fmt(value)
                ),
                field=key,
            )
    if data.requested_on and data.issued_on and data.issued_on < data.requested_on:
        raise ValidationError(
            _(
                "De afgiftedatum ({issued}) ligt vóór de aanvraagdatum ({requested}). Controleer "
                "beide datums."
            ).format(issued=_fmt(data.issued_on), requested=_fmt(data.requested_on)),
            field="issued_on",
        )
    if data.expires_on is not None:
        if data.issued_on is None:
            raise ValidationError(
                _(
                    "Een vervaldatum hoort bij een afgegeven {kind}: vul eerst de afgiftedatum in."
                ).format(kind=label(kind)),
                field="expires_on",
            )
        if data.expires_on <= data.issued_on:
            raise ValidationError(
                _("De vervaldatum ({expires}) moet na de afgiftedatum ({issued}) liggen.").format(
                    expires=_fmt(data.expires_on), issued=_fmt(data.issued_on)
                ),
                field="expires_on",
            )
    return {
        "kind": kind,
        "requested_on": data.requested_on,
        "issued_on": data.issued_on,
        "expires_on": data.expires_on,
        "provider": data.provider or provider,
        "note": (data.note or "").strip(),
    }


def _own_children_rows(children: Sequence[OwnChild], on: date) -> list[m.HouseholdChild]:
    rows = []
    for child in children:
        if not on.year - 80 <= child.birth_year <= on.year:
            raise ValidationError(
                _(
                    "Geboortejaar {year} van een eigen kind kan niet kloppen; vul een jaar tussen "
                    "{first} en {last} in."
                ).format(year=child.birth_year, first=on.year - 80, last=on.year),
                field="own_children",
            )
        rows.append(
            m.HouseholdChild(birth_year=child.birth_year, living_at_home=child.living_at_home)
        )
    return rows


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the record's new version (to keep editing) and warnings."""

    record_id: int
    version: int
    warnings: tuple[str, ...] = ()


def _refresh_name_key(session: Session, household: m.Household) -> None:
    # The key is derived (name plus the adults' first names); written without touching
    # the version, so adding an adult does not make an open family form stale.
    session.flush()
    first_names = session.scalars(
        select(m.Adult.first_name).where(m.Adult.household_id == household.id).order_by(m.Adult.id)
    ).all()
    key = _name_key(household.name, first_names)
    session.execute(
        update(m.Household)
        .where(m.Household.id == household.id)
        .values(name_key=key)
        .execution_options(synchronize_session=False)
    )
    session.expire(household, ["name_key"])
