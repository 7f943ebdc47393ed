"""Demo children with varied needs and sibling groups, and the proposals and placements
that tie some of them to the families' offers.
"""

from __future__ import annotations

import string
from datetime import date, timedelta
from typing import Any

from utregs_plekkie.core.enums import (
    CareForm,
    ChildStatus,
    Gender,
    Need,
    Pet,
    PlacementStatus,
    ProposalStatus,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.demo.names import CULTURES, LANGUAGES
from utregs_plekkie.storage.demo.people import DemoBase
from utregs_plekkie.storage.demo.rows import table_of


class ChildrenPart(DemoBase):
    def _children(self, households: list[dict[str, Any]]) -> None:
        n = self.size.children
        rng = self.rng
        table = table_of(m.Child)
        ids = list(self.ids.take(table, n))
        groups: list[dict[str, Any]] = []
        group_ids = iter(self.ids.take(table_of(m.SiblingGroup), n // 4 + 1))
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
        self._write(table_of(m.SiblingGroup), groups)
        self._write(table, children)
        self._placements(children)

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
        proposal_ids = iter(self.ids.take(table_of(m.MatchProposal), len(children)))
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
        self._write(table_of(m.MatchProposal), proposals)
        self._write_with_ids(table_of(m.Placement), placements, versioned=True)
        if demoted:
            with self.db.engine.begin() as conn:
                conn.execute(
                    table_of(m.Child)
                    .update()
                    .where(table_of(m.Child).c.id.in_(demoted))
                    .values(status=ChildStatus.WACHT)
                )
