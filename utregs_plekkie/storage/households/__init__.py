"""Foster and support families in the database: the write side (families, adults and checks,
moves through the pipeline, offers) and the read side (list, board, "vandaag", detail)."""

from __future__ import annotations

from utregs_plekkie.storage.households.adults import (
    add_adult,
    add_check,
    remove_adult,
    remove_check,
    update_adult,
    update_check,
)
from utregs_plekkie.storage.households.board import (
    BoardCard,
    BoardColumn,
    board,
)
from utregs_plekkie.storage.households.data import (
    AdultData,
    CheckData,
    HouseholdData,
    OwnChild,
    SaveResult,
    household_data,
)
from utregs_plekkie.storage.households.detail import (
    HouseholdDetail,
    household_detail,
)
from utregs_plekkie.storage.households.from_request import (
    request_to_household,
)
from utregs_plekkie.storage.households.listing import (
    HouseholdOrder,
    HouseholdQuery,
    HouseholdRow,
    count_households,
    fetch_households,
)
from utregs_plekkie.storage.households.moves import (
    MoveResult,
    apply_stage_move,
    move_stage,
    moves_for,
)
from utregs_plekkie.storage.households.offer_overview import (
    OfferOverview,
    PauseInfo,
    offer_overview,
)
from utregs_plekkie.storage.households.offers import (
    OfferData,
    add_offer,
    add_offer_pause,
    remove_offer,
    remove_offer_pause,
    update_offer,
    validate_offer,
)
from utregs_plekkie.storage.households.save import (
    create_household,
    insert_household,
    set_own_children,
    update_household,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
    load_pipeline_settings,
    save_pipeline_config,
)
from utregs_plekkie.storage.households.today import (
    today_list,
)

__all__ = [
    "AdultData",
    "BoardCard",
    "BoardColumn",
    "CheckData",
    "HouseholdData",
    "HouseholdDetail",
    "HouseholdOrder",
    "HouseholdQuery",
    "HouseholdRow",
    "MoveResult",
    "OfferData",
    "OfferOverview",
    "OwnChild",
    "PauseInfo",
    "SaveResult",
    "add_adult",
    "add_check",
    "add_offer",
    "add_offer_pause",
    "apply_stage_move",
    "board",
    "count_households",
    "create_household",
    "fetch_households",
    "household_data",
    "household_detail",
    "insert_household",
    "load_pipeline_config",
    "load_pipeline_settings",
    "move_stage",
    "moves_for",
    "offer_overview",
    "remove_adult",
    "remove_check",
    "remove_offer",
    "remove_offer_pause",
    "request_to_household",
    "save_pipeline_config",
    "screening_snapshot",
    "set_own_children",
    "today_list",
    "update_adult",
    "update_check",
    "update_household",
    "update_offer",
    "validate_offer",
]
