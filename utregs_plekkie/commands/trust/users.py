"""``users add|list|passwd|disable|enable|role`` and ``audit``: managing accounts and
reading or exporting the audit trail."""

from __future__ import annotations

import argparse
from typing import TextIO

from utregs_plekkie.commands._base import format_int
from utregs_plekkie.commands._identity import (
    NEW_PASSWORD_ENV,
    actor_for,
    check,
    login,
    read_secret,
)
from utregs_plekkie.commands.trust.common import when_text
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Role
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.storage import users
from utregs_plekkie.storage.audit import (
    AuditFilter,
    count_audit,
    export_audit,
    query_audit,
)
from utregs_plekkie.storage.database import open_database

# --------------------------------------------------------------------------- users


def cmd_users(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        action = args.users_action
        if action == "add" and users.needs_first_admin(db) and not args.user and not args.admin:
            role = args.role or Role.BEHEERDER
            if role != Role.BEHEERDER:
                raise UserError(
                    _(
                        "Er is nog geen beheerder. Maak eerst een beheerder: laat --role weg "
                        "of geef --role beheerder."
                    )
                )
            password = read_secret(
                NEW_PASSWORD_ENV, _("Wachtwoord voor de nieuwe beheerder: "), confirm=True
            )
            actor = users.create_first_admin(db, args.username, args.name, password)
            print(
                _(
                    "Eerste beheerder '{name}' aangemaakt. Meld u voortaan aan met --user {name}."
                ).format(name=actor.username),
                file=out,
            )
            return 0
        if action == "passwd":
            who = login(args, db)
            target = users.get_user(db, who.actor, args.username)
            own = target.id == who.actor.user_id
            if not own:
                check(args, db, who.actor, Permission.MANAGE_USERS)
            new = read_secret(
                NEW_PASSWORD_ENV,
                _("Nieuw wachtwoord voor {name}: ").format(name=target.username),
                confirm=True,
            )
            users.change_password(
                db, target.id, new, current_password=who.password if own else None, actor=who.actor
            )
            print(_("Wachtwoord van {name} gewijzigd.").format(name=target.username), file=out)
            return 0
        actor = actor_for(args, db, Permission.MANAGE_USERS)
        if action == "add":
            if args.role is None:
                raise UserError(
                    _("Geef de rol van de nieuwe gebruiker: --role {roles}.").format(
                        roles="|".join(r.value for r in Role)
                    )
                )
            password = read_secret(
                NEW_PASSWORD_ENV,
                _("Wachtwoord voor {name}: ").format(name=args.username),
                confirm=True,
            )
            info = users.create_user(db, args.username, args.name, args.role, password, actor=actor)
            print(
                _("Gebruiker '{name}' aangemaakt met de rol {role}.").format(
                    name=info.username, role=info.role_label
                ),
                file=out,
            )
        elif action == "list":
            rows = users.list_users(db, actor)
            if not rows:
                print(_("Er zijn nog geen gebruikers."), file=out)
            for info in rows:
                state = _("actief") if info.active else _("uitgezet")
                if info.locked_until is not None and info.locked_until > clock.now():
                    state += ", " + _("tijdelijk geblokkeerd")
                last = when_text(info.last_login_at) if info.last_login_at else "—"
                print(
                    f"  {info.username:<20} {info.role_label:<10} {state:<30} "
                    + _("laatst aangemeld: {when}").format(when=last)
                    + f"  ({info.display_name})",
                    file=out,
                )
        elif action in ("disable", "enable"):
            target = users.get_user(db, actor, args.username)
            users.set_active(
                db, target.id, action == "enable", expected_version=target.version, actor=actor
            )
            text = (
                _("Account {name} staat weer aan.")
                if action == "enable"
                else _("Account {name} is uitgezet; aanmelden kan niet meer.")
            )
            print(text.format(name=target.username), file=out)
        elif action == "role":
            target = users.get_user(db, actor, args.username)
            info = users.change_role(
                db, target.id, args.new_role, expected_version=target.version, actor=actor
            )
            print(
                _("{name} heeft nu de rol {role}.").format(
                    name=info.username, role=info.role_label
                ),
                file=out,
            )
    finally:
        db.dispose()
    return 0


# --------------------------------------------------------------------------- audit


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    flt = AuditFilter(
        username=args.who,
        action=AuditAction(args.action) if args.action else None,
        entity=args.entity,
        entity_id=args.record,
        since=args.since,
        until=args.until,
    )
    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.AUDIT_VIEW)
        if args.export is not None:
            n = export_audit(db, actor, args.export, flt)
            print(
                _("{n} regels uit het logboek geschreven naar {path}.").format(
                    n=format_int(n), path=args.export
                ),
                file=out,
            )
            return 0
        total = count_audit(db, actor, flt)
        rows = query_audit(db, actor, flt, limit=args.limit)
    finally:
        db.dispose()
    print(
        _("{total} regels in het logboek; de nieuwste {shown}:").format(
            total=format_int(total), shown=len(rows)
        ),
        file=out,
    )
    for row in rows:
        target = f"{row.entity} {row.entity_id if row.entity_id is not None else ''}".strip()
        print(
            f"  {row.at:%d-%m-%Y %H:%M:%S}  {row.username:<20} {row.action_label:<14} "
            f"{target:<24} {row.detail}",
            file=out,
        )
    return 0
