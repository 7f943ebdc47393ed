"""The intake pack of one household: made, checked, previewed, saved or printed."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.operations import Progress
from utregs_plekkie.gui.packs.common import (
    describe_missing,
    examples_warning,
    fit_to_screen,
    missing_sentence,
    open_window_modal,
    pages_text,
    set_level,
    show_missing,
)
from utregs_plekkie.gui.packs.pdf_dialog import _PdfDialog
from utregs_plekkie.packs.batch import BatchResult, render_intake_packs
from utregs_plekkie.packs.check import summarise_missing
from utregs_plekkie.packs.content import PackSettings
from utregs_plekkie.packs.data import intake_pack_data
from utregs_plekkie.packs.intake_pack import IntakePackData
from utregs_plekkie.packs.settings import load_pack_settings
from utregs_plekkie.storage.packs_data import ENTITY_HOUSEHOLD, record_printed


class IntakePackDialog(_PdfDialog):
    """The intake pack of one household: made, checked, previewed, saved or printed."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            parent,
            title=QCoreApplication.translate("IntakePackDialog", "Intakepakket"),
            file_stem=QCoreApplication.translate("IntakePackDialog", "intakepakket"),
            empty_text=QCoreApplication.translate(
                "IntakePackDialog", "Het intakepakket wordt gemaakt…"
            ),
        )
        self.household_id = household_id
        self.intro.setText(self.tr("Het intakepakket wordt gemaakt…"))
        self.controls.addStretch(1)
        QWidget.setTabOrder(self.cancel_button, self.preview.previous_button)
        fit_to_screen(self, 900, 860)
        self._update_controls()
        self.make()

    def make(self) -> None:
        db, household_id = self.db, self.household_id
        out = self.scratch.new_file("intakepakket")

        def work(progress: Progress) -> tuple[BatchResult, IntakePackData, PackSettings]:
            settings = load_pack_settings(db)
            data = intake_pack_data(db, household_id)
            result = render_intake_packs([data], settings, out, progress=progress)
            return result, data, settings

        def made(outcome: tuple[BatchResult, IntakePackData, PackSettings]) -> None:
            result, data, settings = outcome
            title = self.tr("Intakepakket voor {name}").format(name=data.household_name)
            self.setWindowTitle(title)
            self.setAccessibleName(title)
            self.intro.setText(
                self.tr(
                    "Het intakepakket voor {name}: hun gegevens, de checklist, de trainingen "
                    "en het toestemmingsformulier. Controleer het, en sla het op of druk het af."
                ).format(name=data.household_name)
            )
            missing = summarise_missing([data], settings)
            affected, lines = missing.affected, describe_missing(missing)
            warnings = [
                w
                for w in (
                    examples_warning(settings, button=False),
                    missing_sentence(affected, 1) if affected else "",
                )
                if w
            ]
            set_level(self.warning_label, "warning", "\n".join(warnings))
            show_missing(self.missing_list, lines)
            self._show_result(
                result,
                self.tr("Intakepakket gemaakt, {pages}.").format(pages=pages_text(result.pages)),
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.intro.setText(error.message)
            self._failed(error)

        self.runner.start(
            work,
            describe=lambda done, total: self.tr("Het intakepakket wordt gemaakt…"),
            on_done=made,
            on_failure=failed,
        )
        self._update_controls()

    def record(self, kind: str) -> None:
        detail = "intakepakket opgeslagen als PDF" if kind == "saved" else "intakepakket afgedrukt"
        record_printed(self.db, ENTITY_HOUSEHOLD, [self.household_id], detail, actor=self.ctx.actor)


def open_intake_pack(
    parent: QWidget | None,
    ctx: AppContext,
    household_id: int,
) -> IntakePackDialog:
    """Open the intake pack of one household (made at once, then previewed)."""
    dialog = IntakePackDialog(ctx, household_id, parent)
    open_window_modal(dialog)
    return dialog
