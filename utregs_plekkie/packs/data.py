"""What the packs and labels of chosen requests or a household need, from the database.

The rows of ``storage.packs_data`` become the plain dataclasses the packs render
from (``InfoPackData``, ``IntakePackData``, ``Label``): no database needed after this,
so they can go to worker processes. A request or household that cannot get a pack
(gone, merged, anonymised, consent withdrawn) is refused with a Dutch sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareFamily, EventKind
from utregs_plekkie.core.i18n import _
from utregs_plekkie.packs.content import CAMPAIGN, Address, EventInfo, organisation_for
from utregs_plekkie.packs.info_pack import InfoPackData, NearbyNeed
from utregs_plekkie.packs.intake_pack import AdultInfo, IntakePackData, OfferInfo, ScreeningInfo
from utregs_plekkie.packs.labels import Label
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.packs_data import (
    WIJK_NAMES,
    UpcomingEvent,
    household_interests,
    load_household,
    load_interests,
    load_requests,
    nearby_need_counts,
    unique_ids,
    upcoming_events,
)

__all__ = ["info_pack_data", "intake_pack_data", "labels_for_requests"]


def _events_for(
    events: Sequence[UpcomingEvent], organisation: str, limit: int
) -> tuple[EventInfo, ...]:
    """The sender's own events and the shared ones (no provider); all for the campaign."""
    chosen = [
        EventInfo(
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            name=event.name,
            location=event.location,
        )
        for event in events
        if organisation == CAMPAIGN
        or event.provider is None
        or event.provider.value == organisation
    ]
    return tuple(chosen[:limit])


def info_pack_data(
    db: Database,
    request_ids: Sequence[int],
    *,
    on: date | None = None,
    max_events: int = 3,
) -> list[InfoPackData]:
    """What the information packs of ``request_ids`` need, in the order given.

    Raises a :class:`UserError` naming the request when one does not exist, was merged
    into another, was anonymised, or withdrew consent to be contacted.
    """
    ids = unique_ids(request_ids)
    letter_date = on or clock.today()
    with db.session() as session:
        rows = load_requests(session, ids)
        interests = load_interests(session, ids)
        nearby = nearby_need_counts(session)
        events = upcoming_events(session, EventKind.INFORMATIEAVOND, since=clock.now())
    packs: list[InfoPackData] = []
    for request_id in ids:
        row = rows[request_id]
        wijk_code = row.wijk_code if row.wijk_code in WIJK_NAMES else None
        area = wijk_code or ""
        organisation = organisation_for(row.provider)
        packs.append(
            InfoPackData(
                request_id=request_id,
                first_name=row.first_name or "",
                name_prefix=row.name_prefix or "",
                last_name=row.last_name or "",
                address=Address(
                    name="",
                    street=row.street or "",
                    house_number=row.house_number,
                    house_number_suffix=row.house_number_suffix or "",
                    postcode=row.postcode,
                    city=row.city or "",
                ),
                wijk=WIJK_NAMES.get(wijk_code) if wijk_code else None,
                interests=interests.get(request_id, ()),
                organisation=organisation,
                events=_events_for(events, organisation, max_events),
                nearby=tuple(
                    NearbyNeed(family, nearby.get((area, family), 0)) for family in CareFamily
                ),
                letter_date=letter_date,
            )
        )
    return packs


def labels_for_requests(db: Database, request_ids: Sequence[int]) -> list[Label]:
    """Address labels for the requests, in the order given (same checks as the packs)."""
    ids = unique_ids(request_ids)
    with db.session() as session:
        rows = load_requests(session, ids)
    labels: list[Label] = []
    for request_id in ids:
        row = rows[request_id]
        name = " ".join(p for p in (row.first_name, row.name_prefix, row.last_name) if p)
        labels.append(
            Label(
                subject=_("Aanvraag {id} ({name})").format(
                    id=request_id, name=name or _("zonder naam")
                ),
                address=Address(
                    name=name,
                    street=row.street or "",
                    house_number=row.house_number,
                    house_number_suffix=row.house_number_suffix or "",
                    postcode=row.postcode,
                    city=row.city or "",
                ),
            )
        )
    return labels


def intake_pack_data(
    db: Database, household_id: int, *, on: date | None = None, max_trainings: int = 3
) -> IntakePackData:
    """What the intake pack of one household needs."""
    with db.session() as session:
        household = load_household(session, household_id)
        interests = household_interests(session, household_id)
        organisation = organisation_for(household.provider)
        trainings = upcoming_events(session, EventKind.TRAINING, since=clock.now())
        adults = tuple(
            AdultInfo(
                first_name=adult.first_name,
                name_prefix=adult.name_prefix,
                last_name=adult.last_name,
                birth_date=adult.birth_date,
                email=adult.email,
                phone=adult.phone,
                screenings=tuple(
                    ScreeningInfo(check.kind, check.requested_on, check.issued_on)
                    for check in adult.checks
                ),
            )
            for adult in household.adults
        )
        offers = tuple(
            OfferInfo(
                care_form=offer.care_form,
                schedule=offer.schedule,
                weekend_pattern=offer.weekend_pattern,
                holidays=offer.holidays,
                capacity=offer.capacity,
                age_min=offer.age_min,
                age_max=offer.age_max,
                paused=offer.paused,
            )
            for offer in household.offers
        )
        return IntakePackData(
            household_id=household.id,
            household_name=household.name,
            route=household.route,
            stage=household.stage,
            address=Address(
                name=household.name,
                street=household.street,
                house_number=household.house_number,
                house_number_suffix=household.house_number_suffix,
                postcode=household.postcode,
                city=household.city,
            ),
            email=household.email,
            phone=household.phone,
            adults=adults,
            children=tuple((c.birth_year, c.living_at_home) for c in household.own_children),
            interests=interests,
            offers=offers,
            documents_received=tuple(household.documents_received or ()),
            organisation=organisation,
            trainings=_events_for(trainings, organisation, max_trainings),
            letter_date=on or clock.today(),
        )
