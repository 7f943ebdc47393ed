"""Retention under the AVG: the rules, the dry run that lists what a run would touch,
and the run itself, in batches that each keep or lose their work as a whole."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, or_, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    PipelineStage,
    PlacementStatus,
    RequestStatus,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.audit import (
    Progress,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.privacy.anonymise import (
    BATCH,
    anonymise_households,
    anonymise_requests,
    audit_anonymised,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work
from utregs_plekkie.storage.users import read_setting, write_setting

RETENTION_KEY = "privacy.retention"


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


def save_retention_rules(db: Database, rules: RetentionRules, *, actor: Actor) -> None:
    require(actor, Permission.RETENTION)
    rules.validate()
    with unit_of_work(db, actor, Permission.RETENTION, kind=_("instelling")) as uow:
        write_setting(uow.session, RETENTION_KEY, asdict(rules))
        detail = (
            f"bewaartermijnen: aanvragen {rules.lead_months} mnd, gezinnen "
            f"{rules.household_years} jr, met plaatsing {rules.placed_household_years} jr"
        )
        uow.audit(AuditAction.UPDATE, "settings", detail)


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
    *,
    actor: Actor,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> RetentionResult:
    """Anonymise what ``plan`` lists, in batches of ``batch_size`` records per transaction.

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
        for start in range(0, len(ids), batch_size):
            if progress is not None and not progress(done, total):
                cancelled = True
                break
            chunk = ids[start : start + batch_size]
            now = clock.now()
            with unit_of_work(db, actor, Permission.RETENTION, kind=_("persoon")) as uow:
                session = uow.session
                if kind == "info_requests":
                    eligible = list(
                        session.scalars(
                            select(m.InfoRequest.id).where(
                                m.InfoRequest.id.in_(chunk),
                                *_lead_conditions(plan.on, plan.lead_cutoff),
                            )
                        )
                    )
                    anonymise_requests(session, eligible, now)
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
                    linked = anonymise_households(session, eligible, now, erase=False)
                    n_households += len(eligible)
                    n_requests += len(linked)
                    audit_anonymised(uow, "info_requests", linked, "bewaartermijn gezin")
                    detail = "bewaartermijn verstreken"
                audit_anonymised(uow, kind, eligible, detail)
            skipped += len(chunk) - len(eligible)
            done += len(chunk)
        if cancelled:
            break
    if progress is not None and not cancelled:
        progress(done, total)
    return RetentionResult(n_requests, n_households, skipped, cancelled)
