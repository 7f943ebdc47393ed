"""Write side: create a family (directly or inside another transaction), edit it, and
set its own children.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    HouseholdRoute,
    PipelineStage,
    label,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import (
    OFF_ROUTE_STAGES,
    HouseholdScreening,
    MoveRefused,
    PipelineConfig,
    blockers_for_available,
    check_dropout_reason,
    default_next_action,
    required_check,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _kind_household,
    _touch,
)
from utregs_plekkie.storage.households.data import (
    AdultData,
    HouseholdData,
    OwnChild,
    SaveResult,
    _adult_columns,
    _check_columns,
    _household_columns,
    _name_key,
    _own_children_rows,
    _refresh_name_key,
)
from utregs_plekkie.storage.households.screening import (
    _placement_state,
    _snapshot_of,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line, unit_of_work


def create_household(
    db: Database,
    data: HouseholdData,
    *,
    adults: Sequence[AdultData] = (),
    own_children: Sequence[OwnChild] = (),
    stage: PipelineStage = PipelineStage.INFORMATIEBIJEENKOMST,
    reason: str | None = None,
    note: str = "",
    actor: Actor,
    config: PipelineConfig | None = None,
) -> int:
    """Create a family directly (without a request); returns its id.

    A family normally starts at the first stage. An existing family taken over from
    another list may start further on (``stage``): "beschikbaar" then needs every
    adult's check, and "gestopt" a reason, as for a move.
    """
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_household()) as uow:
        session = uow.session
        household = insert_household(
            session,
            data,
            adults=adults,
            own_children=own_children,
            stage=stage,
            reason=reason,
            note=note,
            config=config or load_pipeline_config(db),
            actor=actor,
        )
        return household.id


def insert_household(
    session: Session,
    data: HouseholdData,
    *,
    adults: Sequence[AdultData],
    own_children: Sequence[OwnChild],
    stage: PipelineStage,
    reason: str | None,
    note: str,
    config: PipelineConfig,
    actor: Actor,
    history: Sequence[tuple[PipelineStage | None, PipelineStage, datetime]] = (),
    audit_detail: str = "",
) -> m.Household:
    """Add a family inside the caller's transaction (creation, requests, imports).

    ``history`` gives the dated moves to record (default: one move into ``stage``
    now); the last one's date becomes ``stage_since``. Validation and the rules of
    a move apply as in :func:`create_household`.
    """
    today = clock.today()
    now = clock.now()
    values = _household_columns(data)
    route: HouseholdRoute = values["route"]
    steps = config.route(route)
    if stage not in steps and stage not in OFF_ROUTE_STAGES:
        raise MoveRefused(
            _(
                "De route voor {route}s kent geen fase {stage}. Kies een fase van die route: "
                "{stages}."
            ).format(
                route=label(route), stage=label(stage), stages=", ".join(label(s) for s in steps)
            )
        )
    household = m.Household(**values, stage=stage, stage_since=now)
    household.name_key = _name_key(values["name"], [])
    for adult_data in adults:
        adult = m.Adult(**_adult_columns(adult_data, today))
        for check_data in adult_data.checks:
            kind = check_data.kind or required_check(route)
            adult.checks.append(
                m.ScreeningCheck(**_check_columns(check_data, kind, values["provider"], today))
            )
        household.adults.append(adult)
    household.own_children = _own_children_rows(own_children, today)
    if stage == PipelineStage.GESTOPT:
        check_dropout_reason(reason, note)
        household.dropout_reason = reason
        household.dropout_note = note.strip()
    if stage == PipelineStage.BESCHIKBAAR:
        blockers = blockers_for_available(_snapshot_of(household, False, None), today, config)
        if blockers:
            raise MoveRefused(
                _("Dit gezin kan nog niet op {stage}: {blockers}").format(
                    stage=label(stage), blockers=" ".join(blockers)
                )
            )
        household.available_since = today
    if not values["next_action"]:
        action = default_next_action(config, route, stage, today)
        household.next_action = action.text
        household.next_action_on = action.due_on
    steps_done = list(history) or [(None, stage, now)]
    for from_stage, to_stage, at in steps_done:
        household.stage_changes.append(
            m.HouseholdStageChange(
                from_stage=from_stage,
                to_stage=to_stage,
                at=at,
                user_id=actor.user_id,
                reason=reason if to_stage == PipelineStage.GESTOPT else None,
                note=note.strip() if to_stage == stage else "",
            )
        )
    household.stage_since = steps_done[-1][2]
    session.add(household)
    session.flush()
    _refresh_name_key(session, household)
    add_audit_line(
        session,
        actor,
        AuditAction.CREATE,
        "households",
        household.id,
        audit_detail or _("fase {stage}").format(stage=label(stage)),
    )
    return household


def update_household(
    db: Database,
    household_id: int,
    expected_version: int,
    data: HouseholdData,
    *,
    actor: Actor,
) -> SaveResult:
    """Save the edited family if nobody changed it since ``expected_version``.

    A route change is refused while the family is in a stage the new route lacks, or
    offers care the new route cannot give. Changing provider means the VGBs must be
    renewed: that is returned as a warning (and shows in the screening).
    """
    config = load_pipeline_config(db)
    values = _household_columns(data)
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_household()) as uow:
        session = uow.session
        household = uow.get(
            m.Household, household_id, expected_version=expected_version, kind=_kind_household()
        )
        warnings: list[str] = []
        new_route: HouseholdRoute = values["route"]
        if new_route != household.route:
            _check_route_change(session, household, new_route, config)
        if (
            values["provider"] is not None
            and household.provider is not None
            and values["provider"] != household.provider
            and new_route == HouseholdRoute.PLEEGOUDER
        ):
            warnings.append(
                _(
                    "Het gezin valt nu onder {new} in plaats van {old}: de VGB's van de "
                    "volwassenen moeten opnieuw worden aangevraagd."
                ).format(new=label(values["provider"]), old=label(household.provider))
            )
        changed = uow.change(household, values)
        session.flush()
        if "name" in changed:
            _refresh_name_key(session, household)
        return SaveResult(household.id, household.version, tuple(warnings))


def _check_route_change(
    session: Session, household: m.Household, route: HouseholdRoute, config: PipelineConfig
) -> None:
    steps = config.route(route)
    if household.stage not in steps and household.stage not in OFF_ROUTE_STAGES:
        raise MoveRefused(
            _(
                "Dit gezin staat in de fase {stage}, die de route voor {route}s niet kent. "
                "Verplaats het gezin eerst naar een fase van die route."
            ).format(stage=label(household.stage), route=label(route))
        )
    if route == HouseholdRoute.STEUNOUDER:
        other = [o for o in household.offers if o.care_form != CareForm.STEUNOUDER]
        if other:
            raise ValidationError(
                _(
                    "Een steunoudergezin kan alleen '{care}' aanbieden; pas eerst het aanbod "
                    "'{other}' aan of verwijder het."
                ).format(care=label(CareForm.STEUNOUDER), other=label(other[0].care_form)),
                field="route",
            )
    if household.stage == PipelineStage.BESCHIKBAAR:
        snapshot = _snapshot_of(household, *_placement_state(session, household.id, clock.today()))
        changed = HouseholdScreening(
            route=route,
            provider=snapshot.provider,
            adults=snapshot.adults,
            has_active_placement=snapshot.has_active_placement,
            last_placement_ended_on=snapshot.last_placement_ended_on,
        )
        blockers = blockers_for_available(changed, clock.today(), config)
        if blockers:
            raise MoveRefused(
                _("Als {route} kan dit gezin niet beschikbaar blijven: {blockers}").format(
                    route=label(route), blockers=" ".join(blockers)
                )
            )


def set_own_children(
    db: Database,
    household_id: int,
    expected_version: int,
    children: Sequence[OwnChild],
    *,
    actor: Actor,
) -> SaveResult:
    """Replace the family's own children (birth years) with ``children``."""
    rows = _own_children_rows(children, clock.today())
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_household()) as uow:
        session = uow.session
        household = uow.get(
            m.Household, household_id, expected_version=expected_version, kind=_kind_household()
        )
        household.own_children = rows
        _touch(household)
        uow.audit(
            AuditAction.UPDATE,
            "households",
            _("eigen kinderen: {n}").format(n=len(rows)),
            entity_id=household.id,
        )
        session.flush()
        return SaveResult(household.id, household.version)
