"""The check before packs are made: which requests, what they give, what is missing.

``check_packs`` gathers the information packs of a choice of requests (or of all new
requests without a pack) and says, before anything is printed, why none can be made
or which data is missing (``summarise_missing``). The packs window and the kiosk both
use it; the words shown for it are the window's own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.packs.content import ORGANISATION_FIELDS, MissingField, PackSettings
from utregs_plekkie.packs.data import info_pack_data
from utregs_plekkie.packs.info_pack import InfoPackData, info_pack_content
from utregs_plekkie.packs.intake_pack import IntakePackData, intake_pack_content
from utregs_plekkie.packs.settings import load_pack_settings
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.packs_data import pending_requests

__all__ = [
    "MissingSummary",
    "PackCheck",
    "PersonGap",
    "SenderGap",
    "check_packs",
    "summarise_missing",
]

#: Printed field names that belong to the sender, not to the person (one line each).
_SENDER_FIELDS = frozenset(label for _key, label in ORGANISATION_FIELDS.values())


@dataclass(frozen=True)
class SenderGap:
    """Details a sender lacks, and in how many packs (all of that sender's)."""

    name: str
    fields: tuple[str, ...]
    packs: int


@dataclass(frozen=True)
class PersonGap:
    """Data one pack lacks about its person (``subject`` says whose pack)."""

    subject: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class MissingSummary:
    """What is missing in a set of packs: once per sender, once per person."""

    total: int = 0  # packs looked at
    affected: int = 0  # packs that miss something
    senders: tuple[SenderGap, ...] = ()
    people: tuple[PersonGap, ...] = ()


def summarise_missing(
    packs: Sequence[InfoPackData] | Sequence[IntakePackData],
    settings: PackSettings,
) -> MissingSummary:
    """How many packs miss something, a sender's missing details once for all its packs,
    and a person's missing data once per pack."""
    per_sender: dict[str, Counter[str]] = {}
    per_pack: list[PersonGap] = []
    affected = 0
    for data in packs:
        if isinstance(data, InfoPackData):
            missing: Sequence[MissingField] = info_pack_content(data, settings).missing
        else:
            missing = intake_pack_content(data, settings).missing
        if not missing:
            continue
        affected += 1
        own: list[str] = []
        for entry in missing:
            if entry.field in _SENDER_FIELDS or entry.field.startswith("logo"):
                per_sender.setdefault(data.organisation, Counter())[entry.field] += 1
            elif entry.field not in own:
                own.append(entry.field)
        if own:
            per_pack.append(PersonGap(missing[0].subject, tuple(own)))
    senders = tuple(
        # A sender's detail is missing from all its packs alike.
        SenderGap(settings.organisation(key).name or key, tuple(fields), max(fields.values()))
        for key, fields in per_sender.items()
    )
    return MissingSummary(len(packs), affected, senders, tuple(per_pack))


@dataclass(frozen=True)
class PackCheck:
    """What the chosen requests would give, found before anything is made."""

    ids: list[int]
    packs: list[InfoPackData]
    settings: PackSettings
    pending_count: int
    problem: str | None  # why no packs can be made for this choice (a Dutch sentence)
    missing: MissingSummary = field(default_factory=MissingSummary)
    #: Chosen requests that are not "new without a pack" (called already, or sent one).
    not_pending: int = 0

    @property
    def affected(self) -> int:
        """Packs with missing data."""
        return self.missing.affected


def check_packs(db: Database, selection: Sequence[int] | None) -> PackCheck:
    """Gather the packs of ``selection`` (``None``: all new requests without a pack)."""
    pending = pending_requests(db)
    ids = list(pending) if selection is None else list(dict.fromkeys(selection))
    settings = load_pack_settings(db)
    if not ids:
        return PackCheck(ids, [], settings, len(pending), None)
    try:
        packs = info_pack_data(db, ids)
    except UserError as exc:
        return PackCheck(ids, [], settings, len(pending), exc.message)
    waiting = set(pending)
    not_pending = sum(1 for i in ids if i not in waiting)
    return PackCheck(
        ids, packs, settings, len(pending), None, summarise_missing(packs, settings), not_pending
    )
