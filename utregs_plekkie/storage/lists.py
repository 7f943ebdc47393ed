"""The read side of the main pages: one list source per page, and headline counts.

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

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    ChildStatus,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    RequestStatus,
    label,
)
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

__all__ = [
    "PAGE_KEYS",
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

#: The keyset position of a row: the values of its sort columns, primary key last.
SortKey = tuple[Any, ...]
AnySelect = Select[*tuple[Any, ...]]

#: The pages of the main window, in menu order.
PAGE_KEYS: tuple[str, ...] = (
    "requests",
    "households",
    "children",
    "matching",
    "events",
    "overview",
)

# Requests a recruiter still has to act on; "opvolgen" counts only these.
OPEN_REQUEST_STATUSES = (
    RequestStatus.NIEUW,
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
    RequestStatus.NIET_NU,
)
# Stages of a family that is still on its way to "beschikbaar".
RECRUITING_STAGES = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
)
OPEN_PROPOSAL_STATUSES = (
    ProposalStatus.VOORGESTELD,
    ProposalStatus.KENNISMAKING,
    ProposalStatus.GEACCEPTEERD,
)


# --------------------------------------------------------------------------- formatting


def format_date(value: date | datetime | None) -> str:
    """``dd-mm-jjjj``; a datetime is shown as its date in Dutch local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(clock.LOCAL_TZ).date()
    return value.strftime("%d-%m-%Y")


def format_datetime(value: datetime | None) -> str:
    """``dd-mm-jjjj hh:mm`` in Dutch local time."""
    if value is None:
        return ""
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def format_number(value: int) -> str:
    """A whole number with Dutch thousands separators: ``200.000``."""
    return f"{value:,}".replace(",", ".")


def format_percentage(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole`` (``"38%"``, ``"4,5%"``); ``""`` if ``whole`` is 0."""
    if whole <= 0:
        return ""
    value = 100 * part / whole
    text = f"{value:.0f}" if value >= 10 or value == 0 else f"{value:.1f}".replace(".", ",")
    return f"{text}%"


def _label(value: Any) -> str:
    return label(value) if value is not None else ""


def _age(birth_month: date | None, today: date) -> str:
    if birth_month is None:
        return ""
    months = (today.year - birth_month.year) * 12 + today.month - birth_month.month
    if months < 12:
        return _("{n} mnd").format(n=max(months, 0))
    return _("{n} jaar").format(n=months // 12)


def _decimal(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}".replace(".", ",")


def _join_name(first: str | None, prefix: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, prefix, last) if p)


@cache
def _wijk_names() -> dict[str, str]:
    return {code: name for code, name, _provider in GeoIndex.default().wijken()}


def _wijk(code: str | None) -> str:
    return _wijk_names().get(code, code) if code else ""


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    #: Numbers and amounts are right-aligned in a table.
    numeric: bool = False
    #: Long text that may be shortened first ("…") when the table is too narrow.
    shrinkable: bool = False


@dataclass
class ListPage:
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    ids: list[int]
    #: Pass as ``after=`` to get the rows that follow; ``None`` if this page is empty.
    cursor: SortKey | None = field(default=None)


class ListSource(ABC):
    """The rows of one page's list: its columns, how many there are, one page of them.

    A subclass gives the query (``_select``: the display columns, in ``columns()``
    order, plus anything ``_format`` needs), the filter (``_where``), the sort columns
    (``_order``: indexed, primary key last) and their direction.
    """

    #: The page this list belongs to (one of PAGE_KEYS).
    key: ClassVar[str]
    #: Whether the list shows the highest sort values first.
    descending: ClassVar[bool] = False

    @abstractmethod
    def columns(self) -> list[Column]: ...

    @abstractmethod
    def _select(self) -> AnySelect: ...

    @abstractmethod
    def _order(self) -> Sequence[InstrumentedAttribute[Any]]: ...

    @abstractmethod
    def _format(self, row: Any) -> tuple[Any, ...]: ...

    def _where(self) -> list[ColumnElement[bool]]:
        """The rows that belong in the list (used for counting and fetching)."""
        return []

    def _fetch_where(self) -> list[ColumnElement[bool]]:
        """``_where`` as written for fetching, where the sort index should lead."""
        return self._where()

    def count(self, db: Database) -> int:
        primary_key = self._order()[-1]
        stmt = select(func.count(primary_key)).where(*self._where())
        with db.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def fetch(
        self,
        db: Database,
        offset: int,
        limit: int,
        *,
        after: SortKey | None = None,
    ) -> ListPage:
        """``limit`` rows from position ``offset``, or the ``limit`` rows after ``after``."""
        order = list(self._order())
        keys = [column.label(f"_sort{i}") for i, column in enumerate(order)]
        stmt = self._select().add_columns(*keys).where(*self._fetch_where())
        if after is not None:
            stmt = stmt.where(self._after(order, after))
        stmt = stmt.order_by(*(c.desc() if self.descending else c.asc() for c in order))
        if after is None and offset:
            stmt = stmt.offset(offset)
        stmt = stmt.limit(limit)
        with db.engine.connect() as conn:
            result = list(conn.execute(stmt))
        n_keys = len(order)
        rows = [self._format(row) for row in result]
        ids = [int(row[-1]) for row in result]
        cursor = tuple(result[-1][-n_keys:]) if result else None
        return ListPage(columns=self.columns(), rows=rows, ids=ids, cursor=cursor)

    def _after(self, order: Sequence[InstrumentedAttribute[Any]], after: SortKey) -> Any:
        """Rows strictly past ``after`` in list order, written so an index range serves it."""
        if len(after) != len(order):
            raise ValueError(f"cursor has {len(after)} values, ordering has {len(order)}")

        def past(column: InstrumentedAttribute[Any], value: Any) -> ColumnElement[bool]:
            condition: ColumnElement[bool] = column < value if self.descending else column > value
            return condition

        def at_or_past(column: InstrumentedAttribute[Any], value: Any) -> ColumnElement[bool]:
            condition: ColumnElement[bool] = column <= value if self.descending else column >= value
            return condition

        alternatives: list[ColumnElement[bool]] = []
        for i, (column, value) in enumerate(zip(order, after, strict=True)):
            equal = [order[j] == after[j] for j in range(i)]
            alternatives.append(and_(*equal, past(column, value)))
        # The leading range condition lets the database seek in the first column's index.
        return and_(at_or_past(order[0], after[0]), or_(*alternatives))


class RequestList(ListSource):
    """Information requests, newest received first. Merged duplicates are left out."""

    key = "requests"
    descending = True

    def columns(self) -> list[Column]:
        return [
            Column("name", _("Naam")),
            Column("email", _("E-mail"), shrinkable=True),
            Column("phone", _("Telefoon")),
            Column("postcode", _("Postcode")),
            Column("wijk", _("Wijk/plaats")),
            Column("provider", _("Aanbieder")),
            Column("source", _("Bron")),
            Column("status", _("Status")),
            Column("received", _("Ontvangen")),
            Column("follow_up", _("Opvolgen")),
        ]

    def _select(self) -> AnySelect:
        r = m.InfoRequest
        return select(
            r.first_name,
            r.name_prefix,
            r.last_name,
            r.email,
            r.phone,
            r.postcode,
            r.city,
            r.wijk_code,
            r.provider,
            r.source,
            r.status,
            r.received_at,
            r.follow_up_on,
            r.anonymised_at,
        )

    def _where(self) -> list[ColumnElement[bool]]:
        return [m.InfoRequest.merged_into_id.is_(None)]

    def _fetch_where(self) -> list[ColumnElement[bool]]:
        return [_not_merged_unindexed()]

    def _order(self) -> Sequence[InstrumentedAttribute[Any]]:
        return (m.InfoRequest.received_at, m.InfoRequest.id)

    def _format(self, row: Any) -> tuple[Any, ...]:
        name = _join_name(row.first_name, row.name_prefix, row.last_name)
        if not name and row.anonymised_at is not None:
            name = _("(geanonimiseerd)")
        return (
            name,
            row.email or "",
            format_phone(row.phone) if row.phone else "",
            row.postcode or "",
            # Outside the city there is no wijk; the place says where instead.
            _wijk(row.wijk_code) or row.city or "",
            _label(row.provider),
            _label(row.source),
            _label(row.status),
            format_date(row.received_at),
            format_date(row.follow_up_on),
        )


class HouseholdList(ListSource):
    """Families (foster and support parents), by name."""

    key = "households"

    def columns(self) -> list[Column]:
        return [
            Column("name", _("Naam")),
            Column("city", _("Plaats")),
            Column("wijk", _("Wijk")),
            Column("route", _("Route")),
            Column("stage", _("Fase")),
            Column("since", _("Sinds")),
            Column("next_action", _("Volgende actie"), shrinkable=True),
        ]

    def _select(self) -> AnySelect:
        h = m.Household
        return select(
            h.name,
            h.city,
            h.wijk_code,
            h.route,
            h.stage,
            h.stage_since,
            h.next_action,
            h.next_action_on,
        )

    def _order(self) -> Sequence[InstrumentedAttribute[Any]]:
        # name_key is the folded name ("de vries familie"), indexed for search.
        return (m.Household.name_key, m.Household.id)

    def _format(self, row: Any) -> tuple[Any, ...]:
        action = row.next_action or ""
        if row.next_action_on is not None:
            when = format_date(row.next_action_on)
            action = f"{when}: {action}" if action else when
        return (
            row.name,
            row.city or "",
            _wijk(row.wijk_code),
            _label(row.route),
            _label(row.stage),
            format_date(row.stage_since),
            action,
        )


class ChildList(ListSource):
    """Children who need (or had) a place, by code. Children carry no names by design."""

    key = "children"

    def columns(self) -> list[Column]:
        return [
            Column("code", _("Code")),
            Column("age", _("Leeftijd"), numeric=True),
            Column("care_form", _("Zorgvorm")),
            Column("wijk", _("Wijk")),
            Column("urgency", _("Urgentie")),
            Column("status", _("Status")),
            Column("waiting_since", _("Wacht sinds")),
        ]

    def _select(self) -> AnySelect:
        c = m.Child
        return select(
            c.code, c.birth_month, c.care_form, c.wijk_code, c.urgency, c.status, c.waiting_since
        )

    def _order(self) -> Sequence[InstrumentedAttribute[Any]]:
        return (m.Child.code, m.Child.id)

    def _format(self, row: Any) -> tuple[Any, ...]:
        waiting = format_date(row.waiting_since) if row.status == ChildStatus.WACHT else ""
        return (
            row.code,
            _age(row.birth_month, clock.today()),
            _label(row.care_form),
            _wijk(row.wijk_code),
            _label(row.urgency),
            _label(row.status),
            waiting,
        )


class MatchingList(ListSource):
    """Match proposals, most recently proposed first."""

    key = "matching"
    descending = True

    def columns(self) -> list[Column]:
        return [
            Column("child", _("Kind")),
            Column("household", _("Gezin")),
            Column("score", _("Score"), numeric=True),
            Column("status", _("Status")),
            Column("proposed_at", _("Voorgesteld op")),
        ]

    def _select(self) -> AnySelect:
        p = m.MatchProposal
        return (
            select(m.Child.code, m.Household.name, p.score, p.status, p.proposed_at)
            .select_from(p)
            .join(m.Child, m.Child.id == p.child_id)
            .join(m.Household, m.Household.id == p.household_id)
        )

    def _order(self) -> Sequence[InstrumentedAttribute[Any]]:
        # proposed_at has no index yet; proposals are few next to requests (at most a
        # few per child), so sorting them is cheap. See the note in the shell's report.
        return (m.MatchProposal.proposed_at, m.MatchProposal.id)

    def _format(self, row: Any) -> tuple[Any, ...]:
        return (
            row.code,
            row.name,
            _decimal(row.score),
            _label(row.status),
            format_date(row.proposed_at),
        )


class EventList(ListSource):
    """Information evenings, trainings and pop-up events, latest start first."""

    key = "events"
    descending = True

    def columns(self) -> list[Column]:
        return [
            Column("kind", _("Soort")),
            Column("name", _("Naam")),
            Column("starts_at", _("Datum")),
            Column("location", _("Plaats"), shrinkable=True),
            Column("capacity", _("Capaciteit"), numeric=True),
            Column("registered", _("Aangemeld"), numeric=True),
        ]

    def _select(self) -> AnySelect:
        e = m.Event
        reg = m.EventRegistration
        # Correlated per row of the page (at most a page of events), served by the
        # index on event_registrations.event_id.
        registered = (
            select(func.count())
            .where(reg.event_id == e.id, reg.registered_at.is_not(None))
            .correlate(e)
            .scalar_subquery()
        )
        return select(e.kind, e.name, e.starts_at, e.location, e.capacity, registered.label("n"))

    def _order(self) -> Sequence[InstrumentedAttribute[Any]]:
        return (m.Event.starts_at, m.Event.id)

    def _format(self, row: Any) -> tuple[Any, ...]:
        return (
            _label(row.kind),
            row.name,
            format_datetime(row.starts_at),
            row.location or "",
            "" if row.capacity is None else str(row.capacity),
            str(row.n),
        )


_SOURCES: dict[str, type[ListSource]] = {
    cls.key: cls for cls in (RequestList, HouseholdList, ChildList, MatchingList, EventList)
}


def source_for(page: str) -> ListSource:
    """The list source of a page key (``KeyError`` for pages without a list)."""
    return _SOURCES[page]()


# --------------------------------------------------------------------------- counts


def _not_merged_unindexed() -> ColumnElement[bool]:
    """ "Not merged into another request", written so no index is used for it.

    Nearly every request is unmerged, yet SQLite's planner takes the index on
    ``merged_into_id`` for ``IS NULL`` and then sorts or counts 200,000 rows by hand
    (60 ms a page instead of 1 ms). ``+ 0`` hides the column from the planner, so the
    ordering or counting index leads and this becomes a cheap check per row.
    """
    condition: ColumnElement[bool] = (m.InfoRequest.merged_into_id + 0).is_(None)
    return condition


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
            _not_merged_unindexed(),
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
