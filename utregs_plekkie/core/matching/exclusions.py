"""Applying the hard limits (``limits``) to the rows of a pool, and the Dutch reasons
for every limit that excludes a row."""

from __future__ import annotations

import math
from datetime import date

import numpy as np

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.geo import format_km, pc4_of
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching.arrays import BoolArray, Index, U32Array
from utregs_plekkie.core.matching.inputs import (
    CandidateOffer,
    _fmt_date,
    _join,
    _need_label,
    _pet_label,
    format_age,
)
from utregs_plekkie.core.matching.limits import _SERVES, LIMITS, Limit, limit_label
from utregs_plekkie.core.matching.pool import CandidatePool, _Child, _Distances, _norm_set
from utregs_plekkie.core.schedule import Schedule


def _flag(condition: BoolArray, limit: Limit) -> U32Array:
    return np.where(condition, np.uint32(int(limit)), np.uint32(0)).astype(np.uint32)


def _child_bits(pool: CandidatePool, c: _Child, idx: Index, dist: _Distances) -> U32Array:
    """Limits that depend on this one child (not on the group it belongs to)."""
    need = c.need
    care = pool.care[idx]
    bits = _flag(~_SERVES[care, c.care], Limit.CARE_FORM)
    if c.weekends:
        bits |= _flag(pool.weekends[idx] < c.weekends, Limit.WEEKEND)
    if need.holidays:
        bits |= _flag(~pool.holidays[idx], Limit.HOLIDAYS)
    age = need.age_months
    bits |= _flag((age < pool.age_min_m[idx]) | (age >= pool.age_end_m[idx]), Limit.AGE)
    if c.allergy_bits:
        bits |= _flag((pool.pets[idx] & np.uint64(c.allergy_bits)) != 0, Limit.ALLERGY)
    if need.smoke_free:
        bits |= _flag(pool.smoking[idx], Limit.SMOKING)
    if c.unknown_needs:
        bits |= np.uint32(int(Limit.NEEDS))
    elif c.needs_bits:
        missing = np.uint64(c.needs_bits) & ~pool.needs_ok[idx]
        bits |= _flag(missing != 0, Limit.NEEDS)
    family_max = pool.max_dist[idx]
    has_max = ~np.isnan(family_max)
    with np.errstate(invalid="ignore"):
        too_far = np.isnan(dist.limit) | (dist.limit > family_max + 1e-9)
        bits |= _flag(has_max & too_far, Limit.DISTANCE_FAMILY)
        if need.max_distance_km is not None:
            child_far = np.isnan(dist.limit) | (dist.limit > need.max_distance_km + 1e-9)
            bits |= _flag(child_far, Limit.DISTANCE_CHILD)
    if c.declined:
        declined = np.fromiter(c.declined, np.int64, len(c.declined))
        bits |= _flag(np.isin(pool.hh[idx], declined), Limit.DECLINED)
    # A household without any offer is excluded for that alone.
    return np.where(pool.has_offer[idx], bits, np.uint32(0)).astype(np.uint32)


def _group_bits(pool: CandidatePool, idx: Index, size: int, schedule_mask: int) -> U32Array:
    """Limits of the whole sibling group: places, siblings, and the parts of the week."""
    bits = _flag(pool.free_places[idx] < size, Limit.CAPACITY)
    if size > 1:
        bits |= _flag(~pool.siblings_ok[idx], Limit.SIBLINGS)
    if schedule_mask:
        missing = np.int64(schedule_mask) & ~pool.avail_sched[idx]
        bits |= _flag(missing != 0, Limit.SCHEDULE)
    return np.where(pool.has_offer[idx], bits, np.uint32(0)).astype(np.uint32)


def _unknown_distance_cause(pool: CandidatePool, c: _Child, offer: CandidateOffer) -> str:
    if not offer.pc4:
        return _("het gezin heeft geen postcode")
    if pool.geo.lookup(offer.pc4) is None:
        return _("postcode {pc4} van het gezin is onbekend").format(pc4=offer.pc4)
    need = c.need
    if not need.home_pc4 and not need.school_pc4:
        return _("het kind heeft geen postcode van huis of school")
    for given, place in ((need.home_pc4, c.home), (need.school_pc4, c.school)):
        if given and place is None:
            return _("postcode {pc4} van het kind is onbekend").format(pc4=pc4_of(given) or given)
    return _("de postcode is onbekend")


def _reason_texts(
    pool: CandidatePool,
    c: _Child,
    row: int,
    bits: int,
    dist: _Distances,
    day: date,
    group_size: int,
    group_schedule: Schedule,
) -> list[str]:
    """The Dutch reasons for the limits in ``bits`` of one row. ``dist`` has full-size
    arrays (indexed by row) or, for a sibling, one element (index 0)."""
    offer = pool.offers[row]
    need = c.need
    at = row if len(dist.limit) == pool.n else 0
    texts: list[str] = []
    for limit in LIMITS:
        if not bits & limit:
            continue
        if limit == Limit.NO_OFFER:
            texts.append(_("geen aanbod opgegeven"))
        elif limit == Limit.NOT_AVAILABLE:
            texts.append(
                _("niet beschikbaar: het gezin is in de fase '{fase}'").format(
                    fase=label(offer.stage)
                )
            )
        elif limit == Limit.SCREENING:
            texts += list(offer.screening_blockers) or [limit_label(Limit.SCREENING)]
        elif limit == Limit.PAUSED:
            key = day.toordinal()
            periods = [
                (a, b, why) for a, b, why in offer.pauses if a.toordinal() <= key <= b.toordinal()
            ]
            if offer.paused:
                texts.append(_("het aanbod staat op pauze"))
            for a, b, why in periods:
                text = _("aanbod gepauzeerd van {van} tot en met {tot}").format(
                    van=_fmt_date(a), tot=_fmt_date(b)
                )
                texts.append(f"{text} ({why})" if why else text)
        elif limit == Limit.PERIOD:
            if offer.valid_from is not None and day < offer.valid_from:
                texts.append(
                    _("het aanbod geldt pas vanaf {datum}").format(
                        datum=_fmt_date(offer.valid_from)
                    )
                )
            if offer.valid_to is not None and day > offer.valid_to:
                texts.append(
                    _("het aanbod gold tot en met {datum}").format(datum=_fmt_date(offer.valid_to))
                )
        elif limit == Limit.CARE_FORM:
            texts.append(
                _(
                    "zorgvorm past niet: het gezin biedt {aanbod}, het kind heeft {nodig} nodig"
                ).format(
                    aanbod=label(offer.care_form) if offer.care_form else _("niets"),
                    nodig=label(need.care_form),
                )
            )
        elif limit == Limit.SCHEDULE:
            missing = group_schedule.minus(Schedule(int(pool.avail_sched[row])))
            texts.append(
                _("rooster past niet: {delen} is niet (meer) vrij").format(delen=missing.describe())
            )
        elif limit == Limit.WEEKEND:
            texts.append(
                _("weekenden passen niet: het gezin biedt {aanbod}, nodig is {nodig}").format(
                    aanbod=label(offer.weekend_pattern), nodig=label(need.weekend_pattern)
                )
            )
        elif limit == Limit.HOLIDAYS:
            texts.append(_("vakantieopvang nodig, het gezin biedt die niet"))
        elif limit == Limit.CAPACITY:
            free = int(pool.free_places[row])
            if group_size > 1:
                texts.append(
                    _("te weinig plek voor {n} broers en zussen samen ({vrij} vrij)").format(
                        n=group_size, vrij=free
                    )
                )
            else:
                texts.append(_("geen vrije plek"))
        elif limit == Limit.SIBLINGS:
            texts.append(
                _("neemt geen broers en zussen samen op ({n} kinderen)").format(n=group_size)
            )
        elif limit == Limit.AGE:
            texts.append(
                _("leeftijd {leeftijd} valt buiten {min} tot en met {max} jaar").format(
                    leeftijd=format_age(need.age_months), min=offer.age_min, max=offer.age_max
                )
            )
        elif limit == Limit.ALLERGY:
            clash = sorted(_norm_set(offer.pets) & c.allergies)
            texts.append(
                _("huisdier ({dieren}) terwijl het kind daar allergisch voor is").format(
                    dieren=_join([_pet_label(p) for p in clash])
                )
            )
        elif limit == Limit.SMOKING:
            texts.append(_("er wordt gerookt; het kind heeft een rookvrij huis nodig"))
        elif limit == Limit.NEEDS:
            handled = _norm_set(offer.needs_ok)
            lacking = [_need_label(x) for x in sorted(c.needs) if x not in handled]
            texts.append(_("kan {behoeften} niet aan").format(behoeften=_join(lacking)))
        elif limit in (Limit.DISTANCE_FAMILY, Limit.DISTANCE_CHILD):
            maximum = (
                offer.max_distance_km if limit == Limit.DISTANCE_FAMILY else need.max_distance_km
            )
            km = float(dist.limit[at])
            whose = (
                _("het gezin wil hoogstens {max} reizen")
                if limit == Limit.DISTANCE_FAMILY
                else _("voor het kind is hoogstens {max} afgesproken")
            ).format(max=format_km(maximum))
            if math.isnan(km):
                texts.append(
                    _("afstand onbekend ({oorzaak}) en {wie}: daarom uitgesloten").format(
                        oorzaak=_unknown_distance_cause(pool, c, offer), wie=whose
                    )
                )
            else:
                home = float(dist.home[at])
                target = (
                    _("huis")
                    if need.home_pc4 and not math.isnan(home) and home >= km - 1e-9
                    else _("school")
                )
                texts.append(
                    _("{afstand} tot {doel} is te ver: {wie}").format(
                        afstand=format_km(km), doel=target, wie=whose
                    )
                )
        elif limit == Limit.DECLINED:
            why = c.declined.get(offer.household_id, "")
            texts.append(
                _("eerder voorgesteld en afgewezen: {reden}").format(reden=why)
                if why
                else _("eerder voorgesteld en afgewezen")
            )
    return texts
