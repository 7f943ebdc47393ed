"""Merging two requests with all history kept, and folding an import duplicate into
an existing request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Interest, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.save import touch
from utregs_plekkie.storage.requests.values import (
    ENTITY,
    RequestValues,
    not_found_message,
    table_of,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line, unit_of_work


@dataclass(frozen=True)
class MergeResult:
    keep: m.InfoRequest
    merged_id: int
    filled: tuple[str, ...]
    interests_added: tuple[Interest, ...]
    registrations_moved: int


_ADDRESS_BLOCK = ("street", "house_number", "house_number_suffix", "postcode", "city", "pc4")
_ROUTING_BLOCK = ("wijk_code", "provider", "provider_set_by_hand")
_CONSENT_BLOCK = (
    "consent_contact",
    "consent_store",
    "consent_at",
    "consent_text_version",
    "consent_withdrawn_at",
)


def _fill_from(keep: m.InfoRequest, other: Mapping[str, Any]) -> list[str]:
    """Fill what ``keep`` lacks from ``other`` (never overwrite); returns the fields."""
    filled: list[str] = []
    if not (keep.first_name or keep.last_name) and (other["first_name"] or other["last_name"]):
        for key in ("first_name", "name_prefix", "last_name", "name_key"):
            setattr(keep, key, other[key])
        filled.append(_("naam"))
    for key in ("email", "phone"):
        if not getattr(keep, key) and other[key]:
            setattr(keep, key, other[key])
            filled.append(_("e-mailadres") if key == "email" else _("telefoonnummer"))
    if not keep.postcode and other["postcode"]:
        for key in (*_ADDRESS_BLOCK, *_ROUTING_BLOCK):
            setattr(keep, key, other[key])
        filled.append(_("adres"))
    elif not keep.street and other["street"] and keep.postcode == other["postcode"]:
        for key in ("street", "house_number", "house_number_suffix"):
            setattr(keep, key, other[key])
        filled.append(_("straat"))
    if keep.provider is None and other["provider"] is not None and keep.wijk_code is None:
        keep.provider = other["provider"]
        keep.provider_set_by_hand = other["provider_set_by_hand"]
        filled.append(_("aanbieder"))
    if keep.event_id is None and other["event_id"] is not None:
        keep.event_id = other["event_id"]
        filled.append(_("evenement"))
    other_consent = other["consent_at"]
    if other_consent is not None and (keep.consent_at is None or other_consent > keep.consent_at):
        # The person's most recent statement counts (a withdrawal included).
        for key in _CONSENT_BLOCK:
            setattr(keep, key, other[key])
        filled.append(_("toestemming"))
    return filled


def _record_values(record: m.InfoRequest) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in table_of(m.InfoRequest).columns}


def merge_requests(
    db: Database,
    keep_id: int,
    merge_id: int,
    *,
    actor: Actor,
    keep_version: int | None = None,
    merge_version: int | None = None,
) -> MergeResult:
    """Merge request ``merge_id`` into ``keep_id``, keeping every piece of history.

    Nothing is deleted. The merged request keeps its own status changes, interests and
    notes and gets ``merged_into_id`` (it then disappears from lists;
    :func:`request_history` of the kept one shows both histories). The kept request
    gains the interests it lacked, empty contact and address fields, the more recent
    consent, the merged one's notes (under a dated line), its event registrations
    (where it had none for that event), its household link, and any requests that were
    merged into it before.
    """
    if keep_id == merge_id:
        raise ValidationError(
            _("Een aanvraag kan niet met zichzelf worden samengevoegd. Kies twee aanvragen."),
            field="merge",
        )
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind=_("aanvraag")) as uow:
        session = uow.session
        keep = uow.get(
            m.InfoRequest,
            keep_id,
            expected_version=keep_version,
            not_found=not_found_message(keep_id),
        )
        other = uow.get(
            m.InfoRequest,
            merge_id,
            expected_version=merge_version,
            not_found=not_found_message(merge_id),
        )
        for record in (keep, other):
            if record.merged_into_id is not None:
                raise ValidationError(
                    _(
                        "Aanvraag {id} is al samengevoegd met aanvraag {target}. Kies "
                        "aanvraag {target}."
                    ).format(id=record.id, target=record.merged_into_id),
                    field="merge",
                )
        if (
            keep.household_id is not None
            and other.household_id is not None
            and keep.household_id != other.household_id
        ):
            raise ValidationError(
                _(
                    "Beide aanvragen zijn al een gezin geworden. Voeg eerst de gezinnen "
                    "samen op de pagina Gezinnen."
                ),
                field="merge",
            )
        other_values = _record_values(other)
        filled = _fill_from(keep, other_values)
        if keep.household_id is None and other.household_id is not None:
            keep.household_id = other.household_id
            filled.append(_("gezin"))
        added = sorted(other.interest_set - keep.interest_set)
        for interest in added:
            keep.interests.append(m.RequestInterest(interest=interest))
        moment = clock.now()
        header = _(
            "— Samengevoegd met aanvraag {id} op {date} ({name}, ontvangen {received}, "
            "bron {source}) —"
        ).format(
            id=other.id,
            date=moment.strftime("%d-%m-%Y"),
            name=other.full_name or _("zonder naam"),
            received=other.received_at.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y"),
            source=label(other.source),
        )
        block = header + ("\n" + other.notes.strip() if other.notes.strip() else "")
        keep.notes = f"{keep.notes.rstrip()}\n{block}" if keep.notes.strip() else block
        reg = m.EventRegistration
        keep_events = set(
            session.execute(select(reg.event_id).where(reg.request_id == keep.id)).scalars()
        )
        moved = 0
        for registration in session.execute(
            select(reg).where(reg.request_id == other.id)
        ).scalars():
            if registration.event_id not in keep_events:
                registration.request_id = keep.id
                keep_events.add(registration.event_id)
                moved += 1
        session.execute(
            update(m.InfoRequest)
            .where(m.InfoRequest.merged_into_id == other.id)
            .values(merged_into_id=keep.id)
        )
        other.merged_into_id = keep.id
        other.follow_up_on = None
        touch(keep)
        session.flush()
        uow.audit(
            AuditAction.MERGE,
            keep,
            _("aanvraag {other} samengevoegd hierin; aangevuld: {fields}").format(
                other=other.id,
                fields=", ".join(
                    filled + [_("interesse {name}").format(name=label(i)) for i in added]
                )
                or "-",
            ),
        )
        uow.audit(
            AuditAction.MERGE,
            other,
            _("samengevoegd in aanvraag {keep}").format(keep=keep.id),
        )
        return MergeResult(
            keep=keep,
            merged_id=other.id,
            filled=tuple(filled),
            interests_added=tuple(added),
            registrations_moved=moved,
        )


def merge_values_into(
    session: Session,
    request_id: int,
    values: RequestValues,
    *,
    actor: Actor,
    note: str,
) -> list[str]:
    """Fold an incoming row (an import duplicate) into an existing request, in the
    caller's transaction: empty fields are filled and interests added, never
    overwritten. Returns what changed; nothing changes when the row brings nothing new,
    so importing the same file twice changes nothing the second time."""
    require(actor, Permission.IMPORT)
    record = session.get(m.InfoRequest, request_id)
    if record is None or record.merged_into_id is not None:
        return []
    incoming = {
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
        "pc4": values.routing.pc4,
        "wijk_code": values.routing.wijk_code if values.routing.in_city else None,
        "provider": values.provider,
        "provider_set_by_hand": values.provider_set_by_hand,
        "event_id": values.event_id,
        "consent_contact": values.consent_contact,
        "consent_store": values.consent_store,
        "consent_at": values.consent_at,
        "consent_text_version": values.consent_text_version,
        "consent_withdrawn_at": None,
    }
    filled = _fill_from(record, incoming)
    added = sorted(set(values.interests) - record.interest_set)
    for interest in added:
        record.interests.append(m.RequestInterest(interest=interest))
    changes = filled + [_("interesse {name}").format(name=label(i)) for i in added]
    if not changes:
        return []
    line = _("{note}: aangevuld {fields}").format(note=note, fields=", ".join(changes))
    record.notes = f"{record.notes.rstrip()}\n{line}" if record.notes.strip() else line
    touch(record)
    # Field names only in the audit trail, never the values (personal data).
    add_audit_line(
        session,
        actor,
        AuditAction.MERGE,
        ENTITY,
        record.id,
        _("aangevuld uit een import: {fields}").format(fields=", ".join(changes)),
    )
    return changes
