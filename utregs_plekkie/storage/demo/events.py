"""Demo events: three years of information evenings, trainings and fairs, past and
coming, at real Utrecht venues.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from utregs_plekkie.core.enums import (
    EventKind,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.demo.people import DemoBase
from utregs_plekkie.storage.demo.rows import as_utc, table_of


class EventsPart(DemoBase):
    def _events(self) -> list[dict[str, Any]]:
        table = table_of(m.Event)
        rows: list[dict[str, Any]] = []
        first_month = date(self.today.year - 3, self.today.month, 1)
        month = first_month
        locations = (
            ("Wijkcentrum Leidsche Rijn, Brennerbaan 150, Utrecht", "koos"),
            ("Buurtcentrum Oase, Zamenhofdreef 2, Utrecht", "spoor030"),
            ("KOOS, Vleutenseweg 50, Utrecht", "koos"),
            ("Spoor030, Ravellaan 96, Utrecht", "spoor030"),
        )
        horizon = self.today + timedelta(days=100)
        while month <= horizon:
            for week in (1, 3):
                day = month + timedelta(days=7 * week + 1)
                where, provider = locations[(month.month + week) % len(locations)]
                starts = datetime.combine(day, time(19, 30), tzinfo=self.now.tzinfo)
                rows.append(
                    {
                        "kind": EventKind.INFORMATIEAVOND,
                        "name": "Informatieavond pleegzorg",
                        "starts_at": as_utc(starts),
                        "ends_at": as_utc(starts + timedelta(hours=2)),
                        "location": where,
                        "capacity": 30,
                        "provider": provider,
                    }
                )
            train_day = month + timedelta(days=10)
            starts = datetime.combine(train_day, time(19, 0), tzinfo=self.now.tzinfo)
            rows.append(
                {
                    "kind": EventKind.TRAINING,
                    "name": "Voorbereidingstraining STAP, bijeenkomst 1",
                    "starts_at": as_utc(starts),
                    "ends_at": as_utc(starts + timedelta(hours=3)),
                    "location": locations[month.month % 2 + 2][0],
                    "capacity": 14,
                    "provider": locations[month.month % 2 + 2][1],
                }
            )
            if month.month == 11:  # the national foster-care week: the pop-up living room
                for offset in range(5):
                    day = month + timedelta(days=offset + 2)
                    starts = datetime.combine(day, time(8, 0), tzinfo=self.now.tzinfo)
                    rows.append(
                        {
                            "kind": EventKind.POPUP,
                            "name": f"Pop-up huiskamer Utrecht Centraal {month.year}",
                            "starts_at": as_utc(starts),
                            "ends_at": as_utc(starts + timedelta(hours=11)),
                            "location": "Utrecht Centraal, Stationshal",
                            "capacity": None,
                            "provider": None,
                        }
                    )
            month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        for row, new_id in zip(rows, self.ids.take(table, len(rows)), strict=True):
            row.update(id=new_id, version=1, created_at=self.now, updated_at=self.now, notes="")
        self._write(table, rows)
        return rows
