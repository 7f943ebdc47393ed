"""Sibling groups for the placement plan: which offers can take a whole group, and why
a group has none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from utregs_plekkie.core.enums import CareForm, label
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching.arrays import FloatArray, IntArray
from utregs_plekkie.core.matching.exclusions import _child_bits, _group_bits
from utregs_plekkie.core.matching.inputs import ChildNeed, reference_day
from utregs_plekkie.core.matching.limits import _CARE_INDEX, _SERVES, LIMITS, limit_label
from utregs_plekkie.core.matching.pool import CandidatePool, _Distances, _distances, _prepare
from utregs_plekkie.core.matching.scores import _scores
from utregs_plekkie.core.matching.weights import MatchWeights
from utregs_plekkie.core.schedule import Schedule

# --------------------------------------------------------------------------- groups (plan)


@dataclass(frozen=True)
class GroupFit:
    """The offers a whole sibling group (or a single child) can be placed on together.

    ``rows`` are pool rows; ``scores[k, j]`` is the own score of ``members[k]`` on
    ``rows[j]``.
    """

    members: tuple[ChildNeed, ...]
    rows: IntArray
    scores: FloatArray
    schedule: Schedule

    @property
    def size(self) -> int:
        return len(self.members)


def evaluate_group(
    pool: CandidatePool,
    members: Sequence[ChildNeed],
    weights: MatchWeights | None = None,
    *,
    on: date | None = None,
) -> GroupFit:
    """Every offer that can take the whole group, with each member's score: the same
    hard limits and scores as :func:`rank`, restricted to offers that are open on the
    reference day (of the first member) and can serve the care form."""
    if not members:
        raise ValueError("a group has at least one member")
    weights = weights or MatchWeights()
    members = tuple(members)
    day = reference_day(members[0], on, members[1:])
    idx = pool.open_rows(day, members[0].care_form)
    schedule_mask = 0
    for member in members:
        schedule_mask |= member.schedule.mask
    bits = _group_bits(pool, idx, len(members), schedule_mask)
    prepared = [_prepare(pool, member, day) for member in members]
    dists = []
    for c in prepared:
        dist = _distances(pool, c, idx)
        dists.append(dist)
        bits |= _child_bits(pool, c, idx, dist)
    keep = np.flatnonzero(bits == 0)
    rows = idx[keep]
    scores = np.zeros((len(members), len(rows)), np.float64)
    for k, (c, dist) in enumerate(zip(prepared, dists, strict=True)):
        sub = _Distances(dist.home[keep], dist.school[keep], dist.club[keep], dist.limit[keep])
        scores[k] = _scores(pool, c, rows, sub, weights, day).score
    return GroupFit(members, rows, scores, Schedule(schedule_mask))


def no_fit_reason(
    pool: CandidatePool, members: Sequence[ChildNeed], *, on: date | None = None
) -> str:
    """Why a child (or group) has no feasible offer at all, in one Dutch sentence:
    the limit that most often excludes the open offers of the right care form."""
    members = tuple(members)
    first = members[0]
    day = reference_day(first, on, members[1:])
    ok = pool.static_bits(day) == 0
    serving = ok & _SERVES[pool.care, _CARE_INDEX[CareForm(first.care_form)]]
    idx = np.flatnonzero(serving).astype(np.int64)
    if not len(idx):
        return _(
            "Geen passend gezin: geen enkel beschikbaar gezin met een geldige screening biedt "
            "{zorgvorm}."
        ).format(zorgvorm=label(first.care_form))
    schedule_mask = 0
    for member in members:
        schedule_mask |= member.schedule.mask
    bits = _group_bits(pool, idx, len(members), schedule_mask)
    for member in members:
        c = _prepare(pool, member, day)
        bits |= _child_bits(pool, c, idx, _distances(pool, c, idx))
    counts = [(int(np.count_nonzero(bits & np.uint32(int(limit)))), limit) for limit in LIMITS]
    count, limit = max(counts, key=lambda pair: (pair[0], -int(pair[1])))
    return _(
        "Geen passend gezin: van de {n} beschikbare aanbiedingen voor {zorgvorm} valt het "
        "vaakst af op: {reden} ({k} keer)."
    ).format(n=len(idx), zorgvorm=label(first.care_form), reden=limit_label(limit), k=count)
