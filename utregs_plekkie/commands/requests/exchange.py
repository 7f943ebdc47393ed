"""Import and export of requests on the command line: the options, the filters of an
export (the same as the Aanvragen page) and the handlers."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _


def _add_once(parser: argparse.ArgumentParser, flag: str, **kwargs: Any) -> None:
    """Kinds share the verb's parser; an option another kind added already is reused."""
    if flag in parser._option_string_actions:
        return
    parser.add_argument(flag, **kwargs)


def _import_options(parser: argparse.ArgumentParser) -> None:
    _add_once(
        parser,
        "--merge-duplicates",
        action="store_true",
        help=_(
            "(aanvragen) vul bestaande aanvragen aan met dubbele rijen, in plaats van ze "
            "over te slaan"
        ),
    )


def _export_options(parser: argparse.ArgumentParser) -> None:
    _add_once(parser, "--event", metavar=_("NAAM"), help=_("(aanvragen) alleen van dit evenement"))
    for flag, metavar, text in (
        ("--status", "STATUS", _("(aanvragen) alleen met deze status (herhaalbaar)")),
        ("--wijk", "WIJK", _("(aanvragen) alleen uit deze wijk, of 'buiten' (herhaalbaar)")),
        ("--provider", "AANBIEDER", _("(aanvragen) alleen van KOOS of Spoor030, of 'geen'")),
        ("--source", "BRON", _("(aanvragen) alleen via deze bron (herhaalbaar)")),
        ("--interest", "INTERESSE", _("(aanvragen) alleen met deze interesse (herhaalbaar)")),
    ):
        _add_once(parser, flag, metavar=metavar, action="append", default=None, help=text)
    _add_once(
        parser,
        "--from",
        dest="date_from",
        metavar=_("DATUM"),
        help=_("ontvangen vanaf (dd-mm-jjjj)"),
    )
    _add_once(
        parser,
        "--until",
        dest="date_until",
        metavar=_("DATUM"),
        help=_("ontvangen tot en met (dd-mm-jjjj)"),
    )
    _add_once(
        parser,
        "--due",
        action="store_true",
        help=_("(aanvragen) alleen op te volgen vandaag of eerder"),
    )
    _add_once(
        parser,
        "--search",
        metavar=_("TEKST"),
        help=_("(aanvragen) zoektekst: naam, e-mail, telefoon of postcode"),
    )


def cmd_import_requests(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.commands._identity import actor_for
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.exchange.reading import read_sheet
    from utregs_plekkie.exchange.request_import import ImportOptions, import_sheet, write_report
    from utregs_plekkie.storage.database import open_database

    sheet = read_sheet(args.file)
    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.IMPORT)
        result = import_sheet(
            db,
            sheet,
            ImportOptions(
                merge_duplicates=bool(getattr(args, "merge_duplicates", False)),
            ),
            actor=actor,
        )
    finally:
        db.dispose()
    for note in result.notes:
        print(note, file=out)
    for name in result.created_events:
        print(_("Nieuw evenement aangemaakt: {name}").format(name=name), file=out)
    if args.report:
        written = write_report(result, args.report)
        print(
            _("Verslag met {n} dubbele en afgewezen rijen: {path}").format(
                n=written, path=args.report
            ),
            file=out,
        )
    else:
        for line in result.lines():
            print(line, file=out)
    print(result.summary(), file=out)
    if result.rejected:
        where = args.report or _("de lijst hierboven")
        print(
            _(
                "Let op: {n} rijen zijn afgewezen (zie {where}). Verbeter ze in het bestand en "
                "lees het opnieuw in; wat al is toegevoegd, wordt dan als dubbel herkend."
            ).format(n=result.rejected, where=where),
            file=sys.stderr,
        )
        return 1
    return 0


def _choose(kind: str, text: str, options: dict[str, Any]) -> Any:
    from utregs_plekkie.core.validation import search_key

    key = search_key(text).replace(" ", "").replace("_", "").replace("-", "")
    for name, value in options.items():
        if search_key(name).replace(" ", "").replace("_", "").replace("-", "") == key:
            return value
    raise UserError(
        _("{kind} '{value}' bestaat niet. Kies uit: {choices}.").format(
            kind=kind, value=text, choices=", ".join(sorted(dict.fromkeys(options)))
        )
    )


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    from utregs_plekkie.core.errors import ValidationError
    from utregs_plekkie.core.requests import parse_received_at

    try:
        return parse_received_at(text.strip()).date()
    except ValidationError:
        pass
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            _(
                "Datum '{value}' is niet geldig. Gebruik dag-maand-jaar, bijvoorbeeld 01-03-2026."
            ).format(value=text)
        ) from None


def query_from_args(args: argparse.Namespace, db: Any) -> Any:
    """The export's RequestQuery from the command-line filters."""
    from sqlalchemy import select

    from utregs_plekkie.core.enums import Interest, Provider, RequestStatus, Source, label
    from utregs_plekkie.core.geo import WIJKEN
    from utregs_plekkie.core.validation import search_key
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.requests import WIJK_OUTSIDE, RequestQuery

    def enum_options(members: Sequence[Any]) -> dict[str, Any]:
        options: dict[str, Any] = {}
        for member in members:
            options[member.value] = member
            options[label(member)] = member
        return options

    statuses = {
        _choose(_("Status"), s, enum_options(list(RequestStatus))) for s in args.status or ()
    }
    sources = {_choose(_("Bron"), s, enum_options(list(Source))) for s in args.source or ()}
    interests = {
        _choose(_("Interesse"), s, enum_options(list(Interest))) for s in args.interest or ()
    }
    wijk_options: dict[str, Any] = {WIJK_OUTSIDE: WIJK_OUTSIDE, _("buiten de stad"): WIJK_OUTSIDE}
    for code, name, _provider in WIJKEN:
        wijk_options[name] = code
        wijk_options[code] = code
    wijken = {_choose(_("Wijk"), w, wijk_options) for w in args.wijk or ()}
    provider_options: dict[str, Any] = {**enum_options(list(Provider)), "koos": Provider.KOOS}
    provider_options[_("geen")] = None
    providers = {_choose(_("Aanbieder"), p, provider_options) for p in args.provider or ()}
    event_ids: set[int] = set()
    if args.event:
        wanted = search_key(args.event)
        with db.session() as session:
            events = session.execute(
                select(m.Event.id, m.Event.name).order_by(m.Event.starts_at.desc())
            ).all()
        event_ids = {event_id for event_id, name in events if search_key(name) == wanted}
        if not event_ids:
            known = list(dict.fromkeys(name for _id, name in events))[:10]
            raise UserError(
                _("Evenement '{name}' bestaat niet. Bekende evenementen: {known}.").format(
                    name=args.event, known=", ".join(known) or _("geen")
                )
            )
    return RequestQuery(
        text=args.search or "",
        statuses=frozenset(statuses),
        interests=frozenset(interests),
        sources=frozenset(sources),
        event_ids=frozenset(event_ids),
        wijk_codes=frozenset(wijken),
        providers=frozenset(providers),
        received_from=_parse_day(args.date_from),
        received_until=_parse_day(args.date_until),
        follow_up_due=bool(args.due),
    )


def cmd_export_requests(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.commands._identity import actor_for
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.exchange.export import export_requests
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.EXPORT)
        query = query_from_args(args, db)
        result = export_requests(db, query, args.file, actor=actor)
    finally:
        db.dispose()
    print(result.summary(), file=out)
    print(_("Filters: {filters}").format(filters=query.describe()), file=out)
    return 0
