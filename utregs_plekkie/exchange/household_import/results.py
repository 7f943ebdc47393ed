"""What an import of families did, per row and in total."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from utregs_plekkie.core.i18n import _

__all__ = ["ImportResult", "RowResult", "RowStatus", "label_status"]


class RowStatus(StrEnum):
    TOEGEVOEGD = "toegevoegd"
    OVERGESLAGEN = "overgeslagen"
    GEWEIGERD = "geweigerd"


@dataclass(frozen=True)
class RowResult:
    row: int
    status: RowStatus
    name: str
    household_id: int | None
    reason: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    file: str
    description: str
    headers: tuple[str, ...]
    rows: tuple[RowResult, ...]
    #: Headers that were not recognised (their columns were ignored).
    unknown_columns: tuple[str, ...]
    cancelled: bool = False

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def added(self) -> int:
        return self.count(RowStatus.TOEGEVOEGD)

    @property
    def skipped(self) -> int:
        return self.count(RowStatus.OVERGESLAGEN)

    @property
    def refused(self) -> int:
        return self.count(RowStatus.GEWEIGERD)

    def summary(self) -> str:
        text = _(
            "{file}: {added} gezinnen toegevoegd, {skipped} overgeslagen (stonden er al), "
            "{refused} geweigerd."
        ).format(file=self.file, added=self.added, skipped=self.skipped, refused=self.refused)
        if self.cancelled:
            text += " " + _("Afgebroken: de rest van het bestand is niet ingelezen.")
        return text


def label_status(status: RowStatus) -> str:
    return {
        RowStatus.TOEGEVOEGD: _("toegevoegd"),
        RowStatus.OVERGESLAGEN: _("overgeslagen"),
        RowStatus.GEWEIGERD: _("geweigerd"),
    }[status]
