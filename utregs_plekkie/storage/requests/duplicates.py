"""Duplicate detection: for one form (indexed look-ups, then scored) and for many
rows at once (imports)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import RequestStatus
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import DuplicateLevel, PersonKey, score_duplicate, similar_names
from utregs_plekkie.core.validation import normalise_email, normalise_phone, normalise_postcode
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests.conditions import not_merged
from utregs_plekkie.storage.requests.values import RequestInput, RequestValues


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing request that looks like the one being entered or imported."""

    request_id: int
    version: int
    level: DuplicateLevel
    score: float
    reasons: tuple[str, ...]
    name: str
    email: str | None
    phone: str | None
    postcode: str | None
    status: RequestStatus
    received_at: datetime

    def describe(self) -> str:
        """E.g. "aanvraag 12 (Jan de Vries, ontvangen 03-03-2026): zelfde e-mailadres"."""
        return _("aanvraag {id} ({name}, ontvangen {date}): {reasons}").format(
            id=self.request_id,
            name=self.name or _("zonder naam"),
            date=self.received_at.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y"),
            reasons="; ".join(self.reasons),
        )


_CANDIDATE_COLUMNS = (
    m.InfoRequest.id,
    m.InfoRequest.version,
    m.InfoRequest.first_name,
    m.InfoRequest.name_prefix,
    m.InfoRequest.last_name,
    m.InfoRequest.email,
    m.InfoRequest.phone,
    m.InfoRequest.postcode,
    m.InfoRequest.status,
    m.InfoRequest.received_at,
    m.InfoRequest.name_key,
)


# The same columns without their type conversion: an import loads many thousands of
# candidates, and converting each one's time and status costs more than the query.
_RAW_CANDIDATE_COLUMNS = tuple(
    type_coerce(column, NullType()).label(column.key) for column in _CANDIDATE_COLUMNS
)


class _Known:
    """An existing request as duplicate detection needs it (many are loaded: plain)."""

    __slots__ = (
        "email",
        "id",
        "name",
        "name_key",
        "phone",
        "postcode",
        "received_at",
        "status",
        "version",
    )

    def __init__(
        self,
        id: int,
        version: int,
        name: str,
        email: str | None,
        phone: str | None,
        postcode: str | None,
        status: RequestStatus | str,
        received_at: datetime | str,
        name_key: str,
    ) -> None:
        self.id = id
        self.version = version
        self.name = name
        self.email = email
        self.phone = phone
        self.postcode = postcode
        # Status and time may arrive as the driver gives them (see _RAW_CANDIDATE_COLUMNS);
        # they are converted only for the few that turn out to be duplicates.
        self.status = status
        self.received_at = received_at
        self.name_key = name_key

    def typed_status(self) -> RequestStatus:
        return RequestStatus(self.status)

    def typed_received_at(self) -> datetime:
        value = self.received_at
        if isinstance(value, str):  # SQLite's text form of a naive UTC time
            value = datetime.fromisoformat(value)
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

    @classmethod
    def from_row(cls, row: Any) -> _Known:
        rid, version, first, prefix, last, email, phone, postcode, status, received, key = row
        return cls(
            rid,
            version,
            " ".join(p for p in (first, prefix, last) if p),
            email,
            phone,
            postcode,
            status,
            received,
            key,
        )

    @property
    def key(self) -> PersonKey:
        return PersonKey(self.name, self.email, self.phone, self.postcode, self.name_key)


def _candidate(known: _Known, new: PersonKey) -> DuplicateCandidate | None:
    score = score_duplicate(new, known.key)
    if score is None:
        return None
    return DuplicateCandidate(
        request_id=known.id,
        version=known.version,
        level=score.level,
        score=score.score,
        reasons=score.reasons,
        name=known.name,
        email=known.email,
        phone=known.phone,
        postcode=known.postcode,
        status=known.typed_status(),
        received_at=known.typed_received_at(),
    )


def _rank(candidates: Iterable[DuplicateCandidate]) -> list[DuplicateCandidate]:
    return sorted(
        candidates,
        key=lambda c: (c.level != DuplicateLevel.ZEKER, -c.score, c.received_at, c.request_id),
    )


def _person_key_lenient(data: RequestInput | RequestValues) -> PersonKey:
    """What can be read from a half-filled form (checks as you type still run)."""
    if isinstance(data, RequestValues):
        return data.person_key()

    def attempt(fn: Any, text: str) -> str | None:
        if not text.strip():
            return None
        try:
            return str(fn(text))
        except ValidationError:
            return None

    name = " ".join(p for p in (data.first_name, data.name_prefix, data.last_name) if p.strip())
    email = attempt(normalise_email, data.email)
    return PersonKey(
        name=name or data.name,
        email=email.lower() if email else None,
        phone=attempt(normalise_phone, data.phone),
        postcode=attempt(normalise_postcode, data.postcode),
    )


def find_duplicates(
    db: Database,
    data: RequestInput | RequestValues,
    *,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Existing requests that look like ``data``, most certain first.

    Candidates come from three indexed look-ups (e-mail, phone and postcode) and are
    then scored by :func:`core.requests.score_duplicate`. Merged
    requests are left out. Works on a half-filled form too.
    """
    key = _person_key_lenient(data)
    r = m.InfoRequest
    alternatives: list[ColumnElement[bool]] = []
    if key.email:
        alternatives.append(r.email == key.email.lower())
    if key.phone:
        alternatives.append(r.phone == key.phone)
    if key.postcode:
        alternatives.append(r.postcode == key.postcode)
    if not alternatives:
        return []
    stmt = select(*_CANDIDATE_COLUMNS).where(or_(*alternatives), not_merged())
    if exclude_id is not None:
        stmt = stmt.where(r.id != exclude_id)
    with db.engine.connect() as conn:
        known = [_Known.from_row(row) for row in conn.execute(stmt)]
    found = (c for k in known if (c := _candidate(k, key)) is not None)
    return _rank(found)[:limit]


class _PostcodeBucket:
    """The requests at one postcode, with their folded names side by side (for one
    fast fuzzy pass over all of them)."""

    __slots__ = ("ids", "keys", "known")

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.known: list[_Known] = []
        self.keys: list[str] = []

    def add(self, known: _Known) -> None:
        if known.id not in self.ids:
            self.ids.add(known.id)
            self.known.append(known)
            self.keys.append(known.name_key)


class DuplicateFinder:
    """Duplicate detection for many requests at once (imports).

    Per batch, the batch's e-mail addresses, phone numbers and postcodes are looked up
    with one indexed ``IN`` query each, and kept
    for later batches. Requests added during the same import are remembered, so a file
    that holds the same person twice finds the second one too. Names at a postcode are
    compared in one pass (:func:`core.requests.similar_names`), so a postcode with many
    requests (a student flat) stays cheap.
    """

    _CHUNK = 2000

    def __init__(self) -> None:
        self._by_email: dict[str, dict[int, _Known]] = {}
        self._by_phone: dict[str, dict[int, _Known]] = {}
        self._by_postcode: dict[str, _PostcodeBucket] = {}
        self._emails_loaded: set[str] = set()
        self._phones_loaded: set[str] = set()
        self._postcodes_loaded: set[str] = set()

    def prepare(self, session: Session, batch: Sequence[RequestValues]) -> None:
        """Load what the batch needs from the database."""
        r = m.InfoRequest
        live = not_merged()
        emails = sorted({v.email for v in batch if v.email} - self._emails_loaded)
        phones = sorted({v.phone for v in batch if v.phone} - self._phones_loaded)
        postcodes = sorted({v.postcode for v in batch if v.postcode} - self._postcodes_loaded)
        for start in range(0, len(emails), self._CHUNK):
            chunk = emails[start : start + self._CHUNK]
            self._load(session, select(*_RAW_CANDIDATE_COLUMNS).where(r.email.in_(chunk), live))
        for start in range(0, len(phones), self._CHUNK):
            chunk = phones[start : start + self._CHUNK]
            self._load(session, select(*_RAW_CANDIDATE_COLUMNS).where(r.phone.in_(chunk), live))
        for start in range(0, len(postcodes), self._CHUNK):
            chunk = postcodes[start : start + self._CHUNK]
            stmt = select(*_RAW_CANDIDATE_COLUMNS).where(r.postcode.in_(chunk), live)
            self._load(session, stmt, postcodes=True)
        self._emails_loaded.update(emails)
        self._phones_loaded.update(phones)
        self._postcodes_loaded.update(postcodes)

    def _load(
        self, session: Session, stmt: Select[*tuple[Any, ...]], *, postcodes: bool = False
    ) -> None:
        # Core, not the ORM: plain rows, without the ORM's per-row bookkeeping.
        for row in session.connection().execute(stmt):
            self._add(_Known.from_row(row), by_contact=not postcodes, by_postcode=postcodes)

    def _add(self, known: _Known, *, by_contact: bool = True, by_postcode: bool = True) -> None:
        # A request loaded for its postcode is only compared by name there; if a later
        # row shares its e-mail or phone, that look-up loads it (again) by contact.
        if by_contact and known.email:
            self._by_email.setdefault(known.email.casefold(), {})[known.id] = known
        if by_contact and known.phone:
            self._by_phone.setdefault(known.phone, {})[known.id] = known
        if by_postcode and known.postcode:
            self._by_postcode.setdefault(known.postcode, _PostcodeBucket()).add(known)

    def best_match(self, values: RequestValues) -> DuplicateCandidate | None:
        """The most certain duplicate of ``values`` among what is known, if any."""
        key = values.person_key()
        pool: dict[int, _Known] = {}
        if key.email_key:
            pool.update(self._by_email.get(key.email_key, {}))
        if key.phone:
            pool.update(self._by_phone.get(key.phone, {}))
        bucket = self._by_postcode.get(key.postcode) if key.postcode else None
        if bucket is not None:
            for index in similar_names(key.name_key, bucket.keys):
                known = bucket.known[index]
                pool[known.id] = known
        if not pool:
            return None
        ranked = _rank(c for k in pool.values() if (c := _candidate(k, key)) is not None)
        return ranked[0] if ranked else None

    def remember(self, request_id: int, values: RequestValues, received_at: datetime) -> None:
        """A request this import just added (it may be matched by later rows)."""
        self._add(
            _Known(
                id=request_id,
                version=1,
                name=values.full_name,
                email=values.email,
                phone=values.phone,
                postcode=values.postcode,
                status=RequestStatus.NIEUW,
                received_at=received_at,
                name_key=values.name_key,
            )
        )
