"""``bench requests``: the Aanvragen page (first rows, search, filters) and the import
at full scale, timed end to end."""

from __future__ import annotations

import argparse
import os
import random
import string
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from utregs_plekkie.core.i18n import _

_BENCH_DOMAIN = "bench-invoer.nl"
# The letter pairs of Dutch postcodes (SA, SD and SS are not used).
_LETTER_PAIRS = tuple(
    a + b
    for a in string.ascii_uppercase
    for b in string.ascii_uppercase
    if a + b not in ("SA", "SD", "SS")
)


def _prefixes(text: str, start: int = 1, limit: int = 10) -> list[str]:
    return [text[:n] for n in range(start, min(len(text), start + limit - 1) + 1)]


def _keystrokes(db: Any) -> list[str]:
    """Successive prefixes of real names, an e-mail address, a postcode and a phone."""
    from sqlalchemy import func, select

    from utregs_plekkie.storage import models as m

    r = m.InfoRequest
    with db.engine.connect() as conn:
        top = conn.execute(select(func.max(r.id))).scalar_one() or 1
        picks: list[Any] = []
        for fraction in (0.37, 0.61, 0.83, 0.12):
            row = conn.execute(
                select(r.first_name, r.name_prefix, r.last_name, r.email, r.postcode, r.phone)
                .where(r.id >= int(top * fraction), r.email.is_not(None), r.phone.is_not(None))
                .order_by(r.id)
                .limit(1)
            ).first()
            if row is not None:
                picks.append(row)
    if not picks:
        return []
    first = picks[0]
    second = picks[1 % len(picks)]
    strokes: list[str] = []
    strokes += _prefixes(
        f"{first.first_name} {first.name_prefix} {first.last_name}".replace("  ", " "), 1, 9
    )
    strokes += _prefixes(second.last_name, 1, 6)
    email = picks[2 % len(picks)].email or ""
    at = email.find("@")
    strokes += [email[: at + n] for n in range(1, 6)] if at > 0 else []
    postcode = picks[3 % len(picks)].postcode or "3511 AB"
    strokes += [postcode[:n] for n in (1, 2, 3, 4, 6, 7)]
    phone = (first.phone or "+31612345678").replace("+31", "0")
    strokes += [phone[:n] for n in (2, 4, 6, 8)]
    return strokes


def _filter_changes(db: Any) -> list[Any]:
    from sqlalchemy import func, select

    from utregs_plekkie.core import clock
    from utregs_plekkie.core.enums import Interest, Provider, RequestStatus, Source
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.requests import WIJK_OUTSIDE, RequestQuery

    with db.engine.connect() as conn:
        event = conn.execute(
            select(m.InfoRequest.event_id)
            .where(m.InfoRequest.event_id.is_not(None))
            .group_by(m.InfoRequest.event_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar()
    today = clock.today()
    q = RequestQuery
    queries = [
        q(statuses=frozenset({RequestStatus.NIEUW})),
        q(statuses=frozenset({RequestStatus.GEBELD})),
        q(statuses=frozenset({RequestStatus.AFGEHAAKT})),
        q(statuses=frozenset({RequestStatus.NIET_NU})),
        q(follow_up_due=True),
        q(follow_up_due=True, providers=frozenset({Provider.KOOS})),
        q(interests=frozenset({Interest.CRISIS})),
        q(interests=frozenset({Interest.STEUNOUDER}), sources=frozenset({Source.WEBSITE})),
        q(sources=frozenset({Source.POPUP})),
        q(event_ids=frozenset({event}) if event is not None else frozenset()),
        q(wijk_codes=frozenset({"WK034405"})),
        q(wijk_codes=frozenset({WIJK_OUTSIDE})),
        q(providers=frozenset({Provider.SPOOR030})),
        q(providers=frozenset({None})),
        q(received_from=today - timedelta(days=30)),
        q(received_from=date(today.year - 1, 1, 1), received_until=date(today.year - 1, 12, 31)),
        q(statuses=frozenset({RequestStatus.NIEUW}), providers=frozenset({Provider.KOOS})),
        q(
            interests=frozenset({Interest.DEELTIJD}),
            wijk_codes=frozenset({"WK034409"}),
            statuses=frozenset({RequestStatus.PAKKET_VERSTUURD}),
        ),
        q(text="jan", statuses=frozenset({RequestStatus.GEBELD})),
        q(),
    ]
    return queries


def _page(db: Any, query: Any) -> tuple[int, int]:
    from utregs_plekkie.storage.requests import DEFAULT_SORT, count_requests, fetch_requests

    total = count_requests(db, query)
    rows = fetch_requests(db, query, 0, 200, DEFAULT_SORT, total=total)
    return total, len(rows)


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000.0


def _load_average() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}".replace(".", ",")
    except (OSError, AttributeError):  # not on every platform
        return "?"


def write_bench_file(db: Any, path: Path, rows: int, seed: int = 7) -> dict[str, int]:
    """A CSV as Dutch Excel writes it (``;``, UTF-8 with BOM) with ``rows`` requests:
    about 5% duplicates (of stored requests and of earlier rows) and 3% broken rows."""
    import csv

    from sqlalchemy import select

    from utregs_plekkie.core.geo import GeoIndex
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.demo import FIRST_NAMES, LAST_NAMES, PREFIXES

    rng = random.Random(seed)
    geo = GeoIndex.default()
    pc4s = [pc4 for pc4, place in geo.places.items() if place.in_city]
    r = m.InfoRequest
    with db.engine.connect() as conn:
        existing = conn.execute(
            select(r.first_name, r.name_prefix, r.last_name, r.email, r.postcode)
            .where(r.email.is_not(None), r.merged_into_id.is_(None))
            .order_by(r.id.desc())
            .limit(max(rows // 20, 1))
        ).all()
    interests = (
        "voltijd",
        "weekend",
        "steunouder",
        "crisis, voltijd",
        "deeltijd en vakantie",
        "weet nog niet",
        "netwerkpleegzorg",
        "steunouder / weekend",
    )
    sources = ("website", "website", "website", "Facebook", "podcast", "via vrienden", "")
    expected = {"rijen": rows, "dubbel_bestaand": 0, "dubbel_in_bestand": 0, "kapot": 0}
    written: list[list[str]] = []
    today = date.today()
    for n in range(rows):
        roll = rng.random()
        if roll < 0.025 and existing:
            first, prefix, last, email, postcode = rng.choice(existing)
            written.append(
                [
                    f"{first} {prefix} {last}".replace("  ", " "),
                    email.upper(),
                    "",
                    postcode or "",
                    "steunouder",
                    "website",
                    "",
                    "ja",
                ]
            )
            expected["dubbel_bestaand"] += 1
            continue
        if roll < 0.05 and written:
            copy = list(rng.choice(written[-500:]))
            copy[1] = copy[1].lower()
            written.append(copy)
            expected["dubbel_in_bestand"] += 1
            continue
        first, prefix, last = rng.choice(FIRST_NAMES), rng.choice(PREFIXES), rng.choice(LAST_NAMES)
        name = " ".join(p for p in (first, prefix, last) if p)
        email = f"{first}.{last}.{n}@{_BENCH_DOMAIN}".lower().replace(" ", "")
        # Dutch mobile numbers start 061 to 065; other 06 numbers do not exist.
        phone = f"06 {rng.randint(1, 5)}" + "".join(rng.choices(string.digits, k=7))
        letters = rng.choice(_LETTER_PAIRS)
        postcode = f"{rng.choice(pc4s)} {letters}"
        day = today - timedelta(days=rng.randrange(0, 365))
        row = [
            name,
            email,
            phone,
            postcode,
            rng.choice(interests),
            rng.choice(sources),
            day.strftime("%d-%m-%Y"),
            "ja",
        ]
        if roll < 0.08:
            broken = rng.randrange(4)
            if broken == 0:
                row[3] = "1234"
            elif broken == 1:
                row[1] = f"{first}@"
            elif broken == 2:
                row[0] = ""
            else:
                row[1], row[2] = "", "12345"
            expected["kapot"] += 1
        written.append(row)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "Naam",
                "E-mailadres",
                "Telefoon",
                "Postcode",
                "Interesse",
                "Bron",
                "Datum",
                "Toestemming",
            ]
        )
        writer.writerows(written)
    return expected


def bench_requests(args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy import func, select

    from utregs_plekkie.commands._bench import BenchReport, median_and_worst
    from utregs_plekkie.core.permissions import Actor
    from utregs_plekkie.exchange.request_import import ImportOptions, import_requests
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo
    from utregs_plekkie.storage.requests import RequestQuery

    wanted = max(args.requests, 1)
    report = BenchReport("requests")
    with tempfile.TemporaryDirectory(prefix="plekkie-bench-requests-") as folder_name:
        folder = Path(folder_name)
        url = args.db_url
        db = open_database(url, backup=False)
        with db.engine.connect() as conn:
            have = int(conn.execute(select(func.count()).select_from(m.InfoRequest)).scalar_one())
        temporary = have < wanted
        if temporary:
            db.dispose()
            url = "sqlite:///" + str(folder / "bench.sqlite")
            db = open_database(url, backup=False)
            print(
                _(
                    "De database heeft {have} aanvragen; er wordt een tijdelijke "
                    "demodatabase met {n} gemaakt..."
                ).format(have=have, n=wanted),
                file=sys.stderr,
                flush=True,
            )
            build_demo(
                db,
                DemoSize(
                    requests=wanted,
                    households=max(wanted // 100, 10),
                    children=max(wanted // 400, 10),
                ),
            )
            report.context["database"] = _(
                "tijdelijk SQLite-bestand met demogegevens ({n} aanvragen), want --db had er {have}"
            ).format(n=wanted, have=have)
        else:
            report.context["database"] = _("{where} ({kind}), {n} aanvragen").format(
                where=db.info().location, kind=db.dialect, n=have
            )
        try:
            # The page opening: a fresh connection, the count and the first 200 rows.
            db.dispose()
            db = open_database(url, backup=False, migrate=False)
            first = _timed(lambda: _page(db, RequestQuery()))
            report.add(
                "first_rows_ms",
                "pagina openen: telling + eerste 200 rijen",
                first,
                "ms",
                "< 1000 ms",
                first < 1000,
            )
            strokes = _keystrokes(db)
            samples = [_timed(partial(_page, db, RequestQuery(text=text))) for text in strokes]
            if samples:
                median, worst = median_and_worst(samples)
                report.add(
                    "keystroke_median_ms",
                    f"zoeken per toets, mediaan ({len(samples)} toetsen)",
                    median,
                    "ms",
                    "< 100 ms",
                    median < 100,
                )
                report.add(
                    "keystroke_worst_ms",
                    "zoeken per toets, slechtste",
                    worst,
                    "ms",
                    "< 100 ms",
                    worst < 100,
                )
            filters = _filter_changes(db)
            samples = [_timed(partial(_page, db, query)) for query in filters]
            median, worst = median_and_worst(samples)
            report.add(
                "filter_median_ms",
                f"filter wijzigen, mediaan ({len(samples)} filters)",
                median,
                "ms",
                "< 100 ms",
                median < 100,
            )
            report.add(
                "filter_worst_ms",
                "filter wijzigen, slechtste",
                worst,
                "ms",
                "< 100 ms",
                worst < 100,
            )
            csv_path = folder / "aanvragen-import.csv"
            expected = write_bench_file(db, csv_path, args.import_rows)
            load_before = _load_average()
            started, cpu_started = time.perf_counter(), time.process_time()
            result = import_requests(
                db, csv_path, ImportOptions(dry_run=not temporary), actor=Actor.system()
            )
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            report.add(
                "import_s",
                f"{args.import_rows} rijen inlezen met dubbelcontrole",
                seconds,
                "s",
                "< 20 s",
                seconds < 20,
            )
            # The work of this process alone (rows are checked in a worker process beside
            # it): on a machine others use too, this shows what the clock time hides.
            report.add("import_cpu_s", "  waarvan processortijd van dit proces", cpu, "s")
            report.context["belasting_machine"] = _(
                "gemiddeld {before} processen actief voor het inlezen, {after} erna "
                "(load average; {cpus} processors)"
            ).format(before=load_before, after=_load_average(), cpus=os.cpu_count() or 1)
            report.context["import"] = result.summary()
            report.context["import_opzet"] = _(
                "{dup_db} dubbel met bestaande, {dup_file} dubbel in het bestand, {broken} kapot"
            ).format(
                dup_db=expected["dubbel_bestaand"],
                dup_file=expected["dubbel_in_bestand"],
                broken=expected["kapot"],
            )
            report.context["import_modus"] = (
                _("echt ingelezen (tijdelijke database)")
                if temporary
                else _("proef: alles gedaan en per batch teruggedraaid (uw database blijft gelijk)")
            )
            # Which kinds of text were typed, not the text itself (it is personal data).
            report.context["zoektoetsen"] = _(
                "{n} toetsen: voor- en achternamen, een e-mailadres, een postcode en een "
                "telefoonnummer, letter voor letter"
            ).format(n=len(strokes))
        finally:
            db.dispose()
    report.write(out, args.json)
    return 0
