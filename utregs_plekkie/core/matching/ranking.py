"""Ranking one child (with its siblings) against a pool: the candidates best first and
the excluded households with their reasons.

A household is one candidate, with its best offer (most free places, then lowest id).
Ties are broken by distance to school, then household id, then offer id. Reasons and
explanations are built as text only for what is looked at: the top ``explain_top``
candidates at once, the rest when accessed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar, overload

import numpy as np

from utregs_plekkie.core.enums import CareForm, label
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching.arrays import IntArray, U32Array
from utregs_plekkie.core.matching.exclusions import _child_bits, _flag, _group_bits, _reason_texts
from utregs_plekkie.core.matching.explanations import _explain
from utregs_plekkie.core.matching.inputs import CandidateOffer, ChildNeed, reference_day
from utregs_plekkie.core.matching.limits import LIMITS, Limit
from utregs_plekkie.core.matching.pool import (
    CandidatePool,
    _Child,
    _Distances,
    _distances,
    _prepare,
)
from utregs_plekkie.core.matching.scores import _Scores, _scores
from utregs_plekkie.core.matching.weights import MatchWeights
from utregs_plekkie.core.schedule import Schedule

# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Candidate:
    """A household that can take the child, with its best offer and why it fits."""

    household_id: int
    offer_id: int
    pc4: str | None
    score: float
    components: dict[str, float]
    explanation: tuple[str, ...]
    distance_km: dict[str, float | None]  # {"home": ..., "school": ...}
    free_capacity: int
    care_form: CareForm | None = None
    wijk_code: str | None = None


@dataclass(frozen=True)
class Exclusion:
    """A household that cannot take the child, with every reason that applies.

    ``offer_id`` is the offer that came closest (fewest limits); ``limits`` holds
    every limit of every offer of the household, for filtering.
    """

    household_id: int
    offer_id: int | None
    reasons: tuple[str, ...]
    limits: Limit


T = TypeVar("T")


class _LazyList(Sequence[T]):
    """A read-only list whose items are made when first accessed, then kept."""

    def __init__(self, length: int, make: Callable[[int], T]) -> None:
        self._length = length
        self._make = make
        self._items: dict[int, T] = {}

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        item = self._items.get(index)
        if item is None:
            item = self._items[index] = self._make(index)
        return item

    def __iter__(self) -> Iterator[T]:
        for i in range(self._length):
            yield self[i]


class Ranking:
    """The ranked candidates and the excluded households for one child.

    ``candidates`` (best first) and ``excluded`` (by household id) are sequences whose
    items, with their Dutch text, are built when accessed; ``why(household_id)``
    answers "why is family X (not) on the list?".
    """

    def __init__(
        self,
        pool: CandidatePool,
        child: _Child,
        siblings: Sequence[_Child],
        weights: MatchWeights,
        day: date,
        bits: U32Array,
        sibling_bits: Sequence[U32Array],
        dist: _Distances,
        feasible: IntArray,
        scores: _Scores,
        order: IntArray,
        top: int | None,
        explain_top: int,
    ) -> None:
        self.pool = pool
        self.child: ChildNeed = child.need
        self.siblings: tuple[ChildNeed, ...] = tuple(s.need for s in siblings)
        self.weights = weights
        self.day = day
        self._c = child
        self._sib = list(siblings)
        self._bits = bits
        self._sibling_bits = list(sibling_bits)
        self._dist = dist
        self._position = {int(r): i for i, r in enumerate(feasible.tolist())}
        self._scores = scores
        self._order = order  # feasible rows, one per household, best first
        self._listed = set(order.tolist())
        shown = len(order) if top is None else min(top, len(order))
        self.candidate_count = len(order)
        self.candidates: Sequence[Candidate] = _LazyList(
            shown, lambda i: self._candidate(int(order[i]))
        )
        candidate_households = np.zeros(pool.household_count, np.bool_)
        candidate_households[pool.hh_of_row[order]] = True
        self._excluded_pos: IntArray = np.flatnonzero(~candidate_households).astype(np.int64)
        self.excluded: Sequence[Exclusion] = _LazyList(
            len(self._excluded_pos), lambda i: self._exclusion(int(self._excluded_pos[i]))
        )
        for i in range(min(explain_top, shown)):
            self.candidates[i]  # builds the top explanations now

    @property
    def household_count(self) -> int:
        return self.pool.household_count

    # -- building items -------------------------------------------------------------

    def _candidate(self, row: int) -> Candidate:
        pos = self._position[row]
        values = {name: float(v[pos]) for name, v in self._scores.values.items()}
        home = float(self._dist.home[row])
        school = float(self._dist.school[row])
        club = float(self._dist.club[row])
        offer = self.pool.offers[row]
        return Candidate(
            household_id=offer.household_id,
            offer_id=int(self.pool.oid[row]),
            pc4=offer.pc4,
            score=float(self._scores.score[pos]),
            components={name: round(v, 3) for name, v in values.items()},
            explanation=_explain(self.pool, self._c, row, values, home, school, club, self.day),
            distance_km={"home": _round_km(home), "school": _round_km(school)},
            free_capacity=int(self.pool.free_places[row]),
            care_form=offer.care_form,
            wijk_code=offer.wijk_code,
        )

    def _exclusion(self, household_pos: int) -> Exclusion:
        pool = self.pool
        start = int(pool.hh_start[household_pos])
        rows = range(start, start + int(pool.hh_count[household_pos]))
        texts = [self._reasons(r) for r in rows]
        limits = Limit(0)
        for r in rows:
            limits |= Limit(int(self._bits[r]))
        if len(texts) == 1:
            reasons = texts[0]
        else:
            common = [t for t in texts[0] if all(t in other for other in texts[1:])]
            reasons = list(common)
            for r, own in zip(rows, texts, strict=True):
                care = pool.offers[r].care_form
                prefix = label(care) if care is not None else _("aanbod")
                reasons += [
                    _("aanbod {zorgvorm}: {reden}").format(zorgvorm=prefix, reden=t)
                    for t in own
                    if t not in common
                ]
        closest = min(rows, key=lambda r: (int(np.bitwise_count(self._bits[r])), r))
        offer_id = int(pool.oid[closest])
        return Exclusion(
            household_id=int(pool.households[household_pos]),
            offer_id=None if offer_id < 0 else offer_id,
            reasons=tuple(reasons),
            limits=limits,
        )

    def _reasons(self, row: int) -> list[str]:
        bits = int(self._bits[row])
        size = self.child.group_size
        schedule = self._group_schedule()
        texts = _reason_texts(self.pool, self._c, row, bits, self._dist, self.day, size, schedule)
        if bits & Limit.SIBLING_MISFIT:
            for sibling, sibling_bits in zip(self._sib, self._sibling_bits, strict=True):
                own = int(sibling_bits[row])
                if not own:
                    continue
                sibling_dist = _distances(self.pool, sibling, np.asarray([row], np.int64))
                sibling_texts = _reason_texts(
                    self.pool, sibling, row, own, sibling_dist, self.day, size, schedule
                )
                texts += [
                    _("broer/zus {code}: {reden}").format(code=sibling.need.code, reden=t)
                    for t in sibling_texts
                ]
        return texts

    def _group_schedule(self) -> Schedule:
        mask = self.child.schedule.mask
        for s in self.siblings:
            mask |= s.schedule.mask
        return Schedule(mask)

    # -- questions --------------------------------------------------------------------

    def why(self, household_id: int) -> Candidate | Exclusion | None:
        """The candidate entry of a household, or its exclusion with the reasons;
        ``None`` when the household is not in the pool at all."""
        rows = self.pool.rows_of(household_id)
        if not rows:
            return None
        for r in rows:
            if r in self._listed:
                return self._candidate(r)
        return self._exclusion(self.pool.hh_of_row[rows[0]].item())

    def for_offer(self, offer_id: int) -> Candidate | Exclusion | None:
        """One particular offer: its candidate entry when it fits (even if another
        offer of the household is listed), else that offer's own reasons."""
        hits = np.flatnonzero(self.pool.oid == offer_id)
        if not len(hits):
            return None
        row = int(hits[0])
        if int(self._bits[row]) == 0:
            return self._candidate(row)
        return Exclusion(
            household_id=int(self.pool.hh[row]),
            offer_id=offer_id,
            reasons=tuple(self._reasons(row)),
            limits=Limit(int(self._bits[row])),
        )

    def excluded_with(self, limit: Limit) -> list[Exclusion]:
        """The excluded households for which ``limit`` is one of the reasons."""
        union = (
            np.bitwise_or.reduceat(self._bits, self.pool.hh_start) if self.pool.n else self._bits
        )
        hit = (union[self._excluded_pos] & np.uint32(int(limit))) != 0
        return [self.excluded[int(i)] for i in np.flatnonzero(hit)]

    def limit_counts(self) -> dict[Limit, int]:
        """For each limit, how many excluded households it applies to."""
        if not self.pool.n:
            return {}
        union = np.bitwise_or.reduceat(self._bits, self.pool.hh_start)[self._excluded_pos]
        counts: dict[Limit, int] = {}
        for limit in LIMITS:
            n = int(np.count_nonzero(union & np.uint32(int(limit))))
            if n:
                counts[limit] = n
        return counts


def _round_km(km: float) -> float | None:
    return None if math.isnan(km) else round(km, 1)


# --------------------------------------------------------------------------- ranking


def rank(
    child: ChildNeed,
    candidates: CandidatePool | Sequence[CandidateOffer],
    weights: MatchWeights | None = None,
    top: int | None = None,
    *,
    siblings: Sequence[ChildNeed] = (),
    on: date | None = None,
    explain_top: int = 20,
) -> Ranking:
    """Rank every household in ``candidates`` for ``child``.

    ``siblings`` are the other children of the group (placed together): an offer must
    fit each of them too, and has to have room for the whole group. ``top`` limits the
    candidates listed (``None``: all); explanations are built at once for the first
    ``explain_top`` and for the rest when they are accessed. Passing a prebuilt
    :class:`CandidatePool` (with its declined pairs) avoids rebuilding the arrays.
    """
    if top is not None and top < 0:
        raise ValueError("top must not be negative")
    pool = candidates if isinstance(candidates, CandidatePool) else CandidatePool(candidates)
    weights = weights or MatchWeights()
    day = reference_day(child, on, siblings)
    c = _prepare(pool, child, day)
    sibs = [_prepare(pool, s, day) for s in siblings if s.code != child.code]
    everything = slice(None)
    dist = _distances(pool, c, everything)
    child_bits = _child_bits(pool, c, everything, dist)
    schedule_mask = child.schedule.mask
    for s in sibs:
        schedule_mask |= s.need.schedule.mask
    bits = pool.static_bits(day) | child_bits
    bits = bits | _group_bits(pool, everything, child.group_size, schedule_mask)
    sibling_bits: list[U32Array] = []
    for s in sibs:
        own = _child_bits(pool, s, everything, _distances(pool, s, everything))
        sibling_bits.append(own)
        bits |= _flag(own != 0, Limit.SIBLING_MISFIT)
    feasible = np.flatnonzero(bits == 0).astype(np.int64)
    sub = _Distances(
        dist.home[feasible], dist.school[feasible], dist.club[feasible], dist.limit[feasible]
    )
    scores = _scores(pool, c, feasible, sub, weights, day)
    school = np.nan_to_num(sub.school, nan=np.inf)
    # Best first: score, then nearer to school, household, and (within a household)
    # most free places, then offer id; then keep each household's first row.
    order = np.lexsort(
        (
            pool.oid[feasible],
            -pool.free_places[feasible],
            pool.hh[feasible],
            school,
            -scores.score,
        )
    )
    ranked = feasible[order]
    _, first = np.unique(pool.hh[ranked], return_index=True)
    best = ranked[np.sort(first)]
    return Ranking(
        pool,
        c,
        sibs,
        weights,
        day,
        bits,
        sibling_bits,
        dist,
        feasible,
        scores,
        best,
        top,
        explain_top,
    )
