"""A row of a requests file as the form's input: which column is which, and why a
mapping or a row cannot be read."""

from __future__ import annotations

from collections.abc import Sequence

from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.requests import split_last_name
from utregs_plekkie.exchange.mapping import ColumnMapping, ImportField, row_fields, suggest_mapping
from utregs_plekkie.exchange.reading import SheetData, SheetRow
from utregs_plekkie.exchange.request_import.results import ImportOptions
from utregs_plekkie.storage.requests import RequestInput

__all__ = ["input_for", "mapping_for", "reject_reason", "unknown_column_notes"]


def unknown_column_notes(mapping: ColumnMapping) -> list[str]:
    return [
        _("Kolom '{header}' is niet herkend en wordt niet ingelezen.").format(header=header)
        for header in mapping.unknown
    ]


def mapping_for(sheet: SheetData, options: ImportOptions) -> ColumnMapping:
    mapping = suggest_mapping(sheet.headers, options.mapping)
    problems = mapping.problems()
    if problems:
        raise UserError(
            _(
                "Het bestand '{name}' kan zo niet worden ingelezen. {problems} "
                "Gevonden kolommen: {headers}."
            ).format(name=sheet.name, problems=" ".join(problems), headers=", ".join(sheet.headers))
        )
    return mapping


def input_for(mapping: ColumnMapping, row: SheetRow) -> RequestInput:
    data = RequestInput(**row_fields(mapping, row))  # type: ignore[arg-type]
    if not mapping.has(ImportField.PREFIX) and data.last_name.strip():
        # A file without a tussenvoegsel column writes "de Boer" as the last name.
        data.name_prefix, data.last_name = split_last_name(data.last_name)
    return data


def reject_reason(errors: Sequence[ValidationError]) -> str:
    return " ".join(e.message for e in errors)
