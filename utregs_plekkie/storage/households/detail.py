"""Read side: one family for the detail view (the view is written to the audit log)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    select,
)
from sqlalchemy.orm import Session, selectinload

from utregs_plekkie.core import clock
from utregs_plekkie.core.capacity import OfferUse
from utregs_plekkie.core.enums import (
    AuditAction,
    PipelineStage,
)
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import (
    AdultScreeningStatus,
    HouseholdScreening,
    StageMove,
    StageSpan,
    StageStep,
    allowed_moves,
    blockers_for_available,
    norm_due_on,
    norm_exceeded,
    resume_stage,
    screening_status,
    stage_spans,
    time_in_stages,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _kind_household,
    _local_date,
    _start_of_local_day,
)
from utregs_plekkie.storage.households.moves import _history_of
from utregs_plekkie.storage.households.offer_overview import OfferOverview, _overview
from utregs_plekkie.storage.households.screening import (
    screening_snapshot,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- detail


@dataclass(frozen=True)
class HouseholdDetail:
    """Everything the detail view shows of one family, judged on one day.

    ``household`` is detached with its adults (and checks), own children, offers (and
    pauses) and stage history loaded; edit it through :func:`household_data` and
    :func:`update_household`.
    """

    household: m.Household
    screening: tuple[AdultScreeningStatus, ...]
    blockers: tuple[str, ...]
    history: tuple[StageStep, ...]
    spans: tuple[StageSpan, ...]
    days_per_stage: Mapping[PipelineStage, int]
    norm_due_on: date | None
    norm_exceeded: bool
    moves: tuple[StageMove, ...]
    offers: tuple[OfferOverview, ...]
    #: (id, name) of the requests this family came from.
    requests: tuple[tuple[int, str], ...]


Loaded = tuple[m.Household, HouseholdScreening, dict[int, OfferUse], list[Any]]


def _load(session: Session, household_id: int, day: date) -> Loaded:
    household = session.scalar(
        select(m.Household)
        .where(m.Household.id == household_id)
        .options(
            selectinload(m.Household.adults).selectinload(m.Adult.checks),
            selectinload(m.Household.own_children),
            selectinload(m.Household.offers).selectinload(m.AvailabilityOffer.pauses),
            selectinload(m.Household.stage_changes),
        )
    )
    if household is None:
        raise NotFoundError(
            _("Dit gezin bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.")
        )
    snapshot = screening_snapshot(session, household, day)
    usage = offer_usage(session, [o.id for o in household.offers], day)
    requests = session.execute(
        select(
            m.InfoRequest.id,
            m.InfoRequest.first_name,
            m.InfoRequest.name_prefix,
            m.InfoRequest.last_name,
        )
        .where(m.InfoRequest.household_id == household.id)
        .order_by(m.InfoRequest.id)
    ).all()
    return household, snapshot, usage, list(requests)


def household_detail(
    db: Database,
    household_id: int,
    *,
    on: date | None = None,
    actor: Actor | None = None,
    log_view: bool = True,
) -> HouseholdDetail:
    """One family for the detail view, read in ``actor``'s name (who must be allowed to
    see families) with the view written to the audit log. ``log_view=False`` (no actor
    needed) is for the program's own look-ups: reloading a form, the person search, the
    benchmark."""
    config = load_pipeline_config(db)
    day = on or clock.today()
    if log_view:
        if not isinstance(actor, Actor):
            raise TypeError("household_detail logs the view: pass the Actor who looks")
        with unit_of_work(db, actor, Permission.VIEW_HOUSEHOLDS, kind=_kind_household()) as uow:
            household, snapshot, usage, requests = _load(uow.session, household_id, day)
            uow.audit(AuditAction.VIEW, household)
            uow.flush()
            uow.session.expunge(household)
    else:
        with db.transaction() as session:
            household, snapshot, usage, requests = _load(session, household_id, day)
            session.expunge(household)
    history = _history_of(household)
    now = clock.now() if on is None else _start_of_local_day(day + timedelta(days=1))
    entered = _local_date(household.stage_since)
    return HouseholdDetail(
        household=household,
        screening=tuple(screening_status(snapshot, day, config)),
        blockers=tuple(blockers_for_available(snapshot, day, config)),
        history=tuple(history),
        spans=tuple(stage_spans(history, now, config)),
        days_per_stage=time_in_stages(history, now, config),
        norm_due_on=norm_due_on(config, household.stage, entered),
        norm_exceeded=norm_exceeded(config, household.stage, entered, day),
        moves=tuple(allowed_moves(config, household.route, household.stage, resume_stage(history))),
        offers=tuple(_overview(o, usage[o.id], day) for o in household.offers),
        requests=tuple(
            (rid, " ".join(x for x in (first, prefix, last) if x))
            for rid, first, prefix, last in requests
        ),
    )
