"""``utregs-plekkie kiosk [--event "NAAM"]``: the program opens in the event kiosk.

For the laptop on a stand: full screen, only the visitor form (``gui.kiosk``). Who
runs it logs in first (the stand's account with the role "evenement", or a werver);
``--user NAAM`` or ``--admin`` logs in on the command line instead. Without
``--event`` the kiosk asks for the event's name before the first visitor. Leaving the
kiosk needs the kiosk PIN or a werver's login.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from utregs_plekkie.commands._base import CommandSet
from utregs_plekkie.commands._identity import actor_for
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.storage.database import open_database

#: As long as storage.requests accepts an event name.
EVENT_NAME_MAX = 200


def register(cli: CommandSet) -> None:
    parser = cli.command(
        "kiosk",
        cmd_kiosk,
        help=_("open het programma in de evenementmodus (kiosk) voor bezoekers van een stand"),
    )
    parser.add_argument(
        "--event",
        metavar=_("NAAM"),
        default=None,
        help=_('naam van het evenement, bijvoorbeeld "Pop-up Utrecht Centraal"'),
    )


def event_name(text: str | None) -> str | None:
    """The event name as stored (spaces tidied), or UserError in Dutch."""
    if text is None:
        return None
    name = " ".join(text.split())
    if not name:
        raise UserError(
            _('De naam van het evenement is leeg. Geef een naam, bijvoorbeeld --event "Markt".')
        )
    if len(name) > EVENT_NAME_MAX:
        raise UserError(
            _("De naam van het evenement is te lang ({n} tekens). Gebruik hoogstens {max}.").format(
                n=len(name), max=EVENT_NAME_MAX
            )
        )
    return name


def cmd_kiosk(args: argparse.Namespace, out: TextIO) -> int:
    name = event_name(args.event)
    actor = None
    if getattr(args, "user", None) or getattr(args, "admin", False):
        db = open_database(args.db_url)
        try:
            actor = actor_for(args, db, Permission.KIOSK_CAPTURE)
        finally:
            db.dispose()
    # Qt is loaded only when the kiosk opens (gui never imports commands: no cycle).
    from utregs_plekkie.gui.kiosk.program import run_kiosk

    return run_kiosk(args.db_url, name, actor=actor, lang=getattr(args, "lang", None))
