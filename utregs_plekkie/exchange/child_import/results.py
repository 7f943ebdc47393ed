"""What an import of children did, per row and in total, and the files around it: the
row report and the template."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from utregs_plekkie.core.i18n import _
from utregs_plekkie.exchange.child_import.columns import COLUMNS, EXAMPLE_CODE
from utregs_plekkie.exchange.export import write_table

__all__ = ["ChildImportResult", "RowReport", "write_child_template", "write_report"]


@dataclass(frozen=True)
class RowReport:
    #: The row number in the file (0 for a remark about the whole file).
    row: int
    code: str
    status: str  # "nieuw", "overgeslagen", "fout", "opmerking"
    messages: tuple[str, ...]


@dataclass
class ChildImportResult:
    file: str
    description: str
    created: int = 0
    skipped: int = 0
    failed: int = 0
    refused_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[RowReport] = field(default_factory=list)
    dry_run: bool = False

    @property
    def total(self) -> int:
        return self.created + self.skipped + self.failed

    def summary(self) -> str:
        text = _(
            "{bestand}: {nieuw} kinderen nieuw, {over} overgeslagen (code bestond al of "
            "voorbeeldregel), {fout} regels met fouten."
        ).format(bestand=self.file, nieuw=self.created, over=self.skipped, fout=self.failed)
        if self.dry_run:
            text += " " + _("Proefronde: er is niets opgeslagen.")
        if self.refused_columns:
            text += " " + _("Geweigerde kolommen (niet gelezen, niet bewaard): {kolommen}.").format(
                kolommen=", ".join(self.refused_columns)
            )
        return text


def write_report(result: ChildImportResult, path: Path | str) -> Path:
    """The row report: one line per row of the file, plus remarks about the file."""
    rows = [(r.row or "", r.code, r.status, " | ".join(r.messages)) for r in result.rows]
    write_table(
        path,
        [_("regel"), _("code"), _("resultaat"), _("melding")],
        rows,
        sheet_title=_("Verslag"),
        notes=[result.summary()],
    )
    return Path(path)


def write_child_template(path: Path | str) -> Path:
    """A template with every column, one example row (skipped on import) and, in an
    .xlsx, a sheet explaining the columns."""
    headers = [c.header for c in COLUMNS]
    example = [c.example for c in COLUMNS]
    notes = [
        _(
            "Vul per kind één regel in. Geen namen, geen BSN, geen adressen: alleen een eigen "
            "code, de geboortemaand en vier cijfers van postcodes. De voorbeeldregel (code "
            "{voorbeeld}) wordt bij inlezen overgeslagen."
        ).format(voorbeeld=EXAMPLE_CODE),
        "",
        *[f"{c.header}: {c.help}" for c in COLUMNS],
        "",
        _("Inlezen: utregs-plekkie import children BESTAND --report verslag.csv"),
    ]
    write_table(path, headers, [example], sheet_title=_("Kinderen"), notes=notes)
    return Path(path)
