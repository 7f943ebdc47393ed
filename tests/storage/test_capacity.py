"""Active placements use up an offer's places and the parts of the week they take."""

from __future__ import annotations

from datetime import date

from utregs_plekkie.core.capacity import OfferUse
from utregs_plekkie.core.enums import CareForm, DayPart, PlacementStatus
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import open_database

SAT = Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
WED = Schedule.from_cells([(2, DayPart.MIDDAG)])


def test_free_places_and_schedule_never_negative() -> None:
    use = OfferUse(1, capacity=1, schedule=SAT.union(WED))
    full = use.with_placement(1, SAT).with_placement(1, WED)
    assert full.free_places == 0 and full.free_schedule.is_empty
    assert use.with_placement(1, SAT).free_schedule == WED


def test_offer_usage_counts_only_active_placements(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.transaction() as s:
            family = m.Household(name="Familie Ruël")
            offer = m.AvailabilityOffer(
                care_form=CareForm.STEUNOUDER, capacity=2, schedule=SAT.union(WED)
            )
            family.offers = [offer]
            kids = [
                m.Child(code=f"K-{i}", birth_month=date(2016, 3, 1), care_form=CareForm.STEUNOUDER)
                for i in range(3)
            ]
            s.add_all([family, *kids])
            s.flush()
            s.add_all(
                [
                    m.Placement(
                        child_id=kids[0].id,
                        household_id=family.id,
                        offer_id=offer.id,
                        care_form=CareForm.STEUNOUDER,
                        schedule=SAT,
                        starts_on=date(2026, 1, 1),
                    ),
                    m.Placement(
                        child_id=kids[1].id,
                        household_id=family.id,
                        offer_id=offer.id,
                        care_form=CareForm.STEUNOUDER,
                        schedule=WED,
                        starts_on=date(2026, 1, 1),
                        ends_on=date(2026, 6, 30),
                    ),
                    m.Placement(
                        child_id=kids[2].id,
                        household_id=family.id,
                        offer_id=offer.id,
                        care_form=CareForm.STEUNOUDER,
                        schedule=WED,
                        starts_on=date(2026, 1, 1),
                        status=PlacementStatus.BEEINDIGD,
                    ),
                ]
            )
            offer_id = offer.id
        with db.session() as s:
            in_spring = offer_usage(s, [offer_id], on=date(2026, 3, 1))[offer_id]
            in_autumn = offer_usage(s, on=date(2026, 10, 1))[offer_id]
        assert (in_spring.used_places, in_spring.free_places) == (2, 0)
        assert in_spring.free_schedule.is_empty
        assert (in_autumn.used_places, in_autumn.free_places) == (1, 1)
        assert in_autumn.free_schedule == WED
    finally:
        db.dispose()
