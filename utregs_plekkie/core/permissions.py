"""Who may do what: the roles and one table of their permissions.

The GUI hides what a role may not use, and the storage functions and the command line
refuse it with ``require``; both read the same table below, so a page that is hidden
is also unreachable from the command line. Pure Python: no database, no Qt.

Roles (``core.enums.Role``):
- **beheerder**: everything, including users, settings, the audit trail, retention,
  backups and the requests of the AVG (access, erasure);
- **werver**: requests, households, events, packs and the overview, and importing and
  exporting what they may see;
- **matcher**: what a werver may, plus children and matching;
- **evenement**: only the kiosk capture at a pop-up event. Leaving the kiosk needs the
  kiosk PIN or the login of someone who may see requests (``may_leave_kiosk``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from utregs_plekkie.core.enums import Role, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _


class Permission(StrEnum):
    """A named thing a user may do; stable identifiers, Dutch descriptions below."""

    VIEW_REQUESTS = "view_requests"
    EDIT_REQUESTS = "edit_requests"
    VIEW_HOUSEHOLDS = "view_households"
    EDIT_HOUSEHOLDS = "edit_households"
    VIEW_CHILDREN = "view_children"
    EDIT_CHILDREN = "edit_children"
    MATCHING = "matching"
    EVENTS = "events"
    PACKS = "packs"
    OVERVIEW = "overview"
    EXPORT = "export"
    IMPORT = "import"
    # Entering a visitor's details at a pop-up stand. Every role may; for the role
    # "evenement" it is the only thing (see ``kiosk_only``).
    KIOSK_CAPTURE = "kiosk_capture"
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    AUDIT_VIEW = "audit_view"
    RETENTION = "retention"
    BACKUP = "backup"
    # Requests under the AVG about one person: access (inzage) and erasure.
    PRIVACY = "privacy"


_WERVER: frozenset[Permission] = frozenset(
    {
        Permission.VIEW_REQUESTS,
        Permission.EDIT_REQUESTS,
        Permission.VIEW_HOUSEHOLDS,
        Permission.EDIT_HOUSEHOLDS,
        Permission.EVENTS,
        Permission.PACKS,
        Permission.OVERVIEW,
        Permission.EXPORT,
        Permission.IMPORT,
        Permission.KIOSK_CAPTURE,
    }
)

# THE table. Everything else in the program asks this one.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BEHEERDER: frozenset(Permission),
    Role.WERVER: _WERVER,
    Role.MATCHER: _WERVER
    | {Permission.VIEW_CHILDREN, Permission.EDIT_CHILDREN, Permission.MATCHING},
    Role.EVENEMENT: frozenset({Permission.KIOSK_CAPTURE}),
}

# The six pages of the main window and the permission that shows each.
PAGE_PERMISSIONS: dict[str, Permission] = {
    "aanvragen": Permission.VIEW_REQUESTS,
    "gezinnen": Permission.VIEW_HOUSEHOLDS,
    "kinderen": Permission.VIEW_CHILDREN,
    "matching": Permission.MATCHING,
    "evenementen": Permission.EVENTS,
    "overzicht": Permission.OVERVIEW,
}

# What the data of an entity (table name, as in the audit trail) needs to be seen;
# exports of it need this and Permission.EXPORT.
ENTITY_VIEW_PERMISSIONS: dict[str, Permission] = {
    "info_requests": Permission.VIEW_REQUESTS,
    "households": Permission.VIEW_HOUSEHOLDS,
    "household_adults": Permission.VIEW_HOUSEHOLDS,
    "screening_checks": Permission.VIEW_HOUSEHOLDS,
    "availability_offers": Permission.VIEW_HOUSEHOLDS,
    "children": Permission.VIEW_CHILDREN,
    "sibling_groups": Permission.VIEW_CHILDREN,
    "match_proposals": Permission.MATCHING,
    "placements": Permission.MATCHING,
    "events": Permission.EVENTS,
    "event_registrations": Permission.EVENTS,
    "users": Permission.MANAGE_USERS,
    "audit_entries": Permission.AUDIT_VIEW,
    "settings": Permission.SETTINGS,
}


def describe(permission: Permission) -> str:
    """What the permission lets one do, as the object of a Dutch sentence."""
    texts = {
        Permission.VIEW_REQUESTS: _("de aanvragen"),
        Permission.EDIT_REQUESTS: _("het wijzigen van aanvragen"),
        Permission.VIEW_HOUSEHOLDS: _("de gezinnen"),
        Permission.EDIT_HOUSEHOLDS: _("het wijzigen van gezinnen"),
        Permission.VIEW_CHILDREN: _("de kinderen"),
        Permission.EDIT_CHILDREN: _("het wijzigen van kinderen"),
        Permission.MATCHING: _("de matching"),
        Permission.EVENTS: _("de evenementen"),
        Permission.PACKS: _("de informatiepakketten"),
        Permission.OVERVIEW: _("het overzicht"),
        Permission.EXPORT: _("het exporteren van gegevens"),
        Permission.IMPORT: _("het importeren van gegevens"),
        Permission.KIOSK_CAPTURE: _("het invoeren van bezoekers bij een evenement"),
        Permission.MANAGE_USERS: _("het beheer van gebruikers"),
        Permission.SETTINGS: _("de instellingen"),
        Permission.AUDIT_VIEW: _("het logboek (audit trail)"),
        Permission.RETENTION: _("de bewaartermijnen (AVG)"),
        Permission.BACKUP: _("de backups"),
        Permission.PRIVACY: _("inzage- en verwijderverzoeken (AVG)"),
    }
    return texts[permission]


class HasRole(Protocol):
    @property
    def role(self) -> Role: ...


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a logged-in user, the explicit admin mode, or the system.

    Storage functions take one to check the permission and to write the audit line
    (``username`` and ``user_id`` go into ``audit_entries``).
    """

    user_id: int | None
    username: str
    role: Role
    display_name: str = ""
    admin_mode: bool = False

    @classmethod
    def system(cls) -> Actor:
        """The program itself (automatic backups, scheduled retention)."""
        return cls(user_id=None, username="systeem", role=Role.BEHEERDER)

    @classmethod
    def admin(cls, who: str) -> Actor:
        """The explicit admin mode of the command line; ``who`` is the system account."""
        return cls(
            user_id=None,
            username=f"beheermodus:{who}"[:80],
            role=Role.BEHEERDER,
            display_name=_("beheermodus ({who})").format(who=who),
            admin_mode=True,
        )


class PermissionDenied(UserError):
    """The user's role may not do this; the message says so and what to do."""

    def __init__(self, message: str, permission: Permission, role: Role) -> None:
        super().__init__(message)
        self.permission = permission
        self.role = role


def permissions_of(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[Role(role)]


def may(who: HasRole | Role, permission: Permission) -> bool:
    role = who if isinstance(who, Role) else who.role
    return Permission(permission) in permissions_of(role)


def require(who: HasRole | Role, permission: Permission) -> None:
    """Raise PermissionDenied (a UserError, in Dutch) unless the role may do this."""
    role = who if isinstance(who, Role) else who.role
    if may(role, permission):
        return
    raise PermissionDenied(
        _(
            "Als {role} heeft u geen toegang tot {what}. Vraag een beheerder om dit voor u "
            "te doen, of om uw rol aan te passen."
        ).format(role=label(role), what=describe(permission)),
        permission,
        role,
    )


def require_all(who: HasRole | Role, *permissions: Permission) -> None:
    for permission in permissions:
        require(who, permission)


def require_export(who: HasRole | Role, entity: str) -> None:
    """An export of ``entity`` (a table name) needs the export right and the right to see it."""
    require(who, Permission.EXPORT)
    view = ENTITY_VIEW_PERMISSIONS.get(entity)
    if view is not None:
        require(who, view)


def visible_pages(who: HasRole | Role) -> list[str]:
    """The main window's pages this role sees, in their usual order."""
    return [page for page, permission in PAGE_PERMISSIONS.items() if may(who, permission)]


def kiosk_only(who: HasRole | Role) -> bool:
    """True for a role that may do nothing but the kiosk capture (role "evenement")."""
    role = who if isinstance(who, Role) else who.role
    return permissions_of(role) == frozenset({Permission.KIOSK_CAPTURE})


def may_leave_kiosk(who: HasRole | Role) -> bool:
    """Whether this user's login ends the kiosk: anyone who may see the requests."""
    return may(who, Permission.VIEW_REQUESTS)


def idle_lock_due(last_activity: datetime, now: datetime, minutes: int) -> bool:
    """Whether the window should lock: no activity for ``minutes`` (0 switches it off)."""
    if minutes <= 0:
        return False
    return now - last_activity >= timedelta(minutes=minutes)


# --------------------------------------------------------------------------- accounts

LOCKOUT_AFTER = 5  # failed logins in a row before the account waits
LOCKOUT_FIRST = timedelta(seconds=30)
LOCKOUT_LONGEST = timedelta(hours=1)
PASSWORD_MIN_LENGTH = 10
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 8


def lockout_delay(failures: int) -> timedelta | None:
    """How long an account waits after ``failures`` failed logins in a row.

    Nothing below ``LOCKOUT_AFTER``; then 30 s, doubling with every further failure,
    at most an hour: slow enough to stop guessing, short enough not to lock a
    colleague out for the day.
    """
    if failures < LOCKOUT_AFTER:
        return None
    doublings = min(failures - LOCKOUT_AFTER, 10)
    delay: timedelta = LOCKOUT_FIRST * (1 << doublings)
    return min(delay, LOCKOUT_LONGEST)


def normalise_username(username: str) -> str:
    return username.strip().lower()


def check_username(username: str) -> str:
    """The username as stored (trimmed, lower case), or ValidationError."""
    name = normalise_username(username)
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789._-")
    if not 2 <= len(name) <= 40 or not set(name) <= allowed:
        raise ValidationError(
            _(
                "Een gebruikersnaam heeft 2 tot 40 tekens: kleine letters, cijfers, punt, "
                "streepje of liggend streepje (bijvoorbeeld 'a.jansen')."
            ),
            field="username",
        )
    return name


def check_password(password: str, username: str = "") -> None:
    """Raise ValidationError unless the password is long enough and not the username."""
    if len(password) < PASSWORD_MIN_LENGTH:
        raise ValidationError(
            _(
                "Het wachtwoord is te kort: gebruik minstens {n} tekens, bijvoorbeeld een "
                "zin van een paar woorden."
            ).format(n=PASSWORD_MIN_LENGTH),
            field="password",
        )
    if password.strip() == "":
        raise ValidationError(
            _("Het wachtwoord bestaat alleen uit spaties; kies een ander wachtwoord."),
            field="password",
        )
    if username and password.strip().lower() == normalise_username(username):
        raise ValidationError(
            _("Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam."), field="password"
        )


def check_pin(pin: str) -> None:
    """A kiosk PIN: 4 to 8 digits."""
    if not (PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH and pin.isascii() and pin.isdigit()):
        raise ValidationError(
            _("Een kiosk-pincode bestaat uit {low} tot {high} cijfers.").format(
                low=PIN_MIN_LENGTH, high=PIN_MAX_LENGTH
            ),
            field="pin",
        )
