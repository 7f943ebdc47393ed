"""Parsing what people and spreadsheets write for interests, sources, consent and
dates."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import StrEnum
from functools import lru_cache
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import search_key

# Keywords per interest, matched against the folded words of a cell. Longer phrases
# are tried first so "weet nog niet" is not read as something else.
_INTEREST_WORDS: tuple[tuple[str, Interest], ...] = (
    ("weet nog niet", Interest.WEET_NIET),
    ("nog niet bekend", Interest.WEET_NIET),
    ("weet niet", Interest.WEET_NIET),
    ("weet ik niet", Interest.WEET_NIET),
    ("onbekend", Interest.WEET_NIET),
    ("geen idee", Interest.WEET_NIET),
    ("twijfel", Interest.WEET_NIET),
    ("don't know", Interest.WEET_NIET),
    ("not sure", Interest.WEET_NIET),
    ("unsure", Interest.WEET_NIET),
    ("weet_nog_niet", Interest.WEET_NIET),
    ("?", Interest.WEET_NIET),
    ("een paar uur", Interest.STEUNOUDER),
    ("paar uur", Interest.STEUNOUDER),
    ("steunouder", Interest.STEUNOUDER),
    ("steungezin", Interest.STEUNOUDER),
    ("steunouderschap", Interest.STEUNOUDER),
    ("support parent", Interest.STEUNOUDER),
    ("netwerkpleegzorg", Interest.NETWERK),
    ("netwerk", Interest.NETWERK),
    ("network", Interest.NETWERK),
    ("crisisopvang", Interest.CRISIS),
    ("crisispleegzorg", Interest.CRISIS),
    ("crisis", Interest.CRISIS),
    ("spoed", Interest.CRISIS),
    ("emergency", Interest.CRISIS),
    ("deeltijdpleegzorg", Interest.DEELTIJD),
    ("deeltijd", Interest.DEELTIJD),
    ("weekendpleegzorg", Interest.DEELTIJD),
    ("weekenden", Interest.DEELTIJD),
    ("weekend", Interest.DEELTIJD),
    ("vakantiepleegzorg", Interest.DEELTIJD),
    ("vakanties", Interest.DEELTIJD),
    ("vakantie", Interest.DEELTIJD),
    ("part-time", Interest.DEELTIJD),
    ("parttime", Interest.DEELTIJD),
    ("part time", Interest.DEELTIJD),
    ("respite", Interest.DEELTIJD),
    ("voltijdpleegzorg", Interest.VOLTIJD),
    ("voltijd", Interest.VOLTIJD),
    ("fulltime", Interest.VOLTIJD),
    ("full-time", Interest.VOLTIJD),
    ("full time", Interest.VOLTIJD),
    ("langdurig", Interest.VOLTIJD),
    ("kortdurend", Interest.VOLTIJD),
)
_INTEREST_SPLIT_RE = re.compile(r"[,;/|+\n\r\t&]+|\s+(?:en|and|of|or)\s+")
_BRACKETS_RE = re.compile(r"[()\[\]{}\"]")


def parse_interests(text: str) -> tuple[frozenset[Interest], tuple[str, ...]]:
    """Several interests from one cell: ``"voltijd, weekend en steunouder"``.

    Returns the recognised interests and the pieces that were not recognised (so the
    caller can keep them, never drop them silently).
    """
    # Cached per text and language (one label stands for the language): an import
    # repeats the same few cells many times.
    return _parse_interests(text, label(Interest.DEELTIJD))


@lru_cache(maxsize=4096)
def _parse_interests(text: str, _language: str) -> tuple[frozenset[Interest], tuple[str, ...]]:
    found: set[Interest] = set()
    unknown: list[str] = []
    for piece in _INTEREST_SPLIT_RE.split(_BRACKETS_RE.sub(" ", text)):
        words = " ".join(piece.split())
        if not words:
            continue
        key = search_key(words)
        matched = next((interest for kw, interest in _INTEREST_WORDS if kw in key), None)
        if matched is None:
            # Stored values such as "weet_nog_niet" and the labels themselves.
            matched = _interest_by_label().get(key)
        if matched is None:
            unknown.append(words)
        else:
            found.add(matched)
    return frozenset(found), tuple(unknown)


def _interest_by_label() -> dict[str, Interest]:
    return _folded_table(Interest, tuple(label(i) for i in Interest))


@lru_cache(maxsize=16)
def _folded_table(enum: type[StrEnum], labels: tuple[str, ...]) -> dict[str, Any]:
    """Folded value and label -> member; cached per language (the labels are the key)."""
    table: dict[str, Any] = {}
    for member, text in zip(enum, labels, strict=True):
        table[search_key(member.value)] = member
        table[search_key(text)] = member
    return table


_SOURCE_WORDS: tuple[tuple[str, Source], ...] = (
    ("website", Source.WEBSITE),
    ("webformulier", Source.WEBSITE),
    ("internet", Source.WEBSITE),
    ("site", Source.WEBSITE),
    ("web", Source.WEBSITE),
    ("formulier", Source.WEBSITE),
    ("pop-up", Source.POPUP),
    ("popup", Source.POPUP),
    ("pop up", Source.POPUP),
    ("stand", Source.POPUP),
    ("evenement", Source.POPUP),
    ("event", Source.POPUP),
    ("huiskamer", Source.POPUP),
    ("podcast", Source.PODCAST),
    ("social", Source.SOCIAL),
    ("facebook", Source.SOCIAL),
    ("instagram", Source.SOCIAL),
    ("linkedin", Source.SOCIAL),
    ("tiktok", Source.SOCIAL),
    ("twitter", Source.SOCIAL),
    ("bekende", Source.BEKENDEN),
    ("vrienden", Source.BEKENDEN),
    ("familie", Source.BEKENDEN),
    ("mond-tot-mond", Source.BEKENDEN),
    ("mond tot mond", Source.BEKENDEN),
    ("word of mouth", Source.BEKENDEN),
    ("informatieavond", Source.INFOAVOND),
    ("informatiebijeenkomst", Source.INFOAVOND),
    ("info-avond", Source.INFOAVOND),
    ("infoavond", Source.INFOAVOND),
)


def parse_source(text: str) -> tuple[Source | None, str]:
    """The channel named in ``text`` and the detail to keep with it.

    ``""`` -> ``(None, "")`` (the caller's default applies); a known word or label ->
    that source; anything else -> ``Source.ANDERS`` with the text as detail, so what
    was written is kept.
    """
    return _parse_source(text, label(Source.POPUP))


@lru_cache(maxsize=4096)
def _parse_source(text: str, _language: str) -> tuple[Source | None, str]:
    cleaned = " ".join(text.split())
    if not cleaned:
        return None, ""
    key = search_key(cleaned)
    known: Source | None = _folded_table(Source, tuple(label(s) for s in Source)).get(key)
    if known is not None:
        return known, ""
    for word, source in _SOURCE_WORDS:
        if word in key:
            return source, "" if key == word else cleaned[:200]
    return Source.ANDERS, cleaned[:200]


_YES = frozenset(
    "ja j yes y 1 true waar x v ok akkoord gegeven toestemming ✓ ✔ agreed accepted".split()
)
_NO = frozenset("nee n no 0 false onwaar geen niet geweigerd ingetrokken declined".split())
#: Written for "not filled in".
_UNKNOWN = frozenset({"-", "--", "?", "n.v.t.", "nvt", "onbekend"})


def parse_consent(
    value: str | bool | date | datetime | None,
) -> tuple[bool | None, datetime | None]:
    """``"ja"`` -> ``(True, None)``; ``"nee"`` -> ``(False, None)``; a date -> ``(True, that
    moment)``; empty -> ``(None, None)`` (unknown). Anything else raises ValidationError."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return value, None
    if isinstance(value, datetime | date):
        return True, _as_local_datetime(value)
    cleaned = " ".join(value.split())
    if not cleaned:
        return None, None
    plain = cleaned.casefold()
    if plain in _YES:  # the common case, without folding accents
        return True, None
    if plain in _NO:
        return False, None
    key = search_key(cleaned)
    if key in _UNKNOWN:
        return None, None
    if key in _YES:
        return True, None
    if key in _NO:
        return False, None
    try:
        return True, parse_received_at(cleaned)
    except ValidationError:
        pass
    raise ValidationError(
        _(
            "Toestemming '{value}' is niet duidelijk. Gebruik 'ja' of 'nee' (of de datum "
            "waarop toestemming is gegeven)."
        ).format(value=cleaned[:40]),
        field="consent",
    )


_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # dd-mm-jjjj, d/m/jjjj, dd.mm.jjjj, optionally with a time
    (
        re.compile(
            r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"
            r"(?:[ T]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:\.\d+)?)?)?"
        ),
        "dmy",
    ),
    # jjjj-mm-dd (ISO), optionally with a time and offset
    (
        re.compile(
            r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
            r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
            r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
        ),
        "ymd",
    ),
)
_EARLIEST_RECEIVED = date(2000, 1, 1)


def _as_local_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=clock.LOCAL_TZ)
        return value.astimezone(clock.LOCAL_TZ)
    return datetime.combine(value, time(0, 0), tzinfo=clock.LOCAL_TZ)


def parse_received_at(
    value: str | date | datetime, *, now: datetime | None = None, field_name: str = "received_at"
) -> datetime:
    """When a request came in: ``"12-03-2026"``, ``"12-03-2026 14:05"``, ISO
    ``"2026-03-12T14:05:00+01:00"``, or a date/datetime (a spreadsheet cell).

    Times without a zone are Dutch local time. A date after today, or before 2000,
    raises :class:`ValidationError` (a swapped day and month, or a wrong year).
    """
    moment = now or clock.now()
    if isinstance(value, datetime | date):
        result = _as_local_datetime(value)
        shown = result.strftime("%d-%m-%Y")
    else:
        shown = " ".join(value.split())[:40]
        result_or_none = _parse_date_text(shown)
        if result_or_none is None:
            raise ValidationError(
                _(
                    "Datum '{value}' is geen geldige datum. Gebruik dag-maand-jaar, "
                    "bijvoorbeeld 12-03-2026 of 12-03-2026 14:30."
                ).format(value=shown),
                field=field_name,
            )
        result = result_or_none
    if result.date() > moment.astimezone(clock.LOCAL_TZ).date():
        raise ValidationError(
            _("Datum '{value}' ligt in de toekomst. Controleer de datum (dag-maand-jaar).").format(
                value=shown
            ),
            field=field_name,
        )
    if result.date() < _EARLIEST_RECEIVED:
        raise ValidationError(
            _("Datum '{value}' ligt vóór het jaar 2000. Controleer het jaartal.").format(
                value=shown
            ),
            field=field_name,
        )
    return result


def _parse_date_text(text: str) -> datetime | None:
    for pattern, _order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        try:
            day = date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
            hour = int(parts["H"] or 0)
            minute = int(parts["M"] or 0)
            second = int(parts["S"] or 0)
            moment = datetime.combine(day, time(hour, minute, second))
        except ValueError:
            return None
        zone = parts.get("tz")
        if zone:
            try:
                aware = datetime.fromisoformat(moment.isoformat() + zone.replace("Z", "+00:00"))
            except ValueError:
                return None
            return aware.astimezone(clock.LOCAL_TZ)
        return moment.replace(tzinfo=clock.LOCAL_TZ)
    return None
