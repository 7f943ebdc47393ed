"""Closing a child's file: it no longer waits for a family."""

from __future__ import annotations

from sqlalchemy import select

from utregs_plekkie.core.enums import AuditAction, ChildStatus
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.children.rules import _kind_child
from utregs_plekkie.storage.children.save import ChildSaved
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import OPEN_PROPOSAL_STATUSES, SHORTLIST_PREFIX
from utregs_plekkie.storage.unit_of_work import unit_of_work


def close_child(
    db: Database,
    child_id: int,
    expected_version: int,
    reason: str = "",
    *,
    actor: Actor,
) -> ChildSaved:
    """Close the child's file (status *gesloten*): it no longer waits for a family.
    Refused while a proposal is open or a placement is active: those end first."""
    with unit_of_work(db, actor, Permission.EDIT_CHILDREN, kind=_kind_child()) as uow:
        session = uow.session
        why = " ".join(reason.split())
        if len(why) > 1000:
            raise ValidationError(_("Houd de reden korter dan 1000 tekens."), field="reason")
        child = uow.get(
            m.Child,
            child_id,
            expected_version=expected_version,
            not_found=_("Dit kind bestaat niet (meer). Vernieuw de lijst."),
        )
        if child.status == ChildStatus.GESLOTEN:
            raise UserError(
                _("Het dossier van kind {code} is al gesloten.").format(code=child.code)
            )
        open_proposal = session.scalar(
            select(m.MatchProposal.id).where(
                m.MatchProposal.child_id == child.id,
                m.MatchProposal.status.in_(OPEN_PROPOSAL_STATUSES),
            )
        )
        if open_proposal is not None:
            raise UserError(
                _(
                    "Kind {code} heeft een lopend voorstel. Wijs dat voorstel eerst af (met een "
                    "reden) op de pagina Matching, en sluit dan het dossier."
                ).format(code=child.code)
            )
        if child.status == ChildStatus.GEPLAATST:
            raise UserError(
                _(
                    "Kind {code} is geplaatst. Beëindig eerst de plaatsing op de pagina "
                    "Matching; daarna wordt het dossier vanzelf gesloten."
                ).format(code=child.code)
            )
        child.status = ChildStatus.GESLOTEN
        shortlist = session.scalar(
            select(m.Setting).where(m.Setting.key == SHORTLIST_PREFIX + child.code)
        )
        if shortlist is not None:
            session.delete(shortlist)
        session.flush()
        uow.audit(AuditAction.UPDATE, child, _("dossier gesloten") + (f": {why}" if why else ""))
        return ChildSaved(child.id, child.code, child.version)
