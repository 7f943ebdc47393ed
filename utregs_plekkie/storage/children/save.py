"""Recording a new child and correcting one, with its sibling group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, ChildStatus
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.children.form import ChildData, ChildValidationError, validate_child
from utregs_plekkie.storage.children.rules import _kind_child, as_sentence
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import SHORTLIST_PREFIX
from utregs_plekkie.storage.unit_of_work import unit_of_work

# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class ChildSaved:
    id: int
    code: str
    version: int
    #: Remarks for the user (a postcode cut to four digits, an unknown postcode, the
    #: siblings the child now belongs with).
    notes: tuple[str, ...] = ()


def _code_taken(code: str) -> ChildValidationError:
    return ChildValidationError(
        {
            "code": as_sentence(
                _("er is al een kind met code {code}; kies een andere code").format(code=code)
            )
        }
    )


def _group_for(
    session: Session, code: str | None, child_id: int | None
) -> tuple[m.SiblingGroup | None, list[str]]:
    """The sibling group with ``code`` (created when new) and the codes of the other
    children already in it."""
    if code is None:
        return None, []
    group = session.scalar(select(m.SiblingGroup).where(m.SiblingGroup.code == code))
    if group is None:
        group = m.SiblingGroup(code=code)
        session.add(group)
        session.flush()
        return group, []
    others = list(
        session.scalars(
            select(m.Child.code)
            .where(m.Child.sibling_group_id == group.id, m.Child.id != (child_id or -1))
            .order_by(m.Child.code)
        )
    )
    return group, others


def _group_note(group: str, others: Sequence[str]) -> str:
    if not others:
        return _("Broer/zus-groep {groep} is nieuw aangemaakt.").format(groep=group)
    return _(
        "Het kind hoort nu bij broer/zus-groep {groep}, samen met {kinderen}; zij worden "
        "samen geplaatst."
    ).format(groep=group, kinderen=", ".join(others))


def _drop_empty_group(session: Session, group_id: int | None) -> None:
    if group_id is None:
        return
    session.flush()
    left = session.scalar(select(m.Child.id).where(m.Child.sibling_group_id == group_id).limit(1))
    if left is None:
        group = session.get(m.SiblingGroup, group_id)
        if group is not None:
            session.delete(group)


def create_child(
    db: Database,
    data: ChildData,
    *,
    actor: Actor,
    on: date | None = None,
    geo: GeoIndex | None = None,
) -> ChildSaved:
    """Record a new child (status *wacht*, waiting from ``on``). One transaction with
    its audit line; the sibling group is joined or created by its code."""
    day = on or clock.today()
    code = ""
    try:
        with unit_of_work(db, actor, Permission.EDIT_CHILDREN, kind=_kind_child()) as uow:
            session = uow.session
            valid = validate_child(data, on=day, geo=geo)
            code = str(valid.values["code"])
            notes = list(valid.notes)
            if session.scalar(select(m.Child.id).where(m.Child.code == code)) is not None:
                raise _code_taken(code)
            group, others = _group_for(session, valid.sibling_group, None)
            if valid.sibling_group is not None:
                notes.append(_group_note(valid.sibling_group, others))
            child = m.Child(
                **valid.values,
                sibling_group=group,
                status=ChildStatus.WACHT,
                waiting_since=day,
            )
            uow.add(child, _("kind {code} vastgelegd").format(code=code))
            return ChildSaved(child.id, code, child.version, tuple(notes))
    except IntegrityError as exc:
        # Someone else saved the same code a moment ago.
        raise _code_taken(code) from exc


_STORED_FIELDS = (
    "code",
    "birth_month",
    "gender",
    "home_pc4",
    "school_pc4",
    "club_pc4",
    "wijk_code",
    "care_form",
    "schedule_needed",
    "weekend_pattern",
    "holidays_needed",
    "wanted_start",
    "urgency",
    "needs",
    "languages",
    "culture_wish",
    "allergies",
    "smoke_free",
    "max_distance_km",
    "placing_provider",
    "case_worker_initials",
)


def update_child(
    db: Database,
    child_id: int,
    expected_version: int,
    data: ChildData,
    *,
    actor: Actor,
    on: date | None = None,
    geo: GeoIndex | None = None,
) -> ChildSaved:
    """Correct a child's data, if nobody changed it since ``expected_version``
    (otherwise :class:`StaleRecordError`, and nothing is written). The audit line names
    the fields that changed, never their values."""
    day = on or clock.today()
    code = ""
    try:
        with unit_of_work(db, actor, Permission.EDIT_CHILDREN, kind=_kind_child()) as uow:
            session = uow.session
            valid = validate_child(data, on=day, geo=geo)
            code = str(valid.values["code"])
            notes = list(valid.notes)
            child = uow.get(
                m.Child,
                child_id,
                expected_version=expected_version,
                not_found=_("Dit kind bestaat niet (meer). Vernieuw de lijst."),
            )
            old_code = child.code
            if code != old_code:
                taken = session.scalar(
                    select(m.Child.id).where(m.Child.code == code, m.Child.id != child.id)
                )
                if taken is not None:
                    raise _code_taken(code)
            old_group_id = child.sibling_group_id
            old_group = child.sibling_group.code if child.sibling_group is not None else None
            changed = [k for k in _STORED_FIELDS if getattr(child, k) != valid.values[k]]
            if valid.sibling_group != old_group:
                if child.status in (ChildStatus.VOORGESTELD, ChildStatus.GEPLAATST):
                    raise ChildValidationError(
                        {
                            "sibling_group": as_sentence(
                                _(
                                    "de broer/zus-groep kan niet veranderen zolang het kind "
                                    "{status} is; rond eerst het voorstel of de plaatsing af"
                                ).format(status=_status_word(child.status))
                            )
                        }
                    )
                group, others = _group_for(session, valid.sibling_group, child.id)
                child.sibling_group = group
                changed.append("sibling_group")
                if valid.sibling_group is not None:
                    notes.append(_group_note(valid.sibling_group, others))
            for key in changed:
                if key != "sibling_group":
                    setattr(child, key, valid.values[key])
            if "sibling_group" in changed:
                _drop_empty_group(session, old_group_id)
            if code != old_code:
                _move_shortlist(session, old_code, code)
            if changed:
                uow.audit(AuditAction.UPDATE, child, ", ".join(sorted(changed)))
            session.flush()
            return ChildSaved(child.id, child.code, child.version, tuple(notes))
    except IntegrityError as exc:
        raise _code_taken(code) from exc


def _status_word(status: ChildStatus) -> str:
    words = {
        ChildStatus.VOORGESTELD: _("voorgesteld"),
        ChildStatus.GEPLAATST: _("geplaatst"),
    }
    return words.get(ChildStatus(status), str(status))


def _move_shortlist(session: Session, old_code: str, new_code: str) -> None:
    row = session.scalar(select(m.Setting).where(m.Setting.key == SHORTLIST_PREFIX + old_code))
    if row is not None:
        row.key = SHORTLIST_PREFIX + new_code
