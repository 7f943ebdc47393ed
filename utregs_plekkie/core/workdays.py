"""Working days in the Netherlands: weekends and public holidays skipped.

Norms in youth care are counted in working days ("eerste huisbezoek binnen 5
werkdagen"). A working day is Monday to Friday and not a public holiday. The
holidays are computed, not listed, so any year works:

- fixed dates: Nieuwjaarsdag (1 January), Koningsdag (27 April, the 26th when the 27th
  is a Sunday; 30 April up to 2013, the 29th when that was a Sunday), Bevrijdingsdag
  (5 May), Eerste en Tweede Kerstdag (25 and 26 December);
- Easter-based: Eerste en Tweede Paasdag, Hemelvaartsdag (Easter + 39 days), Eerste en
  Tweede Pinksterdag (Easter + 49 and + 50 days); optionally Goede Vrijdag.

The defaults follow the *Algemene termijnenwet*, the law that says which days do not
count for legal deadlines: Bevrijdingsdag every year, Goede Vrijdag not. Collective
labour agreements differ (Bevrijdingsdag only once every five years, Goede Vrijdag
off), so :class:`HolidayRules` can say otherwise, and an organisation can add days of
its own (a team day, the days between Christmas and New Year).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from utregs_plekkie.core.i18n import _

__all__ = [
    "DEFAULT_RULES",
    "HolidayRules",
    "add_working_days",
    "dutch_public_holidays",
    "easter_sunday",
    "holiday_name",
    "is_working_day",
    "next_working_day",
    "previous_working_day",
    "working_days_between",
]

SATURDAY = 5


def _label(key: str) -> str:
    """The name of a holiday, looked up when shown (so a language switch takes effect)."""
    labels = {
        "nieuwjaar": _("Nieuwjaarsdag"),
        "goede_vrijdag": _("Goede Vrijdag"),
        "pasen_1": _("Eerste Paasdag"),
        "pasen_2": _("Tweede Paasdag"),
        "koningsdag": _("Koningsdag"),
        "koninginnedag": _("Koninginnedag"),
        "bevrijding": _("Bevrijdingsdag"),
        "hemelvaart": _("Hemelvaartsdag"),
        "pinksteren_1": _("Eerste Pinksterdag"),
        "pinksteren_2": _("Tweede Pinksterdag"),
        "kerst_1": _("Eerste Kerstdag"),
        "kerst_2": _("Tweede Kerstdag"),
    }
    return labels.get(key, key)


@dataclass(frozen=True)
class HolidayRules:
    """Which days besides weekends are not working days."""

    #: Goede Vrijdag (Good Friday) off; not a holiday under the Algemene termijnenwet.
    good_friday: bool = False
    #: Bevrijdingsdag (5 May) off every year; ``False``: only in lustrum years (2025, 2030).
    liberation_day_every_year: bool = True
    #: Extra days the organisation is closed, with a name each.
    extra_days: tuple[tuple[date, str], ...] = field(default_factory=tuple)

    def with_extra_days(self, days: Iterable[tuple[date, str]]) -> HolidayRules:
        return HolidayRules(
            good_friday=self.good_friday,
            liberation_day_every_year=self.liberation_day_every_year,
            extra_days=tuple(sorted({*self.extra_days, *days})),
        )


DEFAULT_RULES = HolidayRules()


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm,
    also known as Meeus/Jones/Butcher), valid for every year from 1583."""
    if year < 1583:
        raise ValueError(f"the Gregorian Easter rule applies from 1583, not {year}")
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _kings_day(year: int) -> tuple[date, str]:
    if year >= 2014:
        day = date(year, 4, 27)
        # On a Sunday it moves to the Saturday before.
        if day.weekday() == 6:
            day = date(year, 4, 26)
        return day, "koningsdag"
    day = date(year, 4, 30)
    if day.weekday() == 6:
        # From 1980 to 2013 a Sunday 30 April moved to Saturday the 29th; before
        # that, to Monday 1 May.
        day = date(year, 4, 29) if year >= 1980 else date(year, 5, 1)
    return day, "koninginnedag"


# Holidays are cached by key; names are looked up when asked for (see _label). Extra
# days of the organisation keep the name they were given.
@lru_cache(maxsize=256)
def _holidays(year: int, rules: HolidayRules) -> dict[date, tuple[str, ...]]:
    easter = easter_sunday(year)
    days: list[tuple[date, str]] = [
        (date(year, 1, 1), "nieuwjaar"),
        (easter, "pasen_1"),
        (easter + timedelta(days=1), "pasen_2"),
        _kings_day(year),
        (easter + timedelta(days=39), "hemelvaart"),
        (easter + timedelta(days=49), "pinksteren_1"),
        (easter + timedelta(days=50), "pinksteren_2"),
        (date(year, 12, 25), "kerst_1"),
        (date(year, 12, 26), "kerst_2"),
    ]
    if rules.good_friday:
        days.append((easter - timedelta(days=2), "goede_vrijdag"))
    if rules.liberation_day_every_year or year % 5 == 0:
        days.append((date(year, 5, 5), "bevrijding"))
    days.extend((day, name) for day, name in rules.extra_days if day.year == year)
    result: dict[date, tuple[str, ...]] = {}
    for day, name in sorted(days):
        # Two holidays on one day (Koningsdag on Hemelvaartsdag) keep both names.
        result[day] = (*result.get(day, ()), name)
    return result


def _names(names: tuple[str, ...]) -> str:
    return ", ".join(_label(name) for name in names)


def dutch_public_holidays(year: int, rules: HolidayRules = DEFAULT_RULES) -> dict[date, str]:
    """The holidays of ``year``, date -> name (in the user's language), in date order."""
    return {day: _names(names) for day, names in _holidays(year, rules).items()}


def holiday_name(day: date, rules: HolidayRules = DEFAULT_RULES) -> str | None:
    """The name of the holiday on ``day``, or ``None``."""
    names = _holidays(day.year, rules).get(day)
    return None if names is None else _names(names)


def is_working_day(day: date, rules: HolidayRules = DEFAULT_RULES) -> bool:
    """Monday to Friday, and not a holiday."""
    return day.weekday() < SATURDAY and day not in _holidays(day.year, rules)


def next_working_day(day: date, rules: HolidayRules = DEFAULT_RULES) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day, rules):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date, rules: HolidayRules = DEFAULT_RULES) -> date:
    """``day`` itself if it is a working day, else the last working day before it."""
    while not is_working_day(day, rules):
        day -= timedelta(days=1)
    return day


def add_working_days(start: date, n: int, rules: HolidayRules = DEFAULT_RULES) -> date:
    """The date ``n`` working days after ``start`` (before it when ``n`` < 0).

    ``start`` itself does not count: something that happens on a Friday and must be
    followed up "within 1 working day" is due on Monday (or Tuesday after Easter).
    With ``n == 0`` the answer is ``start`` when it is a working day, else the next one.
    """
    if n == 0:
        return next_working_day(start, rules)
    return _add_working_days(start, n, rules)


# Lists ask for the same due dates over and over (many families entered a stage on the
# same day), so the answers are kept.
@lru_cache(maxsize=65_536)
def _add_working_days(start: date, n: int, rules: HolidayRules) -> date:
    sign = 1 if n > 0 else -1
    remaining = abs(n)
    day = start
    while remaining:
        if remaining > 5:
            # Whole weeks at once: 7 days always hold 5 weekdays; holidays among them
            # are made up for in the next round.
            weeks = (remaining - 1) // 5
            end = day + timedelta(days=7 * weeks * sign)
            # The days passed over: (day, end] going forward, [end, day) going back.
            one = timedelta(days=1)
            low, high = (day, end) if sign > 0 else (end - one, day - one)
            remaining -= 5 * weeks - _weekday_holidays(low, high, rules)
            day = end
            continue
        day += timedelta(days=sign)
        if is_working_day(day, rules):
            remaining -= 1
    return day


def _weekday_holidays(after: date, upto: date, rules: HolidayRules) -> int:
    """Holidays on a weekday in (after, upto]."""
    return sum(
        1
        for year in range(after.year, upto.year + 1)
        for holiday in _holidays(year, rules)
        if after < holiday <= upto and holiday.weekday() < SATURDAY
    )


def working_days_between(start: date, end: date, rules: HolidayRules = DEFAULT_RULES) -> int:
    """The working days after ``start`` up to and including ``end``; when ``end`` lies
    before ``start``, minus the working days from ``end`` up to ``start``. Either way
    ``add_working_days(start, n) == end`` whenever ``end`` is a working day and ``n``
    is the answer."""
    if end == start:
        return 0
    if end < start:
        # Mirror image of adding: the working days from ``end`` up to (not including)
        # ``start``, so that add_working_days(start, -n) == end as well.
        one = timedelta(days=1)
        return -_count_working_days(end - one, start - one, rules)
    return _count_working_days(start, end, rules)


@lru_cache(maxsize=65_536)
def _count_working_days(after: date, upto: date, rules: HolidayRules) -> int:
    """Working days in (after, upto]; whole weeks counted at once."""
    days = (upto - after).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    day = after + timedelta(days=weeks * 7)
    for _step in range(rest):
        day += timedelta(days=1)
        if day.weekday() < SATURDAY:
            count += 1
    return count - _weekday_holidays(after, upto, rules)
