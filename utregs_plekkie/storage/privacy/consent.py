"""Consent of a lead under the AVG: the privacy texts (versioned, never changed), the
consent columns of a new request, recording consent and withdrawing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import UnitOfWork, unit_of_work


@dataclass(frozen=True)
class ConsentTextInfo:
    version: str
    text: str
    valid_from: date


def _consent_info(row: m.ConsentText) -> ConsentTextInfo:
    return ConsentTextInfo(row.version, row.text, row.valid_from)


def add_consent_text(
    db: Database, version: str, text: str, valid_from: date, *, actor: Actor
) -> ConsentTextInfo:
    """Store a new privacy text; it is shown from ``valid_from`` on. Never changed later."""
    require(actor, Permission.SETTINGS)
    version = version.strip()
    if not version or len(version) > 40:
        raise ValidationError(
            _("Geef de tekst een versie van 1 tot 40 tekens, bijvoorbeeld '2027-01'."),
            field="version",
        )
    if not text.strip():
        raise ValidationError(_("De privacytekst is leeg; plak de volledige tekst."), field="text")
    with unit_of_work(db, actor, Permission.SETTINGS, kind=_("instelling")) as uow:
        if uow.session.scalar(select(m.ConsentText.id).where(m.ConsentText.version == version)):
            raise ValidationError(
                _(
                    "Versie '{version}' bestaat al. Een gebruikte tekst wordt nooit gewijzigd: "
                    "geef de nieuwe tekst een nieuwe versie."
                ).format(version=version),
                field="version",
            )
        row = uow.add(
            m.ConsentText(version=version, text=text, valid_from=valid_from),
            f"versie {version}",
        )
        return _consent_info(row)


def consent_text(db: Database, version: str) -> ConsentTextInfo | None:
    with db.session() as session:
        row = session.scalar(select(m.ConsentText).where(m.ConsentText.version == version))
        return _consent_info(row) if row is not None else None


def _current_text(session: Session, on: date) -> m.ConsentText | None:
    query = (
        select(m.ConsentText)
        .where(m.ConsentText.valid_from <= on)
        .order_by(m.ConsentText.valid_from.desc(), m.ConsentText.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def current_consent_text(db: Database, on: date | None = None) -> ConsentTextInfo | None:
    """The text to show today (the newest that is valid), or None when there is none."""
    with db.session() as session:
        row = _current_text(session, on or clock.today())
        return _consent_info(row) if row is not None else None


def consent_values(
    session: Session, *, contact: bool, store: bool, at: datetime | None = None
) -> dict[str, Any]:
    """The consent columns for a new request (kiosk, import): now, with today's text.

    Raises ValidationError when consent is given but no privacy text is stored yet,
    because consent to an unknown text proves nothing.
    """
    when = at or clock.now()
    if not (contact or store):
        return {
            "consent_contact": False,
            "consent_store": False,
            "consent_at": None,
            "consent_text_version": None,
        }
    text = _current_text(session, when.astimezone(clock.LOCAL_TZ).date())
    if text is None:
        raise ValidationError(
            _(
                "Er is nog geen privacytekst vastgelegd. Laat een beheerder de tekst "
                "toevoegen die bezoekers te zien krijgen; dan kan de toestemming worden bewaard."
            ),
            field="consent",
        )
    return {
        "consent_contact": contact,
        "consent_store": store,
        "consent_at": when,
        "consent_text_version": text.version,
    }


def _request_for_edit(
    uow: UnitOfWork, request_id: int, expected_version: int | None
) -> m.InfoRequest:
    return uow.get(
        m.InfoRequest,
        request_id,
        expected_version=expected_version,
        not_found=_("Aanvraag {id} bestaat niet (meer). Zoek de aanvraag opnieuw op.").format(
            id=request_id
        ),
    )


def record_consent(
    db: Database,
    request_id: int,
    *,
    actor: Actor,
    contact: bool,
    store: bool,
    expected_version: int | None = None,
) -> None:
    """Record (new) consent of a lead, now, with the privacy text valid today."""
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind=_("aanvraag")) as uow:
        row = _request_for_edit(uow, request_id, expected_version)
        changes = consent_values(uow.session, contact=contact, store=store)
        uow.change(row, {**changes, "consent_withdrawn_at": None}, audit=False)
        uow.audit(
            AuditAction.UPDATE,
            row,
            f"toestemming vastgelegd (versie {row.consent_text_version or '-'})",
        )


def withdraw_consent(
    db: Database, request_id: int, *, actor: Actor, expected_version: int | None = None
) -> None:
    """One action: the lead withdrew consent. No more contact, no follow-up, noted in
    the audit trail. The data itself goes at the next retention run or on erasure."""
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind=_("aanvraag")) as uow:
        row = _request_for_edit(uow, request_id, expected_version)
        if row.consent_withdrawn_at is not None:
            return
        uow.change(
            row,
            {
                "consent_withdrawn_at": clock.now(),
                "consent_contact": False,
                "consent_store": False,
                "follow_up_on": None,
            },
            audit=False,
        )
        uow.audit(AuditAction.UPDATE, row, "toestemming ingetrokken")
