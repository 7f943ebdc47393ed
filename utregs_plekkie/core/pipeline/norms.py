"""Time in each stage, read back from the dated history, and the stage norms in working
days ("eerste bezoek binnen 5 werkdagen") with the next action and its due date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    HouseholdRoute,
    PipelineStage,
)
from utregs_plekkie.core.pipeline.config import (
    DEFAULT_CONFIG,
    PipelineConfig,
)
from utregs_plekkie.core.pipeline.moves import StageStep
from utregs_plekkie.core.workdays import (
    add_working_days,
    working_days_between,
)

# --------------------------------------------------------------------------- time in stage


@dataclass(frozen=True)
class StageSpan:
    """One stay in a stage: from the move into it until the next move (or now)."""

    stage: PipelineStage
    start: datetime
    end: datetime | None  # None: the family is still there
    days: int
    working_days: int


def _local_date(value: datetime) -> date:
    return value.astimezone(clock.LOCAL_TZ).date()


def stage_spans(
    history: Sequence[StageStep],
    now: datetime | None = None,
    config: PipelineConfig = DEFAULT_CONFIG,
) -> list[StageSpan]:
    """Every stay, oldest first, with calendar and working days spent."""
    current = now or clock.now()
    ordered = sorted(history, key=lambda s: s.at)
    spans: list[StageSpan] = []
    for index, step in enumerate(ordered):
        end = ordered[index + 1].at if index + 1 < len(ordered) else None
        until = end or current
        first, last = _local_date(step.at), _local_date(until)
        spans.append(
            StageSpan(
                stage=step.to_stage,
                start=step.at,
                end=end,
                days=max(0, (last - first).days),
                working_days=max(0, working_days_between(first, last, config.holidays)),
            )
        )
    return spans


def time_in_stages(
    history: Sequence[StageStep],
    now: datetime | None = None,
    config: PipelineConfig = DEFAULT_CONFIG,
) -> dict[PipelineStage, int]:
    """Calendar days spent per stage (a stage visited twice counts both stays)."""
    totals: dict[PipelineStage, int] = {}
    for span in stage_spans(history, now, config):
        totals[span.stage] = totals.get(span.stage, 0) + span.days
    return totals


# --------------------------------------------------------------------------- norms


@dataclass(frozen=True)
class NextAction:
    text: str
    due_on: date | None


def norm_due_on(config: PipelineConfig, stage: PipelineStage, entered_on: date) -> date | None:
    """The last day the norm of ``stage`` allows, for a family that entered it on
    ``entered_on`` (``None`` if the stage has no norm)."""
    days = config.norm(stage)
    if days is None:
        return None
    return add_working_days(entered_on, days, config.holidays)


def norm_exceeded(
    config: PipelineConfig, stage: PipelineStage, entered_on: date, on: date | None = None
) -> bool:
    """Whether a family that entered ``stage`` on ``entered_on`` is past the norm."""
    due = norm_due_on(config, stage, entered_on)
    return due is not None and (on or clock.today()) > due


def latest_entry_exceeding_norm(
    config: PipelineConfig, stage: PipelineStage, on: date | None = None
) -> date | None:
    """The latest entry date for which the norm of ``stage`` is exceeded on ``on``:
    every family that entered on or before it is overdue (for indexed queries)."""
    days = config.norm(stage)
    if days is None:
        return None
    day = on or clock.today()
    candidate = day - timedelta(days=1)
    # Norms are at most 260 working days, so this walks back a few hundred days at most.
    while add_working_days(candidate, days, config.holidays) >= day:
        candidate -= timedelta(days=1)
    return candidate


def default_next_action(
    config: PipelineConfig, route: HouseholdRoute, stage: PipelineStage, entered_on: date
) -> NextAction:
    """What to do next in ``stage`` and by when (the norm's last day)."""
    text = config.action_text(route, stage)
    if not text:
        return NextAction("", None)
    return NextAction(text, norm_due_on(config, stage, entered_on))
