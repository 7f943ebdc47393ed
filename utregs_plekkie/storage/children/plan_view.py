"""The placement plan with the names of its families, for the Matching page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.plan import PlacementPlan, Progress
from utregs_plekkie.storage.children.views import household_names
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.planning import plan as plan_for_all
from utregs_plekkie.storage.unit_of_work import add_audit_line

# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class PlanView:
    """A placement plan with the names of the families in it."""

    plan: PlacementPlan
    names: dict[int, str]


def placement_plan(
    db: Database,
    actor: Actor,
    *,
    on: date | None = None,
    progress: Progress | None = None,
) -> PlanView:
    """The placement plan for all waiting children (nothing is proposed; a person
    confirms each suggestion). The plan shows every waiting child: looking at it writes
    one audit line. ``progress(done, total)`` returning False cancels it
    (:class:`core.plan.PlanCancelled`)."""
    require(actor, Permission.MATCHING)
    result = plan_for_all(db, on=on, progress=progress)
    names = household_names(db, {a.household_id for a in result.assignments})
    record_plan_view(db, actor)
    return PlanView(result, names)


def record_plan_view(db: Database, actor: Actor) -> None:
    """The plan shows every waiting child: one audit line in ``actor``'s name for looking
    at it (the plan itself writes nothing)."""
    require(actor, Permission.MATCHING)
    with db.transaction() as session:
        add_audit_line(
            session, actor, AuditAction.VIEW, "children", None, _("plaatsingsplan bekeken")
        )
