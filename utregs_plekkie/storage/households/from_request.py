"""Write side: turn an information request into a family in one action."""

from __future__ import annotations

from datetime import datetime

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    HouseholdRoute,
    PipelineStage,
    RequestStatus,
)
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import (
    route_for_interests,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _fmt,
    _local_date,
)
from utregs_plekkie.storage.households.data import (
    AdultData,
    HouseholdData,
)
from utregs_plekkie.storage.households.save import insert_household
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- from a request


def _family_name(first: str, prefix: str, last: str) -> str:
    if last:
        lead = prefix[:1].upper() + prefix[1:] if prefix else ""
        return " ".join(p for p in (_("Familie"), lead, last) if p)
    return " ".join(p for p in (_("Familie"), first) if p)


def request_to_household(
    db: Database,
    request_id: int,
    *,
    expected_version: int | None = None,
    route: HouseholdRoute | None = None,
    actor: Actor,
) -> int:
    """Turn a request into a family in one action; returns the family's id.

    Carried over: the name (as "Familie <achternaam>" and as the first adult), e-mail,
    phone, address, and the interests (which decide the route unless ``route`` is
    given). The request becomes "aangemeld", with a dated history row, and is linked
    through ``InfoRequest.household_id``. A request that already attended an
    information evening starts its family at the "kennismakingsgesprek".
    """
    config = load_pipeline_config(db)
    kind = _("aanvraag")
    with unit_of_work(db, actor, Permission.EDIT_HOUSEHOLDS, kind=kind) as uow:
        session = uow.session
        request = uow.get(m.InfoRequest, request_id, expected_version=expected_version, kind=kind)
        if request.household_id is not None:
            existing = session.get(m.Household, request.household_id)
            raise UserError(
                _("Deze aanvraag is al een gezin geworden ({name}). Open dat gezin.").format(
                    name=existing.name if existing else request.household_id
                )
            )
        if request.merged_into_id is not None:
            raise UserError(
                _(
                    "Deze aanvraag is samengevoegd met een andere aanvraag; maak van die "
                    "aanvraag een gezin."
                )
            )
        if request.anonymised_at is not None:
            raise UserError(
                _(
                    "Deze aanvraag is geanonimiseerd en kan geen gezin meer worden. Maak het "
                    "gezin met de hand aan."
                )
            )
        if not (request.first_name or request.last_name):
            raise ValidationError(
                _(
                    "Deze aanvraag heeft nog geen naam. Vul eerst de naam in en probeer het "
                    "opnieuw."
                ),
                field="last_name",
            )
        now = clock.now()
        chosen_route = route or route_for_interests(request.interest_set)
        data = HouseholdData(
            name=_family_name(request.first_name, request.name_prefix, request.last_name),
            route=chosen_route,
            email=request.email or "",
            phone=request.phone or "",
            street=request.street,
            house_number=(
                f"{request.house_number}{request.house_number_suffix}"
                if request.house_number is not None
                else ""
            ),
            postcode=request.postcode or "",
            city=request.city,
            provider=request.provider,
            notes=_("Aangemaakt uit aanvraag {id} ({received}).").format(
                id=request.id, received=_fmt(_local_date(request.received_at))
            ),
        )
        adult = AdultData(
            first_name=request.first_name or request.last_name,
            last_name=request.last_name or request.first_name,
            name_prefix=request.name_prefix,
            email=request.email or "",
            phone=request.phone or "",
        )
        history: list[tuple[PipelineStage | None, PipelineStage, datetime]] = []
        stage = PipelineStage.INFORMATIEBIJEENKOMST
        if request.status == RequestStatus.INFORMATIEAVOND:
            attended_at = min(request.status_since, now)
            history = [
                (None, PipelineStage.INFORMATIEBIJEENKOMST, attended_at),
                (PipelineStage.INFORMATIEBIJEENKOMST, PipelineStage.KENNISMAKING, now),
            ]
            stage = PipelineStage.KENNISMAKING
        household = insert_household(
            session,
            data,
            adults=[adult],
            own_children=(),
            stage=stage,
            reason=None,
            note="",
            config=config,
            actor=actor,
            history=history,
            audit_detail=_("uit aanvraag {id}").format(id=request.id),
        )
        previous = request.status
        request.household_id = household.id
        if previous != RequestStatus.AANGEMELD:
            request.status = RequestStatus.AANGEMELD
            request.status_since = now
            request.follow_up_on = None
            request.status_changes.append(
                m.RequestStatusChange(
                    from_status=previous,
                    to_status=RequestStatus.AANGEMELD,
                    at=now,
                    user_id=actor.user_id,
                    note=_("Gezin aangemaakt: {name}").format(name=household.name),
                )
            )
        uow.audit(
            AuditAction.UPDATE,
            "info_requests",
            _("aangemeld, gezin {id}").format(id=household.id),
            entity_id=request.id,
        )
        session.flush()
        return household.id
