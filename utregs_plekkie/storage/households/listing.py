"""Read side: the Gezinnen list, with search as you type and filters, counted and
fetched a page at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    exists,
    func,
    or_,
    select,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    CareForm,
    HouseholdRoute,
    PipelineStage,
    Provider,
)
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    PipelineConfig,
    latest_entry_exceeding_norm,
    norm_exceeded,
)
from utregs_plekkie.core.validation import (
    search_key,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households._common import (
    _local_date,
    _start_of_local_day,
)
from utregs_plekkie.storage.households.settings import (
    load_pipeline_config,
)

# --------------------------------------------------------------------------- list


class HouseholdOrder(StrEnum):
    NAME = "naam"
    STAGE_SINCE = "fase_sinds"
    NEXT_ACTION = "volgende_actie"


@dataclass(frozen=True)
class HouseholdQuery:
    """Search and filters of the Gezinnen page. Empty fields filter nothing.

    ``text`` matches the name (each word as the start of a word of the family name or
    an adult's first name), the e-mail address, the phone number, or the postcode.
    ``overdue`` keeps families whose next action is past its date or whose time in
    the stage exceeds the norm.
    """

    text: str = ""
    stages: frozenset[PipelineStage] = frozenset()
    care_forms: frozenset[CareForm] = frozenset()
    wijk_codes: frozenset[str] = frozenset()
    providers: frozenset[Provider] = frozenset()
    routes: frozenset[HouseholdRoute] = frozenset()
    overdue: bool = False
    order: HouseholdOrder = HouseholdOrder.NAME


@dataclass(frozen=True)
class HouseholdRow:
    """One family in the list, with raw values (the GUI formats them)."""

    id: int
    version: int
    name: str
    route: HouseholdRoute
    stage: PipelineStage
    stage_since: datetime
    city: str
    postcode: str
    wijk_code: str | None
    provider: Provider | None
    email: str
    phone: str
    next_action: str
    next_action_on: date | None
    action_overdue: bool
    norm_exceeded: bool


# Up to four digits (the first not 0), and after four digits up to two letters.
_POSTCODE_QUERY = re.compile(r"^([1-9][0-9]{0,3})(?:(?<=[0-9]{4})\s*([A-Za-z]{1,2}))?$")
_PHONE_QUERY = re.compile(r"^[0-9+\-\s().]+$")


def _phone_condition(typed: str, digits: str) -> ColumnElement[bool]:
    """Phone numbers are stored as E.164 (+31612345678): what is typed nationally
    ("06 1234", "030-12") or internationally ("+31 6", "0031 6") becomes the start of
    that form, so each keystroke narrows the list; other digits match anywhere."""
    h = m.Household
    if typed.startswith("+"):
        return h.phone.startswith("+" + digits, autoescape=True)
    if digits.startswith("00"):
        return h.phone.startswith("+" + digits[2:], autoescape=True)
    if digits.startswith("0"):
        return h.phone.startswith("+31" + digits[1:], autoescape=True)
    return h.phone.contains(digits, autoescape=True)


def _text_condition(text: str) -> ColumnElement[bool] | None:
    h = m.Household
    stripped = " ".join(text.split())
    if not stripped:
        return None
    if "@" in stripped:
        return func.lower(h.email).contains(stripped.lower(), autoescape=True)
    digits = re.sub(r"\D", "", stripped)
    if _PHONE_QUERY.match(stripped) and (stripped.startswith(("0", "+")) or len(digits) > 4):
        return _phone_condition(stripped, digits)
    postcode = _POSTCODE_QUERY.match(stripped)
    if postcode is not None:
        # A postcode as it is typed: "3", "35", "3511", "3511 A", "3511AB".
        pc4, letters = postcode.group(1), (postcode.group(2) or "").upper()
        if len(pc4) < 4:
            return h.pc4.startswith(pc4, autoescape=True)
        if letters:
            return and_(h.pc4 == pc4, h.postcode.startswith(f"{pc4} {letters}", autoescape=True))
        return h.pc4 == pc4
    words = search_key(stripped).split()
    name_conditions = [
        or_(
            h.name_key.startswith(word, autoescape=True),
            h.name_key.contains(" " + word, autoescape=True),
        )
        for word in words
    ]
    if not name_conditions:
        return None
    return or_(
        and_(*name_conditions), func.lower(h.email).startswith(stripped.lower(), autoescape=True)
    )


def _overdue_condition(config: PipelineConfig, on: date) -> ColumnElement[bool]:
    h = m.Household
    conditions: list[ColumnElement[bool]] = [
        and_(h.next_action_on < on, h.stage != PipelineStage.GESTOPT)
    ]
    for stage in PipelineStage:
        cutoff = latest_entry_exceeding_norm(config, stage, on)
        if cutoff is not None:
            conditions.append(
                and_(
                    h.stage == stage,
                    h.stage_since < _start_of_local_day(cutoff + timedelta(days=1)),
                )
            )
    return or_(*conditions)


def _conditions(q: HouseholdQuery, config: PipelineConfig, on: date) -> list[ColumnElement[bool]]:
    h = m.Household
    conditions: list[ColumnElement[bool]] = []
    text = _text_condition(q.text)
    if text is not None:
        conditions.append(text)
    if q.stages:
        conditions.append(h.stage.in_(sorted(q.stages)))
    if q.routes:
        conditions.append(h.route.in_(sorted(q.routes)))
    if q.wijk_codes:
        conditions.append(h.wijk_code.in_(sorted(q.wijk_codes)))
    if q.providers:
        conditions.append(h.provider.in_(sorted(q.providers)))
    if q.care_forms:
        o = m.AvailabilityOffer
        conditions.append(
            exists().where(o.household_id == h.id, o.care_form.in_(sorted(q.care_forms)))
        )
    if q.overdue:
        conditions.append(_overdue_condition(config, on))
    return conditions


def _order_by(q: HouseholdQuery) -> list[Any]:
    h = m.Household
    if q.order == HouseholdOrder.STAGE_SINCE:
        return [h.stage_since.asc(), h.id.asc()]
    if q.order == HouseholdOrder.NEXT_ACTION:
        # Families without a next action last, on both databases.
        return [(h.next_action_on.is_(None)).asc(), h.next_action_on.asc(), h.id.asc()]
    return [h.name_key.asc(), h.id.asc()]


def count_households(
    db: Database, q: HouseholdQuery = HouseholdQuery(), *, on: date | None = None
) -> int:
    """How many families match ``q``."""
    config = load_pipeline_config(db) if q.overdue else DEFAULT_CONFIG
    stmt = select(func.count(m.Household.id)).where(*_conditions(q, config, on or clock.today()))
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


_ROW_COLUMNS = (
    m.Household.id,
    m.Household.version,
    m.Household.name,
    m.Household.route,
    m.Household.stage,
    m.Household.stage_since,
    m.Household.city,
    m.Household.postcode,
    m.Household.wijk_code,
    m.Household.provider,
    m.Household.email,
    m.Household.phone,
    m.Household.next_action,
    m.Household.next_action_on,
)


def _row(row: Any, config: PipelineConfig, on: date) -> HouseholdRow:
    return HouseholdRow(
        id=row.id,
        version=row.version,
        name=row.name,
        route=row.route,
        stage=row.stage,
        stage_since=row.stage_since,
        city=row.city or "",
        postcode=row.postcode or "",
        wijk_code=row.wijk_code,
        provider=row.provider,
        email=row.email or "",
        phone=row.phone or "",
        next_action=row.next_action or "",
        next_action_on=row.next_action_on,
        action_overdue=row.next_action_on is not None
        and row.next_action_on < on
        and row.stage != PipelineStage.GESTOPT,
        norm_exceeded=norm_exceeded(config, row.stage, _local_date(row.stage_since), on),
    )


def fetch_households(
    db: Database,
    q: HouseholdQuery = HouseholdQuery(),
    offset: int = 0,
    limit: int = 100,
    *,
    on: date | None = None,
) -> list[HouseholdRow]:
    """``limit`` families matching ``q`` from position ``offset``, in ``q.order``."""
    config = load_pipeline_config(db)
    day = on or clock.today()
    stmt = (
        select(*_ROW_COLUMNS)
        .where(*_conditions(q, config, day))
        .order_by(*_order_by(q))
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
    with db.engine.connect() as conn:
        return [_row(r, config, day) for r in conn.execute(stmt)]
