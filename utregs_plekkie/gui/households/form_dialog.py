"""The base of the dialogs that save one thing: the dialog stays open while it saves (in
the background), a validation message appears under its field, a save refused because
someone else saved first says so and offers to load the newest version while keeping
what was typed, and only a successful save closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import (
    FieldForm,
    MessageBar,
    merge_typed,
    show_validation,
)
from utregs_plekkie.gui.workers import run_in_background

D = TypeVar("D")


class FormDialog(QDialog, Generic[D]):
    """A dialog with a form that saves in the background and closes when saved.

    Subclasses build the rows (``self.form``), and implement :meth:`collect` (the
    typed values, or :class:`ValidationError`), :meth:`fill` (show values) and
    :meth:`save_work` (the function that saves, run off the GUI thread). For editing,
    :meth:`latest` loads the newest stored values and version after a refused save.
    """

    #: Emitted with the save's result once it succeeded (the dialog then closes).
    saved = Signal(object)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)
        self.form_layout = QFormLayout()
        self.form = FieldForm(self.form_layout)
        #: The form, and room beside it for a subclass's second column.
        self.body = QHBoxLayout()
        self.body.setSpacing(24)
        self.body.addLayout(self.form_layout, 1)
        outer.addLayout(self.body)
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Annuleren")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.original: D | None = None
        self.version: int | None = None
        self.busy = False
        self.result_value: Any = None

    def set_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    # ----------------------------------------------------------------- for subclasses

    def collect(self) -> D:
        raise NotImplementedError

    def fill(self, data: D) -> None:
        raise NotImplementedError

    def save_work(self, data: D) -> Callable[[], Any]:
        raise NotImplementedError

    def latest(self) -> tuple[D, int] | None:
        """The newest stored values and version (run in the background); ``None`` when
        the record cannot be edited after a refusal."""
        return None

    # ----------------------------------------------------------------- flow

    def load(self, data: D, version: int | None = None) -> None:
        """Show ``data`` as the starting point (what a later merge compares with)."""
        self.original = data
        self.version = version
        self.fill(data)

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        self.bar.dismiss()
        try:
            data = self.collect()
        except ValidationError as error:
            show_validation(error, self.form, self.bar)
            return
        self._set_busy(True)
        run_in_background(
            self.save_work(data),
            owner=self,
            on_success=self._saved,
            on_failure=lambda error: self._failed(error, data),
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(
            QCoreApplication.translate("FormDialog", "Bezig met opslaan…")
            if busy
            else QCoreApplication.translate("FormDialog", "Opslaan")
        )

    def _saved(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException, typed: D) -> None:
        self._set_busy(False)
        if isinstance(error, StaleRecordError):
            actions: list[tuple[str, Callable[[], object]]] = []
            if self.original is not None:
                actions.append(
                    (
                        QCoreApplication.translate("FormDialog", "Nieuwste versie laden"),
                        lambda: self.reload(typed),
                    )
                )
            self.bar.show_message(error.message, "warning", actions)
        elif isinstance(error, ValidationError):
            show_validation(error, self.form, self.bar)
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def reload(self, typed: D) -> None:
        """Load the newest version and lay what the user typed over it."""

        def arrived(result: tuple[D, int] | None) -> None:
            if result is None or self.original is None:
                self.bar.show_message(
                    QCoreApplication.translate(
                        "FormDialog",
                        "De nieuwste versie kon niet worden geladen. Sluit dit venster.",
                    ),
                    "error",
                )
                return
            newest, version = result
            merged = merge_typed(self.original, typed, newest)
            self.original = newest
            self.version = version
            self.fill(merged)
            self.bar.show_message(
                QCoreApplication.translate(
                    "FormDialog",
                    "De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het "
                    "na en kies Opslaan.",
                ),
                "info",
            )

        run_in_background(self.latest, owner=self, on_success=arrived)
