"""One child's record as the forms and the detail view show it; looking at it is logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    Gender,
    Provider,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.children.form import ChildData
from utregs_plekkie.storage.children.rules import _kind_child
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- one child


@dataclass(frozen=True)
class SiblingInfo:
    code: str
    status: ChildStatus


@dataclass(frozen=True)
class ChildRecord:
    """One child as stored, for the detail panel and the form (``data``)."""

    id: int
    version: int
    data: ChildData
    wijk_code: str | None
    status: ChildStatus
    waiting_since: date | None
    siblings: tuple[SiblingInfo, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def code(self) -> str:
        return self.data.code


def _record(session: Session, child: m.Child) -> ChildRecord:
    group = child.sibling_group
    siblings: tuple[SiblingInfo, ...] = ()
    if group is not None:
        siblings = tuple(
            SiblingInfo(code, ChildStatus(status))
            for code, status in session.execute(
                select(m.Child.code, m.Child.status)
                .where(m.Child.sibling_group_id == group.id, m.Child.id != child.id)
                .order_by(m.Child.code)
            )
        )
    data = ChildData(
        code=child.code,
        birth_month=child.birth_month,
        gender=Gender(child.gender),
        home_postcode=child.home_pc4 or "",
        school_postcode=child.school_pc4 or "",
        club_postcode=child.club_pc4 or "",
        care_form=CareForm(child.care_form),
        schedule_needed=child.schedule_needed or Schedule.empty(),
        weekend_pattern=WeekendPattern(child.weekend_pattern),
        holidays_needed=bool(child.holidays_needed),
        wanted_start=child.wanted_start,
        urgency=Urgency(child.urgency),
        sibling_group=group.code if group is not None else "",
        needs=list(child.needs or []),
        languages=list(child.languages or []),
        culture_wish=child.culture_wish or "",
        allergies=list(child.allergies or []),
        smoke_free=bool(child.smoke_free),
        max_distance_km=child.max_distance_km,
        placing_provider=Provider(child.placing_provider) if child.placing_provider else None,
        case_worker_initials=child.case_worker_initials or "",
    )
    return ChildRecord(
        id=child.id,
        version=child.version,
        data=data,
        wijk_code=child.wijk_code,
        status=ChildStatus(child.status),
        waiting_since=child.waiting_since,
        siblings=siblings,
        created_at=child.created_at,
        updated_at=child.updated_at,
    )


def load_child_record(
    db: Database, child_id: int, actor: Actor, *, record_view: bool = True
) -> ChildRecord:
    """One child's record. Looking at it is a view of a person's data: an audit line
    ("bekeken") is written unless ``record_view`` is False (reloading after a save)."""
    if record_view:
        with unit_of_work(db, actor, Permission.VIEW_CHILDREN, kind=_kind_child()) as uow:
            child = uow.get(
                m.Child, child_id, not_found=_("Dit kind bestaat niet (meer). Vernieuw de lijst.")
            )
            record = _record(uow.session, child)
            uow.audit(AuditAction.VIEW, child, _("gegevens bekeken"))
            return record
    require(actor, Permission.VIEW_CHILDREN)
    with db.session() as session:
        found = session.get(m.Child, child_id)
        if found is None:
            raise NotFoundError(_("Dit kind bestaat niet (meer). Vernieuw de lijst."))
        return _record(session, found)


def find_child_id(db: Database, code: str) -> int | None:
    """The id of the child with this code (exactly, after trimming), or None."""
    with db.engine.connect() as conn:
        found = conn.execute(select(m.Child.id).where(m.Child.code == code.strip())).scalar()
        return int(found) if found is not None else None
