"""Saving requests: a new one from a form or the kiosk, a batch from an import, and an
edited one with its version checked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, RequestStatus, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.requests import ResponseNorm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.bulk import bulk_insert, reserve_ids
from utregs_plekkie.storage.requests.norm import load_response_norm
from utregs_plekkie.storage.requests.references import RequestReferences
from utregs_plekkie.storage.requests.validate import validated
from utregs_plekkie.storage.requests.values import (
    ENTITY,
    RequestInput,
    RequestValues,
    not_found_message,
    table_of,
)
from utregs_plekkie.storage.unit_of_work import DETAIL_MAX, unit_of_work


def _columns(
    values: RequestValues,
    *,
    received: datetime,
    now: datetime,
    norm: ResponseNorm,
    event_id: int | None,
    consent_version: str | None,
) -> dict[str, Any]:
    """Every column of a new request (shared by the form and the bulk import)."""
    routing = values.routing
    return {
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "first_name": values.first_name,
        "name_prefix": values.name_prefix,
        "last_name": values.last_name,
        "name_key": values.name_key,
        "email": values.email,
        "phone": values.phone,
        "street": values.street,
        "house_number": values.house_number,
        "house_number_suffix": values.house_number_suffix,
        "postcode": values.postcode,
        "city": values.city,
        "pc4": routing.pc4,
        "wijk_code": routing.wijk_code if routing.in_city else None,
        "provider": values.provider,
        "provider_set_by_hand": values.provider_set_by_hand,
        "source": values.source,
        "source_detail": values.source_detail,
        "event_id": event_id,
        "received_at": received,
        "consent_contact": values.consent_contact,
        "consent_store": values.consent_store,
        "consent_at": values.consent_at,
        "consent_text_version": consent_version,
        "consent_withdrawn_at": None,
        "status": RequestStatus.NIEUW,
        "status_since": received,
        "follow_up_on": norm.due_date(
            RequestStatus.NIEUW, received.astimezone(clock.LOCAL_TZ).date()
        ),
        "dropout_reason": None,
        "pack_sent_at": None,
        "household_id": None,
        "merged_into_id": None,
        "anonymised_at": None,
        "notes": values.notes,
    }


def create_request(
    db: Database,
    data: RequestInput | RequestValues,
    *,
    actor: Actor,
    geo: GeoIndex | None = None,
    norm: ResponseNorm | None = None,
) -> m.InfoRequest:
    """Save a new request (status nieuw, with its first history line and follow-up
    date from the response norm). Raises :class:`InvalidRequestError` with every
    problem when the input is not valid. Saved and committed when this returns."""
    return _create(db, data, actor, Permission.EDIT_REQUESTS, geo=geo, norm=norm)


def capture_request(
    db: Database,
    data: RequestInput | RequestValues,
    *,
    actor: Actor,
    geo: GeoIndex | None = None,
    norm: ResponseNorm | None = None,
) -> m.InfoRequest:
    """A visitor's request captured at a pop-up stand (the kiosk): saved as
    :func:`create_request` does, with the right every role has, to capture. Saved and
    committed when this returns: the kiosk relies on that (a confirmed capture survives
    a crash)."""
    return _create(db, data, actor, Permission.KIOSK_CAPTURE, geo=geo, norm=norm)


def _create(
    db: Database,
    data: RequestInput | RequestValues,
    actor: Actor,
    permission: Permission,
    *,
    geo: GeoIndex | None,
    norm: ResponseNorm | None,
) -> m.InfoRequest:
    values = validated(data, geo)
    refs = RequestReferences()
    with unit_of_work(db, actor, permission, kind=_("aanvraag")) as uow:
        session = uow.session
        now = clock.now()
        received = values.received_at or now
        columns = _columns(
            values,
            received=received,
            now=now,
            norm=norm or load_response_norm(session),
            event_id=refs.event_id(session, values, received, actor=actor),
            consent_version=refs.consent_version(session, values),
        )
        record = m.InfoRequest(**columns)
        record.interests = [m.RequestInterest(interest=i) for i in sorted(values.interests)]
        record.status_changes = [
            m.RequestStatusChange(
                from_status=None, to_status=RequestStatus.NIEUW, at=received, user_id=actor.user_id
            )
        ]
        return uow.add(record, _("bron: {source}").format(source=label(values.source)))


def insert_request_batch(
    session: Session,
    batch: Sequence[RequestValues],
    *,
    refs: RequestReferences | None = None,
    norm: ResponseNorm,
    actor: Actor,
    audit_detail: str = "",
) -> list[int]:
    """Insert many validated requests in the caller's transaction (bulk import);
    returns their new ids in the same order.

    Rows go in with Core multi-row INSERTs (RETURNING the ids in parameter order), with
    their interests, first history lines and audit lines: the same rows
    :func:`create_request` writes, at a fraction of the cost per row. The audit lines
    are written in bulk too, in ``actor``'s name, as ``add_audit_line`` would.
    """
    require(actor, Permission.IMPORT)
    if not batch:
        return []
    refs = refs or RequestReferences()
    now = clock.now()
    rows: list[dict[str, Any]] = []
    for values in batch:
        received = values.received_at or now
        rows.append(
            _columns(
                values,
                received=received,
                now=now,
                norm=norm,
                event_id=refs.event_id(session, values, received, actor=actor),
                consent_version=refs.consent_version(session, values),
            )
        )
    table = table_of(m.InfoRequest)
    ids = reserve_ids(session, table, len(rows))
    for row, rid in zip(rows, ids, strict=True):
        row["id"] = rid
    bulk_insert(session, table, rows)
    interests = [
        {"request_id": rid, "interest": interest}
        for rid, values in zip(ids, batch, strict=True)
        for interest in sorted(values.interests)
    ]
    if interests:
        bulk_insert(session, table_of(m.RequestInterest), interests)
    bulk_insert(
        session,
        table_of(m.RequestStatusChange),
        [
            {
                "request_id": rid,
                "from_status": None,
                "to_status": RequestStatus.NIEUW,
                "at": row["received_at"],
                "user_id": actor.user_id,
                "reason": None,
                "note": "",
                "next_contact_on": None,
            }
            for rid, row in zip(ids, rows, strict=True)
        ],
    )
    bulk_insert(
        session,
        table_of(m.AuditEntry),
        [
            {
                "at": now,
                "user_id": actor.user_id,
                "username": actor.username[:80],
                "action": AuditAction.CREATE,
                "entity": ENTITY,
                "entity_id": rid,
                "detail": audit_detail[:DETAIL_MAX],
            }
            for rid in ids
        ],
    )
    return ids


_EDITABLE = (
    "first_name",
    "name_prefix",
    "last_name",
    "name_key",
    "email",
    "phone",
    "street",
    "house_number",
    "house_number_suffix",
    "postcode",
    "city",
    "pc4",
    "wijk_code",
    "provider",
    "provider_set_by_hand",
    "source",
    "source_detail",
    "event_id",
    "received_at",
    "notes",
)


def touch(record: m.InfoRequest) -> None:
    """Make the request's row be written (and its version move on) even when only its
    interests changed: another user's stale copy is then refused, as for any change."""
    record.updated_at = clock.now()
    flag_modified(record, "updated_at")


def update_request(
    db: Database,
    request_id: int,
    expected_version: int,
    data: RequestInput | RequestValues,
    *,
    actor: Actor,
    geo: GeoIndex | None = None,
    norm: ResponseNorm | None = None,
) -> m.InfoRequest:
    """Save an edited request if nobody changed it since ``expected_version``.

    Status and consent have their own functions (:func:`change_status`,
    :func:`record_consent`), so their history and dates are always kept right.
    """
    values = validated(data, geo)
    refs = RequestReferences()
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind=_("aanvraag")) as uow:
        session = uow.session
        record = uow.get(
            m.InfoRequest,
            request_id,
            expected_version=expected_version,
            not_found=not_found_message(request_id),
        )
        if record.merged_into_id is not None:
            raise ValidationError(
                _(
                    "Deze aanvraag is samengevoegd met aanvraag {id} en kan niet meer "
                    "worden gewijzigd. Open aanvraag {id}."
                ).format(id=record.merged_into_id)
            )
        received = values.received_at or record.received_at
        new = _columns(
            values,
            received=received,
            now=clock.now(),
            norm=ResponseNorm(),
            event_id=refs.event_id(session, values, received, actor=actor),
            consent_version=None,
        )
        # In the form's order, not uow.change's sorted one: the audit line reads as the
        # form does.
        changed = [key for key in _EDITABLE if getattr(record, key) != new[key]]
        for key in changed:
            setattr(record, key, new[key])
        if (
            "received_at" in changed
            and record.status == RequestStatus.NIEUW
            and len(record.status_changes) <= 1
        ):
            record.follow_up_on = (norm or load_response_norm(session)).due_date(
                RequestStatus.NIEUW, received.astimezone(clock.LOCAL_TZ).date()
            )
        old_interests = record.interest_set
        if old_interests != set(values.interests):
            record.interests = [m.RequestInterest(interest=i) for i in sorted(values.interests)]
            changed.append("interests")
            # Interests live in their own table; touch the request so its version
            # moves on and a stale copy elsewhere is still refused.
            touch(record)
        if changed:
            uow.audit(AuditAction.UPDATE, record, ", ".join(changed))
        uow.flush()
        return record
