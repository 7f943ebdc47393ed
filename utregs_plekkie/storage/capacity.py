"""Offer usage from the database: active placements per availability offer."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.capacity import OfferUse, placement_is_active
from utregs_plekkie.core.enums import PlacementStatus
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m


def offer_usage(
    session: Session, offer_ids: Iterable[int] | None = None, on: date | None = None
) -> dict[int, OfferUse]:
    """Capacity and use of the given offers (all offers when ``offer_ids`` is None).

    Counted are placements with status ``actief`` whose period includes ``on``
    (default: today). Two queries in all, whatever the number of offers.
    """
    day = on or clock.today()
    offers = select(
        m.AvailabilityOffer.id, m.AvailabilityOffer.capacity, m.AvailabilityOffer.schedule
    )
    placements = select(
        m.Placement.offer_id, m.Placement.schedule, m.Placement.starts_on, m.Placement.ends_on
    ).where(m.Placement.status == PlacementStatus.ACTIEF, m.Placement.offer_id.is_not(None))
    if offer_ids is not None:
        ids = list(offer_ids)
        offers = offers.where(m.AvailabilityOffer.id.in_(ids))
        placements = placements.where(m.Placement.offer_id.in_(ids))
    usage: dict[int, OfferUse] = {
        offer_id: OfferUse(offer_id=offer_id, capacity=capacity, schedule=schedule)
        for offer_id, capacity, schedule in session.execute(offers)
    }
    for offer_id, schedule, starts_on, ends_on in session.execute(placements):
        if offer_id in usage and placement_is_active(starts_on, ends_on, day):
            usage[offer_id] = usage[offer_id].with_placement(1, schedule or Schedule.empty())
    return usage
