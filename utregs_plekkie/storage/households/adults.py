"""Write side: a family's adults and their screening checks (VGB/VOG)."""

from __future__ import annotations

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    label,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import (
    required_check,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _kind_adult,
    _kind_check,
    _kind_household,
)
from utregs_plekkie.storage.households.data import (
    AdultData,
    CheckData,
    SaveResult,
    _adult_columns,
    _check_columns,
    _refresh_name_key,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- adults, checks


def add_adult(
    db: Database,
    household_id: int,
    data: AdultData,
    *,
    actor: Actor,
) -> int:
    """Add an adult (with any checks in ``data.checks``); returns the adult's id.

    Someone who moves in later gets ``moved_in_on``: the VGBs issued before that date
    must then be renewed (the screening says so).
    """
    today = clock.today()
    values = _adult_columns(data, today)
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_household()) as uow:
        session = uow.session
        household = uow.get(m.Household, household_id, kind=_kind_household())
        adult = m.Adult(**values)
        for check_data in data.checks:
            kind = check_data.kind or required_check(household.route)
            adult.checks.append(
                m.ScreeningCheck(**_check_columns(check_data, kind, household.provider, today))
            )
        household.adults.append(adult)
        session.flush()
        _refresh_name_key(session, household)
        uow.audit(
            AuditAction.CREATE,
            "household_adults",
            _("gezin {id}").format(id=household.id),
            entity_id=adult.id,
        )
        return adult.id


def update_adult(
    db: Database,
    adult_id: int,
    expected_version: int,
    data: AdultData,
    *,
    actor: Actor,
) -> SaveResult:
    values = _adult_columns(data, clock.today())
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_adult()) as uow:
        session = uow.session
        adult = uow.get(m.Adult, adult_id, expected_version=expected_version, kind=_kind_adult())
        changed = uow.change(adult, values)
        session.flush()
        if "first_name" in changed:
            _refresh_name_key(session, adult.household)
        return SaveResult(adult.id, adult.version)


def remove_adult(
    db: Database,
    adult_id: int,
    expected_version: int,
    *,
    actor: Actor,
) -> None:
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_adult()) as uow:
        session = uow.session
        adult = uow.get(m.Adult, adult_id, expected_version=expected_version, kind=_kind_adult())
        household = adult.household
        session.delete(adult)
        session.flush()
        _refresh_name_key(session, household)
        uow.audit(
            AuditAction.DELETE,
            "household_adults",
            _("gezin {id}").format(id=household.id),
            entity_id=adult_id,
        )


def add_check(
    db: Database,
    adult_id: int,
    data: CheckData,
    *,
    actor: Actor,
) -> int:
    """Record a VGB or VOG (requested, or issued) for an adult; returns its id."""
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_adult()) as uow:
        session = uow.session
        adult = uow.get(m.Adult, adult_id, kind=_kind_adult())
        household = adult.household
        kind = data.kind or required_check(household.route)
        check = m.ScreeningCheck(**_check_columns(data, kind, household.provider, clock.today()))
        adult.checks.append(check)
        session.flush()
        uow.audit(
            AuditAction.CREATE,
            "screening_checks",
            _("{kind} voor volwassene {id}").format(kind=label(kind), id=adult.id),
            entity_id=check.id,
        )
        return check.id


def update_check(
    db: Database,
    check_id: int,
    expected_version: int,
    data: CheckData,
    *,
    actor: Actor,
) -> SaveResult:
    """Save an edited check (e.g. the issue date once the VGB came in)."""
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_check()) as uow:
        session = uow.session
        check = uow.get(
            m.ScreeningCheck, check_id, expected_version=expected_version, kind=_kind_check()
        )
        kind = data.kind or check.kind
        values = _check_columns(data, kind, check.provider, clock.today())
        if data.provider is None:
            values["provider"] = check.provider
        uow.change(check, values)
        session.flush()
        return SaveResult(check.id, check.version)


def remove_check(
    db: Database,
    check_id: int,
    expected_version: int,
    *,
    actor: Actor,
) -> None:
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=_kind_check()) as uow:
        session = uow.session
        check = uow.get(
            m.ScreeningCheck, check_id, expected_version=expected_version, kind=_kind_check()
        )
        session.delete(check)
        uow.audit(AuditAction.DELETE, "screening_checks", entity_id=check_id)
