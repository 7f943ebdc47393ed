"""The team's matching weights, kept in the ``settings`` table under ``matching.weights``."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import (
    AuditAction,
)
from utregs_plekkie.core.errors import StaleRecordError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import (
    WEIGHTS_SETTING_KEY,
    MatchWeights,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching.common import _writing
from utregs_plekkie.storage.repository import SYSTEM_USER, audit, stale_message

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- weights


def load_weights(db: Database) -> tuple[MatchWeights, int | None]:
    """The team's weights and the stored version (``None``: defaults, never saved).
    Weights that cannot be read are logged and replaced by the defaults."""
    with db.session() as session:
        return _load_weights(session)


def _load_weights(session: Session) -> tuple[MatchWeights, int | None]:
    row = session.scalar(select(m.Setting).where(m.Setting.key == WEIGHTS_SETTING_KEY))
    if row is None:
        return MatchWeights(), None
    try:
        return MatchWeights.from_json(row.value), row.version
    except ValidationError as exc:
        log.warning("Matching weights unreadable, using defaults: %s", exc)
        return MatchWeights(), row.version


def save_weights(
    db: Database,
    weights: MatchWeights,
    expected_version: int | None,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Store the weights (a beheerder's choice); ``expected_version`` is the version
    they were loaded with (``None``: never saved). Returns the new version."""
    with _writing(db, _("gewichtenset")) as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == WEIGHTS_SETTING_KEY))
        if row is None:
            if expected_version is not None:
                raise StaleRecordError(stale_message(_("gewichtenset")))
            row = m.Setting(key=WEIGHTS_SETTING_KEY, value=weights.to_json())
            session.add(row)
            action = AuditAction.CREATE
        else:
            if row.version != expected_version:
                raise StaleRecordError(stale_message(_("gewichtenset")))
            row.value = weights.to_json()
            action = AuditAction.UPDATE
        session.flush()
        audit(
            session,
            action,
            "settings",
            row.id,
            WEIGHTS_SETTING_KEY,
            username=username,
            user_id=user_id,
        )
        return row.version
