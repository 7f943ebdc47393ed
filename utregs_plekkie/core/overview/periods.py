"""Periods of the overview, working-day deadlines for an answer, and medians."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview.numbers import format_date
from utregs_plekkie.core.workdays import add_working_days

# --------------------------------------------------------------------------- periods

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DUTCH_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def parse_date(text: str, field: str = "datum") -> date:
    """A date typed as ``JJJJ-MM-DD`` or ``DD-MM-JJJJ`` (also with / or .).

    Raises :class:`ValidationError` with a Dutch sentence that says what to type.
    """
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DUTCH_DATE.match(text)
        if not match:
            raise ValidationError(
                _(
                    "'{tekst}' is geen datum. Typ de datum als JJJJ-MM-DD of DD-MM-JJJJ, "
                    "bijvoorbeeld 2026-01-31 of 31-01-2026."
                ).format(tekst=text.strip()),
                field,
            )
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            _(
                "'{tekst}' bestaat niet als datum (kijk de dag en de maand na). Typ de datum "
                "als JJJJ-MM-DD of DD-MM-JJJJ, bijvoorbeeld 2026-01-31."
            ).format(tekst=text.strip()),
            field,
        ) from None


def check_period(period_from: date, period_to: date) -> None:
    """Refuse a period that ends before it starts."""
    if period_from > period_to:
        raise ValidationError(
            _(
                "De begindatum {van} ligt na de einddatum {tot}. Kies een begindatum die "
                "op of vóór de einddatum ligt."
            ).format(van=format_date(period_from), tot=format_date(period_to)),
            "period_from",
        )


def default_period(today: date | None = None) -> tuple[date, date]:
    """The page's first period: the last twelve months, from the 1st of the month."""
    day = today or clock.today()
    month = day.month - 11
    year = day.year
    if month < 1:
        month += 12
        year -= 1
    return date(year, month, 1), day


def _local_midnight_utc(d: date) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=clock.LOCAL_TZ).astimezone(UTC)


def period_bounds(period_from: date, period_to: date) -> tuple[datetime, datetime]:
    """The period as a half-open UTC range: local midnight of the first day up to local
    midnight after the last day (both days are part of the period)."""
    return _local_midnight_utc(period_from), _local_midnight_utc(period_to + timedelta(days=1))


def month_starts(period_from: date, period_to: date) -> list[date]:
    """The first day of every month the period touches, in order."""
    months: list[date] = []
    current = date(period_from.year, period_from.month, 1)
    while current <= period_to:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def month_bounds_utc(months: Sequence[date]) -> list[datetime]:
    """Local midnight (as UTC) at the start of every month after the first one: the
    boundaries that put a moment into its (Dutch) month."""
    bounds: list[datetime] = []
    for start in months[1:]:
        bounds.append(_local_midnight_utc(start))
    return bounds


# --------------------------------------------------------------------------- working days


def answer_deadline(received_on: date, norm_days: int = 1) -> datetime:
    """The moment (aware, local) by which a request received on ``received_on`` must be
    answered: the end of the ``norm_days``-th working day after the day of receipt
    (:func:`utregs_plekkie.core.workdays.add_working_days`: weekends and Dutch public
    holidays do not count). Received on a Friday, Saturday or Sunday with the norm of
    1 working day: the end of Monday, or of Tuesday after Easter.
    """
    due = add_working_days(received_on, norm_days)
    return datetime.combine(due + timedelta(days=1), time(0, 0), tzinfo=clock.LOCAL_TZ)


def deadline_ranges(
    period_from: date, period_to: date, norm_days: int = 1
) -> list[tuple[datetime, datetime, datetime]]:
    """``(start, stop, deadline)`` in UTC for the days of the period: a request received
    in ``[start, stop)`` must be answered before ``deadline``. Consecutive days with the
    same deadline (Friday to Sunday) share one range, so a year needs about 250."""
    ranges: list[tuple[datetime, datetime, datetime]] = []
    day = period_from
    while day <= period_to:
        deadline = answer_deadline(day, norm_days).astimezone(UTC)
        start = _local_midnight_utc(day)
        stop = _local_midnight_utc(day + timedelta(days=1))
        if ranges and ranges[-1][2] == deadline and ranges[-1][1] == start:
            ranges[-1] = (ranges[-1][0], stop, deadline)
        else:
            ranges.append((start, stop, deadline))
        day += timedelta(days=1)
    return ranges


# --------------------------------------------------------------------------- medians


def median_from_histogram(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as ``{value: how often}``; None when there are none.

    With an even number of values it is the mean of the two middle ones (so 14.5 days
    is possible). Negative values are treated as 0: a step cannot take less than no time.
    """
    counts: dict[int, int] = {}
    for value, n in histogram.items():
        if n > 0:
            key = max(0, int(value))
            counts[key] = counts.get(key, 0) + int(n)
    total = sum(counts.values())
    if total == 0:
        return None
    lower_rank = (total + 1) // 2  # 1-based ranks of the middle value(s)
    upper_rank = total // 2 + 1
    seen = 0
    lower: int | None = None
    for value in sorted(counts):
        seen += counts[value]
        if lower is None and seen >= lower_rank:
            lower = value
        if seen >= upper_rank:
            assert lower is not None
            return (lower + value) / 2
    raise AssertionError("unreachable: the ranks lie within the total")


def merge_histograms(histograms: Iterable[Mapping[int, int]]) -> dict[int, int]:
    merged: dict[int, int] = {}
    for histogram in histograms:
        for value, n in histogram.items():
            merged[value] = merged.get(value, 0) + n
    return merged
