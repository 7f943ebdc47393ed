"""Ranking one child against every household, and the children that fit one household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import (
    Candidate,
    CandidatePool,
    MatchWeights,
    Ranking,
    offer_serves,
    rank,
)
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import _kind_child
from utregs_plekkie.storage.matching.pool import load_child, load_pool, load_waiting_children
from utregs_plekkie.storage.matching.weights import _load_weights
from utregs_plekkie.storage.unit_of_work import unit_of_work

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
    actor: Actor,
    record_view: bool = True,
) -> Ranking:
    """Rank every household for the child ``code`` (with its siblings placed together).

    ``pool`` may be a pool the caller loaded before (it is then not reloaded). Looking
    at a child's matches is a view of the child's record: an audit line in ``actor``'s
    name is written unless ``record_view`` is False.
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
        with unit_of_work(db, actor, Permission.MATCHING, kind=_kind_child()) as uow:
            uow.audit(AuditAction.VIEW, "children", _("matching bekeken"), child.child_id)
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
