"""Who runs a command: ``--user NAME`` (with a password) or the explicit ``--admin`` mode.

Commands that touch personal data call ``actor_for(args, db, permission)`` before they
do anything. It logs the user in (password from ``UTREGS_PLEKKIE_PASSWORD``, or asked
with getpass when a terminal is attached), checks the role's permission and returns
the Actor to pass to the storage functions. ``--admin`` is the way in for a beheerder
at the machine itself (first setup, a damaged database, scripts); it is always
written to the audit trail, with the operating-system account that used it. A role
that may not do something gets a Dutch sentence and exit code 1, and the refusal is
in the audit trail too.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, PermissionDenied, require
from utregs_plekkie.storage.audit import record_now
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.users import authenticate, record_admin_mode

PASSWORD_ENV = "UTREGS_PLEKKIE_PASSWORD"
NEW_PASSWORD_ENV = "UTREGS_PLEKKIE_NEW_PASSWORD"


@dataclass(frozen=True)
class Login:
    actor: Actor
    password: str | None  # the password used (None in admin mode)


def command_name(args: argparse.Namespace) -> str:
    parts = [str(getattr(args, "command", "") or "")]
    for key in ("users_action", "person_action", "consent_action"):
        value = getattr(args, key, None)
        if value:
            parts.append(str(value))
    return " ".join(p for p in parts if p)


def os_account() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"


def read_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment variable ``env``, else asked on the terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            _(
                "Er is geen wachtwoord gegeven. Zet het in de omgevingsvariabele {env}, "
                "of start de opdracht in een terminal, dan wordt erom gevraagd."
            ).format(env=env)
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Nogmaals ter controle: ")) != value:
        raise UserError(_("De twee wachtwoorden zijn niet gelijk; er is niets gewijzigd."))
    return value


def login(args: argparse.Namespace, db: Database, *, log_admin: bool = True) -> Login:
    admin = bool(getattr(args, "admin", False))
    username = getattr(args, "user", None)
    if admin and username:
        raise UserError(_("Kies --user NAAM of --admin, niet allebei."))
    if admin:
        actor = Actor.admin(os_account())
        if log_admin:
            record_admin_mode(db, actor, f"beheermodus op de opdrachtregel: {command_name(args)}")
        return Login(actor, None)
    if username:
        password = read_secret(PASSWORD_ENV, _("Wachtwoord van {user}: ").format(user=username))
        return Login(authenticate(db, username, password), password)
    raise UserError(
        _(
            "Deze opdracht werkt met persoonsgegevens en heeft een gebruiker nodig: geef "
            "--user NAAM (het wachtwoord komt uit {env} of wordt gevraagd), of --admin "
            "(beheermodus; komt in het logboek)."
        ).format(env=PASSWORD_ENV)
    )


def check(args: argparse.Namespace, db: Database, actor: Actor, permission: Permission) -> None:
    """``require`` that also writes a refusal to the audit trail."""
    try:
        require(actor, permission)
    except PermissionDenied:
        record_now(
            db,
            actor,
            AuditAction.LOGIN,
            "users",
            actor.user_id,
            f"geweigerd: {permission.value} (opdracht {command_name(args)})",
        )
        raise


def actor_for(
    args: argparse.Namespace,
    db: Database,
    permission: Permission | None,
    *,
    log_admin: bool = True,
) -> Actor:
    """Log in as ``--user`` or ``--admin`` and check ``permission`` (None: any role)."""
    actor = login(args, db, log_admin=log_admin).actor
    if permission is not None:
        check(args, db, actor, permission)
    return actor
