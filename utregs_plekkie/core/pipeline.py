"""The recruitment pipeline of a foster or support family: its rules, without storage.

A family moves through the stages of its route one step at a time (the board view's
"next" and "back"), may pause and resume, and may stop from anywhere with a reason.
Every move is dated; time in each stage is read back from that history, and each
stage can carry a norm in working days ("eerste bezoek binnen 5 werkdagen") and a next
action with a due date.

Screening: every adult of a foster family needs a VGB (Verklaring van Geen Bezwaar),
every adult of a support family a VOG (Verklaring Omtrent het Gedrag). A family cannot
reach "beschikbaar" while one is missing, only requested, expired, or due for renewal;
:func:`blockers_for_available` says which adult and which check. A VGB must be renewed
when it expires, after two years without a placement, when someone moved in after it
was issued, and when the family changed provider. Reminders come 60 and 30 days before
the check stops counting.

Everything a beheerder may change lives in :class:`PipelineConfig` (stored as JSON in
the ``settings`` table by ``storage.households``); the defaults follow the national
quality framework (see DOMAIN.md).

The functions here take plain snapshots (:class:`HouseholdScreening`,
:class:`StageStep`), so they are tested without a database and used alike by storage,
the GUI and the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    HouseholdRoute,
    Interest,
    PipelineStage,
    Provider,
    ScreeningKind,
    label,
)
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.workdays import (
    HolidayRules,
    add_working_days,
    working_days_between,
)

__all__ = [
    "BLOCKING_STATES",
    "DEFAULT_CONFIG",
    "FOSTER_ROUTE",
    "OFF_ROUTE_STAGES",
    "SETTINGS_KEY",
    "SUPPORT_ROUTE",
    "AdultRecord",
    "AdultScreeningStatus",
    "CheckRecord",
    "CheckState",
    "DropoutReason",
    "HouseholdScreening",
    "MoveKind",
    "MoveRefused",
    "NextAction",
    "PipelineConfig",
    "StageMove",
    "StageSpan",
    "StageStep",
    "TodayItem",
    "TodayKind",
    "action_today_item",
    "allowed_moves",
    "blockers_for_available",
    "board_stages",
    "check_dropout_reason",
    "check_move",
    "check_state_label",
    "default_next_action",
    "dropout_label",
    "dropout_reasons",
    "is_after_screening",
    "latest_entry_exceeding_norm",
    "norm_due_on",
    "norm_exceeded",
    "norm_today_item",
    "required_check",
    "resume_stage",
    "route_for_interests",
    "screening_status",
    "screening_today_items",
    "stage_spans",
    "time_in_stages",
    "today_kind_label",
]

#: The key of the pipeline settings in the ``settings`` table.
SETTINGS_KEY = "pipeline"

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


# --------------------------------------------------------------------------- drop-out


class DropoutReason(StrEnum):
    """Why a family stopped (the codes are stored; labels are shown)."""

    GEEN_TIJD = "geen_tijd"
    PERSOONLIJK = "persoonlijke_omstandigheden"
    ZWAARDER = "zwaarder_dan_verwacht"
    GEZINSUITBREIDING = "gezinsuitbreiding"
    VERHUISD = "verhuisd"
    WOONRUIMTE = "woonruimte"
    NIET_GESCHIKT = "niet_geschikt"
    VGB_GEWEIGERD = "vgb_geweigerd"
    ANDERE_ORGANISATIE = "andere_organisatie"
    GEEN_REACTIE = "geen_reactie"
    ANDERS = "anders"


def _dropout_labels() -> dict[str, str]:
    return {
        DropoutReason.GEEN_TIJD: _("geen tijd (meer)"),
        DropoutReason.PERSOONLIJK: _("persoonlijke omstandigheden"),
        DropoutReason.ZWAARDER: _("zwaarder dan verwacht"),
        DropoutReason.GEZINSUITBREIDING: _("gezinsuitbreiding"),
        DropoutReason.VERHUISD: _("verhuisd"),
        DropoutReason.WOONRUIMTE: _("te weinig woonruimte"),
        DropoutReason.NIET_GESCHIKT: _("niet geschikt bevonden"),
        DropoutReason.VGB_GEWEIGERD: _("VGB of VOG geweigerd"),
        DropoutReason.ANDERE_ORGANISATIE: _("naar een andere organisatie"),
        DropoutReason.GEEN_REACTIE: _("geen reactie meer"),
        DropoutReason.ANDERS: _("anders (zie toelichting)"),
    }


def dropout_label(code: str | None) -> str:
    """The Dutch label of a drop-out reason code (an unknown code is shown as stored)."""
    if not code:
        return ""
    return _dropout_labels().get(code, code.replace("_", " "))


def dropout_reasons() -> list[tuple[DropoutReason, str]]:
    """(code, label) for the reason list, in the order shown."""
    labels = _dropout_labels()
    return [(reason, labels[reason]) for reason in DropoutReason]


# --------------------------------------------------------------------------- config


def _default_routes() -> dict[HouseholdRoute, tuple[PipelineStage, ...]]:
    return {HouseholdRoute.PLEEGOUDER: FOSTER_ROUTE, HouseholdRoute.STEUNOUDER: SUPPORT_ROUTE}


def _default_norms() -> dict[PipelineStage, int]:
    return {
        PipelineStage.INFORMATIEBIJEENKOMST: 20,
        # Common practice: the first visit within 5 working days.
        PipelineStage.KENNISMAKING: 5,
        PipelineStage.AANMELDING: 10,
        # Aim for the VGB: within 8 weeks.
        PipelineStage.SCREENING: 40,
        PipelineStage.TRAINING: 60,
        PipelineStage.GEZINSONDERZOEK: 40,
        PipelineStage.GESCHIKTHEID: 15,
        PipelineStage.OVEREENKOMST: 10,
        # A paused family is called again after about three months.
        PipelineStage.GEPAUZEERD: 60,
    }


def _default_validity() -> dict[ScreeningKind, int]:
    return {ScreeningKind.VGB: 730, ScreeningKind.VOG: 1095}


@dataclass(frozen=True)
class PipelineConfig:
    """What a beheerder can set: routes, norms, screening periods.

    ``norms`` gives per stage the working days a family may spend there before the
    stage is overdue; a stage without an entry has no norm. ``action_texts`` replaces
    the default next action of a stage. ``validity_days`` is used for a check whose
    expiry date was not filled in (counted from its issue date).
    """

    routes: Mapping[HouseholdRoute, tuple[PipelineStage, ...]] = field(
        default_factory=_default_routes
    )
    norms: Mapping[PipelineStage, int] = field(default_factory=_default_norms)
    action_texts: Mapping[PipelineStage, str] = field(default_factory=dict)
    reminder_days: tuple[int, ...] = (60, 30)
    renewal_days_without_placement: int = 730
    validity_days: Mapping[ScreeningKind, int] = field(default_factory=_default_validity)
    #: A family has finished training when it attended at least this many sessions
    #: and every session it was registered for.
    training_sessions_required: int = 1
    holidays: HolidayRules = field(default_factory=HolidayRules)

    # -- routes --------------------------------------------------------------------

    def route(self, route: HouseholdRoute) -> tuple[PipelineStage, ...]:
        return self.routes.get(route) or _default_routes()[route]

    def next_stage(self, route: HouseholdRoute, stage: PipelineStage) -> PipelineStage | None:
        steps = self.route(route)
        if stage not in steps:
            return None
        index = steps.index(stage)
        return steps[index + 1] if index + 1 < len(steps) else None

    def previous_stage(self, route: HouseholdRoute, stage: PipelineStage) -> PipelineStage | None:
        steps = self.route(route)
        if stage not in steps:
            return None
        index = steps.index(stage)
        return steps[index - 1] if index > 0 else None

    def norm(self, stage: PipelineStage) -> int | None:
        return self.norms.get(stage)

    # -- validation ----------------------------------------------------------------

    def validate(self) -> PipelineConfig:
        """This config, or :class:`ValidationError` with a Dutch sentence."""
        for route in HouseholdRoute:
            steps = self.route(route)
            name = label(route)
            if len(set(steps)) != len(steps):
                raise ValidationError(
                    _(
                        "De route voor {route}s noemt een fase twee keer. Haal de dubbele weg."
                    ).format(route=name),
                    field="routes",
                )
            off = [s for s in steps if s in OFF_ROUTE_STAGES]
            if off:
                raise ValidationError(
                    _(
                        "De fase {stage} hoort niet in een route: een gezin komt daar vanuit "
                        "elke fase. Haal haar uit de route voor {route}s."
                    ).format(stage=label(off[0]), route=name),
                    field="routes",
                )
            if len(steps) < 2 or steps[-1] != PipelineStage.BESCHIKBAAR:
                raise ValidationError(
                    _(
                        "De route voor {route}s moet minstens twee fasen hebben en eindigen "
                        "bij {last}."
                    ).format(route=name, last=label(PipelineStage.BESCHIKBAAR)),
                    field="routes",
                )
        for stage, days in self.norms.items():
            if not 1 <= days <= 260:
                raise ValidationError(
                    _(
                        "De norm voor {stage} is {days} werkdagen; kies een aantal van 1 tot "
                        "en met 260, of laat de norm leeg."
                    ).format(stage=label(stage), days=days),
                    field="norms",
                )
        if not self.reminder_days or any(not 1 <= d <= 365 for d in self.reminder_days):
            raise ValidationError(
                _("Herinneringen komen 1 tot 365 dagen voor het verlopen; pas de dagen aan."),
                field="reminder_days",
            )
        if not 30 <= self.renewal_days_without_placement <= 3650:
            raise ValidationError(
                _("De termijn zonder plaatsing moet tussen 30 en 3650 dagen liggen."),
                field="renewal_days_without_placement",
            )
        for kind, days in self.validity_days.items():
            if not 30 <= days <= 3650:
                raise ValidationError(
                    _("De geldigheid van een {kind} moet tussen 30 en 3650 dagen liggen.").format(
                        kind=label(kind)
                    ),
                    field="validity_days",
                )
        if not 1 <= self.training_sessions_required <= 50:
            raise ValidationError(
                _("Het aantal trainingsbijeenkomsten moet tussen 1 en 50 liggen."),
                field="training_sessions_required",
            )
        return self

    # -- JSON ----------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "routes": {
                route.value: [s.value for s in self.route(route)] for route in HouseholdRoute
            },
            "norms": {stage.value: days for stage, days in self.norms.items()},
            "action_texts": {stage.value: text for stage, text in self.action_texts.items()},
            "reminder_days": list(self.reminder_days),
            "renewal_days_without_placement": self.renewal_days_without_placement,
            "validity_days": {kind.value: days for kind, days in self.validity_days.items()},
            "training_sessions_required": self.training_sessions_required,
            "holidays": {
                "good_friday": self.holidays.good_friday,
                "liberation_day_every_year": self.holidays.liberation_day_every_year,
                "extra_days": [[d.isoformat(), name] for d, name in self.holidays.extra_days],
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PipelineConfig:
        """A config from stored JSON: missing keys keep their defaults; anything that
        cannot be read raises :class:`ValidationError`."""
        if not isinstance(data, Mapping):
            raise ValidationError(_("De instellingen van de werving zijn onleesbaar."))
        config = cls()
        try:
            changes: dict[str, Any] = {}
            if "routes" in data:
                routes = dict(config.routes)
                for key, steps in dict(data["routes"]).items():
                    routes[HouseholdRoute(key)] = tuple(PipelineStage(s) for s in steps)
                changes["routes"] = routes
            if "norms" in data:
                changes["norms"] = {
                    PipelineStage(k): int(v) for k, v in dict(data["norms"]).items() if v
                }
            if "action_texts" in data:
                changes["action_texts"] = {
                    PipelineStage(k): str(v)
                    for k, v in dict(data["action_texts"]).items()
                    if str(v).strip()
                }
            if "reminder_days" in data:
                changes["reminder_days"] = tuple(
                    sorted({int(d) for d in data["reminder_days"]}, reverse=True)
                )
            if "renewal_days_without_placement" in data:
                changes["renewal_days_without_placement"] = int(
                    data["renewal_days_without_placement"]
                )
            if "validity_days" in data:
                validity = dict(config.validity_days)
                validity.update(
                    {ScreeningKind(k): int(v) for k, v in dict(data["validity_days"]).items()}
                )
                changes["validity_days"] = validity
            if "training_sessions_required" in data:
                changes["training_sessions_required"] = int(data["training_sessions_required"])
            if "holidays" in data:
                h = dict(data["holidays"])
                changes["holidays"] = HolidayRules(
                    good_friday=bool(h.get("good_friday", False)),
                    liberation_day_every_year=bool(h.get("liberation_day_every_year", True)),
                    extra_days=tuple(
                        sorted((date.fromisoformat(d), str(n)) for d, n in h.get("extra_days", []))
                    ),
                )
        except (TypeError, ValueError, KeyError) as exc:
            raise ValidationError(
                _(
                    "De instellingen van de werving zijn onleesbaar ({reason}). Zet ze terug "
                    "op de standaard en pas ze opnieuw aan."
                ).format(reason=exc)
            ) from exc
        return replace(config, **changes).validate()

    # -- texts ---------------------------------------------------------------------

    def action_text(self, route: HouseholdRoute, stage: PipelineStage) -> str:
        return self.action_texts.get(stage) or _default_action_text(route, stage)


DEFAULT_CONFIG = PipelineConfig()


def board_stages(config: PipelineConfig = DEFAULT_CONFIG) -> list[PipelineStage]:
    """The columns of the board view: every stage of the routes in route order, then
    the off-route stages."""
    stages: list[PipelineStage] = []
    # The longer route first so shared stages keep their order.
    routes = sorted(
        (config.route(r) for r in HouseholdRoute), key=lambda steps: len(steps), reverse=True
    )
    for steps in routes:
        for index, stage in enumerate(steps):
            if stage in stages:
                continue
            before = steps[index - 1] if index else None
            position = stages.index(before) + 1 if before in stages else len(stages)
            stages.insert(position, stage)
    return [*stages, *OFF_ROUTE_STAGES]


def _default_action_text(route: HouseholdRoute, stage: PipelineStage) -> str:
    check = label(required_check(route))
    texts = {
        PipelineStage.INFORMATIEBIJEENKOMST: _("Uitnodigen voor een informatiebijeenkomst"),
        PipelineStage.KENNISMAKING: _("Kennismakingsgesprek (eerste bezoek) plannen en houden"),
        PipelineStage.AANMELDING: _("Aanmeldformulier en medische vragenlijst ontvangen"),
        PipelineStage.SCREENING: _(
            "{check} aanvragen voor alle volwassenen en de afgifte volgen"
        ).format(check=check),
        PipelineStage.TRAINING: _("Inschrijven voor de voorbereidingstraining"),
        PipelineStage.GEZINSONDERZOEK: _("Huisbezoeken voor het gezinsonderzoek plannen"),
        PipelineStage.GESCHIKTHEID: _("Geschiktheidsverslag schrijven en met het gezin bespreken"),
        PipelineStage.OVEREENKOMST: _("Samenwerkingsovereenkomst laten ondertekenen"),
        PipelineStage.BESCHIKBAAR: "",
        PipelineStage.GEPAUZEERD: _("Bellen of het gezin weer verder wil"),
        PipelineStage.GESTOPT: "",
    }
    return texts[stage]


# --------------------------------------------------------------------------- moves


class MoveKind(StrEnum):
    NEXT = "volgende"
    BACK = "terug"
    PAUSE = "pauzeren"
    RESUME = "hervatten"
    STOP = "stoppen"


class MoveRefused(UserError):
    """A move the rules do not allow; the message says why and what is possible."""


@dataclass(frozen=True)
class StageMove:
    kind: MoveKind
    from_stage: PipelineStage
    to_stage: PipelineStage

    @property
    def label(self) -> str:
        """Button text, e.g. "Naar kennismakingsgesprek"."""
        texts = {
            MoveKind.NEXT: _("Naar {stage}"),
            MoveKind.BACK: _("Terug naar {stage}"),
            MoveKind.PAUSE: _("Pauzeren"),
            MoveKind.RESUME: _("Hervatten in {stage}"),
            MoveKind.STOP: _("Stoppen"),
        }
        return texts[self.kind].format(stage=label(self.to_stage))


@dataclass(frozen=True)
class StageStep:
    """One dated move from the history (``from_stage`` is None for the first)."""

    from_stage: PipelineStage | None
    to_stage: PipelineStage
    at: datetime
    reason: str | None = None
    note: str = ""


def resume_stage(history: Sequence[StageStep]) -> PipelineStage | None:
    """The stage a paused or stopped family left: where it resumes.

    Read from the latest move into the current off-route stage (``None`` when the
    history does not say, e.g. a family imported as paused).
    """
    for step in reversed(history):
        if step.to_stage in OFF_ROUTE_STAGES:
            if step.from_stage is not None and step.from_stage not in OFF_ROUTE_STAGES:
                return step.from_stage
            if step.from_stage is None:
                return None
            continue  # paused, then stopped: look further back
        return None
    return None


def allowed_moves(
    config: PipelineConfig,
    route: HouseholdRoute,
    stage: PipelineStage,
    resume_to: PipelineStage | None = None,
) -> list[StageMove]:
    """The moves a family can make from ``stage``, for buttons and drop targets.

    From a stage of the route: the next stage, one back, pause, stop. From
    "gepauzeerd": resume in the stage it left, or stop. From "gestopt": resume in the
    stage it left. Without a known stage to resume in, every stage of the route is
    offered.
    """
    steps = config.route(route)
    moves: list[StageMove] = []
    if stage in OFF_ROUTE_STAGES:
        targets = [resume_to] if resume_to in steps else list(steps)
        moves.extend(StageMove(MoveKind.RESUME, stage, t) for t in targets if t is not None)
        if stage == PipelineStage.GEPAUZEERD:
            moves.append(StageMove(MoveKind.STOP, stage, PipelineStage.GESTOPT))
        return moves
    following = config.next_stage(route, stage)
    if following is not None:
        moves.append(StageMove(MoveKind.NEXT, stage, following))
    before = config.previous_stage(route, stage)
    if before is not None:
        moves.append(StageMove(MoveKind.BACK, stage, before))
    moves.append(StageMove(MoveKind.PAUSE, stage, PipelineStage.GEPAUZEERD))
    moves.append(StageMove(MoveKind.STOP, stage, PipelineStage.GESTOPT))
    return moves


def check_move(
    config: PipelineConfig,
    route: HouseholdRoute,
    stage: PipelineStage,
    to_stage: PipelineStage,
    *,
    resume_to: PipelineStage | None = None,
    reason: str | None = None,
    note: str = "",
    blockers: Sequence[str] = (),
) -> StageMove:
    """The move from ``stage`` to ``to_stage``, or :class:`MoveRefused` saying why.

    ``blockers`` are the reasons the family cannot be available
    (:func:`blockers_for_available`); they refuse every move into "beschikbaar".
    A stop needs a reason from :class:`DropoutReason`; "anders" also needs a note.
    """
    steps = config.route(route)
    if to_stage == stage:
        raise MoveRefused(_("Dit gezin staat al in de fase {stage}.").format(stage=label(stage)))
    if to_stage not in steps and to_stage not in OFF_ROUTE_STAGES:
        raise MoveRefused(
            _(
                "De route voor {route}s kent geen fase {stage}. Kies een fase van die route: "
                "{stages}."
            ).format(
                route=label(route),
                stage=label(to_stage),
                stages=", ".join(label(s) for s in steps),
            )
        )
    moves = allowed_moves(config, route, stage, resume_to)
    move = next((mv for mv in moves if mv.to_stage == to_stage), None)
    if move is None:
        raise MoveRefused(_refusal(stage, to_stage, moves))
    if move.kind == MoveKind.STOP:
        check_dropout_reason(reason, note)
    if to_stage == PipelineStage.BESCHIKBAAR and blockers:
        raise MoveRefused(
            _("Dit gezin kan nog niet naar {stage}: {blockers}").format(
                stage=label(PipelineStage.BESCHIKBAAR), blockers=" ".join(blockers)
            )
        )
    return move


def _refusal(stage: PipelineStage, to_stage: PipelineStage, moves: Sequence[StageMove]) -> str:
    options = ", ".join(label(mv.to_stage) for mv in moves)
    if stage == PipelineStage.GESTOPT:
        return _(
            "Dit gezin is gestopt. Het kan alleen hervatten in de fase waarin het stopte "
            "({options}); verplaats het daarna verder."
        ).format(options=options)
    if stage == PipelineStage.GEPAUZEERD:
        return _(
            "Dit gezin is gepauzeerd. Hervat het eerst in de fase waarin het pauzeerde "
            "({options}) of zet het op gestopt."
        ).format(options=options)
    return _(
        "Een gezin gaat één fase tegelijk verder of terug. Vanuit {stage} kan het naar: "
        "{options}; niet naar {to}."
    ).format(stage=label(stage), options=options, to=label(to_stage))


def check_dropout_reason(reason: str | None, note: str) -> None:
    """A stop needs a reason from the list; "anders" also needs a note."""
    if not reason:
        raise MoveRefused(
            _(
                "Kies waarom het gezin stopt (bijvoorbeeld '{example}'); een toelichting mag erbij."
            ).format(example=dropout_label(DropoutReason.GEEN_TIJD))
        )
    if reason not in {r.value for r in DropoutReason}:
        raise MoveRefused(
            _("De reden '{reason}' staat niet in de lijst. Kies een reden uit de lijst.").format(
                reason=reason
            )
        )
    if reason == DropoutReason.ANDERS and not note.strip():
        raise MoveRefused(
            _(
                "Bij de reden 'anders' hoort een toelichting: schrijf kort op waarom het "
                "gezin stopt."
            )
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


# --------------------------------------------------------------------------- screening


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
