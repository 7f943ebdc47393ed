"""Channels: where the requests came from, and how far they got.

Channels
--------
The same cohort, split by the request's source (website, pop-up, podcast, ...), by the
event it came in at (``InfoRequest.event_id``; events with the same name, such as the
five days of a pop-up week, also together), by wijk and by month of receipt: how many
requests each brought and how many of those *eventually* reached registration,
availability and placement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Source, label
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview.funnel import FUNNEL_STEPS, FunnelStep, ratio
from utregs_plekkie.core.overview.numbers import format_date, format_month

# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class ChannelRow:
    """What one source, event, wijk or month brought: requests reaching each step."""

    key: str
    label: str
    reached: tuple[int, ...]
    detail: str = ""

    @property
    def requests(self) -> int:
        return self.reached[FunnelStep.AANVRAAG]

    @property
    def registrations(self) -> int:
        return self.reached[FunnelStep.AANMELDING]

    @property
    def available(self) -> int:
        return self.reached[FunnelStep.BESCHIKBAAR]

    @property
    def placed(self) -> int:
        return self.reached[FunnelStep.GEPLAATST]

    @property
    def registration_rate(self) -> float | None:
        return ratio(self.registrations, self.requests)

    @property
    def available_rate(self) -> float | None:
        return ratio(self.available, self.requests)


def add_reached(a: Sequence[int], b: Sequence[int]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


EMPTY_REACHED: tuple[int, ...] = (0,) * len(FUNNEL_STEPS)


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    kind: str
    starts_at: datetime


@dataclass(frozen=True)
class Channels:
    by_source: tuple[ChannelRow, ...]
    #: one row per event requests came in at, by date
    by_event: tuple[ChannelRow, ...]
    #: events with the same name together (e.g. the five days of a pop-up week)
    by_event_group: tuple[ChannelRow, ...]
    #: per wijk of the request (the last row: outside the city or unknown)
    by_wijk: tuple[ChannelRow, ...]


def source_label(value: str) -> str:
    try:
        return label(Source(value))
    except ValueError:
        return value


OUTSIDE_CITY = "buiten"


def wijk_label(code: str | None, names: Mapping[str, str]) -> str:
    if code is None or code == OUTSIDE_CITY:
        return _("buiten de stad of onbekend")
    return names.get(code, code)


def build_channels(
    per_key: Mapping[tuple[str, int | None, str | None], Sequence[int]],
    events: Mapping[int, EventInfo],
    wijken: Sequence[tuple[str, str]],
) -> Channels:
    """Channel rows from reached-counts per (source, event id, wijk code)."""
    names = dict(wijken)
    by_source: dict[str, tuple[int, ...]] = {}
    by_event: dict[int, tuple[int, ...]] = {}
    by_wijk: dict[str, tuple[int, ...]] = {}
    for (source, event_id, wijk), reached in per_key.items():
        by_source[source] = add_reached(by_source.get(source, EMPTY_REACHED), reached)
        if event_id is not None:
            by_event[event_id] = add_reached(by_event.get(event_id, EMPTY_REACHED), reached)
        key = wijk if wijk in names else OUTSIDE_CITY
        by_wijk[key] = add_reached(by_wijk.get(key, EMPTY_REACHED), reached)

    source_order = {s.value: i for i, s in enumerate(Source)}
    source_rows = tuple(
        ChannelRow(s, source_label(s), by_source[s])
        for s in sorted(by_source, key=lambda s: (source_order.get(s, 99), s))
    )

    def event_detail(info: EventInfo | None) -> str:
        if info is None:
            return ""
        return format_date(info.starts_at.astimezone(clock.LOCAL_TZ).date())

    event_rows: list[ChannelRow] = []
    groups: dict[str, tuple[tuple[int, ...], list[date]]] = {}
    far = datetime.max.replace(tzinfo=UTC)
    for event_id in sorted(
        by_event, key=lambda e: (events[e].starts_at if e in events else far, e)
    ):
        info = events.get(event_id)
        name = info.name if info is not None else _("evenement {id}").format(id=event_id)
        event_rows.append(ChannelRow(str(event_id), name, by_event[event_id], event_detail(info)))
        reached, days = groups.get(name, (EMPTY_REACHED, []))
        if info is not None:
            days = [*days, info.starts_at.astimezone(clock.LOCAL_TZ).date()]
        groups[name] = (add_reached(reached, by_event[event_id]), days)
    group_rows = []
    for name, (reached, days) in groups.items():
        if days and min(days) != max(days):
            detail = _("{van} t/m {tot} ({n} dagen)").format(
                van=format_date(min(days)), tot=format_date(max(days)), n=len(days)
            )
        else:
            detail = format_date(days[0]) if days else ""
        group_rows.append(ChannelRow(name, name, reached, detail))
    wijk_rows = [ChannelRow(code, name, by_wijk.get(code, EMPTY_REACHED)) for code, name in wijken]
    if by_wijk.get(OUTSIDE_CITY):
        wijk_rows.append(ChannelRow(OUTSIDE_CITY, wijk_label(None, names), by_wijk[OUTSIDE_CITY]))
    return Channels(
        by_source=source_rows,
        by_event=tuple(event_rows),
        by_event_group=tuple(group_rows),
        by_wijk=tuple(wijk_rows),
    )


@dataclass(frozen=True)
class MonthPoint:
    """The requests received in one month and how far they got (up to today)."""

    month: date
    reached: tuple[int, ...]

    @property
    def label(self) -> str:
        return format_month(self.month)
