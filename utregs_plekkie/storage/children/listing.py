"""The list of the Kinderen page: a filtered, sorted, paged query, and the codes for
the search box."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select

from utregs_plekkie.core.enums import CareForm, ChildStatus, Urgency
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

# --------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class ChildQuery:
    """Search and filters of the Kinderen page; empty fields filter nothing.

    ``text`` matches anywhere in the code, without regard to case.
    """

    text: str = ""
    statuses: frozenset[ChildStatus] = frozenset()
    care_forms: frozenset[CareForm] = frozenset()
    wijk_codes: frozenset[str] = frozenset()
    urgencies: frozenset[Urgency] = frozenset()

    @property
    def filtered(self) -> bool:
        return bool(
            self.text.strip()
            or self.statuses
            or self.care_forms
            or self.wijk_codes
            or self.urgencies
        )


@dataclass(frozen=True)
class ChildRow:
    """One child in the list, with raw values (the GUI formats them)."""

    id: int
    version: int
    code: str
    birth_month: date
    care_form: CareForm
    wijk_code: str | None
    urgency: Urgency
    status: ChildStatus
    waiting_since: date | None
    sibling_group: str | None


def _list_conditions(q: ChildQuery) -> list[Any]:
    c = m.Child
    conditions: list[Any] = []
    text = q.text.strip()
    if text:
        conditions.append(func.lower(c.code).contains(text.lower(), autoescape=True))
    if q.statuses:
        conditions.append(c.status.in_(sorted(q.statuses)))
    if q.care_forms:
        conditions.append(c.care_form.in_(sorted(q.care_forms)))
    if q.wijk_codes:
        conditions.append(c.wijk_code.in_(sorted(q.wijk_codes)))
    if q.urgencies:
        conditions.append(c.urgency.in_(sorted(q.urgencies)))
    return conditions


def count_children(db: Database, q: ChildQuery = ChildQuery()) -> int:
    """How many children match ``q``."""
    stmt = select(func.count(m.Child.id)).where(*_list_conditions(q))
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def fetch_children(
    db: Database,
    q: ChildQuery = ChildQuery(),
    limit: int = 200,
    *,
    after: tuple[str, int] | None = None,
    offset: int = 0,
) -> list[ChildRow]:
    """``limit`` children matching ``q`` by code, after the (code, id) ``after`` (the
    last row of the page before: keyset paging) or from position ``offset``."""
    c = m.Child
    stmt = (
        select(
            c.id,
            c.version,
            c.code,
            c.birth_month,
            c.care_form,
            c.wijk_code,
            c.urgency,
            c.status,
            c.waiting_since,
            m.SiblingGroup.code.label("group_code"),
        )
        .outerjoin(m.SiblingGroup, m.SiblingGroup.id == c.sibling_group_id)
        .where(*_list_conditions(q))
        .order_by(c.code, c.id)
        .limit(max(0, limit))
    )
    if after is not None:
        code, last_id = after
        stmt = stmt.where(c.code >= code, or_(c.code > code, c.id > last_id))
    elif offset:
        stmt = stmt.offset(offset)
    with db.engine.connect() as conn:
        return [
            ChildRow(
                id=r.id,
                version=r.version,
                code=r.code,
                birth_month=r.birth_month,
                care_form=CareForm(r.care_form),
                wijk_code=r.wijk_code,
                urgency=Urgency(r.urgency),
                status=ChildStatus(r.status),
                waiting_since=r.waiting_since,
                sibling_group=r.group_code,
            )
            for r in conn.execute(stmt)
        ]


def child_codes(
    db: Database,
    statuses: Iterable[ChildStatus] = (
        ChildStatus.WACHT,
        ChildStatus.VOORGESTELD,
        ChildStatus.GEPLAATST,
    ),
) -> list[str]:
    """The codes of the children with these statuses, sorted (for a search box)."""
    stmt = (
        select(m.Child.code).where(m.Child.status.in_(sorted(set(statuses)))).order_by(m.Child.code)
    )
    with db.engine.connect() as conn:
        return [str(code) for code in conn.execute(stmt).scalars()]
