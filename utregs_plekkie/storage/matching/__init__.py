"""Matching in the database: the pool of households, ranking, weights, the shortlist,
the proposal lifecycle up to placement, and the placement plan."""

from utregs_plekkie.storage.matching.common import OPEN_PROPOSAL_STATUSES, SHORTLIST_PREFIX
from utregs_plekkie.storage.matching.lifecycle import accept, decline, propose, start_kennismaking
from utregs_plekkie.storage.matching.placement import end_placement, place
from utregs_plekkie.storage.matching.planning import plan
from utregs_plekkie.storage.matching.pool import (
    child_need,
    load_child,
    load_pool,
    load_waiting_children,
)
from utregs_plekkie.storage.matching.proposals import (
    ProposalInfo,
    proposals_for_child,
    proposals_for_household,
)
from utregs_plekkie.storage.matching.ranking import ChildFit, children_for_household, rank_for_child
from utregs_plekkie.storage.matching.shortlist import (
    ShortlistEntry,
    add_to_shortlist,
    remove_from_shortlist,
    shortlist,
)
from utregs_plekkie.storage.matching.weights import load_weights, save_weights

__all__ = [
    "OPEN_PROPOSAL_STATUSES",
    "SHORTLIST_PREFIX",
    "ChildFit",
    "ProposalInfo",
    "ShortlistEntry",
    "accept",
    "add_to_shortlist",
    "child_need",
    "children_for_household",
    "decline",
    "end_placement",
    "load_child",
    "load_pool",
    "load_waiting_children",
    "load_weights",
    "place",
    "plan",
    "proposals_for_child",
    "proposals_for_household",
    "propose",
    "rank_for_child",
    "remove_from_shortlist",
    "save_weights",
    "shortlist",
    "start_kennismaking",
]
