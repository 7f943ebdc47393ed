"""A dialog that makes one PDF in the background and shows, saves and prints it."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.packs.common import STYLE, set_level
from utregs_plekkie.gui.packs.output import PdfOutput
from utregs_plekkie.gui.packs.preview import PdfPreview
from utregs_plekkie.gui.packs.progress import PanelProgress, Scratch
from utregs_plekkie.packs.batch import BatchResult


class _PdfDialog(QDialog):
    """A dialog that makes one PDF in the background and shows, saves and prints it."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        *,
        title: str,
        file_stem: str,
        empty_text: str,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(STYLE)
        self.scratch = Scratch()
        self.made: BatchResult | None = None  # the PDF shown, once made

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        outer.addWidget(self.intro)
        self.controls = QHBoxLayout()
        outer.addLayout(self.controls)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Voortgang"))
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Maken annuleren"))
        self.cancel_button.setAutoDefault(False)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label, 2)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)

        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        outer.addWidget(self.warning_label)
        self.missing_list = QListWidget(self)
        self.missing_list.setAccessibleName(self.tr("Ontbrekende gegevens"))
        self.missing_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.missing_list.hide()
        outer.addWidget(self.missing_list)

        self.preview = PdfPreview(empty_text, self)
        outer.addWidget(self.preview, 1)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        outer.addWidget(self.result_label)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Opslaan als PDF"))
        self.print_button = QPushButton(self.tr("Afdrukken…"), self)
        self.print_button.setAccessibleName(self.tr("Afdrukken"))
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.runner = PanelProgress(
            self, self.progress_bar, self.progress_label, self.cancel_button, self.scratch
        )
        self.output = PdfOutput(
            self,
            self.preview,
            self.runner,
            file_stem=file_stem,
            document_title=title,
            record=self.record,
            message=self.result_label,
        )
        self.output.delivered.connect(self._delivered)
        self.output.changed.connect(self._update_controls)
        self.save_button.clicked.connect(self.output.save_as)
        self.print_button.clicked.connect(self.output.print_document)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._closed)
        # Also when the dialog goes without being closed (the program quits).
        scratch = self.scratch
        self.destroyed.connect(lambda *_args: scratch.close())
        self.progress_label.hide()

    # for subclasses
    def record(self, kind: str) -> None:
        raise NotImplementedError

    def _delivered(self, _kind: str, sentence: str) -> None:
        set_level(self.result_label, "done", sentence)
        self._update_controls()

    def _update_controls(self) -> None:
        made = self.made is not None and self.preview.path is not None
        self.save_button.setEnabled(made and not self.output.busy)
        self.print_button.setEnabled(made and not self.output.busy)
        (self.print_button if made else self.close_button).setDefault(True)

    def _show_result(self, result: BatchResult, done_text: str) -> None:
        if result.cancelled or result.path is None:
            self.made = None
            text = self.tr("Gestopt: er is niets gemaakt.")
            set_level(self.progress_label, "warning", text)
            self.preview.show_message(text)
        elif self.preview.load(result.path):
            self.made = result
            set_level(self.progress_label, "done", done_text)
        self._update_controls()

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else self.tr("Maken mislukt.")
        set_level(self.progress_label, "error", message)
        self.preview.show_message(message)
        if not isinstance(error, UserError):
            report_failure(error, self)
        self._update_controls()

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()

    def _closed(self, _result: int) -> None:
        self.runner.cancel()
        self.preview.close_document()
        self.scratch.close()
