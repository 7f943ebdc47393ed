"""What the matching modules share: the open proposal statuses, the shortlist key,
and reading JSON sets and dates."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, type_coerce

from utregs_plekkie.core.enums import ChildStatus, ProposalStatus
from utregs_plekkie.core.i18n import _

OPEN_PROPOSAL_STATUSES = (
    ProposalStatus.VOORGESTELD,
    ProposalStatus.KENNISMAKING,
    ProposalStatus.GEACCEPTEERD,
)
# Children of a sibling group who still need a place together with this one.
_NEEDING_PLACE = (ChildStatus.WACHT, ChildStatus.VOORGESTELD)
SHORTLIST_PREFIX = "matching.shortlist."
_CHUNK = 900  # bound parameters per IN (...), below SQLite's limit


def _kind_child() -> str:
    return _("kind")


def _kind_proposal() -> str:
    return _("voorstel")


def _kind_placement() -> str:
    return _("plaatsing")


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _raw_json(column: Any) -> Any:
    """A JSON list column read as its stored text (SQLite) so that the many equal
    values ('["nl"]') are parsed once; PostgreSQL's driver returns the list itself."""
    return type_coerce(column, Text).label(column.key)


@lru_cache(maxsize=4096)
def _parse_json_set(text: str) -> frozenset[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return frozenset()
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


def _json_set(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return _parse_json_set(value)
    return frozenset(str(v) for v in value)


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")
