"""The two routes through the stages (foster parents, support parents), the stages
outside them, and which route and which check (VGB or VOG) a family gets.
"""

from __future__ import annotations

from collections.abc import Iterable

from utregs_plekkie.core.enums import (
    HouseholdRoute,
    Interest,
    PipelineStage,
    ScreeningKind,
)

FOSTER_ROUTE: tuple[PipelineStage, ...] = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)
#: Support parents: a VOG instead of a VGB, and no family study or suitability report.
SUPPORT_ROUTE: tuple[PipelineStage, ...] = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)
#: Stages outside every route: a family gets there from any stage of its route.
OFF_ROUTE_STAGES: tuple[PipelineStage, ...] = (PipelineStage.GEPAUZEERD, PipelineStage.GESTOPT)


def route_for_interests(interests: Iterable[Interest]) -> HouseholdRoute:
    """The route of a family made from a request: support parents when that is all
    the request asked about, foster parents otherwise."""
    chosen = set(interests) - {Interest.WEET_NIET}
    if chosen == {Interest.STEUNOUDER}:
        return HouseholdRoute.STEUNOUDER
    return HouseholdRoute.PLEEGOUDER


def required_check(route: HouseholdRoute) -> ScreeningKind:
    """VGB for foster parents, VOG for support parents."""
    return ScreeningKind.VOG if route == HouseholdRoute.STEUNOUDER else ScreeningKind.VGB
