"""The team's response norm: how long a request may wait for its next step."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.requests import ResponseNorm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.values import InvalidRequestError
from utregs_plekkie.storage.unit_of_work import unit_of_work

NORM_SETTING_KEY = "aanvragen.reactienorm"


def load_response_norm(source: Database | Session) -> ResponseNorm:
    """The team's response norm (the default when none was saved)."""
    stmt = select(m.Setting.value).where(m.Setting.key == NORM_SETTING_KEY)
    if isinstance(source, Session):
        value = source.execute(stmt).scalar_one_or_none()
    else:
        with source.session() as session:
            value = session.execute(stmt).scalar_one_or_none()
    return ResponseNorm.from_json(value if isinstance(value, Mapping) else None)


def save_response_norm(db: Database, norm: ResponseNorm, *, actor: Actor) -> None:
    """Store the norm for the whole team (a setting); invalid numbers are refused in Dutch."""
    problems = norm.problems()
    if problems:
        raise InvalidRequestError(problems)
    with unit_of_work(db, actor, Permission.SETTINGS, kind=_("instelling")) as uow:
        setting = uow.session.execute(
            select(m.Setting).where(m.Setting.key == NORM_SETTING_KEY)
        ).scalar_one_or_none()
        if setting is None:
            setting = uow.add(m.Setting(key=NORM_SETTING_KEY, value=norm.to_json()), audit=False)
        else:
            setting.value = norm.to_json()
        uow.audit(
            AuditAction.UPDATE,
            setting,
            _("reactienorm aanvragen: {norm}").format(norm=norm.to_json()),
        )
