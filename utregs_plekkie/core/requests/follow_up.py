"""Follow-up: whether a request is due today, overdue or later (the "vandaag" view)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from utregs_plekkie.core.enums import RequestStatus
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests.status import OPEN_STATUSES, _dutch_date
from utregs_plekkie.core.workdays import (
    DEFAULT_RULES,
    HolidayRules,
    next_working_day,
    working_days_between,
)


class FollowUpState(StrEnum):
    GEEN = "geen"  # closed, or no date
    LATER = "later"
    VANDAAG = "vandaag"
    TE_LAAT = "te_laat"


def effective_due_date(follow_up_on: date, calendar: HolidayRules = DEFAULT_RULES) -> date:
    """A follow-up date on a weekend or holiday is due on the next working day."""
    return next_working_day(follow_up_on, calendar)


def follow_up_state(
    status: RequestStatus,
    follow_up_on: date | None,
    today: date,
    calendar: HolidayRules = DEFAULT_RULES,
) -> FollowUpState:
    """Where a request stands for the "vandaag" view (overdue ones are highlighted)."""
    if follow_up_on is None or status not in OPEN_STATUSES:
        return FollowUpState.GEEN
    due = effective_due_date(follow_up_on, calendar)
    if today < due:
        return FollowUpState.LATER
    if today == due:
        return FollowUpState.VANDAAG
    return FollowUpState.TE_LAAT


def working_days_late(
    follow_up_on: date | None, today: date, calendar: HolidayRules = DEFAULT_RULES
) -> int:
    """How many working days past its (effective) due date a follow-up is; 0 if not late."""
    if follow_up_on is None:
        return 0
    due = effective_due_date(follow_up_on, calendar)
    return working_days_between(due, today, calendar) if today > due else 0


def describe_follow_up(
    status: RequestStatus,
    follow_up_on: date | None,
    today: date,
    calendar: HolidayRules = DEFAULT_RULES,
) -> str:
    """E.g. "vandaag opvolgen", "2 werkdagen te laat", "opvolgen op 03-03-2026"."""
    state = follow_up_state(status, follow_up_on, today, calendar)
    if state == FollowUpState.GEEN or follow_up_on is None:
        return ""
    if state == FollowUpState.VANDAAG:
        return _("vandaag opvolgen")
    if state == FollowUpState.LATER:
        return _("opvolgen op {date}").format(date=_dutch_date(follow_up_on))
    late = working_days_late(follow_up_on, today, calendar)
    if late <= 1:
        return _("1 werkdag te laat (opvolgen op {date})").format(date=_dutch_date(follow_up_on))
    return _("{n} werkdagen te laat (opvolgen op {date})").format(
        n=late, date=_dutch_date(follow_up_on)
    )
