"""The words and values the family and children imports read the same way: yes/no,
lists, dates, days, care forms and weekend patterns, and enum members by name or label.

Each import words its own messages (they name columns differently); what a cell may
say is decided here, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from utregs_plekkie.core.enums import CareForm, WeekendPattern, label
from utregs_plekkie.exchange.reading import header_key

__all__ = [
    "DAY_WORDS",
    "care_form_words",
    "enum_words",
    "parse_date",
    "split_items",
    "weekend_words",
    "yes_no",
]

E = TypeVar("E", bound=StrEnum)

_YES = frozenset({"ja", "j", "yes", "y", "1", "x", "waar", "true", "wel"})
_NO = frozenset({"nee", "n", "no", "0", "onwaar", "false", "niet", ""})


def yes_no(text: str) -> bool | None:
    """True or False for the ways people write yes and no (empty is no); None otherwise."""
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def split_items(text: str) -> list[str]:
    """``"nl, en; tr"`` -> ``["nl", "en", "tr"]`` (commas, semicolons, slashes, bars, lines)."""
    return [part.strip() for part in re.split(r"[,;/|\n]+", text) if part.strip()]


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$"), ("d", "m", "y2")),
)


def parse_date(text: str) -> date | None:
    """``31-12-2026``, ``31/12/26``, ``2026-12-31`` (a time after it is ignored, as in
    ``31-12-2026 10:00``); None when the text is no date."""
    value = text.strip().split(" ")[0]
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(value)
        if match is None:
            continue
        parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
        year = parts.get("y") or 2000 + parts["y2"]
        try:
            return date(year, parts["m"], parts["d"])
        except ValueError:
            return None
    return None


def enum_words(members: Iterable[E], extra: Mapping[str, E] | None = None) -> dict[str, E]:
    """Header keys of each member's value and Dutch label (and of ``extra`` words) ->
    the member."""
    words: dict[str, E] = {}
    for member in members:
        words[header_key(label(member))] = member
        words[header_key(str(member.value))] = member
    for word, member in (extra or {}).items():
        words[header_key(word)] = member
    return words


def care_form_words() -> dict[str, CareForm]:
    return enum_words(
        CareForm,
        {
            "crisis": CareForm.VOLTIJD_CRISIS,
            "kort": CareForm.VOLTIJD_KORT,
            "kortdurend": CareForm.VOLTIJD_KORT,
            "lang": CareForm.VOLTIJD_LANG,
            "langdurend": CareForm.VOLTIJD_LANG,
            "weekend": CareForm.DEELTIJD_WEEKEND,
            "weekenden": CareForm.DEELTIJD_WEEKEND,
            "weekendpleegzorg": CareForm.DEELTIJD_WEEKEND,
            "vakantie": CareForm.DEELTIJD_VAKANTIE,
            "vakanties": CareForm.DEELTIJD_VAKANTIE,
            "dagdelen": CareForm.DEELTIJD_DAGDELEN,
            "steunouder": CareForm.STEUNOUDER,
            "steungezin": CareForm.STEUNOUDER,
        },
    )


def weekend_words() -> dict[str, WeekendPattern]:
    return enum_words(
        WeekendPattern,
        {
            "elk": WeekendPattern.ELK,
            "elk weekend": WeekendPattern.ELK,
            "ieder weekend": WeekendPattern.ELK,
            "iedere weekend": WeekendPattern.ELK,
            "om de week": WeekendPattern.OM_DE_WEEK,
            "om het weekend": WeekendPattern.OM_DE_WEEK,
            "om de twee weken": WeekendPattern.OM_DE_WEEK,
            "1 per maand": WeekendPattern.EENS_PER_MAAND,
            "1x per maand": WeekendPattern.EENS_PER_MAAND,
            "een keer per maand": WeekendPattern.EENS_PER_MAAND,
            "maandelijks": WeekendPattern.EENS_PER_MAAND,
            "nee": WeekendPattern.GEEN,
        },
    )


#: Day words (short and long Dutch names) -> 0 (Monday) .. 6 (Sunday).
DAY_WORDS: dict[str, int] = {
    **{word: day for day, word in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))},
    **{
        word: day
        for day, word in enumerate(
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
        )
    },
}
