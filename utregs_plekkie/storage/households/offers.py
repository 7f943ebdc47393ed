"""Write side: a family's availability offers and their pause periods."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    HouseholdRoute,
    Need,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.errors import NotFoundError, UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    AGE_MAX,
    _clean_text,
    _fmt,
    _kind_household,
    _kind_offer,
)
from utregs_plekkie.storage.households.data import (
    SaveResult,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- offers


@dataclass
class OfferData:
    care_form: CareForm
    schedule: Schedule = field(default_factory=Schedule.empty)
    weekend_pattern: WeekendPattern = WeekendPattern.GEEN
    holidays: bool = False
    capacity: int = 1
    age_min: int = 0
    age_max: int = 18
    siblings_accepted: bool = False
    needs_ok: list[str] = field(default_factory=list)
    max_distance_km: float | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    paused: bool = False
    notes: str = ""


def validate_offer(data: OfferData, route: HouseholdRoute) -> dict[str, Any]:
    """Column values of a valid offer, or :class:`ValidationError` naming the field."""
    try:
        care = CareForm(data.care_form)
    except ValueError:
        raise ValidationError(_("Kies een zorgvorm uit de lijst."), field="care_form") from None
    if route == HouseholdRoute.STEUNOUDER and care != CareForm.STEUNOUDER:
        raise ValidationError(
            _(
                "Een steunoudergezin (met een VOG, zonder gezinsonderzoek) kan alleen '{care}' "
                "aanbieden. Kies die zorgvorm, of zet het gezin op de route voor pleegouders."
            ).format(care=label(CareForm.STEUNOUDER)),
            field="care_form",
        )
    if isinstance(data.capacity, bool) or not isinstance(data.capacity, int) or data.capacity < 1:
        raise ValidationError(
            _("Vul bij capaciteit in hoeveel kinderen er tegelijk kunnen komen: minstens 1."),
            field="capacity",
        )
    if data.capacity > 12:
        raise ValidationError(
            _(
                "Een capaciteit van {n} kinderen tegelijk is niet realistisch; vul hoogstens 12 in."
            ).format(n=data.capacity),
            field="capacity",
        )
    for key, value in (("age_min", data.age_min), ("age_max", data.age_max)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= AGE_MAX:
            raise ValidationError(
                _(
                    "Een leeftijd ligt tussen 0 en {max} jaar (pleegkinderen kunnen tot hun "
                    "{max}e blijven)."
                ).format(max=AGE_MAX),
                field=key,
            )
    if data.age_min > data.age_max:
        raise ValidationError(
            _("De leeftijd 'van' ({low}) is hoger dan 'tot en met' ({high}); draai ze om.").format(
                low=data.age_min, high=data.age_max
            ),
            field="age_min",
        )
    if data.max_distance_km is not None and not 0 < data.max_distance_km <= 500:
        raise ValidationError(
            _(
                "De maximale afstand moet groter dan 0 km zijn (en hoogstens 500 km); laat het "
                "veld leeg als afstand niet uitmaakt."
            ),
            field="max_distance_km",
        )
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        raise ValidationError(
            _(
                "'Geldig tot' ({to}) ligt vóór 'geldig vanaf' ({start}). Pas een van beide aan."
            ).format(to=_fmt(data.valid_to), start=_fmt(data.valid_from)),
            field="valid_to",
        )
    pattern = WeekendPattern(data.weekend_pattern)
    if care == CareForm.DEELTIJD_WEEKEND and pattern == WeekendPattern.GEEN:
        raise ValidationError(
            _(
                "Kies bij weekendpleegzorg hoe vaak het gezin een weekend kan (elk weekend, om "
                "het weekend of eens per maand)."
            ),
            field="weekend_pattern",
        )
    if care in (CareForm.DEELTIJD_DAGDELEN, CareForm.STEUNOUDER) and data.schedule.is_empty:
        raise ValidationError(
            _(
                "Kruis in het weekrooster aan op welke dagdelen het gezin kan; voor '{care}' is "
                "dat nodig."
            ).format(care=label(care)),
            field="schedule",
        )
    known_needs = {n.value for n in Need}
    unknown = [n for n in data.needs_ok if n not in known_needs]
    if unknown:
        raise ValidationError(
            _("'{need}' staat niet in de lijst van hulpvragen; kies uit de lijst.").format(
                need=unknown[0]
            ),
            field="needs_ok",
        )
    return {
        "care_form": care,
        "schedule": data.schedule,
        "weekend_pattern": pattern,
        "holidays": bool(data.holidays),
        "capacity": data.capacity,
        "age_min": data.age_min,
        "age_max": data.age_max,
        "siblings_accepted": bool(data.siblings_accepted),
        "needs_ok": list(dict.fromkeys(data.needs_ok)),
        "max_distance_km": data.max_distance_km,
        "valid_from": data.valid_from,
        "valid_to": data.valid_to,
        "paused": bool(data.paused),
        "notes": (data.notes or "").strip(),
    }


def add_offer(
    db: Database,
    household_id: int,
    data: OfferData,
    *,
    actor: Actor,
) -> int:
    """Add an availability offer to a family; returns its id."""
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_household()) as uow:
        session = uow.session
        household = uow.get(m.Household, household_id, kind=_kind_household())
        offer = m.AvailabilityOffer(**validate_offer(data, household.route))
        household.offers.append(offer)
        session.flush()
        uow.audit(
            AuditAction.CREATE,
            "availability_offers",
            _("gezin {id}: {care}").format(id=household.id, care=label(offer.care_form)),
            entity_id=offer.id,
        )
        return offer.id


def _active_placements(session: Session, offer_id: int, on: date) -> int:
    return offer_usage(session, [offer_id], on)[offer_id].used_places


def update_offer(
    db: Database,
    offer_id: int,
    expected_version: int,
    data: OfferData,
    *,
    actor: Actor,
) -> SaveResult:
    """Save an edited offer; capacity cannot drop below the children placed on it."""
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_offer()) as uow:
        session = uow.session
        offer = uow.get(
            m.AvailabilityOffer, offer_id, expected_version=expected_version, kind=_kind_offer()
        )
        values = validate_offer(data, offer.household.route)
        used = _active_placements(session, offer.id, clock.today())
        if values["capacity"] < used:
            raise ValidationError(
                _(
                    "Er zijn nu {n} kinderen geplaatst via dit aanbod; de capaciteit kan niet "
                    "lager dan {n}."
                ).format(n=used),
                field="capacity",
            )
        uow.change(offer, values)
        session.flush()
        return SaveResult(offer.id, offer.version)


def remove_offer(
    db: Database,
    offer_id: int,
    expected_version: int,
    *,
    actor: Actor,
) -> None:
    """Remove an offer that no child is placed on now (otherwise: pause it)."""
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_offer()) as uow:
        session = uow.session
        offer = uow.get(
            m.AvailabilityOffer, offer_id, expected_version=expected_version, kind=_kind_offer()
        )
        used = _active_placements(session, offer.id, clock.today())
        if used:
            raise UserError(
                _(
                    "Via dit aanbod zijn nu {n} kinderen geplaatst. Zet het aanbod op pauze in "
                    "plaats van het te verwijderen."
                ).format(n=used)
            )
        household_id = offer.household_id
        session.delete(offer)
        uow.audit(
            AuditAction.DELETE,
            "availability_offers",
            _("gezin {id}").format(id=household_id),
            entity_id=offer_id,
        )


def add_offer_pause(
    db: Database,
    offer_id: int,
    starts_on: date,
    ends_on: date,
    reason: str = "",
    *,
    actor: Actor,
) -> int:
    """A period the offer is not available (e.g. "niet in de zomer van 2027")."""
    if ends_on < starts_on:
        raise ValidationError(
            _("De pauze eindigt ({end}) vóór ze begint ({start}). Pas de datums aan.").format(
                end=_fmt(ends_on), start=_fmt(starts_on)
            ),
            field="ends_on",
        )
    text = _clean_text(reason, "reden")
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_offer()) as uow:
        session = uow.session
        offer = uow.get(m.AvailabilityOffer, offer_id, kind=_kind_offer())
        for pause in offer.pauses:
            if pause.starts_on <= ends_on and starts_on <= pause.ends_on:
                raise ValidationError(
                    _(
                        "Deze pauze overlapt met de pauze van {start} tot en met {end}; pas die "
                        "aan of kies andere datums."
                    ).format(start=_fmt(pause.starts_on), end=_fmt(pause.ends_on)),
                    field="starts_on",
                )
        pause = m.OfferPause(starts_on=starts_on, ends_on=ends_on, reason=text)
        offer.pauses.append(pause)
        session.flush()
        uow.audit(
            AuditAction.UPDATE,
            "availability_offers",
            _("pauze {start} t/m {end}").format(start=_fmt(starts_on), end=_fmt(ends_on)),
            entity_id=offer.id,
        )
        return pause.id


def remove_offer_pause(db: Database, pause_id: int, *, actor: Actor) -> None:
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_offer()) as uow:
        session = uow.session
        pause = session.get(m.OfferPause, pause_id)
        if pause is None:
            raise NotFoundError(_("Deze pauze bestaat niet (meer). Vernieuw het scherm."))
        offer_id = pause.offer_id
        session.delete(pause)
        uow.audit(
            AuditAction.UPDATE, "availability_offers", _("pauze verwijderd"), entity_id=offer_id
        )
