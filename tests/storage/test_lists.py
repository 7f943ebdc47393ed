"""The read side of the main pages: counts, first pages, ordering, paging and Dutch
formatting, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from itertools import pairwise

import pytest
from sqlalchemy import func, select, update

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    ChildStatus,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    RequestStatus,
)
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.storage import lists
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.demo import DemoSize, build_demo

SIZE = DemoSize(requests=300, households=80, children=60, seed=1)
NOW = datetime(2026, 3, 2, 10, 30, tzinfo=clock.LOCAL_TZ)
DATE_RE = re.compile(r"^\d{2}-\d{2}-\d{4}$")
SOURCES = [
    lists.RequestList,
    lists.HouseholdList,
    lists.ChildList,
    lists.MatchingList,
    lists.EventList,
]


@pytest.fixture
def fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: NOW)
    yield
    clock.set_clock(None)


@pytest.fixture
def empty_db(migrated_db_url: str, fixed_clock: None) -> Iterator[Database]:
    db = open_database(migrated_db_url)
    yield db
    db.dispose()


@pytest.fixture
def demo_db(empty_db: Database) -> Database:
    build_demo(empty_db, SIZE)
    return empty_db


def _scalar(db: Database, stmt) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def _ids(db: Database, stmt) -> list[int]:
    with db.engine.connect() as conn:
        return [int(i) for i in conn.execute(stmt).scalars()]


# --------------------------------------------------------------------------- no database


def test_formatting_follows_dutch_conventions() -> None:
    assert lists.format_date(date(2026, 3, 2)) == "02-03-2026"
    # 23:30 UTC on 1 March is already 2 March in Utrecht.
    assert lists.format_date(datetime(2026, 3, 1, 23, 30, tzinfo=UTC)) == "02-03-2026"
    assert lists.format_datetime(datetime(2026, 7, 1, 17, 30, tzinfo=UTC)) == ("01-07-2026 19:30")
    assert lists.format_date(None) == ""
    assert lists.format_number(200_000) == "200.000"
    assert lists.format_number(7) == "7"
    assert lists.format_percentage(38, 100) == "38%"
    assert lists.format_percentage(9, 200) == "4,5%"
    assert lists.format_percentage(0, 10) == "0%"
    assert lists.format_percentage(3, 0) == ""


def test_every_list_has_dutch_column_titles() -> None:
    titles = {cls.key: [c.title for c in cls().columns()] for cls in SOURCES}
    assert titles["requests"][:3] == ["Naam", "E-mail", "Telefoon"]
    assert titles["households"][0] == "Naam" and "Volgende actie" in titles["households"]
    assert titles["children"][:2] == ["Code", "Leeftijd"]
    assert "Naam" not in titles["children"]  # children carry no names, by design
    assert titles["matching"] == ["Kind", "Gezin", "Score", "Status", "Voorgesteld op"]
    assert titles["events"][-1] == "Aangemeld"
    assert set(lists.PAGE_KEYS) == {*titles, "overview"}


# --------------------------------------------------------------------------- counts and pages


def test_each_list_counts_its_rows_and_fills_its_first_page(demo_db: Database) -> None:
    expected = {
        "requests": SIZE.requests,
        "households": SIZE.households,
        "children": SIZE.children,
        "matching": _scalar(demo_db, select(func.count()).select_from(m.MatchProposal)),
        "events": _scalar(demo_db, select(func.count()).select_from(m.Event)),
    }
    for cls in SOURCES:
        source = cls()
        total = source.count(demo_db)
        assert total == expected[cls.key] > 0, cls.key
        page = source.fetch(demo_db, 0, 50)
        assert len(page.rows) == len(page.ids) == min(50, total)
        assert page.columns == source.columns()
        assert all(len(row) == len(page.columns) for row in page.rows)
        assert all(isinstance(v, str) for row in page.rows for v in row), cls.key
        assert page.cursor is not None


def test_lists_are_ordered_by_their_indexed_columns(demo_db: Database) -> None:
    r, h, c, e, p = m.InfoRequest, m.Household, m.Child, m.Event, m.MatchProposal
    expected = {
        "requests": select(r.id).order_by(r.received_at.desc(), r.id.desc()),
        "households": select(h.id).order_by(h.name_key, h.id),
        "children": select(c.id).order_by(c.code),
        "events": select(e.id).order_by(e.starts_at.desc(), e.id.desc()),
        "matching": select(p.id).order_by(p.proposed_at.desc(), p.id.desc()),
    }
    for cls in SOURCES:
        page = cls().fetch(demo_db, 0, 1000)
        assert page.ids == _ids(demo_db, expected[cls.key]), cls.key


def test_keyset_paging_walks_the_whole_list_like_offset_paging(demo_db: Database) -> None:
    for cls in SOURCES:
        source = cls()
        every = source.fetch(demo_db, 0, 10_000).ids
        walked: list[int] = []
        cursor = None
        while True:
            page = source.fetch(demo_db, 0, 37, after=cursor)
            if not page.rows:
                break
            by_offset = source.fetch(demo_db, len(walked), 37)
            assert page.ids == by_offset.ids, cls.key
            walked += page.ids
            cursor = page.cursor
        assert walked == every, cls.key
        assert len(set(walked)) == len(walked)


def test_rows_are_formatted_for_a_dutch_reader(demo_db: Database) -> None:
    wijk_names = {name for _code, name, _provider in WIJKEN}
    requests = lists.RequestList().fetch(demo_db, 0, 300)
    titles = [c.key for c in requests.columns]
    statuses = {row[titles.index("status")] for row in requests.rows}
    assert statuses <= {
        "nieuw",
        "pakket verstuurd",
        "gebeld",
        "informatieavond",
        "aangemeld",
        "afgehaakt",
        "niet nu",
    }
    assert "pakket verstuurd" in statuses
    for row, rid in zip(requests.rows, requests.ids, strict=True):
        values = dict(zip(titles, row, strict=True))
        assert DATE_RE.match(values["received"])
        assert values["follow_up"] == "" or DATE_RE.match(values["follow_up"])
        assert values["phone"] == "" or not values["phone"].startswith("+31"), values["phone"]
        assert values["provider"] in ("", "KOOS Utrecht", "Spoor030")
        assert re.match(r"^\d{4} [A-Z]{2}$", values["postcode"])
        assert values["name"], rid
    in_city = [dict(zip(titles, row, strict=True)) for row in requests.rows]
    assert any(v["wijk"] in wijk_names for v in in_city)
    # A Dutch mobile number is shown the Dutch way, not as stored (+316...).
    assert any(re.match(r"^06 \d{8}$", v["phone"]) for v in in_city)

    children = lists.ChildList().fetch(demo_db, 0, 100)
    ages = [row[1] for row in children.rows]
    assert all(re.match(r"^\d+ (jaar|mnd)$", a) for a in ages), ages
    waiting = [row for row in children.rows if row[5] == "wacht"]
    assert waiting and all(DATE_RE.match(row[6]) for row in waiting)

    proposals = lists.MatchingList().fetch(demo_db, 0, 100)
    assert all(re.match(r"^0,\d\d$", row[2]) for row in proposals.rows)
    assert all(row[1].startswith("Familie ") for row in proposals.rows)

    events = lists.EventList().fetch(demo_db, 0, 500)
    kinds = {row[0] for row in events.rows}
    assert {"informatieavond", "training"} <= kinds
    # Information evenings start at 19:30 Utrecht time (stored as UTC).
    evenings = [row for row in events.rows if row[0] == "informatieavond"]
    assert evenings and all(row[2].endswith(" 19:30") for row in evenings)
    registered = sum(int(row[5]) for row in events.rows)
    assert registered == _scalar(
        demo_db,
        select(func.count())
        .select_from(m.EventRegistration)
        .where(m.EventRegistration.registered_at.is_not(None)),
    )


def test_page_counts_match_the_database(demo_db: Database) -> None:
    counts = lists.page_counts(demo_db)
    assert list(counts) == list(lists.PAGE_KEYS)
    today = NOW.date()
    with demo_db.session() as s:
        reqs = s.execute(select(m.InfoRequest.status, m.InfoRequest.follow_up_on)).all()
        stages = s.scalars(select(m.Household.stage)).all()
        children = s.scalars(select(m.Child.status)).all()
        proposals = s.scalars(select(m.MatchProposal.status)).all()
        placements = s.scalars(select(m.Placement.status)).all()
        starts = s.scalars(select(m.Event.starts_at)).all()
    open_statuses = set(lists.OPEN_REQUEST_STATUSES)
    assert dict(counts["requests"]) == {
        "totaal": len(reqs),
        "nieuw": sum(st == RequestStatus.NIEUW for st, _ in reqs),
        "opvolgen vandaag of eerder": sum(
            st in open_statuses and f is not None and f <= today for st, f in reqs
        ),
    }
    assert dict(counts["households"]) == {
        "totaal": len(stages),
        "beschikbaar": stages.count(PipelineStage.BESCHIKBAAR),
        "in werving": sum(st in lists.RECRUITING_STAGES for st in stages),
    }
    assert dict(counts["children"]) == {
        "wachtend": children.count(ChildStatus.WACHT),
        "voorgesteld": children.count(ChildStatus.VOORGESTELD),
        "geplaatst": children.count(ChildStatus.GEPLAATST),
    }
    assert dict(counts["matching"]) == {
        "open voorstellen": sum(
            st
            in (
                ProposalStatus.VOORGESTELD,
                ProposalStatus.KENNISMAKING,
                ProposalStatus.GEACCEPTEERD,
            )
            for st in proposals
        ),
        "actieve plaatsingen": placements.count(PlacementStatus.ACTIEF),
    }
    assert dict(counts["events"]) == {
        "komend": sum(s >= NOW for s in starts),
        "afgelopen": sum(s < NOW for s in starts),
    }
    assert counts["requests"][0][1] == lists.RequestList().count(demo_db)


def test_the_funnel_narrows_step_by_step(demo_db: Database) -> None:
    funnel = lists.page_counts(demo_db, ["overview"])["overview"]
    assert [label for label, _ in funnel] == [
        "aanvragen",
        "pakket verstuurd",
        "informatieavond",
        "aangemeld",
        "beschikbaar",
        "geplaatst",
    ]
    numbers = [n for _, n in funnel]
    assert numbers[0] == SIZE.requests
    assert all(a >= b for a, b in pairwise(numbers)), numbers
    assert numbers[3] == _scalar(
        demo_db,
        select(func.count())
        .select_from(m.InfoRequest)
        .where(m.InfoRequest.status == RequestStatus.AANGEMELD),
    )
    assert numbers[5] > 0  # the demo places children with families that came from requests


def test_merged_and_anonymised_requests(demo_db: Database) -> None:
    source = lists.RequestList()
    first, second = source.fetch(demo_db, 0, 2).ids
    with demo_db.engine.begin() as conn:
        conn.execute(
            update(m.InfoRequest).where(m.InfoRequest.id == second).values(merged_into_id=first)
        )
        conn.execute(
            update(m.InfoRequest)
            .where(m.InfoRequest.id == first)
            .values(first_name="", name_prefix="", last_name="", anonymised_at=NOW)
        )
    assert source.count(demo_db) == SIZE.requests - 1
    page = source.fetch(demo_db, 0, 5)
    assert second not in page.ids
    assert page.ids[0] == first and page.rows[0][0] == "(geanonimiseerd)"
    totals = dict(lists.page_counts(demo_db, ["requests"])["requests"])
    assert totals["totaal"] == SIZE.requests - 1
    assert lists.page_counts(demo_db, ["overview"])["overview"][0][1] == SIZE.requests - 1


def test_an_empty_database_gives_empty_lists_and_zero_counts(empty_db: Database) -> None:
    for cls in SOURCES:
        assert cls().count(empty_db) == 0
        page = cls().fetch(empty_db, 0, 200)
        assert page.rows == [] and page.ids == [] and page.cursor is None
    for page_key, counts in lists.page_counts(empty_db).items():
        assert counts and all(n == 0 for _, n in counts), page_key


def test_unknown_page_is_refused(empty_db: Database) -> None:
    with pytest.raises(KeyError):
        lists.page_counts(empty_db, ["kiosk"])
    with pytest.raises(KeyError):
        lists.source_for("overview")
