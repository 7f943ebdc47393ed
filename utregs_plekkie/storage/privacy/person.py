"""One person's records: finding them all (merged duplicates and the household
included) and the export for the right of access (AVG art. 15)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
)
from utregs_plekkie.core.errors import NotFoundError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.audit import (
    AuditRow,
    audit_rows_about,
    write_atomically,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.privacy.anonymise import (
    chunks,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work


@dataclass(frozen=True)
class PersonIds:
    """Every record that belongs to one person: their requests (with merged
    duplicates) and the household they became part of."""

    requests: frozenset[int]
    households: frozenset[int]


def person_ids(
    session: Session, *, request_id: int | None = None, household_id: int | None = None
) -> PersonIds:
    if (request_id is None) == (household_id is None):
        raise ValidationError(_("Kies een aanvraag of een gezin (één van beide)."), field="person")
    r = m.InfoRequest
    requests: set[int] = set()
    households: set[int] = set()
    if request_id is not None:
        if session.get(r, request_id) is None:
            raise NotFoundError(
                _("Aanvraag {id} bestaat niet. Controleer het nummer.").format(id=request_id)
            )
        requests.add(request_id)
    if household_id is not None:
        if session.get(m.Household, household_id) is None:
            raise NotFoundError(
                _("Gezin {id} bestaat niet. Controleer het nummer.").format(id=household_id)
            )
        households.add(household_id)
    while True:
        found_r: set[int] = set()
        found_h: set[int] = set()
        if requests:
            ids = list(requests)
            found_r |= set(session.scalars(select(r.id).where(r.merged_into_id.in_(ids))))
            found_r |= {
                i
                for i in session.scalars(select(r.merged_into_id).where(r.id.in_(ids)))
                if i is not None
            }
            found_h |= {
                i
                for i in session.scalars(select(r.household_id).where(r.id.in_(ids)))
                if i is not None
            }
        if households:
            found_r |= set(session.scalars(select(r.id).where(r.household_id.in_(households))))
        if found_r <= requests and found_h <= households:
            return PersonIds(frozenset(requests), frozenset(households))
        requests |= found_r
        households |= found_h


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(clock.LOCAL_TZ).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Schedule):
        return value.describe()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


_INTERNAL = frozenset({"version", "name_key"})


def _columns(row: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    leave_out = _INTERNAL | set(skip)
    table = row.__table__
    return {c.key: _plain(getattr(row, c.key)) for c in table.columns if c.key not in leave_out}


def person_export(
    db: Database,
    *,
    request_id: int | None = None,
    household_id: int | None = None,
    actor: Actor,
) -> dict[str, Any]:
    """Everything stored about one person (right of access, AVG art. 15).

    Pass a request or a household; the person's other requests (merged duplicates)
    and household are found through their links. Data of children who were proposed
    or placed is left out: it is about someone else. The export is in the audit trail.
    """
    require(actor, Permission.PRIVACY)
    with db.session() as session:
        ids = person_ids(session, request_id=request_id, household_id=household_id)
        data: dict[str, Any] = {
            "titel": _("Inzage in persoonsgegevens (AVG)"),
            "gemaakt_op": _plain(clock.now()),
            "gevraagd_voor": {"aanvraag": request_id}
            if request_id is not None
            else {"gezin": household_id},
            "aanvragen": [],
            "gezinnen": [],
            "evenementen": [],
            "toestemmingsteksten": [],
            "logboek": [],
        }
        versions: set[str] = set()
        for row in session.scalars(
            select(m.InfoRequest)
            .where(m.InfoRequest.id.in_(ids.requests))
            .order_by(m.InfoRequest.id)
        ):
            if row.consent_text_version:
                versions.add(row.consent_text_version)
            data["aanvragen"].append(
                {
                    "gegevens": _columns(row),
                    "interesses": sorted(i.interest.value for i in row.interests),
                    "statusgeschiedenis": [
                        _columns(c, skip=("request_id",)) for c in row.status_changes
                    ],
                }
            )
        entity_ids: dict[str, set[int]] = {
            "info_requests": set(ids.requests),
            "households": set(ids.households),
            "household_adults": set(),
            "screening_checks": set(),
            "availability_offers": set(),
            "match_proposals": set(),
            "placements": set(),
            "event_registrations": set(),
        }
        for hh in session.scalars(
            select(m.Household).where(m.Household.id.in_(ids.households)).order_by(m.Household.id)
        ):
            proposals = session.scalars(
                select(m.MatchProposal)
                .where(m.MatchProposal.household_id == hh.id)
                .order_by(m.MatchProposal.id)
            ).all()
            placements = session.scalars(
                select(m.Placement)
                .where(m.Placement.household_id == hh.id)
                .order_by(m.Placement.id)
            ).all()
            entity_ids["household_adults"] |= {a.id for a in hh.adults}
            entity_ids["screening_checks"] |= {c.id for a in hh.adults for c in a.checks}
            entity_ids["availability_offers"] |= {o.id for o in hh.offers}
            entity_ids["match_proposals"] |= {p.id for p in proposals}
            entity_ids["placements"] |= {p.id for p in placements}
            data["gezinnen"].append(
                {
                    "gegevens": _columns(hh),
                    "volwassenen": [
                        {
                            "gegevens": _columns(a, skip=("household_id",)),
                            "screenings": [_columns(c, skip=("adult_id",)) for c in a.checks],
                        }
                        for a in hh.adults
                    ],
                    "eigen_kinderen": [
                        _columns(c, skip=("household_id",)) for c in hh.own_children
                    ],
                    "aanbod": [
                        {
                            "gegevens": _columns(o, skip=("household_id",)),
                            "pauzes": [_columns(p, skip=("offer_id",)) for p in o.pauses],
                        }
                        for o in hh.offers
                    ],
                    "fasegeschiedenis": [
                        _columns(c, skip=("household_id",)) for c in hh.stage_changes
                    ],
                    "voorstellen": [
                        {
                            "gegevens": _columns(
                                p, skip=("household_id", "child_id", "components", "explanation")
                            ),
                            "statusgeschiedenis": [
                                _columns(c, skip=("proposal_id",)) for c in p.status_changes
                            ],
                        }
                        for p in proposals
                    ],
                    "plaatsingen": [
                        _columns(p, skip=("household_id", "child_id")) for p in placements
                    ],
                }
            )
        reg = m.EventRegistration
        registrations = session.execute(
            select(reg, m.Event)
            .join(m.Event, m.Event.id == reg.event_id)
            .where(
                or_(
                    reg.request_id.in_(ids.requests),
                    reg.household_id.in_(ids.households),
                )
            )
            .order_by(m.Event.starts_at, reg.id)
        ).all()
        for registration, event in registrations:
            entity_ids["event_registrations"].add(registration.id)
            data["evenementen"].append(
                {
                    "id": registration.id,
                    "evenement": event.name,
                    "soort": event.kind.value,
                    "begint": _plain(event.starts_at),
                    "locatie": event.location,
                    "uitgenodigd_op": _plain(registration.invited_at),
                    "aangemeld_op": _plain(registration.registered_at),
                    "aanwezig": registration.attended,
                }
            )
        for text in session.scalars(
            select(m.ConsentText).where(m.ConsentText.version.in_(versions))
        ):
            data["toestemmingsteksten"].append(
                {
                    "versie": text.version,
                    "geldig_vanaf": _plain(text.valid_from),
                    "tekst": text.text,
                }
            )
    data["logboek"] = [row.as_dict() for row in _audit_about(db, entity_ids)]
    subject = (
        ("info_requests", request_id) if request_id is not None else ("households", household_id)
    )
    with unit_of_work(db, actor, Permission.PRIVACY, kind=_("persoon")) as uow:
        uow.audit(AuditAction.EXPORT, subject[0], "inzageverzoek (AVG)", entity_id=subject[1])
    return data


def _audit_about(db: Database, entity_ids: dict[str, set[int]]) -> list[AuditRow]:
    rows: list[AuditRow] = []
    for entity, ids in entity_ids.items():
        for chunk in chunks(sorted(ids)):
            rows += audit_rows_about(db, entity, chunk)
    rows.sort(key=lambda row: row.id)
    return rows


def write_person_json(data: dict[str, Any], path: Path) -> None:
    """Write a ``person_export`` as readable JSON (UTF-8), atomically."""

    def write(handle: Any) -> None:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")

    write_atomically(path, write, "utf-8")
