"""The demo builder's shared part: places, names, e-mail addresses, phone numbers,
schedules, and writing rows with fresh ids (the parts per table build on it).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Table

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    CareForm,
    DayPart,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GeoIndex, Place
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.demo.names import FIRST_NAMES, LAST_NAMES, PREFIXES, search_key
from utregs_plekkie.storage.demo.rows import BATCH, DemoSize, IdAllocator, as_utc
from utregs_plekkie.storage.types import fast_bind_processor


class DemoBase:
    """What every part of the builder shares: the random source, places, people's
    names and contact details, schedules, and writing rows with fresh ids."""

    def __init__(
        self,
        db: Database,
        size: DemoSize,
        geo: GeoIndex | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        self.db = db
        self.size = size
        self.rng = random.Random(size.seed)
        self.geo = geo or GeoIndex.default()
        self.progress = progress or (lambda message: None)
        self.ids = IdAllocator(db)
        self.now = clock.now()
        self.today = self.now.date()
        self.counts: dict[str, int] = {}
        places = [self.geo.lookup(pc4) for pc4 in self._region_pc4s()]
        self.city_places: list[Place] = [p for p in places if p is not None and p.in_city]
        self.region_places: list[Place] = [p for p in places if p is not None and not p.in_city]
        if not self.city_places:
            raise UserError(_("De postcodetabel bevat geen postcodes van Utrecht."))
        self._schedules = self._make_schedules()
        # The offers made with the households, which the children are placed with.
        self._offers: list[dict[str, Any]] = []

    # ------------------------------------------------------------------ helpers

    def _region_pc4s(self) -> list[str]:
        return [pc4 for pc4 in (f"{n:04d}" for n in range(1000, 10000)) if pc4 in self.geo]

    def _place(self) -> Place:
        # Most leads and families live in the city itself; some just outside it.
        if self.region_places and self.rng.random() < 0.22:
            return self.rng.choice(self.region_places)
        return self.rng.choice(self.city_places)

    def _postcode(self, pc4: str) -> str:
        while True:
            letters = "".join(self.rng.choices(string.ascii_uppercase, k=2))
            if letters not in ("SA", "SD", "SS"):
                return f"{pc4} {letters}"

    def _name(self) -> tuple[str, str, str]:
        return (
            self.rng.choice(FIRST_NAMES),
            self.rng.choice(PREFIXES),
            self.rng.choice(LAST_NAMES),
        )

    def _email(self, first: str, last: str, n: int) -> str:
        local = search_key(f"{first}.{last}").replace(" ", "").replace("'", "")
        domain = self.rng.choice(
            (
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "live.nl",
                "xs4all.nl",
            )
        )
        return f"{local}{n}@{domain}"

    def _phone(self) -> str:
        # 06-1 to 06-5: ordinary mobile numbers (066 is the pager range).
        return "+316" + self.rng.choice("12345") + "".join(self.rng.choices(string.digits, k=7))

    def _when(self, days_back: int) -> datetime:
        """A moment in the last ``days_back`` days, in office hours mostly."""
        day = self.today - timedelta(days=self.rng.randrange(max(days_back, 1)))
        moment = datetime.combine(
            day, time(self.rng.randrange(8, 22), self.rng.randrange(60)), tzinfo=self.now.tzinfo
        )
        return as_utc(min(moment, self.now))

    def _make_schedules(self) -> dict[str, list[Schedule]]:
        weekdays = range(5)
        week = Schedule.full()
        weekend = Schedule.from_cells(
            [(4, DayPart.AVOND), (4, DayPart.NACHT)] + [(d, p) for d in (5, 6) for p in DayPart]
        )
        wednesday_afternoon = Schedule.from_cells([(2, DayPart.MIDDAG)])
        saturday = Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
        afternoons = Schedule.from_cells([(d, DayPart.MIDDAG) for d in weekdays])
        sleepover = Schedule.from_cells(
            [(5, DayPart.MIDDAG), (5, DayPart.AVOND), (5, DayPart.NACHT), (6, DayPart.OCHTEND)]
        )
        return {
            "voltijd": [week],
            "weekend": [weekend],
            "vakantie": [week],
            "dagdelen": [afternoons, wednesday_afternoon.union(saturday)],
            "steun": [
                wednesday_afternoon,
                saturday,
                sleepover,
                wednesday_afternoon.union(saturday),
            ],
        }

    def _schedule_for(self, care: CareForm) -> Schedule:
        key = {
            CareForm.DEELTIJD_WEEKEND: "weekend",
            CareForm.DEELTIJD_VAKANTIE: "vakantie",
            CareForm.DEELTIJD_DAGDELEN: "dagdelen",
            CareForm.STEUNOUDER: "steun",
        }.get(care, "voltijd")
        return self.rng.choice(self._schedules[key])

    def _write(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` straight through the DBAPI's executemany.

        Each value still goes through its column type's own bind processor (UTC
        datetimes, enums, schedules, JSON), so the rows are exactly what the ORM
        would have written; only SQLAlchemy's per-row statement bookkeeping is
        skipped, which is most of the time at this volume.
        """
        if not rows:
            return
        dialect = self.db.engine.dialect
        columns = [c for c in table.columns if c.name in rows[0]]
        processors = [fast_bind_processor(c.type, dialect) for c in columns]
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join(marker for _col in columns)})"
        with self.db.engine.begin() as conn:
            for start in range(0, len(rows), BATCH):
                chunk = rows[start : start + BATCH]
                # Column by column: one map() per column is far cheaper than a
                # Python-level loop over every value.
                converted = [
                    list(map(proc, (row[c.name] for row in chunk)))
                    if proc is not None
                    else [row[c.name] for row in chunk]
                    for c, proc in zip(columns, processors, strict=True)
                ]
                conn.exec_driver_sql(sql, list(zip(*converted, strict=True)))
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def _write_with_ids(
        self, table: Table, rows: list[dict[str, Any]], versioned: bool = False
    ) -> None:
        for row, new_id in zip(rows, self.ids.take(table, len(rows)), strict=True):
            row["id"] = new_id
            if versioned:
                row.update(version=1, created_at=self.now, updated_at=self.now)
        self._write(table, rows)

    def _near(self, place: Place) -> str:
        candidates = [
            p
            for p in self.city_places
            if abs(p.lat - place.lat) < 0.02 and abs(p.lon - place.lon) < 0.03
        ]
        return self.rng.choice(candidates).pc4 if candidates else place.pc4
