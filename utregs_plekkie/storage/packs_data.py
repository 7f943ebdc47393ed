"""What the packs read from the database, and what printing them changes.

Everything a batch needs is read in a fixed number of queries, whatever its size:
the requests (in chunks of ids) with their interests, the coming events once, and
the "nearby need" (children waiting per wijk and kind of care) once, grouped in SQL.
``packs.data`` turns these rows into the plain dataclasses that render without a
database (and can be sent to worker processes).

Marking packs as sent is a separate, explicit step (``mark_packs_sent``) that the GUI
and the command line take only after a batch finished and was confirmed; a cancelled
batch therefore marks nothing. Every print leaves audit lines. Both go through the
one write path (``storage.unit_of_work``) in the name of an :class:`Actor`.

Pack texts and senders are kept in the ``settings`` table (keys ``packs.texts`` and
``packs.organisations``), version-checked like every edited record
(``read_settings`` / ``save_settings``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareFamily,
    CareForm,
    ChildStatus,
    EventKind,
    Interest,
    Provider,
    RequestStatus,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import UnitOfWork, stale_message, unit_of_work

__all__ = [
    "ENTITY_HOUSEHOLD",
    "ENTITY_REQUEST",
    "WIJK_NAMES",
    "MarkResult",
    "NearbyCounts",
    "SettingValue",
    "UpcomingEvent",
    "household_interests",
    "load_household",
    "load_interests",
    "load_requests",
    "mark_kiosk_pack_sent",
    "mark_packs_sent",
    "nearby_need_counts",
    "pending_requests",
    "read_settings",
    "record_printed",
    "save_settings",
    "unique_ids",
    "upcoming_events",
]

#: Ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 900
#: Children not yet placed: waiting, or proposed to a family but not placed yet.
_WAITING = (ChildStatus.WACHT, ChildStatus.VOORGESTELD)
WIJK_NAMES: dict[str, str] = {code: name for code, name, _provider in WIJKEN}

ENTITY_REQUEST = "info_requests"
ENTITY_HOUSEHOLD = "households"


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def unique_ids(ids: Iterable[int]) -> list[int]:
    """``ids`` without repeats, in their first order."""
    return list(dict.fromkeys(int(i) for i in ids))


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class SettingValue:
    """A stored setting: its value and the version an edit must be based on."""

    value: Any
    version: int


def read_settings(db: Database, keys: Sequence[str]) -> dict[str, SettingValue]:
    """The stored settings among ``keys`` (a key never saved is absent)."""
    with db.session() as session:
        return {
            row.key: SettingValue(row.value, row.version)
            for row in session.scalars(select(m.Setting).where(m.Setting.key.in_(list(keys))))
        }


def save_settings(
    db: Database,
    values: Sequence[tuple[str, Any, int | None]],
    *,
    actor: Actor,
    kind: str,
) -> None:
    """Store ``(key, value, expected_version)`` rows, all or none.

    ``expected_version`` None means the key was never saved; a row saved (or created)
    by someone else in the meantime refuses the whole save with StaleRecordError.
    """
    try:
        with unit_of_work(db, actor, Permission.PACKS, kind=kind) as uow:
            for key, value, expected in values:
                row = uow.session.scalar(select(m.Setting).where(m.Setting.key == key))
                if (row is None) != (expected is None) or (
                    row is not None and row.version != expected
                ):
                    raise StaleRecordError(stale_message(kind))
                if row is None:
                    uow.add(m.Setting(key=key, value=value), key)
                else:
                    row.value = value
                    uow.flush()
                    uow.audit(AuditAction.UPDATE, row, key)
    except IntegrityError as exc:  # created by someone else at the same moment
        raise StaleRecordError(stale_message(kind)) from exc


# --------------------------------------------------------------------------- shared reads


NearbyCounts = dict[tuple[str, CareFamily], int]


def nearby_need_counts(session: Session) -> NearbyCounts:
    """Children waiting for a place, per (wijk code, kind of care); ``""`` is the city.

    One grouped query for the whole batch. The counts are exact here; packs print
    counts below 5 as "minder dan 5" (``packs.content.format_count``).
    """
    child = m.Child
    rows = session.execute(
        select(child.wijk_code, child.care_form, func.count(child.id))
        .where(child.status.in_(_WAITING), child.wijk_code.is_not(None))
        .group_by(child.wijk_code, child.care_form)
    )
    counts: NearbyCounts = defaultdict(int)
    for wijk_code, care_form, count in rows:
        family = CareForm(care_form).family
        counts[(str(wijk_code), family)] += int(count)
        if wijk_code in WIJK_NAMES:
            counts[("", family)] += int(count)
    return dict(counts)


class UpcomingEvent(NamedTuple):
    provider: Provider | None
    starts_at: datetime
    ends_at: datetime | None
    name: str
    location: str


def upcoming_events(session: Session, kind: EventKind, *, since: datetime) -> list[UpcomingEvent]:
    """Coming events of ``kind`` that still have room, soonest first."""
    event = m.Event
    registration = m.EventRegistration
    registered = (
        select(registration.event_id, func.count(registration.id).label("n"))
        .where(registration.registered_at.is_not(None))
        .group_by(registration.event_id)
        .subquery()
    )
    rows = session.execute(
        select(
            event.provider,
            event.starts_at,
            event.ends_at,
            event.name,
            event.location,
            event.capacity,
            func.coalesce(registered.c.n, 0),
        )
        .outerjoin(registered, registered.c.event_id == event.id)
        .where(event.kind == kind, event.starts_at >= since)
        .order_by(event.starts_at, event.id)
        .limit(500)
    )
    found: list[UpcomingEvent] = []
    for provider, starts_at, ends_at, name, location, capacity, taken in rows:
        if capacity is not None and int(taken) >= int(capacity):
            continue  # full: do not invite people to it
        found.append(
            UpcomingEvent(
                Provider(provider) if provider is not None else None,
                starts_at,
                ends_at,
                name,
                location,
            )
        )
    return found


# --------------------------------------------------------------------------- requests


def pending_requests(db: Database) -> list[int]:
    """All new requests without a pack, oldest first.

    Status "nieuw", no pack sent, not merged into another request, not anonymised,
    and consent to be contacted not withdrawn.
    """
    request = m.InfoRequest
    with db.session() as session:
        return list(
            session.scalars(
                select(request.id)
                .where(
                    request.status == RequestStatus.NIEUW,
                    request.pack_sent_at.is_(None),
                    request.merged_into_id.is_(None),
                    request.anonymised_at.is_(None),
                    request.consent_withdrawn_at.is_(None),
                )
                .order_by(request.received_at, request.id)
            )
        )


def load_requests(session: Session, ids: Sequence[int]) -> dict[int, Any]:
    """Name, address and routing of the requests ``ids``, each checked to be sendable.

    Raises a :class:`UserError` naming the request when one does not exist, was merged
    into another, was anonymised, or withdrew consent to be contacted.
    """
    request = m.InfoRequest
    columns = (
        request.id,
        request.first_name,
        request.name_prefix,
        request.last_name,
        request.street,
        request.house_number,
        request.house_number_suffix,
        request.postcode,
        request.city,
        request.wijk_code,
        request.provider,
        request.merged_into_id,
        request.anonymised_at,
        request.consent_withdrawn_at,
    )
    found: dict[int, Any] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(*columns).where(request.id.in_(chunk))):
            found[int(row.id)] = row
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(
            _(
                "Aanvraag {ids} bestaat niet (meer). Controleer het nummer, of vernieuw de "
                "lijst en kies opnieuw."
            ).format(ids=", ".join(str(i) for i in missing[:10]))
        )
    for request_id in ids:
        row = found[request_id]
        if row.merged_into_id is not None:
            raise UserError(
                _(
                    "Aanvraag {id} is samengevoegd met aanvraag {other}; maak het pakket "
                    "voor aanvraag {other}."
                ).format(id=request_id, other=row.merged_into_id)
            )
        if row.anonymised_at is not None:
            raise UserError(
                _(
                    "Aanvraag {id} is geanonimiseerd: er is geen naam en adres meer om een "
                    "pakket naar te sturen."
                ).format(id=request_id)
            )
        if row.consent_withdrawn_at is not None:
            raise UserError(
                _(
                    "Aanvraag {id} heeft de toestemming voor contact ingetrokken; stuur geen "
                    "pakket. Haal de aanvraag uit de selectie."
                ).format(id=request_id)
            )
    return found


def _interest_order(interests: Iterable[Interest]) -> tuple[Interest, ...]:
    order = {interest: n for n, interest in enumerate(Interest)}
    return tuple(sorted(interests, key=order.__getitem__))


def load_interests(session: Session, ids: Sequence[int]) -> dict[int, tuple[Interest, ...]]:
    """The interests of each request, in the order of ``Interest``."""
    by_request: dict[int, list[Interest]] = defaultdict(list)
    table = m.RequestInterest
    for chunk in _chunks(ids):
        for request_id, interest in session.execute(
            select(table.request_id, table.interest).where(table.request_id.in_(chunk))
        ):
            by_request[int(request_id)].append(Interest(interest))
    return {k: _interest_order(v) for k, v in by_request.items()}


# --------------------------------------------------------------------------- households


def load_household(session: Session, household_id: int) -> m.Household:
    """One household with its adults (and their checks), own children and offers."""
    household = session.scalar(
        select(m.Household)
        .where(m.Household.id == household_id)
        .options(
            selectinload(m.Household.adults).selectinload(m.Adult.checks),
            selectinload(m.Household.own_children),
            selectinload(m.Household.offers),
        )
    )
    if household is None:
        raise NotFoundError(
            _("Gezin {id} bestaat niet (meer). Controleer het nummer.").format(id=household_id)
        )
    if household.anonymised_at is not None:
        raise UserError(
            _(
                "Gezin {id} is geanonimiseerd: er zijn geen gegevens meer om een "
                "intakepakket mee te maken."
            ).format(id=household_id)
        )
    return household


def household_interests(session: Session, household_id: int) -> tuple[Interest, ...]:
    """What the household's requests said they were interested in (no repeats)."""
    table = m.RequestInterest
    rows = session.execute(
        select(table.interest)
        .join(m.InfoRequest, m.InfoRequest.id == table.request_id)
        .where(m.InfoRequest.household_id == household_id)
    )
    return _interest_order({Interest(i) for (i,) in rows})


# --------------------------------------------------------------------------- after printing


@dataclass(frozen=True)
class MarkResult:
    """What ``mark_packs_sent`` did."""

    marked: int  # requests whose pack is now recorded as sent
    status_changed: int  # of those, how many moved from "nieuw" to "pakket verstuurd"
    skipped: tuple[int, ...]  # ids not marked: gone, merged or anonymised meanwhile


def mark_packs_sent(db: Database, request_ids: Sequence[int], *, actor: Actor) -> MarkResult:
    """Record that the packs of ``request_ids`` were sent, all in one transaction.

    Each request gets ``pack_sent_at`` and an audit line 'afgedrukt'; a request that
    was still "nieuw" moves to "pakket verstuurd" with a dated history row. Requests
    further along keep their status (a pack sent again does not undo a phone call).
    Every changed request gets a new version, so an edit based on an older copy is
    refused; if someone saves one of them at the same moment, nothing is marked and
    the caller can simply try again.
    """
    return _mark_sent(db, request_ids, actor, Permission.PACKS)


def mark_kiosk_pack_sent(db: Database, request_id: int, *, actor: Actor) -> MarkResult:
    """``mark_packs_sent`` for the pack the kiosk printed for the visitor it just took
    in: the stand's account may do this, though it may not make packs otherwise."""
    return _mark_sent(db, [request_id], actor, Permission.KIOSK_CAPTURE)


def _mark_sent(
    db: Database, request_ids: Sequence[int], actor: Actor, permission: Permission
) -> MarkResult:
    ids = unique_ids(request_ids)
    try:
        with unit_of_work(db, actor, permission, kind=_("aanvraag")) as uow:
            return _mark_in(uow, ids)
    except StaleRecordError as exc:
        raise StaleRecordError(
            _(
                "Een of meer aanvragen zijn net door iemand anders gewijzigd. Er is niets als "
                "verstuurd gemarkeerd; probeer het opnieuw."
            )
        ) from exc


def _mark_in(uow: UnitOfWork, ids: Sequence[int]) -> MarkResult:
    moment = clock.now()
    marked = changed = 0
    skipped: list[int] = []
    seen: set[int] = set()
    for chunk in _chunks(ids):
        for request in uow.session.scalars(
            select(m.InfoRequest).where(m.InfoRequest.id.in_(chunk))
        ):
            seen.add(request.id)
            if request.merged_into_id is not None or request.anonymised_at is not None:
                skipped.append(request.id)
                continue
            request.pack_sent_at = moment
            if request.status == RequestStatus.NIEUW:
                uow.session.add(
                    m.RequestStatusChange(
                        request_id=request.id,
                        from_status=RequestStatus.NIEUW,
                        to_status=RequestStatus.PAKKET_VERSTUURD,
                        at=moment,
                        user_id=uow.actor.user_id,
                        note="informatiepakket verstuurd",
                    )
                )
                request.status = RequestStatus.PAKKET_VERSTUURD
                request.status_since = moment
                changed += 1
            marked += 1
            uow.audit(
                AuditAction.PRINT,
                ENTITY_REQUEST,
                "informatiepakket verstuurd",
                entity_id=request.id,
            )
        uow.flush()
    skipped.extend(i for i in ids if i not in seen)
    return MarkResult(marked=marked, status_changed=changed, skipped=tuple(sorted(skipped)))


def record_printed(
    db: Database,
    entity: str,
    ids: Sequence[int],
    detail: str,
    *,
    actor: Actor,
) -> None:
    """Audit lines 'afgedrukt' for a print that changes nothing else (labels, intake
    packs, packs not marked as sent)."""
    with unit_of_work(db, actor, Permission.PACKS, kind=_("pakket")) as uow:
        for record_id in unique_ids(ids):
            uow.audit(AuditAction.PRINT, entity, detail, entity_id=record_id)
