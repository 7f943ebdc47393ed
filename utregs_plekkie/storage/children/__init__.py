"""Children in the database: the rules shared with the import, the form, save and close,
one child's record, the Kinderen list, and what the Matching page reads beside the ranking."""

from utregs_plekkie.storage.children.close import close_child
from utregs_plekkie.storage.children.form import (
    ChildData,
    ChildValidationError,
    ValidChild,
    validate_child,
)
from utregs_plekkie.storage.children.listing import (
    ChildQuery,
    ChildRow,
    child_codes,
    count_children,
    fetch_children,
)
from utregs_plekkie.storage.children.plan_view import PlanView, placement_plan, record_plan_view
from utregs_plekkie.storage.children.record import (
    ChildRecord,
    SiblingInfo,
    find_child_id,
    load_child_record,
)
from utregs_plekkie.storage.children.rules import (
    CODE_PATTERN,
    KNOWN_LANGUAGES,
    MAX_AGE_YEARS,
    MAX_DISTANCE_KM,
    as_sentence,
    check_birth_month,
    check_child_code,
    check_culture_wish,
    check_group_code,
    check_km,
    default_schedule,
    looks_like_bsn,
    normalise_initials,
    parse_pc4,
)
from utregs_plekkie.storage.children.save import ChildSaved, create_child, update_child
from utregs_plekkie.storage.children.views import (
    ProposalStep,
    ProposalView,
    household_names,
    matching_pool,
    proposal_view,
    proposal_views_for_child,
)

__all__ = [
    "CODE_PATTERN",
    "KNOWN_LANGUAGES",
    "MAX_AGE_YEARS",
    "MAX_DISTANCE_KM",
    "ChildData",
    "ChildQuery",
    "ChildRecord",
    "ChildRow",
    "ChildSaved",
    "ChildValidationError",
    "PlanView",
    "ProposalStep",
    "ProposalView",
    "SiblingInfo",
    "ValidChild",
    "as_sentence",
    "check_birth_month",
    "check_child_code",
    "check_culture_wish",
    "check_group_code",
    "check_km",
    "child_codes",
    "close_child",
    "count_children",
    "create_child",
    "default_schedule",
    "fetch_children",
    "find_child_id",
    "household_names",
    "load_child_record",
    "looks_like_bsn",
    "matching_pool",
    "normalise_initials",
    "parse_pc4",
    "placement_plan",
    "proposal_view",
    "proposal_views_for_child",
    "record_plan_view",
    "update_child",
    "validate_child",
]
