"""``utregs-plekkie bench demo``: how long demo data of a given size takes to make."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import TextIO

from utregs_plekkie.commands._base import CommandSet
from utregs_plekkie.commands._bench import BenchReport
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.database import open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo


def register(cli: CommandSet) -> None:
    parser = cli.bench(
        "demo",
        bench_demo,
        help=_("maak demogegevens op volle schaal in een tijdelijke database en meet de tijd"),
    )
    parser.add_argument("--requests", type=int, default=200_000, metavar="N")
    parser.add_argument("--households", type=int, default=25_000, metavar="N")
    parser.add_argument("--children", type=int, default=25_000, metavar="N")
    parser.add_argument(
        "--in-db",
        action="store_true",
        help=_("gebruik de database van --db (moet leeg zijn) in plaats van een tijdelijk bestand"),
    )


def bench_demo(args: argparse.Namespace, out: TextIO) -> int:
    size = DemoSize(requests=args.requests, households=args.households, children=args.children)
    with tempfile.TemporaryDirectory(prefix="plekkie-bench-") as folder:
        url = args.db_url if args.in_db else "sqlite:///" + str(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        db = open_database(url, backup=False)
        opened = time.perf_counter() - started
        try:
            result = build_demo(db, size)
        finally:
            db.dispose()
    rows = sum(result.counts.values())
    report = BenchReport(
        "demo",
        context={
            "database": "tijdelijk SQLite-bestand" if not args.in_db else db.info().location,
            "aanvragen": size.requests,
            "gezinnen": size.households,
            "kinderen": size.children,
            "rijen": rows,
        },
    )
    report.add("open_and_migrate_s", "database openen en schema maken", opened, "s")
    report.add("demo_s", "demogegevens maken", result.seconds, "s", "< 60 s", result.seconds < 60)
    report.add("rows_per_s", "rijen per seconde", rows / max(result.seconds, 1e-9), "/s")
    report.write(out, args.json)
    return 0
