"""The candidate pool: every offer as NumPy arrays, built once and ranked against many
children, and a child prepared for evaluation against it.

Speed: a :class:`CandidatePool` turns all offers into NumPy arrays once; ranking a child
is then a few dozen array operations over all rows (25,000 households in a few ms).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from utregs_plekkie.core.enums import CareForm, Need, Pet, PipelineStage
from utregs_plekkie.core.geo import GeoIndex, Place, haversine_km_np
from utregs_plekkie.core.matching.arrays import (
    BoolArray,
    FloatArray,
    Index,
    IntArray,
    U32Array,
    U64Array,
)
from utregs_plekkie.core.matching.inputs import CandidateOffer, ChildNeed
from utregs_plekkie.core.matching.limits import _CARE_INDEX, _NO_CARE, _SERVES, Limit
from utregs_plekkie.core.schedule import weekends_per_four_weeks
from utregs_plekkie.core.validation import search_key

# --------------------------------------------------------------------------- the pool


class _Vocab:
    """Strings -> bits of a uint64 mask (needs, pets). Known enum values come first."""

    def __init__(self, known: Sequence[str], seen: Sequence[frozenset[str]]) -> None:
        order = list(dict.fromkeys([*known, *sorted({v for s in seen for v in s})]))
        self.bits: dict[str, int] = {v: 1 << i for i, v in enumerate(order[:64])}
        # More than 64 distinct values: the rest share no bit and are handled as
        # "unknown" (a child needing one cannot be served; a family with one gains none).

    def mask(self, values: frozenset[str]) -> int:
        total = 0
        for v in values:
            total |= self.bits.get(v, 0)
        return total

    def unknown(self, values: frozenset[str]) -> tuple[str, ...]:
        return tuple(sorted(v for v in values if v not in self.bits))


@lru_cache(maxsize=8192)
def _norm_set(values: frozenset[str]) -> frozenset[str]:
    """Lower-case, trimmed values (cached: households share few distinct sets)."""
    return frozenset(v.strip().lower() for v in values if v and v.strip())


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return search_key(text)


class CandidatePool:
    """All candidate offers as NumPy arrays, built once and ranked against many children.

    ``declined`` maps (child code, household id) to the reason a proposal of that pair
    was declined; such a pair is excluded from then on.
    """

    def __init__(
        self,
        offers: Sequence[CandidateOffer],
        declined: Mapping[tuple[str, int], str] | None = None,
        geo: GeoIndex | None = None,
    ) -> None:
        self.geo = geo or GeoIndex.default()
        rows = sorted(
            offers, key=lambda o: (o.household_id, -1 if o.offer_id is None else o.offer_id)
        )
        self.offers: tuple[CandidateOffer, ...] = tuple(rows)
        n = len(rows)
        self.n = n
        self.hh: IntArray = np.fromiter((o.household_id for o in rows), np.int64, n)
        self.oid: IntArray = np.fromiter(
            (-1 if o.offer_id is None else o.offer_id for o in rows), np.int64, n
        )
        self.has_offer: BoolArray = self.oid >= 0
        self.available: BoolArray = np.fromiter(
            (o.stage == PipelineStage.BESCHIKBAAR for o in rows), np.bool_, n
        )
        self.screening_ok: BoolArray = np.fromiter((o.screening_ok for o in rows), np.bool_, n)
        self.care: IntArray = np.fromiter(
            (_NO_CARE if o.care_form is None else _CARE_INDEX[CareForm(o.care_form)] for o in rows),
            np.int64,
            n,
        )
        self.fulltime: BoolArray = np.fromiter(
            (o.care_form is not None and o.care_form.family.value == "voltijd" for o in rows),
            np.bool_,
            n,
        )
        schedule = np.fromiter((o.schedule.mask for o in rows), np.int64, n)
        free_schedule = np.fromiter((o.free_schedule.mask for o in rows), np.int64, n)
        # Full-time care uses places only; part-time and support care use their cells.
        self.avail_sched: IntArray = np.where(self.fulltime, schedule, free_schedule)
        self.weekends: IntArray = np.fromiter(
            (weekends_per_four_weeks(o.weekend_pattern) for o in rows), np.int64, n
        )
        self.holidays: BoolArray = np.fromiter((o.holidays for o in rows), np.bool_, n)
        self.free_places: IntArray = np.fromiter((o.free_places for o in rows), np.int64, n)
        self.age_min_m: IntArray = np.fromiter((o.age_min * 12 for o in rows), np.int64, n)
        # age_max is inclusive in years: a child of 10 years and 11 months fits "tot 10".
        self.age_end_m: IntArray = np.fromiter(((o.age_max + 1) * 12 for o in rows), np.int64, n)
        self.siblings_ok: BoolArray = np.fromiter((o.siblings_accepted for o in rows), np.bool_, n)
        needs_ok = [_norm_set(o.needs_ok) for o in rows]
        experience = [_norm_set(o.experience) for o in rows]
        pets = [_norm_set(o.pets) for o in rows]
        self.need_vocab = _Vocab([v.value for v in Need], [*needs_ok, *experience])
        self.pet_vocab = _Vocab([v.value for v in Pet], pets)
        self.needs_ok: U64Array = np.fromiter(
            (self.need_vocab.mask(s) for s in needs_ok), np.uint64, n
        )
        self.experience: U64Array = np.fromiter(
            (self.need_vocab.mask(s) for s in experience), np.uint64, n
        )
        self.pets: U64Array = np.fromiter((self.pet_vocab.mask(s) for s in pets), np.uint64, n)
        self.smoking: BoolArray = np.fromiter((o.smoking for o in rows), np.bool_, n)
        self.max_dist: FloatArray = np.fromiter(
            (math.nan if o.max_distance_km is None else float(o.max_distance_km) for o in rows),
            np.float64,
            n,
        )
        # Distances are computed per distinct location (PC4), then gathered: with a
        # few thousand PC4s nationally this is far cheaper than per row.
        locations: dict[str, int] = {}
        loc_lat: list[float] = []
        loc_lon: list[float] = []
        loc = np.empty(n, np.int64)
        for i, o in enumerate(rows):
            place = self.geo.lookup(o.pc4) if o.pc4 else None
            if place is None:
                loc[i] = -1
                continue
            index = locations.get(place.pc4)
            if index is None:
                index = locations[place.pc4] = len(loc_lat)
                loc_lat.append(place.lat)
                loc_lon.append(place.lon)
            loc[i] = index
        self.loc_lat: FloatArray = np.asarray(loc_lat, dtype=np.float64)
        self.loc_lon: FloatArray = np.asarray(loc_lon, dtype=np.float64)
        # Unknown locations point at an extra NaN slot at the end of every distance table.
        self.loc: IntArray = np.where(loc < 0, len(loc_lat), loc)
        self.wijk_vocab: dict[str, int] = {}
        self.wijk: IntArray = np.fromiter(
            (
                self.wijk_vocab.setdefault(o.wijk_code, len(self.wijk_vocab)) if o.wijk_code else -1
                for o in rows
            ),
            np.int64,
            n,
        )
        self.culture_vocab: dict[str, int] = {}
        self.culture: IntArray = np.fromiter(
            (
                self.culture_vocab.setdefault(key, len(self.culture_vocab))
                if (key := _fold(o.culture))
                else -1
                for o in rows
            ),
            np.int64,
            n,
        )
        by_language: dict[str, list[int]] = {}
        for i, o in enumerate(rows):
            for language in _norm_set(o.languages):
                by_language.setdefault(language, []).append(i)
        self.languages: dict[str, BoolArray] = {}
        for language, where in by_language.items():
            mask = np.zeros(n, np.bool_)
            mask[where] = True
            self.languages[language] = mask
        width = max((len(o.own_children_birth_years) for o in rows), default=0) or 1
        self.kids: IntArray = np.full((n, width), -100_000, np.int64)
        for i, o in enumerate(rows):
            if o.own_children_birth_years:
                self.kids[i, : len(o.own_children_birth_years)] = o.own_children_birth_years
        self.has_kids: BoolArray = np.fromiter(
            (bool(o.own_children_birth_years) for o in rows), np.bool_, n
        )
        self.waiting: IntArray = np.fromiter(
            (-1 if o.waiting_since is None else o.waiting_since.toordinal() for o in rows),
            np.int64,
            n,
        )
        self.paused: BoolArray = np.fromiter((o.paused for o in rows), np.bool_, n)
        self.valid_from: IntArray = np.fromiter(
            (0 if o.valid_from is None else o.valid_from.toordinal() for o in rows), np.int64, n
        )
        self.valid_to: IntArray = np.fromiter(
            (10**9 if o.valid_to is None else o.valid_to.toordinal() for o in rows), np.int64, n
        )
        pause_rows = [(i, a, b) for i, o in enumerate(rows) for a, b, _why in o.pauses]
        self.pause_row: IntArray = np.asarray([p[0] for p in pause_rows], dtype=np.int64)
        self.pause_start: IntArray = np.asarray(
            [p[1].toordinal() for p in pause_rows], dtype=np.int64
        )
        self.pause_end: IntArray = np.asarray(
            [p[2].toordinal() for p in pause_rows], dtype=np.int64
        )
        # Households are contiguous (rows are sorted by household).
        hh_ids, starts, counts = np.unique(self.hh, return_index=True, return_counts=True)
        self.households: IntArray = hh_ids
        self.hh_start: IntArray = starts.astype(np.int64)
        self.hh_count: IntArray = counts.astype(np.int64)
        self.hh_of_row: IntArray = np.repeat(np.arange(len(hh_ids), dtype=np.int64), counts)
        self._hh_pos: dict[int, int] = {int(h): i for i, h in enumerate(hh_ids.tolist())}
        self.declined: dict[str, dict[int, str]] = {}
        for (child_code, household_id), why in (declined or {}).items():
            self.declined.setdefault(child_code, {})[int(household_id)] = why or ""
        self._static: dict[int, U32Array] = {}
        self._open: dict[tuple[int, int], IntArray] = {}

    # -- queries ------------------------------------------------------------------

    @property
    def household_count(self) -> int:
        return len(self.households)

    def rows_of(self, household_id: int) -> range:
        """The row indices of one household's offers (empty if it is not in the pool)."""
        pos = self._hh_pos.get(household_id)
        if pos is None:
            return range(0)
        start = int(self.hh_start[pos])
        return range(start, start + int(self.hh_count[pos]))

    def static_bits(self, day: date) -> U32Array:
        """The limits that do not depend on the child, per row, on ``day`` (cached)."""
        key = day.toordinal()
        cached = self._static.get(key)
        if cached is not None:
            return cached
        bits = np.zeros(self.n, np.uint32)
        bits |= np.where(self.has_offer, 0, int(Limit.NO_OFFER)).astype(np.uint32)
        bits |= np.where(self.available, 0, int(Limit.NOT_AVAILABLE)).astype(np.uint32)
        bits |= np.where(self.screening_ok, 0, int(Limit.SCREENING)).astype(np.uint32)
        paused = self.paused.copy()
        if len(self.pause_row):
            now = (self.pause_start <= key) & (key <= self.pause_end)
            paused[self.pause_row[now]] = True
        paused &= self.has_offer
        bits |= np.where(paused, int(Limit.PAUSED), 0).astype(np.uint32)
        outside = ((key < self.valid_from) | (key > self.valid_to)) & self.has_offer
        bits |= np.where(outside, int(Limit.PERIOD), 0).astype(np.uint32)
        self._static[key] = bits
        return bits

    def open_rows(self, day: date, care_form: CareForm) -> IntArray:
        """Rows that pass every child-independent limit on ``day``, have a free place and
        can serve ``care_form`` (the only rows the plan needs to look at)."""
        key = (day.toordinal(), _CARE_INDEX[CareForm(care_form)])
        cached = self._open.get(key)
        if cached is None:
            ok = (self.static_bits(day) == 0) & (self.free_places > 0)
            ok &= _SERVES[self.care, key[1]]
            cached = np.flatnonzero(ok).astype(np.int64)
            self._open[key] = cached
        return cached


# --------------------------------------------------------------------------- evaluation


@dataclass
class _Child:
    """A child prepared for evaluation against a pool."""

    need: ChildNeed
    care: int
    weekends: int
    needs_bits: int
    unknown_needs: tuple[str, ...]
    allergy_bits: int
    home: Place | None
    school: Place | None
    club: Place | None
    wijk: int  # code in the pool's wijk vocabulary; -1 none, -2 not in the pool
    year: int
    declined: dict[int, str]
    needs: frozenset[str]
    allergies: frozenset[str]
    languages: tuple[str, ...]
    culture: str


def _prepare(pool: CandidatePool, child: ChildNeed, day: date) -> _Child:
    needs = _norm_set(child.needs)
    allergies = _norm_set(child.allergies)
    geo = pool.geo

    def place(pc4: str | None) -> Place | None:
        return geo.lookup(pc4) if pc4 else None

    home = place(child.home_pc4)
    wijk_code = child.wijk_code or (home.wijk_code if home is not None else None)
    wijk = pool.wijk_vocab.get(wijk_code, -2) if wijk_code else -1
    if child.birth_year is not None:
        year = child.birth_year
    else:
        year = (day.year * 12 + day.month - 1 - child.age_months) // 12
    return _Child(
        need=child,
        care=_CARE_INDEX[CareForm(child.care_form)],
        weekends=weekends_per_four_weeks(child.weekend_pattern),
        needs_bits=pool.need_vocab.mask(needs),
        unknown_needs=pool.need_vocab.unknown(needs),
        allergy_bits=pool.pet_vocab.mask(allergies),
        home=home,
        school=place(child.school_pc4),
        club=place(child.club_pc4),
        wijk=wijk,
        year=year,
        declined=pool.declined.get(child.code, {}),
        needs=needs,
        allergies=allergies,
        languages=tuple(sorted(_norm_set(child.languages))),
        culture=search_key(child.culture_wish),
    )


@dataclass
class _Distances:
    home: FloatArray
    school: FloatArray
    club: FloatArray
    limit: FloatArray  # the larger of home and school (NaN: unknown)


def _distance_table(pool: CandidatePool, place: Place | None) -> FloatArray:
    """Distances from ``place`` to every pool location, plus NaN for unknown ones."""
    table = np.full(len(pool.loc_lat) + 1, np.nan, dtype=np.float64)
    if place is not None and len(pool.loc_lat):
        table[:-1] = haversine_km_np(place.lat, place.lon, pool.loc_lat, pool.loc_lon)
    return table


def _distances(pool: CandidatePool, c: _Child, idx: Index) -> _Distances:
    loc = pool.loc[idx]
    need = c.need
    home = _distance_table(pool, c.home)[loc]
    school = _distance_table(pool, c.school)[loc]
    no_club = np.full(len(loc), np.nan)
    club = _distance_table(pool, c.club)[loc] if need.club_pc4 else no_club
    if need.home_pc4 and need.school_pc4:
        limit = np.maximum(home, school)  # NaN if either is unknown
    elif need.home_pc4:
        limit = home
    elif need.school_pc4:
        limit = school
    else:
        limit = np.full(len(loc), np.nan)
    return _Distances(home, school, club, limit)
