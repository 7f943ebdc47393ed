"""The team's response norm: how long a request may wait for its next step."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import ResponseNorm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER, audit
from utregs_plekkie.storage.requests.values import InvalidRequestError

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


def save_response_norm(
    db: Database, norm: ResponseNorm, *, username: str = SYSTEM_USER, user_id: int | None = None
) -> None:
    """Store the norm for the whole team; invalid numbers are refused in Dutch."""
    problems = norm.problems()
    if problems:
        raise InvalidRequestError(problems)
    with db.transaction() as session:
        setting = session.execute(
            select(m.Setting).where(m.Setting.key == NORM_SETTING_KEY)
        ).scalar_one_or_none()
        if setting is None:
            setting = m.Setting(key=NORM_SETTING_KEY, value=norm.to_json())
            session.add(setting)
            session.flush()
        else:
            setting.value = norm.to_json()
        audit(
            session,
            AuditAction.UPDATE,
            m.Setting.__tablename__,
            setting.id,
            _("reactienorm aanvragen: {norm}").format(norm=norm.to_json()),
            username=username,
            user_id=user_id,
        )
