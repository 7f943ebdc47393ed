"""Trust on the command line: backups, users, the audit trail and the AVG.

utregs-plekkie backup [--to DIR]               a verified copy now
utregs-plekkie backups [--dir DIR]             the copies there are
utregs-plekkie restore BACKUP [--yes]          put a copy back (the current one is kept)
utregs-plekkie users add|list|passwd|disable|enable|role
utregs-plekkie audit [--since DATE] [--until DATE] [--who NAME] [--export FILE]
utregs-plekkie retention [--apply]             dry run unless --apply
utregs-plekkie person export|erase --request ID | --household ID
utregs-plekkie consent withdraw --request ID

Every one of them needs --user NAME or --admin (commands/_identity.py), except
``users add`` for the very first beheerder.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from utregs_plekkie.commands._base import CommandSet, Parser, add_common, format_int
from utregs_plekkie.commands._identity import (
    NEW_PASSWORD_ENV,
    actor_for,
    check,
    login,
    read_secret,
)
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Role
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Permission

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


# --------------------------------------------------------------------------- helpers


def _confirm(args: argparse.Namespace, question: str) -> None:
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        raise UserError(
            _("{question} Bevestig met --yes; zonder terminal kan er niet worden gevraagd.").format(
                question=question
            )
        )
    answer = input(_("{question} Typ 'ja' om door te gaan: ").format(question=question))
    if answer.strip().lower() != "ja":
        raise UserError(_("Niet bevestigd; er is niets veranderd."))


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(n, 1) // 1024 or 1} kB"


def _when(value: datetime) -> str:
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


# --------------------------------------------------------------------------- backups


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage.backups import make_backup
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.BACKUP)
        info = make_backup(db, args.to)
        from utregs_plekkie.storage.audit import record_now

        record_now(db, actor, AuditAction.EXPORT, "database", None, f"backup {info.path.name}")
    finally:
        db.dispose()
    print(
        _("Backup gemaakt en gecontroleerd: {path} ({size}).").format(
            path=info.path, size=_size(info.size)
        ),
        file=out,
    )
    return 0


def cmd_backups(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage.backups import default_folder, list_backups
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor_for(args, db, Permission.BACKUP)
        found = list_backups(db, args.dir)
    finally:
        db.dispose()
    folder = default_folder(args.dir)
    if not found:
        print(_("Geen backups gevonden in {folder}.").format(folder=folder), file=out)
        return 0
    print(_("Backups in {folder}, nieuwste eerst:").format(folder=folder), file=out)
    for info in found:
        print(
            f"  {_when(info.made_at)}  {info.label:<22} {_size(info.size):>9}  {info.path.name}",
            file=out,
        )
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from utregs_plekkie.storage.audit import record_now
    from utregs_plekkie.storage.backups import passphrase_of, restore_backup, restore_postgres
    from utregs_plekkie.storage.database import Database, open_database

    backup: Path = args.backup.expanduser()
    db = Database(args.db_url)
    try:
        # In admin mode the database may be too damaged to log in to or write to: the
        # line about the restore goes into the restored database below.
        try:
            actor = actor_for(args, db, Permission.BACKUP, log_admin=False)
        except SQLAlchemyError as exc:
            raise UserError(
                _(
                    "De database is niet leesbaar, dus aanmelden lukt niet ({reason}). Zet de "
                    "backup terug in beheermodus: voeg --admin toe in plaats van --user."
                ).format(reason=type(exc).__name__)
            ) from exc
        passphrase = passphrase_of(db)
        _confirm(
            args,
            _("De database {where} wordt vervangen door de backup {backup}.").format(
                where=db.info().location, backup=backup.name
            ),
        )
    finally:
        db.dispose()
    if db.dialect == "postgresql":
        safety = restore_postgres(db, backup, args.dir)
    else:
        if db.sqlite_path is None:
            raise UserError(_("Terugzetten kan alleen in een databasebestand."))
        safety = restore_backup(db.sqlite_path, backup, folder=args.dir, passphrase=passphrase)
    restored = open_database(args.db_url, backup=False)
    try:
        detail = f"backup teruggezet: {backup.name}; vorige versie: {safety.path.name}"
        if actor.admin_mode:
            detail = "beheermodus op de opdrachtregel: restore; " + detail
        record_now(restored, actor, AuditAction.IMPORT, "database", None, detail)
    finally:
        restored.dispose()
    print(
        _("Backup teruggezet. De database van vóór het terugzetten staat in {path}.").format(
            path=safety.path
        ),
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- users


def cmd_users(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage import users
    from utregs_plekkie.storage.database import open_database

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
                last = _when(info.last_login_at) if info.last_login_at else "—"
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
    from utregs_plekkie.storage.audit import AuditFilter, count_audit, export_audit, query_audit
    from utregs_plekkie.storage.database import open_database

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


# --------------------------------------------------------------------------- AVG


def cmd_retention(args: argparse.Namespace, out: TextIO) -> int:
    from dataclasses import replace

    from utregs_plekkie.storage import privacy
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.RETENTION)
        rules = privacy.retention_rules(db)
        if args.lead_months is not None:
            rules = replace(rules, lead_months=args.lead_months)
        if args.household_years is not None:
            rules = replace(rules, household_years=args.household_years)
        rules.validate()
        if args.save:
            privacy.save_retention_rules(db, rules, actor=actor)
            print(_("Bewaartermijnen opgeslagen."), file=out)
        plan = privacy.retention_dry_run(db, rules=rules)
        print(
            _(
                "Bewaartermijnen: aanvragen zonder voortgang {lead} maanden (van vóór {lead_cut}), "
                "gestopte gezinnen {hh} jaar (van vóór {hh_cut}), gezinnen met een plaatsing "
                "{placed} jaar."
            ).format(
                lead=rules.lead_months,
                lead_cut=plan.lead_cutoff.strftime("%d-%m-%Y"),
                hh=rules.household_years,
                hh_cut=plan.household_cutoff.strftime("%d-%m-%Y"),
                placed=rules.placed_household_years,
            ),
            file=out,
        )
        for item in plan.requests + plan.households:
            kind = _("aanvraag") if item.entity == "info_requests" else _("gezin")
            print(
                f"  {kind:<8} {item.id:>8}  {item.name or '—':<32} "
                f"{item.since:%d-%m-%Y}  {item.reason}",
                file=out,
            )
        if not args.apply:
            print(
                _(
                    "Proefdraaien: {requests} aanvragen en {households} gezinnen zouden worden "
                    "geanonimiseerd. Er is niets veranderd; voeg --apply toe om het uit te voeren."
                ).format(
                    requests=format_int(len(plan.requests)),
                    households=format_int(len(plan.households)),
                ),
                file=out,
            )
            return 0
        result = privacy.apply_retention(db, plan, actor=actor)
    finally:
        db.dispose()
    print(
        _(
            "Geanonimiseerd: {requests} aanvragen en {households} gezinnen ({skipped} "
            "overgeslagen omdat ze intussen veranderd zijn)."
        ).format(
            requests=format_int(result.requests),
            households=format_int(result.households),
            skipped=format_int(result.skipped),
        ),
        file=out,
    )
    return 0


def cmd_person(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage import privacy
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.PRIVACY)
        if args.person_action == "export":
            target: Path = args.out
            suffix = target.suffix.lower()
            if suffix not in (".json", ".pdf"):
                raise UserError(
                    _("Kies een bestand dat eindigt op .json of .pdf, niet '{name}'.").format(
                        name=target.name
                    )
                )
            data = privacy.person_export(
                db, request_id=args.request, household_id=args.household, actor=actor
            )
            if suffix == ".json":
                privacy.write_person_json(data, target)
            else:
                from utregs_plekkie.packs.access_report import write_access_report

                write_access_report(data, target)
            print(
                _(
                    "Inzage geschreven naar {path}: {requests} aanvraag/aanvragen, "
                    "{households} gezin(nen)."
                ).format(
                    path=target,
                    requests=len(data["aanvragen"]),
                    households=len(data["gezinnen"]),
                ),
                file=out,
            )
            return 0
        subject = (
            _("aanvraag {id}").format(id=args.request)
            if args.request is not None
            else _("gezin {id}").format(id=args.household)
        )
        _confirm(
            args,
            _(
                "Alle persoonsgegevens van {subject} (met gekoppelde aanvragen en gezin) worden "
                "gewist. Dit kan niet ongedaan worden gemaakt."
            ).format(subject=subject),
        )
        result = privacy.erase_person(
            db, request_id=args.request, household_id=args.household, actor=actor
        )
    finally:
        db.dispose()
    print(
        _(
            "Gewist: {requests} aanvraag/aanvragen en {households} gezin(nen) geanonimiseerd, "
            "{adults} volwassene(n) verwijderd. Het logboek vermeldt alleen dat het gebeurd is. "
            "Let op: oudere backups bevatten de gegevens nog tot ze na 4 weken worden opgeruimd."
        ).format(requests=result.requests, households=result.households, adults=result.adults),
        file=out,
    )
    return 0


def cmd_consent(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage import privacy
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.EDIT_REQUESTS)
        privacy.withdraw_consent(db, args.request, actor=actor)
    finally:
        db.dispose()
    print(
        _("Toestemming van aanvraag {id} ingetrokken: geen contact en geen opvolging meer.").format(
            id=args.request
        ),
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- benchmark


def bench_trust(args: argparse.Namespace, out: TextIO) -> int:
    """Login, audit queries on a large trail, retention, access, erasure and backups, on
    demo data of national scale in a temporary SQLite file."""
    import statistics
    import tempfile
    import time

    from sqlalchemy import func, insert, select

    from utregs_plekkie.commands._bench import BenchReport, timed_ms
    from utregs_plekkie.packs.access_report import write_access_report
    from utregs_plekkie.storage import backups, privacy, users
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.audit import AuditFilter, count_audit, export_audit, query_audit
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo

    report = BenchReport("trust")
    with tempfile.TemporaryDirectory(prefix="plekkie-bench-trust-") as folder_name:
        folder = Path(folder_name)
        url = "sqlite:///" + str(folder / "bench.sqlite")
        db = open_database(url, backup=False)
        try:
            size = DemoSize(
                requests=args.requests, households=args.households, children=args.children
            )
            demo = build_demo(db, size)
            admin = users.create_first_admin(db, "beheer", "Beheer", "lang genoeg wachtwoord")
            logins = [
                timed_ms(lambda: users.authenticate(db, "beheer", "lang genoeg wachtwoord"))
                for _i in range(5)
            ]
            report.add(
                "login_ms",
                "inloggen (Argon2id, mediaan)",
                statistics.median(logins),
                "ms",
                "< 1000 ms",
                statistics.median(logins) < 1000,
            )
            # A large audit trail: lines spread over two years, 40 users, all entities.
            lines = args.audit_lines
            entities = ("info_requests", "households", "children", "match_proposals")
            start_at = clock.now()
            started = time.perf_counter()
            chunk = 20_000
            for offset in range(0, lines, chunk):
                rows = [
                    {
                        "at": start_at - timedelta(minutes=lines - i),
                        "user_id": None,
                        "username": f"werver{i % 40}",
                        "action": list(AuditAction)[i % 6],
                        "entity": entities[i % 4],
                        "entity_id": i % 50_000,
                        "detail": "status, follow_up_on",
                    }
                    for i in range(offset, min(offset + chunk, lines))
                ]
                with db.transaction() as session:
                    session.execute(insert(m.AuditEntry), rows)
            seconds = time.perf_counter() - started
            report.add("audit_insert_per_s", "logboekregels schrijven", lines / seconds, "/s")
            queries = {
                "audit_page_ms": ("logboek: nieuwste 200 regels", AuditFilter()),
                "audit_user_ms": ("logboek: één gebruiker", AuditFilter(username="werver7")),
                "audit_record_ms": (
                    "logboek: één record",
                    AuditFilter(entity="households", entity_id=4933),
                ),
                "audit_period_ms": (
                    "logboek: één dag",
                    AuditFilter(since=clock.today(), until=clock.today()),
                ),
            }
            for key, (text, flt) in queries.items():

                def page(flt: AuditFilter = flt) -> None:
                    query_audit(db, admin, flt, limit=200)

                samples = [timed_ms(page) for _i in range(5)]
                value = statistics.median(samples)
                report.add(key, text, value, "ms", "< 100 ms", value < 100)
            report.add(
                "audit_count_ms",
                "logboek: regels tellen (alles)",
                timed_ms(lambda: count_audit(db, admin)),
                "ms",
            )
            started = time.perf_counter()
            exported = export_audit(db, admin, folder / "logboek.csv")
            report.add(
                "audit_export_s",
                f"logboek naar CSV ({format_int(exported)} regels)",
                time.perf_counter() - started,
                "s",
            )
            # Retention on the demo data.
            started = time.perf_counter()
            plan = privacy.retention_dry_run(db)
            report.add(
                "retention_dry_run_s",
                f"bewaartermijn proefdraaien ({format_int(plan.total)} records)",
                time.perf_counter() - started,
                "s",
            )
            started = time.perf_counter()
            result = privacy.apply_retention(db, plan, actor=admin)
            report.add(
                "retention_apply_s",
                f"bewaartermijn uitvoeren ({format_int(result.requests)} aanvragen, "
                f"{format_int(result.households)} gezinnen)",
                time.perf_counter() - started,
                "s",
            )
            with db.session() as session:
                busiest = session.execute(
                    select(m.Adult.household_id, func.count())
                    .join(m.Household, m.Household.id == m.Adult.household_id)
                    .where(m.Household.anonymised_at.is_(None))
                    .group_by(m.Adult.household_id)
                    .order_by(func.count().desc())
                    .limit(1)
                ).first()
            household_id = int(busiest[0]) if busiest else 1
            data: dict[str, object] = {}

            def export() -> None:
                data.update(privacy.person_export(db, household_id=household_id, actor=admin))

            report.add("person_export_ms", "inzage: gegevens verzamelen", timed_ms(export), "ms")
            report.add(
                "person_pdf_ms",
                "inzage: PDF maken",
                timed_ms(lambda: write_access_report(data, folder / "inzage.pdf")),
                "ms",
            )
            erase_ms = timed_ms(
                lambda: privacy.erase_person(db, household_id=household_id, actor=admin)
            )
            report.add(
                "erase_ms",
                "wissen van één gezin met aanvragen",
                erase_ms,
                "ms",
                "< 1000 ms",
                erase_ms < 1000,
            )
            assert db.sqlite_path is not None
            started = time.perf_counter()
            info = backups.make_backup(db, folder / "backups")
            report.add(
                "backup_s",
                f"backup maken en controleren ({_size(info.size)})",
                time.perf_counter() - started,
                "s",
            )
            report.add(
                "quick_check_s",
                "controle bij het starten (quick_check)",
                timed_ms(lambda: backups.check_integrity(db.sqlite_path or Path())) / 1000.0,
                "s",
            )
            db_path = db.sqlite_path
            db.dispose()
            started = time.perf_counter()
            backups.restore_backup(db_path, info.path, folder=folder / "backups")
            report.add("restore_s", "backup terugzetten", time.perf_counter() - started, "s")
        finally:
            db.dispose()
        _bench_encryption(report, folder, max(args.requests // 10, 100))
    report.context = {
        "database": "tijdelijk SQLite-bestand",
        "aanvragen": args.requests,
        "gezinnen": args.households,
        "kinderen": args.children,
        "logboekregels": args.audit_lines,
        "demo_s": round(demo.seconds, 1),
    }
    report.write(out, args.json)
    return 0


def _bench_encryption(report: Any, folder: Path, requests: int) -> None:
    """The cost of SQLCipher: the same demo data in a plain and an encrypted file."""
    import importlib.util
    import time

    from sqlalchemy import select

    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo

    if importlib.util.find_spec("sqlcipher3") is None:
        return
    size = DemoSize(requests=requests, households=requests // 8, children=requests // 8)
    seconds: dict[str, float] = {}
    # Each twice, in turn; the second round counts (the first also warms caches up).
    for kind, url in (
        ("plain", "sqlite:///" + str(folder / "gewoon1.sqlite")),
        ("encrypted", "sqlite+pysqlcipher://:bench@/" + str(folder / "versleuteld1.sqlite")),
        ("plain", "sqlite:///" + str(folder / "gewoon2.sqlite")),
        ("encrypted", "sqlite+pysqlcipher://:bench@/" + str(folder / "versleuteld2.sqlite")),
    ):
        db = open_database(url, backup=False)
        try:
            started = time.perf_counter()
            build_demo(db, size)
            with db.session() as session:
                for _i in range(20):
                    session.execute(
                        select(m.InfoRequest.id, m.InfoRequest.name_key)
                        .order_by(m.InfoRequest.received_at.desc())
                        .limit(200)
                    ).all()
            seconds[kind] = time.perf_counter() - started
        finally:
            db.dispose()
    report.add(
        "sqlcipher_overhead_pct",
        f"SQLCipher: extra tijd ({format_int(requests)} aanvragen maken en lezen)",
        100.0 * (seconds["encrypted"] / seconds["plain"] - 1.0),
        "%",
    )
