"""The "vandaag" list: next actions due, stage norms exceeded and screening reminders, as
lines for one day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    PipelineStage,
    label,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline.config import (
    DEFAULT_CONFIG,
    PipelineConfig,
)
from utregs_plekkie.core.pipeline.norms import (
    norm_due_on,
)
from utregs_plekkie.core.pipeline.screening import (
    CheckState,
    HouseholdScreening,
    _format,
    is_after_screening,
    screening_status,
)
from utregs_plekkie.core.workdays import (
    working_days_between,
)

# --------------------------------------------------------------------------- vandaag


class TodayKind(StrEnum):
    ACTIE = "actie"
    NORM = "norm"
    SCREENING = "screening"


def today_kind_label(kind: TodayKind) -> str:
    return {
        TodayKind.ACTIE: _("volgende actie"),
        TodayKind.NORM: _("norm overschreden"),
        TodayKind.SCREENING: _("VGB/VOG"),
    }[kind]


@dataclass(frozen=True)
class TodayItem:
    """One line of the "vandaag" list: something due or overdue for one family."""

    kind: TodayKind
    household_id: int
    household_name: str
    stage: PipelineStage
    due_on: date
    text: str
    overdue: bool
    adult_id: int | None = None
    check_id: int | None = None

    @property
    def sort_key(self) -> tuple[date, str, str, int]:
        return (self.due_on, self.kind.value, self.household_name.casefold(), self.household_id)


def action_today_item(
    household_id: int,
    name: str,
    stage: PipelineStage,
    action: str,
    due_on: date,
    on: date,
) -> TodayItem:
    text = action or _("Volgende stap bepalen")
    return TodayItem(TodayKind.ACTIE, household_id, name, stage, due_on, text, due_on < on)


def norm_today_item(
    config: PipelineConfig,
    household_id: int,
    name: str,
    stage: PipelineStage,
    entered_on: date,
    on: date,
) -> TodayItem | None:
    due = norm_due_on(config, stage, entered_on)
    if due is None or on <= due:
        return None
    text = _("Al {days} werkdagen in {stage} (norm: {norm} werkdagen, sinds {since}).").format(
        days=working_days_between(entered_on, on, config.holidays),
        stage=label(stage),
        norm=config.norm(stage),
        since=_format(entered_on),
    )
    return TodayItem(TodayKind.NORM, household_id, name, stage, due, text, True)


def screening_today_items(
    household: HouseholdScreening,
    household_id: int,
    name: str,
    stage: PipelineStage,
    on: date | None = None,
    config: PipelineConfig = DEFAULT_CONFIG,
) -> list[TodayItem]:
    """Screening lines for the "vandaag" list: reminders 60 and 30 days ahead,
    expired checks and renewals; missing checks only for a family past the VGB/VOG
    stage. A stopped family gets none."""
    day = on or clock.today()
    if stage == PipelineStage.GESTOPT:
        return []
    past_screening = is_after_screening(config, household.route, stage)
    items: list[TodayItem] = []
    for status in screening_status(household, day, config):
        check_id = status.check.check_id if status.check else None
        if status.state == CheckState.VERLOOPT and status.reminder is not None:
            due = status.deadline - timedelta(days=1) if status.deadline else day
            items.append(
                TodayItem(
                    TodayKind.SCREENING,
                    household_id,
                    name,
                    stage,
                    due,
                    _("Herinnering {days} dagen: {message}").format(
                        days=status.reminder, message=status.message
                    ),
                    False,
                    status.adult_id,
                    check_id,
                )
            )
        elif status.state in (CheckState.VERLOPEN, CheckState.VERNIEUWEN):
            if status.renewal_requested:
                continue
            due = status.deadline if status.deadline and status.deadline <= day else day
            items.append(
                TodayItem(
                    TodayKind.SCREENING,
                    household_id,
                    name,
                    stage,
                    due,
                    status.message,
                    due < day,
                    status.adult_id,
                    check_id,
                )
            )
        elif status.state == CheckState.ONTBREEKT and past_screening:
            items.append(
                TodayItem(
                    TodayKind.SCREENING,
                    household_id,
                    name,
                    stage,
                    day,
                    status.message,
                    False,
                    status.adult_id,
                    None,
                )
            )
    return items
