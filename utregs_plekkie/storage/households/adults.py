"""Write side: a family's adults and their screening checks (VGB/VOG)."""

from __future__ import annotations

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    label,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline import (
    required_check,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _get,
    _kind_adult,
    _kind_check,
    _kind_household,
    _writing,
)
from utregs_plekkie.storage.households.data import (
    AdultData,
    CheckData,
    SaveResult,
    _adult_columns,
    _check_columns,
    _refresh_name_key,
)
from utregs_plekkie.storage.repository import SYSTEM_USER, audit

# --------------------------------------------------------------------------- adults, checks


def add_adult(
    db: Database,
    household_id: int,
    data: AdultData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Add an adult (with any checks in ``data.checks``); returns the adult's id.

    Someone who moves in later gets ``moved_in_on``: the VGBs issued before that date
    must then be renewed (the screening says so).
    """
    today = clock.today()
    values = _adult_columns(data, today)
    with _writing(db, _kind_household()) as session:
        household = _get(session, m.Household, household_id, _kind_household())
        adult = m.Adult(**values)
        for check_data in data.checks:
            kind = check_data.kind or required_check(household.route)
            adult.checks.append(
                m.ScreeningCheck(**_check_columns(check_data, kind, household.provider, today))
            )
        household.adults.append(adult)
        session.flush()
        _refresh_name_key(session, household)
        audit(
            session,
            AuditAction.CREATE,
            "household_adults",
            adult.id,
            _("gezin {id}").format(id=household.id),
            username=username,
            user_id=user_id,
        )
        return adult.id


def update_adult(
    db: Database,
    adult_id: int,
    expected_version: int,
    data: AdultData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    values = _adult_columns(data, clock.today())
    with _writing(db, _kind_adult()) as session:
        adult = _get(session, m.Adult, adult_id, _kind_adult(), expected_version)
        changed = sorted(k for k, v in values.items() if getattr(adult, k) != v)
        for key in changed:
            setattr(adult, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "household_adults",
                adult.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        if "first_name" in changed:
            _refresh_name_key(session, adult.household)
        return SaveResult(adult.id, adult.version)


def remove_adult(
    db: Database,
    adult_id: int,
    expected_version: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    with _writing(db, _kind_adult()) as session:
        adult = _get(session, m.Adult, adult_id, _kind_adult(), expected_version)
        household = adult.household
        session.delete(adult)
        session.flush()
        _refresh_name_key(session, household)
        audit(
            session,
            AuditAction.DELETE,
            "household_adults",
            adult_id,
            _("gezin {id}").format(id=household.id),
            username=username,
            user_id=user_id,
        )


def add_check(
    db: Database,
    adult_id: int,
    data: CheckData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Record a VGB or VOG (requested, or issued) for an adult; returns its id."""
    with _writing(db, _kind_adult()) as session:
        adult = _get(session, m.Adult, adult_id, _kind_adult())
        household = adult.household
        kind = data.kind or required_check(household.route)
        check = m.ScreeningCheck(**_check_columns(data, kind, household.provider, clock.today()))
        adult.checks.append(check)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            "screening_checks",
            check.id,
            _("{kind} voor volwassene {id}").format(kind=label(kind), id=adult.id),
            username=username,
            user_id=user_id,
        )
        return check.id


def update_check(
    db: Database,
    check_id: int,
    expected_version: int,
    data: CheckData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    """Save an edited check (e.g. the issue date once the VGB came in)."""
    with _writing(db, _kind_check()) as session:
        check = _get(session, m.ScreeningCheck, check_id, _kind_check(), expected_version)
        kind = data.kind or check.kind
        values = _check_columns(data, kind, check.provider, clock.today())
        if data.provider is None:
            values["provider"] = check.provider
        changed = sorted(k for k, v in values.items() if getattr(check, k) != v)
        for key in changed:
            setattr(check, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "screening_checks",
                check.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        return SaveResult(check.id, check.version)


def remove_check(
    db: Database,
    check_id: int,
    expected_version: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    with _writing(db, _kind_check()) as session:
        check = _get(session, m.ScreeningCheck, check_id, _kind_check(), expected_version)
        session.delete(check)
        audit(
            session,
            AuditAction.DELETE,
            "screening_checks",
            check_id,
            "",
            username=username,
            user_id=user_id,
        )
