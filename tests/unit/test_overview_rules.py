"""The rules behind the overview's figures (core.overview): no database, no Qt."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareFamily, Provider
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.overview import (
    SUPPRESSED,
    SUPPRESSED_DERIVED,
    Cell,
    ChannelRow,
    EventInfo,
    FollowUpHealth,
    FunnelStep,
    MonthPoint,
    Overview,
    OverviewFilter,
    ShortageClass,
    answer_deadline,
    build_channels,
    build_funnel,
    build_supply_demand,
    chart_value,
    check_period,
    deadline_ranges,
    default_period,
    dropout_label,
    format_days,
    format_int,
    format_percent,
    is_suppressed,
    median_from_histogram,
    month_bounds_utc,
    month_starts,
    overview_tables,
    parse_date,
    period_bounds,
    reached_from_tops,
    shortage_class,
    suppress,
    suppress_derived,
    table_by_key,
    wijk_summary,
)

WIJKEN = [("WK034401", "West"), ("WK034403", "Overvecht")]


# --------------------------------------------------------------------------- small numbers


@pytest.mark.parametrize(
    ("n", "shown"),
    [(0, "0"), (1, "<5"), (2, "<5"), (4, "<5"), (5, "5"), (17, "17"), (12345, "12.345")],
)
def test_children_below_five_are_shown_as_less_than_five(n: int, shown: str) -> None:
    assert suppress(n) == shown
    assert is_suppressed(n) == (shown == SUPPRESSED)


def test_zero_is_shown_because_it_identifies_no_child() -> None:
    assert not is_suppressed(0)
    assert Cell.of_int(0, about_children=True).value == 0


def test_a_suppressed_cell_carries_no_number() -> None:
    cell = Cell.of_int(3, about_children=True)
    assert (cell.text, cell.value, cell.suppressed) == ("<5", None, True)
    families = Cell.of_int(3)  # not about children: exact
    assert (families.text, families.value, families.suppressed) == ("3", 3, False)


def test_figures_derived_from_few_children_are_hidden() -> None:
    assert suppress_derived("120", 3) == SUPPRESSED_DERIVED
    assert suppress_derived("120", 5) == "120"
    assert Cell.of_days(120.0, children_behind=2).text == "(<5)"
    assert Cell.of_days(120.0, children_behind=2).value is None
    assert Cell.of_days(120.5, children_behind=9).text == "120,5"
    assert Cell.of_percent(0.5, children_behind=4).value is None
    assert Cell.of_signed(-3, children_behind=4).text == "(<5)"
    assert Cell.of_signed(-3, children_behind=0).text == "-3"


def test_charts_draw_nothing_for_a_suppressed_figure() -> None:
    assert chart_value(3, about_children=True) is None
    assert chart_value(0, about_children=True) == 0.0
    assert chart_value(3) == 3.0
    assert chart_value(7, about_children=True) == 7.0


def test_dutch_number_formats() -> None:
    assert format_int(200_000) == "200.000"
    assert format_percent(0.12345) == "12,3%"
    assert format_percent(None) == "–"
    assert format_days(14.0) == "14"
    assert format_days(14.5) == "14,5"
    assert format_days(None) == "–"


# --------------------------------------------------------------------------- medians


def test_median_from_a_histogram() -> None:
    assert median_from_histogram({}) is None
    assert median_from_histogram({5: 0}) is None
    assert median_from_histogram({3: 1}) == 3
    assert median_from_histogram({0: 2, 1: 4, 3: 1}) == 1  # 0 0 1 1 1 1 3
    assert median_from_histogram({4: 1, 7: 1, 8: 1, 9: 1}) == 7.5
    assert median_from_histogram({10: 1, 60: 1}) == 35
    assert median_from_histogram({2: 3, 9: 3}) == 5.5


def test_negative_durations_count_as_no_time() -> None:
    assert median_from_histogram({-3: 2, 4: 1}) == 0


# --------------------------------------------------------------------------- funnel


def test_reached_counts_every_step_up_to_the_furthest() -> None:
    assert reached_from_tops({6: 1, 3: 1, 1: 3, 0: 2, 2: 2}) == [9, 7, 4, 2, 1, 1, 1]
    assert reached_from_tops({}) == [0] * 7


def test_build_funnel_conversion_share_median_and_dropouts() -> None:
    funnel = build_funnel(
        [9, 7, 4, 2, 1, 1, 1],
        {0: {0: 2, 1: 4, 3: 1}, 1: {4: 1, 7: 1, 8: 1, 9: 1}, 6: {99: 1}},
        {(1, "geen_tijd"): 1, (0, "niet_nu"): 1, (1, "verhuisd"): 3, (3, ""): 1},
    )
    assert funnel.requests == 9
    assert funnel[FunnelStep.AANVRAAG].conversion is None
    assert funnel[FunnelStep.PAKKET].conversion == pytest.approx(7 / 9)
    assert funnel[FunnelStep.INFORMATIEAVOND].share == pytest.approx(4 / 9)
    assert funnel[FunnelStep.AANVRAAG].median_days == 1
    assert funnel[FunnelStep.PAKKET].median_days == 7.5
    assert funnel[FunnelStep.PAKKET].moved_on == 4
    assert funnel[FunnelStep.AANMELDING].median_days is None  # nobody moved on with dates
    assert funnel[FunnelStep.GEPLAATST].median_days is None  # the last step has no next
    pakket = funnel[FunnelStep.PAKKET]
    assert pakket.dropped == 4
    assert [(r.code, r.count) for r in pakket.reasons] == [("verhuisd", 3), ("geen_tijd", 1)]
    assert funnel[FunnelStep.AANMELDING].reasons[0].label == "geen reden opgegeven"
    assert funnel.dropped == 6
    assert funnel[FunnelStep.GEPLAATST].about_children
    assert not funnel[FunnelStep.BESCHIKBAAR].about_children


def test_a_funnel_step_cannot_hold_more_than_the_one_before() -> None:
    with pytest.raises(ValueError):
        build_funnel([3, 4, 0, 0, 0, 0, 0], {}, {})
    with pytest.raises(ValueError):
        build_funnel([3, 2], {}, {})


def test_an_empty_funnel_has_no_conversions() -> None:
    funnel = build_funnel([0] * 7, {}, {})
    assert all(s.conversion is None and s.share is None for s in funnel.steps)


def test_dropout_reasons_read_in_dutch() -> None:
    assert dropout_label("vgb_geweigerd") == "VGB/VOG geweigerd"
    assert dropout_label("niet_nu") == "niet nu (later opnieuw benaderen)"
    assert dropout_label(None) == "geen reden opgegeven"
    assert dropout_label("eigen_reden") == "eigen reden"


# --------------------------------------------------------------------------- channels


def test_channels_per_source_event_group_and_wijk() -> None:
    start = datetime(2026, 1, 10, 7, 0, tzinfo=UTC)
    events = {
        1: EventInfo(1, "Pop-up week", "popup", start),
        3: EventInfo(3, "Pop-up week", "popup", start.replace(day=11)),
    }
    channels = build_channels(
        {
            ("popup", 1, "WK034401"): (2, 2, 1, 1, 0, 0, 0),
            ("popup", 3, None): (1, 1, 0, 0, 0, 0, 0),
            ("website", None, "WK034403"): (5, 4, 2, 1, 1, 1, 0),
            ("onbekende_bron", None, "WK999999"): (1, 0, 0, 0, 0, 0, 0),
        },
        events,
        WIJKEN,
    )
    assert [r.key for r in channels.by_source] == ["website", "popup", "onbekende_bron"]
    assert channels.by_source[1].label == "pop-up evenement"
    (week,) = channels.by_event_group
    assert week.reached == (3, 3, 1, 1, 0, 0, 0)
    assert week.detail == "10-01-2026 t/m 11-01-2026 (2 dagen)"
    assert [r.detail for r in channels.by_event] == ["10-01-2026", "11-01-2026"]
    wijk = {r.key: r.requests for r in channels.by_wijk}
    assert wijk == {"WK034401": 2, "WK034403": 5, "buiten": 2}
    assert channels.by_wijk[-1].label == "buiten de stad of onbekend"
    website = channels.by_source[0]
    assert website.registration_rate == pytest.approx(0.2)
    assert website.available_rate == pytest.approx(0.2)
    assert ChannelRow("x", "x", (0,) * 7).registration_rate is None


# --------------------------------------------------------------------------- supply/demand


@pytest.mark.parametrize(
    ("waiting", "free", "expected"),
    [
        (0, 3, ShortageClass.GEEN_VRAAG),
        (3, 0, ShortageClass.WEINIG_VRAAG),
        (4, 10, ShortageClass.WEINIG_VRAAG),
        (5, 5, ShortageClass.GENOEG),
        (10, 5, ShortageClass.TEKORT),
        (10, 4, ShortageClass.GROOT_TEKORT),
        (1000, 0, ShortageClass.GROOT_TEKORT),
    ],
)
def test_shortage_classes(waiting: int, free: int, expected: ShortageClass) -> None:
    assert shortage_class(waiting, free) is expected


def test_hovering_a_wijk_shows_its_figures_with_small_numbers_hidden() -> None:
    sd = build_supply_demand(
        {("WK034401", CareFamily.VOLTIJD): (2, 3)},
        {"WK034401": 2},
        2,
        {
            ("WK034401", CareFamily.VOLTIJD): {30: 2},
            ("WK034403", CareFamily.VOLTIJD): {10: 6},
        },
        WIJKEN,
    )
    west, overvecht = sd.wijk_total("WK034401"), sd.wijk_total("WK034403")
    assert west is not None and overvecht is not None
    assert wijk_summary(west).splitlines() == [
        "West",
        "<5 wachtende kinderen",
        "3 vrije plekken bij 2 beschikbare gezinnen",
        "mediane wachttijd: (<5) dagen",
        "minder dan 5 wachtende kinderen",
    ]
    text = wijk_summary(overvecht)
    assert "6 wachtende kinderen" in text and "mediane wachttijd: 10 dagen" in text
    assert "groot tekort" in text


def test_supply_and_demand_cells_totals_and_outside_the_city() -> None:
    sd = build_supply_demand(
        offers={
            ("WK034401", CareFamily.VOLTIJD): (1, 1),
            ("WK034401", CareFamily.STEUNOUDER): (1, 1),
            (None, CareFamily.STEUNOUDER): (1, 3),
            ("GM0356", CareFamily.DEELTIJD): (1, 2),  # a code outside the city
        },
        families_per_wijk={"WK034401": 1, None: 1, "GM0356": 1},
        families_total=3,
        waiting={
            ("WK034401", CareFamily.VOLTIJD): {60: 1, 10: 1},
            ("WK034403", CareFamily.VOLTIJD): {10: 1, 20: 1, 30: 1, 40: 1, 50: 1, 60: 1},
            (None, CareFamily.DEELTIJD): {-1: 1},  # start of waiting unknown
        },
        wijken=WIJKEN,
    )
    assert len(sd.cells) == 3 * 3  # two wijken and "outside", three care families
    west = sd.wijk_total("WK034401")
    assert west is not None
    assert (west.families, west.free_places, west.waiting) == (1, 2, 2)
    assert west.median_waiting_days == 35
    outside = sd.wijk_total(None)
    assert outside is not None
    assert (outside.families, outside.free_places, outside.waiting) == (2, 5, 1)
    assert outside.median_waiting_days is None
    assert outside.wijk == "buiten de stad of onbekend"
    overvecht = sd.wijk_total("WK034403")
    assert overvecht is not None and overvecht.shortage == 6
    assert overvecht.shortage_class is ShortageClass.GROOT_TEKORT
    voltijd = next(c for c in sd.family_totals if c.care_family is CareFamily.VOLTIJD)
    assert (voltijd.free_places, voltijd.waiting, voltijd.median_waiting_days) == (1, 8, 35)
    assert (sd.total.families, sd.total.free_places, sd.total.waiting) == (3, 7, 9)


# --------------------------------------------------------------------------- periods


def test_dates_typed_either_way() -> None:
    assert parse_date("2026-01-31") == date(2026, 1, 31)
    assert parse_date(" 31-01-2026 ") == date(2026, 1, 31)
    assert parse_date("1/2/2026") == date(2026, 2, 1)
    assert parse_date("1.2.2026") == date(2026, 2, 1)


@pytest.mark.parametrize("text", ["", "morgen", "2026-02-30", "31-13-2026", "2026/01/31", "26-1-1"])
def test_a_bad_date_gets_a_dutch_sentence(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, "from")
    assert "JJJJ-MM-DD of DD-MM-JJJJ" in info.value.message
    assert info.value.field == "from"


def test_a_period_must_not_end_before_it_starts() -> None:
    check_period(date(2026, 1, 1), date(2026, 1, 1))
    with pytest.raises(ValidationError, match="ligt na de einddatum"):
        check_period(date(2026, 2, 1), date(2026, 1, 31))


def test_period_bounds_are_local_midnights() -> None:
    start, stop = period_bounds(date(2026, 1, 1), date(2026, 6, 30))
    assert start == datetime(2025, 12, 31, 23, 0, tzinfo=UTC)  # winter: UTC+1
    assert stop == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)  # summer: UTC+2


def test_months_of_a_period() -> None:
    months = month_starts(date(2025, 11, 15), date(2026, 2, 3))
    assert months == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    bounds = month_bounds_utc(months)
    assert bounds[0] == datetime(2025, 11, 30, 23, 0, tzinfo=UTC)
    assert len(bounds) == 3
    assert month_starts(date(2026, 3, 1), date(2026, 3, 1)) == [date(2026, 3, 1)]


def test_the_default_period_is_the_last_twelve_months() -> None:
    assert default_period(date(2026, 11, 22)) == (date(2025, 12, 1), date(2026, 11, 22))
    assert default_period(date(2026, 1, 5)) == (date(2025, 2, 1), date(2026, 1, 5))


# --------------------------------------------------------------------------- the norm


def test_answer_deadline_is_the_end_of_the_next_working_day() -> None:
    local = clock.LOCAL_TZ
    assert answer_deadline(date(2026, 3, 16)) == datetime(2026, 3, 18, tzinfo=local)  # Mon
    assert answer_deadline(date(2026, 3, 13)) == datetime(2026, 3, 17, tzinfo=local)  # Fri
    assert answer_deadline(date(2026, 3, 14)) == datetime(2026, 3, 17, tzinfo=local)  # Sat
    assert answer_deadline(date(2026, 3, 15)) == datetime(2026, 3, 17, tzinfo=local)  # Sun
    # Easter 2026 is 5 April: Friday 3 April is answered by Tuesday 7 April.
    assert answer_deadline(date(2026, 4, 3)) == datetime(2026, 4, 8, tzinfo=local)
    # 31 December: New Year's Day is no working day.
    assert answer_deadline(date(2025, 12, 31)) == datetime(2026, 1, 3, tzinfo=local)
    assert answer_deadline(date(2026, 3, 16), norm_days=2) == datetime(2026, 3, 19, tzinfo=local)


def test_deadline_ranges_cover_the_period_and_share_weekends() -> None:
    ranges = deadline_ranges(date(2026, 3, 9), date(2026, 3, 22))
    start, stop = period_bounds(date(2026, 3, 9), date(2026, 3, 22))
    assert ranges[0][0] == start and ranges[-1][1] == stop
    for (_a, b, _d), (c, _e, _f) in itertools.pairwise(ranges):
        assert b == c  # no gaps, no overlaps
    # Mon-Thu one range each; Fri+Sat+Sun share Monday's deadline: 2 weeks -> 2 * 5.
    assert len(ranges) == 10
    friday = next(
        r for r in ranges if r[0] == period_bounds(date(2026, 3, 13), date(2026, 3, 13))[0]
    )
    assert friday[2] == answer_deadline(date(2026, 3, 13)).astimezone(UTC)
    assert friday[1] == period_bounds(date(2026, 3, 16), date(2026, 3, 16))[0]


# --------------------------------------------------------------------------- tables


def _overview(*, placed: int, waiting_west: int) -> Overview:
    funnel = build_funnel(
        [50, 40, 20, 10, 8, 6, placed], {0: {1: 40}, 5: {30: placed}}, {(1, "geen_tijd"): 2}
    )
    channels = build_channels(
        {("website", None, "WK034401"): (50, 40, 20, 10, 8, 6, placed)}, {}, WIJKEN
    )
    sd = build_supply_demand(
        {("WK034401", CareFamily.VOLTIJD): (2, 3)},
        {"WK034401": 2},
        2,
        {("WK034401", CareFamily.VOLTIJD): {30: waiting_west}},
        WIJKEN,
    )
    health = FollowUpHealth(1, 50, 30, 10, 5, 5, 3, 2, 1, 0, 0)
    return Overview(
        filter=OverviewFilter(date(2026, 1, 1), date(2026, 1, 31), Provider.KOOS),
        computed_at=datetime(2026, 3, 16, 12, tzinfo=clock.LOCAL_TZ),
        funnel=funnel,
        channels=channels,
        months=(MonthPoint(date(2026, 1, 1), (50, 40, 20, 10, 8, 6, placed)),),
        supply_demand=sd,
        health=health,
        wijken=tuple(WIJKEN),
    )


def test_tables_suppress_children_and_keep_families_exact() -> None:
    tables = overview_tables(_overview(placed=3, waiting_west=2))
    funnel = table_by_key(tables, "trechter")
    placed = funnel.rows[-1]
    assert [c.text for c in placed[:4]] == ["geplaatst", "<5", "(<5)", "(<5)"]
    available = funnel.rows[-2]
    # the time from available to placed rests on 3 placements: hidden
    assert available[1].text == "6" and available[4].text == "(<5)" and available[5].text == "<5"
    sd = table_by_key(tables, "vraag_aanbod_wijk")
    west = sd.rows[0]
    assert [c.text for c in west] == ["West", "2", "3", "<5", "(<5)", "(<5)"]
    assert all(c.value is None for c in west[3:])
    sources = table_by_key(tables, "bronnen")
    assert sources.rows[0][7].text == "<5"  # placed via the website
    assert sources.rows[0][4].value == 10  # registrations are not about children
    months = table_by_key(tables, "maanden")
    assert months.rows[0][0].text == "jan 2026" and months.rows[0][7].text == "<5"
    keys = [t.key for t in tables]
    assert keys == [
        "kerncijfers",
        "trechter",
        "afhakers",
        "bronnen",
        "evenementen",
        "evenementdagen",
        "wijken",
        "maanden",
        "vraag_aanbod_wijk",
        "vraag_aanbod",
        "opvolging",
    ]


def test_tables_show_figures_of_five_or_more_children_exactly() -> None:
    tables = overview_tables(_overview(placed=5, waiting_west=7))
    funnel = table_by_key(tables, "trechter")
    assert funnel.rows[-1][1].value == 5
    west = table_by_key(tables, "vraag_aanbod_wijk").rows[0]
    assert [c.text for c in west] == ["West", "2", "3", "7", "4", "30"]
    health = table_by_key(tables, "opvolging")
    assert health.rows[5][1].text == "66,7%"  # 30 of the 45 whose answer was due


def test_the_filter_describes_itself_in_dutch() -> None:
    f = OverviewFilter(date(2026, 1, 1), date(2026, 1, 31), Provider.KOOS, "WK034401", "West")
    assert f.describe() == "01-01-2026 t/m 31-01-2026, KOOS Utrecht, wijk West"
    assert OverviewFilter(date(2026, 1, 1), date(2026, 1, 31)).provider_text() == (
        "KOOS Utrecht en Spoor030"
    )
