"""Events on the command line: the invitation list and the printable attendance list.

    utregs-plekkie events invitations EVENT_ID --out uitnodigingen.csv
    utregs-plekkie events attendance-list EVENT_ID --out presentielijst.pdf [--contact]

No e-mail server is needed: the CSV holds names and e-mail addresses for a mail merge,
and the PDF lies on the table at the door. Both are written to the audit trail.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from utregs_plekkie.commands._base import CommandSet, Parser, add_common
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _


def _event_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is geen nummer van een evenement").format(value=text)
        ) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(_("'{value}' is geen geldig nummer").format(value=text))
    return value


def register(cli: CommandSet) -> None:
    events = cli.command(
        "events", _no_subcommand, help=_("uitnodigingslijst en presentielijst van een evenement")
    )
    sub = events.add_subparsers(
        dest="events_command", metavar=_("onderdeel"), parser_class=Parser, required=True
    )
    invitations = sub.add_parser(
        "invitations", help=_("namen en e-mailadressen van de genodigden als CSV")
    )
    add_common(invitations, top=False)
    invitations.add_argument("event_id", type=_event_id, metavar="EVENEMENT")
    invitations.add_argument(
        "--out", type=Path, required=True, metavar=_("BESTAND.csv"), help=_("het CSV-bestand")
    )
    invitations.set_defaults(handler=cmd_invitations)

    attendance = sub.add_parser("attendance-list", help=_("presentielijst om af te drukken (PDF)"))
    add_common(attendance, top=False)
    attendance.add_argument("event_id", type=_event_id, metavar="EVENEMENT")
    attendance.add_argument(
        "--out", type=Path, required=True, metavar=_("BESTAND.pdf"), help=_("het PDF-bestand")
    )
    attendance.add_argument(
        "--contact",
        action="store_true",
        help=_("met e-mailadres en telefoon (alleen voor de organisatie, niet voor bezoekers)"),
    )
    attendance.add_argument(
        "--blank-rows",
        type=int,
        default=8,
        metavar="N",
        help=_("lege regels voor wie zonder aanmelding komt (standaard 8)"),
    )
    attendance.set_defaults(handler=cmd_attendance_list)


def _no_subcommand(args: argparse.Namespace, out: TextIO) -> int:
    raise UserError(_("Kies wat u wilt maken: events invitations of events attendance-list."))


def cmd_invitations(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.commands.households import who
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.events import write_invitations_csv

    if args.out.suffix.lower() != ".csv":
        raise UserError(_("Geef een bestandsnaam die eindigt op .csv."))
    db = open_database(args.db_url)
    try:
        actor = who(args, db, Permission.EVENTS)
        count = write_invitations_csv(db, args.event_id, args.out, actor=actor)
    finally:
        db.dispose()
    print(
        _("Uitnodigingslijst geschreven: {path} ({people}).").format(
            path=args.out,
            people=_("1 persoon") if count == 1 else _("{n} personen").format(n=count),
        ),
        file=out,
    )
    return 0


def cmd_attendance_list(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.commands.households import who
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.packs.attendance import write_attendance_list
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.events import event_detail

    if args.out.suffix.lower() != ".pdf":
        raise UserError(_("Geef een bestandsnaam die eindigt op .pdf."))
    if not 0 <= args.blank_rows <= 200:
        raise UserError(_("Kies 0 tot 200 lege regels."))
    db = open_database(args.db_url)
    try:
        actor = who(args, db, Permission.EVENTS)
        detail = event_detail(db, args.event_id)
        path = write_attendance_list(
            db,
            args.event_id,
            args.out,
            include_contact=args.contact,
            blank_rows=args.blank_rows,
            actor=actor,
        )
    finally:
        db.dispose()
    print(
        _(
            "Presentielijst geschreven: {path} ({registered} aangemeld, {total} op de lijst)."
        ).format(path=path, registered=detail.registered, total=len(detail.registrations)),
        file=out,
    )
    return 0
