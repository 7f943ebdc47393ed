"""Working days: weekends and Dutch public holidays (Easter-based ones computed) skipped."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utregs_plekkie.core.workdays import (
    HolidayRules,
    add_working_days,
    dutch_public_holidays,
    easter_sunday,
    holiday_name,
    is_working_day,
    next_working_day,
    previous_working_day,
    working_days_between,
)


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2038, date(2038, 4, 25)),  # the latest possible date
        (2285, date(2285, 3, 22)),  # the earliest possible date
        (2000, date(2000, 4, 23)),
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter
    assert easter.weekday() == 6


def test_easter_before_the_gregorian_calendar_is_refused() -> None:
    with pytest.raises(ValueError):
        easter_sunday(1500)


def test_holidays_of_2027() -> None:
    holidays = dutch_public_holidays(2027)
    assert holidays == {
        date(2027, 1, 1): "Nieuwjaarsdag",
        date(2027, 3, 28): "Eerste Paasdag",
        date(2027, 3, 29): "Tweede Paasdag",
        date(2027, 4, 27): "Koningsdag",
        date(2027, 5, 5): "Bevrijdingsdag",
        date(2027, 5, 6): "Hemelvaartsdag",
        date(2027, 5, 16): "Eerste Pinksterdag",
        date(2027, 5, 17): "Tweede Pinksterdag",
        date(2027, 12, 25): "Eerste Kerstdag",
        date(2027, 12, 26): "Tweede Kerstdag",
    }
    assert list(holidays) == sorted(holidays)


def test_kings_day_on_a_sunday_moves_to_saturday() -> None:
    # 27 April 2025 was a Sunday: Koningsdag was on Saturday the 26th.
    assert holiday_name(date(2025, 4, 26)) == "Koningsdag"
    assert holiday_name(date(2025, 4, 27)) is None
    # Before 2014 it was Koninginnedag on 30 April (29 April when that was a Sunday).
    assert holiday_name(date(2013, 4, 30)) == "Koninginnedag"
    assert holiday_name(date(2006, 4, 29)) == "Koninginnedag"


def test_two_holidays_on_one_day_keep_both_names() -> None:
    # 5 May 2016 was both Bevrijdingsdag and Hemelvaartsdag.
    assert holiday_name(date(2016, 5, 5)) == "Bevrijdingsdag, Hemelvaartsdag"


def test_good_friday_and_liberation_day_follow_the_rules() -> None:
    good_friday = date(2027, 3, 26)
    assert is_working_day(good_friday)
    with_good_friday = HolidayRules(good_friday=True)
    assert not is_working_day(good_friday, with_good_friday)
    assert holiday_name(good_friday, with_good_friday) == "Goede Vrijdag"
    lustrum_only = HolidayRules(liberation_day_every_year=False)
    assert is_working_day(date(2027, 5, 5), lustrum_only)  # a Wednesday
    assert not is_working_day(date(2025, 5, 5), lustrum_only)  # a Monday in a lustrum year


def test_extra_closed_days_of_the_organisation() -> None:
    rules = HolidayRules().with_extra_days([(date(2027, 12, 27), "teamdag")])
    assert not is_working_day(date(2027, 12, 27), rules)
    assert holiday_name(date(2027, 12, 27), rules) == "teamdag"
    assert is_working_day(date(2027, 12, 27))


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert is_working_day(date(2027, 3, 25))  # Thursday
    assert not is_working_day(date(2027, 3, 27))  # Saturday
    assert not is_working_day(date(2027, 3, 28))  # Easter Sunday
    assert not is_working_day(date(2027, 3, 29))  # Easter Monday
    assert not is_working_day(date(2027, 5, 6))  # Ascension Day
    assert next_working_day(date(2027, 3, 27)) == date(2027, 3, 30)
    assert previous_working_day(date(2027, 3, 29)) == date(2027, 3, 26)
    assert next_working_day(date(2027, 3, 30)) == date(2027, 3, 30)


def test_add_working_days_skips_the_easter_weekend() -> None:
    # Thursday before Easter 2027 + 1 working day = Friday; + 2 = Tuesday after Easter.
    assert add_working_days(date(2027, 3, 25), 1) == date(2027, 3, 26)
    assert add_working_days(date(2027, 3, 25), 2) == date(2027, 3, 30)
    # "First visit within 5 working days" from Friday 26 March 2027: Easter Monday
    # does not count.
    assert add_working_days(date(2027, 3, 26), 5) == date(2027, 4, 5)
    assert add_working_days(date(2027, 3, 30), -2) == date(2027, 3, 25)
    # Zero days: the day itself when it is a working day, else the next one.
    assert add_working_days(date(2027, 3, 28), 0) == date(2027, 3, 30)
    assert add_working_days(date(2027, 3, 25), 0) == date(2027, 3, 25)


def test_working_days_between() -> None:
    assert working_days_between(date(2027, 3, 25), date(2027, 3, 30)) == 2
    assert working_days_between(date(2027, 3, 30), date(2027, 3, 25)) == -2
    assert working_days_between(date(2027, 1, 1), date(2027, 1, 1)) == 0
    # A whole year: 261 weekdays in 2027, minus the holidays on weekdays (Easter Monday,
    # Kings Day, Liberation Day, Ascension, Whit Monday; 1 Jan is a Friday too).
    assert working_days_between(date(2026, 12, 31), date(2027, 12, 31)) == 261 - 6


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    n=st.integers(min_value=-300, max_value=300),
)
def test_adding_and_counting_agree(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert is_working_day(end)
    if n > 0:
        assert end > start
    if n != 0:
        assert working_days_between(start, end) == n
