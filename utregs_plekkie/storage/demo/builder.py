"""Building demo data as a whole: refusing a database that holds data (or emptying
it), the parts in order, and PostgreSQL's sequences after explicit ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from time import perf_counter

from sqlalchemy import func, select, text

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.demo.children import ChildrenPart
from utregs_plekkie.storage.demo.events import EventsPart
from utregs_plekkie.storage.demo.households import HouseholdsPart
from utregs_plekkie.storage.demo.names import CONSENT_TEXT, CONSENT_VERSION
from utregs_plekkie.storage.demo.requests import RequestsPart
from utregs_plekkie.storage.demo.rows import DemoResult, DemoSize, table_of


def database_is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        for table in (table_of(m.InfoRequest), table_of(m.Household), table_of(m.Child)):
            if conn.execute(select(func.count()).select_from(table)).scalar():
                return False
    return True


def clear_all(db: Database) -> None:
    """Delete every row (children of foreign keys first); the schema stays.

    A database with an audit trail is refused: the trail is append-only (a trigger
    refuses deletions), and a database people have worked in is no place for demo data.
    """
    audit = table_of(m.AuditEntry)
    with db.engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(audit)).scalar():
            raise UserError(
                _(
                    "In deze database is al gewerkt (er staan regels in de audittrail), dus "
                    "hij wordt niet leeggemaakt voor demogegevens. Gebruik --db met een nieuw "
                    "bestand."
                )
            )
    with db.engine.begin() as conn:
        for table in reversed(m.Base.metadata.sorted_tables):
            if table.name == "alembic_version":
                continue
            conn.execute(table.delete())


class DemoBuilder(EventsPart, RequestsPart, HouseholdsPart, ChildrenPart):
    """Builds a whole demo database, table by table, in a fixed order."""

    def build(self) -> dict[str, int]:
        self._consent()
        events = self._events()
        self.progress(_("Evenementen: {n}").format(n=len(events)))
        request_rows = self._requests(events)
        self.progress(_("Aanvragen: {n}").format(n=len(request_rows)))
        households = self._households(request_rows)
        self.progress(_("Gezinnen: {n}").format(n=len(households)))
        self._children(households)
        self.progress(_("Kinderen: {n}").format(n=self.size.children))
        self._reset_sequences()
        return self.counts

    def _consent(self) -> None:
        table = table_of(m.ConsentText)
        with self.db.engine.connect() as conn:
            exists = conn.execute(
                select(table.c.id).where(table.c.version == CONSENT_VERSION)
            ).first()
        if not exists:
            self._write(
                table,
                [
                    {
                        "id": self.ids.take(table, 1)[0],
                        "version": CONSENT_VERSION,
                        "text": CONSENT_TEXT,
                        "valid_from": date(2024, 1, 1),
                        "created_at": self.now,
                    }
                ],
            )

    def _reset_sequences(self) -> None:
        """After explicit ids, PostgreSQL's sequences must continue after the maximum."""
        if self.db.dialect != "postgresql":
            return
        with self.db.engine.begin() as conn:
            for table in m.Base.metadata.sorted_tables:
                if "id" not in table.c or not table.c.id.primary_key:
                    continue
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                    )
                )


def build_demo(
    db: Database,
    size: DemoSize,
    *,
    replace: bool = False,
    progress: Callable[[str], None] | None = None,
) -> DemoResult:
    """Fill ``db`` with demo data. Refuses a database that holds data unless ``replace``."""
    if not database_is_empty(db):
        if not replace:
            raise UserError(
                _(
                    "De database bevat al gegevens. Demogegevens worden alleen in een lege "
                    "database gezet; gebruik --replace om alles te vervangen (er wordt eerst "
                    "een backup gemaakt)."
                )
            )
        clear_all(db)
    started = perf_counter()
    counts = DemoBuilder(db, size, progress=progress).build()
    return DemoResult(counts=counts, seconds=perf_counter() - started)
