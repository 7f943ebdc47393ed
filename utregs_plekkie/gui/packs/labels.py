"""Address labels for a batch of requests, on A4 sheets of 3 x 7 labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QTimer,
)
from PySide6.QtWidgets import (
    QLabel,
    QSpinBox,
    QWidget,
)

from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.operations import Progress
from utregs_plekkie.gui.packs.common import (
    MAX_MISSING_LINES,
    fit_to_screen,
    number,
    open_window_modal,
    set_level,
    show_missing,
)
from utregs_plekkie.gui.packs.pdf_dialog import _PdfDialog
from utregs_plekkie.packs.batch import BatchResult
from utregs_plekkie.packs.data import labels_for_requests
from utregs_plekkie.packs.labels import PER_SHEET, missing_fields, render_labels
from utregs_plekkie.storage.packs_data import ENTITY_REQUEST, record_printed


class LabelsDialog(_PdfDialog):
    """Address labels for a batch of requests, on A4 sheets of 3 x 7 labels."""

    def __init__(
        self,
        ctx: AppContext,
        request_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            parent,
            title=QCoreApplication.translate("LabelsDialog", "Adresetiketten"),
            file_stem=QCoreApplication.translate("LabelsDialog", "adresetiketten"),
            empty_text=QCoreApplication.translate("LabelsDialog", "De etiketten worden gemaakt…"),
        )
        self.request_ids = list(dict.fromkeys(int(i) for i in request_ids))
        count = len(self.request_ids)
        self.intro.setText(
            self.tr(
                "Etiketten voor {n} aanvragen, op A4-vellen met 3 × 7 etiketten van "
                "70 × 42,3 mm. Is het vel al deels gebruikt? Kies dan het eerste vrije etiket "
                "(1 is linksboven, 21 rechtsonder)."
            ).format(n=number(count))
            if count != 1
            else self.tr(
                "Een etiket voor 1 aanvraag, op een A4-vel met 3 × 7 etiketten van "
                "70 × 42,3 mm. Kies het eerste vrije etiket op het vel (1 is linksboven, "
                "21 rechtsonder)."
            )
        )
        caption = QLabel(self.tr("Eerste vrije etiket:"), self)
        self.first_spin = QSpinBox(self)
        self.first_spin.setRange(1, PER_SHEET)
        self.first_spin.setAccessibleName(self.tr("Eerste vrije etiket op het vel"))
        self.first_spin.setKeyboardTracking(False)
        caption.setBuddy(self.first_spin)
        self.controls.addWidget(caption)
        self.controls.addWidget(self.first_spin)
        self.controls.addStretch(1)
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(300)
        self._again.timeout.connect(self.make)
        self.first_spin.valueChanged.connect(lambda _value: self._again.start())
        QWidget.setTabOrder(self.first_spin, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.preview.previous_button)
        fit_to_screen(self, 900, 820)
        self._update_controls()
        self.make()

    def make(self) -> None:
        if self.runner.running:
            self._again.start()  # again once this one is done
            return
        db, ids = self.db, list(self.request_ids)
        first = self.first_spin.value()
        out = self.scratch.new_file("adresetiketten")
        self.made = None
        self.preview.show_message(self.tr("De etiketten worden gemaakt…"))

        def work(progress: Progress) -> tuple[BatchResult, list[str]]:
            labels = labels_for_requests(db, ids)
            lines: list[str] = []
            for entry in missing_fields(labels):
                line = QCoreApplication.translate("PacksDialog", "{subject}: {fields}").format(
                    subject=entry.subject, fields=entry.field
                )
                lines.append(line)
            return render_labels(labels, out, first_position=first, progress=progress), lines

        def made(outcome: tuple[BatchResult, list[str]]) -> None:
            result, lines = outcome
            merged = _merge_lines(lines)
            show_missing(self.missing_list, merged[:MAX_MISSING_LINES])
            set_level(
                self.warning_label,
                "warning",
                self.tr(
                    "Let op: bij sommige adressen ontbreken gegevens; daar staat ‹ontbreekt: …› "
                    "op het etiket. Vul ze aan bij de aanvraag en maak de etiketten opnieuw."
                )
                if merged
                else "",
            )
            sheets = (
                self.tr("1 vel")
                if result.pages == 1
                else self.tr("{n} vellen").format(n=number(result.pages))
            )
            self._show_result(
                result,
                self.tr("{n} etiketten op {sheets}.").format(n=number(result.packs), sheets=sheets),
            )

        self.runner.start(
            work,
            describe=lambda done, total: (
                self.tr("Etiket {done} van {total}").format(done=number(done), total=number(total))
                if total
                else self.tr("De etiketten worden gemaakt…")
            ),
            on_done=made,
            on_failure=self._failed,
        )
        self._update_controls()

    def record(self, kind: str) -> None:
        detail = "adresetiket opgeslagen als PDF" if kind == "saved" else "adresetiket afgedrukt"
        record_printed(self.db, ENTITY_REQUEST, self.request_ids, detail, actor=self.ctx.actor)


def _merge_lines(lines: Sequence[str]) -> list[str]:
    """``["A: straat", "A: huisnummer"]`` -> ``["A: straat, huisnummer"]``, in order."""
    merged: dict[str, list[str]] = {}
    for line in lines:
        subject, _sep, field = line.rpartition(": ")
        merged.setdefault(subject, [])
        if field not in merged[subject]:
            merged[subject].append(field)
    return [f"{subject}: {', '.join(fields)}" for subject, fields in merged.items()]


def open_labels(
    parent: QWidget | None,
    ctx: AppContext,
    request_ids: Sequence[int],
) -> LabelsDialog:
    """Open the address labels of ``request_ids`` (made at once, then previewed)."""
    dialog = LabelsDialog(ctx, request_ids, parent)
    open_window_modal(dialog)
    return dialog
