"""Demo foster and support families: their stage in the pipeline, screenings, adults,
and the offers of care they make.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from utregs_plekkie.core.enums import (
    CareForm,
    HouseholdRoute,
    Need,
    Pet,
    PipelineStage,
    RequestStatus,
    ScreeningKind,
    WeekendPattern,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.demo.names import (
    CULTURES,
    DROPOUT_REASONS_HOUSEHOLD,
    FIRST_NAMES,
    FOSTER_ROUTE,
    LANGUAGES,
    LAST_NAMES,
    STREETS,
    SUPPORT_ROUTE,
    search_key,
)
from utregs_plekkie.storage.demo.people import DemoBase
from utregs_plekkie.storage.demo.rows import bind_param, table_of


class HouseholdsPart(DemoBase):
    def _households(self, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
        n = self.size.households
        rng = self.rng
        table = table_of(m.Household)
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
        adult_ids = iter(self.ids.take(table_of(m.Adult), 2 * n))
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
        self._write(table_of(m.Adult), adults)
        self._write_with_ids(table_of(m.HouseholdChild), own_children)
        self._write_with_ids(table_of(m.ScreeningCheck), checks, versioned=True)
        self._write_with_ids(table_of(m.HouseholdStageChange), stage_changes)
        self._write_with_ids(table_of(m.AvailabilityOffer), offers, versioned=True)
        if request_links:
            with self.db.engine.begin() as conn:
                conn.execute(
                    table_of(m.InfoRequest)
                    .update()
                    .where(table_of(m.InfoRequest).c.id == bind_param("rid"))
                    .values(household_id=bind_param("hid")),
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
