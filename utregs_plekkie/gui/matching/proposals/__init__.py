"""A proposal from start to end on the Matching page: the panel that shows one proposal
with its history and next steps, and the dialogs of the steps."""

from utregs_plekkie.gui.matching.proposals.dialogs import (
    DeclineDialog,
    EndPlacementDialog,
    PlaceDialog,
    ProposeDialog,
    open_propose,
)
from utregs_plekkie.gui.matching.proposals.panel import ProposalPanel

__all__ = [
    "DeclineDialog",
    "EndPlacementDialog",
    "PlaceDialog",
    "ProposalPanel",
    "ProposeDialog",
    "open_propose",
]
