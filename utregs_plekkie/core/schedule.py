"""A weekly availability grid: 7 days (maandag..zondag) x 4 day parts.

A family's offer and a child's need are both a :class:`Schedule`; matching asks
whether the offer *covers* the need. The grid is stored as a 28-bit integer: bit
``day * 4 + part`` is set when that cell is available, with days counted from
Monday (0) to Sunday (6) and parts in the order of :class:`DayPart` (ochtend,
middag, avond, nacht).

Also here: :func:`weekend_pattern_fits`, the one place that orders
:class:`WeekendPattern` from "no weekends" to "every weekend".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import overload

from utregs_plekkie.core.enums import DayPart, WeekendPattern, label
from utregs_plekkie.core.i18n import _

__all__ = [
    "DAYS",
    "DAY_NAMES",
    "DAY_NAMES_SHORT",
    "FULL_MASK",
    "PARTS",
    "PARTS_PER_DAY",
    "WEEKEND_MASK",
    "WEEKEND_PATTERN_ORDER",
    "Schedule",
    "day_name",
    "day_name_short",
    "weekend_pattern_fits",
    "weekends_per_four_weeks",
]

DAYS = 7
PARTS: tuple[DayPart, ...] = tuple(DayPart)
PARTS_PER_DAY = len(PARTS)
FULL_MASK = (1 << (DAYS * PARTS_PER_DAY)) - 1
_DAY_MASK = (1 << PARTS_PER_DAY) - 1
_PART_INDEX: dict[DayPart, int] = {part: index for index, part in enumerate(PARTS)}

# The Dutch source words; translated when used (the translator is installed after
# import, so the tuples below hold the source language unless it was installed first).
_DAY_SHORT_SOURCE = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DAY_SOURCE = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAY_NAMES_SHORT: tuple[str, ...] = (_("ma"), _("di"), _("wo"), _("do"), _("vr"), _("za"), _("zo"))
DAY_NAMES: tuple[str, ...] = (
    _("maandag"),
    _("dinsdag"),
    _("woensdag"),
    _("donderdag"),
    _("vrijdag"),
    _("zaterdag"),
    _("zondag"),
)


def _bit(day: int, part: DayPart) -> int:
    return 1 << (day * PARTS_PER_DAY + _PART_INDEX[part])


# Friday evening and night, all of Saturday and Sunday.
WEEKEND_MASK = (
    _bit(4, DayPart.AVOND)
    | _bit(4, DayPart.NACHT)
    | (_DAY_MASK << (5 * PARTS_PER_DAY))
    | (_DAY_MASK << (6 * PARTS_PER_DAY))
)


def _check_day(day: int) -> int:
    if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day < DAYS:
        raise ValueError(f"day must be an int from 0 (Monday) to 6 (Sunday), not {day!r}")
    return day


def _check_part(part: DayPart | str) -> DayPart:
    try:
        return DayPart(part)
    except ValueError:
        raise ValueError(f"not a day part: {part!r}") from None


def day_name(day: int) -> str:
    """The full name of a day, 0 = maandag, in the user's language."""
    return _(_DAY_SOURCE[_check_day(day)])


def day_name_short(day: int) -> str:
    """The two-letter name of a day, 0 = ma, in the user's language."""
    return _(_DAY_SHORT_SOURCE[_check_day(day)])


class _WeekendAccessor:
    """``Schedule.weekend()`` is the weekend grid itself; ``schedule.weekend()`` is
    the part of ``schedule`` that falls in the weekend. (The two agree: the weekend
    part of the full week is the weekend grid.)"""

    @overload
    def __get__(self, instance: None, owner: type[Schedule]) -> Callable[[], Schedule]: ...

    @overload
    def __get__(self, instance: Schedule, owner: type[Schedule]) -> Callable[[], Schedule]: ...

    def __get__(self, instance: Schedule | None, owner: type[Schedule]) -> Callable[[], Schedule]:
        if instance is None:
            return lambda: owner(WEEKEND_MASK)
        mask = instance.mask & WEEKEND_MASK
        return lambda: owner(mask)


@dataclass(frozen=True, slots=True)
class Schedule:
    """An immutable set of (day, day part) cells, stored as a 28-bit mask."""

    mask: int

    def __post_init__(self) -> None:
        if isinstance(self.mask, bool) or not isinstance(self.mask, int):
            raise ValueError(f"a schedule mask is an int, not {self.mask!r}")
        if not 0 <= self.mask <= FULL_MASK:
            raise ValueError(f"a schedule mask lies between 0 and {FULL_MASK}, not {self.mask}")

    # -- construction --------------------------------------------------------------

    @classmethod
    def empty(cls) -> Schedule:
        return cls(0)

    @classmethod
    def full(cls) -> Schedule:
        return cls(FULL_MASK)

    @classmethod
    def from_cells(cls, cells: Iterable[tuple[int, DayPart | str]]) -> Schedule:
        mask = 0
        for day, part in cells:
            mask |= _bit(_check_day(day), _check_part(part))
        return cls(mask)

    @classmethod
    def from_int(cls, value: int) -> Schedule:
        """The schedule stored as ``value``; ``ValueError`` unless 0 <= value < 2**28."""
        return cls(value)

    def to_int(self) -> int:
        return self.mask

    weekend = _WeekendAccessor()

    # -- questions -----------------------------------------------------------------

    def cells(self) -> list[tuple[int, DayPart]]:
        """The available cells, Monday morning first."""
        return [(day, part) for day in range(DAYS) for part in PARTS if self.mask & _bit(day, part)]

    def has(self, day: int, part: DayPart | str) -> bool:
        return bool(self.mask & _bit(_check_day(day), _check_part(part)))

    def parts_on(self, day: int) -> tuple[DayPart, ...]:
        """The day parts available on ``day``."""
        return tuple(part for part in PARTS if self.has(day, part))

    def covers(self, other: Schedule) -> bool:
        """Whether every cell of ``other`` is also in this schedule."""
        return other.mask & ~self.mask == 0

    def overlaps(self, other: Schedule) -> bool:
        """Whether the two schedules share at least one cell."""
        return self.mask & other.mask != 0

    @property
    def is_empty(self) -> bool:
        return self.mask == 0

    @property
    def count(self) -> int:
        """The number of available cells (0..28)."""
        return self.mask.bit_count()

    # -- new schedules -------------------------------------------------------------

    def with_cell(self, day: int, part: DayPart | str, on: bool = True) -> Schedule:
        bit = _bit(_check_day(day), _check_part(part))
        return Schedule(self.mask | bit if on else self.mask & ~bit)

    def union(self, other: Schedule) -> Schedule:
        return Schedule(self.mask | other.mask)

    def intersection(self, other: Schedule) -> Schedule:
        return Schedule(self.mask & other.mask)

    def minus(self, other: Schedule) -> Schedule:
        """The cells of this schedule that are not in ``other``."""
        return Schedule(self.mask & ~other.mask)

    # -- text ----------------------------------------------------------------------

    def describe(self) -> str:
        """A short Dutch description, e.g. ``"za middag, zo ochtend en middag"``,
        ``"ma t/m vr avond"``, ``"hele week"`` or ``"geen"``."""
        if self.mask == 0:
            return _("geen")
        if self.mask == FULL_MASK:
            return _("hele week")
        groups: list[str] = []
        day = 0
        while day < DAYS:
            day_bits = self._day_bits(day)
            if day_bits == 0:
                day += 1
                continue
            last = day
            while last + 1 < DAYS and self._day_bits(last + 1) == day_bits:
                last += 1
            groups.append(f"{_describe_days(day, last)} {_describe_parts(day_bits)}")
            day = last + 1
        return ", ".join(groups)

    def _day_bits(self, day: int) -> int:
        return (self.mask >> (day * PARTS_PER_DAY)) & _DAY_MASK

    def __repr__(self) -> str:
        return f"Schedule({self.mask:#09x}: {self.describe()})"


def _describe_days(first: int, last: int) -> str:
    if first == last:
        return day_name_short(first)
    if last == first + 1:
        return _("{first} en {last}").format(first=day_name_short(first), last=day_name_short(last))
    return _("{first} t/m {last}").format(first=day_name_short(first), last=day_name_short(last))


def _describe_parts(day_bits: int) -> str:
    """The parts of one day without commas, so that groups of days can be listed
    with commas: "ochtend", "ochtend en nacht", "ochtend t/m avond",
    "hele dag behalve middag", "hele dag"."""
    if day_bits == _DAY_MASK:
        return _("hele dag")
    indices = [index for index in range(PARTS_PER_DAY) if day_bits & (1 << index)]
    names = [label(PARTS[index]) for index in indices]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return _("{first} en {last}").format(first=names[0], last=names[1])
    if indices[-1] - indices[0] == len(indices) - 1:
        return _("{first} t/m {last}").format(first=names[0], last=names[-1])
    missing = next(part for index, part in enumerate(PARTS) if not day_bits & (1 << index))
    return _("hele dag behalve {part}").format(part=label(missing))


# ------------------------------------------------------------------- weekend patterns

# The single ordering of weekend patterns: how many weekends in four weeks each one
# means. An offer fits a need when it gives at least as many weekends.
_WEEKENDS_PER_FOUR_WEEKS: dict[WeekendPattern, int] = {
    WeekendPattern.GEEN: 0,
    WeekendPattern.EENS_PER_MAAND: 1,
    WeekendPattern.OM_DE_WEEK: 2,
    WeekendPattern.ELK: 4,
}

WEEKEND_PATTERN_ORDER: tuple[WeekendPattern, ...] = tuple(
    sorted(_WEEKENDS_PER_FOUR_WEEKS, key=_WEEKENDS_PER_FOUR_WEEKS.__getitem__)
)


def weekends_per_four_weeks(pattern: WeekendPattern | str) -> int:
    """How many weekends in four weeks ``pattern`` stands for (0, 1, 2 or 4)."""
    return _WEEKENDS_PER_FOUR_WEEKS[WeekendPattern(pattern)]


def weekend_pattern_fits(offered: WeekendPattern | str, needed: WeekendPattern | str) -> bool:
    """Whether a family offering ``offered`` weekends can serve a child needing
    ``needed``: every weekend serves every other weekend and once a month, every
    other weekend serves once a month, a need of no weekends is always served, and
    an offer of no weekends serves only that."""
    return weekends_per_four_weeks(offered) >= weekends_per_four_weeks(needed)
