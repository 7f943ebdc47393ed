"""What the Matching page reads besides ``storage.matching``: the pool of households
(:func:`matching_pool`, loaded once and passed back with ``pool=``), the names of
households (a ranking only knows their ids), and proposals with their status history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from utregs_plekkie.core.enums import CareForm, ProposalStatus
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import CandidatePool
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.children.rules import _CHUNK
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.pool import load_pool
from utregs_plekkie.storage.matching.proposals import ProposalInfo, proposals_for_child

# --------------------------------------------------------------------------- matching reads


def matching_pool(
    db: Database, on: date | None = None, household_ids: Sequence[int] | None = None
) -> CandidatePool:
    """Every household (or those in ``household_ids``) with its offers as a matching
    pool (about 2 s at 25,000 households: load it once, off the GUI thread, and pass it
    back in with ``pool=``)."""
    with db.session() as session:
        return load_pool(session, on=on, household_ids=household_ids)


def household_names(db: Database, ids: Iterable[int] | None = None) -> dict[int, str]:
    """Household id -> name ("Familie De Vries"), of all households or of ``ids``."""
    h = m.Household
    names: dict[int, str] = {}
    with db.engine.connect() as conn:
        if ids is None:
            names.update((int(i), str(n)) for i, n in conn.execute(select(h.id, h.name)))
            return names
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            names.update(
                (int(i), str(n))
                for i, n in conn.execute(select(h.id, h.name).where(h.id.in_(chunk)))
            )
    return names


@dataclass(frozen=True)
class ProposalStep:
    """One dated step of a proposal's history."""

    at: datetime
    from_status: ProposalStatus | None
    to_status: ProposalStatus
    reason: str
    username: str | None


@dataclass(frozen=True)
class ProposalView:
    """A proposal as the Matching page shows it: the frozen facts, the family's name,
    the offer's care form, the placement (if any) and the history of its status."""

    info: ProposalInfo
    household_name: str
    offer_care_form: CareForm | None
    history: tuple[ProposalStep, ...]
    placement_starts_on: date | None = None
    placement_ends_on: date | None = None
    child_schedule: Schedule = field(default_factory=Schedule.empty)

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def status(self) -> ProposalStatus:
        return self.info.status


def _views(db: Database, infos: Sequence[ProposalInfo]) -> list[ProposalView]:
    if not infos:
        return []
    ids = [i.id for i in infos]
    ch = m.ProposalStatusChange
    history: dict[int, list[ProposalStep]] = {}
    with db.engine.connect() as conn:
        for row in conn.execute(
            select(ch.proposal_id, ch.at, ch.from_status, ch.to_status, ch.reason, m.User.username)
            .outerjoin(m.User, m.User.id == ch.user_id)
            .where(ch.proposal_id.in_(ids))
            .order_by(ch.at, ch.id)
        ):
            history.setdefault(row.proposal_id, []).append(
                ProposalStep(
                    at=row.at,
                    from_status=ProposalStatus(row.from_status) if row.from_status else None,
                    to_status=ProposalStatus(row.to_status),
                    reason=row.reason or "",
                    username=row.username,
                )
            )
        names = {
            int(i): str(n)
            for i, n in conn.execute(
                select(m.Household.id, m.Household.name).where(
                    m.Household.id.in_({i.household_id for i in infos})
                )
            )
        }
        offer_ids = {i.offer_id for i in infos if i.offer_id is not None}
        cares = {
            int(i): CareForm(c)
            for i, c in conn.execute(
                select(m.AvailabilityOffer.id, m.AvailabilityOffer.care_form).where(
                    m.AvailabilityOffer.id.in_(offer_ids)
                )
            )
        }
        placements = {
            int(i): (s, e)
            for i, s, e in conn.execute(
                select(m.Placement.id, m.Placement.starts_on, m.Placement.ends_on).where(
                    m.Placement.id.in_({i.placement_id for i in infos if i.placement_id})
                )
            )
        }
        schedules = {
            int(i): s
            for i, s in conn.execute(
                select(m.Child.id, m.Child.schedule_needed).where(
                    m.Child.id.in_({i.child_id for i in infos})
                )
            )
        }
    views: list[ProposalView] = []
    for info in infos:
        starts, ends = placements.get(info.placement_id or -1, (None, None))
        views.append(
            ProposalView(
                info=info,
                household_name=names.get(info.household_id, ""),
                offer_care_form=cares.get(info.offer_id) if info.offer_id is not None else None,
                history=tuple(history.get(info.id, [])),
                placement_starts_on=starts,
                placement_ends_on=ends,
                child_schedule=schedules.get(info.child_id) or Schedule.empty(),
            )
        )
    return views


def proposal_views_for_child(db: Database, code: str) -> list[ProposalView]:
    """Every proposal of the child, newest first, each with its status history."""
    return _views(db, proposals_for_child(db, code))


def proposal_view(db: Database, proposal_id: int) -> ProposalView:
    """One proposal with its history (for the list of all proposals)."""
    with db.engine.connect() as conn:
        code = conn.execute(
            select(m.Child.code)
            .join(m.MatchProposal, m.MatchProposal.child_id == m.Child.id)
            .where(m.MatchProposal.id == proposal_id)
        ).scalar()
    if code is None:
        raise NotFoundError(_("Dit voorstel bestaat niet (meer). Vernieuw de lijst."))
    for view in proposal_views_for_child(db, str(code)):
        if view.id == proposal_id:
            return view
    raise NotFoundError(_("Dit voorstel bestaat niet (meer). Vernieuw de lijst."))
