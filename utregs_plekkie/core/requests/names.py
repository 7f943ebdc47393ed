"""Splitting what people and spreadsheets write: a whole name into first name, prefix
and last name, and a street with its house number."""

from __future__ import annotations

import re

_NAME_PREFIX_WORDS = frozenset(
    """van de der den het 't te ter ten op in onder over aan bij uit voor
    la le les du des da di del della dos das d' l' el al von zu vom zum""".split()
)


def split_full_name(text: str) -> tuple[str, str, str]:
    """``"Jan de Vries"`` -> ``("Jan", "de", "Vries")``; ``"Anna Maria van der Berg"`` ->
    ``("Anna Maria", "van der", "Berg")``; ``"Jansen"`` -> ``("Jansen", "", "")``.

    One word is taken as the first name (people at a stand often give only that). The
    tussenvoegsel starts at the first known prefix word after the first name.
    """
    words = " ".join(text.split()).split(" ") if text.strip() else []
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    start = next(
        (i for i in range(1, len(words) - 1) if words[i].casefold() in _NAME_PREFIX_WORDS), None
    )
    if start is None:
        return " ".join(words[:-1]), "", words[-1]
    end = start
    while end < len(words) - 1 and words[end].casefold() in _NAME_PREFIX_WORDS:
        end += 1
    return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])


def split_last_name(text: str) -> tuple[str, str]:
    """``"de Boer"`` -> ``("de", "Boer")``; ``"van der Berg"`` -> ``("van der", "Berg")``:
    a tussenvoegsel written in the last-name column (English forms have no column for
    it). ``"Berg"`` -> ``("", "Berg")``; the last word always stays the last name."""
    words = text.split()
    end = 0
    while end < len(words) - 1 and words[end].casefold() in _NAME_PREFIX_WORDS:
        end += 1
    return " ".join(words[:end]), " ".join(words[end:])


_STREET_NUMBER_RE = re.compile(r"^(.*\D)\s+(\d+(?:\s*[-/]?\s*[A-Za-z0-9]{1,6})?)$")


def split_street_and_number(text: str) -> tuple[str, str]:
    """``"Oudegracht 12a"`` -> ``("Oudegracht", "12a")``; no number -> ``(text, "")``.

    Street names may contain digits ("1e Daalsedijk"); only a trailing number counts.
    """
    cleaned = " ".join(text.split())
    match = _STREET_NUMBER_RE.match(cleaned)
    if match is None:
        return cleaned, ""
    return match.group(1).strip(), match.group(2).strip()
