"""Computing the overview off the GUI thread; a newer selection wins.

Each :meth:`OverviewRunner.start` is a request to :class:`~utregs_plekkie.gui.operations.
LatestOnly`, which delivers only the newest request's result. The work's progress
callback compares its request with the newest one and stops the computation
(:class:`~utregs_plekkie.core.overview.OverviewCancelled`) as soon as it is outdated.

The map always shows the whole city. With a wijk chosen, the overview's supply and
demand is about that wijk only, so the city's supply and demand (which is about today
and does not depend on the period) is computed once per provider and kept until the
page is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Provider
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.mapgeo import CityMap, city_map
from utregs_plekkie.core.overview import Overview, OverviewCancelled, SupplyDemand
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.overview.filters import Selection
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.overview import compute_overview

__all__ = ["Computed", "OverviewRunner", "load_city_map"]


@dataclass(frozen=True)
class Computed:
    selection: Selection
    overview: Overview
    #: supply and demand of the whole city for the selection's provider (the map)
    city: SupplyDemand


class _Progress(QObject):
    """Carries progress from the worker to the GUI thread (queued signal)."""

    progressed = Signal(int, int, int)  # generation, done, total


class OverviewRunner(QObject):
    """Starts computations and hands the newest one's result to the page."""

    started = Signal()
    progressed = Signal(int, int)
    computed = Signal(object)  # Computed
    failed = Signal(str)  # a Dutch sentence (a user error)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._latest = LatestOnly(owner=self)
        self._busy = False
        self._city: dict[Provider | None, SupplyDemand] = {}
        self._progress = _Progress(self)
        self._progress.progressed.connect(self._relay_progress)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def generation(self) -> int:
        return self._latest.generation

    def forget_city(self) -> None:
        """Drop the kept supply and demand (the page is refreshed: data may have changed)."""
        self._city.clear()

    def cancel(self) -> None:
        """Stop what is running; its result will not be shown."""
        self._latest.invalidate()
        self._busy = False

    def start(self, selection: Selection) -> int:
        """Compute the figures for ``selection``; anything running is outdated."""
        # The number ``LatestOnly.run`` below gives this request (on this thread, so
        # nothing can come between).
        generation = self._latest.generation + 1
        latest = self._latest
        self._busy = True
        db = self.db
        known_city = self._city.get(selection.provider)
        signal = self._progress.progressed

        def keep_going(done: int, total: int) -> bool:
            # Called on the worker thread: reading an int is safe; the signal is queued.
            if generation != latest.generation:
                return False
            signal.emit(generation, done, total)
            return True

        def work() -> Computed:
            overview = compute_overview(
                db,
                selection.period_from,
                selection.period_to,
                selection.provider,
                selection.wijk_code,
                progress=keep_going,
            )
            city = known_city
            if selection.wijk_code is None:
                city = overview.supply_demand
            elif city is None:
                # Supply and demand are about today: a one-day period is enough, and
                # cheap, for the city's figures.
                today = clock.today()
                city = compute_overview(
                    db, today, today, selection.provider, progress=keep_going
                ).supply_demand
            return Computed(selection, overview, city)

        def arrived(result: Computed) -> None:
            self._city[result.selection.provider] = result.city
            self._busy = False
            self.computed.emit(result)

        def went_wrong(error: BaseException) -> None:
            self._busy = False
            if isinstance(error, OverviewCancelled):
                return
            if isinstance(error, UserError):
                self.failed.emit(error.message)
                return
            self.failed.emit(
                self.tr(
                    "De cijfers konden niet worden berekend. Probeer het opnieuw met "
                    "Beeld → Vernieuwen (F5); blijft het misgaan, meld het dan aan uw "
                    "beheerder."
                )
            )
            report_failure(error, self.parent())

        self.started.emit()
        return self._latest.run(work, on_success=arrived, on_failure=went_wrong)

    def _relay_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._latest.generation and self._busy:
            self.progressed.emit(done, total)


def load_city_map(
    owner: QObject,
    on_ready: Callable[[CityMap], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Build the map of the city in the background (about half a second the first
    time) and hand it to ``on_ready`` on the GUI thread."""
    run_in_background(lambda: city_map(), owner=owner, on_success=on_ready, on_failure=on_failure)
