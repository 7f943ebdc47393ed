"""Everything the detail panel shows about one request, read in one go (the view is
audited in the viewer's name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from utregs_plekkie.core import clock
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.requests import ResponseNorm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.privacy import consent_text
from utregs_plekkie.storage.requests import (
    DuplicateCandidate,
    HistoryEntry,
    RequestInput,
    find_duplicates,
    load_request,
    load_response_norm,
    request_history,
)


@dataclass(frozen=True)
class RequestDetail:
    """Everything the panel shows about one request, read in one go."""

    record: m.InfoRequest
    history: list[HistoryEntry]
    duplicates: list[DuplicateCandidate]
    consent_text: str | None
    norm: ResponseNorm
    today: date


def read_detail(db: Database, request_id: int, *, viewer: Actor | None) -> RequestDetail:
    """Load one request for the panel (``viewer``: the view goes in the audit trail)."""
    record = load_request(db, request_id, viewer=viewer)
    history = request_history(db, request_id)
    duplicates = (
        find_duplicates(db, RequestInput.from_record(record), exclude_id=request_id, limit=3)
        if record.merged_into_id is None and record.anonymised_at is None
        else []
    )
    text = None
    if record.consent_text_version:
        info = consent_text(db, record.consent_text_version)
        text = info.text if info is not None else None
    return RequestDetail(record, history, duplicates, text, load_response_norm(db), clock.today())
