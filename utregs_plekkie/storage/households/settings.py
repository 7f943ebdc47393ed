"""The team's pipeline settings, stored in the ``settings`` table under
``core.pipeline.SETTINGS_KEY``.
"""

from __future__ import annotations

from sqlalchemy import (
    select,
)

from utregs_plekkie.core.enums import (
    AuditAction,
)
from utregs_plekkie.core.errors import StaleRecordError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    SETTINGS_KEY,
    PipelineConfig,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    log,
)
from utregs_plekkie.storage.unit_of_work import stale_message, unit_of_work

# --------------------------------------------------------------------------- settings


def load_pipeline_settings(db: Database) -> tuple[PipelineConfig, int | None]:
    """The team's pipeline settings and the stored version (``None``: defaults, never
    saved). Settings that cannot be read are logged and replaced by the defaults, so a
    damaged setting never locks the program."""
    with db.session() as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == SETTINGS_KEY))
        if row is None:
            return DEFAULT_CONFIG, None
        try:
            return PipelineConfig.from_json(row.value), row.version
        except ValidationError as exc:
            log.warning("Pipeline settings unreadable, using defaults: %s", exc)
            return DEFAULT_CONFIG, row.version


def load_pipeline_config(db: Database) -> PipelineConfig:
    return load_pipeline_settings(db)[0]


def save_pipeline_config(
    db: Database,
    config: PipelineConfig,
    expected_version: int | None,
    *,
    actor: Actor,
) -> int:
    """Store the settings (a beheerder's change, in ``actor``'s name); returns the new
    version.

    ``expected_version`` is the version read with :func:`load_pipeline_settings`
    (``None`` when none was stored): someone else's change in between is refused.
    """
    config.validate()
    kind = _("instelling")
    with unit_of_work(db, actor, Permission.SETTINGS, kind=kind) as uow:
        session = uow.session
        row = session.scalar(select(m.Setting).where(m.Setting.key == SETTINGS_KEY))
        if row is None:
            if expected_version is not None:
                raise StaleRecordError(stale_message(kind))
            row = m.Setting(key=SETTINGS_KEY, value=config.to_json())
            session.add(row)
            action = AuditAction.CREATE
        else:
            if row.version != expected_version:
                raise StaleRecordError(stale_message(kind))
            row.value = config.to_json()
            action = AuditAction.UPDATE
        session.flush()
        uow.audit(action, row, SETTINGS_KEY)
        session.flush()
        return row.version
