"""``utregs-plekkie packs ...`` (information packs, labels, intake packs) and
``utregs-plekkie bench packs``.

    utregs-plekkie packs info --pending --out pakketten.pdf [--mark-sent]
    utregs-plekkie packs info --request 12 --out pakket.pdf
    utregs-plekkie packs labels --pending --out etiketten.pdf
    utregs-plekkie packs intake --household 7 --out intake.pdf

Missing data is listed as a warning before the PDF is written (the pack itself shows
``‹ontbreekt: …›`` there). Packs are marked as sent only with ``--mark-sent``, and only
after the whole PDF was written. The packs hold personal data: every command needs
``--user NAAM`` or ``--admin``, whose role is checked and named in the audit trail.
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from utregs_plekkie.commands._base import CommandSet, Parser, add_common, positive_int
from utregs_plekkie.commands._bench import BenchReport
from utregs_plekkie.commands._identity import actor_for
from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.packs.content import MissingField, PackSettings, format_date

if TYPE_CHECKING:  # the CLI starts quicker without ReportLab and the database layer
    from utregs_plekkie.packs.batch import BatchResult, ProgressCallback
    from utregs_plekkie.packs.info_pack import InfoPackData
    from utregs_plekkie.storage.database import Database
    from utregs_plekkie.storage.packs_data import MarkResult

#: How many packs with missing data a command lists by name before summing up.
_MISSING_SHOWN = 20


def register(cli: CommandSet) -> None:
    packs = cli.command(
        "packs", _no_subcommand, help=_("maak informatiepakketten, etiketten en intakepakketten")
    )
    sub = packs.add_subparsers(
        dest="packs_command", metavar=_("soort"), parser_class=Parser, required=True
    )

    info = sub.add_parser("info", help=_("persoonlijke informatiepakketten als één PDF"))
    add_common(info, top=False)
    _add_selection(info)
    info.add_argument(
        "--mark-sent",
        action="store_true",
        help=_("markeer de aanvragen daarna als 'pakket verstuurd' (met de datum van vandaag)"),
    )
    info.set_defaults(handler=cmd_packs_info)

    labels = sub.add_parser("labels", help=_("adresetiketten (A4, 3 x 7) voor dezelfde aanvragen"))
    add_common(labels, top=False)
    _add_selection(labels)
    labels.add_argument(
        "--start-label",
        type=int,
        default=1,
        metavar="N",
        help=_("eerste vrije etiket op het vel, 1 tot en met 21 (standaard 1)"),
    )
    labels.set_defaults(handler=cmd_packs_labels)

    intake = sub.add_parser("intake", help=_("het intakepakket van één gezin"))
    add_common(intake, top=False)
    intake.add_argument(
        "--household", type=int, required=True, metavar="ID", help=_("nummer van het gezin")
    )
    intake.add_argument(
        "--out", type=Path, required=True, metavar=_("BESTAND.pdf"), help=_("het PDF-bestand")
    )
    intake.set_defaults(handler=cmd_packs_intake)

    bench = cli.bench(
        "packs",
        bench_packs,
        help=_(
            "maak 1000 persoonlijke informatiepakketten in één PDF en vergelijk met een kaal "
            "ReportLab-document van evenveel pagina's"
        ),
    )
    bench.add_argument("--packs", type=positive_int, default=1_000, metavar="N")


def _add_selection(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--pending",
        action="store_true",
        help=_("alle nieuwe aanvragen zonder pakket"),
    )
    which.add_argument(
        "--request",
        type=int,
        action="append",
        metavar="ID",
        help=_("nummer van een aanvraag (mag vaker)"),
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar=_("BESTAND.pdf"), help=_("het PDF-bestand")
    )


def _no_subcommand(args: argparse.Namespace, out: TextIO) -> int:
    raise UserError(_("Kies wat u wilt maken: packs info, packs labels of packs intake."))


# --------------------------------------------------------------------------- helpers


def _format_int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pages(count: int) -> str:
    return _("1 pagina") if count == 1 else _("{n} pagina's").format(n=_format_int(count))


def _print_missing(missing: Sequence[MissingField], out: TextIO) -> None:
    """Group the missing fields per pack and print them as a warning."""
    if not missing:
        return
    by_subject: dict[str, list[str]] = {}
    for entry in missing:
        fields = by_subject.setdefault(entry.subject, [])
        if entry.field not in fields:
            fields.append(entry.field)
    print(
        _(
            "Let op: bij {n} pakket(ten) ontbreken gegevens. Daar staat nu ‹ontbreekt: …› in "
            "het pakket; vul de gegevens aan en maak het pakket opnieuw."
        ).format(n=_format_int(len(by_subject))),
        file=out,
    )
    for subject, fields in list(by_subject.items())[:_MISSING_SHOWN]:
        print(
            "  " + _("{subject}: {fields}").format(subject=subject, fields=", ".join(fields)),
            file=out,
        )
    if len(by_subject) > _MISSING_SHOWN:
        print(
            "  "
            + _("… en nog {n} pakket(ten) met ontbrekende gegevens.").format(
                n=_format_int(len(by_subject) - _MISSING_SHOWN)
            ),
            file=out,
        )


def _print_settings_warning(settings: PackSettings, out: TextIO) -> None:
    if not settings.organisations_checked:
        print(
            _(
                "Let op: de gegevens van de afzenders (naam, contactpersoon, telefoon, adres, "
                "website) zijn nog de voorbeeldwaarden van het programma. Controleer ze en sla "
                "ze op (Instellingen, Pakketten) voordat u pakketten verstuurt."
            ),
            file=out,
        )


def _actor(args: argparse.Namespace, db: Database) -> Actor:
    """Who makes the packs: the user of --user or --admin, who may make packs."""
    return actor_for(args, db, Permission.PACKS)


def _selected_ids(db: Any, args: argparse.Namespace) -> list[int]:
    from utregs_plekkie.storage.packs_data import pending_requests

    if args.pending:
        return pending_requests(db)
    return list(dict.fromkeys(args.request))


# --------------------------------------------------------------------------- commands


def run_info_batch(
    db: Any,
    packs: Sequence[InfoPackData],
    settings: PackSettings,
    out_path: Path,
    *,
    mark_sent: bool,
    actor: Actor,
    progress: ProgressCallback | None = None,
) -> tuple[BatchResult, MarkResult | None]:
    """Render ``packs`` to ``out_path``; then, only if the batch was not cancelled, mark
    them as sent (``mark_sent``) or else record the print in the audit trail.

    A cancelled batch writes no file and changes nothing in the database.
    """
    from utregs_plekkie.packs.batch import render_info_packs
    from utregs_plekkie.storage.packs_data import ENTITY_REQUEST, mark_packs_sent, record_printed

    result = render_info_packs(packs, settings, out_path, progress=progress)
    if result.cancelled:
        return result, None
    ids = [p.request_id for p in packs]
    if mark_sent:
        return result, mark_packs_sent(db, ids, actor=actor)
    record_printed(
        db,
        ENTITY_REQUEST,
        ids,
        "informatiepakket afgedrukt (niet als verstuurd gemarkeerd)",
        actor=actor,
    )
    return result, None


def cmd_packs_info(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.packs.batch import missing_fields
    from utregs_plekkie.packs.data import info_pack_data
    from utregs_plekkie.packs.settings import load_pack_settings
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = _actor(args, db)
        ids = _selected_ids(db, args)
        if not ids:
            print(_("Er zijn geen nieuwe aanvragen zonder pakket; er is niets gemaakt."), file=out)
            return 0
        settings = load_pack_settings(db)
        packs = info_pack_data(db, ids)
        _print_settings_warning(settings, out)
        # Listed before anything is written: missing data is reported before printing.
        _print_missing(missing_fields(packs, settings), out)
        result, marked = run_info_batch(
            db, packs, settings, args.out, mark_sent=args.mark_sent, actor=actor
        )
    finally:
        db.dispose()
    if result.packs == 1:
        text = _("1 informatiepakket gemaakt: {pages} in {path}.")
    else:
        text = _("{n} informatiepakketten gemaakt: {pages} in {path}.")
    print(
        text.format(n=_format_int(result.packs), pages=_pages(result.pages), path=result.path),
        file=out,
    )
    if marked is not None:
        print(
            _(
                "{n} aanvra(a)g(en) gemarkeerd als 'pakket verstuurd' op {date} "
                "({changed} van 'nieuw' naar 'pakket verstuurd')."
            ).format(
                n=_format_int(marked.marked),
                date=format_date(clock.today()),
                changed=_format_int(marked.status_changed),
            ),
            file=out,
        )
        if marked.skipped:
            print(
                _(
                    "Niet gemarkeerd (intussen verwijderd, samengevoegd of geanonimiseerd): {ids}."
                ).format(ids=", ".join(str(i) for i in marked.skipped)),
                file=out,
            )
    elif args.pending:
        print(
            _(
                "De aanvragen zijn niet als verstuurd gemarkeerd. Gebruik --mark-sent als de "
                "pakketten de deur uit gaan."
            ),
            file=out,
        )
    return 0


def cmd_packs_labels(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.packs.data import labels_for_requests
    from utregs_plekkie.packs.labels import missing_fields, render_labels
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.packs_data import ENTITY_REQUEST, record_printed

    db = open_database(args.db_url)
    try:
        actor = _actor(args, db)
        ids = _selected_ids(db, args)
        if not ids:
            print(
                _("Er zijn geen nieuwe aanvragen zonder pakket; er zijn geen etiketten gemaakt."),
                file=out,
            )
            return 0
        labels = labels_for_requests(db, ids)
        _print_missing(missing_fields(labels), out)
        result = render_labels(labels, args.out, first_position=args.start_label)
        record_printed(db, ENTITY_REQUEST, ids, "adresetiket afgedrukt", actor=actor)
    finally:
        db.dispose()
    text = (
        _("1 adresetiket gemaakt: {pages} in {path}.")
        if result.packs == 1
        else _("{n} adresetiketten gemaakt: {pages} in {path}.")
    )
    print(
        text.format(n=_format_int(result.packs), pages=_pages(result.pages), path=result.path),
        file=out,
    )
    return 0


def cmd_packs_intake(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.packs.batch import missing_fields, render_intake_packs
    from utregs_plekkie.packs.data import intake_pack_data
    from utregs_plekkie.packs.settings import load_pack_settings
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.packs_data import ENTITY_HOUSEHOLD, record_printed

    db = open_database(args.db_url)
    try:
        actor = _actor(args, db)
        settings = load_pack_settings(db)
        data = intake_pack_data(db, args.household)
        _print_settings_warning(settings, out)
        _print_missing(missing_fields([data], settings), out)
        result = render_intake_packs([data], settings, args.out)
        record_printed(
            db, ENTITY_HOUSEHOLD, [data.household_id], "intakepakket afgedrukt", actor=actor
        )
    finally:
        db.dispose()
    print(
        _("1 intakepakket gemaakt voor {name}: {pages} in {path}.").format(
            name=data.household_name, pages=_pages(result.pages), path=result.path
        ),
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- benchmark


def _content_chars(packs: Sequence[Any], settings: PackSettings) -> int:
    """How many characters of text the packs print (what the bare document gets too)."""
    from dataclasses import fields, is_dataclass

    from utregs_plekkie.packs.info_pack import info_pack_content

    def count(value: Any) -> int:
        if isinstance(value, str):
            return len(value)
        if isinstance(value, tuple | list):
            return sum(count(v) for v in value)
        if is_dataclass(value) and not isinstance(value, type):
            return sum(count(getattr(value, f.name)) for f in fields(value))
        return 0

    return sum(count(info_pack_content(p, settings)) for p in packs)


def _bare_document(pages: int, chars_per_page: int) -> float:
    """Seconds for a bare ReportLab document: ``pages`` pages of plain paragraphs with the
    same font and amount of text, nothing personalised, one process."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
    from utregs_plekkie.packs.layout import use_binary_streams

    register_fonts()
    use_binary_streams()  # the same stream encoding as the packs
    body = ParagraphStyle("bare", fontName=FONT_REGULAR, fontSize=10, leading=14.2, spaceAfter=7)
    heading = ParagraphStyle("bare_h", fontName=FONT_BOLD, fontSize=15, leading=19)
    sentence = (
        "Een kind dat even of langer niet thuis kan wonen, verdient een plek dichtbij de "
        "eigen school, club en vrienden; pleegouders en steunouders maken dat mogelijk. "
    )
    block = (sentence * 4)[:600]
    started = time.perf_counter()
    story: list[Any] = []
    for page in range(pages):
        story.append(Paragraph(f"Pagina {page + 1}", heading))
        left = max(0, chars_per_page - 12)
        while left > 0:
            story.append(Paragraph(block[: min(left, len(block))], body))
            left -= len(block)
        story.append(PageBreak())
    story.pop()
    doc = SimpleDocTemplate(
        io.BytesIO(),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        pageCompression=1,
    )
    doc.build(story)
    if doc.page != pages:
        raise RuntimeError(f"bare document has {doc.page} pages instead of {pages}")
    return time.perf_counter() - started


def _bench_request_ids(db: Any, wanted: int) -> list[int]:
    from sqlalchemy import select

    from utregs_plekkie.storage import models as m

    request = m.InfoRequest
    with db.session() as session:
        return list(
            session.scalars(
                select(request.id)
                .where(
                    request.merged_into_id.is_(None),
                    request.anonymised_at.is_(None),
                    request.consent_withdrawn_at.is_(None),
                )
                .order_by(request.id)
                .limit(wanted)
            )
        )


def bench_packs(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.packs.batch import render_info_packs
    from utregs_plekkie.packs.data import info_pack_data
    from utregs_plekkie.packs.settings import load_pack_settings
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo

    wanted = max(1, args.packs)
    with tempfile.TemporaryDirectory(prefix="plekkie-bench-packs-") as folder:
        workdir = Path(folder)
        db = open_database(args.db_url, backup=False)
        where = db.info().location
        ids = _bench_request_ids(db, wanted)
        if len(ids) < wanted:
            db.dispose()
            where = _("tijdelijke demodatabase (--db heeft te weinig aanvragen)")
            db = open_database("sqlite:///" + str(workdir / "bench.sqlite"), backup=False)
            build_demo(
                db,
                DemoSize(requests=wanted, households=max(20, wanted // 20), children=300),
            )
            ids = _bench_request_ids(db, wanted)
        try:
            settings = load_pack_settings(db)
            cpu_started = time.process_time()
            started = time.perf_counter()
            packs = info_pack_data(db, ids)
            gather = time.perf_counter() - started
            result = render_info_packs(packs, settings, workdir / "pakketten.pdf")
            total = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
        finally:
            db.dispose()
        size_mb = (workdir / "pakketten.pdf").stat().st_size / 1e6
        chars = _content_chars(packs, settings)
        bare_started_cpu = time.process_time()
        bare = _bare_document(result.pages, max(1, chars // max(1, result.pages)))
        bare_cpu = time.process_time() - bare_started_cpu

    rate = len(packs) / total
    ceiling = len(packs) / bare
    ratio = 100.0 * rate / ceiling
    report = BenchReport(
        "packs",
        context={
            "database": where,
            "pakketten": len(packs),
            "pagina's": result.pages,
            "PDF (MB)": round(size_mb, 1),
            "kaal document": _(
                "Platypus, evenveel pagina's, zelfde lettertype en hoeveelheid tekst"
            ),
            "processortijd pakketten / kaal (s)": f"{cpu:.2f} / {bare_cpu:.2f}",
        },
    )
    report.add("gather_s", _("gegevens ophalen"), gather, "s")
    report.add("render_s", _("PDF maken"), result.seconds, "s")
    report.add(
        "total_s",
        _("totaal, {n} pakketten").format(n=_format_int(len(packs))),
        total,
        "s",
        "< 30 s" if len(packs) == 1000 else "",
        total < 30 if len(packs) == 1000 else None,
    )
    report.add("packs_per_s", _("pakketten per seconde"), rate, "/s")
    report.add("bare_packs_per_s", _("kaal document (plafond)"), ceiling, "/s")
    report.add("ratio_pct", _("van het plafond"), ratio, "%", ">= 80 %", ratio >= 80)
    report.write(out, args.json)
    return 0
