"""The soft-fit components and their weights, which a beheerder can edit."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _

#: Where a beheerder's weights are kept (``settings`` table, one JSON object).
WEIGHTS_SETTING_KEY = "matching.weights"

# --------------------------------------------------------------------------- weights

#: The soft-fit components, in the order they are explained.
COMPONENTS: tuple[str, ...] = (
    "afstand_school",
    "afstand_thuis",
    "afstand_club",
    "zelfde_wijk",
    "taal_cultuur",
    "ervaring",
    "samenstelling",
    "wachttijd",
)


def component_label(name: str) -> str:
    """The Dutch name of a soft-fit component, for tables and the weights editor."""
    labels = {
        "afstand_school": _("afstand tot school"),
        "afstand_thuis": _("afstand tot huis"),
        "afstand_club": _("afstand tot de club"),
        "zelfde_wijk": _("zelfde wijk"),
        "taal_cultuur": _("taal en cultuur"),
        "ervaring": _("ervaring met de zorgbehoefte"),
        "samenstelling": _("samenstelling van het gezin"),
        "wachttijd": _("wachttijd van het gezin"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class MatchWeights:
    """The weight of each component, plus two scales. Editable by a beheerder.

    The score is the weighted mean of the components that apply to the child (no
    school postcode: no school distance; no needs: no experience component), so it
    stays in [0, 1] whatever the weights. Defaults follow the campaign's promise:
    nearness to school and home weighs most.
    """

    afstand_school: float = 0.30
    afstand_thuis: float = 0.20
    afstand_club: float = 0.05
    zelfde_wijk: float = 0.10
    taal_cultuur: float = 0.10
    ervaring: float = 0.10
    samenstelling: float = 0.10
    wachttijd: float = 0.05
    #: Distance value = exp(-km / scale): 1 next door, 0.37 at ``scale`` km.
    distance_scale_km: float = 5.0
    #: A family waiting this many days (or longer) gets the full waiting value.
    waiting_full_days: int = 365

    def __post_init__(self) -> None:
        for name in COMPONENTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValidationError(
                    _("Het gewicht van '{naam}' moet een getal zijn.").format(
                        naam=component_label(name)
                    ),
                    field=name,
                )
            if not math.isfinite(value) or value < 0 or value > 100:
                raise ValidationError(
                    _("Het gewicht van '{naam}' moet tussen 0 en 100 liggen.").format(
                        naam=component_label(name)
                    ),
                    field=name,
                )
        if sum(self.weight(name) for name in COMPONENTS) <= 0:
            raise ValidationError(
                _("Geef minstens één onderdeel een gewicht groter dan 0."), field="weights"
            )
        scale = self.distance_scale_km
        if (
            isinstance(scale, bool)
            or not isinstance(scale, int | float)
            or not math.isfinite(scale)
            or not 0.1 <= scale <= 100
        ):
            raise ValidationError(
                _("De afstandsschaal moet tussen 0,1 en 100 km liggen."), field="distance_scale_km"
            )
        days = self.waiting_full_days
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
            raise ValidationError(
                _("De volle wachttijd moet tussen 1 en 3650 dagen liggen."),
                field="waiting_full_days",
            )

    def weight(self, name: str) -> float:
        return float(getattr(self, name))

    def to_json(self) -> dict[str, float | int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Any) -> MatchWeights:
        """Weights from a stored JSON object; missing keys keep their default, unknown
        keys are ignored (an older or newer program may have written them)."""
        if not isinstance(data, Mapping):
            raise ValidationError(_("De opgeslagen gewichten zijn geen geldig JSON-object."))
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        days = values.get("waiting_full_days")
        if isinstance(days, float) and days.is_integer():
            values["waiting_full_days"] = int(days)
        return replace(cls(), **values)
