"""Everything an export writes about the requests that match a query, in chunks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, Provider, RequestStatus, Source
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.conditions import (
    Plan,
    RequestQuery,
    comparison_dialect,
    not_merged,
    where_clause,
)
from utregs_plekkie.storage.requests.routing import wijk_name
from utregs_plekkie.storage.requests.values import table_of


@dataclass(frozen=True)
class RequestExportRow:
    """Everything an export writes about one request."""

    id: int
    first_name: str
    name_prefix: str
    last_name: str
    email: str | None
    phone: str | None
    street: str
    house_number: int | None
    house_number_suffix: str
    postcode: str | None
    city: str
    wijk: str
    provider: Provider | None
    interests: tuple[Interest, ...]
    source: Source
    source_detail: str
    event: str
    received_at: datetime
    status: RequestStatus
    follow_up_on: date | None
    consent_contact: bool
    consent_store: bool
    consent_at: datetime | None
    consent_text_version: str | None
    notes: str


def iter_export_rows(
    db: Database, q: RequestQuery, *, chunk_size: int = 5000, today: date | None = None
) -> Iterator[list[RequestExportRow]]:
    """The requests matching ``q`` (not merged), oldest id first, in chunks."""
    day = today or clock.today()
    r = m.InfoRequest
    with db.engine.connect() as conn:
        events: dict[int, str] = dict(conn.execute(select(m.Event.id, m.Event.name)).all())
        dialect = comparison_dialect(db, conn)
    last_id = 0
    columns = [c for c in table_of(r).columns]
    where = where_clause(q, dialect, day, Plan.COUNT)
    while True:
        stmt = (
            select(*columns)
            .where(*where, not_merged(), r.id > last_id)
            .order_by(r.id)
            .limit(chunk_size)
        )
        with db.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            if not rows:
                return
            ids = [row.id for row in rows]
            interests: dict[int, list[Interest]] = {}
            ri = m.RequestInterest
            for rid, interest in conn.execute(
                select(ri.request_id, ri.interest).where(ri.request_id.in_(ids))
            ):
                interests.setdefault(rid, []).append(interest)
        yield [
            RequestExportRow(
                id=row.id,
                first_name=row.first_name,
                name_prefix=row.name_prefix,
                last_name=row.last_name,
                email=row.email,
                phone=row.phone,
                street=row.street,
                house_number=row.house_number,
                house_number_suffix=row.house_number_suffix,
                postcode=row.postcode,
                city=row.city,
                wijk=wijk_name(row.wijk_code),
                provider=row.provider,
                interests=tuple(sorted(interests.get(row.id, ()))),
                source=row.source,
                source_detail=row.source_detail,
                event=events.get(row.event_id, "") if row.event_id is not None else "",
                received_at=row.received_at,
                status=row.status,
                follow_up_on=row.follow_up_on,
                consent_contact=row.consent_contact,
                consent_store=row.consent_store,
                consent_at=row.consent_at,
                consent_text_version=row.consent_text_version,
                notes=row.notes,
            )
            for row in rows
        ]
        last_id = rows[-1].id
        if len(rows) < chunk_size:
            return
