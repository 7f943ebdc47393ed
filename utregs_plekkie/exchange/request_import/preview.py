"""The first rows of a file as an import would read them, for the import dialog (no
database needed)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.exchange.mapping import ColumnMapping, ImportField, suggest_mapping
from utregs_plekkie.exchange.reading import SheetData, read_sheet
from utregs_plekkie.exchange.request_import.rows import (
    input_for,
    reject_reason,
    unknown_column_notes,
)
from utregs_plekkie.storage.requests import validate_request_input

__all__ = ["ImportPreview", "PreviewRow", "preview_import"]


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: tuple[str, ...]
    #: None when the row would be read; else why it would be rejected.
    problem: str | None


@dataclass(frozen=True)
class ImportPreview:
    """The first rows of a file as the import would read them (no database needed)."""

    sheet: SheetData
    mapping: ColumnMapping
    rows: tuple[PreviewRow, ...]
    problems: tuple[str, ...]  # mapping problems: the import cannot start until solved

    @property
    def notes(self) -> list[str]:
        return [*self.sheet.notes, *unknown_column_notes(self.mapping)]


def preview_import(
    path: str | os.PathLike[str] | SheetData,
    mapping: Mapping[str, str | ImportField | None] | None = None,
    *,
    limit: int = 20,
    geo: GeoIndex | None = None,
) -> ImportPreview:
    """For the import dialog: the proposed mapping, and the first ``limit`` rows with
    the reason each would be rejected (duplicates are only known during the import)."""
    sheet = path if isinstance(path, SheetData) else read_sheet(path)
    column_mapping = suggest_mapping(sheet.headers, mapping)
    problems = tuple(column_mapping.problems())
    rows: list[PreviewRow] = []
    for row in sheet.rows[: max(0, limit)]:
        problem: str | None = None
        if not problems:
            checked = validate_request_input(input_for(column_mapping, row), geo=geo)
            if isinstance(checked, list):
                problem = reject_reason(checked)
        rows.append(PreviewRow(row.number, tuple(sheet.texts(row)), problem))
    return ImportPreview(sheet, column_mapping, tuple(rows), problems)
