"""The placement plan for all waiting children, loaded from the database (nothing is
written)."""

from __future__ import annotations

from datetime import date

from utregs_plekkie.core import clock
from utregs_plekkie.core.matching import MatchWeights
from utregs_plekkie.core.plan import PlacementPlan, Progress
from utregs_plekkie.core.plan import plan as solve_plan
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.pool import load_pool, load_waiting_children
from utregs_plekkie.storage.matching.weights import _load_weights

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
