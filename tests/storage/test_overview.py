"""The overview's figures against a small hand-made dataset with known answers.

Every row is written here with explicit dates (no demo data), on SQLite and on the real
PostgreSQL server. The clock stands on Monday 16 March 2026, 12:00; the period is
January 2026. The expected figures are worked out by hand in the comments.

Requests (all times Dutch local time):

==== ======== ========== ==================================================== =====
req  source   received   what happened                                        top
==== ======== ========== ==================================================== =====
R1   website  Mo 05-01   pack 06-01 09:00, gebeld, infoavond 15-01, aangemeld   6
                         20-01; family H1: aanmelding 30-01, VGB, training
                         20-02, beschikbaar 05-03, child placed 10-03
R2   popup E1 Sa 10-01   pack 12-01, infoavond 20-01, aangemeld 01-02; family   3
                         H2 stopped (VGB geweigerd)
R3   popup E1 Sa 10-01   pack 14-01 (late), gebeld, afgehaakt (geen tijd)        1
R4   social   Mo 12-01   nothing (still nieuw)                                    0
R5   website  Tu 20-01   pack 21-01, attended evening E2, infoavond 28-01,       2
                         afgehaakt (verwachtingen)
R6   bekenden Su 25-01   gebeld 26-01 16:00, no pack date                         1
R9   podcast  Sa 31-01   23:30 local; niet nu 02-02 (no reason)                   0
R10  infoav.  Th 22-01   gebeld 23-01 (pack then), attended evening E2 27-01     2
R11  popup E3 Su 11-01   pack 12-01 15:00                                         1
R7   -        Fr 30-01   merged into R1: not counted                              -
R8   website  31-12-2025 outside January                                         -
R12  website  01-02 00:30 local (31-01 23:30 UTC): outside January                -
==== ======== ========== ==================================================== =====
"""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareFamily,
    CareForm,
    ChildStatus,
    EventKind,
    PipelineStage,
    PlacementStatus,
    Provider,
    RequestStatus,
    Role,
    ScreeningKind,
    Source,
)
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.overview import (
    FunnelStep,
    Overview,
    OverviewCancelled,
    ShortageClass,
    overview_tables,
    table_by_key,
)
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.exchange.overview_export import write_overview_csv, write_overview_xlsx
from utregs_plekkie.packs.overview_report import write_overview_report
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database, open_database
from utregs_plekkie.storage.overview import compute_overview, record_output

NOW = datetime(2026, 3, 16, 12, 0, tzinfo=clock.LOCAL_TZ)
TODAY = NOW.date()
JAN = (date(2026, 1, 1), date(2026, 1, 31))
WERVER = Actor(user_id=None, username="werver1", role=Role.WERVER)
WEST, OVERVECHT = "WK034401", "WK034403"


def at(day: str, hour: int = 10, minute: int = 0) -> datetime:
    """A local moment: ``at("2026-01-05", 9)``."""
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=clock.LOCAL_TZ)


pytestmark = pytest.mark.usefixtures("now")


@pytest.fixture
def clock_start() -> datetime:
    """The program's clock (the shared `now` fixture) stands at NOW."""
    return NOW


@pytest.fixture
def db(db: Database) -> Database:
    """The shared migrated database, filled with the requests, families and children
    the figures below are about."""
    _fill(db)
    return db


def _request(
    rid: int,
    source: Source,
    received: datetime,
    steps: list[tuple[RequestStatus, datetime, str | None]],
    *,
    pack: datetime | None = None,
    provider: Provider = Provider.SPOOR030,
    wijk: str | None = WEST,
    event_id: int | None = None,
    follow_up: date | None = None,
    household_id: int | None = None,
    merged_into: int | None = None,
) -> m.InfoRequest:
    request = m.InfoRequest(
        id=rid,
        first_name=f"Aanvrager{rid}",
        last_name="Ruël",
        source=source,
        received_at=received,
        provider=provider,
        wijk_code=wijk,
        event_id=event_id,
        pack_sent_at=pack,
        follow_up_on=follow_up,
        household_id=household_id,
        merged_into_id=merged_into,
    )
    previous: RequestStatus | None = None
    history = [(RequestStatus.NIEUW, received, None), *steps]
    for status, moment, reason in history:
        request.status_changes.append(
            m.RequestStatusChange(from_status=previous, to_status=status, at=moment, reason=reason)
        )
        previous = status
    last_status, last_at, last_reason = history[-1]
    request.status = last_status
    request.status_since = last_at
    request.dropout_reason = last_reason
    return request


def _household(
    hid: int,
    stages: list[tuple[PipelineStage, datetime, str | None]],
    *,
    wijk: str | None = WEST,
    provider: Provider | None = Provider.KOOS,
    next_action_on: date | None = None,
) -> m.Household:
    household = m.Household(
        id=hid,
        name=f"Familie {hid}",
        wijk_code=wijk,
        provider=provider,
        next_action_on=next_action_on,
    )
    previous: PipelineStage | None = None
    for stage, moment, reason in stages:
        household.stage_changes.append(
            m.HouseholdStageChange(from_stage=previous, to_stage=stage, at=moment, reason=reason)
        )
        previous = stage
    household.stage, household.stage_since, household.dropout_reason = stages[-1]
    return household


def _child(
    cid: int,
    care: CareForm,
    status: ChildStatus,
    waiting_days: int | None,
    wijk: str | None,
    provider: Provider | None,
) -> m.Child:
    return m.Child(
        id=cid,
        code=f"K-{cid}",
        birth_month=date(2016, 5, 1),
        care_form=care,
        status=status,
        waiting_since=TODAY - timedelta(days=waiting_days) if waiting_days is not None else None,
        wijk_code=wijk,
        placing_provider=provider,
    )


def _fill(db: Database) -> None:
    with db.transaction() as s:
        s.add_all(
            [
                m.Event(
                    id=1,
                    kind=EventKind.POPUP,
                    name="Pop-up huiskamer Utrecht Centraal 2026",
                    starts_at=at("2026-01-10", 8),
                ),
                m.Event(
                    id=3,
                    kind=EventKind.POPUP,
                    name="Pop-up huiskamer Utrecht Centraal 2026",
                    starts_at=at("2026-01-11", 8),
                ),
                m.Event(
                    id=2,
                    kind=EventKind.INFORMATIEAVOND,
                    name="Informatieavond pleegzorg",
                    starts_at=at("2026-01-27", 19, 30),
                ),
            ]
        )
        K = Provider.KOOS
        s.add_all(
            [
                _household(
                    1,
                    [
                        (PipelineStage.INFORMATIEBIJEENKOMST, at("2026-01-21"), None),
                        (PipelineStage.KENNISMAKING, at("2026-01-25"), None),
                        (PipelineStage.AANMELDING, at("2026-01-30"), None),
                        (PipelineStage.SCREENING, at("2026-02-05"), None),
                        (PipelineStage.TRAINING, at("2026-02-20"), None),
                        (PipelineStage.GEZINSONDERZOEK, at("2026-03-01"), None),
                        (PipelineStage.BESCHIKBAAR, at("2026-03-05"), None),
                    ],
                    next_action_on=date(2026, 3, 1),  # overdue
                ),
                _household(
                    2,
                    [
                        (PipelineStage.AANMELDING, at("2026-02-03"), None),
                        (PipelineStage.SCREENING, at("2026-02-10"), None),
                        (PipelineStage.GESTOPT, at("2026-02-25"), "vgb_geweigerd"),
                    ],
                    next_action_on=date(2026, 3, 1),  # stopped: not counted
                ),
                _household(
                    3,
                    [(PipelineStage.TRAINING, at("2026-02-01"), None)],
                    next_action_on=date(2026, 3, 20),
                ),
                _household(4, [(PipelineStage.BESCHIKBAAR, at("2025-06-01"), None)]),
                _household(
                    5,
                    [(PipelineStage.BESCHIKBAAR, at("2025-06-01"), None)],
                    wijk=OVERVECHT,
                    provider=Provider.SPOOR030,
                ),
                _household(
                    6,
                    [(PipelineStage.BESCHIKBAAR, at("2025-06-01"), None)],
                    wijk=None,
                    provider=None,
                ),
            ]
        )
        s.flush()
        s.add_all(
            [
                _request(
                    1,
                    Source.WEBSITE,
                    at("2026-01-05"),
                    [
                        (RequestStatus.PAKKET_VERSTUURD, at("2026-01-06", 9), None),
                        (RequestStatus.GEBELD, at("2026-01-10"), None),
                        (RequestStatus.INFORMATIEAVOND, at("2026-01-15"), None),
                        (RequestStatus.AANGEMELD, at("2026-01-20"), None),
                    ],
                    pack=at("2026-01-06", 9),
                    provider=K,
                    household_id=1,
                ),
                _request(
                    2,
                    Source.POPUP,
                    at("2026-01-10", 11),
                    [
                        (RequestStatus.PAKKET_VERSTUURD, at("2026-01-12"), None),
                        (RequestStatus.INFORMATIEAVOND, at("2026-01-20"), None),
                        (RequestStatus.AANGEMELD, at("2026-02-01"), None),
                    ],
                    pack=at("2026-01-12"),
                    provider=K,
                    event_id=1,
                    household_id=2,
                ),
                _request(
                    3,
                    Source.POPUP,
                    at("2026-01-10", 12),
                    [
                        (RequestStatus.PAKKET_VERSTUURD, at("2026-01-14"), None),
                        (RequestStatus.GEBELD, at("2026-01-20"), None),
                        (RequestStatus.AFGEHAAKT, at("2026-01-25"), "geen_tijd"),
                    ],
                    pack=at("2026-01-14"),
                    provider=K,
                    event_id=1,
                    follow_up=date(2026, 2, 1),  # closed: not an overdue action
                ),
                _request(
                    4,
                    Source.SOCIAL,
                    at("2026-01-12", 9),
                    [],
                    wijk=OVERVECHT,
                    follow_up=date(2026, 1, 13),  # overdue
                ),
                _request(
                    5,
                    Source.WEBSITE,
                    at("2026-01-20", 14),
                    [
                        (RequestStatus.PAKKET_VERSTUURD, at("2026-01-21", 8), None),
                        (RequestStatus.INFORMATIEAVOND, at("2026-01-28"), None),
                        (RequestStatus.AFGEHAAKT, at("2026-02-02"), "verwachtingen"),
                    ],
                    pack=at("2026-01-21", 8),
                ),
                _request(
                    6,
                    Source.BEKENDEN,
                    at("2026-01-25"),
                    [(RequestStatus.GEBELD, at("2026-01-26", 16), None)],
                    follow_up=date(2026, 3, 20),
                ),
                _request(
                    9,
                    Source.PODCAST,
                    at("2026-01-31", 23, 30),
                    [(RequestStatus.NIET_NU, at("2026-02-02"), None)],
                    wijk=None,
                    follow_up=date(2026, 3, 1),  # overdue
                ),
                _request(
                    10,
                    Source.INFOAVOND,
                    at("2026-01-22"),
                    [(RequestStatus.GEBELD, at("2026-01-23", 11), None)],
                    pack=at("2026-01-23", 11),
                ),
                _request(
                    11,
                    Source.POPUP,
                    at("2026-01-11"),
                    [(RequestStatus.PAKKET_VERSTUURD, at("2026-01-12", 15), None)],
                    pack=at("2026-01-12", 15),
                    event_id=3,
                    follow_up=TODAY,  # due today, not overdue
                ),
                _request(
                    8,
                    Source.WEBSITE,
                    at("2025-12-31"),
                    [(RequestStatus.PAKKET_VERSTUURD, at("2026-01-02"), None)],
                    pack=at("2026-01-02"),
                ),
                _request(12, Source.WEBSITE, at("2026-02-01", 0, 30), []),
            ]
        )
        s.flush()
        s.add(
            _request(
                7,
                Source.WEBSITE,
                at("2026-01-30"),
                [],
                merged_into=1,
                follow_up=date(2026, 2, 1),  # merged: not counted
            )
        )
        s.add_all(
            [
                m.EventRegistration(event_id=2, request_id=5, attended=True),
                m.EventRegistration(event_id=2, request_id=10, attended=True),
                m.EventRegistration(event_id=2, request_id=4, attended=False),
            ]
        )
        # Offers.
        o1 = m.AvailabilityOffer(household_id=1, care_form=CareForm.VOLTIJD_LANG, capacity=2)
        o1b = m.AvailabilityOffer(household_id=1, care_form=CareForm.STEUNOUDER, capacity=1)
        o4 = m.AvailabilityOffer(household_id=4, care_form=CareForm.DEELTIJD_WEEKEND, capacity=1)
        o4b = m.AvailabilityOffer(
            household_id=4,
            care_form=CareForm.VOLTIJD_KORT,
            capacity=1,
            valid_to=date(2026, 2, 28),
        )
        o4c = m.AvailabilityOffer(
            household_id=4, care_form=CareForm.STEUNOUDER, capacity=2, paused=True
        )
        o5 = m.AvailabilityOffer(household_id=5, care_form=CareForm.VOLTIJD_CRISIS, capacity=1)
        o3 = m.AvailabilityOffer(household_id=3, care_form=CareForm.VOLTIJD_LANG, capacity=1)
        o6 = m.AvailabilityOffer(household_id=6, care_form=CareForm.STEUNOUDER, capacity=3)
        s.add_all([o1, o1b, o4, o4b, o4c, o5, o3, o6])
        s.flush()
        s.add(m.OfferPause(offer_id=o4.id, starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 31)))
        # Children.
        sp = Provider.SPOOR030
        children = [
            _child(1, CareForm.VOLTIJD_LANG, ChildStatus.GEPLAATST, None, WEST, K),
            _child(2, CareForm.VOLTIJD_LANG, ChildStatus.WACHT, 60, WEST, K),
            _child(3, CareForm.VOLTIJD_KORT, ChildStatus.WACHT, 10, WEST, K),
            _child(4, CareForm.STEUNOUDER, ChildStatus.VOORGESTELD, 30, WEST, K),
            _child(5, CareForm.VOLTIJD_CRISIS, ChildStatus.GEPLAATST, None, OVERVECHT, sp),
            *(
                _child(6 + i, CareForm.VOLTIJD_LANG, ChildStatus.WACHT, days, OVERVECHT, sp)
                for i, days in enumerate((10, 20, 30, 40, 50, 60))
            ),
            _child(12, CareForm.DEELTIJD_WEEKEND, ChildStatus.WACHT, 15, None, None),
            _child(13, CareForm.VOLTIJD_LANG, ChildStatus.GESLOTEN, 99, WEST, K),
        ]
        s.add_all(children)
        s.flush()
        s.add_all(
            [
                m.Placement(
                    child_id=1,
                    household_id=1,
                    offer_id=o1.id,
                    care_form=CareForm.VOLTIJD_LANG,
                    starts_on=date(2026, 3, 10),
                ),
                m.Placement(
                    child_id=5,
                    household_id=5,
                    offer_id=o5.id,
                    care_form=CareForm.VOLTIJD_CRISIS,
                    starts_on=date(2025, 9, 1),
                ),
                m.Placement(  # ended: takes no place
                    child_id=13,
                    household_id=5,
                    offer_id=o5.id,
                    care_form=CareForm.VOLTIJD_CRISIS,
                    starts_on=date(2025, 1, 1),
                    ends_on=date(2025, 3, 1),
                    status=PlacementStatus.BEEINDIGD,
                ),
                m.Placement(  # starts next month: takes no place today
                    child_id=6,
                    household_id=5,
                    offer_id=o5.id,
                    care_form=CareForm.VOLTIJD_CRISIS,
                    starts_on=date(2026, 4, 1),
                ),
            ]
        )
        # Adults and screenings.
        adults = [
            m.Adult(id=1, household_id=1, first_name="Noëlle", last_name="Ruël"),
            m.Adult(id=2, household_id=1, first_name="Joris", last_name="Ruël"),
            m.Adult(id=3, household_id=3, first_name="Zoë", last_name="Brontë"),
            m.Adult(id=4, household_id=2, first_name="Ids", last_name="IJzerman"),
            m.Adult(id=5, household_id=4, first_name="Aïcha", last_name="Idrissi"),
        ]
        s.add_all(adults)
        s.flush()
        s.add_all(
            [
                m.ScreeningCheck(adult_id=1, kind=ScreeningKind.VGB, expires_on=date(2026, 4, 30)),
                m.ScreeningCheck(adult_id=2, kind=ScreeningKind.VGB, expires_on=date(2026, 4, 1)),
                m.ScreeningCheck(adult_id=2, kind=ScreeningKind.VGB, expires_on=date(2028, 4, 1)),
                m.ScreeningCheck(adult_id=3, kind=ScreeningKind.VOG, expires_on=date(2026, 5, 10)),
                m.ScreeningCheck(adult_id=4, kind=ScreeningKind.VGB, expires_on=date(2026, 4, 15)),
                m.ScreeningCheck(adult_id=5, kind=ScreeningKind.VGB, expires_on=date(2026, 2, 1)),
            ]
        )


def _january(db: Database, **kwargs: object) -> Overview:
    return compute_overview(db, *JAN, **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- funnel


def test_funnel_counts_conversion_and_time_in_step(db: Database) -> None:
    funnel = _january(db).funnel
    # tops: R1 6, R2 3, R3 1, R4 0, R5 2, R6 1, R9 0, R10 2, R11 1
    assert [s.reached for s in funnel.steps] == [9, 7, 4, 2, 1, 1, 1]
    assert funnel[FunnelStep.PAKKET].conversion == pytest.approx(7 / 9)
    assert funnel[FunnelStep.INFORMATIEAVOND].conversion == pytest.approx(4 / 7)
    assert funnel[FunnelStep.AANMELDING].conversion == pytest.approx(0.5)
    assert funnel[FunnelStep.GESCREEND].conversion == pytest.approx(0.5)
    assert funnel[FunnelStep.AANVRAAG].conversion is None
    assert funnel[FunnelStep.BESCHIKBAAR].share == pytest.approx(1 / 9)
    # Request -> pack, whole days: R1 0, R2 1, R3 3, R5 0, R6 1 (first change to gebeld,
    # no pack date), R10 1, R11 1 -> 0 0 1 1 1 1 3 -> median 1.
    assert funnel[FunnelStep.AANVRAAG].median_days == 1
    assert funnel[FunnelStep.AANVRAAG].moved_on == 7
    # Pack -> evening: R1 9, R2 8, R5 7 (history, before the evening it attended),
    # R10 4 (only the attended evening of 27-01 19:30) -> 4 7 8 9 -> 7.5.
    assert funnel[FunnelStep.PAKKET].median_days == 7.5
    assert funnel[FunnelStep.PAKKET].moved_on == 4
    # Evening -> registration: R1 5, R2 12 -> 8.5. Then R1 alone: 31, 13, 4 days.
    assert funnel[FunnelStep.INFORMATIEAVOND].median_days == 8.5
    assert funnel[FunnelStep.AANMELDING].median_days == 31
    assert funnel[FunnelStep.GESCREEND].median_days == 13
    assert funnel[FunnelStep.BESCHIKBAAR].median_days == 4
    assert funnel[FunnelStep.GEPLAATST].median_days is None


def test_dropouts_per_step_with_reasons(db: Database) -> None:
    funnel = _january(db).funnel

    def reasons(step: FunnelStep) -> dict[str, int]:
        return {r.code: r.count for r in funnel[step].reasons}

    assert reasons(FunnelStep.AANVRAAG) == {"niet_nu": 1}  # R9, no reason given
    assert reasons(FunnelStep.PAKKET) == {"geen_tijd": 1}  # R3
    assert reasons(FunnelStep.INFORMATIEAVOND) == {"verwachtingen": 1}  # R5
    assert reasons(FunnelStep.AANMELDING) == {"vgb_geweigerd": 1}  # R2's family
    assert funnel[FunnelStep.AANMELDING].reasons[0].label == "VGB/VOG geweigerd"
    assert funnel.dropped == 4
    assert funnel[FunnelStep.BESCHIKBAAR].dropped == 0


def test_period_boundaries_are_dutch_local_days(db: Database) -> None:
    # R12 came in at 00:30 on 1 February (Dutch time), 23:30 on 31 January in UTC.
    february = compute_overview(db, date(2026, 2, 1), date(2026, 2, 28))
    assert february.funnel.requests == 1
    two_months = compute_overview(db, date(2025, 12, 1), date(2026, 2, 28))
    assert [p.month for p in two_months.months] == [
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert [p.reached[:2] for p in two_months.months] == [(1, 1), (9, 7), (1, 0)]
    assert sum(p.requests for p in []) == 0
    total = [sum(p.reached[k] for p in two_months.months) for k in range(7)]
    assert total == [s.reached for s in two_months.funnel.steps]


def test_provider_and_wijk_narrow_the_funnel(db: Database) -> None:
    koos = _january(db, provider=Provider.KOOS)
    assert [s.reached for s in koos.funnel.steps] == [3, 3, 2, 2, 1, 1, 1]
    overvecht = _january(db, wijk="Overvecht")
    assert overvecht.filter.wijk_code == OVERVECHT
    assert overvecht.funnel.requests == 1  # R4
    with pytest.raises(UserError, match="onbekend"):
        _january(db, wijk="Atlantis")


# --------------------------------------------------------------------------- channels


def test_channels_per_source_and_event(db: Database) -> None:
    channels = _january(db).channels
    by_source = {row.key: row.reached for row in channels.by_source}
    assert by_source == {
        "website": (2, 2, 2, 1, 1, 1, 1),  # R1, R5
        "popup": (3, 3, 1, 1, 0, 0, 0),  # R2, R3, R11
        "podcast": (1, 0, 0, 0, 0, 0, 0),  # R9
        "social_media": (1, 0, 0, 0, 0, 0, 0),  # R4
        "via_bekenden": (1, 1, 0, 0, 0, 0, 0),  # R6
        "informatieavond": (1, 1, 1, 0, 0, 0, 0),  # R10
    }
    assert [row.label for row in channels.by_source][:2] == ["website", "pop-up evenement"]
    by_event = {row.key: row.reached for row in channels.by_event}
    assert by_event == {"1": (2, 2, 1, 1, 0, 0, 0), "3": (1, 1, 0, 0, 0, 0, 0)}
    (week,) = channels.by_event_group
    assert week.label == "Pop-up huiskamer Utrecht Centraal 2026"
    assert week.requests == 3 and week.registrations == 1
    assert week.detail == "10-01-2026 t/m 11-01-2026 (2 dagen)"
    by_wijk = {row.key: row.requests for row in channels.by_wijk}
    assert by_wijk[WEST] == 7 and by_wijk[OVERVECHT] == 1 and by_wijk["buiten"] == 1


# --------------------------------------------------------------------------- supply/demand


def test_supply_and_demand_per_wijk_and_care_family(db: Database) -> None:
    sd = _january(db).supply_demand
    cells = {(c.wijk_code, c.care_family): c for c in sd.cells}
    west_full = cells[(WEST, CareFamily.VOLTIJD)]
    # H1's voltijd offer: capacity 2, one active placement. H4's offers: one paused by an
    # offer pause, one no longer valid, one paused; H3 is not available yet.
    assert (west_full.families, west_full.free_places) == (1, 1)
    assert west_full.waiting == 2  # C2, C3
    assert west_full.median_waiting_days == 35  # 60 and 10 days
    assert cells[(WEST, CareFamily.STEUNOUDER)].free_places == 1
    assert cells[(WEST, CareFamily.STEUNOUDER)].waiting == 1  # C4 (voorgesteld)
    assert cells[(WEST, CareFamily.DEELTIJD)].free_places == 0
    overvecht = cells[(OVERVECHT, CareFamily.VOLTIJD)]
    # H5's crisis place is taken; the ended and the future placement take nothing.
    assert (overvecht.families, overvecht.free_places, overvecht.waiting) == (1, 0, 6)
    assert overvecht.median_waiting_days == 35
    assert overvecht.shortage == 6
    assert overvecht.shortage_class is ShortageClass.GROOT_TEKORT
    west = sd.wijk_total(WEST)
    assert west is not None
    assert (west.families, west.free_places, west.waiting) == (1, 2, 3)
    assert west.shortage_class is ShortageClass.WEINIG_VRAAG
    outside = sd.wijk_total(None)
    assert outside is not None and (outside.free_places, outside.waiting) == (3, 1)
    assert (sd.total.families, sd.total.free_places, sd.total.waiting) == (3, 5, 10)
    assert sd.total.median_waiting_days == 30


def test_free_places_agree_with_the_capacity_rule(db: Database) -> None:
    sd = _january(db).supply_demand
    with db.session() as s:
        available = s.scalars(
            m.AvailabilityOffer.__table__.select()
            .with_only_columns(m.AvailabilityOffer.id)
            .where(m.AvailabilityOffer.household_id.in_([1, 5, 6]))
        ).all()
        usage = offer_usage(s, available, on=TODAY)
    assert sum(u.free_places for u in usage.values()) == sd.total.free_places


def test_supply_and_demand_per_provider(db: Database) -> None:
    sd = _january(db, provider=Provider.KOOS).supply_demand
    assert (sd.total.free_places, sd.total.waiting) == (2, 3)  # H1; C2, C3, C4


# --------------------------------------------------------------------------- follow-up


def test_follow_up_health(db: Database) -> None:
    health = _january(db).health
    assert health.requests == 9
    # On time: R1 (next day), R2 and R11 (Saturday/Sunday -> Monday), R5, R6, R9
    # (Saturday night -> Monday), R10. Late: R3. Never answered: R4.
    assert (health.answered_on_time, health.answered_late) == (7, 1)
    assert (health.unanswered_late, health.unanswered_pending) == (1, 0)
    assert health.on_time_share == pytest.approx(7 / 9)
    # R4 and R9 are overdue (R3 is closed, R7 merged, R11 is due today); H1 (H2 stopped).
    assert (health.overdue_requests, health.overdue_households) == (2, 1)
    # VGB of adult 1 (30-04); adult 2 renewed; VOG of adult 3; adult 4's family stopped.
    assert (health.vgb_expiring, health.vog_expiring) == (1, 1)
    assert health.expired_available == 1  # adult 5 of available family H4


def test_a_request_answered_after_the_norm_and_one_still_pending(db_url: str) -> None:
    clock.set_clock(lambda: at("2026-03-17", 9))  # Tuesday morning
    database = open_database(db_url)
    try:
        with database.transaction() as s:
            s.add(_request(1, Source.WEBSITE, at("2026-03-16", 17), []))  # due Tue evening
            s.add(
                _request(
                    2,
                    Source.WEBSITE,
                    at("2026-03-12"),  # Thursday: due Friday
                    [(RequestStatus.GEBELD, at("2026-03-16", 9), None)],
                )
            )
        health = compute_overview(database, date(2026, 3, 1), date(2026, 3, 31)).health
        assert (health.unanswered_pending, health.answered_late) == (1, 1)
        assert health.on_time_share == 0.0
    finally:
        database.dispose()


def test_an_empty_database_gives_zeros_not_errors(db_url: str) -> None:
    database = open_database(db_url)
    try:
        overview = compute_overview(database, *JAN)
    finally:
        database.dispose()
    assert [s.reached for s in overview.funnel.steps] == [0] * 7
    assert overview.funnel[FunnelStep.PAKKET].conversion is None
    assert overview.supply_demand.total.waiting == 0
    assert overview.health.on_time_share is None
    assert all(t.rows is not None for t in overview_tables(overview))


def test_progress_can_stop_the_computation(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    def stop_after_two(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 2

    with pytest.raises(OverviewCancelled):
        _january(db, progress=stop_after_two)
    assert calls[-1][0] == 2


# --------------------------------------------------------------------------- exports


def test_small_numbers_are_suppressed_in_xlsx_and_csv(db: Database, tmp_path: Path) -> None:
    overview = _january(db)
    xlsx = tmp_path / "cijfers.xlsx"
    csv_path = tmp_path / "cijfers.csv"
    assert write_overview_xlsx(overview, xlsx) == 12
    assert write_overview_csv(overview, csv_path) > 100

    book = load_workbook(xlsx)
    sheet = book["Vraag en aanbod per wijk"]
    header = [c.value for c in sheet[3]]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]}
    waiting = header.index("wachtende kinderen")
    assert rows["West"][waiting] == "<5"  # 3 children
    assert rows["West"][header.index("vrije plekken")] == 2  # families: exact, a number
    assert rows["West"][header.index("mediane wachttijd (dagen)")] == "(<5)"
    assert rows["Overvecht"][waiting] == 6
    assert rows["Overvecht"][header.index("mediane wachttijd (dagen)")] == 35
    funnel = {r[0]: r for r in book["Trechter"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert funnel["geplaatst"][1] == "<5"  # one family with a placed child
    assert funnel["aanvraag"][1] == 9
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert "=" not in str(row[0] or "")[:1]

    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == ["onderdeel", "rij", "kolom", "waarde"]
    figures = {(a, b, c): d for a, b, c, d in lines[1:]}
    part = "Vraag en aanbod per wijk (vandaag)"
    assert figures[(part, "West", "wachtende kinderen")] == "<5"
    assert figures[(part, "West", "vrije plekken")] == "2"
    assert figures[(part, "Overvecht", "wachtende kinderen")] == "6"
    assert figures[(part, "Overvecht", "tekort (+) of overschot (−)")] == "6"
    assert figures[(part, "West", "tekort (+) of overschot (−)")] == "(<5)"
    trechter = "Trechter: van aanvraag tot plaatsing"
    assert figures[(trechter, "geplaatst", "bereikt")] == "<5"
    assert figures[(trechter, "pakket verstuurd", "% van vorige stap")] == "77,8%"
    assert figures[(trechter, "pakket verstuurd", "mediaan dagen in deze stap")] == "7,5"


def test_text_that_looks_like_a_formula_is_not_run(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        event = s.get(m.Event, 1)
        assert event is not None
        event.name = '=HYPERLINK("http://example.com","klik")'
    overview = _january(db)
    xlsx = tmp_path / "cijfers.xlsx"
    csv_path = tmp_path / "cijfers.csv"
    write_overview_xlsx(overview, xlsx)
    write_overview_csv(overview, csv_path)
    sheet = load_workbook(xlsx)["Evenementdagen"]
    cell = next(c for row in sheet.iter_rows(min_row=4) for c in row[:1] if c.value)
    assert cell.data_type == "s" and cell.quotePrefix
    assert str(cell.value).startswith("=HYPERLINK")
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and ";=HYPERLINK" not in text


# --------------------------------------------------------------------------- PDF


def test_the_report_opens_with_dutch_text_and_suppressed_numbers(
    db: Database, tmp_path: Path
) -> None:
    overview = _january(db)
    pdf = tmp_path / "overzicht.pdf"
    pages = write_overview_report(overview, pdf)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == pages >= 6
    assert reader.metadata is not None and "Overzicht werving" in str(reader.metadata.title)
    # Table cells wrap: compare with the line breaks as spaces.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Overzicht werving en matching" in text
    assert "1 januari 2026 t/m 31 januari 2026" in text
    assert "Gemaakt op 16 maart 2026 om 12:00 uur" in text
    assert "één" in text and "vóór" in text  # diacritics survive (embedded DejaVu)
    for title in ("De trechter", "Wat elk kanaal opleverde", "Vraag en aanbod", "Opvolging"):
        assert title in text
    assert "Pop-up huiskamer Utrecht Centraal 2026" in text
    assert "<5" in text and "(<5)" in text
    assert f"pagina 1 van {pages}" in text
    fonts = {
        str(font)
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()  # type: ignore[union-attr]
    }
    assert fonts  # fonts are embedded subsets of DejaVu, not Helvetica
    assert "Helvetica" not in " ".join(
        str(f.get_object().get("/BaseFont"))
        for page in reader.pages
        for f in (page["/Resources"].get("/Font") or {}).values()  # type: ignore[union-attr]
    )


def test_the_map_page_lists_every_wijk_and_the_supply_table_has_no_small_numbers(
    db: Database, tmp_path: Path
) -> None:
    overview = _january(db)
    pdf = tmp_path / "overzicht.pdf"
    write_overview_report(overview, pdf)
    reader = PdfReader(str(pdf))
    map_page = next(
        p.extract_text() for p in reader.pages if "Vraag en aanbod per wijk" in p.extract_text()
    )
    for name in ("West", "Overvecht", "Vleuten-De Meern", "Leidsche Rijn", "Binnenstad"):
        assert name in map_page
    assert "<5 wacht" in map_page  # West: 3 waiting children
    assert "6 wacht · 0 vrij" in map_page  # Overvecht
    table = table_by_key(overview_tables(overview), "vraag_aanbod_wijk")
    west = next(row for row in table.rows if row[0].text == "West")
    assert west[3].text == "<5" and west[3].value is None


def test_outputs_are_audited(db: Database, tmp_path: Path) -> None:
    overview = _january(db)
    record_output(db, overview, AuditAction.PRINT, "rapport x.pdf", actor=WERVER)
    with db.session() as s:
        entry = s.scalars(
            m.AuditEntry.__table__.select().with_only_columns(m.AuditEntry.detail)
        ).all()
        who = s.scalars(
            m.AuditEntry.__table__.select().with_only_columns(m.AuditEntry.username)
        ).all()
    assert any("rapport x.pdf: 01-01-2026 t/m 31-01-2026" in d for d in entry)
    assert "werver1" in who


# --------------------------------------------------------------------------- command line


def test_report_command_writes_pdf_xlsx_and_csv(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from utregs_plekkie import cli

    pdf, xlsx, csv_path = tmp_path / "o.pdf", tmp_path / "o.xlsx", tmp_path / "o.csv"
    code = cli.run(
        [
            "--db",
            db_url,
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "31-01-2026",
            "--provider",
            "koos",
            "--out",
            str(pdf),
            "--xlsx",
            str(xlsx),
            "--csv",
            str(csv_path),
            "--admin",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "01-01-2026 t/m 31-01-2026, KOOS Utrecht" in out
    assert "3 aanvragen" in out and "<5 met een geplaatst kind" in out
    assert pdf.exists() and xlsx.exists() and csv_path.exists()
    assert PdfReader(str(pdf)).pages
    with db.session() as s:
        actions = s.scalars(
            m.AuditEntry.__table__.select()
            .with_only_columns(m.AuditEntry.action)
            .where(m.AuditEntry.entity == "overview")
        ).all()
    assert sorted(str(a) for a in actions) == ["afgedrukt", "geexporteerd", "geexporteerd"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30", "--to", "2026-03-01"], "bestaat niet als datum"),
        (["--from", "gisteren", "--to", "2026-03-01"], "JJJJ-MM-DD of DD-MM-JJJJ"),
        (["--from", "2026-03-02", "--to", "01-03-2026"], "ligt na de einddatum"),
        (["--from", "2026-03-01", "--to", "2026-03-31", "--out", "x.doc"], "moet eindigen op .pdf"),
        (["--from", "2026-03-01", "--to", "2026-03-31", "--wijk", "Atlantis"], "is onbekend"),
    ],
)
def test_report_command_refuses_bad_input_in_dutch(
    sqlite_url: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from utregs_plekkie import cli

    assert cli.run(["--db", sqlite_url, "report", *args, "--admin"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and message in err
    assert "Traceback" not in err


def test_bench_overview_runs_on_a_small_temporary_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from utregs_plekkie import cli

    code = cli.run(
        [
            "bench",
            "overview",
            "--requests",
            "300",
            "--households",
            "60",
            "--children",
            "60",
            "--runs",
            "1",
            "--json",
        ]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["bench"] == "overview"
    assert report["context"]["aanvragen"] == 300
    figures = report["figures"]
    assert figures["page_ms"]["target"] == "< 1000 ms"
    assert figures["report_end_to_end_s"]["value"] > 0


def test_report_command_names_the_user_in_the_audit_trail(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    from utregs_plekkie import cli

    pdf = tmp_path / "o.pdf"
    args = ["--db", db_url, "report", "--from", "2026-01-01", "--to", "2026-01-31"]
    assert cli.run([*args, "--out", str(pdf), "--admin"]) == 0
    with db.session() as s:
        users = s.scalars(
            m.AuditEntry.__table__.select()
            .with_only_columns(m.AuditEntry.username)
            .where(m.AuditEntry.entity == "overview")
        ).all()
    assert len(users) == 1 and users[0].startswith("beheermodus:")
