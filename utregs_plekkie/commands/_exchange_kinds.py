"""``utregs-plekkie import KIND FILE``, ``template KIND FILE`` and ``export KIND FILE``.

Several features import lists (requests, households, children, ...). Instead of each
adding its own top-level command, a feature registers a *kind* for a verb::

    register_kind("import", "children", cmd_import_children, _("kinderen uit een lijst"))
    register_kind("template", "children", cmd_template_children, _("sjabloon voor kinderen"))
    install(cli)   # in the feature's register(cli); safe to call from every feature

``install`` adds the ``import``, ``template`` and ``export`` commands once per parser, with the
kind as first argument (its choices are read when the command line is parsed, so kinds
registered by modules loaded later still count) and the file as second; ``import``
also takes ``--report FILE`` (the row report). The handler gets the parsed arguments
(``args.kind``, ``args.file``, ``args.report``, ``args.db_url``) and the output stream
and returns the exit code, like every command handler. A kind that needs options of its
own passes ``options=`` (a function that adds them to the verb's parser).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from utregs_plekkie.commands._base import CommandSet
from utregs_plekkie.core.i18n import _

__all__ = ["VERBS", "Kind", "install", "kinds", "register_kind"]

Handler = Callable[[argparse.Namespace, TextIO], int]
Options = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True)
class Kind:
    verb: str
    kind: str
    handler: Handler
    help: str
    options: Options | None = None


def _verb_help() -> dict[str, str]:
    return {
        "import": _("lees een lijst in (CSV of Excel) met een verslag per regel"),
        "template": _("schrijf een leeg sjabloon (CSV of Excel) om een lijst in te vullen"),
        "export": _("schrijf gegevens weg naar een lijst (CSV of Excel)"),
    }


VERBS: tuple[str, ...] = ("import", "template", "export")
_KINDS: dict[str, dict[str, Kind]] = {verb: {} for verb in VERBS}
# The verb parsers made so far (one per build of the command line), to add the options
# of kinds registered after install().
_PARSERS: dict[str, list[argparse.ArgumentParser]] = {verb: [] for verb in VERBS}
_INSTALLED_ATTR = "_exchange_kinds_installed"


def register_kind(
    verb: str, kind: str, handler: Handler, help: str, *, options: Options | None = None
) -> None:
    """Make ``utregs-plekkie VERB KIND FILE`` run ``handler``. Registering the same
    kind again replaces it (modules can be reloaded in tests)."""
    if verb not in _KINDS:
        raise ValueError(f"unknown verb {verb!r}; choose from {', '.join(VERBS)}")
    if not kind or not kind.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"a kind is a plain word, not {kind!r}")
    _KINDS[verb][kind] = Kind(verb, kind, handler, help, options)
    if options is not None:
        for parser in _PARSERS[verb]:
            options(parser)


def kinds(verb: str) -> dict[str, Kind]:
    """The kinds registered for ``verb`` (a copy)."""
    return dict(_KINDS[verb])


def install(cli: CommandSet) -> None:
    """Add the ``import`` and ``template`` commands to ``cli`` (once per parser)."""
    if getattr(cli, _INSTALLED_ATTR, False):
        return
    setattr(cli, _INSTALLED_ATTR, True)
    helps = _verb_help()
    for verb in VERBS:
        parser = cli.command(verb, _dispatch, help=helps[verb])
        # The dict itself, so kinds registered later are valid choices too.
        parser.add_argument(
            "kind",
            choices=_KINDS[verb],
            metavar=_("SOORT"),
            # %(choices)s is filled in when the help is shown, so it lists every kind.
            help=_("wat er in het bestand staat: %(choices)s"),
        )
        parser.add_argument("file", metavar=_("BESTAND"), help=_("het bestand (.csv of .xlsx)"))
        if verb == "import":
            parser.add_argument(
                "--report",
                metavar=_("VERSLAG"),
                default=None,
                help=_("schrijf een verslag per regel naar dit bestand (.csv of .xlsx)"),
            )
        for kind in _KINDS[verb].values():
            if kind.options is not None:
                kind.options(parser)
        _PARSERS[verb].append(parser)


def _dispatch(args: argparse.Namespace, out: TextIO) -> int:
    kind = _KINDS[args.command][args.kind]
    return kind.handler(args, out)
