"""A placement plan for all waiting children at once, solved exactly.

The plan maximises the total score (the sum of every placed child's own score, the same
score ``rank`` gives) under the capacities:

* each child, or sibling group, is placed at most once, and a sibling group is placed
  whole, on one offer, using as many places as it has children;
* an offer never gets more children than it has free places;
* on a part-time or support offer the children placed must not need the same part of
  the week (a sibling group comes together, so its cells count once), and all of it
  must lie within the offer's free schedule; full-time offers use places only
  (``core.capacity``). This is exact: one constraint per offer and cell of the week
  that more than one candidate group needs, never a simplification.

It is an integer program (``scipy.optimize.milp``, HiGHS) with a variable only for each
feasible (group, offer) pair: the same hard limits as :func:`core.matching.rank`. All
placements of the plan are treated as happening together (capacity as the pool gives
it, normally today's). Nothing is written anywhere: a person confirms each proposal.

Reasons for a child left out are one Dutch sentence: no feasible family at all (with
the limit that most often stands in the way), or every fitting place went to other
children because that gives the highest total.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import bmat, coo_array, csc_array, csr_array
from scipy.sparse.csgraph import connected_components

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import (
    CandidatePool,
    ChildNeed,
    GroupFit,
    MatchWeights,
    evaluate_group,
    no_fit_reason,
)
from utregs_plekkie.core.schedule import DAYS, PARTS_PER_DAY

__all__ = [
    "Assignment",
    "PlacementPlan",
    "PlanCancelled",
    "Unassigned",
    "make_groups",
    "plan",
    "solve_pairs",
]

Progress = Callable[[int, int], bool]
"""Called as ``progress(done, total)``; returning False cancels the plan."""

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_CELLS = DAYS * PARTS_PER_DAY


class PlanCancelled(UserError):
    """The user stopped the plan; nothing was proposed."""


@dataclass(frozen=True)
class Assignment:
    """One child on one offer; children of a sibling group share household and offer."""

    child: str
    household_id: int
    offer_id: int
    score: float
    group: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unassigned:
    child: str
    reason: str


@dataclass
class PlacementPlan:
    assignments: list[Assignment]
    total_score: float
    unassigned: list[Unassigned]
    #: True when HiGHS proved the total is the highest possible.
    optimal: bool = True
    groups: int = 0
    pairs: int = 0
    constraints: int = 0
    seconds_pairs: float = 0.0
    seconds_solve: float = 0.0
    message: str = ""


def make_groups(children: Sequence[ChildNeed]) -> list[tuple[ChildNeed, ...]]:
    """Sibling groups among ``children`` (linked by ``sibling_codes``), each sorted by
    code, in the order of their first code. Siblings not in ``children`` are ignored:
    the group is the children that are waiting together."""
    by_code: dict[str, ChildNeed] = {}
    for child in children:
        if child.code in by_code:
            raise ValueError(f"child {child.code!r} given twice")
        by_code[child.code] = child
    parent = {code: code for code in by_code}

    def find(code: str) -> str:
        while parent[code] != code:
            parent[code] = parent[parent[code]]
            code = parent[code]
        return code

    for child in children:
        for other in child.sibling_codes:
            if other in by_code:
                a, b = find(child.code), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[str, list[ChildNeed]] = {}
    for code in sorted(by_code):
        groups.setdefault(find(code), []).append(by_code[code])
    return [tuple(members) for _root, members in sorted(groups.items())]


def solve_pairs(
    pair_group: IntArray,
    pair_row: IntArray,
    pair_weight: FloatArray,
    group_size: IntArray,
    group_schedule: IntArray,
    free_places: IntArray,
    fulltime: npt.NDArray[np.bool_],
    *,
    time_limit: float | None = None,
) -> tuple[npt.NDArray[np.bool_], bool, int, str]:
    """Choose pairs (group, offer row) maximising the total weight.

    ``free_places`` and ``fulltime`` are indexed by offer row. Returns (chosen mask,
    proven optimal, number of constraints, solver message).
    """
    n = len(pair_group)
    if n == 0:
        return np.zeros(0, np.bool_), True, 0, ""
    rows_i: list[IntArray] = []
    cols_i: list[IntArray] = []
    vals: list[FloatArray] = []
    upper: list[float] = []
    next_row = 0

    def add_rows(
        row_of_pair: IntArray, pairs: IntArray, values: FloatArray, ub: FloatArray
    ) -> None:
        nonlocal next_row
        rows_i.append(row_of_pair + next_row)
        cols_i.append(pairs)
        vals.append(values)
        upper.extend(ub.tolist())
        next_row += len(ub)

    everything = np.arange(n, dtype=np.int64)
    # Each group at most once (only groups with more than one candidate offer).
    groups, group_inverse, group_counts = np.unique(
        pair_group, return_inverse=True, return_counts=True
    )
    multi = group_counts > 1
    if multi.any():
        keep = multi[group_inverse]
        renumber = np.cumsum(multi) - 1
        add_rows(
            renumber[group_inverse[keep]],
            everything[keep],
            np.ones(int(keep.sum())),
            np.ones(int(multi.sum())),
        )
    del groups
    sizes = group_size[pair_group].astype(np.float64)
    offers, offer_inverse = np.unique(pair_row, return_inverse=True)
    demand = np.bincount(offer_inverse, weights=sizes)
    capacity = free_places[offers].astype(np.float64)
    # Places: only where the candidates together could exceed them.
    tight = demand > capacity
    if tight.any():
        keep = tight[offer_inverse]
        renumber = np.cumsum(tight) - 1
        add_rows(renumber[offer_inverse[keep]], everything[keep], sizes[keep], capacity[tight])
    # Parts of the week on part-time offers, where two candidates could be placed
    # together at all (else the places row already allows only one).
    order = np.lexsort((sizes, offer_inverse))
    sorted_offer = offer_inverse[order]
    first = np.searchsorted(sorted_offer, np.arange(len(offers)))
    smallest = sizes[order][first]
    has_second = np.bincount(offer_inverse, minlength=len(offers)) > 1
    second_at = np.minimum(first + 1, len(order) - 1)
    second = np.where(has_second, sizes[order][second_at], np.inf)
    two_fit = (smallest + second) <= capacity
    shared = two_fit & ~fulltime[offers]
    if shared.any():
        pick = shared[offer_inverse]
        pairs = everything[pick]
        cell_rows: dict[tuple[int, ...], None] = {}
        per_offer: dict[int, list[int]] = {}
        for p in pairs.tolist():
            per_offer.setdefault(int(offer_inverse[p]), []).append(p)
        for members in per_offer.values():
            if len(members) < 2:
                continue
            sets: set[tuple[int, ...]] = set()
            for cell in range(_CELLS):
                bit = 1 << cell
                using = tuple(p for p in members if int(group_schedule[pair_group[p]]) & bit)
                if len(using) >= 2:
                    sets.add(using)
            # A constraint on a subset of pairs is implied by one on a superset.
            maximal = [s for s in sets if not any(s != t and set(s) <= set(t) for t in sets)]
            for s in sorted(maximal):
                cell_rows[s] = None
        if cell_rows:
            r_list: list[int] = []
            c_list: list[int] = []
            for k, s in enumerate(cell_rows):
                r_list.extend([k] * len(s))
                c_list.extend(s)
            add_rows(
                np.asarray(r_list, np.int64),
                np.asarray(c_list, np.int64),
                np.ones(len(c_list)),
                np.ones(len(cell_rows)),
            )
    c = -pair_weight.astype(np.float64)
    if next_row == 0:
        # Nothing competes: every pair is its own group's only candidate, on an offer
        # with room for all its candidates.
        return pair_weight >= 0, True, 0, ""
    matrix = coo_array(
        (np.concatenate(vals), (np.concatenate(rows_i), np.concatenate(cols_i))),
        shape=(next_row, n),
    ).tocsr()
    chosen, optimal, message = _solve_by_component(
        c, matrix, np.asarray(upper, dtype=np.float64), time_limit
    )
    return chosen, optimal, next_row, message


def _solve_by_component(
    c: FloatArray,
    matrix: csr_array,
    upper: FloatArray,
    time_limit: float | None,
) -> tuple[npt.NDArray[np.bool_], bool, str]:
    """Minimise ``c @ x`` subject to ``matrix @ x <= upper``, x binary, exactly.

    The problem falls apart into independent parts (pairs linked only through shared
    rows: in practice one part per kind of care); each part is solved on its own, since
    HiGHS does not split a problem itself. Per part (all steps exact):

    1. the linear relaxation (dual simplex, a vertex): when it is integral it is
       optimal for the integer program too, and most parts are;
    2. otherwise a good integer solution (the *incumbent*): the relaxation's integral
       values are kept except around its fractional pairs, which are solved as a
       small integer program;
    3. reduced-cost fixing: a pair at 0 in the relaxation whose reduced cost exceeds
       the gap between the incumbent and the relaxation cannot be in any solution better
       than the incumbent (forcing it in raises the relaxation's bound by at least its
       reduced cost), so it is left out;
    4. branch and bound (``milp``, gap 0) on the pairs that remain, never worse than
       the incumbent.
    """
    n_rows, n = matrix.shape
    started = time.perf_counter()
    graph = bmat([[None, matrix], [matrix.T, None]], format="csr")
    _count, labels = connected_components(graph, directed=False)
    column_part = labels[n_rows:]
    row_part = labels[:n_rows]
    chosen = np.zeros(n, np.bool_)
    optimal = True
    messages: list[str] = []
    columns_of = _members(column_part)
    rows_of = _members(row_part)

    def remaining() -> float | None:
        if time_limit is None:
            return None
        return max(0.1, time_limit - (time.perf_counter() - started))

    for part, cols in columns_of.items():
        rows = rows_of.get(part, np.zeros(0, np.int64))
        if len(rows) == 0:
            chosen[cols] = c[cols] <= 0
            continue
        sub = csc_array(matrix[rows][:, cols])
        ub = upper[rows]
        cost = c[cols]
        lp = linprog(cost, A_ub=sub, b_ub=ub, bounds=(0, 1), method="highs-ds")
        if lp.status != 0 or lp.x is None:
            picked, proven, message = _branch_and_bound(cost, sub, ub, remaining())
            chosen[cols] = picked
            if not proven:
                optimal = False
                messages.append(message)
            continue
        x = np.asarray(lp.x)
        fractional = (x > _EPS) & (x < 1 - _EPS)
        if not fractional.any():
            chosen[cols] = x > 0.5
            continue
        incumbent = _incumbent(cost, sub, ub, x, fractional, remaining())
        gap = float(cost @ incumbent) - float(lp.fun)
        if gap <= 1e-9:
            chosen[cols] = incumbent
            continue
        reduced = np.asarray(lp.lower.marginals)
        tolerance = 1e-6 + 1e-9 * abs(float(lp.fun))
        keep = ~((x < _EPS) & (reduced > gap + tolerance)) | incumbent
        kept = np.flatnonzero(keep)
        picked, proven, message = _branch_and_bound(cost[kept], sub[:, kept], ub, remaining())
        candidate = np.zeros(len(cols), np.bool_)
        candidate[kept] = picked
        if float(cost @ candidate) <= float(cost @ incumbent) + 1e-12:
            chosen[cols] = candidate
        else:
            chosen[cols] = incumbent
        if not proven:
            optimal = False
            messages.append(message)
    return chosen, optimal, "; ".join(messages)


_EPS = 1e-7


def _branch_and_bound(
    cost: FloatArray, matrix: csc_array, upper: FloatArray, time_limit: float | None
) -> tuple[npt.NDArray[np.bool_], bool, str]:
    # HiGHS's presolve costs more than it saves on these assignment-shaped problems
    # (the benchmark's one hard part: 4.1 s with it, 1.8 s without; same optimum).
    options: dict[str, float | bool] = {"disp": False, "mip_rel_gap": 0.0, "presolve": False}
    if time_limit is not None:
        options["time_limit"] = time_limit
    result = milp(
        cost,
        constraints=[LinearConstraint(matrix, -np.inf, upper)],
        integrality=np.ones(len(cost)),
        bounds=Bounds(0, 1),
        options=options,
    )
    if result.x is None:
        raise UserError(
            _("Het plan kon niet worden berekend ({reden}). Probeer het opnieuw.").format(
                reden=result.message
            )
        )
    return np.asarray(result.x) > 0.5, bool(result.status == 0), str(result.message)


def _incumbent(
    cost: FloatArray,
    matrix: csc_array,
    upper: FloatArray,
    x: FloatArray,
    fractional: npt.NDArray[np.bool_],
    time_limit: float | None,
) -> npt.NDArray[np.bool_]:
    """A feasible integer solution close to the relaxation ``x``: its integral values
    stay, and every pair sharing a row with a fractional pair is decided again by a
    small integer program (the rest of the rows keep what the fixed pairs use)."""
    touched = np.unique(matrix[:, np.flatnonzero(fractional)].tocoo().row)
    free = np.zeros(len(cost), np.bool_)
    free[fractional] = True
    if len(touched):
        free[np.unique(csr_array(matrix)[touched].tocoo().col)] = True
    fixed_in = (~free) & (x > 0.5)
    left = upper - matrix @ fixed_in.astype(np.float64)
    free_cols = np.flatnonzero(free)
    picked, _proven, _message = _branch_and_bound(
        cost[free_cols], matrix[:, free_cols], left, time_limit
    )
    solution = fixed_in.copy()
    solution[free_cols] = picked
    return solution


def _members(labels: IntArray) -> dict[int, IntArray]:
    """Indices per label, labels in increasing order."""
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    cuts = np.flatnonzero(np.diff(sorted_labels)) + 1
    groups = np.split(order, cuts)
    return {int(labels[g[0]]): g.astype(np.int64) for g in groups if len(g)}


def plan(
    children: Sequence[ChildNeed],
    pool: CandidatePool,
    weights: MatchWeights | None = None,
    *,
    on: date | None = None,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> PlacementPlan:
    """The placement plan for ``children`` (the waiting ones) on the offers of ``pool``.

    ``progress(done, total)`` is called while the candidate pairs are collected (one
    step per group) and once before solving; returning False raises
    :class:`PlanCancelled`. ``time_limit`` (seconds) bounds the solver: if it is hit the
    best plan found is returned with ``optimal`` False.
    """
    weights = weights or MatchWeights()
    started = time.perf_counter()
    groups = make_groups(children)
    total_steps = len(groups) + 1
    fits: list[GroupFit] = []
    for k, members in enumerate(groups):
        if progress is not None and k % 50 == 0 and not progress(k, total_steps):
            raise PlanCancelled(_("Het plan is afgebroken; er is niets voorgesteld."))
        fits.append(evaluate_group(pool, members, weights, on=on))
    counts = np.fromiter((len(f.rows) for f in fits), np.int64, len(fits))
    pair_group = np.repeat(np.arange(len(fits), dtype=np.int64), counts)
    pair_row = (
        np.concatenate([f.rows for f in fits]).astype(np.int64) if fits else np.zeros(0, np.int64)
    )
    pair_weight = np.concatenate([f.scores.sum(axis=0) for f in fits]) if fits else np.zeros(0)
    group_size = np.fromiter((f.size for f in fits), np.int64, len(fits))
    group_schedule = np.fromiter((f.schedule.mask for f in fits), np.int64, len(fits))
    built = time.perf_counter()
    if progress is not None and not progress(len(groups), total_steps):
        raise PlanCancelled(_("Het plan is afgebroken; er is niets voorgesteld."))
    chosen, optimal, n_constraints, message = solve_pairs(
        pair_group,
        pair_row,
        pair_weight,
        group_size,
        group_schedule,
        pool.free_places,
        pool.fulltime,
        time_limit=time_limit,
    )
    solved = time.perf_counter()
    assignments: list[Assignment] = []
    placed_groups: set[int] = set()
    offsets = np.concatenate([[0], np.cumsum(counts)])
    for p in np.flatnonzero(chosen).tolist():
        g = int(pair_group[p])
        fit = fits[g]
        j = p - int(offsets[g])
        row = int(pair_row[p])
        placed_groups.add(g)
        codes = tuple(member.code for member in fit.members)
        for k, member in enumerate(fit.members):
            assignments.append(
                Assignment(
                    child=member.code,
                    household_id=int(pool.hh[row]),
                    offer_id=int(pool.oid[row]),
                    score=float(fit.scores[k, j]),
                    group=codes if len(codes) > 1 else (),
                )
            )
    assignments.sort(key=lambda a: (-a.score, a.child))
    unassigned: list[Unassigned] = []
    for g, fit in enumerate(fits):
        if g in placed_groups:
            continue
        if len(fit.rows) == 0:
            reason = no_fit_reason(pool, fit.members, on=on)
        else:
            households = len(set(pool.hh[fit.rows].tolist()))
            reason = _(
                "Er zijn {n} passende gezinnen, maar hun plekken gaan in dit plan naar andere "
                "kinderen: zo is de totale score het hoogst."
            ).format(n=households)
            if households == 1:
                reason = _(
                    "Er is 1 passend gezin, maar die plek gaat in dit plan naar een ander kind: "
                    "zo is de totale score het hoogst."
                )
        for member in fit.members:
            unassigned.append(Unassigned(member.code, reason))
    unassigned.sort(key=lambda u: u.child)
    total = round(float(sum(a.score for a in assignments)), 4)
    if progress is not None:
        progress(total_steps, total_steps)
    return PlacementPlan(
        assignments=assignments,
        total_score=total,
        unassigned=unassigned,
        optimal=optimal,
        groups=len(groups),
        pairs=len(pair_group),
        constraints=n_constraints,
        seconds_pairs=built - started,
        seconds_solve=solved - built,
        message=message,
    )
