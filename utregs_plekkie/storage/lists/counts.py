"""The headline counts of each page and the recruitment funnel, each one indexed query."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    func,
    select,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    ChildStatus,
    PipelineStage,
    PlacementStatus,
    RequestStatus,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.lists.base import (
    OPEN_PROPOSAL_STATUSES,
    OPEN_REQUEST_STATUSES,
    PAGE_KEYS,
    RECRUITING_STAGES,
    not_merged_unindexed,
)


def _merged_ids() -> Select[int]:
    r = m.InfoRequest
    return select(r.id).where(r.merged_into_id.is_not(None))


def _count(conn: Connection, table: Any, *where: ColumnElement[bool]) -> int:
    return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def _by_value(conn: Connection, column: Any, *where: ColumnElement[bool]) -> dict[Any, int]:
    """Counts per value of an (indexed) column, in one pass over its index."""
    rows = conn.execute(select(column, func.count()).where(*where).group_by(column))
    return {value: int(n) for value, n in rows}


def _live_request_count(conn: Connection, *where: ColumnElement[bool]) -> int:
    """Requests matching ``where``, not counting merged duplicates.

    Counted as all matches minus the merged ones: the first is served by a covering
    index, the second by the (small) set of merged requests.
    """
    r = m.InfoRequest
    return _count(conn, r, *where) - _count(conn, r, *where, r.id.in_(_merged_ids()))


def _live_requests_per_status(conn: Connection) -> dict[Any, int]:
    r = m.InfoRequest
    per_status = _by_value(conn, r.status)
    for status, n in _by_value(conn, r.status, r.id.in_(_merged_ids())).items():
        per_status[status] -= n
    return per_status


def _request_counts(conn: Connection) -> list[tuple[str, int]]:
    r = m.InfoRequest
    per_status = _live_requests_per_status(conn)
    due = _live_request_count(
        conn, r.status.in_(OPEN_REQUEST_STATUSES), r.follow_up_on <= clock.today()
    )
    return [
        (_("totaal"), sum(per_status.values())),
        (_("nieuw"), per_status.get(RequestStatus.NIEUW, 0)),
        (_("opvolgen vandaag of eerder"), due),
    ]


def _household_counts(conn: Connection) -> list[tuple[str, int]]:
    per_stage = _by_value(conn, m.Household.stage)
    return [
        (_("totaal"), sum(per_stage.values())),
        (_("beschikbaar"), per_stage.get(PipelineStage.BESCHIKBAAR, 0)),
        (_("in werving"), sum(per_stage.get(s, 0) for s in RECRUITING_STAGES)),
    ]


def _child_counts(conn: Connection) -> list[tuple[str, int]]:
    per_status = _by_value(conn, m.Child.status)
    return [
        (_("wachtend"), per_status.get(ChildStatus.WACHT, 0)),
        (_("voorgesteld"), per_status.get(ChildStatus.VOORGESTELD, 0)),
        (_("geplaatst"), per_status.get(ChildStatus.GEPLAATST, 0)),
    ]


def _matching_counts(conn: Connection) -> list[tuple[str, int]]:
    per_status = _by_value(conn, m.MatchProposal.status)
    active = _count(conn, m.Placement, m.Placement.status == PlacementStatus.ACTIEF)
    return [
        (_("open voorstellen"), sum(per_status.get(s, 0) for s in OPEN_PROPOSAL_STATUSES)),
        (_("actieve plaatsingen"), active),
    ]


def _event_counts(conn: Connection) -> list[tuple[str, int]]:
    now = clock.now()
    return [
        (_("komend"), _count(conn, m.Event, m.Event.starts_at >= now)),
        (_("afgelopen"), _count(conn, m.Event, m.Event.starts_at < now)),
    ]


def _funnel(conn: Connection) -> list[tuple[str, int]]:
    """How far the requests got, step by step, from current statuses and stages.

    A request counts for every step up to the one its status shows (one that is
    "aangemeld" had its pack and its information evening); one that dropped out
    counts up to the step its record proves (a pack was sent). After "aangemeld" a
    request is followed through the family it became (``InfoRequest.household_id``):
    "beschikbaar" counts families available now or with a child placed, "geplaatst"
    those with a child living with them now. Families registered without a request
    in the program are left out, so each step is a part of the step before it.
    """
    r = m.InfoRequest
    h = m.Household
    per_status = _live_requests_per_status(conn)

    def of_status(*statuses: RequestStatus) -> int:
        return sum(per_status.get(s, 0) for s in statuses)

    after_info_evening = (RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD)
    after_pack = (RequestStatus.PAKKET_VERSTUURD, RequestStatus.GEBELD, *after_info_evening)
    stopped_after_pack = _live_request_count(
        conn,
        r.status.in_((RequestStatus.NIEUW, RequestStatus.AFGEHAAKT, RequestStatus.NIET_NU)),
        r.pack_sent_at.is_not(None),
    )
    placed_households = select(m.Placement.household_id).where(
        m.Placement.status == PlacementStatus.ACTIEF
    )
    available_households = select(h.id).where(h.stage == PipelineStage.BESCHIKBAAR)

    def requests_of(households: Any) -> int:
        # From the (few) families to their requests through the household_id index.
        return _count(
            conn,
            r,
            r.household_id.in_(households),
            r.status == RequestStatus.AANGEMELD,
            not_merged_unindexed(),
        )

    available = requests_of(available_households.union(placed_households))
    placed = requests_of(placed_households)
    return [
        (_("aanvragen"), sum(per_status.values())),
        (_("pakket verstuurd"), of_status(*after_pack) + stopped_after_pack),
        (_("informatieavond"), of_status(*after_info_evening)),
        (_("aangemeld"), of_status(RequestStatus.AANGEMELD)),
        (_("beschikbaar"), available),
        (_("geplaatst"), placed),
    ]


_COUNTERS = {
    "requests": _request_counts,
    "households": _household_counts,
    "children": _child_counts,
    "matching": _matching_counts,
    "events": _event_counts,
    "overview": _funnel,
}


def page_counts(
    db: Database, pages: Iterable[str] | None = None
) -> dict[str, list[tuple[str, int]]]:
    """Headline counts per page (all pages, or only ``pages``), labelled in Dutch.

    ``"overview"`` holds the recruitment funnel, step by step.
    """
    wanted = list(PAGE_KEYS if pages is None else pages)
    unknown = [p for p in wanted if p not in _COUNTERS]
    if unknown:
        raise KeyError(", ".join(unknown))
    with db.engine.connect() as conn:
        return {page: _COUNTERS[page](conn) for page in wanted}
