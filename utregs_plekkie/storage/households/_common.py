"""Helpers shared by the families modules: record kinds for the Dutch sentences,
dates in Dutch local time, text cleaning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _

log = logging.getLogger(__name__)


NAME_MAX = 160
TEXT_MAX = 200
AGE_MAX = 21  # foster children may stay until 21
ADULT_MIN_AGE = 18
#: Words a family name may start with that are not part of the name itself.
_NAME_LEAD = re.compile(r"^(familie|fam\.?|gezin|de familie|het gezin)\s+", re.IGNORECASE)
_IN_CHUNK = 5_000


# --------------------------------------------------------------------------- helpers


def _kind_household() -> str:
    return _("gezin")


def _kind_adult() -> str:
    return _("volwassene")


def _kind_check() -> str:
    return _("VGB/VOG")


def _kind_offer() -> str:
    return _("beschikbaarheid")


def _touch(record: Any) -> None:
    """Mark a versioned record changed, so its version goes up with its children."""
    record.updated_at = clock.now()


def _local_date(value: datetime) -> date:
    return value.astimezone(clock.LOCAL_TZ).date()


def _start_of_local_day(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=clock.LOCAL_TZ)


def _fmt(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day is not None else ""


def _clean_text(value: str, field: str, maximum: int = TEXT_MAX) -> str:
    text = " ".join((value or "").split())
    if any(ord(ch) < 32 for ch in value or "" if ch not in "\n\r\t"):
        raise ValidationError(
            _("Het veld {field} bevat een onzichtbaar stuurteken. Typ de tekst opnieuw.").format(
                field=field
            ),
            field=field,
        )
    if len(text) > maximum:
        raise ValidationError(
            _("Het veld {field} is te lang ({n} tekens); gebruik hoogstens {max} tekens.").format(
                field=field, n=len(text), max=maximum
            ),
            field=field,
        )
    return text


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]
