"""Loading what matching needs: the children (with the siblings placed together) and the
pool of every household and offer.

:func:`load_pool` turns every household and offer into the arrays of
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
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.capacity import OfferUse
from utregs_plekkie.core.enums import (
    CareForm,
    ChildStatus,
    HouseholdRoute,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
)
from utregs_plekkie.core.errors import NotFoundError, ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import CandidateOffer, CandidatePool, ChildNeed, age_in_months
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    AdultRecord,
    CheckRecord,
    HouseholdScreening,
    PipelineConfig,
    blockers_for_available,
)
from utregs_plekkie.core.pipeline import SETTINGS_KEY as PIPELINE_SETTINGS_KEY
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.matching.common import _NEEDING_PLACE, _chunks, _json_set, _raw_json

log = logging.getLogger(__name__)

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
