"""Realistic, reproducible demo data at any scale.

Dutch names, real Utrecht-area postcodes from the shipped geo table, a plausible
recruitment funnel, offers of every kind of care, children with varied needs and
sibling groups, past and coming events. The same seed gives the same database.

Rows are written with Core ``insert()`` in large batches and explicit ids, so
200,000 requests with their history load in seconds rather than minutes (the ORM's
unit of work would spend most of its time on bookkeeping we do not need here).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, func, select, text

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    CareForm,
    ChildStatus,
    DayPart,
    EventKind,
    Gender,
    HouseholdRoute,
    Interest,
    Need,
    Pet,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    RequestStatus,
    ScreeningKind,
    Source,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GeoIndex, Place
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.core.validation import search_key as _search_key
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.types import StrEnumType, UtcDateTime

BATCH = 20_000


@lru_cache(maxsize=4096)
def _fold(part: str) -> str:
    return _search_key(part)


def search_key(text: str) -> str:
    """search_key() part by part, cached: demo names repeat a lot."""
    return " ".join(f for f in (_fold(p) for p in text.split(" ")) if f)


FIRST_NAMES = """
    Anna Emma Sophie Julia Tess Sara Noor Fenna Lotte Eva Liv Mila Nina Fleur Iris Lisa
    Sanne Femke Marieke Inge Anouk Maaike Esther Ilse Karin Mirjam Ingrid Petra Linda
    Yasmina Fatima Nadia Samira Aïcha Zeynep Elif Ayşe Priya Chloë Noëlle Daniëlle Noah
    Sem Liam Lucas Daan Finn Levi Luuk Milan Jesse Bram Thijs Ruben Tim Sven Joris
    Pieter Jeroen Bas Martijn Erik Mark Rob Hans Wouter Maarten Jan Kees Gerrit Henk
    Mohammed Youssef Ahmed Omar Mehmet Emre Mustafa Rachid Anand Raj Kofi René Rogier
    Gijs Stijn Joëlle Zoë Ruud Frits Co Wim Ton Dirk Ids IJsbrand Ijsbrand
""".split()
PREFIXES = ("", "", "", "", "", "", "van", "de", "van der", "van den", "van de", "ter", "el")
LAST_NAMES = """
    Jansen Vries Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer
    Dijkstra Vermeulen Kok Jacobs Willems Hoekstra Koster Prins Huisman Post Kuipers
    Veenstra Kramer Schouten Vink Verhoeven Wouters Timmermans Groen Boer Smits Berg
    Heuvel Wijk Linden Meer Leeuwen Broek Beek Velde Dam Bosch Laan Ven Hoek Yılmaz Kaya
    Demir Şahin Çelik Öztürk Amrani Idrissi Bouzid Haddou Tahiri Benali Ramdin Soekhoe
    Sewnarain Pinas Kromodimedjo Mensah Asante Nguyen Tran Kowalski Müller Schäfer
    Brontë IJzerman Ruël Citroën
""".split()
STREETS = (
    "Oudegracht",
    "Nieuwegracht",
    "Biltstraat",
    "Amsterdamsestraatweg",
    "Kanaalstraat",
    "Vleutenseweg",
    "Croeselaan",
    "Rijnlaan",
    "Hooft Graaflandstraat",
    "Burgemeester Reigerstraat",
    "Merelstraat",
    "Adelaarstraat",
    "Marnixlaan",
    "Prins Hendriklaan",
    "Weerdsingel",
    "Lauwerecht",
    "Zamenhofdreef",
    "Gagelboslaan",
    "Columbuslaan",
    "Europalaan",
    "Rubenslaan",
    "Verlengde Hoogravenseweg",
    "Kardinaal de Jongweg",
    "Vleuterweide",
    "Parkzichtlaan",
    "Terwijdelaan",
    "Leidsche Rijn Centrumplein",
    "Dorpsstraat",
    "Meerndijk",
    "Mereveldseweg",
    "Maartensdijkseweg",
    "Steenweg",
    "Twijnstraat",
    "Lange Nieuwstraat",
    "Jutfaseweg",
    "Smaragdplein",
    "Händelstraat",
    "Cremerstraat",
    "Kruisstraat",
    "Gruttersdijk",
    "Kroonstraat",
    "Wittevrouwenkade",
)
DROPOUT_REASONS_REQUEST = (
    "geen_tijd",
    "persoonlijke_omstandigheden",
    "andere_organisatie",
    "geen_reactie",
    "verwachtingen",
    "woonruimte",
)
DROPOUT_REASONS_HOUSEHOLD = (
    "geen_tijd",
    "persoonlijke_omstandigheden",
    "niet_geschikt",
    "vgb_geweigerd",
    "verhuisd",
    "gezinsuitbreiding",
    "zwaarder_dan_verwacht",
)
LANGUAGES = ("nl", "nl", "nl", "nl", "en", "ar", "tr", "ber", "pap", "srn", "pl", "ti", "so")
CULTURES = (
    "",
    "",
    "",
    "",
    "christelijk",
    "islamitisch",
    "humanistisch",
    "hindoestaans",
    "joods",
    "Marokkaans-Nederlands",
    "Turks-Nederlands",
    "Surinaams-Nederlands",
)
CONSENT_VERSION = "2024-1"
CONSENT_TEXT = (
    "Ik geef KOOS Utrecht en Spoor030 toestemming om contact met mij op te nemen over "
    "pleegzorg en steunouderschap en om mijn gegevens daarvoor te bewaren. Mijn gegevens "
    "worden niet gedeeld met anderen. Ik kan deze toestemming altijd intrekken."
)

# The order in which a household moves through the pipeline (foster route).
FOSTER_ROUTE = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)
SUPPORT_ROUTE = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)


@dataclass
class DemoSize:
    requests: int = 2_000
    households: int = 400
    children: int = 300
    seed: int = 2021


@dataclass
class DemoResult:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class _Ids:
    """Hands out explicit primary keys after what a table already holds."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._next: dict[str, int] = {}

    def take(self, table: Table, n: int) -> range:
        if table.name not in self._next:
            with self.db.engine.connect() as conn:
                current = conn.execute(select(func.max(table.c.id))).scalar() or 0
            self._next[table.name] = current + 1
        start = self._next[table.name]
        self._next[table.name] = start + n
        return range(start, start + n)


def _t(model: type[m.Base]) -> Table:
    """The model's table, typed as a Table (SQLAlchemy types it as a FromClause)."""
    return cast(Table, model.__table__)


def _utc(d: datetime) -> datetime:
    return d.astimezone(UTC)


def database_is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        for table in (_t(m.InfoRequest), _t(m.Household), _t(m.Child)):
            if conn.execute(select(func.count()).select_from(table)).scalar():
                return False
    return True


def clear_all(db: Database) -> None:
    """Delete every row (children of foreign keys first); the schema stays.

    A database with an audit trail is refused: the trail is append-only (a trigger
    refuses deletions), and a database people have worked in is no place for demo data.
    """
    audit = _t(m.AuditEntry)
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


class DemoBuilder:
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
        self.ids = _Ids(db)
        self.now = clock.now()
        self.today = self.now.date()
        self.counts: dict[str, int] = {}
        places = [self.geo.lookup(pc4) for pc4 in self._region_pc4s()]
        self.city_places: list[Place] = [p for p in places if p is not None and p.in_city]
        self.region_places: list[Place] = [p for p in places if p is not None and not p.in_city]
        if not self.city_places:
            raise UserError(_("De postcodetabel bevat geen postcodes van Utrecht."))
        self._schedules = self._make_schedules()

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
        return _utc(min(moment, self.now))

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
        processors = [_fast_processor(c.type, dialect) for c in columns]
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

    # ------------------------------------------------------------------ build

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
        table = _t(m.ConsentText)
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

    def _events(self) -> list[dict[str, Any]]:
        table = _t(m.Event)
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
                        "starts_at": _utc(starts),
                        "ends_at": _utc(starts + timedelta(hours=2)),
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
                    "starts_at": _utc(starts),
                    "ends_at": _utc(starts + timedelta(hours=3)),
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
                            "starts_at": _utc(starts),
                            "ends_at": _utc(starts + timedelta(hours=11)),
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

    def _requests(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        n = self.size.requests
        table = _t(m.InfoRequest)
        ids = self.ids.take(table, n)
        popups = [e for e in events if e["kind"] == EventKind.POPUP and e["starts_at"] < self.now]
        infoavonden = [
            e
            for e in events
            if e["kind"] == EventKind.INFORMATIEAVOND and e["starts_at"] < self.now
        ]
        sources = (
            [Source.WEBSITE] * 50
            + [Source.POPUP] * 12
            + [Source.PODCAST] * 6
            + [Source.SOCIAL] * 14
            + [Source.BEKENDEN] * 10
            + [Source.INFOAVOND] * 4
            + [Source.ANDERS] * 4
        )
        interests_pool = (
            [Interest.VOLTIJD] * 20
            + [Interest.DEELTIJD] * 25
            + [Interest.STEUNOUDER] * 30
            + [Interest.CRISIS] * 6
            + [Interest.NETWERK] * 5
            + [Interest.WEET_NIET] * 14
        )
        requests: list[dict[str, Any]] = []
        interest_rows: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        rng = self.rng
        for rid in ids:
            first, prefix, last = self._name()
            place = self._place()
            received = self._when(3 * 365)
            source = rng.choice(sources)
            event_id = None
            if source == Source.POPUP and popups:
                event = rng.choice(popups)
                event_id = event["id"]
                received = event["starts_at"] + timedelta(minutes=rng.randrange(600))
            age_days = (self.now - received).days
            status, steps = self._request_path(age_days)
            has_email = rng.random() < 0.93
            has_phone = rng.random() < 0.7 or not has_email
            at = received
            previous: RequestStatus | None = None
            for step in steps:
                if previous is not None:
                    at = min(
                        at + timedelta(days=rng.randrange(1, 30), hours=rng.randrange(8)), self.now
                    )
                reason = (
                    rng.choice(DROPOUT_REASONS_REQUEST) if step == RequestStatus.AFGEHAAKT else None
                )
                history.append(
                    {
                        "request_id": rid,
                        "from_status": previous,
                        "to_status": step,
                        "at": at,
                        "reason": reason,
                        "note": "",
                        "next_contact_on": (at.date() + timedelta(days=rng.randrange(30, 240)))
                        if step == RequestStatus.NIET_NU
                        else None,
                    }
                )
                previous = step
            follow_up: date | None = None
            if status == RequestStatus.NIEUW:
                follow_up = received.date() + timedelta(days=1)
            elif status in (
                RequestStatus.PAKKET_VERSTUURD,
                RequestStatus.GEBELD,
                RequestStatus.INFORMATIEAVOND,
            ):
                follow_up = self.today + timedelta(days=rng.randrange(-10, 21))
            elif status == RequestStatus.NIET_NU:
                follow_up = history[-1]["next_contact_on"]
            for interest in {rng.choice(interests_pool) for _n in range(rng.choice((1, 1, 2, 3)))}:
                interest_rows.append({"request_id": rid, "interest": interest})
            pack_sent = None
            if status not in (RequestStatus.NIEUW,):
                pack_sent = min(received + timedelta(days=rng.randrange(1, 6)), self.now)
            requests.append(
                {
                    "id": rid,
                    "version": 1,
                    "created_at": received,
                    "updated_at": at,
                    "first_name": first,
                    "name_prefix": prefix,
                    "last_name": last,
                    "name_key": search_key(" ".join(p for p in (first, prefix, last) if p)),
                    "email": self._email(first, last, rid) if has_email else None,
                    "phone": self._phone() if has_phone else None,
                    "street": rng.choice(STREETS),
                    "house_number": rng.randrange(1, 250),
                    "house_number_suffix": rng.choice(("", "", "", "", "", "A", "B", "bis")),
                    "postcode": self._postcode(place.pc4),
                    "city": place.plaats,
                    "pc4": place.pc4,
                    "wijk_code": place.wijk_code,
                    "provider": place.provider,
                    "provider_set_by_hand": False,
                    "source": source,
                    "source_detail": "",
                    "event_id": event_id,
                    "received_at": received,
                    "consent_contact": True,
                    "consent_store": rng.random() < 0.96,
                    "consent_at": received,
                    "consent_text_version": CONSENT_VERSION,
                    "consent_withdrawn_at": None,
                    "status": status,
                    "status_since": at,
                    "follow_up_on": follow_up,
                    "dropout_reason": history[-1]["reason"],
                    "pack_sent_at": pack_sent,
                    "household_id": None,
                    "merged_into_id": None,
                    "anonymised_at": None,
                    "notes": "",
                    "_infoavond": rng.choice(infoavonden)["id"]
                    if infoavonden
                    and status in (RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD)
                    else None,
                    "_interests": None,
                }
            )
        self._write(
            table, [{k: v for k, v in r.items() if not k.startswith("_")} for r in requests]
        )
        self._write(_t(m.RequestInterest), interest_rows)
        hist_ids = self.ids.take(_t(m.RequestStatusChange), len(history))
        for row, hid in zip(history, hist_ids, strict=True):
            row["id"] = hid
        self._write(_t(m.RequestStatusChange), history)
        registrations = [
            {
                "event_id": r["_infoavond"],
                "request_id": r["id"],
                "household_id": None,
                "registered_at": r["received_at"],
                "invited_at": r["received_at"],
                "attended": True,
            }
            for r in requests
            if r["_infoavond"] is not None
        ]
        self._write_registrations(registrations)
        return requests

    def _write_registrations(self, rows: list[dict[str, Any]]) -> None:
        table = _t(m.EventRegistration)
        for row, rid in zip(rows, self.ids.take(table, len(rows)), strict=True):
            row.update(id=rid, version=1, created_at=self.now, updated_at=self.now)
        self._write(table, rows)

    def _request_path(self, age_days: int) -> tuple[RequestStatus, list[RequestStatus]]:
        """A plausible status path for a request of this age (older ones got further)."""
        rng = self.rng
        path = [RequestStatus.NIEUW]
        if age_days < 2 and rng.random() < 0.8:
            return RequestStatus.NIEUW, path
        if rng.random() < 0.04:
            return RequestStatus.NIEUW, path
        path.append(RequestStatus.PAKKET_VERSTUURD)
        if age_days < 14 or rng.random() < 0.30:
            return path[-1], path
        if rng.random() < 0.12:
            path.append(RequestStatus.AFGEHAAKT)
            return path[-1], path
        path.append(RequestStatus.GEBELD)
        if rng.random() < 0.18:
            path.append(rng.choice((RequestStatus.AFGEHAAKT, RequestStatus.NIET_NU)))
            return path[-1], path
        if age_days < 30 or rng.random() < 0.35:
            return path[-1], path
        path.append(RequestStatus.INFORMATIEAVOND)
        if rng.random() < 0.45:
            if rng.random() < 0.5:
                path.append(RequestStatus.AFGEHAAKT)
            return path[-1], path
        path.append(RequestStatus.AANGEMELD)
        return path[-1], path

    def _households(self, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
        n = self.size.households
        rng = self.rng
        table = _t(m.Household)
        ids = self.ids.take(table, n)
        registered = [r for r in requests if r["status"] == RequestStatus.AANGEMELD]
        rng.shuffle(registered)
        households: list[dict[str, Any]] = []
        adults: list[dict[str, Any]] = []
        own_children: list[dict[str, Any]] = []
        checks: list[dict[str, Any]] = []
        stage_changes: list[dict[str, Any]] = []
        offers: list[dict[str, Any]] = []
        request_links: list[tuple[int, int]] = []
        adult_ids = iter(self.ids.take(_t(m.Adult), 2 * n))
        stage_weights = (
            (PipelineStage.INFORMATIEBIJEENKOMST, 6),
            (PipelineStage.KENNISMAKING, 6),
            (PipelineStage.AANMELDING, 6),
            (PipelineStage.SCREENING, 6),
            (PipelineStage.TRAINING, 5),
            (PipelineStage.GEZINSONDERZOEK, 5),
            (PipelineStage.GESCHIKTHEID, 3),
            (PipelineStage.OVEREENKOMST, 3),
            (PipelineStage.BESCHIKBAAR, 40),
            (PipelineStage.GEPAUZEERD, 5),
            (PipelineStage.GESTOPT, 15),
        )
        stages = [s for s, w in stage_weights for _n in range(w)]
        for index, hid in enumerate(ids):
            request = registered[index] if index < len(registered) else None
            route = HouseholdRoute.STEUNOUDER if rng.random() < 0.35 else HouseholdRoute.PLEEGOUDER
            route_steps = SUPPORT_ROUTE if route == HouseholdRoute.STEUNOUDER else FOSTER_ROUTE
            stage = rng.choice(stages)
            if stage not in route_steps and stage not in (
                PipelineStage.GEPAUZEERD,
                PipelineStage.GESTOPT,
            ):
                stage = PipelineStage.OVEREENKOMST
            if request is not None:
                first, prefix, last = (
                    request["first_name"],
                    request["name_prefix"],
                    request["last_name"],
                )
                place = self.geo.lookup(request["pc4"]) or self._place()
                postcode = request["postcode"]
                started = request["status_since"]
                request_links.append((request["id"], hid))
            else:
                first, prefix, last = self._name()
                place = self._place()
                postcode = self._postcode(place.pc4)
                started = self._when(4 * 365)
            # Walk the route up to the stage, dating every move.
            at = started
            reached: PipelineStage = route_steps[0]
            target_index = (
                route_steps.index(stage)
                if stage in route_steps
                else rng.randrange(1, len(route_steps) - 1)
            )
            previous: PipelineStage | None = None
            for step in route_steps[: target_index + 1]:
                at = min(at + timedelta(days=rng.randrange(5, 35)), self.now)
                stage_changes.append(
                    {
                        "household_id": hid,
                        "from_stage": previous,
                        "to_stage": step,
                        "at": at,
                        "reason": None,
                        "note": "",
                    }
                )
                previous, reached = step, step
            dropout = None
            if stage in (PipelineStage.GEPAUZEERD, PipelineStage.GESTOPT):
                at = min(at + timedelta(days=rng.randrange(5, 60)), self.now)
                dropout = (
                    rng.choice(DROPOUT_REASONS_HOUSEHOLD)
                    if stage == PipelineStage.GESTOPT
                    else None
                )
                stage_changes.append(
                    {
                        "household_id": hid,
                        "from_stage": reached,
                        "to_stage": stage,
                        "at": at,
                        "reason": dropout,
                        "note": "",
                    }
                )
            family_name = " ".join(p for p in (prefix.capitalize() if prefix else "", last) if p)
            pets = [p for p in (Pet.HOND, Pet.KAT, Pet.KONIJN) if rng.random() < 0.2]
            households.append(
                {
                    "id": hid,
                    "version": 1,
                    "created_at": started,
                    "updated_at": at,
                    "name": f"Familie {family_name}",
                    "name_key": search_key(f"{family_name} {first}"),
                    "route": route,
                    "email": request["email"]
                    if request
                    else self._email(first, last, 900000 + hid),
                    "phone": request["phone"] if request and request["phone"] else self._phone(),
                    "street": rng.choice(STREETS),
                    "house_number": rng.randrange(1, 250),
                    "house_number_suffix": "",
                    "postcode": postcode,
                    "city": place.plaats,
                    "pc4": place.pc4,
                    "wijk_code": place.wijk_code,
                    "provider": place.provider,
                    "languages": ["nl"]
                    + ([rng.choice(LANGUAGES[4:])] if rng.random() < 0.3 else []),
                    "culture_religion": rng.choice(CULTURES),
                    "pets": [str(p) for p in pets],
                    "smoking": rng.random() < 0.12,
                    "accessibility": "",
                    "bedrooms": rng.randrange(2, 6),
                    "spare_bedrooms": rng.randrange(0, 3),
                    "experience": [str(x) for x in rng.sample(list(Need), rng.randrange(0, 3))],
                    "skills": "",
                    "documents_received": [],
                    "stage": stage,
                    "stage_since": at,
                    "dropout_reason": dropout,
                    "dropout_note": "",
                    "next_action": ""
                    if stage in (PipelineStage.BESCHIKBAAR, PipelineStage.GESTOPT)
                    else "Bellen over volgende stap",
                    "next_action_on": None
                    if stage in (PipelineStage.BESCHIKBAAR, PipelineStage.GESTOPT)
                    else self.today + timedelta(days=rng.randrange(-14, 28)),
                    "available_since": at.date() if stage == PipelineStage.BESCHIKBAAR else None,
                    "last_placement_ended_on": None,
                    "anonymised_at": None,
                    "notes": "",
                }
            )
            n_adults = 2 if rng.random() < 0.7 else 1
            partner_last = last if rng.random() < 0.6 else rng.choice(LAST_NAMES)
            for a in range(n_adults):
                aid = next(adult_ids)
                a_first = first if a == 0 else rng.choice(FIRST_NAMES)
                age = rng.randrange(26, 62)
                adults.append(
                    {
                        "id": aid,
                        "version": 1,
                        "created_at": started,
                        "updated_at": started,
                        "household_id": hid,
                        "first_name": a_first,
                        "name_prefix": prefix if a == 0 else "",
                        "last_name": last if a == 0 else partner_last,
                        "birth_date": date(
                            self.today.year - age, rng.randrange(1, 13), rng.randrange(1, 29)
                        ),
                        "email": None,
                        "phone": None,
                        "moved_in_on": None,
                    }
                )
                screened = route_steps.index(reached) >= route_steps.index(PipelineStage.SCREENING)
                if screened:
                    kind = (
                        ScreeningKind.VOG
                        if route == HouseholdRoute.STEUNOUDER
                        else ScreeningKind.VGB
                    )
                    requested = started.date() + timedelta(days=rng.randrange(20, 60))
                    issued = requested + timedelta(days=rng.randrange(14, 70))
                    checks.append(
                        {
                            "adult_id": aid,
                            "kind": kind,
                            "requested_on": requested,
                            "issued_on": issued,
                            "expires_on": issued + timedelta(days=730),
                            "provider": place.provider,
                            "note": "",
                        }
                    )
            for _n in range(rng.choice((0, 0, 1, 2, 2, 3))):
                own_children.append(
                    {
                        "household_id": hid,
                        "birth_year": self.today.year - rng.randrange(0, 24),
                        "living_at_home": True,
                    }
                )
            if stage in (
                PipelineStage.BESCHIKBAAR,
                PipelineStage.OVEREENKOMST,
                PipelineStage.GEPAUZEERD,
                PipelineStage.GESCHIKTHEID,
            ):
                offers.extend(self._offers_for(hid, route, stage, at))
        self._write(table, households)
        self._write(_t(m.Adult), adults)
        self._write_with_ids(_t(m.HouseholdChild), own_children)
        self._write_with_ids(_t(m.ScreeningCheck), checks, versioned=True)
        self._write_with_ids(_t(m.HouseholdStageChange), stage_changes)
        self._write_with_ids(_t(m.AvailabilityOffer), offers, versioned=True)
        if request_links:
            with self.db.engine.begin() as conn:
                conn.execute(
                    _t(m.InfoRequest)
                    .update()
                    .where(_t(m.InfoRequest).c.id == _bind("rid"))
                    .values(household_id=_bind("hid")),
                    [{"rid": rid, "hid": hid} for rid, hid in request_links],
                )
        self._offers = offers
        return households

    def _offers_for(
        self, hid: int, route: HouseholdRoute, stage: PipelineStage, since: datetime
    ) -> list[dict[str, Any]]:
        rng = self.rng
        if route == HouseholdRoute.STEUNOUDER:
            forms = [CareForm.STEUNOUDER]
        else:
            forms = [
                rng.choice(
                    (
                        CareForm.VOLTIJD_LANG,
                        CareForm.VOLTIJD_KORT,
                        CareForm.VOLTIJD_CRISIS,
                        CareForm.DEELTIJD_WEEKEND,
                        CareForm.DEELTIJD_WEEKEND,
                        CareForm.DEELTIJD_VAKANTIE,
                        CareForm.DEELTIJD_DAGDELEN,
                    )
                )
            ]
            if rng.random() < 0.25:
                forms.append(
                    rng.choice(
                        (CareForm.DEELTIJD_WEEKEND, CareForm.STEUNOUDER, CareForm.DEELTIJD_VAKANTIE)
                    )
                )
        rows = []
        for care in dict.fromkeys(forms):
            age_min = rng.choice((0, 0, 2, 4, 6, 10))
            rows.append(
                {
                    "household_id": hid,
                    "care_form": care,
                    "schedule": self._schedule_for(care),
                    "weekend_pattern": (
                        rng.choice(
                            (
                                WeekendPattern.ELK,
                                WeekendPattern.OM_DE_WEEK,
                                WeekendPattern.EENS_PER_MAAND,
                            )
                        )
                        if care == CareForm.DEELTIJD_WEEKEND
                        else WeekendPattern.ELK
                        if care.family.value == "voltijd"
                        else WeekendPattern.GEEN
                    ),
                    "holidays": care in (CareForm.DEELTIJD_VAKANTIE,)
                    or care.family.value == "voltijd",
                    "capacity": rng.choice((1, 1, 1, 2, 2, 3)),
                    "age_min": age_min,
                    "age_max": min(21, age_min + rng.choice((6, 8, 12, 18))),
                    "siblings_accepted": rng.random() < 0.45,
                    "needs_ok": [str(x) for x in rng.sample(list(Need), rng.randrange(0, 4))],
                    "max_distance_km": rng.choice((None, 5.0, 10.0, 15.0, 25.0)),
                    "valid_from": since.date(),
                    "valid_to": None,
                    "paused": stage == PipelineStage.GEPAUZEERD,
                    "notes": "",
                }
            )
        return rows

    def _write_with_ids(
        self, table: Table, rows: list[dict[str, Any]], versioned: bool = False
    ) -> None:
        for row, new_id in zip(rows, self.ids.take(table, len(rows)), strict=True):
            row["id"] = new_id
            if versioned:
                row.update(version=1, created_at=self.now, updated_at=self.now)
        self._write(table, rows)

    def _children(self, households: list[dict[str, Any]]) -> None:
        n = self.size.children
        rng = self.rng
        table = _t(m.Child)
        ids = list(self.ids.take(table, n))
        groups: list[dict[str, Any]] = []
        group_ids = iter(self.ids.take(_t(m.SiblingGroup), n // 4 + 1))
        children: list[dict[str, Any]] = []
        care_pool = (
            [CareForm.VOLTIJD_LANG] * 20
            + [CareForm.VOLTIJD_KORT] * 12
            + [CareForm.VOLTIJD_CRISIS] * 6
            + [CareForm.DEELTIJD_WEEKEND] * 22
            + [CareForm.DEELTIJD_VAKANTIE] * 6
            + [CareForm.DEELTIJD_DAGDELEN] * 6
            + [CareForm.STEUNOUDER] * 28
        )
        status_pool = (
            [ChildStatus.WACHT] * 45
            + [ChildStatus.VOORGESTELD] * 5
            + [ChildStatus.GEPLAATST] * 35
            + [ChildStatus.GESLOTEN] * 15
        )
        i = 0
        while i < n:
            size = 1
            if rng.random() < 0.12 and n - i >= 2:
                size = min(rng.choice((2, 2, 2, 3, 3, 4)), n - i)
            group_id = None
            if size > 1:
                group_id = next(group_ids)
                groups.append({"id": group_id, "code": f"SG-{self.size.seed}-{group_id:06d}"})
            home = self._place() if rng.random() < 0.2 else rng.choice(self.city_places)
            school = home if rng.random() < 0.5 else (self.geo.lookup(self._near(home)) or home)
            care = rng.choice(care_pool)
            status = rng.choice(status_pool)
            urgency = (
                Urgency.CRISIS
                if care == CareForm.VOLTIJD_CRISIS
                else (Urgency.HOOG if rng.random() < 0.15 else Urgency.NORMAAL)
            )
            waiting = self.today - timedelta(days=rng.randrange(0, 400))
            needs = [str(x) for x in rng.sample(list(Need), rng.choice((0, 0, 1, 1, 2)))]
            for _n in range(size):
                cid = ids[i]
                age_months = rng.randrange(0, 18 * 12)
                born = self.today - timedelta(days=age_months * 30.44)
                children.append(
                    {
                        "id": cid,
                        "version": 1,
                        "created_at": self.now,
                        "updated_at": self.now,
                        "code": f"K{self.size.seed % 100:02d}-{cid:06d}",
                        "birth_month": date(born.year, born.month, 1),
                        "gender": rng.choice(
                            (
                                Gender.JONGEN,
                                Gender.MEISJE,
                                Gender.JONGEN,
                                Gender.MEISJE,
                                Gender.ONBEKEND,
                            )
                        ),
                        "home_pc4": home.pc4,
                        "school_pc4": school.pc4,
                        "club_pc4": rng.choice(self.city_places).pc4
                        if rng.random() < 0.3
                        else None,
                        "wijk_code": home.wijk_code,
                        "care_form": care,
                        "schedule_needed": self._schedule_for(care),
                        "weekend_pattern": (
                            rng.choice((WeekendPattern.OM_DE_WEEK, WeekendPattern.EENS_PER_MAAND))
                            if care == CareForm.DEELTIJD_WEEKEND
                            else WeekendPattern.GEEN
                        ),
                        "holidays_needed": care == CareForm.DEELTIJD_VAKANTIE,
                        "wanted_start": waiting + timedelta(days=rng.randrange(0, 60)),
                        "urgency": urgency,
                        "sibling_group_id": group_id,
                        "needs": needs,
                        "languages": ["nl"]
                        + ([rng.choice(LANGUAGES[4:])] if rng.random() < 0.25 else []),
                        "culture_wish": rng.choice(CULTURES) if rng.random() < 0.2 else "",
                        "allergies": [str(Pet.KAT)]
                        if rng.random() < 0.06
                        else ([str(Pet.HOND)] if rng.random() < 0.03 else []),
                        "smoke_free": rng.random() < 0.3,
                        "max_distance_km": rng.choice((None, None, 10.0, 15.0)),
                        "placing_provider": home.provider,
                        "case_worker_initials": "".join(rng.choices(string.ascii_uppercase, k=2)),
                        "status": status,
                        "waiting_since": waiting,
                    }
                )
                i += 1
        self._write(_t(m.SiblingGroup), groups)
        self._write(table, children)
        self._placements(children)

    def _near(self, place: Place) -> str:
        candidates = [
            p
            for p in self.city_places
            if abs(p.lat - place.lat) < 0.02 and abs(p.lon - place.lon) < 0.03
        ]
        return self.rng.choice(candidates).pc4 if candidates else place.pc4

    def _placements(self, children: list[dict[str, Any]]) -> None:
        """Place 'geplaatst' children with offers of the same kind, within capacity."""
        rng = self.rng
        free: dict[str, list[dict[str, Any]]] = {}
        for offer in getattr(self, "_offers", []):
            if not offer["paused"]:
                free.setdefault(offer["care_form"].family.value, []).append(
                    {"offer": offer, "left": offer["capacity"]}
                )
        placements: list[dict[str, Any]] = []
        proposals: list[dict[str, Any]] = []
        proposal_ids = iter(self.ids.take(_t(m.MatchProposal), len(children)))
        demoted: list[int] = []
        for child in children:
            if child["status"] not in (ChildStatus.GEPLAATST, ChildStatus.VOORGESTELD):
                continue
            pool = free.get(child["care_form"].family.value, [])
            slot = None
            for _n in range(8):
                if not pool:
                    break
                candidate = rng.choice(pool)
                if candidate["left"] > 0:
                    slot = candidate
                    break
            if slot is None:
                demoted.append(child["id"])
                continue
            offer = slot["offer"]
            pid = next(proposal_ids)
            placed = child["status"] == ChildStatus.GEPLAATST
            proposals.append(
                {
                    "id": pid,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                    "child_id": child["id"],
                    "household_id": offer["household_id"],
                    "offer_id": offer["id"],
                    "score": round(rng.uniform(0.55, 0.95), 3),
                    "components": {},
                    "explanation": [],
                    "status": ProposalStatus.GEPLAATST if placed else ProposalStatus.VOORGESTELD,
                    "proposed_at": self.now - timedelta(days=rng.randrange(5, 300)),
                    "proposed_by_id": None,
                    "decline_reason": None,
                    "planned_start": child["wanted_start"],
                    "schedule": child["schedule_needed"],
                }
            )
            if placed:
                slot["left"] -= 1
                placements.append(
                    {
                        "proposal_id": pid,
                        "child_id": child["id"],
                        "household_id": offer["household_id"],
                        "offer_id": offer["id"],
                        "care_form": child["care_form"],
                        "schedule": child["schedule_needed"],
                        "starts_on": child["wanted_start"],
                        "ends_on": None,
                        "status": PlacementStatus.ACTIEF,
                        "end_reason": "",
                    }
                )
        self._write(_t(m.MatchProposal), proposals)
        self._write_with_ids(_t(m.Placement), placements, versioned=True)
        if demoted:
            with self.db.engine.begin() as conn:
                conn.execute(
                    _t(m.Child)
                    .update()
                    .where(_t(m.Child).c.id.in_(demoted))
                    .values(status=ChildStatus.WACHT)
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


def _fast_processor(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column's bind processor, with quicker equivalents for the hot types."""
    if isinstance(column_type, UtcDateTime):
        if dialect.name == "sqlite":
            # SQLAlchemy's SQLite DATETIME text format, microseconds always written.
            def to_sqlite_text(value: datetime | None) -> str | None:
                if value is None:
                    return None
                if value.tzinfo is not UTC:
                    value = value.astimezone(UTC)
                return value.replace(tzinfo=None).isoformat(" ", "microseconds")

            return to_sqlite_text

        def to_naive_utc(value: datetime | None) -> datetime | None:
            if value is None:
                return None
            return value.astimezone(UTC).replace(tzinfo=None)

        return to_naive_utc
    if isinstance(column_type, StrEnumType):
        enum_cls = column_type.enum_cls

        def to_value(value: Any) -> str | None:
            if value is None:
                return None
            return value.value if isinstance(value, enum_cls) else enum_cls(value).value

        return to_value
    processor: Callable[[Any], Any] | None = column_type._cached_bind_processor(dialect)
    return processor


def _bind(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)


def build_demo(
    db: Database,
    size: DemoSize,
    *,
    replace: bool = False,
    progress: Callable[[str], None] | None = None,
) -> DemoResult:
    """Fill ``db`` with demo data. Refuses a database that holds data unless ``replace``."""
    import time as _time

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
    started = _time.perf_counter()
    counts = DemoBuilder(db, size, progress=progress).build()
    return DemoResult(counts=counts, seconds=_time.perf_counter() - started)


def iter_chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
