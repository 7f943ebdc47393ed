"""Soft fit: a score in [0, 1], the weighted mean of named components (:data:`COMPONENTS`).

Scores are household-level (an offer only decides whether the household can take the
child), so all feasible offers of a household score the same. Scores are rounded to 4
decimals so that the plan's totals add up exactly to what ``match`` shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from utregs_plekkie.core.matching.arrays import FloatArray, IntArray, U64Array
from utregs_plekkie.core.matching.pool import CandidatePool, _Child, _Distances
from utregs_plekkie.core.matching.weights import MatchWeights


def _popcount(values: U64Array) -> IntArray:
    return np.bitwise_count(values).astype(np.int64)


@dataclass
class _Scores:
    score: FloatArray
    values: dict[str, FloatArray]


def _scores(
    pool: CandidatePool,
    c: _Child,
    idx: IntArray,
    dist: _Distances,
    weights: MatchWeights,
    day: date,
) -> _Scores:
    """The soft-fit components and the score for the rows ``idx``; ``dist`` is for the
    same rows."""
    need = c.need
    m = len(idx)
    values: dict[str, FloatArray] = {}
    scale = float(weights.distance_scale_km)

    def nearness(d: FloatArray) -> FloatArray:
        return np.nan_to_num(np.exp(-d / scale), nan=0.0)

    if need.school_pc4:
        values["afstand_school"] = nearness(dist.school)
    if need.home_pc4:
        values["afstand_thuis"] = nearness(dist.home)
    if need.club_pc4:
        values["afstand_club"] = nearness(dist.club)
    if c.wijk != -1:
        values["zelfde_wijk"] = (pool.wijk[idx] == c.wijk).astype(np.float64)
    parts: list[FloatArray] = []
    if c.languages:
        spoken = np.zeros(m, np.float64)
        for language in c.languages:
            column = pool.languages.get(language)
            if column is not None:
                spoken += column[idx]
        parts.append(spoken / len(c.languages))
    if c.culture:
        matches = np.zeros(len(pool.culture_vocab) + 1, np.float64)
        for culture, code in pool.culture_vocab.items():
            matches[code] = float(c.culture in culture or culture in c.culture)
        parts.append(matches[pool.culture[idx]])  # -1 (none) is the last slot: 0
    if parts:
        values["taal_cultuur"] = sum(parts[1:], parts[0]) / len(parts)
    if c.needs:
        known = _popcount(pool.experience[idx] & np.uint64(c.needs_bits))
        values["ervaring"] = known / len(c.needs)
    gap = np.min(np.abs(pool.kids[idx] - c.year), axis=1)
    composition = np.where(gap >= 2, 1.0, np.where(gap == 1, 0.5, 0.0))
    values["samenstelling"] = np.where(pool.has_kids[idx], composition, 1.0)
    waited = (day.toordinal() - pool.waiting[idx]).astype(np.float64)
    waiting = np.clip(waited / weights.waiting_full_days, 0.0, 1.0)
    values["wachttijd"] = np.where(pool.waiting[idx] >= 0, waiting, 0.0)
    total_weight = sum(weights.weight(name) for name in values)
    score = np.zeros(m, np.float64)
    if total_weight > 0:
        for name, value in values.items():
            w = weights.weight(name)
            if w:
                score += w * value
        score /= total_weight
    rounded: FloatArray = np.round(np.clip(score, 0.0, 1.0), 4).astype(np.float64)
    return _Scores(rounded, values)
