"""The whole overview: its filter, follow-up health, and what a computation returns.

Follow-up health
----------------
* **Answered within the norm**: of the requests received in the period, those whose
  first status change to something other than nieuw came before the end of the next
  working day after the day of receipt (:func:`answer_deadline`, with the team's
  working-day rules of :mod:`utregs_plekkie.core.workdays`). Requests without an
  answer are *late* once the deadline has passed and *still within the norm* before.
* **Overdue actions** (today): open requests (nieuw, pakket verstuurd, gebeld,
  informatieavond, niet nu) whose follow-up date lies before today, and families not
  stopped whose next action date lies before today.
* **Screenings expiring**: VGB/VOG checks of adults in families not stopped that expire
  within the next 60 days; and checks already expired of families that are available.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from utregs_plekkie.core.enums import Provider, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview.channels import Channels, MonthPoint
from utregs_plekkie.core.overview.funnel import Funnel, ratio
from utregs_plekkie.core.overview.numbers import format_date
from utregs_plekkie.core.overview.supply import SupplyDemand

# --------------------------------------------------------------------------- follow-up


SCREENING_HORIZON_DAYS = 60


@dataclass(frozen=True)
class FollowUpHealth:
    norm_working_days: int
    #: requests received in the period
    requests: int
    answered_on_time: int
    answered_late: int
    #: no answer yet and the deadline has passed
    unanswered_late: int
    #: no answer yet, deadline still to come
    unanswered_pending: int
    #: open requests whose follow-up date lies before today
    overdue_requests: int
    #: families (not stopped) whose next action lies before today
    overdue_households: int
    #: VGB checks expiring within the horizon
    vgb_expiring: int
    vog_expiring: int
    #: checks already expired of families that are available now
    expired_available: int
    horizon_days: int = SCREENING_HORIZON_DAYS

    @property
    def judged(self) -> int:
        """Requests whose answer is due: answered, or late without an answer."""
        return self.answered_on_time + self.answered_late + self.unanswered_late

    @property
    def on_time_share(self) -> float | None:
        return ratio(self.answered_on_time, self.judged)

    @property
    def screenings_expiring(self) -> int:
        return self.vgb_expiring + self.vog_expiring

    @property
    def overdue_actions(self) -> int:
        return self.overdue_requests + self.overdue_households


# --------------------------------------------------------------------------- the whole


class OverviewCancelled(UserError):
    """The user stopped the computation (the progress callback returned False)."""

    def __init__(self) -> None:
        super().__init__(_("Het overzicht is afgebroken. Er is niets veranderd."))


@dataclass(frozen=True)
class OverviewFilter:
    period_from: date
    period_to: date
    provider: Provider | None = None
    wijk_code: str | None = None
    wijk: str | None = None  # its name, for titles

    def describe(self) -> str:
        """E.g. "01-12-2025 t/m 30-11-2026, KOOS Utrecht, wijk West"."""
        parts = [
            _("{van} t/m {tot}").format(
                van=format_date(self.period_from), tot=format_date(self.period_to)
            )
        ]
        parts.append(self.provider_text())
        if self.wijk_code is not None:
            parts.append(_("wijk {wijk}").format(wijk=self.wijk or self.wijk_code))
        return ", ".join(parts)

    def provider_text(self) -> str:
        if self.provider is None:
            return _("KOOS Utrecht en Spoor030")
        return label(self.provider)


@dataclass(frozen=True)
class Overview:
    """Every figure of the Overzicht page, computed in one go (see the module docstring)."""

    filter: OverviewFilter
    computed_at: datetime
    funnel: Funnel
    channels: Channels
    months: tuple[MonthPoint, ...]
    supply_demand: SupplyDemand
    health: FollowUpHealth
    seconds: float = 0.0
    wijken: tuple[tuple[str, str], ...] = field(default_factory=tuple)


ProgressCallback = Callable[[int, int], bool]
