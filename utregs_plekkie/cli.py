"""The command-line commands.

Every command takes ``--db URL`` (or ``UTREGS_PLEKKIE_DB``), works on SQLite and
PostgreSQL alike, prints Dutch, and exits non-zero with a Dutch sentence on failure.
Without a command the program opens the application window.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from sqlalchemy import func, select

from utregs_plekkie import __version__, paths
from utregs_plekkie.commands import register_all
from utregs_plekkie.commands._base import (
    CommandSet,
    Handler,
    Parser,
    add_common,
    format_decimal,
    format_int,
    positive_int,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.logging_setup import setup_logging
from utregs_plekkie.storage import migrations
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.backups import make_backup
from utregs_plekkie.storage.database import open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo, database_is_empty

log = logging.getLogger(__name__)


def build_parser() -> Parser:
    parser = Parser(
        prog="utregs-plekkie",
        description=_(
            "Utregs Plekkie: werving en matching van pleeg- en steunouders. "
            "Zonder opdracht opent het programmavenster."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar=_("opdracht"), parser_class=Parser)

    gui = commands.add_parser("gui", help=_("open het programmavenster (standaard)"))
    add_common(gui, top=False)

    demo = commands.add_parser("demo", help=_("vul de database met realistische demogegevens"))
    add_common(demo, top=False)
    demo.add_argument(
        "--requests",
        type=positive_int,
        default=2_000,
        metavar="N",
        help=_("aantal aanvragen (standaard 2000)"),
    )
    demo.add_argument(
        "--households",
        type=positive_int,
        default=400,
        metavar="N",
        help=_("aantal gezinnen (standaard 400)"),
    )
    demo.add_argument(
        "--children",
        type=positive_int,
        default=300,
        metavar="N",
        help=_("aantal kinderen (standaard 300)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2021,
        metavar="S",
        help=_("startgetal: dezelfde waarde geeft dezelfde gegevens"),
    )
    demo.add_argument(
        "--replace", action="store_true", help=_("vervang bestaande gegevens (na een backup)")
    )

    migrate = commands.add_parser("migrate", help=_("breng de database naar de nieuwste versie"))
    add_common(migrate, top=False)

    info = commands.add_parser(
        "info", help=_("toon welke database in gebruik is en wat erin staat")
    )
    add_common(info, top=False)
    info.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    bench = commands.add_parser("bench", help=_("meet de snelheid (benchmarks)"))
    add_common(bench, top=False)
    benches = bench.add_subparsers(
        dest="bench", metavar=_("onderdeel"), parser_class=Parser, required=True
    )

    # Feature commands live in utregs_plekkie/commands/<feature>.py, one module each,
    # so features grow without editing this file (see commands/__init__.py).
    register_all(CommandSet(commands, benches))
    return parser


# --------------------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        if args.replace and db.is_sqlite and not database_is_empty(db):
            saved = make_backup(db, paths.backup_dir(), "voor-demo").path
            print(_("Backup gemaakt: {path}").format(path=saved), file=out)
        size = DemoSize(
            requests=args.requests,
            households=args.households,
            children=args.children,
            seed=args.seed,
        )
        result = build_demo(
            db,
            size,
            replace=args.replace,
            progress=lambda message: print("  " + message, file=out, flush=True),
        )
    finally:
        db.dispose()
    total = sum(result.counts.values())
    print(
        _(
            "Demogegevens gemaakt in {seconds} s: {requests} aanvragen, {households} gezinnen, "
            "{children} kinderen ({rows} rijen in totaal) in {where}."
        ).format(
            seconds=format_decimal(result.seconds, 1),
            requests=format_int(result.counts.get("info_requests", 0)),
            households=format_int(result.counts.get("households", 0)),
            children=format_int(result.counts.get("children", 0)),
            rows=format_int(total),
            where=db.info().location,
        ),
        file=out,
    )
    return 0


def cmd_migrate(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url, migrate=False)
    try:
        before = migrations.current_revision(db)
        saved = migrations.upgrade(db)
        after = migrations.current_revision(db)
    finally:
        db.dispose()
    if before == after:
        print(_("De database is al bij: versie {rev}.").format(rev=after), file=out)
    else:
        print(
            _("Database bijgewerkt van versie {old} naar {new}.").format(
                old=before or "-", new=after
            ),
            file=out,
        )
    if saved is not None:
        print(_("Backup van vóór de update: {path}").format(path=saved), file=out)
    return 0


def cmd_info(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        info = db.info()
        counts: dict[str, int] = {}
        with db.session() as session:
            for key, model in (
                ("aanvragen", m.InfoRequest),
                ("gezinnen", m.Household),
                ("kinderen", m.Child),
                ("evenementen", m.Event),
                ("voorstellen", m.MatchProposal),
                ("plaatsingen", m.Placement),
            ):
                counts[key] = session.scalar(select(func.count()).select_from(model)) or 0
        revision = migrations.current_revision(db)
    finally:
        db.dispose()
    if args.json:
        json.dump(
            {
                "database": info.url,
                "soort": info.dialect,
                "locatie": info.location,
                "schemaversie": revision,
                "aantallen": counts,
            },
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    print(
        _("Database: {where} ({kind}), schemaversie {rev}").format(
            where=info.location, kind=info.dialect, rev=revision
        ),
        file=out,
    )
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"  {key:<{width}}  {format_int(value):>10}", file=out)
    return 0


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    # Qt is loaded only when the window opens, so commands start fast and run on a
    # machine without a display; gui never imports cli, so this hides no cycle.
    from utregs_plekkie.gui.app import run_gui

    return run_gui(args.db_url, lang=args.lang)


COMMANDS: dict[str, Handler] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "migrate": cmd_migrate,
    "info": cmd_info,
}
BENCHES: dict[str, Handler] = {}


# --------------------------------------------------------------------------- entry


def run(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    command = args.command or "gui"
    args.db_url = paths.resolve_db_url(getattr(args, "db", None))
    log_file = setup_logging(verbose=bool(getattr(args, "verbose", False)))
    handler = getattr(args, "handler", None) or COMMANDS[command]
    try:
        return handler(args, out)
    except UserError as exc:
        print(_("Fout: {message}").format(message=exc.message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("Afgebroken."), file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("Unexpected error in command %s", command)
        print(
            _(
                "Er ging onverwacht iets mis ({kind}: {reason}). De details staan in het "
                "logboek: {log}"
            ).format(kind=type(exc).__name__, reason=exc, log=log_file),
            file=sys.stderr,
        )
        return 2
