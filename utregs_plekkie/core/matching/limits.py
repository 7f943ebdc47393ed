"""The hard limits: rules that never bend, one bit each, with their Dutch labels.

A household is excluded, with every reason that applies (in Dutch), when it is not
beschikbaar or a required VGB/VOG is missing or expired; when none of its offers can
serve the child's care form, schedule, weekends or holidays; when an offer has too few
free places for the whole sibling group (siblings are placed together, on one offer)
or does not take siblings; when the child's age is outside the offer's range; when a
pet meets the child's allergy or smoking meets a smoke-free requirement; when the
family cannot handle the child's needs; when the distance is beyond the family's or
the child's maximum; when this pair was proposed before and declined; or when the
offer is paused or outside its valid period.

Decisions worth knowing (the Matching page should explain the same to its users):

* *Care forms.* :data:`OFFER_SERVES` says which needs an offer of each kind can serve.
  Crisis care only serves crisis (a crisis family is ready within 24 hours; a crisis
  child needs exactly that). A long-term family (voltijd_lang) can also take a
  short-term child: it has committed to more than a year, not less. Part-time
  day-parts (deeltijd_dagdelen, a foster family with a VGB) can also give the few hours
  a week of a support family (steunouder). Everything else serves only itself.
* *Schedules.* Full-time care uses places only (a bed; the whole week). Part-time and
  support care also use the parts of the week they take (``core.capacity``): a child's
  schedule (for a sibling group: the union of their schedules, they come together)
  must lie within the offer's *free* schedule.
* *Distances* are great-circle km between PC4 centroids (``core.geo``). The distance
  that counts for a limit is the larger of the distances to the child's home and to
  their school (both are places the child must keep reaching). An unknown postcode is
  never 0 km: the distance is *unknown*; it excludes a household only when a maximum
  applies (the family's or the child's), and the reason says so. Without a maximum
  the household stays a candidate and the distance components score 0 with
  "afstand onbekend" in the explanation.
* *Dates.* Paused periods and valid periods are judged on the reference day: the
  child's wanted start when that lies ahead, else today (for a sibling group the
  earliest of its members' days). Free capacity is what the
  caller computed (``core.capacity.OfferUse``, normally as of today).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntFlag

import numpy as np

from utregs_plekkie.core.enums import CareForm
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching.arrays import BoolArray

# --------------------------------------------------------------------------- care forms

#: Which needs an offer of each care form can serve (see the module docstring).
OFFER_SERVES: Mapping[CareForm, frozenset[CareForm]] = {
    CareForm.VOLTIJD_CRISIS: frozenset({CareForm.VOLTIJD_CRISIS}),
    CareForm.VOLTIJD_KORT: frozenset({CareForm.VOLTIJD_KORT}),
    CareForm.VOLTIJD_LANG: frozenset({CareForm.VOLTIJD_LANG, CareForm.VOLTIJD_KORT}),
    CareForm.DEELTIJD_WEEKEND: frozenset({CareForm.DEELTIJD_WEEKEND}),
    CareForm.DEELTIJD_VAKANTIE: frozenset({CareForm.DEELTIJD_VAKANTIE}),
    CareForm.DEELTIJD_DAGDELEN: frozenset({CareForm.DEELTIJD_DAGDELEN, CareForm.STEUNOUDER}),
    CareForm.STEUNOUDER: frozenset({CareForm.STEUNOUDER}),
}

_CARE_FORMS: tuple[CareForm, ...] = tuple(CareForm)
_CARE_INDEX: dict[CareForm, int] = {care: i for i, care in enumerate(_CARE_FORMS)}
_NO_CARE = len(_CARE_FORMS)  # the row index of "no offer" in _SERVES
# _SERVES[offer care, needed care]; the extra last row (no offer) serves nothing.
_SERVES: BoolArray = np.zeros((len(_CARE_FORMS) + 1, len(_CARE_FORMS)), dtype=np.bool_)
for _offered, _needs in OFFER_SERVES.items():
    for _needed in _needs:
        _SERVES[_CARE_INDEX[_offered], _CARE_INDEX[_needed]] = True


def offer_serves(offered: CareForm, needed: CareForm) -> bool:
    """Whether an offer of care form ``offered`` can serve a child needing ``needed``."""
    return CareForm(needed) in OFFER_SERVES[CareForm(offered)]


# --------------------------------------------------------------------------- limits


class Limit(IntFlag):
    """The hard limits, one bit each (several can apply to one offer)."""

    NO_OFFER = 1 << 0
    NOT_AVAILABLE = 1 << 1
    SCREENING = 1 << 2
    PAUSED = 1 << 3
    PERIOD = 1 << 4
    CARE_FORM = 1 << 5
    SCHEDULE = 1 << 6
    WEEKEND = 1 << 7
    HOLIDAYS = 1 << 8
    CAPACITY = 1 << 9
    SIBLINGS = 1 << 10
    AGE = 1 << 11
    ALLERGY = 1 << 12
    SMOKING = 1 << 13
    NEEDS = 1 << 14
    DISTANCE_FAMILY = 1 << 15
    DISTANCE_CHILD = 1 << 16
    DECLINED = 1 << 17
    SIBLING_MISFIT = 1 << 18


#: Single limits in the order their reasons are listed.
LIMITS: tuple[Limit, ...] = tuple(Limit.__members__.values())

# Limits that do not depend on the child (stage, screening, offer period).
_STATIC = Limit.NO_OFFER | Limit.NOT_AVAILABLE | Limit.SCREENING | Limit.PAUSED | Limit.PERIOD


def limit_label(limit: Limit) -> str:
    """A general Dutch description of one hard limit, e.g. for filters and summaries."""
    labels: dict[Limit, str] = {
        Limit.NO_OFFER: _("geen aanbod opgegeven"),
        Limit.NOT_AVAILABLE: _("gezin niet beschikbaar"),
        Limit.SCREENING: _("VGB/VOG ontbreekt of is verlopen"),
        Limit.PAUSED: _("aanbod gepauzeerd"),
        Limit.PERIOD: _("aanbod geldt niet op de startdatum"),
        Limit.CARE_FORM: _("zorgvorm past niet"),
        Limit.SCHEDULE: _("rooster past niet"),
        Limit.WEEKEND: _("weekenden passen niet"),
        Limit.HOLIDAYS: _("geen vakantieopvang"),
        Limit.CAPACITY: _("te weinig vrije plekken"),
        Limit.SIBLINGS: _("neemt geen broers en zussen samen op"),
        Limit.AGE: _("leeftijd buiten het bereik van het gezin"),
        Limit.ALLERGY: _("huisdier en allergie"),
        Limit.SMOKING: _("er wordt gerookt"),
        Limit.NEEDS: _("kan de zorgbehoefte niet aan"),
        Limit.DISTANCE_FAMILY: _("verder dan het gezin wil reizen"),
        Limit.DISTANCE_CHILD: _("verder dan de maximale afstand voor het kind"),
        Limit.DECLINED: _("eerder afgewezen"),
        Limit.SIBLING_MISFIT: _("past niet bij een broer of zus"),
    }
    return labels[limit]
