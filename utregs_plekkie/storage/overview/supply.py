"""Statements 5-6 of the overview: free places and waiting children per wijk and care family."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    case,
    distinct,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)

from utregs_plekkie.core.enums import (
    CareFamily,
    CareForm,
    PipelineStage,
    PlacementStatus,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.overview.sql import WAITING, table_of, value_of, values_of
from utregs_plekkie.storage.overview.state import OverviewState


class SupplyQueries(OverviewState):
    """Statements 5-6: free places and waiting children, per wijk and care family."""

    # ------------------------------------------------------------------ supply and demand

    def _family_of(self, care_form: Any) -> Any:
        forms = {family: [f for f in CareForm if f.family == family] for family in CareFamily}
        return case(
            (care_form.in_(values_of(forms[CareFamily.VOLTIJD])), value_of(CareFamily.VOLTIJD)),
            (care_form.in_(values_of(forms[CareFamily.DEELTIJD])), value_of(CareFamily.DEELTIJD)),
            else_=value_of(CareFamily.STEUNOUDER),
        )

    def offers(self, conn: Connection) -> None:
        """Free places of available families today, per wijk and care family."""
        o = table_of(m.AvailabilityOffer)
        h = table_of(m.Household)
        p = table_of(m.Placement)
        op = table_of(m.OfferPause)
        today = self.today
        used = (
            select(p.c.offer_id, func.count().label("used"))
            .where(
                p.c.status == PlacementStatus.ACTIEF,
                p.c.offer_id.is_not(None),
                p.c.starts_on <= today,
                or_(p.c.ends_on.is_(None), p.c.ends_on >= today),
            )
            .group_by(p.c.offer_id)
            .subquery()
        )
        left = o.c.capacity - func.coalesce(used.c.used, 0)
        paused_today = exists().where(
            op.c.offer_id == o.c.id, op.c.starts_on <= today, op.c.ends_on >= today
        )
        inner = (
            select(
                h.c.wijk_code,
                self._family_of(o.c.care_form).label("family"),
                h.c.id.label("hid"),
                case((left > 0, left), else_=0).label("free"),
            )
            .select_from(
                o.join(h, h.c.id == o.c.household_id).outerjoin(used, used.c.offer_id == o.c.id)
            )
            .where(
                h.c.stage == PipelineStage.BESCHIKBAAR,
                o.c.paused.is_(False),
                or_(o.c.valid_from.is_(None), o.c.valid_from <= today),
                or_(o.c.valid_to.is_(None), o.c.valid_to >= today),
                ~paused_today,
                *self._household_filter(h),
            )
            .cte("offered")
        )
        i = inner.c
        per_cell = select(
            literal("c").label("part"),
            i.wijk_code,
            i.family,
            func.count(distinct(i.hid)).label("families"),
            func.sum(i.free).label("free"),
        ).group_by(i.wijk_code, i.family)
        per_wijk = select(
            literal("w").label("part"),
            i.wijk_code,
            null().cast(String).label("family"),
            func.count(distinct(i.hid)).label("families"),
            func.sum(i.free).label("free"),
        ).group_by(i.wijk_code)
        overall = select(
            literal("t").label("part"),
            null().cast(String).label("wijk_code"),
            null().cast(String).label("family"),
            func.count(distinct(i.hid)).label("families"),
            func.sum(i.free).label("free"),
        )
        for part, wijk_code, family, families, free in conn.execute(
            union_all(per_cell, per_wijk, overall)
        ):
            if part == "c":
                self.offer_cells[(wijk_code, CareFamily(family))] = (int(families), int(free or 0))
            elif part == "w":
                self.families_per_wijk[wijk_code] = int(families)
            else:
                self.families_total = int(families or 0)

    def children(self, conn: Connection) -> None:
        """Waiting children per wijk and care form, by the day they started waiting."""
        c = table_of(m.Child)
        where: list[ColumnElement[bool]] = [c.c.status.in_(values_of(WAITING))]
        if self.filt.provider is not None:
            where.append(c.c.placing_provider == self.filt.provider)
        if self.filt.wijk_code is not None:
            where.append(c.c.wijk_code == self.filt.wijk_code)
        rows = conn.execute(
            select(c.c.wijk_code, c.c.care_form, c.c.waiting_since, func.count())
            .where(*where)
            .group_by(c.c.wijk_code, c.c.care_form, c.c.waiting_since)
        )
        for wijk_code, care_form, since, n in rows:
            days = (self.today - since).days if since is not None else -1
            histogram = self.waiting.setdefault((wijk_code, CareForm(care_form).family), {})
            histogram[days] = histogram.get(days, 0) + int(n)
