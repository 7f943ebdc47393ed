"""Read side: the board view, one column per stage with the families longest in it
first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    func,
    select,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    HouseholdRoute,
    PipelineStage,
    label,
)
from utregs_plekkie.core.pipeline import (
    board_stages,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _local_date,
)
from utregs_plekkie.storage.households.listing import (
    _ROW_COLUMNS,
    HouseholdQuery,
    _conditions,
    _row,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)

# --------------------------------------------------------------------------- board


#: The default query: no search, no filters.
_EVERYTHING = HouseholdQuery()


@dataclass(frozen=True)
class BoardCard:
    id: int
    version: int
    name: str
    city: str
    route: HouseholdRoute
    stage: PipelineStage
    stage_since: datetime
    days_in_stage: int
    next_action: str
    next_action_on: date | None
    action_overdue: bool
    norm_exceeded: bool


@dataclass(frozen=True)
class BoardColumn:
    stage: PipelineStage
    #: All families in this stage that match the query (the cards are the first ones).
    count: int
    cards: tuple[BoardCard, ...]
    norm_working_days: int | None

    @property
    def title(self) -> str:
        return f"{label(self.stage)} ({self.count})"


def board(
    db: Database,
    q: HouseholdQuery = _EVERYTHING,
    *,
    per_column: int = 50,
    on: date | None = None,
) -> dict[PipelineStage, BoardColumn]:
    """The board view: one column per stage (in route order, then paused and
    stopped), each with its count and the ``per_column`` families longest in the
    stage first. ``q`` filters as in the list."""
    config = load_pipeline_config(db)
    day = on or clock.today()
    conditions = _conditions(q, config, day)
    h = m.Household
    columns: dict[PipelineStage, BoardColumn] = {}
    with db.engine.connect() as conn:
        counts = {
            stage: int(n)
            for stage, n in conn.execute(
                select(h.stage, func.count(h.id)).where(*conditions).group_by(h.stage)
            )
        }
        for stage in board_stages(config):
            cards: list[BoardCard] = []
            if counts.get(stage):
                rows = conn.execute(
                    select(*_ROW_COLUMNS)
                    .where(h.stage == stage, *conditions)
                    .order_by(h.stage_since.asc(), h.id.asc())
                    .limit(per_column)
                )
                for r in rows:
                    row = _row(r, config, day)
                    cards.append(
                        BoardCard(
                            id=row.id,
                            version=row.version,
                            name=row.name,
                            city=row.city,
                            route=row.route,
                            stage=row.stage,
                            stage_since=row.stage_since,
                            days_in_stage=max(0, (day - _local_date(row.stage_since)).days),
                            next_action=row.next_action,
                            next_action_on=row.next_action_on,
                            action_overdue=row.action_overdue,
                            norm_exceeded=row.norm_exceeded,
                        )
                    )
            columns[stage] = BoardColumn(
                stage=stage,
                count=counts.get(stage, 0),
                cards=tuple(cards),
                norm_working_days=config.norm(stage),
            )
    return columns
