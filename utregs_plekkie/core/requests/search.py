"""What a search text is: a name, an e-mail address, a phone number or a postcode."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from utregs_plekkie.core.validation import search_key


class SearchKind(StrEnum):
    NAAM = "naam"
    EMAIL = "email"
    TELEFOON = "telefoon"
    POSTCODE = "postcode"


@dataclass(frozen=True)
class SearchTerm:
    """What a search box's text means: a name (folded words), an e-mail prefix, a phone
    prefix in E.164 form, or a postcode prefix (``pc4`` digits, optional ``letters``)."""

    kind: SearchKind
    words: tuple[str, ...] = ()
    prefix: str = ""
    letters: str = ""


_POSTCODE_PREFIX_RE = re.compile(r"([1-9][0-9]{0,3})\s*([A-Za-z]{0,2})")
_PHONE_CHARS_RE = re.compile(r"[+0-9][0-9\s\-().]*")


def classify_search(text: str) -> SearchTerm | None:
    """Read a search box: ``"de vr"`` (name words), ``"jan@"`` (e-mail), ``"06 123"`` or
    ``"+316"`` (phone), ``"3511 a"`` (postcode). ``None`` for nothing to search on."""
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if not cleaned:
        return None
    if "@" in cleaned:
        return SearchTerm(SearchKind.EMAIL, prefix=cleaned.replace(" ", "").casefold())
    postcode = _POSTCODE_PREFIX_RE.fullmatch(cleaned)
    if postcode is not None:
        digits, letters = postcode.group(1), postcode.group(2).upper()
        # Letters only follow a complete four-digit part ("3511 A"), never "35 A".
        if len(digits) == 4 or not letters:
            return SearchTerm(SearchKind.POSTCODE, prefix=digits, letters=letters)
    if _PHONE_CHARS_RE.fullmatch(cleaned) and sum(ch.isdigit() for ch in cleaned) >= 2:
        digits = "".join(ch for ch in cleaned if ch.isdigit())
        if cleaned.startswith("+"):
            prefix = "+" + digits
        elif digits.startswith("00"):
            prefix = "+" + digits[2:]
        elif digits.startswith("0"):
            prefix = "+31" + digits[1:]
        else:
            prefix = "+31" + digits
        return SearchTerm(SearchKind.TELEFOON, prefix=prefix)
    words = tuple(w for w in search_key(cleaned).split(" ") if w)
    if not words:
        return None
    return SearchTerm(SearchKind.NAAM, words=words)
