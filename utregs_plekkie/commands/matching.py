"""Matching on the command line: ``match``, ``plan``, ``import``/``template children``
and ``bench matching``.

``match CODE [--top N] [--json]`` ranks every household for a child; ``plan [--json]``
computes the placement plan for all waiting children (nothing is proposed); both print
a readable Dutch table, or with ``--json`` exactly the shapes of the issue. Looking at a
child's matches is written to the audit trail, under ``--user``/``--admin`` when given,
else under the operating-system account.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from utregs_plekkie.commands._base import CommandSet, positive_int
from utregs_plekkie.commands._bench import BenchReport
from utregs_plekkie.commands._exchange_kinds import install, register_kind
from utregs_plekkie.commands._identity import actor_for, os_account
from utregs_plekkie.core.enums import Role, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission

__all__ = ["register"]


def register(cli: CommandSet) -> None:
    match = cli.command(
        "match",
        cmd_match,
        help=_("rangschik de gezinnen voor een kind, met uitleg en uitgesloten gezinnen"),
    )
    match.add_argument("code", metavar=_("CODE"), help=_("de code van het kind"))
    match.add_argument(
        "--top",
        type=positive_int,
        default=None,
        metavar="N",
        help=_("alleen de beste N gezinnen (standaard: alle)"),
    )
    match.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    plan = cli.command(
        "plan",
        cmd_plan,
        help=_("plaatsingsplan voor alle wachtende kinderen (er wordt niets voorgesteld)"),
    )
    plan.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    bench = cli.bench(
        "matching",
        bench_matching,
        help=_("meet rangschikken per kind en het plaatsingsplan op 25.000 gezinnen en kinderen"),
    )
    bench.add_argument("--households", type=positive_int, default=25_000, metavar="N")
    bench.add_argument("--children", type=positive_int, default=25_000, metavar="N")
    bench.add_argument(
        "--samples",
        type=positive_int,
        default=50,
        metavar="N",
        help=_("aantal kinderen om te rangschikken (standaard 50)"),
    )
    bench.add_argument(
        "--plan-children",
        type=positive_int,
        default=2_500,
        metavar="N",
        help=_("aantal wachtende kinderen in het plan (standaard 2500)"),
    )
    register_kind(
        "import", "children", cmd_import_children, _("kinderen uit een lijst (CSV of Excel)")
    )
    register_kind(
        "template", "children", cmd_template_children, _("sjabloon voor een lijst kinderen")
    )
    install(cli)


# --------------------------------------------------------------------------- helpers


def _who(args: argparse.Namespace, db: Any) -> Actor:
    """The actor for the audit lines: the logged-in user with ``--user`` or ``--admin``
    (who must be allowed to do matching), else the operating-system account, as the
    command line always allowed without a login (its audit lines say
    "opdrachtregel:<account>")."""
    if getattr(args, "user", None) or getattr(args, "admin", False):
        return actor_for(args, db, Permission.MATCHING)
    return Actor(user_id=None, username=f"opdrachtregel:{os_account()}"[:80], role=Role.MATCHER)


def _decimal(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "?"
    return f"{value:.{digits}f}".replace(".", ",")


def _household_names(db: Any, ids: Sequence[int]) -> dict[int, str]:
    from sqlalchemy import select

    from utregs_plekkie.storage import models as m

    names: dict[int, str] = {}
    wanted = sorted(set(ids))
    with db.session() as session:
        for start in range(0, len(wanted), 900):
            for household_id, name in session.execute(
                select(m.Household.id, m.Household.name).where(
                    m.Household.id.in_(wanted[start : start + 900])
                )
            ):
                names[household_id] = name
    return names


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- match


def match_json(ranking: Any) -> dict[str, Any]:
    """The issue's JSON shape of a ranking (candidates best first, all exclusions)."""
    child = ranking.child
    return {
        "child": child.code,
        "siblings": [s.code for s in ranking.siblings],
        "pc4": {"home": child.home_pc4, "school": child.school_pc4},
        "candidates": [
            {
                "household": c.household_id,
                "offer": c.offer_id,
                "pc4": c.pc4,
                "score": c.score,
                "distance_km": dict(c.distance_km),
                "free_capacity": c.free_capacity,
                "components": dict(c.components),
                "explanation": list(c.explanation),
            }
            for c in ranking.candidates
        ],
        "excluded": [
            {"household": e.household_id, "reasons": list(e.reasons)} for e in ranking.excluded
        ],
    }


def cmd_match(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.core.matching import format_age, limit_label
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.matching import rank_for_child

    db = open_database(args.db_url)
    try:
        actor = _who(args, db)
        ranking = rank_for_child(db, args.code, args.top, actor=actor)
        if args.json:
            json.dump(match_json(ranking), out, ensure_ascii=False)
            out.write("\n")
            return 0
        names = _household_names(db, [c.household_id for c in ranking.candidates])
    finally:
        db.dispose()
    child = ranking.child
    siblings = ", ".join(s.code for s in ranking.siblings)
    print(
        _("Kind {code}: {leeftijd}, {zorg}; thuis {thuis}, school {school}").format(
            code=child.code,
            leeftijd=format_age(child.age_months),
            zorg=label(child.care_form),
            thuis=child.home_pc4 or "-",
            school=child.school_pc4 or "-",
        ),
        file=out,
    )
    if siblings:
        print(
            _("Samen met broers/zussen: {codes} (één gezin voor allemaal)").format(codes=siblings),
            file=out,
        )
    print(
        _("{n} passende gezinnen van de {totaal}; {uit} uitgesloten.").format(
            n=ranking.candidate_count, totaal=ranking.household_count, uit=len(ranking.excluded)
        ),
        file=out,
    )
    if ranking.candidates:
        print("", file=out)
        header = (
            f"{'#':>3}  {_('gezin'):<28} {_('aanbod'):>7} {_('pc4'):<4} {_('score'):>6} "
            f"{_('school'):>7} {_('huis'):>7} {_('vrij'):>4}"
        )
        print(header, file=out)
        for i, c in enumerate(ranking.candidates, start=1):
            name = _shorten(f"{names.get(c.household_id, '')} ({c.household_id})", 28)
            print(
                f"{i:>3}  {name:<28} {c.offer_id:>7} {c.pc4 or '-':<4} "
                f"{_decimal(c.score, 3):>6} {_decimal(c.distance_km['school']):>7} "
                f"{_decimal(c.distance_km['home']):>7} {c.free_capacity:>4}",
                file=out,
            )
            for line in c.explanation:
                print(f"       - {line}", file=out)
    counts = ranking.limit_counts()
    if counts:
        print("", file=out)
        print(_("Waarom gezinnen zijn uitgesloten (een gezin kan meer redenen hebben):"), file=out)
        for limit, n in sorted(counts.items(), key=lambda item: (-item[1], int(item[0]))):
            print(f"  {n:>7}  {limit_label(limit)}", file=out)
        print(
            _("Alle redenen per gezin: utregs-plekkie match {code} --json").format(code=child.code),
            file=out,
        )
    return 0


# --------------------------------------------------------------------------- plan


def plan_json(result: Any) -> dict[str, Any]:
    return {
        "assignments": [
            {
                "child": a.child,
                "household": a.household_id,
                "offer": a.offer_id,
                "score": a.score,
            }
            for a in result.assignments
        ],
        "total_score": result.total_score,
        "unassigned": [{"child": u.child, "reason": u.reason} for u in result.unassigned],
    }


def cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage.children import record_plan_view
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.matching import plan

    db = open_database(args.db_url)
    try:
        actor = _who(args, db)
        result = plan(db)
        record_plan_view(db, actor)
        if args.json:
            json.dump(plan_json(result), out, ensure_ascii=False)
            out.write("\n")
            return 0
        names = _household_names(db, [a.household_id for a in result.assignments])
    finally:
        db.dispose()
    placed = len(result.assignments)
    print(
        _(
            "Plaatsingsplan: {n} kinderen geplaatst, {m} zonder plek, totale score {score}"
            "{bewezen}. Er is niets voorgesteld: bevestig elk voorstel zelf."
        ).format(
            n=placed,
            m=len(result.unassigned),
            score=_decimal(result.total_score, 4),
            bewezen="" if result.optimal else _(" (niet bewezen optimaal: tijdslimiet)"),
        ),
        file=out,
    )
    if result.assignments:
        print("", file=out)
        print(f"{_('kind'):<16} {_('gezin'):<34} {_('aanbod'):>7} {_('score'):>6}", file=out)
        for a in result.assignments:
            name = _shorten(f"{names.get(a.household_id, '')} ({a.household_id})", 34)
            group = _(" (met {codes})").format(codes=", ".join(c for c in a.group if c != a.child))
            print(
                f"{a.child:<16} {name:<34} {a.offer_id:>7} {_decimal(a.score, 3):>6}"
                + (group if a.group else ""),
                file=out,
            )
    if result.unassigned:
        print("", file=out)
        print(_("Zonder plek in dit plan:"), file=out)
        for u in result.unassigned:
            print(f"{u.child:<16} {u.reason}", file=out)
    return 0


# --------------------------------------------------------------------------- import


def cmd_import_children(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.commands._identity import actor_for
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.exchange.child_import import import_children
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.IMPORT)
        result = import_children(db, args.file, report_path=args.report, actor=actor)
    finally:
        db.dispose()
    print(result.summary(), file=out)
    errors = [r for r in result.rows if r.status == "fout"]
    for r in errors[:20]:
        print(
            _("  regel {regel}: {meldingen}").format(regel=r.row, meldingen="; ".join(r.messages)),
            file=out,
        )
    if len(errors) > 20:
        print(_("  ... en nog {n} regels met fouten.").format(n=len(errors) - 20), file=out)
    if args.report:
        print(_("Verslag per regel: {pad}").format(pad=args.report), file=out)
    if errors:
        raise UserError(
            _(
                "{n} regels zijn niet ingelezen. Verbeter ze (zie het verslag) en lees het "
                "bestand opnieuw in: wat al is ingelezen wordt dan overgeslagen."
            ).format(n=len(errors))
        )
    return 0


def cmd_template_children(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.exchange.child_import import write_child_template

    path = write_child_template(args.file)
    print(
        _(
            "Sjabloon geschreven: {pad}. Lees het ingevulde bestand in met: utregs-plekkie "
            "import children {pad} --report verslag.csv"
        ).format(pad=path),
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- bench


def _enough(url: str, households: int, children: int) -> bool:
    """Whether the database at ``url`` exists and holds at least this many rows."""
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url

    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import DatabaseError, open_database

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database or ""
        if not path or path == ":memory:" or not Path(path).expanduser().exists():
            return False
    try:
        db = open_database(url, backup=False)
    except DatabaseError:
        return False
    try:
        with db.session() as session:
            n_households = session.scalar(select(func.count()).select_from(m.Household)) or 0
            n_children = session.scalar(select(func.count()).select_from(m.Child)) or 0
    finally:
        db.dispose()
    return n_households >= households and n_children >= children


def bench_matching(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.storage.demo import DemoSize, build_demo

    with tempfile.TemporaryDirectory(prefix="plekkie-bench-matching-") as folder:
        url = args.db_url
        where = url
        if not _enough(url, args.households, args.children):
            from utregs_plekkie.storage.database import open_database

            url = "sqlite:///" + str(Path(folder) / "matching.sqlite")
            where = _("tijdelijk SQLite-bestand met demogegevens")
            db = open_database(url, backup=False)
            try:
                build_demo(
                    db,
                    DemoSize(requests=2_000, households=args.households, children=args.children),
                )
            finally:
                db.dispose()
        report = _run_matching_bench(url, args)
        report.context = {"database": where, **report.context}
    report.write(out, args.json)
    return 0


def _run_matching_bench(url: str, args: argparse.Namespace) -> BenchReport:
    import numpy as np

    from utregs_plekkie.core import clock
    from utregs_plekkie.core.geo import GeoIndex, haversine_km_np
    from utregs_plekkie.core.matching import rank
    from utregs_plekkie.core.plan import make_groups
    from utregs_plekkie.core.plan import plan as solve_plan
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.matching import load_pool, load_waiting_children, load_weights

    geo = GeoIndex.default()
    db = open_database(url, backup=False)
    try:
        day = clock.today()
        weights = load_weights(db)[0]
        started = time.perf_counter()
        with db.session() as session:
            pool = load_pool(session, on=day, geo=geo)
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        with db.session() as session:
            waiting = load_waiting_children(session, day)
        children_s = time.perf_counter() - started
    finally:
        db.dispose()
    if not waiting:
        raise UserError(_("Er wachten geen kinderen in deze database; maak eerst demogegevens."))
    by_code = {c.code: c for c in waiting}
    step = max(1, len(waiting) // args.samples)
    samples = waiting[::step][: args.samples]
    # The same households as the ranking: one coordinate per pool row.
    lat = np.append(pool.loc_lat, np.nan)[pool.loc]
    lon = np.append(pool.loc_lon, np.nan)[pool.loc]
    rank_ms: list[float] = []
    bare_ms: list[float] = []
    candidates = 0
    for child in samples:
        siblings = [by_code[s] for s in child.sibling_codes if s in by_code]
        t0 = time.perf_counter()
        ranking = rank(child, pool, weights, siblings=siblings, on=day, explain_top=20)
        top = ranking.candidates[:20]  # with their explanations (built in rank)
        rank_ms.append((time.perf_counter() - t0) * 1000.0)
        candidates += ranking.candidate_count
        del top
        place = geo.lookup(child.school_pc4 or child.home_pc4 or "")
        if place is not None:
            t0 = time.perf_counter()
            haversine_km_np(place.lat, place.lon, lat, lon)
            bare_ms.append((time.perf_counter() - t0) * 1000.0)
    groups = make_groups(waiting)
    chosen: list[Any] = []
    for group in groups:
        if len(chosen) >= args.plan_children:
            break
        chosen.extend(group)
    t0 = time.perf_counter()
    result = solve_plan(chosen, pool, weights, on=day)
    plan_s = time.perf_counter() - t0
    median, worst = statistics.median(rank_ms), max(rank_ms)
    report = BenchReport(
        "matching",
        context={
            "gezinnen": pool.household_count,
            "aanbiedingen": int(pool.has_offer.sum()),
            "wachtende kinderen": len(waiting),
            "kinderen gerangschikt": len(samples),
            "gemiddeld passende gezinnen": round(candidates / max(1, len(samples)), 1),
            "kinderen in het plan": len(chosen),
            "paren in het plan": result.pairs,
            "geplaatst in het plan": len(result.assignments),
            "plan bewezen optimaal": result.optimal,
            "uitsluitingsredenen (plan)": dict(
                Counter(u.reason.split(":")[0] for u in result.unassigned).most_common(3)
            ),
        },
    )
    report.add("pool_load_s", "aanbod laden uit de database (eenmalig)", load_s, "s")
    report.add("children_load_s", "wachtende kinderen laden", children_s, "s")
    report.add(
        "rank_median_ms",
        "rangschikken per kind (top 20 met uitleg), mediaan",
        median,
        "ms",
        "< 50 ms",
        median < 50,
    )
    report.add(
        "rank_worst_ms", "rangschikken per kind, slechtste", worst, "ms", "< 50 ms", worst < 50
    )
    report.add(
        "numpy_distance_median_ms",
        "kale NumPy-afstandsberekening over dezelfde gezinnen, mediaan",
        statistics.median(bare_ms) if bare_ms else 0.0,
        "ms",
    )
    report.add(
        "plan_s",
        _("plaatsingsplan ({n} wachtende kinderen)").format(n=len(chosen)),
        plan_s,
        "s",
        "< 10 s",
        plan_s < 10,
    )
    report.add("plan_pairs_s", "  waarvan paren verzamelen", result.seconds_pairs, "s")
    report.add("plan_solve_s", "  waarvan oplossen (HiGHS)", result.seconds_solve, "s")
    return report
