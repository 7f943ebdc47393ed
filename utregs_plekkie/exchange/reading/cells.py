"""What one cell of a sheet holds, and the text a user would see in it."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import search_key

__all__ = ["FORMULA_PREFIXES", "CellValue", "cell_text", "filled", "header_key"]

CellValue = str | int | float | bool | datetime | date | time | None

#: What an export puts an apostrophe before (formula injection); read back without it.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: CellValue) -> str:
    """A cell as the text a user would see (Dutch dates, no ``.0`` on whole numbers)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _unescape(value)
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return value.strftime("%H:%M")


def _unescape(text: str) -> str:
    """Undo the export's apostrophe (see ``exchange.export.escape_cell``): one is taken
    off before a formula character, or before an apostrophe that itself precedes one."""
    if len(text) > 1 and text[0] == "'":
        rest = text[1:]
        if rest[0] in FORMULA_PREFIXES or (
            rest[0] == "'" and len(rest) > 1 and rest[1] in FORMULA_PREFIXES
        ):
            return rest
    return text


def filled(value: CellValue) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def header_key(text: str) -> str:
    """A header (or a word in a cell) as compared: folded like a search, everything
    but letters and digits gone (``"E-mail adres"`` -> ``"emailadres"``)."""
    return re.sub(r"[^0-9a-z]+", "", search_key(text))
