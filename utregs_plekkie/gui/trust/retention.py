"""Beheer → Bewaartermijnen…: the retention rules, a dry run, and only then the run.

"Proefdraaien" lists exactly what a run with the rules as shown would anonymise
(counts and every record with its reason), changing nothing. "Uitvoeren" works from
that list, after a confirmation, in batches with a progress bar and a stop button; a
record that made progress since the dry run is left alone and counted as skipped.
Changing a rule after the dry run asks for a new one first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import run_operation
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    set_level,
    settle_wrapped,
    status_label,
    title_label,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import privacy
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.lists import format_date, format_number
from utregs_plekkie.storage.privacy import (
    RetentionItem,
    RetentionPlan,
    RetentionResult,
    RetentionRules,
)

Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """The records of a dry run, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[RetentionItem] = []

    def set_plan(self, plan: RetentionPlan | None) -> None:
        self.beginResetModel()
        self.items = [] if plan is None else [*plan.requests, *plan.households]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Soort"),
                self.tr("Nummer"),
                self.tr("Naam"),
                self.tr("Laatste voortgang"),
                self.tr("Reden"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        kind = self.tr("aanvraag") if item.entity == "info_requests" else self.tr("gezin")
        return [kind, str(item.id), item.name, format_date(item.since), item.reason][index.column()]


class RetentionDialog(FittingDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(actor, Permission.RETENTION)
        self.db = db
        self.actor = actor
        self.plan: RetentionPlan | None = None
        self.run_result: RetentionResult | None = None
        self._busy = False
        self.setObjectName("retentionDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Bewaartermijnen (AVG)"))
        self.resize(900, 640)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Bewaartermijnen"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Persoonsgegevens worden niet langer bewaard dan nodig. Anonimiseren wist "
                    "namen, e-mail, telefoon, straat, huisnummer en notities, en houdt wat de "
                    "cijfers nodig hebben (status, datums, bron, wijk). Kijk eerst met "
                    "'Proefdraaien' wat er zou gebeuren; er verandert dan nog niets."
                ),
                self,
            )
        )
        rules = privacy.retention_rules(db)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.lead_months = self._spin("leadMonths", 1, 240, rules.lead_months, self.tr(" maanden"))
        self.household_years = self._spin(
            "householdYears", 1, 50, rules.household_years, self.tr(" jaar")
        )
        self.placed_years = self._spin(
            "placedYears", 20, 100, rules.placed_household_years, self.tr(" jaar")
        )
        form.addRow(self.tr("&Aanvragen zonder voortgang na:"), self.lead_months)
        form.addRow(self.tr("&Gestopte gezinnen na:"), self.household_years)
        form.addRow(self.tr("Gezinnen met een &plaatsing na:"), self.placed_years)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Bij een gezin waar een kind geplaatst is geweest, geldt de Jeugdwet: "
                    "minstens 20 jaar."
                ),
                self,
            ),
        )
        outer.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Termijnen &opslaan"), self)
        self.save_button.setObjectName("saveRules")
        self.save_button.clicked.connect(self.save_rules)
        self.dry_run_button = QPushButton(self.tr("&Proefdraaien"), self)
        self.dry_run_button.setObjectName("dryRun")
        self.dry_run_button.clicked.connect(self.dry_run)
        self.run_button = QPushButton(self.tr("&Uitvoeren…"), self)
        self.run_button.setObjectName("runRetention")
        self.run_button.clicked.connect(self.run)
        for button in (self.save_button, self.dry_run_button, self.run_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.run_button)
        outer.addLayout(buttons)

        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.model = PlanModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("planTable")
        self.table.setAccessibleName(self.tr("Wat geanonimiseerd zou worden"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        outer.addWidget(self.table, 1)
        self.message = status_label(self)
        outer.addWidget(self.message)
        bottom = QHBoxLayout()
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.close_button = close
        bottom.addStretch(1)
        bottom.addWidget(close)
        outer.addLayout(bottom)
        self._update()

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._rules_changed)
        return spin

    def rules(self) -> RetentionRules:
        return RetentionRules(
            lead_months=self.lead_months.value(),
            household_years=self.household_years.value(),
            placed_household_years=self.placed_years.value(),
        )

    def _rules_changed(self, *_args: object) -> None:
        if self.plan is not None:
            self.plan = None
            self.model.set_plan(None)
            self.summary.setText(
                self.tr("De termijnen zijn gewijzigd: draai opnieuw proef voordat u uitvoert.")
            )
        self._update()

    def _update(self) -> None:
        idle = not self._busy
        for widget in (self.lead_months, self.household_years, self.placed_years):
            widget.setEnabled(idle)
        self.save_button.setEnabled(idle)
        self.dry_run_button.setEnabled(idle)
        self.run_button.setEnabled(idle and self.plan is not None and self.plan.total > 0)
        self.close_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, UserError):
            set_level(self.message, "error", error.message)
        else:
            set_level(self.message, "info", "")
            report_failure(error, self)

    # ----------------------------------------------------------------- actions

    def save_rules(self) -> None:
        db, actor, rules = self.db, self.actor, self.rules()
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False)
            set_level(
                self.message,
                "done",
                self.tr("De bewaartermijnen zijn opgeslagen; ze gelden voor het hele team."),
            )

        run_in_background(
            lambda: privacy.save_retention_rules(db, rules, actor=actor),
            owner=self,
            on_success=done,
            on_failure=self._failed,
        )

    def dry_run(self) -> None:
        db, rules = self.db, self.rules()
        self._set_busy(True)
        set_level(self.message, "info", self.tr("Bezig met proefdraaien…"))

        def done(plan: RetentionPlan) -> None:
            self._set_busy(False)
            self.show_plan(plan)

        run_in_background(
            lambda: privacy.retention_dry_run(db, rules=rules),
            owner=self,
            on_success=done,
            on_failure=self._failed,
        )

    def show_plan(self, plan: RetentionPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.table.resizeColumnsToContents()
        if plan.total == 0:
            text = self.tr(
                "Proefdraai: er is niets dat geanonimiseerd moet worden met deze termijnen."
            )
        else:
            text = self.tr(
                "Proefdraai: {requests} aanvragen (zonder voortgang sinds vóór {lead}) en "
                "{households} gezinnen (gestopt vóór {household}, of met een plaatsing vóór "
                "{placed}) zouden worden geanonimiseerd. Hieronder staan ze allemaal. Er is "
                "nog niets veranderd."
            ).format(
                requests=format_number(len(plan.requests)),
                households=format_number(len(plan.households)),
                lead=format_date(plan.lead_cutoff),
                household=format_date(plan.household_cutoff),
                placed=format_date(plan.placed_household_cutoff),
            )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        settle_wrapped(self.summary)
        set_level(self.message, "info", "")
        self._update()

    def run(self) -> None:
        plan = self.plan
        if plan is None or plan.total == 0 or self._busy:
            return
        if not common.ask(
            self,
            self.tr("Bewaartermijnen uitvoeren"),
            self.tr("{requests} aanvragen en {households} gezinnen anonimiseren?").format(
                requests=format_number(len(plan.requests)),
                households=format_number(len(plan.households)),
            ),
            self.tr(
                "Namen, contactgegevens en notities van deze mensen worden gewist. Dit kan "
                "niet ongedaan worden gemaakt (alleen met een oude backup)."
            ),
            yes=self.tr("Anonimiseren"),
            dangerous=True,
        ):
            return
        db, actor = self.db, self.actor
        self._set_busy(True)
        set_level(self.message, "info", self.tr("Bezig met anonimiseren…"))

        def done(result: RetentionResult) -> None:
            self.run_result = result
            self._set_busy(False)
            self.plan = None
            self.model.set_plan(None)
            parts = self.tr("{requests} aanvragen en {households} gezinnen geanonimiseerd.").format(
                requests=format_number(result.requests),
                households=format_number(result.households),
            )
            if result.skipped:
                parts += " " + self.tr(
                    "{n} overgeslagen: die zijn sinds de proefdraai veranderd."
                ).format(n=format_number(result.skipped))
            if result.cancelled:
                parts += " " + self.tr(
                    "Gestopt op uw verzoek; de rest is ongewijzigd. Draai opnieuw proef om "
                    "verder te gaan."
                )
            set_level(self.message, "done", parts)
            self.summary.setText(self.tr("Uitgevoerd. Draai opnieuw proef om te controleren."))
            settle_wrapped(self.summary)
            self._update()

        # Stopping (the progress dialog's Stop) keeps the finished batches: the result
        # says so (``cancelled``), it is not an error.
        run_operation(
            lambda progress: privacy.apply_retention(db, plan, actor=actor, progress=progress),
            parent=self,
            title=self.tr("Bewaartermijnen uitvoeren"),
            label=self.tr("Bezig met anonimiseren…"),
            on_success=done,
            on_failure=self._failed,
        )

    def reject(self) -> None:
        if self._busy:
            return  # finish or stop the run first
        super().reject()
