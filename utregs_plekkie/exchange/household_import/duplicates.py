"""When a family in a list is one we have: the same e-mail address, or the same name,
postcode, house number and first adult's first name."""

from __future__ import annotations

import re

from sqlalchemy import select

from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database

__all__ = ["address_key", "email_key", "existing_keys"]


def email_key(text: str) -> str | None:
    if not text.strip():
        return None
    try:
        return normalise_email(text).lower()
    except ValidationError:
        return text.strip().lower()


def address_key(name: str, postcode: str, number: str, first: str) -> tuple[str, str, str, str]:
    try:
        pc = normalise_postcode(postcode) if postcode.strip() else ""
    except ValidationError:
        pc = postcode.strip().upper()
    try:
        house = str(parse_house_number(number)[0]) if number.strip() else ""
    except ValidationError:
        house = number.strip()
    core = re.sub(r"^(familie|fam|gezin)\s+", "", search_key(name))
    return (core, pc, house, search_key(first))


def existing_keys(db: Database) -> tuple[dict[str, int], dict[tuple[str, str, str, str], int]]:
    emails: dict[str, int] = {}
    addresses: dict[tuple[str, str, str, str], int] = {}
    h, a = m.Household, m.Adult
    with db.engine.connect() as conn:
        first_adult: dict[int, str] = {}
        for household_id, first in conn.execute(
            select(a.household_id, a.first_name).order_by(a.household_id, a.id)
        ):
            first_adult.setdefault(household_id, first)
        for hid, name, email, postcode, number in conn.execute(
            select(h.id, h.name, h.email, h.postcode, h.house_number)
        ):
            if email:
                emails.setdefault(email.lower(), hid)
            key = address_key(
                name,
                postcode or "",
                "" if number is None else str(number),
                first_adult.get(hid, ""),
            )
            addresses.setdefault(key, hid)
    return emails, addresses
