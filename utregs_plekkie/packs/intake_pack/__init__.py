"""The intake pack of one household: what it holds (data, checklist, texts) and how
it is laid out on paper.
"""

from utregs_plekkie.packs.intake_pack.content import (
    MAX_TRAININGS,
    AdultInfo,
    ChecklistItem,
    IntakePackContent,
    IntakePackData,
    OfferInfo,
    ScreeningInfo,
    intake_pack_content,
    missing_fields,
    required_check,
    route_stages,
)
from utregs_plekkie.packs.intake_pack.story import intake_pack_story

__all__ = [
    "MAX_TRAININGS",
    "AdultInfo",
    "ChecklistItem",
    "IntakePackContent",
    "IntakePackData",
    "OfferInfo",
    "ScreeningInfo",
    "intake_pack_content",
    "intake_pack_story",
    "missing_fields",
    "required_check",
    "route_stages",
]
