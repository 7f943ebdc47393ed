"""``bench trust``: how long backups, logins, the audit trail, retention and the AVG
exports take at full scale, and what SQLCipher encryption costs."""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import func, insert, select

from utregs_plekkie.commands._base import format_int
from utregs_plekkie.commands._bench import BenchReport, timed_ms
from utregs_plekkie.commands.trust.common import size_text
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.packs.access_report import write_access_report
from utregs_plekkie.storage import backups, privacy, users
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.audit import (
    AuditFilter,
    count_audit,
    export_audit,
    query_audit,
)
from utregs_plekkie.storage.database import open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo

# --------------------------------------------------------------------------- benchmark


def bench_trust(args: argparse.Namespace, out: TextIO) -> int:
    """Login, audit queries on a large trail, retention, access, erasure and backups, on
    demo data of national scale in a temporary SQLite file."""
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
                f"backup maken en controleren ({size_text(info.size)})",
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
