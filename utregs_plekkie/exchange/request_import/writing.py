"""Importing information requests from a CSV or XLSX file.

Every data row ends up in exactly one of three piles:

- **toegevoegd**: a new request (status nieuw, follow-up date from the norm);
- **dubbel**: it looks like a request that exists (same e-mail or phone, or a similar
  name at the same postcode), or like an earlier row of the same file; it is skipped,
  or with ``merge_duplicates`` folded into that request (empty fields filled,
  interests added, nothing overwritten);
- **afgewezen**: with the reason, e.g. "Postcode '1234' is geen geldige postcode: ...".

Nothing is dropped silently: the result lists every duplicate and rejected row with
its row number, reason and original values (:func:`write_report` writes them to a file).
Importing the same file again adds nothing, because every row it added is now a
duplicate of itself. Rows are written in batches, one transaction per batch, with
progress and cancel; the batches written before a cancel stay.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.requests import ResponseNorm
from utregs_plekkie.exchange.mapping import ColumnMapping
from utregs_plekkie.exchange.reading import SheetData, SheetRow, read_sheet
from utregs_plekkie.exchange.request_import.results import (
    ImportOptions,
    ImportResult,
    Outcome,
    RowResult,
)
from utregs_plekkie.exchange.request_import.rows import (
    mapping_for,
    reject_reason,
    unknown_column_notes,
)
from utregs_plekkie.exchange.request_import.validation import Validator
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    DuplicateCandidate,
    DuplicateFinder,
    InvalidRequestError,
    RequestReferences,
    RequestValues,
    insert_request_batch,
    load_response_norm,
    merge_values_into,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = ["import_requests", "import_sheet"]

Progress = Callable[[int, int], bool]


@contextlib.contextmanager
def _batch_session(db: Database, dry_run: bool) -> Iterator[Session]:
    if not dry_run:
        with db.transaction() as session:
            yield session
        return
    with db.session() as session:
        session.begin()
        if db.is_sqlite:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        try:
            yield session
        finally:
            session.rollback()


def import_requests(
    db: Database,
    path: str | os.PathLike[str],
    options: ImportOptions | None = None,
    *,
    actor: Actor,
    progress: Progress | None = None,
    geo: GeoIndex | None = None,
) -> ImportResult:
    """Read ``path`` (CSV or XLSX) and import its rows in ``actor``'s name; see the
    module docstring."""
    require(actor, Permission.IMPORT)
    return import_sheet(db, read_sheet(path), options, actor=actor, progress=progress, geo=geo)


def import_sheet(
    db: Database,
    sheet: SheetData,
    options: ImportOptions | None = None,
    *,
    actor: Actor,
    progress: Progress | None = None,
    geo: GeoIndex | None = None,
) -> ImportResult:
    """Import the rows of a file already read (the dialog reads it once for the preview),
    in ``actor``'s name (who needs the import right)."""
    require(actor, Permission.IMPORT)
    options = options or ImportOptions()
    started = time.perf_counter()
    mapping = mapping_for(sheet, options)
    result = ImportResult(
        file=sheet.name,
        headers=list(sheet.headers),
        mapping=mapping,
        total_rows=len(sheet.rows),
        dry_run=options.dry_run,
        notes=[*sheet.notes, *unknown_column_notes(mapping)],
    )
    geo = geo or GeoIndex.default()
    norm = load_response_norm(db)
    finder = DuplicateFinder()
    refs = RequestReferences()
    # Rows added by this import are known to the finder by a negative placeholder id;
    # these map them to their row number and (once inserted) their real id.
    placeholder_row: dict[int, int] = {}
    resolved: dict[int, int] = {}
    batch_size = max(1, options.batch_size)
    total = len(sheet.rows)
    batches = [sheet.rows[start : start + batch_size] for start in range(0, total, batch_size)]
    with Validator(batches, mapping, options, geo) as validator:
        for index, batch in enumerate(batches):
            if progress is not None and not progress(result.read, total):
                result.cancelled = True
                break
            checked = validator.results(index)
            if options.dry_run:
                refs = RequestReferences()  # events made in a rolled-back batch are gone again
            with _batch_session(db, options.dry_run) as session:
                _import_batch(
                    session,
                    sheet,
                    mapping,
                    batch,
                    options,
                    result,
                    actor=actor,
                    finder=finder,
                    refs=refs,
                    norm=norm,
                    placeholder_row=placeholder_row,
                    resolved=resolved,
                    checked=checked,
                )
            result.read += len(batch)
        else:
            if progress is not None:
                progress(total, total)
    result.rows.sort(key=lambda r: r.row)
    result.created_events = list(dict.fromkeys(refs.created_events))
    result.seconds = time.perf_counter() - started
    if not options.dry_run:
        with db.transaction() as session:
            add_audit_line(
                session,
                actor,
                AuditAction.IMPORT,
                "info_requests",
                None,
                _("bestand {file}: {summary}{cancelled}").format(
                    file=sheet.name,
                    summary=result.summary(),
                    cancelled=_(" (afgebroken)") if result.cancelled else "",
                ),
            )
    return result


def _import_batch(
    session: Session,
    sheet: SheetData,
    mapping: ColumnMapping,
    batch: Sequence[SheetRow],
    options: ImportOptions,
    result: ImportResult,
    *,
    actor: Actor,
    finder: DuplicateFinder,
    refs: RequestReferences,
    norm: ResponseNorm,
    placeholder_row: dict[int, int],
    resolved: dict[int, int],
    checked: Sequence[RequestValues | list[ValidationError]],
) -> None:
    now = clock.now()
    valid: list[tuple[SheetRow, RequestValues]] = []
    for row, outcome in zip(batch, checked, strict=True):
        if isinstance(outcome, list):
            _reject(result, sheet, row, reject_reason(outcome))
        else:
            valid.append((row, outcome))
    finder.prepare(session, [values for _row, values in valid])
    new: list[tuple[SheetRow, RequestValues, int]] = []
    same_batch: list[tuple[SheetRow, RequestValues, int, DuplicateCandidate]] = []
    note = _("Import {file}").format(file=sheet.name)
    for row, values in valid:
        received: datetime = values.received_at or now
        try:
            event_id = refs.event_id(session, values, received, actor=actor)
            refs.consent_version(session, values)
        except InvalidRequestError as exc:
            _reject(result, sheet, row, reject_reason(exc.errors))
            continue
        match = finder.best_match(values)
        if match is None:
            placeholder = -(len(placeholder_row) + 1)
            placeholder_row[placeholder] = row.number
            finder.remember(placeholder, values, received)
            new.append((row, values, placeholder))
            continue
        if event_id is not None and values.event_id is None:
            # A merge may attach the event the visitor came to (known here by its id).
            values = replace(values, event_id=event_id)
        if match.request_id >= 0:
            _duplicate(
                session,
                sheet,
                row,
                values,
                match,
                options,
                result,
                earlier_row=None,
                note=f"{note} rij {row.number}",
                actor=actor,
            )
        elif match.request_id in resolved:
            # A row added by an earlier batch of this same file.
            existing = _with_id(match, resolved[match.request_id])
            _duplicate(
                session,
                sheet,
                row,
                values,
                existing,
                options,
                result,
                earlier_row=placeholder_row[match.request_id],
                note=f"{note} rij {row.number}",
                actor=actor,
            )
        else:
            same_batch.append((row, values, match.request_id, match))
    ids = insert_request_batch(
        session,
        [values for _row, values, _ph in new],
        refs=refs,
        norm=norm,
        actor=actor,
        audit_detail=_("import"),
    )
    for (_row, _values, placeholder), request_id in zip(new, ids, strict=True):
        resolved[placeholder] = request_id
    result.added += len(ids)
    if not options.dry_run:
        result.added_ids.extend(ids)
    for row, values, placeholder, match in same_batch:
        _duplicate(
            session,
            sheet,
            row,
            values,
            _with_id(match, resolved[placeholder]),
            options,
            result,
            earlier_row=placeholder_row[placeholder],
            note=f"{note} rij {row.number}",
            actor=actor,
        )


def _with_id(candidate: DuplicateCandidate, request_id: int) -> DuplicateCandidate:
    """The candidate with its placeholder replaced by the request's real id."""
    return replace(candidate, request_id=request_id)


def _reject(result: ImportResult, sheet: SheetData, row: SheetRow, reason: str) -> None:
    result.rejected += 1
    result.rows.append(RowResult(row.number, Outcome.AFGEWEZEN, reason, tuple(sheet.texts(row))))


def _merge(
    session: Session,
    request_id: int,
    values: RequestValues,
    note: str,
    *,
    actor: Actor,
) -> str:
    changes = merge_values_into(session, request_id, values, note=note, actor=actor)
    if changes:
        return _("samengevoegd met aanvraag {id} (aangevuld: {fields})").format(
            id=request_id, fields=", ".join(changes)
        )
    return _("samengevoegd met aanvraag {id} (niets nieuws)").format(id=request_id)


def _duplicate(
    session: Session,
    sheet: SheetData,
    row: SheetRow,
    values: RequestValues,
    match: DuplicateCandidate,
    options: ImportOptions,
    result: ImportResult,
    *,
    earlier_row: int | None,
    note: str,
    actor: Actor,
) -> None:
    """A row that looks like a request we have (or, with ``earlier_row``, like a row this
    file added before it): skipped, or with ``merge_duplicates`` folded into it."""
    merged = options.merge_duplicates
    action = (
        _merge(session, match.request_id, values, note, actor=actor)
        if merged
        else _("overgeslagen")
    )
    if earlier_row is None:
        reason = _("lijkt op {match}; {action}").format(match=match.describe(), action=action)
    else:
        reason = _("lijkt op rij {earlier} van dit bestand ({reasons}); {action}").format(
            earlier=earlier_row, reasons="; ".join(match.reasons), action=action
        )
    result.duplicates += 1
    result.merged += int(merged)
    result.rows.append(
        RowResult(
            row.number, Outcome.DUBBEL, reason, tuple(sheet.texts(row)), match.request_id, merged
        )
    )
