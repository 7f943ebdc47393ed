"""Small numbers and Dutch formats of the overview: suppressed figures about children,
counts, percentages, days, dates and months.

Small numbers
-------------
Figures **about children** are shown as ``"<5"`` when they are 1, 2, 3 or 4, in the
report and in every export (:func:`suppress`), and on the page too: a page is shown on
a beamer in meetings as much as it is read alone, and one rule everywhere is easier to
trust than two. (Only a record's own screen, for those allowed to see children, shows
exact data.) Charts draw no bar or point for a suppressed figure (:func:`chart_value`),
and the map's colour does not tell 1-4 waiting children apart (:func:`shortage_class`).
A figure derived from such a small number of children (a median waiting time of 3
children, a conversion into a step of 2 placements, a shortage computed from 4 waiting
children) is shown as ``"(<5)"``. Zero is shown as 0: it identifies no child, and
hiding it would hide where nobody is waiting. Figures about children are: waiting
children and their waiting time, the shortage, and placements (the funnel step
geplaatst, its conversion and the time before it, and the placed column of the channel
and month tables). Figures about requests and families are not about children and are
shown exactly. The suppressed figure never leaves this module: a suppressed
:class:`Cell` carries no value, only the text. Only primary suppression is done: a
total that is 5 or more is shown even when one of its parts is suppressed.
"""

from __future__ import annotations

import math
from datetime import date

from utregs_plekkie.core.i18n import _

# --------------------------------------------------------------------------- small numbers

#: Figures about children below this are not shown exactly.
SMALL_NUMBER_LIMIT = 5
#: What a suppressed count of children reads as.
SUPPRESSED = "<5"
#: What a figure derived from fewer than 5 children (a median, a share) reads as.
SUPPRESSED_DERIVED = "(<5)"


def is_suppressed(n: int) -> bool:
    """Whether a count of children is too small to show: 1 to 4 (0 is shown)."""
    return 0 < n < SMALL_NUMBER_LIMIT


def format_int(n: int) -> str:
    """Dutch thousands separator: 200000 -> ``"200.000"``, -1234 -> ``"-1.234"``."""
    return f"{n:,}".replace(",", ".")


def suppress(n: int) -> str:
    """A count of children as it may be shown: ``"<5"`` for 1-4, else the number."""
    return SUPPRESSED if is_suppressed(n) else format_int(n)


def suppress_derived(text: str, n_children: int) -> str:
    """A figure computed from ``n_children`` children: hidden when that is 1-4."""
    return SUPPRESSED_DERIVED if is_suppressed(n_children) else text


def chart_value(n: int, about_children: bool = False) -> float | None:
    """The height of a bar or point in a chart: None (draw nothing, label it "<5") for a
    suppressed figure, so a chart never shows what its table hides."""
    if about_children and is_suppressed(n):
        return None
    return float(n)


def format_percent(share: float | None, digits: int = 1) -> str:
    """0.1234 -> ``"12,3%"``; ``None`` (nothing to divide by) -> ``"–"``."""
    if share is None or math.isnan(share):
        return "–"
    return f"{share * 100:.{digits}f}%".replace(".", ",")


def format_days(days: float | None) -> str:
    """A median number of days: 14 -> ``"14"``, 14.5 -> ``"14,5"``, None -> ``"–"``."""
    if days is None or math.isnan(days):
        return "–"
    if float(days).is_integer():
        return format_int(int(days))
    return f"{days:.1f}".replace(".", ",")


MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def month_name(month: int) -> str:
    """The Dutch (or translated) name of a month, 1-12."""
    names = (
        _("januari"),
        _("februari"),
        _("maart"),
        _("april"),
        _("mei"),
        _("juni"),
        _("juli"),
        _("augustus"),
        _("september"),
        _("oktober"),
        _("november"),
        _("december"),
    )
    return names[month - 1]


def format_date(d: date) -> str:
    """Dutch short date: ``"31-01-2026"``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_date_long(d: date) -> str:
    """Dutch long date: ``"31 januari 2026"``."""
    return f"{d.day} {month_name(d.month)} {d.year}"


def _month_abbreviation(month: int) -> str:
    # The usual Dutch abbreviations ("mrt", not the first three letters "maa"),
    # each marked for translation where the extraction tool can see it.
    return (
        _("jan"),
        _("feb"),
        _("mrt"),
        _("apr"),
        _("mei"),
        _("jun"),
        _("jul"),
        _("aug"),
        _("sep"),
        _("okt"),
        _("nov"),
        _("dec"),
    )[month - 1]


def format_month(d: date) -> str:
    """``"jan 2026"`` style label for a month (the first of it)."""
    return f"{_month_abbreviation(d.month)} {d.year}"
