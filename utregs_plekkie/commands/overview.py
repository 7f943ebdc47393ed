"""``utregs-plekkie report`` (the overview as PDF, XLSX and CSV) and
``utregs-plekkie bench overview``.

    utregs-plekkie report --from 2025-01-01 --to 31-12-2025 --out overzicht.pdf
    utregs-plekkie report --from 2025-01-01 --to 2025-12-31 --provider koos \\
        --xlsx cijfers.xlsx --csv cijfers.csv

Without ``--out``, ``--xlsx`` or ``--csv`` the PDF is written to the current folder
under a name that says what is in it. Every file written adds an audit line in the
name of the user of ``--user NAAM`` or ``--admin``, whose role is checked first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from utregs_plekkie import paths
from utregs_plekkie.commands._base import CommandSet
from utregs_plekkie.commands._bench import BenchReport
from utregs_plekkie.commands._identity import actor_for
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Provider
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission

if TYPE_CHECKING:  # the CLI starts quicker without ReportLab and the database layer
    from utregs_plekkie.core.overview import Overview
    from utregs_plekkie.storage.database import Database

T = TypeVar("T")

#: The size of the largest demo database, which ``bench overview`` measures on.
BENCH_REQUESTS = 200_000
BENCH_HOUSEHOLDS = 25_000
BENCH_CHILDREN = 25_000


def register(cli: CommandSet) -> None:
    report = cli.command(
        "report",
        cmd_report,
        help=_("het overzicht (trechter, kanalen, vraag en aanbod) als PDF, XLSX of CSV"),
    )
    report.add_argument(
        "--from",
        dest="period_from",
        required=True,
        metavar=_("DATUM"),
        help=_("eerste dag van de periode: JJJJ-MM-DD of DD-MM-JJJJ"),
    )
    report.add_argument(
        "--to",
        dest="period_to",
        required=True,
        metavar=_("DATUM"),
        help=_("laatste dag van de periode (telt mee): JJJJ-MM-DD of DD-MM-JJJJ"),
    )
    report.add_argument(
        "--provider",
        choices=[p.value for p in Provider],
        help=_("alleen deze aanbieder (standaard: beide)"),
    )
    report.add_argument(
        "--wijk", metavar=_("WIJK"), help=_("alleen deze wijk (naam of code, bijv. Overvecht)")
    )
    report.add_argument("--out", type=Path, metavar=_("BESTAND.pdf"), help=_("het PDF-rapport"))
    report.add_argument(
        "--xlsx", type=Path, metavar=_("BESTAND.xlsx"), help=_("de cijfers als Excel-bestand")
    )
    report.add_argument(
        "--csv", type=Path, metavar=_("BESTAND.csv"), help=_("de cijfers als CSV-bestand")
    )

    bench = cli.bench(
        "overview",
        bench_overview,
        help=_(
            "meet hoe snel het overzicht wordt berekend en het rapport wordt gemaakt, "
            "op de grootste demodatabase"
        ),
    )
    bench.add_argument("--requests", type=int, default=BENCH_REQUESTS, metavar="N")
    bench.add_argument("--households", type=int, default=BENCH_HOUSEHOLDS, metavar="N")
    bench.add_argument("--children", type=int, default=BENCH_CHILDREN, metavar="N")
    bench.add_argument(
        "--runs", type=int, default=5, metavar="N", help=_("aantal metingen (standaard 5)")
    )


# --------------------------------------------------------------------------- report


def _suffix_check(path: Path, suffix: str, option: str) -> None:
    if path.suffix.lower() != suffix:
        raise UserError(
            _("De bestandsnaam bij {optie} moet eindigen op {ext} (niet '{naam}').").format(
                optie=option, ext=suffix, naam=path.name
            )
        )


def _actor(args: argparse.Namespace, db: Database) -> Actor:
    """The user the audit lines name: the one logged in with --user or --admin."""
    return actor_for(args, db, Permission.OVERVIEW)


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.core.overview import check_period, parse_date
    from utregs_plekkie.storage.database import open_database

    # Check what was typed before touching the database.
    period_from = parse_date(args.period_from, "from")
    period_to = parse_date(args.period_to, "to")
    check_period(period_from, period_to)
    if args.out is not None:
        _suffix_check(args.out, ".pdf", "--out")
    if args.xlsx is not None:
        _suffix_check(args.xlsx, ".xlsx", "--xlsx")
    if args.csv is not None:
        _suffix_check(args.csv, ".csv", "--csv")
    provider = Provider(args.provider) if args.provider else None

    db = open_database(args.db_url)
    try:
        actor = _actor(args, db)
        overview = _compute(db, period_from, period_to, provider, args.wijk)
        written = _write_outputs(args, db, overview, actor, out)
    finally:
        db.dispose()
    _print_summary(overview, out)
    for line in written:
        print(line, file=out)
    return 0


def _compute(
    db: Database, period_from: date, period_to: date, provider: Provider | None, wijk: str | None
) -> Overview:
    from utregs_plekkie.storage.overview import compute_overview

    return compute_overview(db, period_from, period_to, provider, wijk)


def _write_outputs(
    args: argparse.Namespace,
    db: Database,
    overview: Overview,
    actor: Actor,
    out: TextIO,
) -> list[str]:
    from utregs_plekkie.exchange.overview_export import write_overview_csv, write_overview_xlsx
    from utregs_plekkie.packs.overview_report import report_file_name, write_overview_report
    from utregs_plekkie.storage.overview import record_output

    pdf = args.out
    if pdf is None and args.xlsx is None and args.csv is None:
        pdf = Path.cwd() / report_file_name(overview)
    written: list[str] = []
    if pdf is not None:
        pages = write_overview_report(overview, pdf)
        record_output(db, overview, AuditAction.PRINT, f"rapport {pdf}", actor=actor)
        written.append(
            _("Rapport geschreven: {pad} ({n} pagina's).").format(pad=pdf.resolve(), n=pages)
        )
    if args.xlsx is not None:
        sheets = write_overview_xlsx(overview, args.xlsx)
        record_output(
            db,
            overview,
            AuditAction.EXPORT,
            f"xlsx {args.xlsx}",
            actor=actor,
        )
        written.append(
            _("Cijfers geschreven: {pad} ({n} bladen).").format(pad=args.xlsx.resolve(), n=sheets)
        )
    if args.csv is not None:
        lines = write_overview_csv(overview, args.csv)
        record_output(db, overview, AuditAction.EXPORT, f"csv {args.csv}", actor=actor)
        written.append(
            _("Cijfers geschreven: {pad} ({n} regels).").format(pad=args.csv.resolve(), n=lines)
        )
    return written


def _print_summary(overview: Overview, out: TextIO) -> None:
    from utregs_plekkie.core.overview import FunnelStep, format_int, format_percent, suppress

    funnel = overview.funnel
    print(
        _("Overzicht {filter}:").format(filter=overview.filter.describe()),
        file=out,
    )
    print(
        _(
            "  {aanvragen} aanvragen, {aangemeld} aangemeld, {beschikbaar} beschikbaar, "
            "{geplaatst} met een geplaatst kind; {vrij} vrije plekken, {wacht} wachtende "
            "kinderen; {norm} binnen de norm beantwoord."
        ).format(
            aanvragen=format_int(funnel.requests),
            aangemeld=format_int(funnel[FunnelStep.AANMELDING].reached),
            beschikbaar=format_int(funnel[FunnelStep.BESCHIKBAAR].reached),
            geplaatst=suppress(funnel[FunnelStep.GEPLAATST].reached),
            vrij=format_int(overview.supply_demand.total.free_places),
            wacht=suppress(overview.supply_demand.total.waiting),
            norm=format_percent(overview.health.on_time_share),
        ),
        file=out,
    )


# --------------------------------------------------------------------------- bench


def _explicit_db(args: argparse.Namespace) -> str | None:
    """The database the user named (--db or the environment), not the default one."""
    explicit = getattr(args, "db", None) or os.environ.get(paths.DB_ENV)
    return paths.resolve_db_url(explicit) if explicit else None


def _request_count(db: Database) -> int:
    from sqlalchemy import func, select

    from utregs_plekkie.storage import models as m

    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(m.InfoRequest)).scalar_one())


def _first_request_day(db: Database) -> date:
    from sqlalchemy import func, select

    from utregs_plekkie.storage import models as m

    with db.engine.connect() as conn:
        first = conn.execute(select(func.min(m.InfoRequest.received_at))).scalar_one()
    return first.astimezone(clock.LOCAL_TZ).date() if first is not None else clock.today()


def bench_overview(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo

    runs = max(1, int(args.runs))
    with tempfile.TemporaryDirectory(prefix="plekkie-bench-overview-") as folder:
        url = _explicit_db(args)
        db = open_database(url, backup=False) if url is not None else None
        built: float | None = None
        try:
            if db is None or _request_count(db) < args.requests:
                if db is not None:
                    db.dispose()
                print(
                    _(
                        "De database is kleiner dan {n} aanvragen: er wordt een tijdelijke "
                        "SQLite-demodatabase gemaakt ({n} aanvragen, {h} gezinnen, {k} "
                        "kinderen; dat duurt ongeveer een halve minuut)."
                    ).format(n=args.requests, h=args.households, k=args.children),
                    file=out,
                    flush=True,
                )
                db = open_database("sqlite:///" + str(Path(folder) / "bench.sqlite"), backup=False)
                size = DemoSize(
                    requests=args.requests, households=args.households, children=args.children
                )
                built = build_demo(db, size).seconds
            report = _measure(db, runs, Path(folder))
            report.context["database"] = (
                "tijdelijk SQLite-bestand" if built is not None else db.info().location
            )
            report.context["soort"] = db.dialect
            report.context["aanvragen"] = _request_count(db)
            if built is not None:
                report.context["demo gemaakt in s"] = round(built, 1)
        finally:
            if db is not None:
                db.dispose()
    report.write(out, args.json)
    return 0


def _timed(fn: Callable[[], T]) -> tuple[float, float, T]:
    """(wall seconds, processor seconds of this process, result) of one call."""
    wall = time.perf_counter()
    cpu = time.process_time()
    value = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def _measure(db: Database, runs: int, folder: Path) -> BenchReport:
    from utregs_plekkie.core.overview import default_period
    from utregs_plekkie.exchange.overview_export import write_overview_csv, write_overview_xlsx
    from utregs_plekkie.packs.overview_report import write_overview_report
    from utregs_plekkie.storage.overview import compute_overview

    period_from, period_to = default_period()
    first_day = _first_request_day(db)

    # One run first: the geodata, the map and the database's caches are warm after it,
    # as they are once the program runs.
    compute_overview(db, period_from, period_to)
    page = [_timed(lambda: compute_overview(db, period_from, period_to)) for _n in range(runs)]
    everything = [
        _timed(lambda: compute_overview(db, first_day, clock.today()))
        for _n in range(max(1, runs // 2))
    ]
    overview = page[-1][2]
    pdf = folder / "overzicht.pdf"
    reports = [
        _timed(lambda: write_overview_report(overview, pdf)) for _n in range(max(1, runs // 2))
    ]
    end_to_end = _timed(
        lambda: write_overview_report(compute_overview(db, period_from, period_to), pdf)
    )
    xlsx = _timed(lambda: write_overview_xlsx(overview, folder / "cijfers.xlsx"))
    csv_ = _timed(lambda: write_overview_csv(overview, folder / "cijfers.csv"))

    def median(values: Sequence[tuple[float, float, object]], index: int) -> float:
        return float(statistics.median(float(v[index]) for v in values))  # type: ignore[arg-type]

    report = BenchReport(
        "overview",
        context={
            "periode van de pagina": f"{period_from.isoformat()} t/m {period_to.isoformat()}",
            "hele periode": f"{first_day.isoformat()} t/m {clock.today().isoformat()}",
            "metingen": runs,
        },
    )
    page_ms = median(page, 0) * 1000
    worst_ms = max(v[0] for v in page) * 1000
    report.add(
        "page_ms",
        "pagina: alle cijfers (12 maanden, mediaan)",
        page_ms,
        "ms",
        "< 1000 ms",
        page_ms < 1000,
    )
    report.add("page_worst_ms", "pagina: langzaamste meting", worst_ms, "ms")
    if db.dialect == "sqlite":
        report.add(
            "page_cpu_ms",
            "pagina: processortijd (mediaan)",
            median(page, 1) * 1000,
            "ms",
        )
    report.add(
        "all_time_ms",
        "alle cijfers over de hele periode (mediaan)",
        median(everything, 0) * 1000,
        "ms",
    )
    report_s = median(reports, 0)
    report.add("report_s", "PDF-rapport maken (cijfers al berekend)", report_s, "s")
    report.add(
        "report_end_to_end_s",
        "PDF-rapport: cijfers berekenen en maken",
        end_to_end[0],
        "s",
        "< 10 s",
        end_to_end[0] < 10,
    )
    report.add("xlsx_ms", "XLSX schrijven", xlsx[0] * 1000, "ms")
    report.add("csv_ms", "CSV schrijven", csv_[0] * 1000, "ms")
    return report
