"""The weekly availability grid and weekend patterns."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utregs_plekkie.core import i18n
from utregs_plekkie.core.enums import DayPart, WeekendPattern
from utregs_plekkie.core.schedule import (
    DAY_NAMES,
    DAY_NAMES_SHORT,
    FULL_MASK,
    WEEKEND_MASK,
    WEEKEND_PATTERN_ORDER,
    Schedule,
    day_name,
    day_name_short,
    weekend_pattern_fits,
    weekends_per_four_weeks,
)

MA, DI, WO, DO, VR, ZA, ZO = range(7)
OCH, MID, AVO, NAC = DayPart.OCHTEND, DayPart.MIDDAG, DayPart.AVOND, DayPart.NACHT

masks = st.integers(min_value=0, max_value=FULL_MASK)
schedules = st.builds(Schedule, masks)
cells = st.tuples(st.integers(min_value=0, max_value=6), st.sampled_from(list(DayPart)))


# ---------------------------------------------------------------------- construction


def test_grid_is_28_cells() -> None:
    assert FULL_MASK == 2**28 - 1
    assert Schedule.full().count == 28
    assert Schedule.empty().count == 0


def test_empty_and_full() -> None:
    assert Schedule.empty().is_empty
    assert not Schedule.full().is_empty
    assert Schedule.empty().cells() == []
    assert len(Schedule.full().cells()) == 28
    assert Schedule.full().cells()[0] == (MA, OCH)
    assert Schedule.full().cells()[-1] == (ZO, NAC)


def test_from_cells_and_has() -> None:
    schedule = Schedule.from_cells([(ZA, MID), (ZO, OCH), (ZO, MID)])
    assert schedule.has(ZA, MID)
    assert schedule.has(ZO, OCH)
    assert not schedule.has(ZA, OCH)
    assert not schedule.has(MA, MID)
    assert schedule.count == 3
    assert schedule.cells() == [(ZA, MID), (ZO, OCH), (ZO, MID)]


def test_from_cells_accepts_day_part_values_and_duplicates() -> None:
    schedule = Schedule.from_cells([(MA, "ochtend"), (MA, OCH)])
    assert schedule.cells() == [(MA, OCH)]
    assert schedule.has(MA, "ochtend")


def test_bit_layout_is_stable_for_storage() -> None:
    # Stored in databases: Monday morning is bit 0, Monday afternoon bit 1, Sunday
    # night bit 27.
    assert Schedule.from_cells([(MA, OCH)]).to_int() == 1
    assert Schedule.from_cells([(MA, MID)]).to_int() == 2
    assert Schedule.from_cells([(DI, OCH)]).to_int() == 1 << 4
    assert Schedule.from_cells([(ZO, NAC)]).to_int() == 1 << 27


@pytest.mark.parametrize("day", [-1, 7, 100])
def test_day_out_of_range_is_rejected(day: int) -> None:
    with pytest.raises(ValueError):
        Schedule.from_cells([(day, OCH)])
    with pytest.raises(ValueError):
        Schedule.empty().has(day, OCH)
    with pytest.raises(ValueError):
        Schedule.empty().with_cell(day, OCH)


def test_unknown_day_part_is_rejected() -> None:
    with pytest.raises(ValueError):
        Schedule.from_cells([(MA, "lunch")])
    with pytest.raises(ValueError):
        Schedule.empty().has(MA, "lunch")


def test_with_cell_turns_cells_on_and_off() -> None:
    on = Schedule.empty().with_cell(WO, MID)
    assert on.cells() == [(WO, MID)]
    assert on.with_cell(WO, MID) == on
    assert on.with_cell(WO, MID, on=False) == Schedule.empty()
    assert Schedule.empty().with_cell(WO, MID, on=False) == Schedule.empty()


def test_schedule_is_immutable_and_hashable() -> None:
    schedule = Schedule.from_cells([(MA, OCH)])
    with pytest.raises(dataclasses.FrozenInstanceError):
        schedule.mask = 3  # type: ignore[misc]
    assert schedule == Schedule(1)
    assert len({schedule, Schedule(1), Schedule(2)}) == 2


@pytest.mark.parametrize("mask", [-1, FULL_MASK + 1, 2**40])
def test_from_int_rejects_out_of_range_masks(mask: int) -> None:
    with pytest.raises(ValueError):
        Schedule.from_int(mask)
    with pytest.raises(ValueError):
        Schedule(mask)


@pytest.mark.parametrize("mask", [True, 1.0, "1", None])
def test_from_int_rejects_non_integers(mask: object) -> None:
    with pytest.raises(ValueError):
        Schedule.from_int(mask)  # type: ignore[arg-type]


def test_from_int_accepts_the_whole_range() -> None:
    assert Schedule.from_int(0) == Schedule.empty()
    assert Schedule.from_int(FULL_MASK) == Schedule.full()


# --------------------------------------------------------------------------- algebra


def test_covers_overlaps_minus_union() -> None:
    offer = Schedule.from_cells([(ZA, OCH), (ZA, MID), (ZO, MID)])
    need = Schedule.from_cells([(ZA, MID)])
    other = Schedule.from_cells([(MA, AVO)])
    assert offer.covers(need)
    assert not need.covers(offer)
    assert offer.overlaps(need)
    assert not offer.overlaps(other)
    assert offer.minus(need) == Schedule.from_cells([(ZA, OCH), (ZO, MID)])
    assert offer.union(other).count == 4
    assert offer.intersection(need) == need


def test_everything_covers_empty_and_full_covers_everything() -> None:
    some = Schedule.from_cells([(DI, NAC)])
    assert some.covers(Schedule.empty())
    assert Schedule.empty().covers(Schedule.empty())
    assert Schedule.full().covers(some)
    assert not Schedule.empty().overlaps(Schedule.empty())


def test_weekend_grid() -> None:
    weekend = Schedule.weekend()
    assert weekend.to_int() == WEEKEND_MASK
    assert weekend.count == 10
    assert weekend.has(VR, AVO)
    assert weekend.has(VR, NAC)
    assert not weekend.has(VR, MID)
    assert not weekend.has(VR, OCH)
    assert all(weekend.has(ZA, part) for part in DayPart)
    assert all(weekend.has(ZO, part) for part in DayPart)
    assert not any(weekend.has(day, part) for day in range(VR) for part in DayPart)


def test_weekend_of_a_schedule_is_its_weekend_part() -> None:
    schedule = Schedule.from_cells([(MA, AVO), (VR, MID), (VR, AVO), (ZO, OCH)])
    assert schedule.weekend() == Schedule.from_cells([(VR, AVO), (ZO, OCH)])
    assert Schedule.full().weekend() == Schedule.weekend()
    assert Schedule.empty().weekend() == Schedule.empty()


@given(schedules, schedules)
def test_union_and_minus_laws(a: Schedule, b: Schedule) -> None:
    union = a.union(b)
    assert union == b.union(a)
    assert union.covers(a)
    assert union.covers(b)
    assert a.minus(b).union(b) == union
    assert not a.minus(b).overlaps(b)
    assert a.covers(a.minus(b))
    assert a.minus(a).is_empty
    assert a.union(a) == a
    assert a.union(Schedule.empty()) == a
    assert a.minus(Schedule.empty()) == a
    assert a.union(Schedule.full()) == Schedule.full()


@given(schedules, schedules)
def test_covers_and_overlaps_agree_with_the_cells(a: Schedule, b: Schedule) -> None:
    cells_a, cells_b = set(a.cells()), set(b.cells())
    assert a.covers(b) == (cells_b <= cells_a)
    assert a.covers(b) == b.minus(a).is_empty
    assert a.overlaps(b) == bool(cells_a & cells_b)
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(b) == (not a.intersection(b).is_empty)
    assert set(a.union(b).cells()) == cells_a | cells_b
    assert set(a.minus(b).cells()) == cells_a - cells_b
    assert a.union(b).count == a.count + b.count - a.intersection(b).count


@given(schedules, schedules, schedules)
def test_covers_is_transitive(a: Schedule, b: Schedule, c: Schedule) -> None:
    big, middle, small = a.union(b).union(c), a.union(b), a
    assert big.covers(middle)
    assert middle.covers(small)
    assert big.covers(small)


@given(schedules)
def test_round_trips(schedule: Schedule) -> None:
    assert Schedule.from_int(schedule.to_int()) == schedule
    assert Schedule.from_cells(schedule.cells()) == schedule
    assert schedule.count == len(schedule.cells())
    assert schedule.is_empty == (schedule.count == 0)
    assert 0 <= schedule.to_int() <= FULL_MASK


@given(st.lists(cells, max_size=40))
def test_from_cells_is_the_set_of_cells(given_cells: list[tuple[int, DayPart]]) -> None:
    schedule = Schedule.from_cells(given_cells)
    assert set(schedule.cells()) == set(given_cells)
    assert all(schedule.has(day, part) for day, part in given_cells)


@given(schedules, cells)
def test_with_cell(schedule: Schedule, cell: tuple[int, DayPart]) -> None:
    day, part = cell
    assert schedule.with_cell(day, part).has(day, part)
    assert not schedule.with_cell(day, part, on=False).has(day, part)
    assert schedule.with_cell(day, part).covers(schedule)
    assert schedule.covers(schedule.with_cell(day, part, on=False))


@given(schedules)
def test_weekend_part_is_covered_by_both(schedule: Schedule) -> None:
    weekend = schedule.weekend()
    assert schedule.covers(weekend)
    assert Schedule.weekend().covers(weekend)
    assert schedule.minus(Schedule.weekend()).union(weekend) == schedule


# -------------------------------------------------------------------------- describe


@pytest.mark.parametrize(
    ("cells_", "expected"),
    [
        ([(ZA, MID), (ZO, OCH), (ZO, MID)], "za middag, zo ochtend en middag"),
        ([(MA, AVO), (DI, AVO), (WO, AVO), (DO, AVO), (VR, AVO)], "ma t/m vr avond"),
        ([(ZA, part) for part in DayPart] + [(ZO, part) for part in DayPart], "za en zo hele dag"),
        ([(VR, AVO), (VR, NAC)], "vr avond en nacht"),
        ([(WO, OCH), (WO, MID), (WO, AVO)], "wo ochtend t/m avond"),
        ([(WO, OCH), (WO, AVO), (WO, NAC)], "wo hele dag behalve middag"),
        ([(MA, OCH), (WO, OCH)], "ma ochtend, wo ochtend"),
        ([(DI, NAC)], "di nacht"),
    ],
)
def test_describe(cells_: list[tuple[int, DayPart]], expected: str) -> None:
    assert Schedule.from_cells(cells_).describe() == expected


def test_describe_full_empty_and_weekend() -> None:
    assert Schedule.full().describe() == "hele week"
    assert Schedule.empty().describe() == "geen"
    assert Schedule.weekend().describe() == "vr avond en nacht, za en zo hele dag"


def _read_description(text: str) -> Schedule:
    """Parse what ``describe`` writes back into a schedule (test helper)."""
    if text == "hele week":
        return Schedule.full()
    if text == "geen":
        return Schedule.empty()
    parts = list(DayPart)
    names = {part.value: part for part in parts}
    result = Schedule.empty()
    for group in text.split(", "):
        words = group.split()
        first = DAY_NAMES_SHORT.index(words[0])
        days = [first]
        rest = words[1:]
        if len(rest) >= 2 and rest[0] in ("en", "t/m") and rest[1] in DAY_NAMES_SHORT:
            last = DAY_NAMES_SHORT.index(rest[1])
            assert last > first
            days = [first, last] if rest[0] == "en" else list(range(first, last + 1))
            assert rest[0] == "t/m" or last == first + 1
            rest = rest[2:]
        phrase = " ".join(rest)
        if phrase == "hele dag":
            chosen = parts
        elif phrase.startswith("hele dag behalve "):
            chosen = [part for part in parts if part.value != rest[-1]]
        elif len(rest) == 3 and rest[1] == "t/m":
            chosen = parts[parts.index(names[rest[0]]) : parts.index(names[rest[2]]) + 1]
        elif len(rest) == 3 and rest[1] == "en":
            chosen = [names[rest[0]], names[rest[2]]]
        else:
            assert len(rest) == 1, group
            chosen = [names[rest[0]]]
        for day in days:
            for part in chosen:
                result = result.with_cell(day, part)
    return result


@given(schedules)
def test_describe_is_never_empty_and_says_exactly_which_cells(schedule: Schedule) -> None:
    text = schedule.describe()
    assert text
    assert text == text.strip()
    assert "  " not in text
    assert len(text.split(", ")) <= 7
    assert _read_description(text) == schedule


def test_describe_uses_the_translator() -> None:
    i18n.set_translator(lambda text: text.upper())
    try:
        assert Schedule.empty().describe() == "GEEN"
        assert Schedule.from_cells([(ZA, OCH)]).describe().startswith("ZA")
    finally:
        i18n.set_translator(None)


def test_day_names() -> None:
    assert DAY_NAMES_SHORT == ("ma", "di", "wo", "do", "vr", "za", "zo")
    assert DAY_NAMES == (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    )
    assert [day_name(day) for day in range(7)] == list(DAY_NAMES)
    assert [day_name_short(day) for day in range(7)] == list(DAY_NAMES_SHORT)
    with pytest.raises(ValueError):
        day_name(7)


def test_repr_is_readable() -> None:
    assert "za middag" in repr(Schedule.from_cells([(ZA, MID)]))


# ------------------------------------------------------------------ weekend patterns


@pytest.mark.parametrize(
    ("offered", "needed", "fits"),
    [
        (WeekendPattern.ELK, WeekendPattern.ELK, True),
        (WeekendPattern.ELK, WeekendPattern.OM_DE_WEEK, True),
        (WeekendPattern.ELK, WeekendPattern.EENS_PER_MAAND, True),
        (WeekendPattern.ELK, WeekendPattern.GEEN, True),
        (WeekendPattern.OM_DE_WEEK, WeekendPattern.ELK, False),
        (WeekendPattern.OM_DE_WEEK, WeekendPattern.OM_DE_WEEK, True),
        (WeekendPattern.OM_DE_WEEK, WeekendPattern.EENS_PER_MAAND, True),
        (WeekendPattern.OM_DE_WEEK, WeekendPattern.GEEN, True),
        (WeekendPattern.EENS_PER_MAAND, WeekendPattern.ELK, False),
        (WeekendPattern.EENS_PER_MAAND, WeekendPattern.OM_DE_WEEK, False),
        (WeekendPattern.EENS_PER_MAAND, WeekendPattern.EENS_PER_MAAND, True),
        (WeekendPattern.EENS_PER_MAAND, WeekendPattern.GEEN, True),
        (WeekendPattern.GEEN, WeekendPattern.ELK, False),
        (WeekendPattern.GEEN, WeekendPattern.OM_DE_WEEK, False),
        (WeekendPattern.GEEN, WeekendPattern.EENS_PER_MAAND, False),
        (WeekendPattern.GEEN, WeekendPattern.GEEN, True),
    ],
)
def test_weekend_pattern_fits(offered: WeekendPattern, needed: WeekendPattern, fits: bool) -> None:
    assert weekend_pattern_fits(offered, needed) is fits


def test_weekend_pattern_order_is_complete_and_increasing() -> None:
    assert set(WEEKEND_PATTERN_ORDER) == set(WeekendPattern)
    assert WEEKEND_PATTERN_ORDER[0] == WeekendPattern.GEEN
    assert WEEKEND_PATTERN_ORDER[-1] == WeekendPattern.ELK
    counts = [weekends_per_four_weeks(pattern) for pattern in WEEKEND_PATTERN_ORDER]
    assert counts == sorted(counts)
    assert len(set(counts)) == len(counts)


@given(st.sampled_from(list(WeekendPattern)), st.sampled_from(list(WeekendPattern)))
def test_weekend_pattern_fits_is_the_order(offered: WeekendPattern, needed: WeekendPattern) -> None:
    fits = weekend_pattern_fits(offered, needed)
    assert fits == (WEEKEND_PATTERN_ORDER.index(offered) >= WEEKEND_PATTERN_ORDER.index(needed))
    assert weekend_pattern_fits(offered, offered)
    assert weekend_pattern_fits(offered, WeekendPattern.GEEN)


def test_weekend_pattern_fits_accepts_stored_values() -> None:
    assert weekend_pattern_fits("elk", "om_de_week")
    assert not weekend_pattern_fits("geen", "eens_per_maand")
    with pytest.raises(ValueError):
        weekend_pattern_fits("soms", "geen")
