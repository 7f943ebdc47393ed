"""The matching engine without Qt: hard limits, soft-fit scores with explanations, the
candidate pool, ranking one child, and sibling groups for the placement plan."""

from utregs_plekkie.core.matching.groups import GroupFit, evaluate_group, no_fit_reason
from utregs_plekkie.core.matching.inputs import (
    CandidateOffer,
    ChildNeed,
    age_in_months,
    format_age,
    language_name,
    reference_day,
)
from utregs_plekkie.core.matching.limits import OFFER_SERVES, Limit, limit_label, offer_serves
from utregs_plekkie.core.matching.pool import CandidatePool
from utregs_plekkie.core.matching.ranking import Candidate, Exclusion, Ranking, rank
from utregs_plekkie.core.matching.weights import (
    COMPONENTS,
    WEIGHTS_SETTING_KEY,
    MatchWeights,
    component_label,
)

__all__ = [
    "COMPONENTS",
    "OFFER_SERVES",
    "WEIGHTS_SETTING_KEY",
    "Candidate",
    "CandidateOffer",
    "CandidatePool",
    "ChildNeed",
    "Exclusion",
    "GroupFit",
    "Limit",
    "MatchWeights",
    "Ranking",
    "age_in_months",
    "component_label",
    "evaluate_group",
    "format_age",
    "language_name",
    "limit_label",
    "no_fit_reason",
    "offer_serves",
    "rank",
    "reference_day",
]
