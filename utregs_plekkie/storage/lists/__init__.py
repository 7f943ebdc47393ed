"""The read side of the main pages: one list source per page (paged by keyset), the
headline counts, and the Dutch display formats they share.

Each :class:`ListSource` is a plain SQLAlchemy ``select()`` over indexed columns,
returning rows that are already formatted for display (Dutch dates ``dd-mm-jjjj``,
enum labels, phone numbers, wijk names). The GUI shows them as they come; it never
builds SQL itself.

Lists are fetched in pages. ``fetch(db, offset, limit)`` works anywhere, but deep
offsets make the database walk every skipped row; the model asks for the next page
with ``after=page.cursor`` instead (keyset paging), which stays as fast on page 1,000
of 200,000 requests as on page 1. Every ordering ends in the primary key, so the
order is total and a cursor identifies exactly one position.
"""

from __future__ import annotations

from utregs_plekkie.storage.lists.base import (
    OPEN_PROPOSAL_STATUSES,
    OPEN_REQUEST_STATUSES,
    PAGE_KEYS,
    RECRUITING_STAGES,
    Column,
    ListPage,
    ListSource,
    SortKey,
)
from utregs_plekkie.storage.lists.counts import page_counts
from utregs_plekkie.storage.lists.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_percentage,
)
from utregs_plekkie.storage.lists.pages import (
    ChildList,
    EventList,
    HouseholdList,
    MatchingList,
    RequestList,
    source_for,
)

__all__ = [
    "OPEN_PROPOSAL_STATUSES",
    "OPEN_REQUEST_STATUSES",
    "PAGE_KEYS",
    "RECRUITING_STAGES",
    "ChildList",
    "Column",
    "EventList",
    "HouseholdList",
    "ListPage",
    "ListSource",
    "MatchingList",
    "RequestList",
    "SortKey",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percentage",
    "page_counts",
    "source_for",
]
