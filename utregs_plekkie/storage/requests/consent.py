"""Consent: the versioned privacy texts and what a person agreed to (or withdrew)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Source
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.fields import clean_text
from utregs_plekkie.storage.requests.references import RequestReferences
from utregs_plekkie.storage.requests.routing import Routing
from utregs_plekkie.storage.requests.values import (
    VERSION_MAX,
    InvalidRequestError,
    RequestValues,
    not_found_message,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work


def add_consent_text(
    db: Database,
    version: str,
    text: str,
    valid_from: date,
    *,
    actor: Actor,
) -> m.ConsentText:
    """Store a new version of the privacy text shown when consent is asked (a setting:
    only a role with the settings right may)."""
    version = clean_text(version)
    problems: list[ValidationError] = []
    if not version or len(version) > VERSION_MAX:
        problems.append(
            ValidationError(
                _("Geef de toestemmingstekst een versie van 1 tot {n} tekens.").format(
                    n=VERSION_MAX
                ),
                field="version",
            )
        )
    if not text.strip():
        problems.append(ValidationError(_("Vul de tekst van de toestemming in."), field="text"))
    if problems:
        raise InvalidRequestError(problems)
    with unit_of_work(db, actor, Permission.SETTINGS, kind=_("instelling")) as uow:
        session = uow.session
        exists_already = session.execute(
            select(m.ConsentText.id).where(m.ConsentText.version == version)
        ).first()
        if exists_already:
            raise InvalidRequestError(
                [
                    ValidationError(
                        _(
                            "Versie '{version}' bestaat al. Een gegeven toestemming verwijst naar "
                            "de tekst van toen; geef de nieuwe tekst een nieuwe versie."
                        ).format(version=version),
                        field="version",
                    )
                ]
            )
        record = m.ConsentText(version=version, text=text.strip(), valid_from=valid_from)
        return uow.add(record, version)


def current_consent_text(db: Database, on: date | None = None) -> m.ConsentText | None:
    """The privacy text valid on ``on`` (today by default): shown in the kiosk."""
    day = on or clock.today()
    with db.session() as session:
        record = session.execute(
            select(m.ConsentText)
            .where(m.ConsentText.valid_from <= day)
            .order_by(m.ConsentText.valid_from.desc(), m.ConsentText.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if record is not None:
            session.expunge(record)
        return record


def record_consent(
    db: Database,
    request_id: int,
    expected_version: int,
    *,
    actor: Actor,
    contact: bool,
    store: bool,
    text_version: str | None = None,
    at: datetime | None = None,
) -> m.InfoRequest:
    """Record what the person agreed to now (to be contacted; to keep their data), with
    the date and the version of the text shown. Both ``False`` records a withdrawal
    (the earlier consent and its text version stay, for the record)."""
    moment = at or clock.now()
    with unit_of_work(db, actor, Permission.EDIT_REQUESTS, kind=_("aanvraag")) as uow:
        session = uow.session
        record = uow.get(
            m.InfoRequest,
            request_id,
            expected_version=expected_version,
            not_found=not_found_message(request_id),
        )
        if contact or store:
            values = replace(_EMPTY_VALUES, consent_at=moment, consent_text_version=text_version)
            version = RequestReferences().consent_version(session, values)
            record.consent_contact = contact
            record.consent_store = store
            record.consent_at = moment
            record.consent_text_version = version
            record.consent_withdrawn_at = None
            detail = _("toestemming: contact {contact}, bewaren {store}, tekst {version}")
            detail = detail.format(
                contact=_("ja") if contact else _("nee"),
                store=_("ja") if store else _("nee"),
                version=version or "-",
            )
        else:
            record.consent_contact = False
            record.consent_store = False
            record.consent_withdrawn_at = moment
            # No more contact: the request leaves the "vandaag" view.
            record.follow_up_on = None
            detail = _("toestemming ingetrokken")
        uow.audit(AuditAction.UPDATE, record, detail)
        uow.flush()
        return record


_EMPTY_VALUES = RequestValues(
    first_name="",
    name_prefix="",
    last_name="",
    email=None,
    phone=None,
    street="",
    house_number=None,
    house_number_suffix="",
    postcode=None,
    city="",
    routing=Routing(),
    provider=None,
    provider_set_by_hand=False,
    interests=frozenset(),
    source=Source.ANDERS,
    source_detail="",
    event_id=None,
    event_name="",
    received_at=None,
    consent_contact=False,
    consent_store=False,
    consent_at=None,
    consent_text_version=None,
    notes="",
)
