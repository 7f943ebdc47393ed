"""Users, logging in, and the kiosk PIN.

Passwords are hashed with Argon2id (argon2-cffi's ``PasswordHasher``); a hash made
with older parameters is replaced at the next successful login. After
``LOCKOUT_AFTER`` failed logins in a row an account waits, longer with every further
failure (``core.permissions.lockout_delay``). A failed login always gets the same
sentence and takes about as long, whether the username exists or not, so the login
screen tells nobody which accounts there are. Every login, good or bad, is in the
audit trail.

The counters of failed logins are written with plain UPDATEs that leave the record's
version alone: a login is not an edit, and must not make a beheerder's open copy of
the user stale.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Role, label
from utregs_plekkie.core.errors import NotFoundError, UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import (
    Actor,
    Permission,
    PermissionDenied,
    check_password,
    check_pin,
    check_username,
    lockout_delay,
    may_leave_kiosk,
    normalise_username,
    require,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.audit import record
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import UnitOfWork, unit_of_work

# The name the brief and the GUI use for "who is logged in".
Identity = Actor

KIOSK_PIN_KEY = "security.kiosk_pin"
IDLE_LOCK_KEY = "security.idle_lock_minutes"
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_MAX = 240
UNKNOWN_USER = "(onbekend)"


class LoginFailed(UserError):
    """Wrong username or password, an inactive or a (temporarily) locked account."""


def login_failed_message() -> str:
    return _(
        "Aanmelden is niet gelukt: de gebruikersnaam of het wachtwoord klopt niet, of het "
        "account is na te veel mislukte pogingen even geblokkeerd. Controleer wat u typte "
        "en probeer het opnieuw (na een paar minuten), of vraag een beheerder om hulp."
    )


def pin_failed_message() -> str:
    return _(
        "Deze pincode klopt niet, of er is te vaak een verkeerde pincode ingevoerd. "
        "Probeer het over een paar minuten opnieuw, of laat een werver inloggen."
    )


# --------------------------------------------------------------------------- hashing

_hasher: PasswordHasher = PasswordHasher()
_dummy_hashes: dict[int, str] = {}


def password_hasher() -> PasswordHasher:
    return _hasher


def use_password_hasher(hasher: PasswordHasher | None) -> None:
    """Hash new passwords with other parameters (``None``: argon2-cffi's defaults).

    Existing hashes keep working and are upgraded at the next successful login.
    """
    global _hasher
    _hasher = hasher or PasswordHasher()


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def _verify(stored: str | None, secret: str) -> bool:
    """Check ``secret`` against ``stored``; without a hash, spend the same time anyway."""
    if stored is None:
        key = id(_hasher)
        if key not in _dummy_hashes:
            _dummy_hashes[key] = _hasher.hash("geen-account-maar-wel-even-rekenen")
        stored, secret = _dummy_hashes[key], secret + "\x00"
        with contextlib.suppress(VerificationError, InvalidHashError):
            _hasher.verify(stored, secret)
        return False
    try:
        return _hasher.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


# --------------------------------------------------------------------------- settings


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    value = session.scalar(select(m.Setting.value).where(m.Setting.key == key))
    return default if value is None else value


def write_setting(session: Session, key: str, value: Any) -> None:
    """Store a JSON value under ``key`` in the running transaction."""
    row = session.scalar(select(m.Setting).where(m.Setting.key == key))
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


# --------------------------------------------------------------------------- users


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    version: int
    failed_logins: int
    locked_until: datetime | None
    last_login_at: datetime | None

    @property
    def role_label(self) -> str:
        return label(self.role)

    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role, self.display_name)


def _info(user: m.User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        active=bool(user.active),
        version=user.version,
        failed_logins=user.failed_logins or 0,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
    )


def _actor(user: m.User) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.display_name)


def _active_admins(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(m.User)
        .where(
            m.User.role == Role.BEHEERDER,
            m.User.active.is_(True),
            m.User.password_hash.is_not(None),
        )
    )
    return int(session.scalar(query) or 0)


def needs_first_admin(db: Database) -> bool:
    """True until there is an active beheerder who can log in (the first start)."""
    with db.session() as session:
        return _active_admins(session) == 0


def _display(display_name: str, username: str) -> str:
    name = " ".join(display_name.split())
    if len(name) > 120:
        raise ValidationError(_("De naam is te lang (hoogstens 120 tekens)."), field="display_name")
    return name or username


def _new_user(
    session: Session,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    *,
    logged_in: bool = False,
) -> m.User:
    name = check_username(username)
    check_password(password, name)
    if session.scalar(select(m.User.id).where(m.User.username == name)) is not None:
        raise ValidationError(
            _("De gebruikersnaam '{name}' bestaat al; kies een andere.").format(name=name),
            field="username",
        )
    user = m.User(
        username=name,
        display_name=_display(display_name, name),
        role=Role(role),
        password_hash=hash_secret(password),
        active=True,
        failed_logins=0,
        last_login_at=clock.now() if logged_in else None,
    )
    session.add(user)
    session.flush()
    return user


def create_first_admin(db: Database, username: str, display_name: str, password: str) -> Actor:
    """The first start: make the first beheerder and log them in.

    Refused once a beheerder exists, so it cannot be used to make a second one past
    the login.
    """
    with db.transaction() as session:
        if _active_admins(session) > 0:
            raise UserError(
                _(
                    "Er is al een beheerder. Meld u aan, en laat een beheerder nieuwe "
                    "gebruikers maken."
                )
            )
        user = _new_user(session, username, display_name, Role.BEHEERDER, password, logged_in=True)
        actor = _actor(user)
        record(session, actor, AuditAction.CREATE, "users", user.id, "eerste beheerder")
        record(session, actor, AuditAction.LOGIN, "users", user.id, "aangemeld")
    return actor


def create_user(
    db: Database,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    *,
    actor: Actor,
) -> UserInfo:
    with unit_of_work(db, actor, Permission.MANAGE_USERS, kind=_("gebruiker")) as uow:
        user = _new_user(uow.session, username, display_name, role, password)
        uow.audit(AuditAction.CREATE, user, f"rol {Role(role).value}")
        return _info(user)


def list_users(db: Database, actor: Actor, *, include_inactive: bool = True) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    query = select(m.User).order_by(m.User.username)
    if not include_inactive:
        query = query.where(m.User.active.is_(True))
    with db.session() as session:
        return [_info(u) for u in session.scalars(query)]


def get_user(db: Database, actor: Actor, username: str) -> UserInfo:
    """A user by name; anyone may look themselves up, a beheerder anyone."""
    name = normalise_username(username)
    if name != actor.username:
        require(actor, Permission.MANAGE_USERS)
    with db.session() as session:
        user = session.scalar(select(m.User).where(m.User.username == name))
        if user is None:
            raise NotFoundError(
                _("Er is geen gebruiker '{name}'. Kijk in de lijst van gebruikers.").format(
                    name=name
                )
            )
        return _info(user)


def _load_for_edit(uow: UnitOfWork, user_id: int, expected_version: int | None) -> m.User:
    return uow.get(
        m.User,
        user_id,
        expected_version=expected_version,
        not_found=_("Deze gebruiker bestaat niet meer."),
    )


def _keep_one_admin(session: Session, user: m.User) -> None:
    if user.role == Role.BEHEERDER and user.active and _active_admins(session) <= 1:
        raise UserError(
            _(
                "Dit is de laatste actieve beheerder. Maak eerst een andere beheerder, "
                "anders kan niemand meer gebruikers of backups beheren."
            )
        )


def set_active(
    db: Database,
    user_id: int,
    active: bool,
    *,
    actor: Actor,
    expected_version: int | None = None,
) -> UserInfo:
    """Deactivate (or reactivate) an account. Users are never deleted: the audit
    trail keeps pointing at them."""
    with unit_of_work(db, actor, Permission.MANAGE_USERS, kind=_("gebruiker")) as uow:
        session = uow.session
        user = _load_for_edit(uow, user_id, expected_version)
        if user.active == active:
            return _info(user)
        if not active:
            _keep_one_admin(session, user)
        user.active = active
        if active:
            user.failed_logins = 0
            user.locked_until = None
        detail = "geactiveerd" if active else "gedeactiveerd"
        uow.audit(AuditAction.UPDATE, user, detail)
        session.flush()
        return _info(user)


def change_role(
    db: Database,
    user_id: int,
    role: Role,
    *,
    actor: Actor,
    expected_version: int | None = None,
) -> UserInfo:
    with unit_of_work(db, actor, Permission.MANAGE_USERS, kind=_("gebruiker")) as uow:
        session = uow.session
        user = _load_for_edit(uow, user_id, expected_version)
        if user.role == role:
            return _info(user)
        if role != Role.BEHEERDER:
            _keep_one_admin(session, user)
        old = Role(user.role).value
        user.role = Role(role)
        uow.audit(AuditAction.UPDATE, user, f"rol {old} -> {role.value}")
        session.flush()
        return _info(user)


def change_password(
    db: Database,
    user_id: int,
    new_password: str,
    *,
    actor: Actor,
    current_password: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Change a password: one's own with the current password, anyone's as beheerder.

    A reset also lifts a lock-out. One's own password needs no permission but the
    current password; so does the entering of a visitor at the kiosk, the one thing
    every role may (KIOSK_CAPTURE), which is what the unit of work checks then.
    """
    own = actor.user_id == user_id and not actor.admin_mode
    permission = Permission.KIOSK_CAPTURE if own else Permission.MANAGE_USERS
    with unit_of_work(db, actor, permission, kind=_("gebruiker")) as uow:
        user = _load_for_edit(uow, user_id, expected_version)
        if own and not _verify(user.password_hash, current_password or ""):
            raise ValidationError(
                _("Het huidige wachtwoord klopt niet; het wachtwoord is niet gewijzigd."),
                field="current_password",
            )
        check_password(new_password, user.username)
        user.password_hash = hash_secret(new_password)
        user.failed_logins = 0
        user.locked_until = None
        uow.audit(AuditAction.UPDATE, user, "wachtwoord gewijzigd")


# --------------------------------------------------------------------------- logging in


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Log in; the Actor to pass to storage functions, or LoginFailed (one sentence
    for every reason)."""
    name = normalise_username(username)
    now = clock.now()
    actor: Actor | None = None
    with db.transaction() as session:
        user = session.scalar(select(m.User).where(m.User.username == name)) if name else None
        usable = user is not None and user.active and user.password_hash is not None
        locked = user is not None and user.locked_until is not None and user.locked_until > now
        table = cast(Table, m.User.__table__)
        if user is None or not usable:
            _verify(None, password)
            who = Actor(user.id, user.username, Role(user.role)) if user else None
            why = "account niet actief" if user is not None else "onbekende gebruikersnaam"
            _log_failure(session, who, why)
        elif locked:
            # No check of the password while locked: guessing must wait as well.
            _verify(None, password)
            _log_failure(session, _actor(user), "geblokkeerd, poging geweigerd")
        elif not _verify(user.password_hash, password):
            failures = (user.failed_logins or 0) + 1
            delay = lockout_delay(failures)
            until = now + delay if delay is not None else None
            session.execute(
                update(table)
                .where(table.c.id == user.id)
                .values(failed_logins=table.c.failed_logins + 1, locked_until=until)
            )
            detail = f"mislukt ({failures} keer op rij)"
            if until is not None:
                detail += f", geblokkeerd tot {until.astimezone(clock.LOCAL_TZ):%H:%M:%S}"
            _log_failure(session, _actor(user), detail)
        else:
            values: dict[str, Any] = {
                "failed_logins": 0,
                "locked_until": None,
                "last_login_at": now,
            }
            assert user.password_hash is not None
            if _hasher.check_needs_rehash(user.password_hash):
                values["password_hash"] = hash_secret(password)
            session.execute(update(table).where(table.c.id == user.id).values(**values))
            actor = _actor(user)
            detail = "aangemeld" + (
                ", wachtwoord-hash vernieuwd" if "password_hash" in values else ""
            )
            record(session, actor, AuditAction.LOGIN, "users", user.id, detail)
    if actor is None:
        raise LoginFailed(login_failed_message())
    return actor


def _log_failure(session: Session, who: Actor | None, detail: str) -> None:
    actor = who or Actor(None, UNKNOWN_USER, Role.EVENEMENT)
    record(session, actor, AuditAction.LOGIN, "users", actor.user_id, detail)


def record_admin_mode(db: Database, actor: Actor, detail: str) -> None:
    """The explicit admin mode of the command line is always in the audit trail."""
    if not actor.admin_mode:
        raise ValueError("record_admin_mode needs an admin-mode actor")
    with db.transaction() as session:
        record(session, actor, AuditAction.LOGIN, "users", None, detail)


# --------------------------------------------------------------------------- kiosk


def set_kiosk_pin(db: Database, pin: str, *, actor: Actor) -> None:
    """Set the PIN that ends kiosk mode (beheerder); stored hashed in the settings."""
    require(actor, Permission.SETTINGS)
    check_pin(pin)
    with unit_of_work(db, actor, Permission.SETTINGS, kind=_("instelling")) as uow:
        write_setting(
            uow.session,
            KIOSK_PIN_KEY,
            {"hash": hash_secret(pin), "failed": 0, "locked_until": None},
        )
        uow.audit(AuditAction.UPDATE, "settings", "kiosk-pincode ingesteld")


def has_kiosk_pin(db: Database) -> bool:
    with db.session() as session:
        value = read_setting(session, KIOSK_PIN_KEY)
    return isinstance(value, dict) and bool(value.get("hash"))


def verify_kiosk_pin(db: Database, pin: str) -> bool:
    """Check the kiosk PIN, with the same lock-out as passwords (per laptop PIN)."""
    now = clock.now()
    with db.transaction() as session:
        stored = read_setting(session, KIOSK_PIN_KEY)
        if not isinstance(stored, dict) or not stored.get("hash"):
            _verify(None, pin)
            return False
        until_text = stored.get("locked_until")
        locked = until_text is not None and datetime.fromisoformat(until_text) > now
        if locked:
            _verify(None, pin)
            ok = False
        else:
            ok = _verify(str(stored["hash"]), pin)
        failed = int(stored.get("failed", 0))
        if ok:
            new = {"hash": stored["hash"], "failed": 0, "locked_until": None}
            detail = "kiosk verlaten met pincode"
        else:
            failed = failed if locked else failed + 1
            delay = None if locked else lockout_delay(failed)
            until = (now + delay).isoformat() if delay is not None else until_text
            new = {"hash": stored["hash"], "failed": failed, "locked_until": until}
            detail = "kiosk-pincode onjuist" + (", geblokkeerd" if until else "")
        write_setting(session, KIOSK_PIN_KEY, new)
        record(session, Actor.system(), AuditAction.LOGIN, "settings", None, detail)
    return ok


def leave_kiosk(
    db: Database,
    *,
    pin: str | None = None,
    username: str | None = None,
    password: str | None = None,
) -> Actor | None:
    """End kiosk mode with the PIN (returns None: show the login) or with the login of
    someone who may see the requests (returns their Actor). Otherwise an error."""
    if pin is not None:
        if not verify_kiosk_pin(db, pin):
            raise LoginFailed(pin_failed_message())
        return None
    actor = authenticate(db, username or "", password or "")
    if not may_leave_kiosk(actor):
        raise PermissionDenied(
            _(
                "Met dit account kunt u de kiosk niet verlaten. Laat een werver, matcher of "
                "beheerder inloggen, of gebruik de pincode."
            ),
            Permission.VIEW_REQUESTS,
            actor.role,
        )
    return actor


# --------------------------------------------------------------------------- idle lock


def idle_lock_minutes(db: Database) -> int:
    """After how many idle minutes the window locks (0: never)."""
    with db.session() as session:
        value = read_setting(session, IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)
    try:
        return max(0, min(int(value), IDLE_LOCK_MAX))
    except (TypeError, ValueError):
        return IDLE_LOCK_DEFAULT


def set_idle_lock_minutes(db: Database, minutes: int, *, actor: Actor) -> None:
    require(actor, Permission.SETTINGS)
    if not 0 <= minutes <= IDLE_LOCK_MAX:
        raise ValidationError(
            _("Kies 0 (nooit vergrendelen) tot {max} minuten.").format(max=IDLE_LOCK_MAX),
            field="idle_lock_minutes",
        )
    with unit_of_work(db, actor, Permission.SETTINGS, kind=_("instelling")) as uow:
        write_setting(uow.session, IDLE_LOCK_KEY, minutes)
        uow.audit(AuditAction.UPDATE, "settings", f"vergrendeling na {minutes} min")
