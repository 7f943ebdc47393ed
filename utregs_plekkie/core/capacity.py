"""What an availability offer has left once its active placements are counted.

Full-time care uses places (a bed); part-time and support care also use the parts of
the week they take. A sibling group uses as many places as it has children.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from utregs_plekkie.core.schedule import Schedule


@dataclass(frozen=True)
class OfferUse:
    """An offer's capacity and what its active placements take of it."""

    offer_id: int
    capacity: int
    schedule: Schedule
    used_places: int = 0
    used_schedule: Schedule = field(default_factory=Schedule.empty)

    @property
    def free_places(self) -> int:
        return max(0, self.capacity - self.used_places)

    @property
    def free_schedule(self) -> Schedule:
        return self.schedule.minus(self.used_schedule)

    def with_placement(self, places: int, schedule: Schedule) -> OfferUse:
        return OfferUse(
            offer_id=self.offer_id,
            capacity=self.capacity,
            schedule=self.schedule,
            used_places=self.used_places + places,
            used_schedule=self.used_schedule.union(schedule),
        )


def placement_is_active(starts_on: date, ends_on: date | None, on: date) -> bool:
    """A placement takes capacity from its start until (and including) its end date."""
    return starts_on <= on and (ends_on is None or on <= ends_on)
