"""Read side: a family's offers with what active placements leave of places and
schedule on one day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    select,
)
from sqlalchemy.orm import selectinload

from utregs_plekkie.core import clock
from utregs_plekkie.core.capacity import OfferUse
from utregs_plekkie.core.enums import (
    CareFamily,
    CareForm,
    WeekendPattern,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _fmt,
)
from utregs_plekkie.storage.households.offers import OfferData


@dataclass(frozen=True)
class PauseInfo:
    pause_id: int
    starts_on: date
    ends_on: date
    reason: str


@dataclass(frozen=True)
class OfferOverview:
    """One offer with what its active placements leave of it, on one day."""

    offer_id: int
    version: int
    care_form: CareForm
    schedule: Schedule
    weekend_pattern: WeekendPattern
    holidays: bool
    capacity: int
    age_min: int
    age_max: int
    siblings_accepted: bool
    needs_ok: tuple[str, ...]
    max_distance_km: float | None
    valid_from: date | None
    valid_to: date | None
    paused: bool
    notes: str
    pauses: tuple[PauseInfo, ...]
    used_places: int
    free_places: int
    used_schedule: Schedule
    free_schedule: Schedule
    #: Not paused, inside its validity, not in a pause period (on the day asked).
    available: bool
    #: One Dutch line for the detail view.
    summary: str

    @property
    def data(self) -> OfferData:
        """The form values, to edit and save with :func:`update_offer`."""
        return OfferData(
            care_form=self.care_form,
            schedule=self.schedule,
            weekend_pattern=self.weekend_pattern,
            holidays=self.holidays,
            capacity=self.capacity,
            age_min=self.age_min,
            age_max=self.age_max,
            siblings_accepted=self.siblings_accepted,
            needs_ok=list(self.needs_ok),
            max_distance_km=self.max_distance_km,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            paused=self.paused,
            notes=self.notes,
        )


def _offer_summary(
    offer: m.AvailabilityOffer, use: OfferUse, pauses: Sequence[PauseInfo], on: date
) -> tuple[bool, str]:
    current = next((p for p in pauses if p.starts_on <= on <= p.ends_on), None)
    if offer.paused:
        return False, _("Gepauzeerd.")
    if current is not None:
        why = f" ({current.reason})" if current.reason else ""
        return False, _("Gepauzeerd tot en met {end}{why}.").format(
            end=_fmt(current.ends_on), why=why
        )
    if offer.valid_from is not None and on < offer.valid_from:
        return False, _("Beschikbaar vanaf {start}.").format(start=_fmt(offer.valid_from))
    if offer.valid_to is not None and on > offer.valid_to:
        return False, _("Niet meer beschikbaar sinds {end}.").format(
            end=_fmt(offer.valid_to + timedelta(days=1))
        )
    places = _("{free} van {total} plaatsen vrij").format(free=use.free_places, total=use.capacity)
    if offer.care_form.family == CareFamily.VOLTIJD or use.schedule.is_empty:
        return use.free_places > 0, places + "."
    return use.free_places > 0, _("{places}; vrij in het rooster: {free}.").format(
        places=places, free=use.free_schedule.describe()
    )


def offer_overview(db: Database, household_id: int, on: date | None = None) -> list[OfferOverview]:
    """The family's offers with what is left of places and schedule on ``on``."""
    day = on or clock.today()
    with db.session() as session:
        offers = session.scalars(
            select(m.AvailabilityOffer)
            .where(m.AvailabilityOffer.household_id == household_id)
            .options(selectinload(m.AvailabilityOffer.pauses))
            .order_by(m.AvailabilityOffer.id)
        ).all()
        usage = offer_usage(session, [o.id for o in offers], day)
        return [_overview(o, usage[o.id], day) for o in offers]


def _overview(offer: m.AvailabilityOffer, use: OfferUse, day: date) -> OfferOverview:
    pauses = tuple(PauseInfo(p.id, p.starts_on, p.ends_on, p.reason) for p in offer.pauses)
    available, summary = _offer_summary(offer, use, pauses, day)
    return OfferOverview(
        offer_id=offer.id,
        version=offer.version,
        care_form=offer.care_form,
        schedule=offer.schedule,
        weekend_pattern=offer.weekend_pattern,
        holidays=offer.holidays,
        capacity=offer.capacity,
        age_min=offer.age_min,
        age_max=offer.age_max,
        siblings_accepted=offer.siblings_accepted,
        needs_ok=tuple(offer.needs_ok or ()),
        max_distance_km=offer.max_distance_km,
        valid_from=offer.valid_from,
        valid_to=offer.valid_to,
        paused=offer.paused,
        notes=offer.notes,
        pauses=pauses,
        used_places=use.used_places,
        free_places=use.free_places,
        used_schedule=use.used_schedule,
        free_schedule=use.free_schedule,
        available=available,
        summary=summary,
    )
