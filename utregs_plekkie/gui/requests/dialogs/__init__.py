"""The dialogs of the Aanvragen page: a step in the status flow, the side-by-side
comparison of duplicates, and a new request typed in by hand."""

from utregs_plekkie.gui.requests.dialogs.compare import (
    MAX_CANDIDATES,
    DuplicateChoice,
    DuplicateDialog,
    Side,
    load_candidates,
    side_of_input,
    side_of_record,
)
from utregs_plekkie.gui.requests.dialogs.new_request import NewRequestDialog
from utregs_plekkie.gui.requests.dialogs.status import (
    StatusChoice,
    StatusDialog,
    status_button_text,
)

__all__ = [
    "MAX_CANDIDATES",
    "DuplicateChoice",
    "DuplicateDialog",
    "NewRequestDialog",
    "Side",
    "StatusChoice",
    "StatusDialog",
    "load_candidates",
    "side_of_input",
    "side_of_record",
    "status_button_text",
]
