"""The AVG (GDPR): consent, retention, the right of access and the right to erasure.

- **Consent** of a lead is stored with its moment and the version of the text that was
  shown (``consent_texts``); withdrawing it is one action.
- **Retention**: leads that went nowhere are anonymised after ``lead_months``; stopped
  households after ``household_years``, or, when a child was ever placed with them,
  after ``placed_household_years`` (a child's Jeugdwet file is kept at least 20
  years). A dry run lists exactly what a run would touch.
- **Access**: everything about one person (``person_export``), as JSON here and as a
  PDF by ``packs.access_report``.
- **Erasure** (``erase_person``): the person's requests (merged ones included) and
  household are anonymised, the adults and own children of the household deleted,
  and free text about them wherever it sits (notes, proposals, placements) cleared.

Anonymising keeps what the statistics need (status and its dates, source, event,
four-digit postcode, wijk, provider, interests, stage history without notes) and
blanks everything that points at a person. The audit trail gets one line per record
("anonymised", "erased") without personal data; the earlier lines about the person
hold only ids and field names (see ``storage.audit``), so nothing is left to find.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, and_, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    PipelineStage,
    PlacementStatus,
    RequestStatus,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.audit import (
    AuditRow,
    Progress,
    audit_rows_about,
    record,
    write_atomically,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import stale_message
from utregs_plekkie.storage.users import read_setting, write_setting

RETENTION_KEY = "privacy.retention"
ERASED_MARK = "[verwijderd op verzoek (AVG)]"
BATCH = 500

# --------------------------------------------------------------------------- consent


@dataclass(frozen=True)
class ConsentTextInfo:
    version: str
    text: str
    valid_from: date


def _consent_info(row: m.ConsentText) -> ConsentTextInfo:
    return ConsentTextInfo(row.version, row.text, row.valid_from)


def add_consent_text(
    db: Database, actor: Actor, version: str, text: str, valid_from: date
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
    with db.transaction() as session:
        if session.scalar(select(m.ConsentText.id).where(m.ConsentText.version == version)):
            raise ValidationError(
                _(
                    "Versie '{version}' bestaat al. Een gebruikte tekst wordt nooit gewijzigd: "
                    "geef de nieuwe tekst een nieuwe versie."
                ).format(version=version),
                field="version",
            )
        row = m.ConsentText(version=version, text=text, valid_from=valid_from)
        session.add(row)
        session.flush()
        record(session, actor, AuditAction.CREATE, "consent_texts", row.id, f"versie {version}")
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
    session: Session, request_id: int, expected_version: int | None
) -> m.InfoRequest:
    row = session.get(m.InfoRequest, request_id)
    if row is None:
        raise NotFoundError(
            _("Aanvraag {id} bestaat niet (meer). Zoek de aanvraag opnieuw op.").format(
                id=request_id
            )
        )
    if expected_version is not None and row.version != expected_version:
        raise StaleRecordError(stale_message(_("aanvraag")))
    return row


def record_consent(
    db: Database,
    actor: Actor,
    request_id: int,
    *,
    contact: bool,
    store: bool,
    expected_version: int | None = None,
) -> None:
    """Record (new) consent of a lead, now, with the privacy text valid today."""
    require(actor, Permission.EDIT_REQUESTS)
    with db.transaction() as session:
        row = _request_for_edit(session, request_id, expected_version)
        for key, value in consent_values(session, contact=contact, store=store).items():
            setattr(row, key, value)
        row.consent_withdrawn_at = None
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "info_requests",
            row.id,
            f"toestemming vastgelegd (versie {row.consent_text_version or '-'})",
        )


def withdraw_consent(
    db: Database, request_id: int, actor: Actor, *, expected_version: int | None = None
) -> None:
    """One action: the lead withdrew consent. No more contact, no follow-up, noted in
    the audit trail. The data itself goes at the next retention run or on erasure."""
    require(actor, Permission.EDIT_REQUESTS)
    with db.transaction() as session:
        row = _request_for_edit(session, request_id, expected_version)
        if row.consent_withdrawn_at is not None:
            return
        row.consent_withdrawn_at = clock.now()
        row.consent_contact = False
        row.consent_store = False
        row.follow_up_on = None
        record(
            session, actor, AuditAction.UPDATE, "info_requests", row.id, "toestemming ingetrokken"
        )


# --------------------------------------------------------------------------- retention


@dataclass(frozen=True)
class RetentionRules:
    lead_months: int = 12
    household_years: int = 2
    placed_household_years: int = 20

    def validate(self) -> None:
        if not 1 <= self.lead_months <= 240:
            raise ValidationError(
                _("Kies voor aanvragen een bewaartermijn van 1 tot 240 maanden."),
                field="lead_months",
            )
        if not 1 <= self.household_years <= 50:
            raise ValidationError(
                _("Kies voor gestopte gezinnen een bewaartermijn van 1 tot 50 jaar."),
                field="household_years",
            )
        if not 20 <= self.placed_household_years <= 100:
            raise ValidationError(
                _(
                    "Gezinnen bij wie een kind geplaatst is geweest, worden minstens 20 jaar "
                    "bewaard (Jeugdwet); kies 20 tot 100 jaar."
                ),
                field="placed_household_years",
            )


def retention_rules(db: Database) -> RetentionRules:
    """The configured rules (settings key ``privacy.retention``), else the defaults."""
    with db.session() as session:
        stored = read_setting(session, RETENTION_KEY, {})
    defaults = RetentionRules()
    if not isinstance(stored, dict):
        return defaults
    values = asdict(defaults)
    for key in values:
        try:
            if key in stored:
                values[key] = int(stored[key])
        except (TypeError, ValueError):
            continue
    rules = RetentionRules(**values)
    try:
        rules.validate()
    except ValidationError:
        return defaults
    return rules


def save_retention_rules(db: Database, rules: RetentionRules, actor: Actor) -> None:
    require(actor, Permission.RETENTION)
    rules.validate()
    with db.transaction() as session:
        write_setting(session, RETENTION_KEY, asdict(rules))
        detail = (
            f"bewaartermijnen: aanvragen {rules.lead_months} mnd, gezinnen "
            f"{rules.household_years} jr, met plaatsing {rules.placed_household_years} jr"
        )
        record(session, actor, AuditAction.UPDATE, "settings", None, detail)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=clock.LOCAL_TZ)


@dataclass(frozen=True)
class RetentionItem:
    entity: str  # "info_requests" or "households"
    id: int
    name: str  # shown in the dry run so a beheerder can check the list
    since: date  # the last change that counts (status or stage)
    reason: str


@dataclass
class RetentionPlan:
    on: date
    rules: RetentionRules
    lead_cutoff: date
    household_cutoff: date
    placed_household_cutoff: date
    requests: list[RetentionItem] = field(default_factory=list)
    households: list[RetentionItem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.requests) + len(self.households)


@dataclass(frozen=True)
class RetentionResult:
    requests: int
    households: int
    skipped: int  # in the plan, but changed since (progress, or already anonymised)
    cancelled: bool = False


_NO_PROGRESS = (
    RequestStatus.NIEUW,
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
    RequestStatus.AFGEHAAKT,
    RequestStatus.NIET_NU,
)


def _lead_conditions(on: date, cutoff: date) -> list[Any]:
    r = m.InfoRequest
    moment = _local_midnight(cutoff)
    return [
        r.anonymised_at.is_(None),
        r.household_id.is_(None),
        r.status.in_(_NO_PROGRESS),
        r.status_since < moment,
        r.received_at < moment,
        or_(r.follow_up_on.is_(None), r.follow_up_on < on),
    ]


def _placed_households() -> Any:
    return select(m.Placement.household_id)


def _household_conditions(cutoff: date, placed_cutoff: date) -> list[Any]:
    h = m.Household
    placed = h.id.in_(_placed_households())
    active = h.id.in_(
        select(m.Placement.household_id).where(m.Placement.status == PlacementStatus.ACTIEF)
    )
    return [
        h.anonymised_at.is_(None),
        h.stage == PipelineStage.GESTOPT,
        ~active,
        or_(
            and_(~placed, h.stage_since < _local_midnight(cutoff)),
            and_(
                placed,
                h.stage_since < _local_midnight(placed_cutoff),
                or_(
                    h.last_placement_ended_on.is_(None),
                    h.last_placement_ended_on < placed_cutoff,
                ),
            ),
        ),
    ]


def retention_dry_run(
    db: Database, on: date | None = None, rules: RetentionRules | None = None
) -> RetentionPlan:
    """What a retention run on ``on`` (today) would anonymise; changes nothing.

    Shows names, so only for a beheerder: the GUI and the command line check
    ``Permission.RETENTION`` before they call this; ``apply_retention`` checks again.
    """
    day = on or clock.today()
    rules = rules or retention_rules(db)
    rules.validate()
    plan = RetentionPlan(
        on=day,
        rules=rules,
        lead_cutoff=months_before(day, rules.lead_months),
        household_cutoff=months_before(day, 12 * rules.household_years),
        placed_household_cutoff=months_before(day, 12 * rules.placed_household_years),
    )
    r, h = m.InfoRequest, m.Household
    lead_reason = _("geen voortgang sinds {months} maanden").format(months=rules.lead_months)
    with db.session() as session:
        query = (
            select(r.id, r.first_name, r.name_prefix, r.last_name, r.status_since)
            .where(*_lead_conditions(day, plan.lead_cutoff))
            .order_by(r.id)
        )
        for rid, first, prefix, last, since in session.execute(query):
            name = " ".join(p for p in (first, prefix, last) if p)
            plan.requests.append(
                RetentionItem("info_requests", rid, name, _local_date(since), lead_reason)
            )
        placed_ids = set(session.scalars(_placed_households()))
        query_h = (
            select(h.id, h.name, h.stage_since)
            .where(*_household_conditions(plan.household_cutoff, plan.placed_household_cutoff))
            .order_by(h.id)
        )
        for hid, name, since in session.execute(query_h):
            years = rules.placed_household_years if hid in placed_ids else rules.household_years
            reason = _("gestopt, langer dan {years} jaar geleden").format(years=years)
            plan.households.append(
                RetentionItem("households", hid, name, _local_date(since), reason)
            )
    return plan


def _local_date(value: datetime) -> date:
    return value.astimezone(clock.LOCAL_TZ).date()


def apply_retention(
    db: Database,
    plan: RetentionPlan,
    actor: Actor,
    *,
    progress: Progress | None = None,
) -> RetentionResult:
    """Anonymise what ``plan`` lists, in batches of ``BATCH`` records per transaction.

    Each record is checked again: one that made progress since the dry run is left
    alone (counted as skipped). Stopping halfway (cancel, crash) keeps the finished
    batches and leaves the rest untouched; a new run continues.
    """
    require(actor, Permission.RETENTION)
    total = plan.total
    done = skipped = n_requests = n_households = 0
    cancelled = False
    request_ids = [item.id for item in plan.requests]
    household_ids = [item.id for item in plan.households]
    for kind, ids in (("info_requests", request_ids), ("households", household_ids)):
        for start in range(0, len(ids), BATCH):
            if progress is not None and not progress(done, total):
                cancelled = True
                break
            chunk = ids[start : start + BATCH]
            now = clock.now()
            with db.transaction() as session:
                if kind == "info_requests":
                    eligible = list(
                        session.scalars(
                            select(m.InfoRequest.id).where(
                                m.InfoRequest.id.in_(chunk),
                                *_lead_conditions(plan.on, plan.lead_cutoff),
                            )
                        )
                    )
                    _anonymise_requests(session, eligible, now)
                    n_requests += len(eligible)
                    detail = "bewaartermijn verstreken"
                else:
                    conditions = _household_conditions(
                        plan.household_cutoff, plan.placed_household_cutoff
                    )
                    eligible = list(
                        session.scalars(
                            select(m.Household.id).where(m.Household.id.in_(chunk), *conditions)
                        )
                    )
                    linked = _anonymise_households(session, eligible, now, erase=False)
                    n_households += len(eligible)
                    n_requests += len(linked)
                    _audit_many(session, actor, "info_requests", linked, "bewaartermijn gezin")
                    detail = "bewaartermijn verstreken"
                _audit_many(session, actor, kind, eligible, detail)
            skipped += len(chunk) - len(eligible)
            done += len(chunk)
        if cancelled:
            break
    if progress is not None and not cancelled:
        progress(done, total)
    return RetentionResult(n_requests, n_households, skipped, cancelled)


def _t(model: type[m.Base]) -> Table:
    """The model's table, typed as a Table (SQLAlchemy types it as a FromClause)."""
    return cast(Table, model.__table__)


def _audit_many(
    session: Session, actor: Actor, entity: str, ids: Sequence[int], detail: str
) -> None:
    if not ids:
        return
    now = clock.now()
    session.execute(
        insert(m.AuditEntry),
        [
            {
                "at": now,
                "user_id": actor.user_id,
                "username": actor.username[:80],
                "action": AuditAction.ANONYMISE,
                "entity": entity,
                "entity_id": i,
                "detail": detail,
            }
            for i in ids
        ],
    )


def _chunks(ids: Sequence[int], size: int = BATCH) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _anonymise_requests(session: Session, ids: Sequence[int], now: datetime) -> None:
    """Blank what points at a person; keep status, dates, source, PC4 and wijk.

    The version goes up, so a form someone still has open cannot write the old
    details back (its save is refused as stale).
    """
    r = _t(m.InfoRequest)
    for chunk in _chunks(ids):
        session.execute(
            update(r)
            .where(r.c.id.in_(chunk))
            .values(
                first_name="",
                name_prefix="",
                last_name="",
                name_key="",
                email=None,
                phone=None,
                street="",
                house_number=None,
                house_number_suffix="",
                postcode=r.c.pc4,
                source_detail="",
                notes="",
                consent_contact=False,
                anonymised_at=now,
                updated_at=now,
                version=r.c.version + 1,
            )
        )
        sc = _t(m.RequestStatusChange)
        session.execute(update(sc).where(sc.c.request_id.in_(chunk)).values(note=""))


def _anonymise_households(
    session: Session, ids: Sequence[int], now: datetime, *, erase: bool
) -> list[int]:
    """Anonymise households and everything hanging from them; returns the ids of the
    requests linked to them, which are anonymised too.

    ``erase`` (the right to erasure) goes further: the adults (with their checks) and
    the family's own children are deleted, and free text in proposals and placements
    is cleared.
    """
    if not ids:
        return []
    h = _t(m.Household)
    adults = _t(m.Adult)
    linked: list[int] = []
    for chunk in _chunks(ids):
        session.execute(
            update(h)
            .where(h.c.id.in_(chunk))
            .values(
                name="",
                name_key="",
                email=None,
                phone=None,
                street="",
                house_number=None,
                house_number_suffix="",
                postcode=h.c.pc4,
                culture_religion="",
                accessibility="",
                skills="",
                documents_received=[],
                dropout_note="",
                next_action="",
                notes="",
                anonymised_at=now,
                updated_at=now,
                version=h.c.version + 1,
            )
        )
        adult_ids = select(adults.c.id).where(adults.c.household_id.in_(chunk))
        checks = _t(m.ScreeningCheck)
        offers = _t(m.AvailabilityOffer)
        offer_ids = select(offers.c.id).where(offers.c.household_id.in_(chunk))
        stages = _t(m.HouseholdStageChange)
        proposals = _t(m.MatchProposal)
        proposal_ids = select(proposals.c.id).where(proposals.c.household_id.in_(chunk))
        if erase:
            session.execute(delete(checks).where(checks.c.adult_id.in_(adult_ids)))
            session.execute(delete(adults).where(adults.c.household_id.in_(chunk)))
            own = _t(m.HouseholdChild)
            session.execute(delete(own).where(own.c.household_id.in_(chunk)))
            session.execute(
                update(proposals)
                .where(proposals.c.id.in_(proposal_ids), proposals.c.decline_reason.is_not(None))
                .values(decline_reason=ERASED_MARK)
            )
            psc = _t(m.ProposalStatusChange)
            session.execute(
                update(psc).where(psc.c.proposal_id.in_(proposal_ids)).values(reason="")
            )
            placements = _t(m.Placement)
            session.execute(
                update(placements)
                .where(placements.c.household_id.in_(chunk))
                .values(end_reason="", version=placements.c.version + 1)
            )
        else:
            session.execute(
                update(adults)
                .where(adults.c.household_id.in_(chunk))
                .values(
                    first_name="",
                    name_prefix="",
                    last_name="",
                    birth_date=None,
                    email=None,
                    phone=None,
                    updated_at=now,
                    version=adults.c.version + 1,
                )
            )
            session.execute(update(checks).where(checks.c.adult_id.in_(adult_ids)).values(note=""))
        # Generated explanations may name the family; the scores and the status stay.
        session.execute(
            update(proposals)
            .where(proposals.c.id.in_(proposal_ids))
            .values(explanation=[], version=proposals.c.version + 1)
        )
        session.execute(update(stages).where(stages.c.household_id.in_(chunk)).values(note=""))
        session.execute(
            update(offers)
            .where(offers.c.household_id.in_(chunk))
            .values(notes="", version=offers.c.version + 1)
        )
        pauses = _t(m.OfferPause)
        session.execute(update(pauses).where(pauses.c.offer_id.in_(offer_ids)).values(reason=""))
        r = _t(m.InfoRequest)
        linked += list(
            session.scalars(
                select(r.c.id).where(r.c.household_id.in_(chunk), r.c.anonymised_at.is_(None))
            )
        )
    _anonymise_requests(session, linked, now)
    return linked


# --------------------------------------------------------------------------- one person


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
    with db.transaction() as session:
        record(session, actor, AuditAction.EXPORT, subject[0], subject[1], "inzageverzoek (AVG)")
    return data


def _audit_about(db: Database, entity_ids: dict[str, set[int]]) -> list[AuditRow]:
    rows: list[AuditRow] = []
    for entity, ids in entity_ids.items():
        for chunk in _chunks(sorted(ids)):
            rows += audit_rows_about(db, entity, chunk)
    rows.sort(key=lambda row: row.id)
    return rows


def write_person_json(data: dict[str, Any], path: Path) -> None:
    """Write a ``person_export`` as readable JSON (UTF-8), atomically."""

    def write(handle: Any) -> None:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")

    write_atomically(path, write, "utf-8")


# --------------------------------------------------------------------------- erasure


@dataclass(frozen=True)
class ErasureResult:
    requests: int
    households: int
    adults: int


def erase_person(
    db: Database,
    *,
    request_id: int | None = None,
    household_id: int | None = None,
    actor: Actor,
) -> ErasureResult:
    """The right to erasure (AVG art. 17), in one transaction: all or nothing.

    The person's requests (merged duplicates included) and household are anonymised;
    the household's adults with their VGB/VOG checks and its own children are deleted;
    notes, stage and status notes, offer notes, proposal explanations and reasons and
    placement end reasons are cleared. Event registrations stay (they hold no personal
    data, only the link to the anonymised record). The audit trail gets one line per
    record that says it was erased, and nothing about whom.
    """
    require(actor, Permission.PRIVACY)
    now = clock.now()
    with db.transaction() as session:
        ids = person_ids(session, request_id=request_id, household_id=household_id)
        households = sorted(ids.households)
        adults = len(
            session.scalars(select(m.Adult.id).where(m.Adult.household_id.in_(households))).all()
        )
        _anonymise_households(session, households, now, erase=True)
        requests = sorted(ids.requests)
        # Also the ones anonymised before: an erasure must not leave notes a retention
        # run kept (there are none, but the run is cheap and certain).
        _anonymise_requests(session, requests, now)
        detail = "gewist op verzoek (AVG art. 17)"
        _audit_many(session, actor, "households", households, detail)
        _audit_many(session, actor, "info_requests", requests, detail)
    return ErasureResult(len(requests), len(households), adults)
