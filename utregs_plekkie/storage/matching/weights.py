"""The team's matching weights, kept in the ``settings`` table under ``matching.weights``."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import StaleRecordError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import WEIGHTS_SETTING_KEY, MatchWeights
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import stale_message, unit_of_work

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
    actor: Actor,
) -> int:
    """Store the weights (a beheerder's choice); ``expected_version`` is the version
    they were loaded with (``None``: never saved). Returns the new version."""
    with unit_of_work(db, actor, Permission.SETTINGS, kind=_("gewichtenset")) as uow:
        session = uow.session
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
        uow.audit(action, row, WEIGHTS_SETTING_KEY)
        return row.version
