"""The rules of one value of a child, shared by the form and the list import.

Privacy comes first (AVG, Jeugdwet): a child is recorded with the minimum needed for
matching, a pseudonymous code, the birth month and four-digit postcodes. A full
postcode typed in a form is cut to its four digits (and the user is told); a code that
looks like a BSN is refused; the case worker is recorded by initials only.

The checks of one value (code, birth month, postcode, distance, initials, culture wish,
sibling group) live here and are used by both the form (``validate_child``) and the
list import (``exchange.child_import``). Each raises :class:`ValidationError` whose
message is a lower-case fragment such as ``'35' is geen postcode (vier cijfers, bv.
3511)``: the import puts ``kolom postcode_thuis:`` in front of it, the form shows it as
a sentence (:func:`as_sentence`) next to the field.
"""

from __future__ import annotations

import math
import re
from datetime import date

from utregs_plekkie.core.enums import CareForm
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex, pc4_of
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import WEEKEND_MASK, Schedule

CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,39}")
#: Foster children may stay until 21; older than this is a typing error.
MAX_AGE_YEARS = 23
MAX_DISTANCE_KM = 500.0
CULTURE_MAX = 200
#: Initials only: a name does not fit in six letters without spaces.
INITIALS_PATTERN = re.compile(r"[A-Za-zÀ-ÿ]{1,6}")
#: Languages the forms and the import know by name (``core.matching.language_name``).
KNOWN_LANGUAGES: tuple[str, ...] = (
    "nl",
    "en",
    "ar",
    "tr",
    "ber",
    "pap",
    "srn",
    "pl",
    "ti",
    "so",
    "fr",
    "de",
    "es",
    "pt",
    "fa",
    "uk",
    "ru",
    "zh",
    "hi",
    "ku",
    "prs",
    "fy",
)
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_CHUNK = 900


def _kind_child() -> str:
    return _("kind")


# --------------------------------------------------------------------------- shared rules


def as_sentence(fragment: str) -> str:
    """A rule's fragment as a sentence: capital first letter, full stop at the end."""
    text = fragment.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def looks_like_bsn(text: str) -> bool:
    """Whether ``text`` is eight or nine digits that pass the elfproef (a BSN)."""
    digits = re.sub(r"[\s.\-]", "", text)
    if not re.fullmatch(r"\d{8,9}", digits):
        return False
    digits = digits.zfill(9)
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def check_child_code(code: str) -> str:
    """The child's code, trimmed; refused when it looks like a BSN or has other
    characters than letters, digits, ``.``, ``_`` and ``-`` (callers check for empty)."""
    value = code.strip()
    if looks_like_bsn(value):
        raise ValidationError(
            _(
                "dit lijkt een BSN; een BSN wordt niet bewaard. Gebruik een eigen code "
                "(bv. K24-0007)"
            ),
            field="code",
        )
    if not CODE_PATTERN.fullmatch(value):
        raise ValidationError(
            _(
                "'{code}' mag alleen letters, cijfers, punt, streepje en liggend streepje "
                "bevatten (hoogstens 40 tekens)"
            ).format(code=value[:50]),
            field="code",
        )
    return value


def check_birth_month(first: date, on: date, shown: str | None = None) -> date:
    """The first of the birth month; refused in the future or longer than
    :data:`MAX_AGE_YEARS` ago. ``shown`` is how the user wrote it (for the message)."""
    month = first.replace(day=1)
    text = shown if shown is not None else f"{month.year:04d}-{month.month:02d}"
    if month > on:
        raise ValidationError(
            _("{waarde} ligt in de toekomst").format(waarde=text), field="birth_month"
        )
    if on.year - month.year > MAX_AGE_YEARS:
        raise ValidationError(
            _("{waarde} is te lang geleden voor een pleegkind").format(waarde=text),
            field="birth_month",
        )
    return month


def parse_pc4(text: str, geo: GeoIndex, field: str = "postcode") -> tuple[str | None, list[str]]:
    """(the four digits of a postcode or None when empty, remarks as fragments).

    Remarks: a full postcode was cut to its four digits; the PC4 is not in the
    postcode table (distances will be unknown, never 0 km)."""
    value = text.strip()
    if not value:
        return None, []
    pc4 = pc4_of(value)
    if pc4 is None:
        raise ValidationError(
            _("'{waarde}' is geen postcode (vier cijfers, bv. 3511)").format(waarde=value),
            field=field,
        )
    notes: list[str] = []
    if re.sub(r"\s", "", value) != pc4:
        notes.append(_("alleen de vier cijfers {pc4} bewaard").format(pc4=pc4))
    if pc4 not in geo:
        notes.append(
            _(
                "postcode {pc4} staat niet in de postcodetabel; de afstand is bij matching onbekend"
            ).format(pc4=pc4)
        )
    return pc4, notes


def check_km(km: float, shown: str | None = None) -> float:
    """A maximum distance in km: more than 0 and at most :data:`MAX_DISTANCE_KM`."""
    text = shown if shown is not None else f"{km:g}".replace(".", ",")
    if not math.isfinite(km) or not 0 < km <= MAX_DISTANCE_KM:
        raise ValidationError(
            _("{waarde} moet tussen 0 en 500 km liggen").format(waarde=text),
            field="max_distance_km",
        )
    return float(km)


def normalise_initials(text: str) -> str:
    """A case worker's initials, upper case without dots or spaces; never a name."""
    value = re.sub(r"[\s.]", "", text)
    if value and not INITIALS_PATTERN.fullmatch(value):
        raise ValidationError(
            _("alleen initialen (letters, hoogstens 6), geen naam"),
            field="case_worker_initials",
        )
    return value.upper()


def check_culture_wish(text: str) -> str:
    value = " ".join(text.split())
    if len(value) > CULTURE_MAX:
        raise ValidationError(_("houd het korter dan 200 tekens"), field="culture_wish")
    return value


def check_group_code(text: str) -> str | None:
    """A sibling group's code (None when empty)."""
    value = text.strip()
    if not value:
        return None
    if not CODE_PATTERN.fullmatch(value):
        raise ValidationError(
            _("'{code}' mag alleen letters, cijfers, punt en streepjes bevatten").format(
                code=value[:50]
            ),
            field="sibling_group",
        )
    return value


def default_schedule(care: CareForm) -> Schedule:
    """What a child of this care form needs when nothing else is said: the whole week
    for full-time care and holidays, the weekend for weekend care, otherwise nothing
    (parts of days and support care need their own parts of the week)."""
    if care.family.value == "voltijd" or care == CareForm.DEELTIJD_VAKANTIE:
        return Schedule.full()
    if care == CareForm.DEELTIJD_WEEKEND:
        return Schedule(WEEKEND_MASK)
    return Schedule.empty()


def needs_own_schedule(care: CareForm) -> bool:
    """Whether the care form has no sensible default schedule (parts of days)."""
    return default_schedule(care).is_empty
