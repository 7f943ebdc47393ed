"""The response norm: how many working days a request may wait for its next step
(default: a new request is answered within one working day), on the program's one
calendar of working days (:mod:`core.workdays`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from utregs_plekkie.core.enums import RequestStatus, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.workdays import DEFAULT_RULES, HolidayRules, add_working_days


@dataclass(frozen=True)
class ResponseNorm:
    """Within how many working days a request in each open status gets its next step.

    The default answers a new request within one working day (common practice in
    Dutch foster-care recruitment); after the pack a phone call within five, after the
    call an information evening within ten, after the evening a decision within five.
    """

    nieuw: int = 1
    pakket_verstuurd: int = 5
    gebeld: int = 10
    informatieavond: int = 5
    calendar: HolidayRules = field(default=DEFAULT_RULES)

    MAX_DAYS: ClassVar[int] = 60

    def days_for(self, status: RequestStatus) -> int | None:
        """Working days allowed in ``status``; ``None`` where the norm sets no date."""
        return {
            RequestStatus.NIEUW: self.nieuw,
            RequestStatus.PAKKET_VERSTUURD: self.pakket_verstuurd,
            RequestStatus.GEBELD: self.gebeld,
            RequestStatus.INFORMATIEAVOND: self.informatieavond,
        }.get(status)

    def due_date(self, status: RequestStatus, since: date) -> date | None:
        """When a request that entered ``status`` on ``since`` should have its next step."""
        days = self.days_for(status)
        return None if days is None else add_working_days(since, days, self.calendar)

    def problems(self) -> list[ValidationError]:
        """What is wrong with the numbers, in Dutch (for the settings dialog)."""
        result: list[ValidationError] = []
        for key in ("nieuw", "pakket_verstuurd", "gebeld", "informatieavond"):
            value = getattr(self, key)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                result.append(
                    ValidationError(
                        _("Vul bij '{status}' een aantal werkdagen in van 0 of meer.").format(
                            status=label(RequestStatus(key))
                        ),
                        field=key,
                    )
                )
            elif value > self.MAX_DAYS:
                result.append(
                    ValidationError(
                        _(
                            "'{status}': {days} werkdagen is te lang voor een reactietermijn. "
                            "Gebruik hoogstens {maximum}."
                        ).format(
                            status=label(RequestStatus(key)), days=value, maximum=self.MAX_DAYS
                        ),
                        field=key,
                    )
                )
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "nieuw": self.nieuw,
            "pakket_verstuurd": self.pakket_verstuurd,
            "gebeld": self.gebeld,
            "informatieavond": self.informatieavond,
            "bevrijdingsdag_elk_jaar": self.calendar.liberation_day_every_year,
            "goede_vrijdag": self.calendar.good_friday,
            "sluitingsdagen": [[day.isoformat(), name] for day, name in self.calendar.extra_days],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ResponseNorm:
        """A norm from stored settings; missing or unreadable parts take the default."""
        default = cls()
        if not isinstance(data, Mapping):
            return default

        def days(key: str) -> int:
            value = data.get(key)
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and 0 <= value <= cls.MAX_DAYS
            ):
                return value
            return int(getattr(default, key))

        extra: list[tuple[date, str]] = []
        for item in data.get("sluitingsdagen") or ():
            try:
                extra.append((date.fromisoformat(str(item[0])), str(item[1])[:80]))
            except (TypeError, ValueError, IndexError, KeyError):
                continue
        return cls(
            nieuw=days("nieuw"),
            pakket_verstuurd=days("pakket_verstuurd"),
            gebeld=days("gebeld"),
            informatieavond=days("informatieavond"),
            calendar=HolidayRules(
                good_friday=data.get("goede_vrijdag") is True,
                liberation_day_every_year=data.get("bevrijdingsdag_elk_jaar") is not False,
            ).with_extra_days(extra),
        )


def follow_up_after_move(
    target: RequestStatus,
    *,
    moved_on: date,
    norm: ResponseNorm,
    next_contact_on: date | None = None,
) -> date | None:
    """The follow-up date a request gets when it moves to ``target`` on ``moved_on``:
    the niet-nu date, the norm's date for the other open statuses, none once closed."""
    if target == RequestStatus.NIET_NU:
        return next_contact_on
    return norm.due_date(target, moved_on)
