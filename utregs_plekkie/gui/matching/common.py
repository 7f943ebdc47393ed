"""Helpers the Kinderen and Matching pages share: Dutch numbers,
moving between pages, and the pool of families kept for ranking."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from utregs_plekkie.core import clock
from utregs_plekkie.core.geo import format_km
from utregs_plekkie.core.matching import CandidatePool
from utregs_plekkie.core.validation import search_key
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage.children import household_names, matching_pool
from utregs_plekkie.storage.database import Database

#: ``translate("Matching", "...")``: the context is written out so that lupdate finds it.
translate = QCoreApplication.translate


# --------------------------------------------------------------------------- text


def format_score(score: float | None) -> str:
    """``0.8712`` -> ``"0,87"`` (Dutch decimal comma)."""
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return ""
    return f"{score:.2f}".replace(".", ",")


def format_distance(km: float | None) -> str:
    """``2.14`` -> ``"2,1 km"``; unknown distances say so (never 0 km)."""
    return format_km(km) if km is not None else translate("Matching", "onbekend")


def format_day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(clock.LOCAL_TZ).date()
    return value.strftime("%d-%m-%Y")


def format_moment(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def bullets(lines: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def text_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A wrapping label whose text can be selected and is read by screen readers."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def set_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)


# --------------------------------------------------------------------------- pages


def open_matching_for_child(widget: QWidget, code: str) -> bool:
    """Show the Matching page with the families for child ``code``; False when this
    window has no Matching page."""
    window = widget.window()
    page_of = getattr(window, "page", None)
    show_page = getattr(window, "show_page", None)
    if not callable(page_of) or not callable(show_page):
        return False
    try:
        page = page_of("matching")
    except KeyError:
        return False
    show_page("matching")
    page.show_child(code)
    return True


def selected_household_of_window(widget: QWidget) -> int | None:
    """The family chosen on the Gezinnen page (its list or its detail panel)."""
    window = widget.window()
    page_of = getattr(window, "page", None)
    if not callable(page_of):
        return None
    try:
        page = page_of("households")
    except KeyError:
        return None
    detail = getattr(page, "detail", None)
    shown = getattr(detail, "household_id", None)
    if isinstance(shown, int):
        return shown
    current = getattr(page, "current_id", None)
    value = current() if callable(current) else None
    return value if isinstance(value, int) else None


# --------------------------------------------------------------------------- the pool


class PoolCache(QObject):
    """The families and their offers as a matching pool, with their names.

    Loading takes a while with many families (about 2 s at 25,000), so it happens
    once, off the GUI thread, and the pool is kept; after something changes capacity
    (a placement) or a family, :meth:`invalidate` makes the next use load it again.
    """

    loading_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.pool: CandidatePool | None = None
        self.names: dict[int, str] = {}
        #: The names folded for searching (lower case, without accents), made once.
        self.folded: dict[int, str] = {}
        self._waiting: list[
            tuple[Callable[[CandidatePool, dict[int, str]], None], Callable[[BaseException], None]]
        ] = []
        # A load started after an invalidation replaces the one before it.
        self._loads = LatestOnly(owner=self)
        self.loading = False

    def invalidate(self) -> None:
        self.pool = None
        self._loads.invalidate()
        if self.loading and self._waiting:
            self._start()

    def name(self, household_id: int) -> str:
        return self.names.get(household_id) or translate("Matching", "gezin {id}").format(
            id=household_id
        )

    def with_pool(
        self,
        done: Callable[[CandidatePool, dict[int, str]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Call ``done(pool, names)`` on the GUI thread, loading them first if needed."""
        if self.pool is not None:
            done(self.pool, self.names)
            return
        self._waiting.append((done, failed))
        if not self.loading:
            self._start()

    def _start(self) -> None:
        self.loading = True
        self.loading_changed.emit(True)
        db = self._db

        def work() -> tuple[CandidatePool, dict[int, str], dict[int, str]]:
            names = household_names(db)
            folded = {household_id: search_key(name) for household_id, name in names.items()}
            return matching_pool(db), names, folded

        def arrived(result: tuple[CandidatePool, dict[int, str], dict[int, str]]) -> None:
            self.loading = False
            self.pool, self.names, self.folded = result
            waiting, self._waiting = self._waiting, []
            self.loading_changed.emit(False)
            for done, _failed in waiting:
                done(self.pool, self.names)

        def failed(error: BaseException) -> None:
            self.loading = False
            waiting, self._waiting = self._waiting, []
            self.loading_changed.emit(False)
            for _done, on_failure in waiting:
                on_failure(error)

        self._loads.run(work, on_success=arrived, on_failure=failed)
