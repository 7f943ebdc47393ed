"""How alike two requests are: same e-mail or phone is certain; a similar name at the
same postcode is likely; with the reasons in Dutch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import format_phone, search_key

NAME_SIMILARITY_THRESHOLD = 88.0


class DuplicateLevel(StrEnum):
    ZEKER = "zeker"
    WAARSCHIJNLIJK = "waarschijnlijk"


@dataclass(frozen=True)
class PersonKey:
    """What duplicate detection compares: normalised contact details and name."""

    name: str  # for display in the reasons
    email: str | None = None
    phone: str | None = None  # E.164
    postcode: str | None = None  # "3511 AB"
    #: The folded name (``search_key``); computed from ``name`` when not given. Imports
    #: pass the stored ``name_key`` so millions of comparisons fold nothing again.
    folded_name: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.folded_name is None:
            object.__setattr__(self, "folded_name", search_key(self.name))

    @property
    def name_key(self) -> str:
        return self.folded_name or ""

    @property
    def email_key(self) -> str | None:
        return self.email.casefold() if self.email else None


def _key_similarity(key_a: str, key_b: str) -> float:
    if not key_a or not key_b:
        return 0.0
    return float(max(fuzz.ratio(key_a, key_b), fuzz.token_sort_ratio(key_a, key_b)))


def name_similarity(a: str, b: str) -> float:
    """0-100: how alike two names are, ignoring case, accents and word order."""
    return _key_similarity(search_key(a), search_key(b))


_FEW_NAMES = 8


def similar_names(name_key: str, keys: Sequence[str]) -> list[int]:
    """The positions in ``keys`` (folded names, see ``search_key``) at least
    :data:`NAME_SIMILARITY_THRESHOLD` alike ``name_key``: one C++ pass per scorer, for
    comparing a row with everyone at its postcode."""
    if not name_key or not keys:
        return []
    if len(keys) <= _FEW_NAMES:
        # A handful (the usual postcode): direct calls cost less than setting up a pass.
        cutoff = NAME_SIMILARITY_THRESHOLD
        return [
            index
            for index, key in enumerate(keys)
            if fuzz.ratio(name_key, key, score_cutoff=cutoff)
            or fuzz.token_sort_ratio(name_key, key, score_cutoff=cutoff)
        ]
    found: set[int] = set()
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _choice, _score, index in process.extract(
            name_key, keys, scorer=scorer, score_cutoff=NAME_SIMILARITY_THRESHOLD, limit=None
        ):
            found.add(int(index))
    return sorted(found)


@dataclass(frozen=True)
class DuplicateScore:
    level: DuplicateLevel
    score: float  # 100 for certain, the name similarity for likely
    reasons: tuple[str, ...]


def score_duplicate(new: PersonKey, existing: PersonKey) -> DuplicateScore | None:
    """Whether ``new`` looks like ``existing``, how sure that is, and why (in Dutch).

    Same e-mail address or same phone number: certain. A name at least
    :data:`NAME_SIMILARITY_THRESHOLD` alike at the same postcode: likely.
    """
    reasons: list[str] = []
    if new.email_key and new.email_key == existing.email_key:
        reasons.append(_("zelfde e-mailadres ({email})").format(email=existing.email))
    if new.phone and new.phone == existing.phone:
        reasons.append(_("zelfde telefoonnummer ({phone})").format(phone=format_phone(new.phone)))
    similarity = _key_similarity(new.name_key, existing.name_key)
    same_postcode = bool(new.postcode) and new.postcode == existing.postcode
    if reasons:
        if similarity < NAME_SIMILARITY_THRESHOLD and existing.name.strip():
            reasons.append(
                _("let op: de naam verschilt ('{new}' en '{existing}')").format(
                    new=new.name, existing=existing.name
                )
            )
        elif same_postcode:
            reasons.append(_("zelfde postcode {postcode}").format(postcode=existing.postcode))
        return DuplicateScore(DuplicateLevel.ZEKER, 100.0, tuple(reasons))
    if same_postcode and similarity >= NAME_SIMILARITY_THRESHOLD:
        return DuplicateScore(
            DuplicateLevel.WAARSCHIJNLIJK,
            float(similarity),
            (
                _(
                    "naam lijkt op '{existing}' ({percent}% gelijk) en zelfde postcode {postcode}"
                ).format(
                    existing=existing.name, percent=round(similarity), postcode=existing.postcode
                ),
            ),
        )
    return None
