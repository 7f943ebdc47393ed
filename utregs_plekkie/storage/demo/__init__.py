"""Realistic, reproducible demo data at any scale: names and addresses, events, requests,
families with their offers, children with their placements, and building it all.

Dutch names, real Utrecht-area postcodes from the shipped geo table, a plausible
recruitment funnel, offers of every kind of care, children with varied needs and
sibling groups, past and coming events. The same seed gives the same database.

Rows are written with Core ``insert()`` in large batches and explicit ids, so
200,000 requests with their history load in seconds rather than minutes (the ORM's
unit of work would spend most of its time on bookkeeping we do not need here). The
rows are demo data made by the program itself, not work done in anyone's name: no
audit lines are written, and a database with an audit trail is refused.
"""

from __future__ import annotations

from utregs_plekkie.storage.demo.builder import (
    DemoBuilder,
    build_demo,
    clear_all,
    database_is_empty,
)
from utregs_plekkie.storage.demo.names import FIRST_NAMES, LAST_NAMES, PREFIXES, search_key
from utregs_plekkie.storage.demo.rows import DemoResult, DemoSize, iter_chunks

__all__ = [
    "FIRST_NAMES",
    "LAST_NAMES",
    "PREFIXES",
    "DemoBuilder",
    "DemoResult",
    "DemoSize",
    "build_demo",
    "clear_all",
    "database_is_empty",
    "iter_chunks",
    "search_key",
]
