"""One list source per page of the main window: requests, households, children,
matching proposals and events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    func,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    ChildStatus,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.lists.base import AnySelect, Column, ListSource, not_merged_unindexed
from utregs_plekkie.storage.lists.formatting import (
    age_text,
    decimal_text,
    format_date,
    format_datetime,
    join_name,
    label_text,
    wijk_name,
)


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
        return [not_merged_unindexed()]

    def _order(self) -> Sequence[InstrumentedAttribute[Any]]:
        return (m.InfoRequest.received_at, m.InfoRequest.id)

    def _format(self, row: Any) -> tuple[Any, ...]:
        name = join_name(row.first_name, row.name_prefix, row.last_name)
        if not name and row.anonymised_at is not None:
            name = _("(geanonimiseerd)")
        return (
            name,
            row.email or "",
            format_phone(row.phone) if row.phone else "",
            row.postcode or "",
            # Outside the city there is no wijk; the place says where instead.
            wijk_name(row.wijk_code) or row.city or "",
            label_text(row.provider),
            label_text(row.source),
            label_text(row.status),
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
            wijk_name(row.wijk_code),
            label_text(row.route),
            label_text(row.stage),
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
            age_text(row.birth_month, clock.today()),
            label_text(row.care_form),
            wijk_name(row.wijk_code),
            label_text(row.urgency),
            label_text(row.status),
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
            decimal_text(row.score),
            label_text(row.status),
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
            label_text(row.kind),
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
