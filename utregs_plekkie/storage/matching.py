"""Matching in the database: ranking, the proposal lifecycle and the placement plan.

Read side: :func:`load_pool` turns every household and offer into the arrays of
``core.matching`` in a handful of queries (whatever the number of families), and
:func:`load_child` a child with the siblings who are placed together with it. The GUI
keeps a pool for a while and passes it back in (``pool=``); the command line builds
one per call.

* A household's VGB/VOG is judged with ``core.pipeline`` (the same rules as the
  Gezinnen page) for households that are *beschikbaar*; one that is not is excluded
  for its stage, and its checks are judged once it is available.
* Free places and free parts of the week come from ``storage.capacity`` (active
  placements, as of the day of the ranking).
* A household waits for a placement since the latest of: becoming available, its
  last placement ending, its latest placement starting.

Write side, the lifecycle of a proposal, each step one transaction with a history row
(``proposal_status_changes``) and an audit line, version-checked on the proposal:
shortlist -> :func:`propose` (score, components and explanation frozen; child
*voorgesteld*) -> :func:`start_kennismaking` -> :func:`accept` / :func:`decline`
(reason required and kept; the pair is excluded from then on) -> :func:`place`
(start date and schedule; a ``Placement`` that uses the offer's places and schedule;
child *geplaatst*) -> :func:`end_placement` (end date and reason; the capacity is free
after the end date). The proposals of a sibling group move together.

The shortlist is kept per child in the ``settings`` table
(``matching.shortlist.<code>``), the weights under ``matching.weights``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core import clock
from utregs_plekkie.core.capacity import OfferUse
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    HouseholdRoute,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    label,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import (
    WEIGHTS_SETTING_KEY,
    Candidate,
    CandidateOffer,
    CandidatePool,
    ChildNeed,
    Exclusion,
    MatchWeights,
    Ranking,
    age_in_months,
    offer_serves,
    rank,
)
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    AdultRecord,
    CheckRecord,
    HouseholdScreening,
    PipelineConfig,
    blockers_for_available,
)
from utregs_plekkie.core.pipeline import SETTINGS_KEY as PIPELINE_SETTINGS_KEY
from utregs_plekkie.core.plan import PlacementPlan, Progress
from utregs_plekkie.core.plan import plan as solve_plan
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER, audit, stale_message

log = logging.getLogger(__name__)

__all__ = [
    "OPEN_PROPOSAL_STATUSES",
    "ChildFit",
    "ProposalInfo",
    "ShortlistEntry",
    "accept",
    "add_to_shortlist",
    "child_need",
    "children_for_household",
    "decline",
    "end_placement",
    "load_child",
    "load_pool",
    "load_waiting_children",
    "load_weights",
    "place",
    "plan",
    "proposals_for_child",
    "proposals_for_household",
    "propose",
    "rank_for_child",
    "remove_from_shortlist",
    "save_weights",
    "shortlist",
    "start_kennismaking",
]

OPEN_PROPOSAL_STATUSES = (
    ProposalStatus.VOORGESTELD,
    ProposalStatus.KENNISMAKING,
    ProposalStatus.GEACCEPTEERD,
)
# Children of a sibling group who still need a place together with this one.
_NEEDING_PLACE = (ChildStatus.WACHT, ChildStatus.VOORGESTELD)
SHORTLIST_PREFIX = "matching.shortlist."
_CHUNK = 900  # bound parameters per IN (...), below SQLite's limit


def _kind_child() -> str:
    return _("kind")


def _kind_proposal() -> str:
    return _("voorstel")


def _kind_placement() -> str:
    return _("plaatsing")


@contextmanager
def _writing(db: Database, kind: str) -> Iterator[Session]:
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(kind)) from exc


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _raw_json(column: Any) -> Any:
    """A JSON list column read as its stored text (SQLite) so that the many equal
    values ('["nl"]') are parsed once; PostgreSQL's driver returns the list itself."""
    return type_coerce(column, Text).label(column.key)


@lru_cache(maxsize=4096)
def _parse_json_set(text: str) -> frozenset[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return frozenset()
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


def _json_set(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return _parse_json_set(value)
    return frozenset(str(v) for v in value)


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")


# --------------------------------------------------------------------------- children


def child_need(child: Any, on: date, sibling_codes: Sequence[str] = ()) -> ChildNeed:
    """A child row (ORM object or a row with the same column names) as ``ChildNeed``."""
    return ChildNeed(
        code=child.code,
        age_months=age_in_months(child.birth_month, on),
        care_form=CareForm(child.care_form),
        home_pc4=child.home_pc4,
        school_pc4=child.school_pc4,
        club_pc4=child.club_pc4,
        wijk_code=child.wijk_code,
        schedule=child.schedule_needed or Schedule.empty(),
        weekend_pattern=child.weekend_pattern,
        holidays=bool(child.holidays_needed),
        needs=frozenset(child.needs or ()),
        languages=frozenset(child.languages or ()),
        culture_wish=child.culture_wish or "",
        allergies=frozenset(child.allergies or ()),
        smoke_free=bool(child.smoke_free),
        max_distance_km=child.max_distance_km,
        sibling_codes=tuple(sorted(c for c in sibling_codes if c != child.code)),
        wanted_start=child.wanted_start,
        birth_year=child.birth_month.year,
        child_id=child.id,
    )


def _child_columns() -> tuple[Any, ...]:
    c = m.Child
    return (
        c.id,
        c.code,
        c.birth_month,
        c.care_form,
        c.home_pc4,
        c.school_pc4,
        c.club_pc4,
        c.wijk_code,
        c.schedule_needed,
        c.weekend_pattern,
        c.holidays_needed,
        c.needs,
        c.languages,
        c.culture_wish,
        c.allergies,
        c.smoke_free,
        c.max_distance_km,
        c.wanted_start,
        c.sibling_group_id,
        c.status,
        c.urgency,
        c.waiting_since,
    )


def load_child(
    session: Session, code: str, on: date | None = None
) -> tuple[ChildNeed, list[ChildNeed]]:
    """A child by code and the siblings placed together with it (those of its sibling
    group who still need a place: waiting or proposed)."""
    day = on or clock.today()
    row = session.execute(select(*_child_columns()).where(m.Child.code == code.strip())).first()
    if row is None:
        raise NotFoundError(
            _("Er is geen kind met code '{code}'. Controleer de code.").format(code=code.strip())
        )
    siblings: list[Any] = []
    if row.sibling_group_id is not None:
        siblings = list(
            session.execute(
                select(*_child_columns())
                .where(
                    m.Child.sibling_group_id == row.sibling_group_id,
                    m.Child.id != row.id,
                    m.Child.status.in_(_NEEDING_PLACE),
                )
                .order_by(m.Child.code)
            )
        )
    codes = [row.code, *(s.code for s in siblings)]
    need = child_need(row, day, codes)
    return need, [child_need(s, day, codes) for s in siblings]


def load_waiting_children(session: Session, on: date | None = None) -> list[ChildNeed]:
    """Every child with status *wacht*, with its waiting siblings as its group."""
    day = on or clock.today()
    rows = list(
        session.connection().execute(
            select(*_child_columns())
            .where(m.Child.status == ChildStatus.WACHT)
            .order_by(m.Child.code)
        )
    )
    groups: dict[int, list[str]] = {}
    for r in rows:
        if r.sibling_group_id is not None:
            groups.setdefault(r.sibling_group_id, []).append(r.code)
    return [
        child_need(r, day, groups.get(r.sibling_group_id, []) if r.sibling_group_id else ())
        for r in rows
    ]


# --------------------------------------------------------------------------- the pool


def load_pool(
    session: Session,
    *,
    on: date | None = None,
    household_ids: Sequence[int] | None = None,
    geo: GeoIndex | None = None,
) -> CandidatePool:
    """Every household (or those in ``household_ids``) with its offers, as a pool.

    A household without any offer is in the pool too (so "why is family X not on the
    list?" has an answer: no offer). About a dozen queries, whatever the number of households.
    """

    day = on or clock.today()
    h, o = m.Household, m.AvailabilityOffer
    # Core rows through the session's connection: the ORM's per-row bookkeeping would
    # cost more than the queries themselves at this volume.
    conn = session.connection()

    def limited(stmt: Any, column: Any) -> Iterable[Any]:
        if household_ids is None:
            yield from conn.execute(stmt)
            return
        for chunk in _chunks(sorted(set(household_ids))):
            yield from conn.execute(stmt.where(column.in_(chunk)))

    households = list(
        limited(
            select(
                h.id,
                h.route,
                h.stage,
                h.pc4,
                h.wijk_code,
                h.provider,
                _raw_json(h.pets),
                h.smoking,
                _raw_json(h.languages),
                h.culture_religion,
                _raw_json(h.experience),
                h.available_since,
                h.last_placement_ended_on,
            ),
            h.id,
        )
    )
    offers: dict[int, list[Any]] = {}
    offer_columns = select(
        o.id,
        o.household_id,
        o.care_form,
        o.schedule,
        o.weekend_pattern,
        o.holidays,
        o.capacity,
        o.age_min,
        o.age_max,
        o.siblings_accepted,
        _raw_json(o.needs_ok),
        o.max_distance_km,
        o.valid_from,
        o.valid_to,
        o.paused,
    ).order_by(o.id)
    for row in limited(offer_columns, o.household_id):
        offers.setdefault(row.household_id, []).append(row)
    pauses: dict[int, list[tuple[date, date, str]]] = {}
    for offer_id, starts, ends, reason in limited(
        select(
            m.OfferPause.offer_id, m.OfferPause.starts_on, m.OfferPause.ends_on, m.OfferPause.reason
        ).join(o, o.id == m.OfferPause.offer_id),
        o.household_id,
    ):
        pauses.setdefault(offer_id, []).append((starts, ends, reason or ""))
    offer_ids = [offer.id for rows in offers.values() for offer in rows]
    usage: dict[int, OfferUse] = {}
    if household_ids is None:
        usage = offer_usage(session, None, day)
    else:
        for chunk in _chunks(offer_ids):
            usage.update(offer_usage(session, chunk, day))
    kids: dict[int, list[int]] = {}
    for hid, year in limited(
        select(m.HouseholdChild.household_id, m.HouseholdChild.birth_year).where(
            m.HouseholdChild.living_at_home.is_(True)
        ),
        m.HouseholdChild.household_id,
    ):
        kids.setdefault(hid, []).append(year)
    placements: dict[int, list[tuple[Any, date, date | None]]] = {}
    for hid, status, starts, ends in limited(
        select(
            m.Placement.household_id, m.Placement.status, m.Placement.starts_on, m.Placement.ends_on
        ),
        m.Placement.household_id,
    ):
        placements.setdefault(hid, []).append((status, starts, ends))
    # Screening of the available households (the others are excluded for their stage).
    available = [r.id for r in households if r.stage == PipelineStage.BESCHIKBAAR]
    adults: dict[int, list[Any]] = {}
    checks: dict[int, list[CheckRecord]] = {}
    if available:
        a, c = m.Adult, m.ScreeningCheck
        available_set = set(available)
        adult_stmt = select(
            a.id, a.household_id, a.first_name, a.name_prefix, a.last_name, a.moved_in_on
        ).order_by(a.id)
        check_stmt = (
            select(c.id, c.adult_id, c.kind, c.requested_on, c.issued_on, c.expires_on, c.provider)
            .join(a, a.id == c.adult_id)
            .order_by(c.id)
        )
        if household_ids is not None:
            adult_rows: Iterable[Any] = limited(adult_stmt, a.household_id)
            check_rows: Iterable[Any] = limited(check_stmt, a.household_id)
        else:
            hs = m.Household
            adult_rows = conn.execute(
                adult_stmt.join(hs, hs.id == a.household_id).where(
                    hs.stage == PipelineStage.BESCHIKBAAR
                )
            )
            check_rows = conn.execute(
                check_stmt.join(hs, hs.id == a.household_id).where(
                    hs.stage == PipelineStage.BESCHIKBAAR
                )
            )
        for r in adult_rows:
            if r.household_id in available_set:
                adults.setdefault(r.household_id, []).append(r)
        for r in check_rows:
            checks.setdefault(r.adult_id, []).append(
                CheckRecord(
                    kind=r.kind,
                    requested_on=r.requested_on,
                    issued_on=r.issued_on,
                    expires_on=r.expires_on,
                    provider=r.provider,
                    check_id=r.id,
                )
            )
    config = _pipeline_config(session)
    declined: dict[tuple[str, int], str] = {}
    p = m.MatchProposal
    for code, hid, reason in limited(
        select(m.Child.code, p.household_id, p.decline_reason)
        .join(m.Child, m.Child.id == p.child_id)
        .where(p.status == ProposalStatus.AFGEWEZEN)
        .order_by(p.id),
        p.household_id,
    ):
        declined[(code, hid)] = reason or ""

    candidates: list[CandidateOffer] = []
    for r in households:
        active = False
        last_ended = r.last_placement_ended_on
        latest_start: date | None = None
        for status, starts, ends in placements.get(r.id, []):
            if status == PlacementStatus.ACTIEF and starts <= day and (ends is None or ends >= day):
                active = True
                if latest_start is None or starts > latest_start:
                    latest_start = starts
            elif ends is not None and ends < day and (last_ended is None or ends > last_ended):
                last_ended = ends
        blockers: tuple[str, ...] = ()
        if r.stage == PipelineStage.BESCHIKBAAR:
            screening = HouseholdScreening(
                route=HouseholdRoute(r.route),
                provider=r.provider,
                adults=tuple(
                    AdultRecord(
                        name=" ".join(
                            x for x in (ad.first_name, ad.name_prefix, ad.last_name) if x
                        ),
                        moved_in_on=ad.moved_in_on,
                        adult_id=ad.id,
                        checks=tuple(checks.get(ad.id, [])),
                    )
                    for ad in adults.get(r.id, [])
                ),
                has_active_placement=active,
                last_placement_ended_on=last_ended,
            )
            blockers = tuple(blockers_for_available(screening, day, config))
        since = [d for d in (r.available_since, last_ended, latest_start) if d is not None]
        common: dict[str, Any] = {
            "household_id": r.id,
            "stage": PipelineStage(r.stage),
            "pc4": r.pc4,
            "wijk_code": r.wijk_code,
            "screening_blockers": blockers,
            "pets": _json_set(r.pets),
            "smoking": bool(r.smoking),
            "languages": _json_set(r.languages),
            "culture": r.culture_religion or "",
            "experience": _json_set(r.experience),
            "own_children_birth_years": tuple(sorted(kids.get(r.id, []))),
            "waiting_since": max(since) if since else None,
        }
        own = offers.get(r.id, [])
        if not own:
            candidates.append(CandidateOffer(offer_id=None, care_form=None, **common))
            continue
        for offer in own:
            use = usage.get(offer.id) or OfferUse(offer.id, offer.capacity, offer.schedule)
            candidates.append(
                CandidateOffer(
                    offer_id=offer.id,
                    care_form=CareForm(offer.care_form),
                    schedule=offer.schedule or Schedule.empty(),
                    weekend_pattern=offer.weekend_pattern,
                    holidays=bool(offer.holidays),
                    free_places=use.free_places,
                    free_schedule=use.free_schedule,
                    age_min=offer.age_min,
                    age_max=offer.age_max,
                    siblings_accepted=bool(offer.siblings_accepted),
                    needs_ok=_json_set(offer.needs_ok),
                    max_distance_km=offer.max_distance_km,
                    paused=bool(offer.paused),
                    valid_from=offer.valid_from,
                    valid_to=offer.valid_to,
                    pauses=tuple(pauses.get(offer.id, [])),
                    **common,
                )
            )
    return CandidatePool(candidates, declined=declined, geo=geo)


def _pipeline_config(session: Session) -> PipelineConfig:
    """The team's pipeline settings (screening validity), as the Gezinnen page uses them."""
    row = session.scalar(select(m.Setting).where(m.Setting.key == PIPELINE_SETTINGS_KEY))
    if row is None:
        return DEFAULT_CONFIG
    try:
        return PipelineConfig.from_json(row.value)
    except ValidationError as exc:
        log.warning("Pipeline settings unreadable, using defaults: %s", exc)
        return DEFAULT_CONFIG


# --------------------------------------------------------------------------- weights


def load_weights(db: Database) -> tuple[MatchWeights, int | None]:
    """The team's weights and the stored version (``None``: defaults, never saved).
    Weights that cannot be read are logged and replaced by the defaults."""
    with db.session() as session:
        return _load_weights(session)


def _load_weights(session: Session) -> tuple[MatchWeights, int | None]:
    row = session.scalar(select(m.Setting).where(m.Setting.key == WEIGHTS_SETTING_KEY))
    if row is None:
        return MatchWeights(), None
    try:
        return MatchWeights.from_json(row.value), row.version
    except ValidationError as exc:
        log.warning("Matching weights unreadable, using defaults: %s", exc)
        return MatchWeights(), row.version


def save_weights(
    db: Database,
    weights: MatchWeights,
    expected_version: int | None,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Store the weights (a beheerder's choice); ``expected_version`` is the version
    they were loaded with (``None``: never saved). Returns the new version."""
    with _writing(db, _("gewichtenset")) as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == WEIGHTS_SETTING_KEY))
        if row is None:
            if expected_version is not None:
                raise StaleRecordError(stale_message(_("gewichtenset")))
            row = m.Setting(key=WEIGHTS_SETTING_KEY, value=weights.to_json())
            session.add(row)
            action = AuditAction.CREATE
        else:
            if row.version != expected_version:
                raise StaleRecordError(stale_message(_("gewichtenset")))
            row.value = weights.to_json()
            action = AuditAction.UPDATE
        session.flush()
        audit(
            session,
            action,
            "settings",
            row.id,
            WEIGHTS_SETTING_KEY,
            username=username,
            user_id=user_id,
        )
        return row.version


# --------------------------------------------------------------------------- ranking


def rank_for_child(
    db: Database,
    code: str,
    top: int | None = None,
    *,
    on: date | None = None,
    weights: MatchWeights | None = None,
    pool: CandidatePool | None = None,
    explain_top: int = 20,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
    record_view: bool = True,
) -> Ranking:
    """Rank every household for the child ``code`` (with its siblings placed together).

    ``pool`` may be a pool the caller loaded before (it is then not reloaded). Looking
    at a child's matches is a view of the child's record: an audit line is written
    unless ``record_view`` is False.
    """
    day = on or clock.today()
    with db.session() as session:
        child, siblings = load_child(session, code, day)
        if weights is None:
            weights = _load_weights(session)[0]
        if pool is None:
            pool = load_pool(session, on=day)
    ranking = rank(child, pool, weights, top, siblings=siblings, on=day, explain_top=explain_top)
    if record_view:
        with db.transaction() as session:
            audit(
                session,
                AuditAction.VIEW,
                "children",
                child.child_id,
                _("matching bekeken"),
                username=username,
                user_id=user_id,
            )
    return ranking


@dataclass(frozen=True)
class ChildFit:
    """A waiting child a household could help, with how well it fits."""

    child: str
    siblings: tuple[str, ...]
    candidate: Candidate


def children_for_household(
    db: Database,
    household_id: int,
    *,
    on: date | None = None,
    weights: MatchWeights | None = None,
) -> list[ChildFit]:
    """The waiting children (status *wacht*) this household could take, best first.

    A sibling group appears with each of its children (their own scores) when the
    household can take the whole group on one offer.
    """
    day = on or clock.today()
    with db.session() as session:
        if session.get(m.Household, household_id) is None:
            raise NotFoundError(_("Dit gezin bestaat niet (meer). Vernieuw de lijst."))
        if weights is None:
            weights = _load_weights(session)[0]
        pool = load_pool(session, on=day, household_ids=[household_id])
        children = load_waiting_children(session, day)
    offers = [o for o in pool.offers if o.offer_id is not None and o.care_form is not None]
    if not offers:
        return []
    by_code = {c.code: c for c in children}
    fits: list[ChildFit] = []
    for child in children:
        # Cheap checks first: most children need a care form or age this family
        # does not offer, and are skipped without a ranking.
        if not any(
            o.care_form is not None
            and offer_serves(o.care_form, child.care_form)
            and o.age_min * 12 <= child.age_months < (o.age_max + 1) * 12
            for o in offers
        ):
            continue
        siblings = [by_code[s] for s in child.sibling_codes if s in by_code]
        ranking = rank(child, pool, weights, siblings=siblings, on=day, explain_top=1)
        if ranking.candidates:
            fits.append(ChildFit(child.code, child.sibling_codes, ranking.candidates[0]))
    fits.sort(key=lambda f: (-f.candidate.score, f.child))
    return fits


# --------------------------------------------------------------------------- proposals


@dataclass(frozen=True)
class ProposalInfo:
    id: int
    version: int
    child: str
    child_id: int
    household_id: int
    offer_id: int | None
    status: ProposalStatus
    score: float
    components: dict[str, float]
    explanation: tuple[str, ...]
    proposed_at: datetime
    decline_reason: str | None
    planned_start: date | None
    schedule: Schedule | None
    placement_id: int | None = None
    placement_version: int | None = None


def _info(proposal: m.MatchProposal, code: str, placement: m.Placement | None) -> ProposalInfo:
    return ProposalInfo(
        id=proposal.id,
        version=proposal.version,
        child=code,
        child_id=proposal.child_id,
        household_id=proposal.household_id,
        offer_id=proposal.offer_id,
        status=ProposalStatus(proposal.status),
        score=proposal.score,
        components=dict(proposal.components or {}),
        explanation=tuple(proposal.explanation or ()),
        proposed_at=proposal.proposed_at,
        decline_reason=proposal.decline_reason,
        planned_start=proposal.planned_start,
        schedule=proposal.schedule,
        placement_id=placement.id if placement is not None else None,
        placement_version=placement.version if placement is not None else None,
    )


def _infos(session: Session, proposals: Sequence[m.MatchProposal]) -> list[ProposalInfo]:
    if not proposals:
        return []
    ids = [p.id for p in proposals]
    codes: dict[int, str] = {
        child_id: code
        for child_id, code in session.execute(
            select(m.Child.id, m.Child.code).where(m.Child.id.in_({p.child_id for p in proposals}))
        )
    }
    placements = {
        pl.proposal_id: pl
        for pl in session.scalars(select(m.Placement).where(m.Placement.proposal_id.in_(ids)))
    }
    return [_info(p, codes.get(p.child_id, ""), placements.get(p.id)) for p in proposals]


def proposals_for_child(db: Database, code: str) -> list[ProposalInfo]:
    """All proposals of a child, newest first (the decline reasons included)."""
    with db.session() as session:
        child = session.scalar(select(m.Child).where(m.Child.code == code.strip()))
        if child is None:
            raise NotFoundError(
                _("Er is geen kind met code '{code}'. Controleer de code.").format(code=code)
            )
        proposals = list(
            session.scalars(
                select(m.MatchProposal)
                .where(m.MatchProposal.child_id == child.id)
                .order_by(m.MatchProposal.proposed_at.desc(), m.MatchProposal.id.desc())
            )
        )
        return _infos(session, proposals)


def proposals_for_household(db: Database, household_id: int) -> list[ProposalInfo]:
    """All proposals to a household, newest first."""
    with db.session() as session:
        proposals = list(
            session.scalars(
                select(m.MatchProposal)
                .where(m.MatchProposal.household_id == household_id)
                .order_by(m.MatchProposal.proposed_at.desc(), m.MatchProposal.id.desc())
            )
        )
        return _infos(session, proposals)


def _history(
    session: Session,
    proposal: m.MatchProposal,
    to_status: ProposalStatus,
    reason: str,
    user_id: int | None,
) -> None:
    session.add(
        m.ProposalStatusChange(
            proposal_id=proposal.id,
            from_status=proposal.status if proposal.id is not None else None,
            to_status=to_status,
            user_id=user_id,
            reason=reason,
        )
    )


def propose(
    db: Database,
    code: str,
    household_id: int,
    offer_id: int | None = None,
    *,
    on: date | None = None,
    weights: MatchWeights | None = None,
    note: str = "",
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ProposalInfo]:
    """Propose the child (and its siblings, on the same offer) to a household.

    The pair is checked against every hard limit at this moment; the score,
    components and explanation of each child are frozen in its proposal. Without
    ``offer_id`` the household's best offer is taken. Returns the new proposals.
    """
    day = on or clock.today()
    with _writing(db, _kind_child()) as session:
        child, siblings = load_child(session, code, day)
        group = [child, *siblings]
        records = {
            r.code: r
            for r in session.scalars(
                select(m.Child).where(m.Child.code.in_([g.code for g in group]))
            )
        }
        for member in group:
            record = records[member.code]
            if record.status != ChildStatus.WACHT:
                raise UserError(
                    _(
                        "Kind {code} heeft de status '{status}' en kan nu niet worden "
                        "voorgesteld. Rond eerst het lopende voorstel af."
                    ).format(code=member.code, status=label(record.status))
                )
        if weights is None:
            weights = _load_weights(session)[0]
        pool = load_pool(session, on=day, household_ids=[household_id])
        if pool.household_count == 0:
            raise NotFoundError(_("Dit gezin bestaat niet (meer). Vernieuw de lijst."))
        frozen: list[tuple[ChildNeed, Candidate]] = []
        for member in group:
            others = [g for g in group if g.code != member.code]
            ranking = rank(member, pool, weights, siblings=others, on=day, explain_top=0)
            fit = ranking.why(household_id) if offer_id is None else ranking.for_offer(offer_id)
            if fit is None:
                raise NotFoundError(
                    _("Dit aanbod hoort niet bij dit gezin. Kies een aanbod van het gezin.")
                )
            if isinstance(fit, Exclusion):
                raise UserError(
                    _("Dit gezin past niet bij kind {code}: {redenen}.").format(
                        code=member.code, redenen="; ".join(fit.reasons)
                    )
                )
            frozen.append((member, fit))
        chosen_offer = frozen[0][1].offer_id
        created: list[m.MatchProposal] = []
        for member, fit in frozen:
            record = records[member.code]
            proposal = m.MatchProposal(
                child_id=record.id,
                household_id=household_id,
                offer_id=chosen_offer,
                score=fit.score,
                components=dict(fit.components),
                explanation=list(fit.explanation),
                status=ProposalStatus.VOORGESTELD,
                proposed_by_id=user_id,
                planned_start=record.wanted_start,
                schedule=record.schedule_needed,
            )
            session.add(proposal)
            session.flush()
            session.add(
                m.ProposalStatusChange(
                    proposal_id=proposal.id,
                    from_status=None,
                    to_status=ProposalStatus.VOORGESTELD,
                    user_id=user_id,
                    reason=note.strip(),
                )
            )
            record.status = ChildStatus.VOORGESTELD
            audit(
                session,
                AuditAction.CREATE,
                "match_proposals",
                proposal.id,
                _("kind {code} voorgesteld aan gezin {gezin} (score {score})").format(
                    code=member.code, gezin=household_id, score=fit.score
                ),
                username=username,
                user_id=user_id,
            )
            created.append(proposal)
        session.flush()
        return _infos(session, created)


def _group_proposals(
    session: Session, proposal_id: int, expected_version: int
) -> list[m.MatchProposal]:
    """The proposal (version-checked) and those of its siblings made with it: same
    household and offer, same status, children of the same sibling group."""
    proposal = session.get(m.MatchProposal, proposal_id)
    if proposal is None:
        raise NotFoundError(_("Dit voorstel bestaat niet (meer). Vernieuw de lijst."))
    if proposal.version != expected_version:
        raise StaleRecordError(stale_message(_kind_proposal()))
    child = session.get(m.Child, proposal.child_id)
    group = [proposal]
    if child is not None and child.sibling_group_id is not None:
        siblings = session.scalars(
            select(m.MatchProposal)
            .join(m.Child, m.Child.id == m.MatchProposal.child_id)
            .where(
                m.Child.sibling_group_id == child.sibling_group_id,
                m.MatchProposal.id != proposal.id,
                m.MatchProposal.household_id == proposal.household_id,
                m.MatchProposal.status == proposal.status,
                (
                    m.MatchProposal.offer_id == proposal.offer_id
                    if proposal.offer_id is not None
                    else m.MatchProposal.offer_id.is_(None)
                ),
            )
            .order_by(m.MatchProposal.id)
        )
        group += list(siblings)
    return group


_NEXT: dict[ProposalStatus, tuple[ProposalStatus, ...]] = {
    ProposalStatus.VOORGESTELD: (ProposalStatus.KENNISMAKING, ProposalStatus.AFGEWEZEN),
    ProposalStatus.KENNISMAKING: (ProposalStatus.GEACCEPTEERD, ProposalStatus.AFGEWEZEN),
    ProposalStatus.GEACCEPTEERD: (ProposalStatus.GEPLAATST, ProposalStatus.AFGEWEZEN),
    ProposalStatus.GEPLAATST: (ProposalStatus.BEEINDIGD,),
}


def _check_step(proposal: m.MatchProposal, to_status: ProposalStatus) -> None:
    allowed = _NEXT.get(ProposalStatus(proposal.status), ())
    if to_status in allowed:
        return
    if allowed:
        options = ", ".join(label(s) for s in allowed)
        raise UserError(
            _(
                "Een voorstel met de status '{nu}' kan niet naar '{naar}'; mogelijk is: {opties}."
            ).format(nu=label(proposal.status), naar=label(to_status), opties=options)
        )
    raise UserError(
        _("Dit voorstel is al afgerond (status '{nu}') en kan niet meer veranderen.").format(
            nu=label(proposal.status)
        )
    )


def _step(
    db: Database,
    proposal_id: int,
    expected_version: int,
    to_status: ProposalStatus,
    *,
    reason: str = "",
    username: str,
    user_id: int | None,
    extra: Callable[[Session, list[m.MatchProposal]], None] | None = None,
) -> list[ProposalInfo]:
    with _writing(db, _kind_proposal()) as session:
        group = _group_proposals(session, proposal_id, expected_version)
        for proposal in group:
            _check_step(proposal, to_status)
        if extra is not None:
            extra(session, group)
        for proposal in group:
            _history(session, proposal, to_status, reason, user_id)
            proposal.status = to_status
            audit(
                session,
                AuditAction.UPDATE,
                "match_proposals",
                proposal.id,
                _("status {status}").format(status=label(to_status))
                + (f": {reason}" if reason else ""),
                username=username,
                user_id=user_id,
            )
        session.flush()
        return _infos(session, group)


def start_kennismaking(
    db: Database,
    proposal_id: int,
    expected_version: int,
    *,
    note: str = "",
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ProposalInfo]:
    """The child and the family get to know each other."""
    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.KENNISMAKING,
        reason=note.strip(),
        username=username,
        user_id=user_id,
    )


def accept(
    db: Database,
    proposal_id: int,
    expected_version: int,
    *,
    note: str = "",
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ProposalInfo]:
    """Everyone agrees after the kennismaking; the placement can be planned."""
    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.GEACCEPTEERD,
        reason=note.strip(),
        username=username,
        user_id=user_id,
    )


def decline(
    db: Database,
    proposal_id: int,
    expected_version: int,
    reason: str,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ProposalInfo]:
    """Decline the proposal; the reason is required and kept, and this child and
    household are not proposed to each other again. The child waits again."""
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            _("Geef een reden op waarom het voorstel wordt afgewezen; die wordt bewaard."),
            field="reason",
        )
    if len(why) > 1000:
        raise ValidationError(_("Houd de reden korter dan 1000 tekens."), field="reason")

    def record_reason(session: Session, group: list[m.MatchProposal]) -> None:
        for proposal in group:
            proposal.decline_reason = why
            child = session.get(m.Child, proposal.child_id)
            if child is not None and child.status == ChildStatus.VOORGESTELD:
                others = session.scalar(
                    select(m.MatchProposal.id).where(
                        m.MatchProposal.child_id == child.id,
                        m.MatchProposal.id != proposal.id,
                        m.MatchProposal.status.in_(OPEN_PROPOSAL_STATUSES),
                    )
                )
                if others is None:
                    child.status = ChildStatus.WACHT

    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.AFGEWEZEN,
        reason=why,
        username=username,
        user_id=user_id,
        extra=record_reason,
    )


def place(
    db: Database,
    proposal_id: int,
    expected_version: int,
    starts_on: date,
    schedule: Schedule | None = None,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ProposalInfo]:
    """Place the child (and its siblings) from ``starts_on``: a ``Placement`` per child
    that uses the offer's places and, for part-time care, the parts of the week in
    ``schedule`` (default: what the child needs). Refused when the offer no longer has
    room on that day."""
    if not isinstance(starts_on, date):
        raise ValidationError(_("Vul de startdatum van de plaatsing in."), field="starts_on")

    def create_placements(session: Session, group: list[m.MatchProposal]) -> None:
        first = group[0]
        if first.offer_id is None:
            raise UserError(
                _(
                    "Het aanbod van dit voorstel bestaat niet meer. Wijs het voorstel af en "
                    "doe een nieuw voorstel."
                )
            )
        offer = session.get(m.AvailabilityOffer, first.offer_id)
        if offer is None:
            raise UserError(
                _(
                    "Het aanbod van dit voorstel bestaat niet meer. Wijs het voorstel af en "
                    "doe een nieuw voorstel."
                )
            )
        children = {
            c.id: c
            for c in session.scalars(
                select(m.Child).where(m.Child.id.in_([p.child_id for p in group]))
            )
        }
        schedules = {
            p.id: schedule or children[p.child_id].schedule_needed or Schedule.empty()
            for p in group
        }
        # Room is needed from the start on: on that day and on every later day an
        # already planned placement starts.
        later = session.scalars(
            select(m.Placement.starts_on).where(
                m.Placement.offer_id == offer.id,
                m.Placement.status == PlacementStatus.ACTIEF,
                m.Placement.starts_on > starts_on,
            )
        )
        together = Schedule.empty()
        for s in schedules.values():
            together = together.union(s)
        for day in sorted({starts_on, *later}):
            use = offer_usage(session, [offer.id], day)[offer.id]
            if use.free_places < len(group):
                raise UserError(
                    _(
                        "Het aanbod heeft op {datum} {vrij} vrije plek(ken), en er zijn er "
                        "{nodig} nodig. Kies een andere startdatum of een ander gezin."
                    ).format(datum=_fmt(day), vrij=use.free_places, nodig=len(group))
                )
            if CareForm(offer.care_form).family.value != "voltijd" and not (
                use.free_schedule.covers(together)
            ):
                missing = together.minus(use.free_schedule)
                raise UserError(
                    _(
                        "Het aanbod heeft {delen} op {datum} niet (meer) vrij. Kies een ander "
                        "rooster of een andere startdatum."
                    ).format(delen=missing.describe(), datum=_fmt(day))
                )
        for proposal in group:
            child = children[proposal.child_id]
            placement = m.Placement(
                proposal_id=proposal.id,
                child_id=child.id,
                household_id=proposal.household_id,
                offer_id=offer.id,
                care_form=child.care_form,
                schedule=schedules[proposal.id],
                starts_on=starts_on,
                status=PlacementStatus.ACTIEF,
            )
            session.add(placement)
            session.flush()
            proposal.planned_start = starts_on
            proposal.schedule = schedules[proposal.id]
            child.status = ChildStatus.GEPLAATST
            audit(
                session,
                AuditAction.CREATE,
                "placements",
                placement.id,
                _("kind {code} geplaatst bij gezin {gezin} vanaf {datum}").format(
                    code=child.code, gezin=proposal.household_id, datum=_fmt(starts_on)
                ),
                username=username,
                user_id=user_id,
            )
            _clear_shortlist(session, child.code)

    return _step(
        db,
        proposal_id,
        expected_version,
        ProposalStatus.GEPLAATST,
        username=username,
        user_id=user_id,
        extra=create_placements,
    )


def end_placement(
    db: Database,
    placement_id: int,
    expected_version: int,
    ends_on: date,
    reason: str,
    *,
    child_needs_new_place: bool = False,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> ProposalInfo | None:
    """End a placement on ``ends_on`` (its last day); the reason is required. The
    places and parts of the week are free again after that day. The child is closed,
    or waits again when ``child_needs_new_place``. Returns the proposal it came from."""
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            _("Geef een reden op waarom de plaatsing eindigt; die wordt bewaard."),
            field="reason",
        )
    with _writing(db, _kind_placement()) as session:
        placement = session.get(m.Placement, placement_id)
        if placement is None:
            raise NotFoundError(_("Deze plaatsing bestaat niet (meer). Vernieuw de lijst."))
        if placement.version != expected_version:
            raise StaleRecordError(stale_message(_kind_placement()))
        if placement.status != PlacementStatus.ACTIEF or placement.ends_on is not None:
            raise UserError(_("Deze plaatsing is al beëindigd."))
        if ends_on < placement.starts_on:
            raise ValidationError(
                _("De einddatum ligt vóór de startdatum ({start}). Kies een latere datum.").format(
                    start=_fmt(placement.starts_on)
                ),
                field="ends_on",
            )
        placement.ends_on = ends_on
        placement.end_reason = why
        # Still active through its last day; capacity counts it until then.
        if ends_on < clock.today():
            placement.status = PlacementStatus.BEEINDIGD
        child = session.get(m.Child, placement.child_id)
        if child is not None and child.status == ChildStatus.GEPLAATST:
            child.status = ChildStatus.WACHT if child_needs_new_place else ChildStatus.GESLOTEN
            if child_needs_new_place:
                child.waiting_since = ends_on
        household = session.get(m.Household, placement.household_id)
        if household is not None and (
            household.last_placement_ended_on is None or household.last_placement_ended_on < ends_on
        ):
            household.last_placement_ended_on = ends_on
        proposal = (
            session.get(m.MatchProposal, placement.proposal_id)
            if placement.proposal_id is not None
            else None
        )
        if proposal is not None and proposal.status == ProposalStatus.GEPLAATST:
            _history(session, proposal, ProposalStatus.BEEINDIGD, why, user_id)
            proposal.status = ProposalStatus.BEEINDIGD
        audit(
            session,
            AuditAction.UPDATE,
            "placements",
            placement.id,
            _("beëindigd op {datum}: {reden}").format(datum=_fmt(ends_on), reden=why),
            username=username,
            user_id=user_id,
        )
        session.flush()
        if proposal is None:
            return None
        return _infos(session, [proposal])[0]


# --------------------------------------------------------------------------- shortlist


@dataclass(frozen=True)
class ShortlistEntry:
    household_id: int
    offer_id: int | None
    added_by: str
    added_on: date


def _shortlist_key(code: str) -> str:
    return SHORTLIST_PREFIX + code.strip()


def _shortlist_entries(value: Any) -> list[ShortlistEntry]:
    entries: list[ShortlistEntry] = []
    for item in value if isinstance(value, list) else []:
        try:
            entries.append(
                ShortlistEntry(
                    household_id=int(item["household"]),
                    offer_id=None if item.get("offer") is None else int(item["offer"]),
                    added_by=str(item.get("by", "")),
                    added_on=date.fromisoformat(str(item["on"])),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return entries


def shortlist(db: Database, code: str) -> list[ShortlistEntry]:
    """The households a matcher put on the child's shortlist, in the order added."""
    with db.session() as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
        return _shortlist_entries(row.value) if row is not None else []


def _save_shortlist(
    session: Session, code: str, entries: list[ShortlistEntry], username: str, user_id: int | None
) -> None:
    key = _shortlist_key(code)
    row = session.scalar(select(m.Setting).where(m.Setting.key == key))
    value = [
        {
            "household": e.household_id,
            "offer": e.offer_id,
            "by": e.added_by,
            "on": e.added_on.isoformat(),
        }
        for e in entries
    ]
    if row is None:
        row = m.Setting(key=key, value=value)
        session.add(row)
    else:
        row.value = value
    session.flush()
    audit(
        session,
        AuditAction.UPDATE,
        "settings",
        row.id,
        key,
        username=username,
        user_id=user_id,
    )


def _clear_shortlist(session: Session, code: str) -> None:
    row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
    if row is not None:
        session.delete(row)


def add_to_shortlist(
    db: Database,
    code: str,
    household_id: int,
    offer_id: int | None = None,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ShortlistEntry]:
    """Put a household on the child's shortlist (once); returns the shortlist."""
    with _writing(db, _("shortlist")) as session:
        if session.scalar(select(m.Child.id).where(m.Child.code == code.strip())) is None:
            raise NotFoundError(
                _("Er is geen kind met code '{code}'. Controleer de code.").format(code=code)
            )
        if session.get(m.Household, household_id) is None:
            raise NotFoundError(_("Dit gezin bestaat niet (meer). Vernieuw de lijst."))
        row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
        entries = _shortlist_entries(row.value) if row is not None else []
        if all(e.household_id != household_id for e in entries):
            entries.append(ShortlistEntry(household_id, offer_id, username, clock.today()))
            _save_shortlist(session, code, entries, username, user_id)
        return entries


def remove_from_shortlist(
    db: Database,
    code: str,
    household_id: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> list[ShortlistEntry]:
    """Take a household off the child's shortlist; returns the shortlist."""
    with _writing(db, _("shortlist")) as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == _shortlist_key(code)))
        entries = _shortlist_entries(row.value) if row is not None else []
        kept = [e for e in entries if e.household_id != household_id]
        if len(kept) != len(entries):
            _save_shortlist(session, code, kept, username, user_id)
        return kept


# --------------------------------------------------------------------------- the plan


def plan(
    db: Database,
    *,
    on: date | None = None,
    weights: MatchWeights | None = None,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> PlacementPlan:
    """The placement plan for all waiting children (nothing is written)."""
    day = on or clock.today()
    with db.session() as session:
        children = load_waiting_children(session, day)
        if weights is None:
            weights = _load_weights(session)[0]
        pool = load_pool(session, on=day)
    return solve_plan(children, pool, weights, on=day, progress=progress, time_limit=time_limit)
