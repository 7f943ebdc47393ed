"""What the command line and every feature command build on: the Dutch argument
parser, the common options (--db, --lang, -v, --user, --admin) and Dutch number formats.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

from utregs_plekkie import paths
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

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


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is geen geheel getal").format(value=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("'{value}' mag niet negatief zijn").format(value=text))
    return value


def add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
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


Handler = Callable[[argparse.Namespace, TextIO], int]


class CommandSet:
    """What a feature module gets to add its commands and benchmarks with."""

    def __init__(self, commands: Any, benches: Any) -> None:
        self._commands = commands
        self._benches = benches

    def command(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        """Add ``utregs-plekkie NAME``; returns its parser (with --db, --lang, -v)."""
        parser: argparse.ArgumentParser = self._commands.add_parser(name, help=help)
        add_common(parser, top=False)
        parser.set_defaults(handler=handler)
        return parser

    def bench(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        """Add ``utregs-plekkie bench NAME`` (with --json)."""
        parser: argparse.ArgumentParser = self._benches.add_parser(name, help=help)
        add_common(parser, top=False)
        parser.add_argument("--json", action="store_true", help=_("de cijfers als één JSON-object"))
        parser.set_defaults(handler=handler)
        return parser


def format_int(value: int) -> str:
    """Dutch thousands separator: 200000 -> 200.000."""
    return f"{value:,}".replace(",", ".")


def format_decimal(value: float, digits: int) -> str:
    return f"{value:.{digits}f}".replace(".", ",")
