"""Families on the command line, and the benchmark of the Gezinnen page.

    utregs-plekkie import households FILE [--report VERSLAG.csv]
    utregs-plekkie template households FILE.csv|FILE.xlsx
    utregs-plekkie bench households [--households N] [--json]

``import`` and ``template`` are kinds of the shared verbs (commands/_exchange_kinds.py).
The benchmark measures the list (count and first page), typing in the search box,
changing filters, the board view and the "vandaag" list on a database with 25,000
families: the ``--db`` database when it holds that many, else a temporary SQLite file
with demo data (``--fill`` fills an empty ``--db`` instead, to measure PostgreSQL).
"""

from __future__ import annotations

import argparse
import getpass
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from utregs_plekkie.commands._base import CommandSet, positive_int
from utregs_plekkie.commands._bench import BenchReport, median_and_worst, timed_ms
from utregs_plekkie.commands._exchange_kinds import install, register_kind
from utregs_plekkie.core.enums import Role
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor

if TYPE_CHECKING:
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.storage.database import Database


def register(cli: CommandSet) -> None:
    register_kind(
        "import",
        "households",
        cmd_import_households,
        _("gezinnen (pleeg- en steunouders) uit een lijst"),
    )
    register_kind(
        "template", "households", cmd_template_households, _("sjabloon voor een lijst gezinnen")
    )
    install(cli)
    bench = cli.bench(
        "households",
        bench_households,
        help=_(
            "meet de gezinnenlijst (tellen, eerste pagina, zoeken, filters), het bord en de "
            "lijst 'vandaag' op 25.000 gezinnen"
        ),
    )
    bench.add_argument(
        "--households",
        type=positive_int,
        default=25_000,
        metavar="N",
        help=_("aantal gezinnen (standaard 25000)"),
    )
    bench.add_argument(
        "--repeat",
        type=positive_int,
        default=5,
        metavar="N",
        help=_("hoe vaak elke meting wordt herhaald (standaard 5)"),
    )
    bench.add_argument(
        "--fill",
        action="store_true",
        help=_("vul een lege --db met demogegevens en meet daarop (bijvoorbeeld PostgreSQL)"),
    )


# --------------------------------------------------------------------------- who


def who(args: argparse.Namespace, db: Database, permission: Permission) -> Actor:
    """The actor for the audit lines: the user of ``--user``/``--admin`` (who must hold
    ``permission``), else the operating-system account, as the command line always
    allowed without a login (its audit lines say "opdrachtregel:<account>")."""
    if getattr(args, "user", None) or getattr(args, "admin", False):
        from utregs_plekkie.commands._identity import actor_for

        return actor_for(args, db, permission)
    try:
        account = getpass.getuser()
    except (KeyError, OSError):
        account = "onbekend"
    return Actor(user_id=None, username=f"opdrachtregel:{account}"[:80], role=Role.BEHEERDER)


# --------------------------------------------------------------------------- import


def cmd_import_households(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.core.permissions import Permission
    from utregs_plekkie.exchange.household_import import (
        RowStatus,
        import_households,
        write_import_report,
    )
    from utregs_plekkie.storage.database import open_database

    db = open_database(args.db_url)
    try:
        actor = who(args, db, Permission.IMPORT)

        def progress(done: int, total: int) -> bool:
            print(_("  {done} van {total} regels verwerkt").format(done=done, total=total),
                  file=out, flush=True)  # fmt: skip
            return True

        result = import_households(db, Path(args.file), progress=progress, actor=actor)
    finally:
        db.dispose()
    print(result.summary(), file=out)
    print(_("Gelezen als {how}.").format(how=result.description), file=out)
    if result.unknown_columns:
        print(
            _("Niet gebruikte kolommen: {columns}.").format(
                columns=", ".join(result.unknown_columns)
            ),
            file=out,
        )
    refused = [r for r in result.rows if r.status == RowStatus.GEWEIGERD]
    for row in refused[:20]:
        print(_("  regel {row}: {reason}").format(row=row.row, reason=row.reason), file=out)
    if len(refused) > 20:
        print(_("  ... en nog {n} geweigerde regels.").format(n=len(refused) - 20), file=out)
    if args.report:
        path = write_import_report(result, Path(args.report))
        print(_("Verslag per regel: {path}").format(path=path), file=out)
    if refused:
        lead = (
            _("1 regel is niet ingelezen.")
            if len(refused) == 1
            else _("{n} regels zijn niet ingelezen.").format(n=len(refused))
        )
        raise UserError(
            lead
            + " "
            + _(
                "Verbeter ze (zie de redenen of het verslag) en lees het bestand opnieuw in: "
                "wat al is ingelezen wordt dan overgeslagen."
            )
        )
    return 0


def cmd_template_households(args: argparse.Namespace, out: TextIO) -> int:
    from utregs_plekkie.exchange.household_import import write_template

    path = write_template(Path(args.file))
    print(
        _(
            "Sjabloon geschreven: {path}. Vul één regel per gezin in en lees het bestand in "
            "met: utregs-plekkie import households {path} --report verslag.csv"
        ).format(path=path),
        file=out,
    )
    return 0


# --------------------------------------------------------------------------- bench


def _household_count(url: str) -> int | None:
    """The number of families at ``url`` (``None`` if it cannot be opened or is new)."""
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url

    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import DatabaseError, open_database

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database or ""
        if not path or path == ":memory:" or not Path(path).expanduser().exists():
            return None
    try:
        db = open_database(url, backup=False)
    except DatabaseError:
        return None
    try:
        with db.session() as session:
            return int(session.scalar(select(func.count()).select_from(m.Household)) or 0)
    finally:
        db.dispose()


def _fill(url: str, households: int) -> float:
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.demo import DemoSize, build_demo

    db = open_database(url, backup=False)
    try:
        result = build_demo(
            db, DemoSize(requests=households, households=households, children=households // 5)
        )
        if not db.is_sqlite:
            # What autovacuum does soon after a bulk load; without statistics the first
            # plans of a fresh PostgreSQL database are guesses.
            with db.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
    finally:
        db.dispose()
    return result.seconds


def bench_households(args: argparse.Namespace, out: TextIO) -> int:
    with tempfile.TemporaryDirectory(prefix="plekkie-bench-households-") as folder:
        url = args.db_url
        where = url
        present = _household_count(url)
        filled = None
        if present is None or present < args.households:
            if args.fill and present == 0:
                filled = _fill(url, args.households)
            else:
                url = "sqlite:///" + str(Path(folder) / "households.sqlite")
                where = _("tijdelijk SQLite-bestand met demogegevens")
                filled = _fill(url, args.households)
        report = _run(url, args.repeat)
        report.context = {"database": where, **report.context}
        if filled is not None:
            report.context["demogegevens_s"] = round(filled, 1)
    report.write(out, args.json)
    return 0


def _samples(db: Database) -> tuple[list[str], list[str], list[str], list[str]]:
    """Real names, e-mail addresses, phone numbers and postcodes to type."""
    from sqlalchemy import select

    from utregs_plekkie.storage import models as m

    h = m.Household
    with db.session() as session:
        rows = session.execute(
            select(h.name_key, h.email, h.phone, h.postcode).order_by(h.id).limit(2_000)
        ).all()
    step = max(1, len(rows) // 5)
    picked = rows[::step][:5]
    names = [r.name_key.split()[-2] if len(r.name_key.split()) > 1 else r.name_key for r in picked]
    emails = [r.email for r in picked if r.email]
    phones = [r.phone for r in picked if r.phone]
    postcodes = [r.postcode for r in picked if r.postcode]
    return names, emails, phones, postcodes


def _typing(word: str) -> list[str]:
    """What the search box holds after each keystroke."""
    return [word[:n] for n in range(1, len(word) + 1)]


def _run(url: str, repeat: int) -> BenchReport:
    from sqlalchemy import func, select

    from utregs_plekkie.core.enums import CareForm, PipelineStage, Provider
    from utregs_plekkie.core.geo import GeoIndex
    from utregs_plekkie.storage import models as m
    from utregs_plekkie.storage.database import open_database
    from utregs_plekkie.storage.households import (
        HouseholdQuery,
        board,
        count_households,
        fetch_households,
        household_detail,
        today_list,
    )

    db = open_database(url, backup=False)
    try:
        with db.session() as session:
            total = int(session.scalar(select(func.count()).select_from(m.Household)) or 0)
            some_id = int(session.scalar(select(func.min(m.Household.id))) or 0)

        def list_view(q: HouseholdQuery) -> Callable[[], Any]:
            # What the page does on every change: the count for the header, the first page.
            return lambda: (count_households(db, q), fetch_households(db, q, 0, 100))

        # Warm-up: the first query opens the connection and fills the caches.
        list_view(HouseholdQuery())()
        first = [timed_ms(list_view(HouseholdQuery())) for _ in range(repeat)]

        names, emails, phones, postcodes = _samples(db)
        keystrokes: list[str] = []
        for word in names:
            keystrokes += _typing(word)
        for email in emails[:2]:
            keystrokes += _typing(email.split("@")[0][:8])
        for phone in phones[:2]:
            national = "0" + phone[3:] if phone.startswith("+31") else phone
            keystrokes += _typing(national)[2:]
        for postcode in postcodes[:2]:
            keystrokes += _typing(postcode)
        search = [timed_ms(list_view(HouseholdQuery(text=text))) for text in keystrokes]

        wijken = [code for code, _name, _provider in GeoIndex.default().wijken()]
        filters = [HouseholdQuery(stages=frozenset({stage})) for stage in PipelineStage]
        filters += [HouseholdQuery(care_forms=frozenset({care})) for care in CareForm]
        filters += [HouseholdQuery(wijk_codes=frozenset({code})) for code in wijken]
        filters += [HouseholdQuery(providers=frozenset({p})) for p in Provider]
        filters += [
            HouseholdQuery(overdue=True),
            HouseholdQuery(
                stages=frozenset({PipelineStage.BESCHIKBAAR}),
                care_forms=frozenset({CareForm.STEUNOUDER}),
                providers=frozenset({Provider.KOOS}),
            ),
            HouseholdQuery(text="de", overdue=True),
        ]
        filter_ms = [timed_ms(list_view(q)) for q in filters]

        board_ms = [timed_ms(lambda: board(db, per_column=50)) for _ in range(repeat)]
        board_filtered = [
            timed_ms(lambda: board(db, HouseholdQuery(text=names[0][:3]), per_column=50))
            for _ in range(repeat)
        ]
        today_items: list[int] = []

        def vandaag() -> None:
            today_items.append(len(today_list(db)))

        today_ms = [timed_ms(vandaag) for _ in range(repeat)]
        detail_ms = [
            timed_ms(lambda: household_detail(db, some_id, log_view=False)) for _ in range(repeat)
        ]
    finally:
        db.dispose()

    report = BenchReport(
        "households",
        context={
            "gezinnen": total,
            "toetsaanslagen": len(keystrokes),
            "filterwissels": len(filters),
            "regels_vandaag": today_items[-1] if today_items else 0,
        },
    )

    def add(key: str, text: str, samples: list[float], target_ms: float | None) -> None:
        median, worst = median_and_worst(samples)
        goal = f"< {target_ms:g} ms" if target_ms is not None else ""
        report.add(
            f"{key}_median_ms", _("{text}, mediaan").format(text=text), median, "ms", goal,
            None if target_ms is None else median < target_ms,
        )  # fmt: skip
        report.add(
            f"{key}_worst_ms", _("{text}, slechtste").format(text=text), worst, "ms", goal,
            None if target_ms is None else worst < target_ms,
        )  # fmt: skip

    # 100 ms is the limit under which a change feels instant; the list, search and
    # filters run on the GUI's worker thread but should still answer within it.
    add("first_page", _("tellen + eerste pagina"), first, 100)
    add("search_keystroke", _("zoeken per toetsaanslag"), search, 100)
    add("filter_change", _("filter wijzigen"), filter_ms, 100)
    add("board", _("bord (50 per kolom)"), board_ms, 250)
    add("board_search", _("bord met zoektekst"), board_filtered, 250)
    add("today", _("lijst 'vandaag'"), today_ms, 1000)
    add("detail", _("detail van één gezin"), detail_ms, 100)
    return report
