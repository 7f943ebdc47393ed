"""The rules of an information request, as pure functions: the status flow, the response
norm and follow-up, duplicates, parsing what people write, and search. No database, no Qt."""

from utregs_plekkie.core.requests.duplicates import (
    NAME_SIMILARITY_THRESHOLD,
    DuplicateLevel,
    DuplicateScore,
    PersonKey,
    name_similarity,
    score_duplicate,
    similar_names,
)
from utregs_plekkie.core.requests.follow_up import (
    FollowUpState,
    describe_follow_up,
    effective_due_date,
    follow_up_state,
    working_days_late,
)
from utregs_plekkie.core.requests.names import (
    split_full_name,
    split_last_name,
    split_street_and_number,
)
from utregs_plekkie.core.requests.norm import ResponseNorm, follow_up_after_move
from utregs_plekkie.core.requests.parsing import (
    parse_consent,
    parse_interests,
    parse_received_at,
    parse_source,
)
from utregs_plekkie.core.requests.search import SearchKind, SearchTerm, classify_search
from utregs_plekkie.core.requests.status import (
    CLOSED_STATUSES,
    MAIN_LINE,
    NIET_NU_MAX_DAYS,
    OPEN_STATUSES,
    DropoutReason,
    allowed_moves,
    check_move,
    dropout_reason_label,
    move_problem,
)

__all__ = [
    "CLOSED_STATUSES",
    "MAIN_LINE",
    "NAME_SIMILARITY_THRESHOLD",
    "NIET_NU_MAX_DAYS",
    "OPEN_STATUSES",
    "DropoutReason",
    "DuplicateLevel",
    "DuplicateScore",
    "FollowUpState",
    "PersonKey",
    "ResponseNorm",
    "SearchKind",
    "SearchTerm",
    "allowed_moves",
    "check_move",
    "classify_search",
    "describe_follow_up",
    "dropout_reason_label",
    "effective_due_date",
    "follow_up_after_move",
    "follow_up_state",
    "move_problem",
    "name_similarity",
    "parse_consent",
    "parse_interests",
    "parse_received_at",
    "parse_source",
    "score_duplicate",
    "similar_names",
    "split_full_name",
    "split_last_name",
    "split_street_and_number",
    "working_days_late",
]
