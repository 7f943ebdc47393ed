"""Everything a beheerder may change about the pipeline (:class:`PipelineConfig`, stored as
JSON in the ``settings`` table under :data:`SETTINGS_KEY`); the defaults follow the
national quality framework (see DOMAIN.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from utregs_plekkie.core.enums import (
    HouseholdRoute,
    PipelineStage,
    ScreeningKind,
    label,
)
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline.routes import (
    FOSTER_ROUTE,
    OFF_ROUTE_STAGES,
    SUPPORT_ROUTE,
    required_check,
)
from utregs_plekkie.core.workdays import (
    HolidayRules,
)

#: The key of the pipeline settings in the ``settings`` table.
SETTINGS_KEY = "pipeline"


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
