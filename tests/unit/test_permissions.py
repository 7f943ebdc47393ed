"""The roles, their one table of permissions, and the account rules (pure, no database)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from utregs_plekkie.core.clock import LOCAL_TZ
from utregs_plekkie.core.enums import Role
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.permissions import (
    ENTITY_VIEW_PERMISSIONS,
    PAGE_PERMISSIONS,
    ROLE_PERMISSIONS,
    Actor,
    Permission,
    PermissionDenied,
    check_password,
    check_pin,
    check_username,
    describe,
    idle_lock_due,
    kiosk_only,
    lockout_delay,
    may,
    may_leave_kiosk,
    permissions_of,
    require,
    require_all,
    require_export,
    visible_pages,
)

P = Permission
WERVER = {
    P.VIEW_REQUESTS,
    P.EDIT_REQUESTS,
    P.VIEW_HOUSEHOLDS,
    P.EDIT_HOUSEHOLDS,
    P.EVENTS,
    P.PACKS,
    P.OVERVIEW,
    P.EXPORT,
    P.IMPORT,
    P.KIOSK_CAPTURE,
}


def test_every_role_is_in_the_table() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)


def test_beheerder_may_do_everything() -> None:
    assert permissions_of(Role.BEHEERDER) == frozenset(Permission)


def test_werver_has_requests_households_events_packs_overview() -> None:
    assert permissions_of(Role.WERVER) == WERVER
    for forbidden in (
        P.VIEW_CHILDREN,
        P.EDIT_CHILDREN,
        P.MATCHING,
        P.MANAGE_USERS,
        P.SETTINGS,
        P.AUDIT_VIEW,
        P.RETENTION,
        P.BACKUP,
        P.PRIVACY,
    ):
        assert not may(Role.WERVER, forbidden)


def test_matcher_adds_children_and_matching_to_werver() -> None:
    assert permissions_of(Role.MATCHER) == WERVER | {
        P.VIEW_CHILDREN,
        P.EDIT_CHILDREN,
        P.MATCHING,
    }
    assert not may(Role.MATCHER, P.MANAGE_USERS)
    assert not may(Role.MATCHER, P.AUDIT_VIEW)


def test_evenement_only_captures_at_the_kiosk() -> None:
    assert permissions_of(Role.EVENEMENT) == {P.KIOSK_CAPTURE}
    assert kiosk_only(Role.EVENEMENT)
    assert not any(kiosk_only(r) for r in (Role.BEHEERDER, Role.WERVER, Role.MATCHER))
    assert visible_pages(Role.EVENEMENT) == []


def test_leaving_the_kiosk_needs_someone_who_may_see_requests() -> None:
    assert not may_leave_kiosk(Role.EVENEMENT)
    assert all(may_leave_kiosk(r) for r in (Role.BEHEERDER, Role.WERVER, Role.MATCHER))


def test_pages_per_role() -> None:
    assert visible_pages(Role.BEHEERDER) == list(PAGE_PERMISSIONS)
    assert visible_pages(Role.MATCHER) == list(PAGE_PERMISSIONS)
    assert visible_pages(Role.WERVER) == ["aanvragen", "gezinnen", "evenementen", "overzicht"]


def test_require_raises_a_dutch_user_error() -> None:
    werver = Actor(user_id=3, username="w", role=Role.WERVER)
    with pytest.raises(PermissionDenied) as caught:
        require(werver, P.VIEW_CHILDREN)
    error = caught.value
    assert isinstance(error, UserError)
    assert error.permission is P.VIEW_CHILDREN and error.role is Role.WERVER
    assert str(error) == (
        "Als werver heeft u geen toegang tot de kinderen. Vraag een beheerder om dit voor u "
        "te doen, of om uw rol aan te passen."
    )
    require(werver, P.VIEW_REQUESTS)  # allowed: no exception
    require(Role.MATCHER, P.VIEW_CHILDREN)


def test_require_all_stops_at_the_first_missing_permission() -> None:
    with pytest.raises(PermissionDenied) as caught:
        require_all(Role.WERVER, P.VIEW_REQUESTS, P.MATCHING, P.BACKUP)
    assert caught.value.permission is P.MATCHING


def test_export_needs_the_export_right_and_the_right_to_see() -> None:
    require_export(Role.WERVER, "info_requests")
    with pytest.raises(PermissionDenied) as caught:
        require_export(Role.WERVER, "children")
    assert caught.value.permission is P.VIEW_CHILDREN
    require_export(Role.MATCHER, "children")
    with pytest.raises(PermissionDenied) as caught:
        require_export(Role.EVENEMENT, "info_requests")
    assert caught.value.permission is P.EXPORT
    with pytest.raises(PermissionDenied):
        require_export(Role.MATCHER, "audit_entries")


def test_every_permission_has_a_dutch_description() -> None:
    texts = [describe(p) for p in Permission]
    assert all(texts) and len(set(texts)) == len(texts)
    assert set(ENTITY_VIEW_PERMISSIONS.values()) <= set(Permission)


def test_admin_and_system_actors() -> None:
    admin = Actor.admin("piet")
    assert admin.admin_mode and admin.role is Role.BEHEERDER and admin.user_id is None
    assert admin.username == "beheermodus:piet"
    assert len(Actor.admin("x" * 200).username) == 80
    system = Actor.system()
    assert not system.admin_mode and system.username == "systeem"


def test_lockout_grows_and_has_a_ceiling() -> None:
    assert [lockout_delay(n) for n in range(5)] == [None] * 5
    assert lockout_delay(5) == timedelta(seconds=30)
    assert lockout_delay(6) == timedelta(seconds=60)
    assert lockout_delay(7) == timedelta(seconds=120)
    assert lockout_delay(12) == timedelta(hours=1)
    assert lockout_delay(500) == timedelta(hours=1)


def test_usernames_are_trimmed_lower_case_and_plain() -> None:
    assert check_username("  A.Jansen ") == "a.jansen"
    for bad in ("a", "jan jansen", "jan@koos.nl", "ë-naam", "x" * 41, ""):
        with pytest.raises(ValidationError) as caught:
            check_username(bad)
        assert caught.value.field == "username"


def test_password_rules() -> None:
    check_password("een lange zin als wachtwoord", "jan")
    with pytest.raises(ValidationError, match="minstens 10 tekens"):
        check_password("kort", "jan")
    with pytest.raises(ValidationError, match="alleen uit spaties"):
        check_password(" " * 12, "jan")
    with pytest.raises(ValidationError, match="gelijk zijn aan de gebruikersnaam"):
        check_password("Jan.Jansen1", "jan.jansen1")


def test_pin_rules() -> None:
    check_pin("2024")
    check_pin("12345678")
    for bad in ("123", "123456789", "12a4", "١٢٣٤", "12 34"):
        with pytest.raises(ValidationError):
            check_pin(bad)


def test_idle_lock() -> None:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=LOCAL_TZ)
    assert not idle_lock_due(start, start + timedelta(minutes=9, seconds=59), 10)
    assert idle_lock_due(start, start + timedelta(minutes=10), 10)
    assert not idle_lock_due(start, start + timedelta(days=3), 0)
