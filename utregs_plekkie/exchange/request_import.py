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
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Source
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.requests import ResponseNorm, split_last_name
from utregs_plekkie.exchange.export import write_table
from utregs_plekkie.exchange.mapping import ColumnMapping, ImportField, row_fields, suggest_mapping
from utregs_plekkie.exchange.reading import SheetData, SheetRow, read_sheet
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    DuplicateCandidate,
    DuplicateFinder,
    InvalidRequestError,
    RequestInput,
    RequestReferences,
    RequestValues,
    insert_request_batch,
    load_response_norm,
    merge_values_into,
    validate_request_input,
)
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = [
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "Outcome",
    "PreviewRow",
    "RowResult",
    "import_requests",
    "import_sheet",
    "preview_import",
    "write_report",
]

Progress = Callable[[int, int], bool]

log = logging.getLogger(__name__)


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


def _unknown_column_notes(mapping: ColumnMapping) -> list[str]:
    return [
        _("Kolom '{header}' is niet herkend en wordt niet ingelezen.").format(header=header)
        for header in mapping.unknown
    ]


def _mapping_for(sheet: SheetData, options: ImportOptions) -> ColumnMapping:
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


def _input_for(mapping: ColumnMapping, row: SheetRow) -> RequestInput:
    data = RequestInput(**row_fields(mapping, row))  # type: ignore[arg-type]
    if not mapping.has(ImportField.PREFIX) and data.last_name.strip():
        # A file without a tussenvoegsel column writes "de Boer" as the last name.
        data.name_prefix, data.last_name = split_last_name(data.last_name)
    return data


def _reject_reason(errors: Sequence[ValidationError]) -> str:
    return " ".join(e.message for e in errors)


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
    mapping = _mapping_for(sheet, options)
    result = ImportResult(
        file=sheet.name,
        headers=list(sheet.headers),
        mapping=mapping,
        total_rows=len(sheet.rows),
        dry_run=options.dry_run,
        notes=[*sheet.notes, *_unknown_column_notes(mapping)],
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
    with _Validator(batches, mapping, options, geo) as validator:
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
            _reject(result, sheet, row, _reject_reason(outcome))
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
            _reject(result, sheet, row, _reject_reason(exc.errors))
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
            _duplicate_of_existing(
                session,
                sheet,
                row,
                values,
                match,
                options,
                result,
                note=f"{note} rij {row.number}",
                actor=actor,
            )
        elif match.request_id in resolved:
            # A row added by an earlier batch of this same file.
            existing = _with_id(match, resolved[match.request_id])
            _duplicate_of_row(
                session,
                sheet,
                row,
                values,
                existing,
                placeholder_row[match.request_id],
                options,
                result,
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
        _duplicate_of_row(
            session,
            sheet,
            row,
            values,
            _with_id(match, resolved[placeholder]),
            placeholder_row[placeholder],
            options,
            result,
            note=f"{note} rij {row.number}",
            actor=actor,
        )


def _with_id(candidate: DuplicateCandidate, request_id: int) -> DuplicateCandidate:
    """The candidate with its placeholder replaced by the request's real id."""
    return replace(candidate, request_id=request_id)


# --------------------------------------------------------------------------- validation

#: Below this many rows a worker process costs more to start than it saves.
PARALLEL_MIN_ROWS = 20_000
_LOOKAHEAD = 2

Checked = RequestValues | list[ValidationError]

# Set in each worker process by _init_worker.
_worker_state: tuple[ColumnMapping, GeoIndex, datetime, Source] | None = None


def _init_worker(mapping: ColumnMapping, geo: GeoIndex, now: datetime, source: Source) -> None:
    global _worker_state
    _worker_state = (mapping, geo, now, source)


def _validate_in_worker(rows: list[SheetRow]) -> list[RequestValues | None]:
    """Validate rows in a worker process. A row that is not simply valid comes back as
    ``None`` and is checked again in the importing process, so its messages are in the
    user's language (the workers have no translator)."""
    assert _worker_state is not None
    mapping, geo, now, source = _worker_state
    results: list[RequestValues | None] = []
    for row in rows:
        data = _input_for(mapping, row)
        checked = validate_request_input(data, geo=geo, now=now, default_source=source)
        # Unknown interest words become a note (a sentence): redo those here too.
        plain = not isinstance(checked, list) and checked.notes == data.notes.strip()
        results.append(checked if plain and not isinstance(checked, list) else None)
    return results


class _Validator:
    """Checks the rows of each batch, in a worker process when there are many rows and
    more than one processor: the worker checks the next batches while this process
    writes the current one (validation is about half of an import's work)."""

    def __init__(
        self,
        batches: Sequence[Sequence[SheetRow]],
        mapping: ColumnMapping,
        options: ImportOptions,
        geo: GeoIndex,
    ) -> None:
        self.batches = batches
        self.mapping = mapping
        self.options = options
        self.geo = geo
        self.now = clock.now()
        rows = sum(len(b) for b in batches)
        workers = options.workers
        if workers is None:
            cpus = os.cpu_count() or 1
            workers = min(cpus - 1, 3) if rows >= PARALLEL_MIN_ROWS else 0
        self.workers = max(0, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[int, Future[list[RequestValues | None]]] = {}

    def __enter__(self) -> _Validator:
        if self.workers > 0 and len(self.batches) > 1:
            try:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init_worker,
                    initargs=(self.mapping, self.geo, self.now, self.options.default_source),
                )
            except (OSError, ValueError, NotImplementedError) as exc:
                log.info("Import validates in-process: no worker processes (%s)", exc)
                self._pool = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _local(self, row: SheetRow) -> Checked:
        return validate_request_input(
            _input_for(self.mapping, row),
            geo=self.geo,
            now=self.now,
            default_source=self.options.default_source,
        )

    def results(self, index: int) -> list[Checked]:
        """The checked rows of batch ``index`` (values, or every problem of the row)."""
        batch = self.batches[index]
        if self._pool is None:
            return [self._local(row) for row in batch]
        for ahead in range(index, min(index + _LOOKAHEAD + 1, len(self.batches))):
            if ahead not in self._futures:
                self._futures[ahead] = self._pool.submit(
                    _validate_in_worker, list(self.batches[ahead])
                )
        try:
            from_worker = self._futures.pop(index).result()
        except BrokenProcessPool as exc:
            log.warning("Import worker stopped (%s); validating in-process", exc)
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self._futures.clear()
            return [self._local(row) for row in batch]
        return [
            checked if checked is not None else self._local(row)
            for row, checked in zip(batch, from_worker, strict=True)
        ]


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


def _duplicate_of_existing(
    session: Session,
    sheet: SheetData,
    row: SheetRow,
    values: RequestValues,
    match: DuplicateCandidate,
    options: ImportOptions,
    result: ImportResult,
    *,
    note: str,
    actor: Actor,
) -> None:
    action = (
        _merge(session, match.request_id, values, note, actor=actor)
        if options.merge_duplicates
        else _("overgeslagen")
    )
    reason = _("lijkt op {match}; {action}").format(match=match.describe(), action=action)
    _duplicate(result, sheet, row, reason, match.request_id, options.merge_duplicates)


def _duplicate_of_row(
    session: Session,
    sheet: SheetData,
    row: SheetRow,
    values: RequestValues,
    match: DuplicateCandidate,
    earlier_row: int,
    options: ImportOptions,
    result: ImportResult,
    *,
    note: str,
    actor: Actor,
) -> None:
    action = (
        _merge(session, match.request_id, values, note, actor=actor)
        if options.merge_duplicates
        else _("overgeslagen")
    )
    reason = _("lijkt op rij {earlier} van dit bestand ({reasons}); {action}").format(
        earlier=earlier_row, reasons="; ".join(match.reasons), action=action
    )
    _duplicate(result, sheet, row, reason, match.request_id, options.merge_duplicates)


def _duplicate(
    result: ImportResult,
    sheet: SheetData,
    row: SheetRow,
    reason: str,
    request_id: int,
    merged: bool,
) -> None:
    result.duplicates += 1
    result.merged += int(merged)
    result.rows.append(
        RowResult(row.number, Outcome.DUBBEL, reason, tuple(sheet.texts(row)), request_id, merged)
    )


def write_report(result: ImportResult, path: str | os.PathLike[str]) -> int:
    """Every duplicate and rejected row with its row number, outcome, reason and the
    original values, as CSV (for Dutch Excel) or XLSX. Returns the number of rows."""
    headers = [_("Rij"), _("Uitkomst"), _("Reden"), *result.headers]
    return write_table(
        Path(path),
        headers,
        ([r.row, r.outcome.value, r.reason, *r.values] for r in result.rows),
    )


# --------------------------------------------------------------------------- preview


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
        return [*self.sheet.notes, *_unknown_column_notes(self.mapping)]


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
            checked = validate_request_input(_input_for(column_mapping, row), geo=geo)
            if isinstance(checked, list):
                problem = _reject_reason(checked)
        rows.append(PreviewRow(row.number, tuple(sheet.texts(row)), problem))
    return ImportPreview(sheet, column_mapping, tuple(rows), problems)
