"""The trust commands' arguments: backup, backups, restore, users, audit, retention,
person and consent, and the trust benchmark."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from utregs_plekkie.commands._base import CommandSet, Parser, add_common
from utregs_plekkie.commands.trust.avg import cmd_consent, cmd_person, cmd_retention
from utregs_plekkie.commands.trust.backups import cmd_backup, cmd_backups, cmd_restore
from utregs_plekkie.commands.trust.bench import bench_trust
from utregs_plekkie.commands.trust.users import cmd_audit, cmd_users
from utregs_plekkie.core.enums import AuditAction, Role
from utregs_plekkie.core.i18n import _

# --------------------------------------------------------------------------- parsing


def _date(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _("'{value}' is geen datum; schrijf 2026-03-31 of 31-03-2026").format(value=text)
    )


def _id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{value}' is geen nummer").format(value=text)) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(_("'{value}' is geen geldig nummer").format(value=text))
    return value


def _role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise argparse.ArgumentTypeError(
            _("'{value}' is geen rol; kies uit {choices}").format(value=text, choices=choices)
        ) from None


def _sub(parent: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction[Parser]:
    return parent.add_subparsers(dest=dest, metavar=_("actie"), parser_class=Parser, required=True)


def _person_target(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--request", type=_id, metavar="ID", help=_("een aanvraag (nummer)"))
    which.add_argument("--household", type=_id, metavar="ID", help=_("een gezin (nummer)"))


def register(cli: CommandSet) -> None:
    backup = cli.command("backup", cmd_backup, help=_("maak nu een gecontroleerde backup"))
    backup.add_argument("--to", type=Path, metavar="MAP", help=_("map voor de backup"))

    backups = cli.command("backups", cmd_backups, help=_("toon de backups die er zijn"))
    backups.add_argument("--dir", type=Path, metavar="MAP", help=_("map met backups"))

    restore = cli.command("restore", cmd_restore, help=_("zet een backup terug"))
    restore.add_argument("backup", type=Path, metavar="BACKUP", help=_("het backupbestand"))
    restore.add_argument("--yes", action="store_true", help=_("niet om bevestiging vragen"))
    restore.add_argument(
        "--dir", type=Path, metavar="MAP", help=_("map voor de kopie van de huidige database")
    )

    users = cli.command("users", cmd_users, help=_("gebruikers beheren"))
    actions = _sub(users, "users_action")
    add = actions.add_parser("add", help=_("nieuwe gebruiker (de eerste wordt beheerder)"))
    add.add_argument("username", metavar=_("GEBRUIKERSNAAM"))
    add.add_argument("--role", type=_role, default=None, metavar=_("ROL"), help=_("rol"))
    add.add_argument("--name", default="", metavar=_("NAAM"), help=_("volledige naam"))
    actions.add_parser("list", help=_("alle gebruikers"))
    passwd = actions.add_parser("passwd", help=_("wachtwoord wijzigen"))
    passwd.add_argument("username", metavar=_("GEBRUIKERSNAAM"))
    for name, text in (("disable", _("account uitzetten")), ("enable", _("account aanzetten"))):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("username", metavar=_("GEBRUIKERSNAAM"))
    role = actions.add_parser("role", help=_("rol wijzigen"))
    role.add_argument("username", metavar=_("GEBRUIKERSNAAM"))
    role.add_argument("new_role", type=_role, metavar=_("ROL"))
    for sub in actions.choices.values():
        add_common(sub, top=False)

    audit = cli.command("audit", cmd_audit, help=_("bekijk of exporteer het logboek"))
    audit.add_argument("--since", type=_date, metavar=_("DATUM"), help=_("vanaf deze dag"))
    audit.add_argument("--until", type=_date, metavar=_("DATUM"), help=_("tot en met deze dag"))
    audit.add_argument("--who", metavar=_("NAAM"), help=_("alleen deze gebruiker"))
    audit.add_argument("--entity", metavar=_("SOORT"), help=_("bijvoorbeeld info_requests"))
    audit.add_argument("--record", type=_id, metavar="ID", help=_("alleen dit record"))
    audit.add_argument(
        "--action",
        choices=[a.value for a in AuditAction],
        metavar=_("ACTIE"),
        help=_("bijvoorbeeld bekeken, gewijzigd, geexporteerd"),
    )
    audit.add_argument("--limit", type=_id, default=50, metavar="N", help=_("hoeveel regels"))
    audit.add_argument(
        "--export", type=Path, metavar=_("BESTAND"), help=_("schrijf naar .csv of .json")
    )

    retention = cli.command(
        "retention", cmd_retention, help=_("bewaartermijnen (AVG): proefdraaien of uitvoeren")
    )
    retention.add_argument("--apply", action="store_true", help=_("voer het echt uit"))
    retention.add_argument("--lead-months", type=_id, metavar="N", help=_("aanvragen: maanden"))
    retention.add_argument("--household-years", type=_id, metavar="N", help=_("gezinnen: jaren"))
    retention.add_argument(
        "--save", action="store_true", help=_("bewaar de opgegeven termijnen als instelling")
    )

    person = cli.command("person", cmd_person, help=_("inzage- en verwijderverzoeken (AVG)"))
    person_actions = _sub(person, "person_action")
    export = person_actions.add_parser("export", help=_("alle gegevens van één persoon"))
    _person_target(export)
    export.add_argument(
        "--out", type=Path, required=True, metavar=_("BESTAND"), help=_(".json of .pdf")
    )
    erase = person_actions.add_parser("erase", help=_("wis één persoon overal"))
    _person_target(erase)
    erase.add_argument("--yes", action="store_true", help=_("niet om bevestiging vragen"))
    for sub in person_actions.choices.values():
        add_common(sub, top=False)

    consent = cli.command("consent", cmd_consent, help=_("toestemming (AVG)"))
    consent_actions = _sub(consent, "consent_action")
    withdraw = consent_actions.add_parser("withdraw", help=_("toestemming intrekken"))
    withdraw.add_argument("--request", type=_id, required=True, metavar="ID")
    add_common(withdraw, top=False)

    bench = cli.bench("trust", bench_trust, help=_("meet inloggen, logboek, AVG en backups"))
    bench.add_argument("--requests", type=int, default=200_000, metavar="N")
    bench.add_argument("--households", type=int, default=25_000, metavar="N")
    bench.add_argument("--children", type=int, default=25_000, metavar="N")
    bench.add_argument("--audit-lines", type=int, default=1_000_000, metavar="N")
