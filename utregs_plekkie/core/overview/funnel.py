"""The recruitment funnel: steps, conversion, time in a step and drop-outs.

The recruitment funnel
----------------------
The funnel follows a **cohort**: the information requests *received in the chosen
period* (merged duplicates left out; per provider and per wijk by the request's own
provider and wijk), and how far each of them got **up to today**. A request counts in
a step when there is evidence that it reached that step or any later one, so every
step is a part of the step before it.

=====================  ==================================================================
step                   reached when (and dated at)
=====================  ==================================================================
aanvraag               the request was received (``received_at``)
pakket verstuurd       ``pack_sent_at`` is set, or the status is pakket verstuurd, gebeld,
                       informatieavond or aangemeld, or (for a request that dropped out)
                       its status history shows pakket verstuurd or gebeld. Dated at
                       ``pack_sent_at``, else the first change to pakket verstuurd/gebeld.
informatieavond        the status is informatieavond or aangemeld, or the request attended
                       an information evening (an ``event_registrations`` row with
                       ``attended`` for an event of kind informatieavond), or (dropped
                       out) its history shows informatieavond. Dated at the first change
                       to informatieavond, else the start of the attended evening.
aanmelding             the status is aangemeld, or (dropped out) the history shows
                       aangemeld, or the family the request became
                       (``InfoRequest.household_id``) moved to aanmelding or VGB/VOG.
                       Dated at the first change to aangemeld, else the family's first
                       move to aanmelding or VGB/VOG.
gescreend (VGB/VOG)    the family moved past the VGB/VOG stage: its stage history shows a
                       move to voorbereidingstraining, gezinsonderzoek, geschiktheid,
                       samenwerkingsovereenkomst or beschikbaar. Dated at the first such
                       move.
beschikbaar            the family's stage history shows beschikbaar (or
                       ``available_since`` is set). Dated at the first move to beschikbaar,
                       else ``available_since``.
geplaatst              a child was placed with the family (any ``placements`` row, active
                       or ended). Dated at the first placement's start.
=====================  ==================================================================

For a request that did *not* drop out the current status is what counts, not earlier
statuses: a request moved back from informatieavond to gebeld did not come to the
evening. Its history still dates the steps it did reach.

* **Conversion** of a step: the part of the previous step's requests that reached it.
* **Time in a step** (median days): for the requests that reached the step *and* the
  next one, the days from reaching the step to reaching the next (whole days, from the
  two dates above). Requests still in the step are not counted in it.
* **Drop-outs per step**: requests whose furthest step is this one and that stopped:
  the family has stage gestopt (reason: the family's ``dropout_reason``), or, when there
  is no family, the request has status afgehaakt or niet nu (reason: the request's
  ``dropout_reason``; "niet nu" when none is given for niet nu). A paused family
  (gepauzeerd) has not dropped out.
* Families registered without a request in the program are not in the funnel.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview.periods import median_from_histogram

# --------------------------------------------------------------------------- funnel


class FunnelStep(IntEnum):
    """The steps of the recruitment funnel, in order (see the module docstring)."""

    AANVRAAG = 0
    PAKKET = 1
    INFORMATIEAVOND = 2
    AANMELDING = 3
    GESCREEND = 4
    BESCHIKBAAR = 5
    GEPLAATST = 6

    @property
    def about_children(self) -> bool:
        """Whether a count of this step is a figure about children (placements)."""
        return self is FunnelStep.GEPLAATST


FUNNEL_STEPS: tuple[FunnelStep, ...] = tuple(FunnelStep)


def step_label(step: FunnelStep) -> str:
    return {
        FunnelStep.AANVRAAG: _("aanvraag"),
        FunnelStep.PAKKET: _("pakket verstuurd"),
        FunnelStep.INFORMATIEAVOND: _("informatieavond"),
        FunnelStep.AANMELDING: _("aanmelding"),
        FunnelStep.GESCREEND: _("gescreend (VGB/VOG)"),
        FunnelStep.BESCHIKBAAR: _("beschikbaar"),
        FunnelStep.GEPLAATST: _("geplaatst"),
    }[step]


def step_definition(step: FunnelStep) -> str:
    """One Dutch sentence per step for the report's reading guide."""
    return {
        FunnelStep.AANVRAAG: _("de aanvraag kwam binnen in de gekozen periode"),
        FunnelStep.PAKKET: _("het informatiepakket is verstuurd"),
        FunnelStep.INFORMATIEAVOND: _(
            "de aanvrager kwam naar een informatieavond (status of aanwezigheid)"
        ),
        FunnelStep.AANMELDING: _("de aanvrager heeft zich aangemeld als pleeg- of steunouder"),
        FunnelStep.GESCREEND: _("het gezin is door de VGB/VOG heen (volgende fase bereikt)"),
        FunnelStep.BESCHIKBAAR: _("het gezin is goedgekeurd en beschikbaar voor matching"),
        FunnelStep.GEPLAATST: _("er is een kind bij het gezin geplaatst"),
    }[step]


def time_in_step_label(step: FunnelStep) -> str:
    """What the median time of a step measures, e.g. "van aanvraag tot pakket verstuurd"."""
    if step is FunnelStep.GEPLAATST:
        return "–"
    return _("van {stap} tot {volgende}").format(
        stap=step_label(step), volgende=step_label(FunnelStep(step + 1))
    )


def _dropout_labels() -> dict[str, str]:
    """Drop-out reason codes (as recruiters choose them) with their Dutch words."""
    return {
        "geen_tijd": _("geen tijd"),
        "persoonlijke_omstandigheden": _("persoonlijke omstandigheden"),
        "andere_organisatie": _("gaat naar een andere organisatie"),
        "geen_reactie": _("geen reactie meer"),
        "verwachtingen": _("past niet bij de verwachtingen"),
        "woonruimte": _("te weinig woonruimte"),
        "niet_geschikt": _("niet geschikt bevonden"),
        "vgb_geweigerd": _("VGB/VOG geweigerd"),
        "verhuisd": _("verhuisd"),
        "gezinsuitbreiding": _("gezinsuitbreiding"),
        "zwaarder_dan_verwacht": _("zwaarder dan verwacht"),
        "niet_nu": _("niet nu (later opnieuw benaderen)"),
        "": _("geen reden opgegeven"),
    }


def dropout_label(code: str | None) -> str:
    """The Dutch words for a drop-out reason code; an unknown code reads as itself."""
    key = (code or "").strip()
    labels = _dropout_labels()
    if key in labels:
        return labels[key]
    return key.replace("_", " ")


@dataclass(frozen=True)
class DropoutCount:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class FunnelStepFigures:
    step: FunnelStep
    reached: int
    #: reached / reached of the previous step (None for the first step or nothing before)
    conversion: float | None
    #: reached / requests
    share: float | None
    #: median days from reaching this step to reaching the next (None: nobody moved on)
    median_days: float | None
    #: how many moved on with both dates known: the number behind the median
    moved_on: int
    #: stopped while this was their furthest step
    dropped: int
    reasons: tuple[DropoutCount, ...]

    @property
    def label(self) -> str:
        return step_label(self.step)

    @property
    def about_children(self) -> bool:
        return self.step.about_children


@dataclass(frozen=True)
class Funnel:
    steps: tuple[FunnelStepFigures, ...]

    def __getitem__(self, step: FunnelStep) -> FunnelStepFigures:
        return self.steps[int(step)]

    @property
    def requests(self) -> int:
        return self.steps[0].reached

    @property
    def dropped(self) -> int:
        return sum(s.dropped for s in self.steps)


def reached_from_tops(tops: Mapping[int, int]) -> list[int]:
    """From "how many got no further than step k" to "how many reached step k or later"."""
    reached = [0] * len(FUNNEL_STEPS)
    for top, n in tops.items():
        top = min(max(int(top), 0), len(FUNNEL_STEPS) - 1)
        for k in range(top + 1):
            reached[k] += n
    return reached


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


def build_funnel(
    reached: Sequence[int],
    durations: Mapping[int, Mapping[int, int]],
    dropouts: Mapping[tuple[int, str], int],
) -> Funnel:
    """The funnel's figures from counts the database gave.

    ``reached[k]``: requests that reached step k or later (non-increasing);
    ``durations[k]``: histogram {whole days: count} of the time from step k to k+1;
    ``dropouts[(k, reason)]``: drop-outs whose furthest step is k, per reason code.
    """
    if len(reached) != len(FUNNEL_STEPS):
        raise ValueError(f"expected {len(FUNNEL_STEPS)} counts, got {len(reached)}")
    if any(later > earlier for earlier, later in itertools.pairwise(reached)):
        raise ValueError(f"a funnel step cannot hold more than the one before: {reached}")
    requests = reached[0]
    steps: list[FunnelStepFigures] = []
    for step in FUNNEL_STEPS:
        k = int(step)
        histogram = durations.get(k, {}) if step is not FunnelStep.GEPLAATST else {}
        reasons = sorted(
            (
                DropoutCount(code, dropout_label(code), n)
                for (top, code), n in dropouts.items()
                if top == k and n > 0
            ),
            key=lambda d: (-d.count, d.label),
        )
        steps.append(
            FunnelStepFigures(
                step=step,
                reached=reached[k],
                conversion=None if k == 0 else ratio(reached[k], reached[k - 1]),
                share=ratio(reached[k], requests),
                median_days=median_from_histogram(histogram),
                moved_on=sum(n for n in histogram.values() if n > 0),
                dropped=sum(d.count for d in reasons),
                reasons=tuple(reasons),
            )
        )
    return Funnel(tuple(steps))
