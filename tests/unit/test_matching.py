"""The matching engine on small hand-made cases: every hard limit, every component."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

from utregs_plekkie.core.enums import CareForm, DayPart, PipelineStage, WeekendPattern
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex, describe_distance
from utregs_plekkie.core.matching import (
    COMPONENTS,
    OFFER_SERVES,
    Candidate,
    CandidateOffer,
    CandidatePool,
    ChildNeed,
    Exclusion,
    Limit,
    MatchWeights,
    age_in_months,
    limit_label,
    offer_serves,
    rank,
    reference_day,
)
from utregs_plekkie.core.schedule import WEEKEND_MASK, Schedule

DAY = date(2026, 3, 2)
FULL = Schedule.full()
WED = Schedule.from_cells([(2, DayPart.MIDDAG)])
SAT = Schedule.from_cells([(5, DayPart.OCHTEND), (5, DayPart.MIDDAG)])
GEO = GeoIndex.default()


def child(**changes: Any) -> ChildNeed:
    values: dict[str, Any] = {
        "code": "K-1",
        "age_months": 8 * 12 + 3,
        "care_form": CareForm.VOLTIJD_LANG,
        "home_pc4": "3511",
        "school_pc4": "3512",
        "schedule": FULL,
        "birth_year": 2017,
    }
    values.update(changes)
    return ChildNeed(**values)


def offer(household: int = 1, offer_id: int | None = 10, **changes: Any) -> CandidateOffer:
    values: dict[str, Any] = {
        "household_id": household,
        "offer_id": offer_id,
        "stage": PipelineStage.BESCHIKBAAR,
        "care_form": CareForm.VOLTIJD_LANG,
        "pc4": "3511",
        "wijk_code": "WK034406",
        "schedule": FULL,
        "free_schedule": FULL,
        "weekend_pattern": WeekendPattern.ELK,
        "holidays": True,
        "free_places": 1,
        "age_min": 0,
        "age_max": 18,
    }
    values.update(changes)
    return CandidateOffer(**values)


def ranked(
    kid: ChildNeed,
    offers: list[CandidateOffer],
    *,
    declined: dict[tuple[str, int], str] | None = None,
    siblings: list[ChildNeed] | None = None,
    weights: MatchWeights | None = None,
    top: int | None = None,
) -> Any:
    pool = CandidatePool(offers, declined=declined)
    return rank(kid, pool, weights, top, siblings=siblings or [], on=DAY)


def excluded(kid: ChildNeed, one: CandidateOffer, **kw: Any) -> Exclusion:
    ranking = ranked(kid, [one], **kw)
    assert len(ranking.candidates) == 0, "expected the household to be excluded"
    assert len(ranking.excluded) == 1
    exclusion = ranking.excluded[0]
    assert isinstance(exclusion, Exclusion)
    return exclusion


def fits(kid: ChildNeed, one: CandidateOffer, **kw: Any) -> Candidate:
    ranking = ranked(kid, [one], **kw)
    assert len(ranking.excluded) == 0, [e.reasons for e in ranking.excluded]
    candidate: Candidate = ranking.candidates[0]
    return candidate


# --------------------------------------------------------------------------- baseline


def test_the_baseline_pair_fits_with_its_distances_and_capacity() -> None:
    c = fits(child(), offer(free_places=2))
    assert (c.household_id, c.offer_id, c.pc4, c.free_capacity) == (1, 10, "3511", 2)
    assert c.distance_km == {"home": 0.0, "school": 0.5}
    assert 0.0 <= c.score <= 1.0


# --------------------------------------------------------------------------- hard limits


def test_household_not_beschikbaar_is_excluded_with_its_stage() -> None:
    e = excluded(child(), offer(stage=PipelineStage.TRAINING))
    assert e.limits == Limit.NOT_AVAILABLE
    assert e.reasons == ("niet beschikbaar: het gezin is in de fase 'voorbereidingstraining'",)


def test_missing_or_expired_check_is_excluded_with_the_blockers() -> None:
    blockers = ("Anna de Vries: de VGB is verlopen op 01-02-2026. Vraag een nieuwe VGB aan.",)
    e = excluded(child(), offer(screening_blockers=blockers))
    assert e.limits == Limit.SCREENING
    assert e.reasons == blockers


def test_a_household_without_an_offer_says_so() -> None:
    e = excluded(child(), offer(offer_id=None, care_form=None, stage=PipelineStage.AANMELDING))
    assert e.limits == Limit.NO_OFFER | Limit.NOT_AVAILABLE
    assert e.offer_id is None
    assert "geen aanbod opgegeven" in e.reasons


def test_paused_offer_and_pause_period() -> None:
    e = excluded(child(), offer(paused=True))
    assert e.limits == Limit.PAUSED and e.reasons == ("het aanbod staat op pauze",)
    pause = (date(2026, 3, 1), date(2026, 3, 31), "verbouwing")
    e = excluded(child(), offer(pauses=(pause,)))
    assert e.reasons == ("aanbod gepauzeerd van 01-03-2026 tot en met 31-03-2026 (verbouwing)",)
    # A pause that is over does not count; nor one that starts after the wanted start.
    fits(child(), offer(pauses=((date(2026, 1, 1), date(2026, 2, 1), ""),)))


def test_offer_outside_its_valid_period() -> None:
    e = excluded(child(), offer(valid_from=date(2026, 4, 1)))
    assert e.limits == Limit.PERIOD
    assert e.reasons == ("het aanbod geldt pas vanaf 01-04-2026",)
    e = excluded(child(), offer(valid_to=date(2026, 3, 1)))
    assert e.reasons == ("het aanbod gold tot en met 01-03-2026",)
    # Judged on the wanted start when that lies ahead.
    kid = child(wanted_start=date(2026, 5, 1))
    assert reference_day(kid, DAY) == date(2026, 5, 1)
    fits(kid, offer(valid_from=date(2026, 4, 1)))


def test_care_form_table() -> None:
    assert offer_serves(CareForm.VOLTIJD_LANG, CareForm.VOLTIJD_KORT)
    assert not offer_serves(CareForm.VOLTIJD_KORT, CareForm.VOLTIJD_LANG)
    assert OFFER_SERVES[CareForm.VOLTIJD_CRISIS] == {CareForm.VOLTIJD_CRISIS}
    assert all(
        not offer_serves(o, CareForm.VOLTIJD_CRISIS)
        for o in CareForm
        if o != CareForm.VOLTIJD_CRISIS
    )
    assert offer_serves(CareForm.DEELTIJD_DAGDELEN, CareForm.STEUNOUDER)
    assert all(offer_serves(care, care) for care in CareForm)


def test_care_form_that_does_not_fit() -> None:
    e = excluded(child(care_form=CareForm.VOLTIJD_CRISIS), offer())
    assert e.limits == Limit.CARE_FORM
    assert e.reasons == (
        "zorgvorm past niet: het gezin biedt voltijd: langdurend, het kind heeft voltijd: "
        "crisis nodig",
    )
    fits(child(care_form=CareForm.VOLTIJD_KORT), offer())


def test_schedule_of_part_time_care_must_be_free() -> None:
    kid = child(care_form=CareForm.STEUNOUDER, schedule=SAT)
    support: dict[str, Any] = {
        "care_form": CareForm.STEUNOUDER,
        "schedule": SAT.union(WED),
        "free_places": 2,
    }
    fits(kid, offer(**support, free_schedule=SAT.union(WED)))
    e = excluded(kid, offer(**support, free_schedule=WED))
    assert e.limits == Limit.SCHEDULE
    assert e.reasons == ("rooster past niet: za ochtend en middag is niet (meer) vrij",)


def test_full_time_care_uses_places_not_parts_of_the_week() -> None:
    # One child placed already took the whole week; a second place is still free.
    fits(child(), offer(free_places=1, free_schedule=Schedule.empty()))
    e = excluded(child(), offer(schedule=FULL.minus(SAT)))
    assert e.limits == Limit.SCHEDULE


def test_weekends_and_holidays() -> None:
    kid = child(
        care_form=CareForm.DEELTIJD_WEEKEND,
        schedule=Schedule(WEEKEND_MASK),
        weekend_pattern=WeekendPattern.OM_DE_WEEK,
    )
    base: dict[str, Any] = {
        "care_form": CareForm.DEELTIJD_WEEKEND,
        "schedule": Schedule(WEEKEND_MASK),
    }
    base["free_schedule"] = Schedule(WEEKEND_MASK)
    fits(kid, offer(**base, weekend_pattern=WeekendPattern.ELK))
    e = excluded(kid, offer(**base, weekend_pattern=WeekendPattern.EENS_PER_MAAND))
    assert e.limits == Limit.WEEKEND
    assert e.reasons == (
        "weekenden passen niet: het gezin biedt eens per maand, nodig is om het weekend",
    )
    e = excluded(child(holidays=True), offer(holidays=False))
    assert e.limits == Limit.HOLIDAYS
    assert e.reasons == ("vakantieopvang nodig, het gezin biedt die niet",)


def test_no_free_place() -> None:
    e = excluded(child(), offer(free_places=0))
    assert e.limits == Limit.CAPACITY and e.reasons == ("geen vrije plek",)


def test_a_sibling_group_needs_room_for_all_and_siblings_accepted() -> None:
    kid = child(sibling_codes=("K-2", "K-3"))
    e = excluded(kid, offer(free_places=2, siblings_accepted=True))
    assert e.limits == Limit.CAPACITY
    assert e.reasons == ("te weinig plek voor 3 broers en zussen samen (2 vrij)",)
    e = excluded(kid, offer(free_places=3, siblings_accepted=False))
    assert e.limits == Limit.SIBLINGS
    assert e.reasons == ("neemt geen broers en zussen samen op (3 kinderen)",)
    fits(kid, offer(free_places=3, siblings_accepted=True))


def test_a_sibling_that_does_not_fit_excludes_the_household() -> None:
    kid = child(sibling_codes=("K-2",))
    sibling = child(code="K-2", age_months=15 * 12, sibling_codes=("K-1",), birth_year=2011)
    e = excluded(kid, offer(free_places=2, siblings_accepted=True, age_max=12), siblings=[sibling])
    assert e.limits == Limit.SIBLING_MISFIT
    assert e.reasons == ("broer/zus K-2: leeftijd 15 jaar valt buiten 0 tot en met 12 jaar",)


def test_age_range_is_inclusive_in_whole_years() -> None:
    fits(child(age_months=10 * 12 + 11), offer(age_min=4, age_max=10))
    e = excluded(child(age_months=11 * 12), offer(age_min=4, age_max=10))
    assert e.limits == Limit.AGE
    assert e.reasons == ("leeftijd 11 jaar valt buiten 4 tot en met 10 jaar",)
    e = excluded(child(age_months=5), offer(age_min=1))
    assert e.reasons == ("leeftijd 5 maanden valt buiten 1 tot en met 18 jaar",)
    assert age_in_months(date(2016, 3, 1), date(2026, 3, 31)) == 120


def test_pet_and_allergy() -> None:
    e = excluded(child(allergies=frozenset({"kat"})), offer(pets=frozenset({"kat", "hond"})))
    assert e.limits == Limit.ALLERGY
    assert e.reasons == ("huisdier (kat) terwijl het kind daar allergisch voor is",)
    fits(child(allergies=frozenset({"kat"})), offer(pets=frozenset({"hond"})))


def test_smoking_and_smoke_free() -> None:
    e = excluded(child(smoke_free=True), offer(smoking=True))
    assert e.limits == Limit.SMOKING
    assert e.reasons == ("er wordt gerookt; het kind heeft een rookvrij huis nodig",)
    fits(child(smoke_free=False), offer(smoking=True))


def test_needs_the_family_cannot_handle() -> None:
    kid = child(needs=frozenset({"trauma", "lvb"}))
    e = excluded(kid, offer(needs_ok=frozenset({"trauma"})))
    assert e.limits == Limit.NEEDS
    assert e.reasons == ("kan licht verstandelijke beperking niet aan",)
    fits(kid, offer(needs_ok=frozenset({"trauma", "lvb", "hechting"})))
    # A need no family has ever named cannot be served.
    e = excluded(child(needs=frozenset({"iets_nieuws"})), offer(needs_ok=frozenset({"trauma"})))
    assert e.limits == Limit.NEEDS


def test_distance_beyond_the_family_maximum() -> None:
    # School 3512 is 0.8 km from 3581, home 3511 1.2 km: the larger counts.
    school = GEO.distance_km("3512", "3581")
    home = GEO.distance_km("3511", "3581")
    assert school is not None and home is not None and school < 1.0 < home
    e = excluded(child(), offer(pc4="3581", wijk_code="WK034405", max_distance_km=1.0))
    assert e.limits == Limit.DISTANCE_FAMILY
    assert e.reasons == ("1,2 km tot huis is te ver: het gezin wil hoogstens 1,0 km reizen",)
    fits(child(), offer(pc4="3581", max_distance_km=5.0))


def test_distance_beyond_the_child_maximum() -> None:
    e = excluded(child(max_distance_km=3.0), offer(pc4="3453"))
    assert e.limits == Limit.DISTANCE_CHILD
    assert e.reasons[0].endswith("voor het kind is hoogstens 3,0 km afgesproken")


def test_unknown_postcode_is_never_zero_km() -> None:
    # With a maximum the household is excluded, and the reason says why.
    e = excluded(child(), offer(pc4="9999", max_distance_km=50.0))
    assert e.limits == Limit.DISTANCE_FAMILY
    assert e.reasons == (
        "afstand onbekend (postcode 9999 van het gezin is onbekend) en het gezin wil hoogstens "
        "50,0 km reizen: daarom uitgesloten",
    )
    e = excluded(child(school_pc4="9998", max_distance_km=10.0), offer())
    assert "postcode 9998 van het kind is onbekend" in e.reasons[0]
    # Without a maximum it stays a candidate, with distance unknown and value 0.
    c = fits(child(), offer(pc4="9999", wijk_code=None))
    assert c.distance_km == {"home": None, "school": None}
    assert c.components["afstand_school"] == 0.0 and c.components["afstand_thuis"] == 0.0
    assert "afstand tot school onbekend: de postcode is niet bekend" in c.explanation
    near = fits(child(), offer(pc4="3512"))
    assert near.score > c.score


def test_a_declined_pair_stays_excluded_with_its_reason() -> None:
    declined = {("K-1", 1): "te weinig klik bij de kennismaking"}
    e = excluded(child(), offer(), declined=declined)
    assert e.limits == Limit.DECLINED
    assert e.reasons == ("eerder voorgesteld en afgewezen: te weinig klik bij de kennismaking",)
    fits(child(code="K-9"), offer(), declined=declined)


def test_every_reason_that_applies_is_given() -> None:
    e = excluded(
        child(smoke_free=True, allergies=frozenset({"hond"}), age_months=3),
        offer(
            stage=PipelineStage.GEPAUZEERD,
            care_form=CareForm.DEELTIJD_WEEKEND,
            smoking=True,
            pets=frozenset({"hond"}),
            age_min=4,
            free_places=0,
        ),
    )
    assert e.limits == (
        Limit.NOT_AVAILABLE
        | Limit.CARE_FORM
        | Limit.CAPACITY
        | Limit.AGE
        | Limit.ALLERGY
        | Limit.SMOKING
    )
    assert len(e.reasons) == 6
    assert all(limit_label(limit) for limit in Limit)


def test_household_with_two_offers_lists_common_reasons_once() -> None:
    offers = [
        offer(1, 10, stage=PipelineStage.OVEREENKOMST, care_form=CareForm.DEELTIJD_WEEKEND),
        offer(1, 11, stage=PipelineStage.OVEREENKOMST, free_places=0),
    ]
    ranking = ranked(child(), offers)
    (e,) = ranking.excluded
    assert e.reasons[0] == "niet beschikbaar: het gezin is in de fase 'samenwerkingsovereenkomst'"
    assert e.reasons[1].startswith("aanbod deeltijd: weekenden: zorgvorm past niet")
    assert e.reasons[2] == "aanbod voltijd: langdurend: geen vrije plek"
    assert len(e.reasons) == 3


def test_a_household_is_one_candidate_with_its_roomiest_fitting_offer() -> None:
    offers = [
        offer(1, 10, free_places=1),
        offer(1, 11, free_places=2),
        offer(1, 12, care_form=CareForm.DEELTIJD_WEEKEND),
    ]
    ranking = ranked(child(), offers)
    assert [(c.household_id, c.offer_id) for c in ranking.candidates] == [(1, 11)]
    assert not ranking.excluded
    other = ranking.for_offer(12)
    assert isinstance(other, Exclusion) and other.limits == Limit.CARE_FORM
    fitting = ranking.for_offer(10)
    assert isinstance(fitting, Candidate) and fitting.score == ranking.candidates[0].score
    assert ranking.for_offer(999) is None


# --------------------------------------------------------------------------- ranking


def test_best_first_with_deterministic_tie_breaks() -> None:
    # Three identical families in the same postcode, one nearer family.
    offers = [offer(h, 10 * h, pc4="3513", wijk_code="WK034402") for h in (7, 3, 5)]
    offers.append(offer(9, 90, pc4="3512"))
    ranking = ranked(child(), offers)
    assert [c.household_id for c in ranking.candidates] == [9, 3, 5, 7]
    assert ranking.candidates[1].score == ranking.candidates[2].score
    scores = [c.score for c in ranking.candidates]
    assert scores == sorted(scores, reverse=True)


def test_top_limits_candidates_and_why_answers_for_any_household() -> None:
    offers = [offer(h, 10 * h) for h in range(1, 31)]
    offers.append(offer(99, 990, free_places=0))
    ranking = ranked(child(), offers, top=5)
    assert len(ranking.candidates) == 5 and ranking.candidate_count == 30
    # Beyond the top: still a candidate, with its explanation built on demand.
    late = ranking.why(30)
    assert isinstance(late, Candidate) and late.explanation
    gone = ranking.why(99)
    assert isinstance(gone, Exclusion) and gone.reasons == ("geen vrije plek",)
    assert ranking.why(12345) is None
    assert [e.household_id for e in ranking.excluded_with(Limit.CAPACITY)] == [99]
    assert ranking.excluded_with(Limit.AGE) == []
    assert ranking.limit_counts() == {Limit.CAPACITY: 1}


def test_rank_accepts_a_plain_list_of_offers() -> None:
    ranking = rank(child(), [offer()], on=DAY)
    assert ranking.candidates[0].household_id == 1


# --------------------------------------------------------------------------- components


def _components(kid: ChildNeed, one: CandidateOffer) -> tuple[dict[str, float], tuple[str, ...]]:
    c = fits(kid, one)
    return c.components, c.explanation


def test_distance_components_and_their_explanations() -> None:
    school_km = GEO.distance_km("3512", "3581")
    home_km = GEO.distance_km("3511", "3581")
    club_km = GEO.distance_km("3584", "3581")
    assert school_km and home_km and club_km
    values, lines = _components(child(club_pc4="3584"), offer(pc4="3581", wijk_code="WK034405"))
    assert values["afstand_school"] == round(math.exp(-school_km / 5.0), 3)
    assert values["afstand_thuis"] == round(math.exp(-home_km / 5.0), 3)
    assert values["afstand_club"] == round(math.exp(-club_km / 5.0), 3)
    assert lines[:3] == (
        describe_distance(school_km, "school"),
        describe_distance(home_km, "huis"),
        describe_distance(club_km, "de club"),
    )
    assert lines[0] == "0,8 km van school, 3 minuten fietsen"


def test_no_school_postcode_means_no_school_component() -> None:
    values, lines = _components(child(school_pc4=None), offer())
    assert "afstand_school" not in values and "afstand_thuis" in values
    assert not any("school" in line for line in lines)


def test_same_wijk() -> None:
    values, lines = _components(child(), offer(pc4="3512", wijk_code="WK034406"))
    assert values["zelfde_wijk"] == 1.0 and "woont in dezelfde wijk (Binnenstad)" in lines
    values, lines = _components(child(), offer(pc4="3581", wijk_code="WK034405"))
    assert values["zelfde_wijk"] == 0.0 and "woont in een andere wijk (Oost)" in lines
    values, lines = _components(child(), offer(pc4="3431", wijk_code=None))
    assert values["zelfde_wijk"] == 0.0 and "woont buiten de stad Utrecht" in lines
    # A child from outside the city: the component does not apply.
    values, _lines = _components(child(home_pc4="3431", school_pc4="3431"), offer())
    assert "zelfde_wijk" not in values


def test_language_and_culture() -> None:
    kid = child(languages=frozenset({"nl", "tr"}), culture_wish="islamitisch")
    values, lines = _components(
        kid, offer(languages=frozenset({"nl", "tr"}), culture="Islamitisch (soennitisch)")
    )
    assert values["taal_cultuur"] == 1.0
    assert (
        "spreekt Nederlands en Turks; cultuur/geloof sluit aan (Islamitisch (soennitisch))" in lines
    )
    values, lines = _components(kid, offer(languages=frozenset({"nl"}), culture="christelijk"))
    assert values["taal_cultuur"] == 0.25
    assert (
        "spreekt Nederlands, geen Turks; cultuur/geloof anders (christelijk; gewenst: "
        "islamitisch)" in lines
    )
    values, _lines = _components(child(), offer())
    assert "taal_cultuur" not in values


def test_experience_with_the_needs() -> None:
    kid = child(needs=frozenset({"trauma", "hechting"}))
    ok = frozenset({"trauma", "hechting"})
    values, lines = _components(kid, offer(needs_ok=ok, experience=frozenset({"trauma"})))
    assert values["ervaring"] == 0.5
    assert "ervaring met trauma, nog niet met hechtingsproblemen" in lines
    values, lines = _components(kid, offer(needs_ok=ok, experience=ok))
    assert values["ervaring"] == 1.0
    values, lines = _components(kid, offer(needs_ok=ok))
    assert values["ervaring"] == 0.0
    assert "nog geen ervaring met hechtingsproblemen en trauma" in lines


def test_household_composition() -> None:
    kid = child(birth_year=2017)
    cases = [
        ((), 1.0, "geen eigen kinderen thuis"),
        ((2010, 2014), 1.0, "eigen kinderen schelen minstens 3 jaar met het kind"),
        ((2016,), 0.5, "een eigen kind scheelt maar 1 jaar met het kind"),
        ((2017, 2005), 0.0, "een eigen kind is even oud (geboren in 2017)"),
    ]
    for years, value, line in cases:
        values, lines = _components(kid, offer(own_children_birth_years=years))
        assert values["samenstelling"] == value
        assert line in lines


def test_waiting_time_of_the_family() -> None:
    values, lines = _components(child(), offer(waiting_since=date(2025, 9, 2)))
    assert values["wachttijd"] == round(181 / 365, 3)
    assert "wacht al 6 maanden op een plaatsing" in lines
    values, lines = _components(child(), offer(waiting_since=date(2024, 1, 1)))
    assert values["wachttijd"] == 1.0 and "wacht al 2 jaar op een plaatsing" in lines
    values, lines = _components(child(), offer(waiting_since=None))
    assert values["wachttijd"] == 0.0
    assert "niet bekend sinds wanneer het gezin op een plaatsing wacht" in lines


def test_score_is_the_weighted_mean_of_the_components_that_apply() -> None:
    kid = child(needs=frozenset({"trauma"}), languages=frozenset({"nl"}))
    c = fits(
        kid,
        offer(
            pc4="3581",
            wijk_code="WK034405",
            needs_ok=frozenset({"trauma"}),
            languages=frozenset({"nl"}),
            waiting_since=date(2025, 3, 2),
        ),
    )
    weights = MatchWeights()
    used = {name: weights.weight(name) for name in c.components}
    expected = sum(used[n] * c.components[n] for n in used) / sum(used.values())
    assert c.score == pytest.approx(expected, abs=2e-3)
    assert set(c.components) <= set(COMPONENTS)


def test_weights_change_the_ranking_and_round_trip_as_json() -> None:
    near_but_new = offer(1, 10, pc4="3512", waiting_since=DAY)
    far_but_waiting = offer(2, 20, pc4="3584", wijk_code="WK034405", waiting_since=date(2024, 1, 1))
    default = ranked(child(), [near_but_new, far_but_waiting])
    assert [c.household_id for c in default.candidates] == [1, 2]
    waiting_first = MatchWeights(
        afstand_school=0.05, afstand_thuis=0.05, zelfde_wijk=0.0, wachttijd=1.0
    )
    other = ranked(child(), [near_but_new, far_but_waiting], weights=waiting_first)
    assert [c.household_id for c in other.candidates] == [2, 1]
    data = waiting_first.to_json()
    assert MatchWeights.from_json(data) == waiting_first
    assert MatchWeights.from_json({"wachttijd": 0.5, "iets_anders": 3}).wachttijd == 0.5
    assert MatchWeights.from_json({"waiting_full_days": 200.0}).waiting_full_days == 200


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"afstand_school": -1}, "tussen 0 en 100"),
        ({"ervaring": "veel"}, "moet een getal zijn"),
        ({name: 0.0 for name in COMPONENTS}, "minstens één onderdeel"),
        ({"distance_scale_km": 0}, "afstandsschaal"),
        ({"waiting_full_days": 0}, "volle wachttijd"),
    ],
)
def test_invalid_weights_are_refused_in_dutch(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        MatchWeights.from_json({**MatchWeights().to_json(), **changes})
    with pytest.raises(ValidationError):
        MatchWeights.from_json(["geen", "object"])
