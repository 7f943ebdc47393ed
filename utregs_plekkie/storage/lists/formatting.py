"""Values formatted for display the Dutch way: dates, numbers, percentages, ages,
names, enum labels and wijk names."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    label,
)
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _


def format_date(value: date | datetime | None) -> str:
    """``dd-mm-jjjj``; a datetime is shown as its date in Dutch local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(clock.LOCAL_TZ).date()
    return value.strftime("%d-%m-%Y")


def format_datetime(value: datetime | None) -> str:
    """``dd-mm-jjjj hh:mm`` in Dutch local time."""
    if value is None:
        return ""
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def format_number(value: int) -> str:
    """A whole number with Dutch thousands separators: ``200.000``."""
    return f"{value:,}".replace(",", ".")


def format_percentage(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole`` (``"38%"``, ``"4,5%"``); ``""`` if ``whole`` is 0."""
    if whole <= 0:
        return ""
    value = 100 * part / whole
    text = f"{value:.0f}" if value >= 10 or value == 0 else f"{value:.1f}".replace(".", ",")
    return f"{text}%"


def label_text(value: Any) -> str:
    return label(value) if value is not None else ""


def age_text(birth_month: date | None, today: date) -> str:
    if birth_month is None:
        return ""
    months = (today.year - birth_month.year) * 12 + today.month - birth_month.month
    if months < 12:
        return _("{n} mnd").format(n=max(months, 0))
    return _("{n} jaar").format(n=months // 12)


def decimal_text(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}".replace(".", ",")


def join_name(first: str | None, prefix: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, prefix, last) if p)


@cache
def wijk_names() -> dict[str, str]:
    return {code: name for code, name, _provider in GeoIndex.default().wijken()}


def wijk_name(code: str | None) -> str:
    return wijk_names().get(code, code) if code else ""
