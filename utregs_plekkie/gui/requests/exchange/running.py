"""The import dialog's "running" page: a progress bar, a line saying how far the import
is, and the dialog's Annuleren button as Stop, driven by ``run_operation(view=...)``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from utregs_plekkie.storage import lists

translate = QCoreApplication.translate


class ImportProgressView:
    """The :class:`~utregs_plekkie.gui.operations.ProgressView` of the import: shows the
    rows read so far on its own page, and turns Annuleren into Stop while it runs."""

    def __init__(self, parent: QWidget, stop_button: QPushButton) -> None:
        self.page = QWidget(parent)
        self.stop_button = stop_button
        self._cancel: Callable[[], None] | None = None
        self._stopping = False
        self._expected = 0
        layout = QVBoxLayout(self.page)
        layout.addStretch(1)
        self.label = QLabel(translate("RequestExchange", "Bezig met importeren…"), self.page)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(self.page)
        self.bar.setObjectName("importProgress")
        self.bar.setAccessibleName(translate("RequestExchange", "Voortgang van de import"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(2)

    @property
    def running(self) -> bool:
        """Whether an import is under way (between ``begin`` and ``end``)."""
        return self._cancel is not None

    def expect(self, rows: int) -> None:
        """The number of rows the file has: the bar's length until the import says it."""
        self._expected = rows

    def stop(self) -> bool:
        """Annuleren while running: ask the import to stop (what was read stays).
        False when nothing is running."""
        if self._cancel is None:
            return False
        self._cancel()
        return True

    # ProgressView

    def begin(self, cancel: Callable[[], None] | None) -> None:
        self._cancel = cancel or (lambda: None)
        self._stopping = False
        self.bar.setRange(0, max(1, self._expected))
        self.bar.setValue(0)

    def show(self, done: int, total: int) -> None:
        shown = max(1, total)
        self.bar.setRange(0, shown)
        self.bar.setValue(min(done, shown))
        if not self._stopping:
            self.label.setText(
                translate(
                    "RequestExchange", "Bezig met importeren: {done} van {total} rijen…"
                ).format(done=lists.format_number(done), total=lists.format_number(total))
            )

    def stopping(self) -> None:
        self._stopping = True
        self.stop_button.setEnabled(False)
        self.label.setText(translate("RequestExchange", "Bezig met stoppen na het lopende deel…"))

    def end(self) -> None:
        self._cancel = None
        self.stop_button.setEnabled(True)
