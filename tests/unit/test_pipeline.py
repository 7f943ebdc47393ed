"""The recruitment pipeline's rules: routes, moves, screening, norms, the "vandaag" list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    HouseholdRoute,
    Interest,
    PipelineStage,
    Provider,
    ScreeningKind,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    FOSTER_ROUTE,
    SUPPORT_ROUTE,
    AdultRecord,
    CheckRecord,
    CheckState,
    DropoutReason,
    HouseholdScreening,
    MoveKind,
    MoveRefused,
    PipelineConfig,
    StageStep,
    TodayKind,
    action_today_item,
    allowed_moves,
    blockers_for_available,
    board_stages,
    check_move,
    default_next_action,
    dropout_label,
    dropout_reasons,
    is_after_screening,
    latest_entry_exceeding_norm,
    norm_due_on,
    norm_exceeded,
    norm_today_item,
    required_check,
    resume_stage,
    route_for_interests,
    screening_status,
    screening_today_items,
    stage_spans,
    time_in_stages,
)

S = PipelineStage
FOSTER = HouseholdRoute.PLEEGOUDER
SUPPORT = HouseholdRoute.STEUNOUDER
ON = date(2027, 3, 1)


def vgb(
    issued: date | None,
    *,
    expires: date | None = None,
    requested: date | None = None,
    provider: Provider | None = Provider.KOOS,
    check_id: int = 1,
) -> CheckRecord:
    return CheckRecord(
        kind=ScreeningKind.VGB,
        requested_on=requested or (issued - timedelta(days=40) if issued else ON),
        issued_on=issued,
        expires_on=expires,
        provider=provider,
        check_id=check_id,
    )


def family(
    *adults: AdultRecord,
    route: HouseholdRoute = FOSTER,
    provider: Provider | None = Provider.KOOS,
    active: bool = False,
    ended: date | None = None,
) -> HouseholdScreening:
    return HouseholdScreening(route, provider, tuple(adults), active, ended)


def adult(
    name: str, *checks: CheckRecord, moved_in: date | None = None, aid: int = 1
) -> AdultRecord:
    return AdultRecord(name=name, moved_in_on=moved_in, checks=checks, adult_id=aid)


# --------------------------------------------------------------------------- routes


def test_default_routes() -> None:
    assert DEFAULT_CONFIG.route(FOSTER) == FOSTER_ROUTE
    assert FOSTER_ROUTE[0] == S.INFORMATIEBIJEENKOMST and FOSTER_ROUTE[-1] == S.BESCHIKBAAR
    assert list(FOSTER_ROUTE) == [
        S.INFORMATIEBIJEENKOMST, S.KENNISMAKING, S.AANMELDING, S.SCREENING, S.TRAINING,
        S.GEZINSONDERZOEK, S.GESCHIKTHEID, S.OVEREENKOMST, S.BESCHIKBAAR,
    ]  # fmt: skip
    # Support parents: a VOG instead of a VGB, and no family study.
    assert DEFAULT_CONFIG.route(SUPPORT) == SUPPORT_ROUTE
    assert S.GEZINSONDERZOEK not in SUPPORT_ROUTE and S.GESCHIKTHEID not in SUPPORT_ROUTE
    assert S.SCREENING in SUPPORT_ROUTE
    assert required_check(FOSTER) == ScreeningKind.VGB
    assert required_check(SUPPORT) == ScreeningKind.VOG


def test_board_columns_follow_the_routes_then_pause_and_stop() -> None:
    assert board_stages() == [*FOSTER_ROUTE, S.GEPAUZEERD, S.GESTOPT]


def test_route_from_interests() -> None:
    assert route_for_interests({Interest.STEUNOUDER}) == SUPPORT
    assert route_for_interests({Interest.STEUNOUDER, Interest.WEET_NIET}) == SUPPORT
    assert route_for_interests({Interest.STEUNOUDER, Interest.DEELTIJD}) == FOSTER
    assert route_for_interests(set()) == FOSTER
    assert route_for_interests({Interest.WEET_NIET}) == FOSTER


def test_next_and_previous_stage() -> None:
    assert DEFAULT_CONFIG.next_stage(SUPPORT, S.TRAINING) == S.OVEREENKOMST
    assert DEFAULT_CONFIG.next_stage(FOSTER, S.TRAINING) == S.GEZINSONDERZOEK
    assert DEFAULT_CONFIG.next_stage(FOSTER, S.BESCHIKBAAR) is None
    assert DEFAULT_CONFIG.previous_stage(FOSTER, S.INFORMATIEBIJEENKOMST) is None
    assert DEFAULT_CONFIG.previous_stage(SUPPORT, S.OVEREENKOMST) == S.TRAINING
    assert DEFAULT_CONFIG.next_stage(FOSTER, S.GEPAUZEERD) is None


# --------------------------------------------------------------------------- moves


def test_moves_from_a_stage_of_the_route() -> None:
    moves = allowed_moves(DEFAULT_CONFIG, FOSTER, S.AANMELDING)
    assert [(m.kind, m.to_stage) for m in moves] == [
        (MoveKind.NEXT, S.SCREENING),
        (MoveKind.BACK, S.KENNISMAKING),
        (MoveKind.PAUSE, S.GEPAUZEERD),
        (MoveKind.STOP, S.GESTOPT),
    ]
    assert moves[0].label == "Naar VGB/VOG"
    first = allowed_moves(DEFAULT_CONFIG, FOSTER, S.INFORMATIEBIJEENKOMST)
    assert MoveKind.BACK not in {m.kind for m in first}
    last = allowed_moves(DEFAULT_CONFIG, FOSTER, S.BESCHIKBAAR)
    assert MoveKind.NEXT not in {m.kind for m in last}


def test_next_back_pause_and_stop_are_allowed() -> None:
    assert check_move(DEFAULT_CONFIG, FOSTER, S.AANMELDING, S.SCREENING).kind == MoveKind.NEXT
    assert check_move(DEFAULT_CONFIG, FOSTER, S.AANMELDING, S.KENNISMAKING).kind == MoveKind.BACK
    assert check_move(DEFAULT_CONFIG, FOSTER, S.TRAINING, S.GEPAUZEERD).kind == MoveKind.PAUSE
    stop = check_move(
        DEFAULT_CONFIG, FOSTER, S.BESCHIKBAAR, S.GESTOPT, reason=DropoutReason.VERHUISD
    )
    assert stop.kind == MoveKind.STOP


def test_skipping_a_stage_is_refused_with_the_options() -> None:
    with pytest.raises(MoveRefused) as refused:
        check_move(DEFAULT_CONFIG, FOSTER, S.AANMELDING, S.TRAINING)
    message = refused.value.message
    assert "één fase tegelijk" in message
    assert "VGB/VOG" in message and "kennismakingsgesprek" in message


def test_same_stage_and_foreign_stage_are_refused() -> None:
    with pytest.raises(MoveRefused, match="staat al in de fase aanmelding"):
        check_move(DEFAULT_CONFIG, FOSTER, S.AANMELDING, S.AANMELDING)
    with pytest.raises(MoveRefused, match="kent geen fase gezinsonderzoek"):
        check_move(DEFAULT_CONFIG, SUPPORT, S.TRAINING, S.GEZINSONDERZOEK)
    # The support route skips the family study: training goes on to the agreement.
    assert check_move(DEFAULT_CONFIG, SUPPORT, S.TRAINING, S.OVEREENKOMST).kind == MoveKind.NEXT


def test_stopping_needs_a_reason_from_the_list() -> None:
    with pytest.raises(MoveRefused, match="Kies waarom het gezin stopt"):
        check_move(DEFAULT_CONFIG, FOSTER, S.TRAINING, S.GESTOPT)
    with pytest.raises(MoveRefused, match="staat niet in de lijst"):
        check_move(DEFAULT_CONFIG, FOSTER, S.TRAINING, S.GESTOPT, reason="verveeld")
    with pytest.raises(MoveRefused, match="hoort een toelichting"):
        check_move(DEFAULT_CONFIG, FOSTER, S.TRAINING, S.GESTOPT, reason="anders", note="  ")
    move = check_move(
        DEFAULT_CONFIG, FOSTER, S.TRAINING, S.GESTOPT, reason="anders", note="emigreert"
    )
    assert move.kind == MoveKind.STOP


def test_a_paused_family_resumes_where_it_paused_or_stops() -> None:
    moves = allowed_moves(DEFAULT_CONFIG, FOSTER, S.GEPAUZEERD, resume_to=S.TRAINING)
    assert [(m.kind, m.to_stage) for m in moves] == [
        (MoveKind.RESUME, S.TRAINING),
        (MoveKind.STOP, S.GESTOPT),
    ]
    assert (
        check_move(DEFAULT_CONFIG, FOSTER, S.GEPAUZEERD, S.TRAINING, resume_to=S.TRAINING).kind
        == MoveKind.RESUME
    )
    with pytest.raises(MoveRefused, match="Hervat het eerst"):
        check_move(DEFAULT_CONFIG, FOSTER, S.GEPAUZEERD, S.GEZINSONDERZOEK, resume_to=S.TRAINING)


def test_a_stopped_family_can_only_resume_where_it_stopped() -> None:
    moves = allowed_moves(DEFAULT_CONFIG, FOSTER, S.GESTOPT, resume_to=S.AANMELDING)
    assert [(m.kind, m.to_stage) for m in moves] == [(MoveKind.RESUME, S.AANMELDING)]
    with pytest.raises(MoveRefused, match="gestopt"):
        check_move(DEFAULT_CONFIG, FOSTER, S.GESTOPT, S.GEPAUZEERD, resume_to=S.AANMELDING)
    # Without history (an imported family) every stage of the route is offered.
    unknown = allowed_moves(DEFAULT_CONFIG, SUPPORT, S.GESTOPT)
    assert [m.to_stage for m in unknown] == list(SUPPORT_ROUTE)


def test_resume_stage_is_read_from_the_history() -> None:
    t = datetime(2027, 1, 1, tzinfo=clock.LOCAL_TZ)
    history = [
        StageStep(None, S.INFORMATIEBIJEENKOMST, t),
        StageStep(S.INFORMATIEBIJEENKOMST, S.KENNISMAKING, t + timedelta(days=3)),
        StageStep(S.KENNISMAKING, S.GEPAUZEERD, t + timedelta(days=9)),
    ]
    assert resume_stage(history) == S.KENNISMAKING
    stopped = [*history, StageStep(S.GEPAUZEERD, S.GESTOPT, t + timedelta(days=30))]
    assert resume_stage(stopped) == S.KENNISMAKING
    assert resume_stage(history[:2]) is None
    assert resume_stage([StageStep(None, S.GEPAUZEERD, t)]) is None


def test_available_is_refused_while_a_check_blocks() -> None:
    blockers = ["Anna de Vries: de VGB is verlopen op 01-02-2027. Vraag een nieuwe VGB aan."]
    with pytest.raises(MoveRefused) as refused:
        check_move(DEFAULT_CONFIG, FOSTER, S.OVEREENKOMST, S.BESCHIKBAAR, blockers=blockers)
    assert "kan nog niet naar beschikbaar" in refused.value.message
    assert "Anna de Vries" in refused.value.message and "verlopen" in refused.value.message
    # Resuming a paused family into "beschikbaar" meets the same rule.
    with pytest.raises(MoveRefused):
        check_move(
            DEFAULT_CONFIG, FOSTER, S.GEPAUZEERD, S.BESCHIKBAAR,
            resume_to=S.BESCHIKBAAR, blockers=blockers,
        )  # fmt: skip
    assert check_move(DEFAULT_CONFIG, FOSTER, S.OVEREENKOMST, S.BESCHIKBAAR).kind == MoveKind.NEXT


def test_dropout_reasons_have_dutch_labels() -> None:
    reasons = dict(dropout_reasons())
    assert reasons[DropoutReason.VGB_GEWEIGERD] == "VGB of VOG geweigerd"
    assert len(reasons) == len(DropoutReason)
    assert dropout_label("geen_tijd") == "geen tijd (meer)"
    assert dropout_label("iets_ouds") == "iets ouds"
    assert dropout_label(None) == ""


# --------------------------------------------------------------------------- config


def test_config_round_trips_through_json() -> None:
    config = PipelineConfig(
        routes={
            FOSTER: FOSTER_ROUTE,
            SUPPORT: (S.INFORMATIEBIJEENKOMST, S.SCREENING, S.BESCHIKBAAR),
        },
        norms={S.KENNISMAKING: 3},
        action_texts={S.AANMELDING: "Formulier ophalen"},
        reminder_days=(90, 30),
        renewal_days_without_placement=365,
        training_sessions_required=6,
    )
    again = PipelineConfig.from_json(config.to_json())
    assert again.route(SUPPORT) == (S.INFORMATIEBIJEENKOMST, S.SCREENING, S.BESCHIKBAAR)
    assert again.norm(S.KENNISMAKING) == 3 and again.norm(S.TRAINING) is None
    assert again.action_text(FOSTER, S.AANMELDING) == "Formulier ophalen"
    assert again.reminder_days == (90, 30)
    assert again.renewal_days_without_placement == 365
    assert again.training_sessions_required == 6


def test_stored_config_keeps_defaults_for_missing_keys() -> None:
    config = PipelineConfig.from_json({"norms": {"kennismakingsgesprek": 7}})
    assert config.norm(S.KENNISMAKING) == 7
    assert config.route(FOSTER) == FOSTER_ROUTE
    assert config.reminder_days == (60, 30)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            {
                "routes": {
                    "steunouder": ["informatiebijeenkomst", "informatiebijeenkomst", "beschikbaar"]
                }
            },
            "twee keer",
        ),
        ({"routes": {"pleegouder": ["aanmelding", "gepauzeerd", "beschikbaar"]}}, "hoort niet"),
        ({"routes": {"pleegouder": ["aanmelding", "vgb_vog"]}}, "eindigen bij beschikbaar"),
        ({"norms": {"aanmelding": 400}}, "260"),
        ({"reminder_days": [0]}, "Herinneringen"),
        ({"routes": {"pleegouder": ["bestaat_niet"]}}, "onleesbaar"),
        ({"holidays": {"extra_days": [["morgen", "x"]]}}, "onleesbaar"),
    ],
)
def test_invalid_config_is_refused_in_dutch(data: dict[str, object], fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        PipelineConfig.from_json(data)


# --------------------------------------------------------------------------- screening


def test_missing_check_blocks_and_names_the_adult() -> None:
    household = family(
        adult("Anna de Vries"), adult("Kees de Vries", vgb(date(2026, 1, 10)), aid=2)
    )
    blockers = blockers_for_available(household, ON)
    assert blockers == ["Anna de Vries: de VGB ontbreekt. Vraag de VGB aan."]


def test_no_adults_blocks() -> None:
    assert "nog geen volwassenen" in blockers_for_available(family(), ON)[0]


def test_support_parents_need_a_vog_not_a_vgb() -> None:
    household = family(adult("Fatima Amrani", vgb(date(2026, 6, 1))), route=SUPPORT)
    [status] = screening_status(household, ON)
    assert status.required == ScreeningKind.VOG and status.state == CheckState.ONTBREEKT
    assert "Er is wel een VGB" in status.message and "VOG" in status.message
    vog = CheckRecord(ScreeningKind.VOG, date(2026, 5, 1), date(2026, 6, 1), None, Provider.KOOS)
    assert blockers_for_available(family(adult("Fatima Amrani", vog), route=SUPPORT), ON) == []


def test_requested_but_not_issued_blocks() -> None:
    household = family(adult("Anna", vgb(None, requested=date(2027, 2, 1))))
    [status] = screening_status(household, ON)
    assert status.state == CheckState.AANGEVRAAGD
    assert "aangevraagd op 01-02-2027 maar nog niet afgegeven" in status.message
    assert status.blocks_available


def test_expired_vgb_blocks_after_its_last_valid_day() -> None:
    household = family(adult("Anna", vgb(date(2025, 3, 1), expires=date(2027, 2, 28))))
    [status] = screening_status(household, ON)
    assert status.state == CheckState.VERLOPEN
    assert blockers_for_available(household, ON) == [
        "Anna: de VGB is verlopen (geldig tot en met 28-02-2027). Vraag een nieuwe VGB aan."
    ]
    # "Geldig tot en met": on its last day the check still counts.
    [last_day] = screening_status(household, date(2027, 2, 28))
    assert last_day.state == CheckState.VERLOOPT and not last_day.blocks_available
    assert "geldig tot en met 28-02-2027 (nog 1 dag)" in last_day.message


def test_default_validity_when_no_expiry_was_filled_in() -> None:
    vog = CheckRecord(ScreeningKind.VOG, None, date(2024, 3, 1), None, None)
    household = family(adult("Anna", vog), route=SUPPORT)
    [status] = screening_status(household, ON)
    assert status.deadline == date(2024, 3, 1) + timedelta(days=1095)
    config = replace(DEFAULT_CONFIG, validity_days={ScreeningKind.VOG: 365})
    [short] = screening_status(household, ON, config)
    assert short.state == CheckState.VERLOPEN


@pytest.mark.parametrize(
    ("days_left", "state", "reminder"),
    [
        (61, CheckState.GELDIG, None),
        (60, CheckState.VERLOOPT, 60),
        (31, CheckState.VERLOOPT, 60),
        (30, CheckState.VERLOOPT, 30),
        (1, CheckState.VERLOOPT, 30),
        (0, CheckState.VERLOPEN, None),
    ],
)
def test_reminders_60_and_30_days_before_expiry(
    days_left: int, state: CheckState, reminder: int | None
) -> None:
    expires = ON + timedelta(days=days_left - 1)  # the last valid day
    # A placement is running, so only the expiry date counts.
    household = family(adult("Anna", vgb(date(2026, 1, 1), expires=expires)), active=True)
    [status] = screening_status(household, ON)
    assert (status.state, status.reminder) == (state, reminder)


def test_no_reminder_once_the_renewal_was_requested() -> None:
    old = vgb(date(2025, 5, 1), expires=ON + timedelta(days=20), check_id=1)
    new = vgb(None, requested=date(2027, 2, 15), check_id=2)
    [status] = screening_status(family(adult("Anna", old, new), active=True), ON)
    assert status.state == CheckState.VERLOOPT and status.renewal_requested
    assert status.reminder is None and "de nieuwe is aangevraagd" in status.message


def test_vgb_renewal_after_two_years_without_a_placement() -> None:
    issued = date(2025, 2, 1)
    check = vgb(issued, expires=date(2030, 1, 1))
    never_placed = family(adult("Anna", check))
    [status] = screening_status(never_placed, ON)
    assert status.state == CheckState.VERNIEUWEN
    assert "twee jaar zonder plaatsing sinds 01-02-2025" in status.message
    assert status.blocks_available
    # A placement that ended a year ago restarts the two years.
    recently = family(adult("Anna", check), ended=date(2026, 3, 1))
    assert screening_status(recently, ON)[0].state == CheckState.GELDIG
    # A running placement: no two-year limit at all.
    placed = family(adult("Anna", check), active=True)
    assert screening_status(placed, ON)[0].state == CheckState.GELDIG
    # The 60- and 30-day reminders also come before the two years are up.
    [soon] = screening_status(
        family(adult("Anna", vgb(date(2025, 3, 20), expires=date(2030, 1, 1)))), ON
    )
    assert soon.state == CheckState.VERLOOPT and soon.reminder == 30


def test_vgb_renewal_when_someone_moves_in_after_it_was_issued() -> None:
    anna = adult("Anna", vgb(date(2026, 1, 10), expires=date(2028, 1, 10)), aid=1)
    kees = adult(
        "Kees",
        vgb(date(2026, 11, 1), expires=date(2028, 11, 1), check_id=2),
        moved_in=date(2026, 10, 1),
        aid=2,
    )
    statuses = {s.name: s for s in screening_status(family(anna, kees, active=True), ON)}
    assert statuses["Anna"].state == CheckState.VERNIEUWEN
    assert "Kees is op 01-10-2026 bij het gezin komen wonen" in statuses["Anna"].message
    # Kees's own VGB was issued after he moved in: fine.
    assert statuses["Kees"].state == CheckState.GELDIG
    # Moving in before the check was issued needs nothing.
    early = adult("Kees", moved_in=date(2025, 12, 1), aid=2)
    assert screening_status(family(anna, early, active=True), ON)[0].state == CheckState.GELDIG


def test_vgb_renewal_when_the_family_changes_provider() -> None:
    check = vgb(date(2026, 1, 10), expires=date(2028, 1, 10), provider=Provider.KOOS)
    moved = family(adult("Anna", check), provider=Provider.SPOOR030, active=True)
    [status] = screening_status(moved, ON)
    assert status.state == CheckState.VERNIEUWEN
    assert "KOOS Utrecht" in status.message and "Spoor030" in status.message
    same = family(adult("Anna", check), provider=Provider.KOOS, active=True)
    assert screening_status(same, ON)[0].state == CheckState.GELDIG


def test_the_vgb_rules_do_not_apply_to_a_vog() -> None:
    vog = CheckRecord(ScreeningKind.VOG, None, date(2024, 6, 1), date(2028, 6, 1), Provider.KOOS)
    household = HouseholdScreening(
        SUPPORT,
        Provider.SPOOR030,
        (AdultRecord("Anna", None, (vog,), 1), AdultRecord("Kees", date(2026, 1, 1), (), 2)),
    )
    anna = screening_status(household, ON)[0]
    assert anna.state == CheckState.GELDIG


def test_newest_issued_check_counts() -> None:
    old = vgb(date(2023, 1, 1), expires=date(2025, 1, 1), check_id=1)
    new = vgb(date(2026, 6, 1), expires=date(2028, 6, 1), check_id=2)
    [status] = screening_status(family(adult("Anna", old, new), active=True), ON)
    assert status.state == CheckState.GELDIG and status.check == new


def test_is_after_screening() -> None:
    assert is_after_screening(DEFAULT_CONFIG, FOSTER, S.TRAINING)
    assert is_after_screening(DEFAULT_CONFIG, FOSTER, S.BESCHIKBAAR)
    assert not is_after_screening(DEFAULT_CONFIG, FOSTER, S.SCREENING)
    assert not is_after_screening(DEFAULT_CONFIG, FOSTER, S.GEPAUZEERD)


# --------------------------------------------------------------------------- time and norms


def test_time_in_each_stage_from_the_history() -> None:
    t0 = datetime(2027, 3, 1, 9, 0, tzinfo=clock.LOCAL_TZ)  # a Monday
    history = [
        StageStep(None, S.INFORMATIEBIJEENKOMST, t0),
        StageStep(S.INFORMATIEBIJEENKOMST, S.KENNISMAKING, t0 + timedelta(days=10)),
        StageStep(S.KENNISMAKING, S.INFORMATIEBIJEENKOMST, t0 + timedelta(days=12)),
        StageStep(S.INFORMATIEBIJEENKOMST, S.KENNISMAKING, t0 + timedelta(days=14)),
    ]
    now = t0 + timedelta(days=40)
    spans = stage_spans(history, now)
    assert [s.stage for s in spans] == [h.to_stage for h in history]
    assert [s.days for s in spans] == [10, 2, 2, 26]
    assert spans[-1].end is None
    # 11 March (Thu) -> 13 March (Sat): one working day.
    assert spans[1].working_days == 1
    assert time_in_stages(history, now) == {
        S.INFORMATIEBIJEENKOMST: 12,
        S.KENNISMAKING: 28,
    }


def test_first_visit_norm_of_five_working_days() -> None:
    entered = date(2027, 3, 26)  # the Friday before Easter
    assert norm_due_on(DEFAULT_CONFIG, S.KENNISMAKING, entered) == date(2027, 4, 5)
    assert not norm_exceeded(DEFAULT_CONFIG, S.KENNISMAKING, entered, date(2027, 4, 5))
    assert norm_exceeded(DEFAULT_CONFIG, S.KENNISMAKING, entered, date(2027, 4, 6))
    assert norm_due_on(DEFAULT_CONFIG, S.BESCHIKBAAR, entered) is None
    assert not norm_exceeded(DEFAULT_CONFIG, S.GESTOPT, date(2000, 1, 1), ON)


@given(
    entered=st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
    on=st.dates(min_value=date(2026, 1, 1), max_value=date(2029, 6, 30)),
    stage=st.sampled_from([S.KENNISMAKING, S.SCREENING, S.GEPAUZEERD]),
)
def test_latest_entry_exceeding_the_norm_agrees_with_the_norm(
    entered: date, on: date, stage: PipelineStage
) -> None:
    cutoff = latest_entry_exceeding_norm(DEFAULT_CONFIG, stage, on)
    assert cutoff is not None
    assert norm_exceeded(DEFAULT_CONFIG, stage, entered, on) == (entered <= cutoff)


def test_next_action_with_its_due_date() -> None:
    action = default_next_action(DEFAULT_CONFIG, FOSTER, S.KENNISMAKING, date(2027, 3, 26))
    assert "Kennismakingsgesprek" in action.text and action.due_on == date(2027, 4, 5)
    screening = default_next_action(DEFAULT_CONFIG, SUPPORT, S.SCREENING, ON)
    assert screening.text.startswith("VOG aanvragen")
    assert default_next_action(DEFAULT_CONFIG, FOSTER, S.BESCHIKBAAR, ON).text == ""
    custom = replace(DEFAULT_CONFIG, action_texts={S.SCREENING: "Raad bellen"}, norms={})
    own = default_next_action(custom, FOSTER, S.SCREENING, ON)
    assert own.text == "Raad bellen" and own.due_on is None


# --------------------------------------------------------------------------- vandaag


def test_action_and_norm_lines() -> None:
    due = action_today_item(7, "Familie Bos", S.AANMELDING, "Bellen", date(2027, 2, 27), ON)
    assert due.kind == TodayKind.ACTIE and due.overdue
    today = action_today_item(7, "Familie Bos", S.AANMELDING, "", ON, ON)
    assert not today.overdue and today.text == "Volgende stap bepalen"
    late = norm_today_item(DEFAULT_CONFIG, 7, "Familie Bos", S.KENNISMAKING, date(2027, 2, 1), ON)
    assert late is not None and late.overdue and late.kind == TodayKind.NORM
    assert "norm: 5 werkdagen" in late.text and late.due_on == date(2027, 2, 8)
    assert norm_today_item(DEFAULT_CONFIG, 7, "Familie Bos", S.KENNISMAKING, ON, ON) is None


def test_screening_lines_for_the_today_list() -> None:
    reminder = family(
        adult("Anna", vgb(date(2025, 6, 1), expires=ON + timedelta(days=45))), active=True
    )
    [line] = screening_today_items(reminder, 3, "Familie Bos", S.BESCHIKBAAR, ON)
    assert line.kind == TodayKind.SCREENING and "Herinnering 60 dagen" in line.text
    assert line.due_on == ON + timedelta(days=45) and not line.overdue
    expired = family(adult("Anna", vgb(date(2025, 1, 1), expires=date(2027, 2, 1))), active=True)
    [line] = screening_today_items(expired, 3, "Familie Bos", S.BESCHIKBAAR, ON)
    assert line.overdue and "verlopen" in line.text
    missing = family(adult("Anna"))
    assert screening_today_items(missing, 3, "Familie Bos", S.AANMELDING, ON) == []
    [line] = screening_today_items(missing, 3, "Familie Bos", S.TRAINING, ON)
    assert "ontbreekt" in line.text
    assert screening_today_items(expired, 3, "Familie Bos", S.GESTOPT, ON) == []
