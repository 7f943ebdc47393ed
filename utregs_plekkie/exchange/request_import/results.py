"""What an import of requests did (per row: added, duplicate or rejected) and how it
was asked to work, and the report of the rows that were not simply added."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from utregs_plekkie.core.enums import Source
from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.export import write_table
from utregs_plekkie.exchange.mapping import ColumnMapping, ImportField

__all__ = ["ImportOptions", "ImportResult", "Outcome", "RowResult", "write_report"]


class Outcome(StrEnum):
    TOEGEVOEGD = "toegevoegd"
    DUBBEL = "dubbel"
    AFGEWEZEN = "afgewezen"


@dataclass(frozen=True)
class RowResult:
    """What happened to one row (kept for duplicates and rejections)."""

    row: int
    outcome: Outcome
    reason: str
    values: tuple[str, ...]
    #: The existing (or just added) request a duplicate belongs to.
    request_id: int | None = None
    merged: bool = False

    def line(self) -> str:
        return _("rij {row}: {outcome}: {reason}").format(
            row=self.row, outcome=self.outcome.value, reason=self.reason
        )


@dataclass
class ImportOptions:
    #: Fold duplicates into the existing request instead of skipping them.
    merge_duplicates: bool = False
    #: The user's column choices: header -> field id, or None to skip the column.
    mapping: Mapping[str, str | ImportField | None] | None = None
    #: The source of rows without one (the website's own export has none).
    default_source: Source = Source.WEBSITE
    #: Rows per transaction: large enough that committing (a disk flush) costs little,
    #: small enough that progress moves and a cancel is quick.
    batch_size: int = 5000
    #: Do all the work but keep nothing (every batch is rolled back).
    dry_run: bool = False
    #: Worker processes for checking rows; None: one fewer than the processors, for
    #: files of at least PARALLEL_MIN_ROWS rows; 0: check in this process.
    workers: int | None = None


@dataclass
class ImportResult:
    file: str
    headers: list[str]
    mapping: ColumnMapping
    read: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    merged: int = 0
    total_rows: int = 0
    cancelled: bool = False
    dry_run: bool = False
    seconds: float = 0.0
    added_ids: list[int] = field(default_factory=list)
    #: Every duplicate and rejected row, in file order.
    rows: list[RowResult] = field(default_factory=list)
    created_events: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """``1200 gelezen, 1150 toegevoegd, 30 dubbel, 20 afgewezen``."""
        return _(
            "{read} gelezen, {added} toegevoegd, {duplicates} dubbel, {rejected} afgewezen"
        ).format(
            read=self.read, added=self.added, duplicates=self.duplicates, rejected=self.rejected
        )

    def cancel_note(self) -> str:
        if not self.cancelled:
            return ""
        return _(
            "Afgebroken na {done} van {total} rijen. Wat tot dan is ingelezen, is bewaard; "
            "importeer het bestand opnieuw voor de rest (dubbele worden herkend)."
        ).format(done=self.read, total=self.total_rows)

    def lines(self) -> list[str]:
        """One line per duplicate or rejected row (for the command line)."""
        return [row.line() for row in self.rows]


def write_report(result: ImportResult, path: str | os.PathLike[str]) -> int:
    """Every duplicate and rejected row with its row number, outcome, reason and the
    original values, as CSV (for Dutch Excel) or XLSX. Returns the number of rows."""
    headers = [_("Rij"), _("Uitkomst"), _("Reden"), *result.headers]
    return write_table(
        Path(path),
        headers,
        ([r.row, r.outcome.value, r.reason, *r.values] for r in result.rows),
    )
