"""Checking the rows of an import, in worker processes when the file is large: the
workers check the next batches while the importing process writes the current one."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Source
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.exchange.mapping import ColumnMapping
from utregs_plekkie.exchange.reading import SheetRow
from utregs_plekkie.exchange.request_import.results import ImportOptions
from utregs_plekkie.exchange.request_import.rows import input_for
from utregs_plekkie.storage.requests import RequestValues, validate_request_input

__all__ = ["PARALLEL_MIN_ROWS", "Checked", "Validator"]

log = logging.getLogger(__name__)

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
        data = input_for(mapping, row)
        checked = validate_request_input(data, geo=geo, now=now, default_source=source)
        # Unknown interest words become a note (a sentence): redo those here too.
        plain = not isinstance(checked, list) and checked.notes == data.notes.strip()
        results.append(checked if plain and not isinstance(checked, list) else None)
    return results


class Validator:
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

    def __enter__(self) -> Validator:
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
            input_for(self.mapping, row),
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
