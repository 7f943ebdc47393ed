"""One row of a children list checked as a whole: every problem of the row at once,
then the values a child is recorded with (wijk and provider from the home postcode)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from utregs_plekkie.core.enums import Gender, Provider, Urgency, WeekendPattern
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.child_import.cells import (
    RowError,
    as_bool,
    as_date,
    as_km,
    as_pc4,
    birth_month,
    enum_value,
    gender_words,
    languages,
    needs,
    parse_schedule,
    pets,
    rule,
)
from utregs_plekkie.exchange.values import care_form_words, enum_words, weekend_words
from utregs_plekkie.storage.children import (
    check_child_code,
    check_culture_wish,
    check_group_code,
    default_schedule,
    normalise_initials,
)

__all__ = ["ParsedChild", "RowErrors", "parse_row"]


@dataclass
class ParsedChild:
    values: dict[str, Any]
    sibling_group: str | None
    notes: list[str]


def parse_row(get: Callable[[str], str], on: date, geo: GeoIndex) -> ParsedChild:
    errors: list[str] = []
    notes: list[str] = []
    values: dict[str, Any] = {}

    def attempt(fn: Callable[[], None]) -> None:
        try:
            fn()
        except RowError as exc:
            errors.append(str(exc))

    code = get("code").strip()

    def do_code() -> None:
        if not code:
            raise RowError(_("kolom code is leeg; geef elk kind een eigen code"))
        values["code"] = rule("code", lambda: check_child_code(code))

    def do_birth() -> None:
        text = get("birth_month")
        if not text.strip():
            raise RowError(_("kolom geboortemaand is leeg"))
        month, dropped = birth_month(text, on)
        values["birth_month"] = month
        if dropped:
            notes.append(_("kolom geboortemaand: alleen maand en jaar bewaard, niet de dag"))

    def do_care() -> None:
        text = get("care_form")
        if not text.strip():
            raise RowError(_("kolom zorgvorm is leeg"))
        values["care_form"] = enum_value(text, care_form_words(), "zorgvorm")

    def do_simple() -> None:
        text = get("gender")
        values["gender"] = (
            enum_value(text, gender_words(), "geslacht") if text.strip() else Gender.ONBEKEND
        )

    def do_postcodes() -> None:
        for key, column in (
            ("home_pc4", "postcode_thuis"),
            ("school_pc4", "postcode_school"),
            ("club_pc4", "postcode_club"),
        ):
            values[key] = as_pc4(get(key), column, notes, geo)

    def do_weekend() -> None:
        text = get("weekend_pattern")
        values["weekend_pattern"] = (
            enum_value(text, weekend_words(), "weekenden") if text.strip() else WeekendPattern.GEEN
        )

    def do_flags() -> None:
        values["holidays_needed"] = as_bool(get("holidays"), "vakanties")
        values["smoke_free"] = as_bool(get("smoke_free"), "rookvrij")

    def do_dates() -> None:
        start = get("wanted_start")
        values["wanted_start"] = as_date(start, "gewenste_start") if start.strip() else None
        since = get("waiting_since")
        values["waiting_since"] = as_date(since, "wacht_sinds") if since.strip() else on

    def do_urgency() -> None:
        text = get("urgency")
        values["urgency"] = (
            enum_value(text, enum_words(Urgency), "urgentie") if text.strip() else Urgency.NORMAAL
        )

    def do_lists() -> None:
        values["needs"] = needs(get("needs"))

    def do_languages() -> None:
        values["languages"] = languages(get("languages"))

    def do_allergies() -> None:
        values["allergies"] = pets(get("allergies"))

    def do_culture() -> None:
        values["culture_wish"] = rule("cultuur", lambda: check_culture_wish(get("culture_wish")))

    def do_distance() -> None:
        values["max_distance_km"] = as_km(get("max_distance_km"))

    def do_provider() -> None:
        text = get("placing_provider")
        values["placing_provider"] = (
            enum_value(text, enum_words(Provider), "aanbieder") if text.strip() else None
        )

    def do_initials() -> None:
        values["case_worker_initials"] = rule(
            "casemanager", lambda: normalise_initials(get("case_worker_initials"))
        )

    for step in (
        do_code,
        do_birth,
        do_care,
        do_simple,
        do_postcodes,
        do_weekend,
        do_flags,
        do_dates,
        do_urgency,
        do_lists,
        do_languages,
        do_allergies,
        do_culture,
        do_distance,
        do_provider,
        do_initials,
    ):
        attempt(step)

    schedule_text = get("schedule")
    try:
        schedule = parse_schedule(schedule_text)
        if not schedule_text.strip() and "care_form" in values:
            schedule = default_schedule(values["care_form"])
        values["schedule_needed"] = schedule
    except RowError as exc:
        errors.append(str(exc))
    if errors:
        raise RowErrors(errors)
    home = geo.lookup(values["home_pc4"]) if values.get("home_pc4") else None
    values["wijk_code"] = home.wijk_code if home is not None else None
    if values["placing_provider"] is None and home is not None:
        values["placing_provider"] = home.provider
    try:
        group = rule("broer_zus_groep", lambda: check_group_code(get("sibling_group")))
    except RowError as exc:
        raise RowErrors([str(exc)]) from None
    return ParsedChild(values, group, notes)


class RowErrors(Exception):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages
