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
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from utregs_plekkie import __version__, paths
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

log = logging.getLogger(__name__)

# argparse's own messages, in Dutch. argparse looks ``_`` up in its module at call
# time, so replacing it there translates usage errors without a gettext catalogue.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "not allowed with argument %s": "niet samen met argument %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s past bij %(matches)s"
    ),
}


def _argparse_nl(text: str) -> str:
    return _ARGPARSE_NL.get(text, text)


argparse._ = _argparse_nl  # type: ignore[attr-defined]


class CommandError(UserError):
    """A command could not do what was asked; the message says why, in Dutch."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: fout: {message}\n").format(prog=self.prog, message=message))


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is geen geheel getal").format(value=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("'{value}' mag niet negatief zijn").format(value=text))
    return value


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On subcommands the default is SUPPRESS, so "--db" before or after the command
    # name both work and the later one does not erase the earlier.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=_(
            "database: sqlite:///pad/bestand.sqlite of postgresql://gebruiker@server/naam "
            "(standaard: ${env} of het bestand in de gebruikersmap)"
        ).format(env=paths.DB_ENV),
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=default,
        help=_("taal van het venster (nl of en)"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default or False,
        help=_("meer meldingen in het logboek en op het scherm"),
    )
    # Who runs a command that touches personal data (see commands/_identity.py).
    parser.add_argument(
        "--user",
        metavar=_("NAAM"),
        default=default,
        help=_("werk als deze gebruiker; wachtwoord uit UTREGS_PLEKKIE_PASSWORD of gevraagd"),
    )
    parser.add_argument(
        "--admin",
        action="store_true",
        default=default or False,
        help=_("beheermodus zonder gebruiker (komt altijd in het logboek)"),
    )


def build_parser() -> Parser:
    parser = Parser(
        prog="utregs-plekkie",
        description=_(
            "Utregs Plekkie: werving en matching van pleeg- en steunouders. "
            "Zonder opdracht opent het programmavenster."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar=_("opdracht"), parser_class=Parser)

    gui = commands.add_parser("gui", help=_("open het programmavenster (standaard)"))
    _add_common(gui, top=False)

    demo = commands.add_parser("demo", help=_("vul de database met realistische demogegevens"))
    _add_common(demo, top=False)
    demo.add_argument(
        "--requests",
        type=_positive_int,
        default=2_000,
        metavar="N",
        help=_("aantal aanvragen (standaard 2000)"),
    )
    demo.add_argument(
        "--households",
        type=_positive_int,
        default=400,
        metavar="N",
        help=_("aantal gezinnen (standaard 400)"),
    )
    demo.add_argument(
        "--children",
        type=_positive_int,
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
    _add_common(migrate, top=False)

    info = commands.add_parser(
        "info", help=_("toon welke database in gebruik is en wat erin staat")
    )
    _add_common(info, top=False)
    info.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    bench = commands.add_parser("bench", help=_("meet de snelheid (benchmarks)"))
    _add_common(bench, top=False)
    benches = bench.add_subparsers(
        dest="bench", metavar=_("onderdeel"), parser_class=Parser, required=True
    )

    # Feature commands live in utregs_plekkie/commands/<feature>.py, one module each,
    # so features grow without editing this file (see commands/__init__.py).
    from utregs_plekkie.commands import register_all

    register_all(CommandSet(commands, benches))
    return parser


# --------------------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo, database_is_empty

    db = open_database(args.db_url)
    try:
        if args.replace and db.is_sqlite and not database_is_empty(db):
            from utregs_plekkie.storage.backups import make_backup

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
            seconds=_format_decimal(result.seconds, 1),
            requests=_format_int(result.counts.get("info_requests", 0)),
            households=_format_int(result.counts.get("households", 0)),
            children=_format_int(result.counts.get("children", 0)),
            rows=_format_int(total),
            where=db.info().location,
        ),
        file=out,
    )
    return 0


def cmd_migrate(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage import migrations
    from utregs_plekkie.storage.database import open_database

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
    from sqlalchemy import func, select

    from utregs_plekkie.storage import migrations
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import open_database

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
        print(f"  {key:<{width}}  {_format_int(value):>10}", file=out)
    return 0


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.gui.app import run_gui

    return run_gui(args.db_url, lang=args.lang)


Handler = Callable[[argparse.Namespace, TextIO], int]

COMMANDS: dict[str, Handler] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "migrate": cmd_migrate,
    "info": cmd_info,
}
BENCHES: dict[str, Handler] = {}


class CommandSet:
    """What a feature module gets to add its commands and benchmarks with."""

    def __init__(self, commands: Any, benches: Any) -> None:
        self._commands = commands
        self._benches = benches

    def command(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        """Add ``utregs-plekkie NAME``; returns its parser (with --db, --lang, -v)."""
        parser: argparse.ArgumentParser = self._commands.add_parser(name, help=help)
        _add_common(parser, top=False)
        parser.set_defaults(handler=handler)
        return parser

    def bench(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        """Add ``utregs-plekkie bench NAME`` (with --json)."""
        parser: argparse.ArgumentParser = self._benches.add_parser(name, help=help)
        _add_common(parser, top=False)
        parser.add_argument("--json", action="store_true", help=_("de cijfers als één JSON-object"))
        parser.set_defaults(handler=handler)
        return parser


# --------------------------------------------------------------------------- formatting


def _format_int(value: int) -> str:
    """Dutch thousands separator: 200000 -> 200.000."""
    return f"{value:,}".replace(",", ".")


def _format_decimal(value: float, digits: int) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


# --------------------------------------------------------------------------- entry


def run(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    from utregs_plekkie.logging_setup import setup_logging

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
