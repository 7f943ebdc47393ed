"""One cell of a children list read as the form reads it (the rules are shared with
``storage.children``), each message naming the column."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from utregs_plekkie.core.enums import DayPart, Gender, Need, Pet
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import language_name
from utregs_plekkie.core.schedule import FULL_MASK, WEEKEND_MASK, Schedule
from utregs_plekkie.exchange.reading import header_key
from utregs_plekkie.exchange.values import DAY_WORDS, enum_words, parse_date, split_items, yes_no
from utregs_plekkie.storage.children import KNOWN_LANGUAGES, check_birth_month, check_km, parse_pc4

__all__ = [
    "RowError",
    "as_bool",
    "as_date",
    "as_km",
    "as_pc4",
    "birth_month",
    "enum_value",
    "gender_words",
    "languages",
    "needs",
    "parse_schedule",
    "pets",
    "rule",
]

T = TypeVar("T")


class RowError(Exception):
    pass


def rule(column: str, check: Callable[[], T]) -> T:
    """A rule shared with the form (``storage.children``), its message naming the column."""
    try:
        return check()
    except ValidationError as exc:
        raise RowError(
            _("kolom {kolom}: {melding}").format(kolom=column, melding=exc.message)
        ) from None


def as_bool(text: str, column: str) -> bool:
    value = yes_no(text)
    if value is None:
        raise RowError(
            _("kolom {kolom}: '{waarde}' is geen ja of nee").format(kolom=column, waarde=text)
        )
    return value


_MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "februari": 2,
    "mrt": 3,
    "maart": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augustus": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}


def as_date(text: str, column: str) -> date:
    value = parse_date(text)
    if value is None:
        raise RowError(
            _(
                "kolom {kolom}: '{waarde}' is geen datum (schrijf bv. 2026-09-01 of 1-9-2026)"
            ).format(kolom=column, waarde=text.strip())
        )
    return value


def birth_month(text: str, on: date) -> tuple[date, bool]:
    """(first of the birth month, whether a day was given and dropped)."""
    value = text.strip().lower()
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", value) or None
    year = month = 0
    dropped = False
    if match:
        year, month = int(match.group(1)), int(match.group(2))
    elif m2 := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", value):
        month, year = int(m2.group(1)), int(m2.group(2))
    elif m3 := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", value):
        month, year = _MONTHS.get(m3.group(1), 0), int(m3.group(2))
    else:
        full = parse_date(value)
        if full is not None:
            year, month, dropped = full.year, full.month, True
    if not (1 <= month <= 12 and year >= 1900):
        raise RowError(
            _(
                "kolom geboortemaand: '{waarde}' is geen maand (schrijf bv. 2016-03 of 03-2016)"
            ).format(waarde=text)
        )
    first = rule("geboortemaand", lambda: check_birth_month(date(year, month, 1), on, text.strip()))
    return first, dropped


def enum_value(text: str, choices: dict[str, Any], column: str) -> Any:
    key = header_key(text)
    if key in choices:
        return choices[key]
    options = ", ".join(sorted({str(v) for v in choices.values()}))
    raise RowError(
        _("kolom {kolom}: '{waarde}' is onbekend; kies uit {opties}").format(
            kolom=column, waarde=text.strip(), opties=options
        )
    )


def gender_words() -> dict[str, Any]:
    return enum_words(
        Gender,
        {"j": Gender.JONGEN, "m": Gender.JONGEN, "v": Gender.MEISJE, "x": Gender.ANDERS},
    )


def needs(text: str) -> list[str]:
    choices = enum_words(Need, {"adhd": Need.ADHD_AUTISME, "autisme": Need.ADHD_AUTISME})
    # "ADHD/autisme" is one need: split on , ; | only.
    parts = [p.strip() for p in re.split(r"[,;|\n]+", text) if p.strip()]
    return sorted({str(enum_value(p, choices, "behoeften").value) for p in parts})


def pets(text: str) -> list[str]:
    choices = enum_words(Pet, {"honden": Pet.HOND, "katten": Pet.KAT, "huisdieren": Pet.ANDERS})
    return sorted({str(enum_value(p, choices, "allergieen").value) for p in split_items(text)})


def languages(text: str) -> list[str]:
    names: dict[str, str] = {}
    for code in KNOWN_LANGUAGES:
        names[header_key(language_name(code))] = code
    out: set[str] = set()
    for part in split_items(text):
        key = header_key(part)
        if key in names:
            out.add(names[key])
        elif re.fullmatch(r"[a-z]{2,3}", key):
            out.add(key)
        else:
            raise RowError(
                _(
                    "kolom talen: '{waarde}' is geen taal die we kennen; schrijf een taalcode "
                    "(nl, tr, ar, ...) of de Nederlandse naam"
                ).format(waarde=part)
            )
    return sorted(out)


_PART_WORDS = {
    "ochtend": (DayPart.OCHTEND,),
    "morgen": (DayPart.OCHTEND,),
    "middag": (DayPart.MIDDAG,),
    "avond": (DayPart.AVOND,),
    "nacht": (DayPart.NACHT,),
    "heledag": tuple(DayPart),
    "dag": tuple(DayPart),
}


def parse_schedule(text: str) -> Schedule:
    """A schedule as people write it: ``wo middag; za ochtend en middag``,
    ``ma t/m vr middag``, ``za hele dag``, ``hele week``, ``weekend``."""
    value = text.strip().lower()
    if not value:
        return Schedule.empty()
    if header_key(value) in ("heleweek", "altijd", "voltijd"):
        return Schedule.full()
    if header_key(value) == "weekend":
        return Schedule(WEEKEND_MASK)
    mask = 0
    for item in re.split(r"[,;\n]+", value):
        words = item.replace(" en ", " ").replace("t/m", "-").replace(" tot en met ", "-")
        tokens = re.findall(r"[a-z]+|-", words)
        days: list[int] = []
        parts: list[DayPart] = []
        k = 0
        while k < len(tokens):
            token = tokens[k]
            if token in DAY_WORDS:
                if k + 2 < len(tokens) and tokens[k + 1] == "-" and tokens[k + 2] in DAY_WORDS:
                    first, last = DAY_WORDS[token], DAY_WORDS[tokens[k + 2]]
                    if last < first:
                        raise RowError(
                            _("kolom rooster: '{deel}' loopt achteruit").format(deel=item.strip())
                        )
                    days += list(range(first, last + 1))
                    k += 3
                    continue
                days.append(DAY_WORDS[token])
            elif token == "hele" and k + 1 < len(tokens) and tokens[k + 1] == "dag":
                parts += list(DayPart)
                k += 2
                continue
            elif token in _PART_WORDS:
                parts += list(_PART_WORDS[token])
            else:
                raise RowError(
                    _(
                        "kolom rooster: '{woord}' in '{deel}' begrijpen we niet; schrijf bv. "
                        "'wo middag; za ochtend en middag'"
                    ).format(woord=token, deel=item.strip())
                )
            k += 1
        if not days or not parts:
            raise RowError(
                _(
                    "kolom rooster: in '{deel}' ontbreekt een dag of een dagdeel (bv. 'za middag')"
                ).format(deel=item.strip())
            )
        for day in days:
            for part in parts:
                mask |= Schedule.from_cells([(day, part)]).mask
    return Schedule(mask & FULL_MASK)


def as_pc4(text: str, column: str, notes: list[str], geo: GeoIndex) -> str | None:
    pc4, remarks = rule(column, lambda: parse_pc4(text, geo))
    notes += [_("kolom {kolom}: {melding}").format(kolom=column, melding=r) for r in remarks]
    return pc4


def as_km(text: str) -> float | None:
    value = text.strip().lower().removesuffix("km").strip().replace(",", ".")
    if not value:
        return None
    try:
        km = float(value)
    except ValueError:
        raise RowError(
            _("kolom max_afstand_km: '{waarde}' is geen getal").format(waarde=text)
        ) from None
    return rule("max_afstand_km", lambda: check_km(km, text))
