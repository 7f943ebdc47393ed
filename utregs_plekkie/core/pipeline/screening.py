"""Screening: every adult of a foster family needs a VGB (Verklaring van Geen Bezwaar),
every adult of a support family a VOG (Verklaring Omtrent het Gedrag). A family cannot
reach "beschikbaar" while one is missing, only requested, expired, or due for renewal;
:func:`blockers_for_available` says which adult and which check. A VGB must be renewed
when it expires, after two years without a placement, when someone moved in after it
was issued, and when the family changed provider. Reminders come 60 and 30 days before
the check stops counting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    HouseholdRoute,
    PipelineStage,
    Provider,
    ScreeningKind,
    label,
)
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline.config import (
    DEFAULT_CONFIG,
    PipelineConfig,
)
from utregs_plekkie.core.pipeline.routes import (
    required_check,
)


@dataclass(frozen=True)
class CheckRecord:
    kind: ScreeningKind
    requested_on: date | None = None
    issued_on: date | None = None
    expires_on: date | None = None
    provider: Provider | None = None
    check_id: int | None = None


@dataclass(frozen=True)
class AdultRecord:
    name: str
    moved_in_on: date | None = None
    checks: tuple[CheckRecord, ...] = ()
    adult_id: int | None = None


@dataclass(frozen=True)
class HouseholdScreening:
    """What the screening rules need to know of a family."""

    route: HouseholdRoute
    provider: Provider | None
    adults: tuple[AdultRecord, ...]
    has_active_placement: bool = False
    last_placement_ended_on: date | None = None


class CheckState(StrEnum):
    ONTBREEKT = "ontbreekt"
    AANGEVRAAGD = "aangevraagd"
    GELDIG = "geldig"
    VERLOOPT = "verloopt"  # valid, but a reminder is due
    VERLOPEN = "verlopen"
    VERNIEUWEN = "vernieuwen"  # still dated valid, but a renewal rule applies


def check_state_label(state: CheckState) -> str:
    return {
        CheckState.ONTBREEKT: _("ontbreekt"),
        CheckState.AANGEVRAAGD: _("aangevraagd"),
        CheckState.GELDIG: _("geldig"),
        CheckState.VERLOOPT: _("verloopt binnenkort"),
        CheckState.VERLOPEN: _("verlopen"),
        CheckState.VERNIEUWEN: _("moet vernieuwd worden"),
    }[state]


BLOCKING_STATES = frozenset(
    {CheckState.ONTBREEKT, CheckState.AANGEVRAAGD, CheckState.VERLOPEN, CheckState.VERNIEUWEN}
)


@dataclass(frozen=True)
class AdultScreeningStatus:
    """The screening of one adult, judged on one day."""

    adult_id: int | None
    name: str
    required: ScreeningKind
    state: CheckState
    #: The check the state is based on (the newest issued one, else the pending one).
    check: CheckRecord | None
    #: The first day this check no longer counts (expiry, or two years without a
    #: placement), when known.
    deadline: date | None
    #: A newer check was requested and is not issued yet.
    renewal_requested: bool
    #: 60 or 30 when a reminder is due (the smallest threshold reached), else None.
    reminder: int | None
    #: Why a renewal is needed (for VERNIEUWEN), in Dutch.
    renewal_reasons: tuple[str, ...]
    #: One Dutch sentence describing the state and what to do.
    message: str

    @property
    def blocks_available(self) -> bool:
        return self.state in BLOCKING_STATES


def _effective_expiry(check: CheckRecord, config: PipelineConfig) -> date | None:
    """The first day the check no longer counts. ``expires_on`` is the last day it is
    valid ("geldig tot en met"); without one, the default validity from the issue date."""
    if check.expires_on is not None:
        return check.expires_on + timedelta(days=1)
    if check.issued_on is None:
        return None
    return check.issued_on + timedelta(days=config.validity_days.get(check.kind, 730))


def _no_placement_deadline(
    check: CheckRecord, household: HouseholdScreening, config: PipelineConfig
) -> date | None:
    """When a VGB runs out for lack of a placement (two years without one)."""
    if check.kind != ScreeningKind.VGB or check.issued_on is None:
        return None
    if household.has_active_placement:
        return None
    since = check.issued_on
    if household.last_placement_ended_on is not None:
        since = max(since, household.last_placement_ended_on)
    return since + timedelta(days=config.renewal_days_without_placement)


def _format(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _renewal_reasons(
    check: CheckRecord, adult: AdultRecord, household: HouseholdScreening
) -> list[str]:
    """The event-driven renewal rules of a VGB: someone moved in, provider changed."""
    if check.kind != ScreeningKind.VGB or check.issued_on is None:
        return []
    reasons: list[str] = []
    for other in household.adults:
        if other.moved_in_on is None or other.moved_in_on <= check.issued_on:
            continue
        reasons.append(
            _("{who} is op {moved} bij het gezin komen wonen, na de afgifte op {issued}").format(
                who=other.name,
                moved=_format(other.moved_in_on),
                issued=_format(check.issued_on),
            )
        )
    if (
        check.provider is not None
        and household.provider is not None
        and check.provider != household.provider
    ):
        reasons.append(
            _("afgegeven toen het gezin bij {old} hoorde; nu is dat {new}").format(
                old=label(check.provider), new=label(household.provider)
            )
        )
    return reasons


def _pick(checks: Iterable[CheckRecord], kind: ScreeningKind) -> tuple[CheckRecord | None, bool]:
    """The newest issued check of ``kind``, and whether a newer one is pending."""
    of_kind = [c for c in checks if c.kind == kind]
    issued = [c for c in of_kind if c.issued_on is not None]
    newest = max(issued, key=lambda c: (c.issued_on or date.min, c.check_id or 0), default=None)
    pending = [
        c
        for c in of_kind
        if c.issued_on is None
        and (
            newest is None
            or newest.issued_on is None
            or (c.requested_on or date.max) >= newest.issued_on
        )
    ]
    if newest is None:
        pending_check = max(
            pending, key=lambda c: (c.requested_on or date.min, c.check_id or 0), default=None
        )
        return pending_check, False
    return newest, bool(pending)


def _adult_status(
    adult: AdultRecord, household: HouseholdScreening, on: date, config: PipelineConfig
) -> AdultScreeningStatus:
    kind = required_check(household.route)
    kind_label = label(kind)
    check, renewal_requested = _pick(adult.checks, kind)

    def status(
        state: CheckState,
        message: str,
        *,
        deadline: date | None = None,
        reminder: int | None = None,
        reasons: Sequence[str] = (),
    ) -> AdultScreeningStatus:
        return AdultScreeningStatus(
            adult_id=adult.adult_id,
            name=adult.name,
            required=kind,
            state=state,
            check=check,
            deadline=deadline,
            renewal_requested=renewal_requested,
            reminder=reminder,
            renewal_reasons=tuple(reasons),
            message=message,
        )

    if check is None:
        other = next((c for c in adult.checks if c.kind != kind and c.issued_on), None)
        hint = (
            _(" Er is wel een {other}, maar voor een {route} is een {kind} nodig.").format(
                other=label(other.kind), route=label(household.route), kind=kind_label
            )
            if other is not None
            else ""
        )
        return status(
            CheckState.ONTBREEKT,
            _("{name}: de {kind} ontbreekt. Vraag de {kind} aan.").format(
                name=adult.name, kind=kind_label
            )
            + hint,
        )
    if check.issued_on is None:
        requested = (
            _(" op {date}").format(date=_format(check.requested_on)) if check.requested_on else ""
        )
        return status(
            CheckState.AANGEVRAAGD,
            _(
                "{name}: de {kind} is aangevraagd{requested} maar nog niet afgegeven. Vul de "
                "afgiftedatum in zodra hij binnen is."
            ).format(name=adult.name, kind=kind_label, requested=requested),
        )
    expiry = _effective_expiry(check, config)
    no_placement = _no_placement_deadline(check, household, config)
    deadlines = [d for d in (expiry, no_placement) if d is not None]
    deadline = min(deadlines) if deadlines else None
    reasons = _renewal_reasons(check, adult, household)
    if expiry is not None and on >= expiry:
        # Expired says it all, whatever else would also require a renewal.
        return status(
            CheckState.VERLOPEN,
            _(
                "{name}: de {kind} is verlopen (geldig tot en met {date}). Vraag een nieuwe "
                "{kind} aan."
            ).format(name=adult.name, kind=kind_label, date=_format(expiry - timedelta(days=1))),
            deadline=deadline,
            reasons=reasons,
        )
    if no_placement is not None and on >= no_placement:
        reasons = [
            _("twee jaar zonder plaatsing sinds {date}").format(
                date=_format(no_placement - timedelta(days=config.renewal_days_without_placement))
            ),
            *reasons,
        ]
    if reasons:
        return status(
            CheckState.VERNIEUWEN,
            _("{name}: de {kind} moet opnieuw worden aangevraagd ({reasons}).").format(
                name=adult.name, kind=kind_label, reasons="; ".join(reasons)
            ),
            deadline=deadline,
            reasons=reasons,
        )
    if deadline is not None:
        days_left = (deadline - on).days
        reached = [d for d in config.reminder_days if days_left <= d]
        if reached:
            return status(
                CheckState.VERLOOPT,
                _(
                    "{name}: de {kind} is geldig tot en met {date} (nog {days}). Vraag op "
                    "tijd een nieuwe aan."
                ).format(
                    name=adult.name,
                    kind=kind_label,
                    date=_format(deadline - timedelta(days=1)),
                    days=_("1 dag") if days_left == 1 else _("{n} dagen").format(n=days_left),
                )
                if not renewal_requested
                else _(
                    "{name}: de {kind} is geldig tot en met {date}; de nieuwe is aangevraagd."
                ).format(
                    name=adult.name, kind=kind_label, date=_format(deadline - timedelta(days=1))
                ),
                deadline=deadline,
                reminder=None if renewal_requested else min(reached),
            )
    until = (
        _(" tot en met {date}").format(date=_format(deadline - timedelta(days=1)))
        if deadline is not None
        else ""
    )
    return status(
        CheckState.GELDIG,
        _("{name}: de {kind} is geldig{until}.").format(
            name=adult.name, kind=kind_label, until=until
        ),
        deadline=deadline,
    )


def screening_status(
    household: HouseholdScreening,
    on: date | None = None,
    config: PipelineConfig = DEFAULT_CONFIG,
) -> list[AdultScreeningStatus]:
    """The screening of every adult of ``household`` on ``on`` (default today)."""
    day = on or clock.today()
    return [_adult_status(adult, household, day, config) for adult in household.adults]


def blockers_for_available(
    household: HouseholdScreening,
    on: date | None = None,
    config: PipelineConfig = DEFAULT_CONFIG,
) -> list[str]:
    """Why the family cannot be "beschikbaar" yet: one Dutch sentence per adult whose
    required check is missing, only requested, expired or due for renewal (empty when
    nothing stands in the way)."""
    if not household.adults:
        return [
            _(
                "Er zijn nog geen volwassenen ingevuld. Voeg ze toe: voor iedere volwassene is "
                "een {kind} nodig."
            ).format(kind=label(required_check(household.route)))
        ]
    return [s.message for s in screening_status(household, on, config) if s.blocks_available]


def is_after_screening(config: PipelineConfig, route: HouseholdRoute, stage: PipelineStage) -> bool:
    """Whether a family in ``stage`` is past the VGB/VOG stage of its route (so its
    checks should all be there)."""
    steps = config.route(route)
    if stage not in steps:
        return False
    if PipelineStage.SCREENING not in steps:
        return stage == PipelineStage.BESCHIKBAAR
    return steps.index(stage) > steps.index(PipelineStage.SCREENING)
