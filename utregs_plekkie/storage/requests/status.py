"""The status flow of a request: each move checked, dated in its history, with the next
follow-up date from the response norm."""

from __future__ import annotations

from datetime import date

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, RequestStatus
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.requests import ResponseNorm, check_move, follow_up_after_move
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.norm import load_response_norm
from utregs_plekkie.storage.requests.values import InvalidRequestError, not_found_message
from utregs_plekkie.storage.unit_of_work import unit_of_work


def change_status(
    db: Database,
    request_id: int,
    expected_version: int,
    target: RequestStatus,
    *,
    actor: Actor,
    reason: str | None = None,
    note: str = "",
    next_contact_on: date | None = None,
    norm: ResponseNorm | None = None,
) -> m.InfoRequest:
    """Move a request to ``target``: checked against the flow, dated in its history,
    with the next follow-up date from the norm (or the niet-nu date). Raises
    :class:`InvalidRequestError` listing what is missing or not allowed."""
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
                _("Deze aanvraag is samengevoegd met aanvraag {id}; wijzig de status daar.").format(
                    id=record.merged_into_id
                ),
                field="status",
            )
        today = clock.today()
        problems = check_move(
            record.status,
            target,
            today=today,
            reason=reason,
            note=note,
            next_contact_on=next_contact_on,
        )
        if problems:
            raise InvalidRequestError(problems)
        now = clock.now()
        previous = record.status
        record.status_changes.append(
            m.RequestStatusChange(
                from_status=previous,
                to_status=target,
                at=now,
                user_id=actor.user_id,
                reason=reason if target == RequestStatus.AFGEHAAKT else None,
                note=note.strip(),
                next_contact_on=next_contact_on if target == RequestStatus.NIET_NU else None,
            )
        )
        record.status = target
        record.status_since = now
        record.follow_up_on = (
            None
            if record.consent_withdrawn_at is not None
            else follow_up_after_move(
                target,
                moved_on=today,
                norm=norm or load_response_norm(session),
                next_contact_on=next_contact_on,
            )
        )
        record.dropout_reason = reason if target == RequestStatus.AFGEHAAKT else None
        if target == RequestStatus.PAKKET_VERSTUURD and record.pack_sent_at is None:
            record.pack_sent_at = now
        uow.audit(
            AuditAction.UPDATE,
            record,
            _("status: {old} -> {new}").format(old=previous.value, new=target.value),
        )
        uow.flush()
        return record
