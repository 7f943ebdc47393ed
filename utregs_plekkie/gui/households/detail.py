"""The detail panel of one family, beside the list or the board.

At the top: who the family is, its stage with how long it has been there against the
norm, the next action with its date, the buttons for the moves it can make now, and
what still stands in the way of "beschikbaar". Below, four tabs: the editable
details, the adults with their VGB/VOG, what the family can offer, and the dated
history of its stages.

Loading happens in the background (``household_detail``, which logs the view in the
audit trail); a quick run through the list with the arrow keys loads only the family
the user stops at. Unsaved changes are never thrown away silently: choosing another
family first asks what to do with them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import PipelineStage, label
from utregs_plekkie.core.errors import NotFoundError
from utregs_plekkie.core.pipeline import (
    OFF_ROUTE_STAGES,
    MoveKind,
    StageMove,
    StageSpan,
    StageStep,
    dropout_label,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.adults import AdultsPanel
from utregs_plekkie.gui.households.form import HouseholdForm
from utregs_plekkie.gui.households.moves import MoveController
from utregs_plekkie.gui.households.offers import OffersPanel
from utregs_plekkie.gui.households.widgets import (
    FlowLayout,
    MessageBar,
    days_text,
    format_date,
    heading,
    hint,
    wijk_names,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.households import HouseholdDetail, household_detail

AnyIndex = QModelIndex | QPersistentModelIndex

#: Milliseconds a selection must rest before the family is loaded (and the view logged).
LOAD_DELAY_MS = 200


class HistoryModel(QAbstractTableModel):
    """Every stay in a stage, oldest first: from, until, days, working days, why."""

    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[StageSpan, StageStep | None]] = []

    def set_history(self, spans: tuple[StageSpan, ...], history: tuple[StageStep, ...]) -> None:
        steps = sorted(history, key=lambda s: s.at)
        self.beginResetModel()
        self._rows = [(span, steps[i] if i < len(steps) else None) for i, span in enumerate(spans)]
        self.endResetModel()

    def _headers(self) -> list[str]:
        return [
            self.tr("Fase"),
            self.tr("Van"),
            self.tr("Tot"),
            self.tr("Dagen"),
            self.tr("Werkdagen"),
            self.tr("Reden en toelichting"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def _cell(self, span: StageSpan, step: StageStep | None, column: int) -> str:
        if column == 0:
            return label(span.stage)
        if column == 1:
            return lists.format_date(span.start)
        if column == 2:
            return lists.format_date(span.end) if span.end else self.tr("nu")
        if column == 3:
            return str(span.days)
        if column == 4:
            return str(span.working_days)
        if step is None:
            return ""
        parts = [dropout_label(step.reason)] if step.reason else []
        if step.note:
            parts.append(step.note)
        return " — ".join(parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        span, step = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._cell(span, step, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._headers()[section]
        return None


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.origin = hint("", self)
        layout.addWidget(self.origin)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Geschiedenis van de fasen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.totals = hint("", self)
        layout.addWidget(self.totals)

    def show_detail(self, detail: HouseholdDetail) -> None:
        self.model.set_history(detail.spans, detail.history)
        # The reasons column only when there is a reason or note to show.
        reasons = any(step.reason or step.note for step in detail.history)
        self.table.setColumnHidden(HistoryModel.COLUMNS - 1, not reasons)
        self.table.resizeColumnsToContents()
        if detail.requests:
            names = ", ".join(f"{name} ({rid})" for rid, name in detail.requests)
            self.origin.setText(self.tr("Uit aanvraag: {names}.").format(names=names))
        else:
            self.origin.setText(self.tr("Dit gezin is direct als gezin ingevoerd."))
        if detail.days_per_stage:
            parts = [
                self.tr("{stage}: {days}").format(stage=label(stage), days=days_text(days))
                for stage, days in detail.days_per_stage.items()
            ]
            total = sum(detail.days_per_stage.values())
            self.totals.setText(
                self.tr("Tijd per fase — {parts}. Samen {days}.").format(
                    parts="; ".join(parts), days=days_text(total)
                )
            )
        else:
            self.totals.clear()


class HouseholdDetailPanel(QWidget):
    """One family: header, moves, and the tabs with its details."""

    #: The family changed (saved, moved, screening, offers): lists should refresh.
    changed = Signal(int)
    #: The loaded family (its id), after each load.
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, mover: MoveController, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.mover = mover
        self.detail: HouseholdDetail | None = None
        self.household_id: int | None = None
        self._wanted: int | None = None
        self._loads = LatestOnly(owner=self)
        self.loading = False
        self.setObjectName("householdDetail")
        self.setAccessibleName(self.tr("Gegevens van het gekozen gezin"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(
            self.tr(
                "Kies een gezin in de lijst of op het bord om het hier te zien en bij te werken."
            ),
            self,
        )
        self.placeholder.setObjectName("listMessage")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(6)
        self.bar = MessageBar(page)
        layout.addWidget(self.bar)
        self.name = heading("", page, 1.35)
        self.name.setObjectName("householdName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name)
        self.subtitle = QLabel(page)
        self.subtitle.setObjectName("hintLabel")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.stage_line = QLabel(page)
        self.stage_line.setObjectName("stageLine")
        self.stage_line.setWordWrap(True)
        layout.addWidget(self.stage_line)
        self.action_line = QLabel(page)
        self.action_line.setObjectName("actionLine")
        self.action_line.setWordWrap(True)
        layout.addWidget(self.action_line)

        moves = FlowLayout(spacing=6)
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("nextStage")
        self.next_button.setDefault(False)
        self.back_button = QPushButton(page)
        self.back_button.setObjectName("previousStage")
        self.pause_button = QPushButton(self.tr("Pauzeren…"), page)
        self.stop_button = QPushButton(self.tr("Stoppen…"), page)
        for button in (self.next_button, self.back_button, self.pause_button, self.stop_button):
            moves.addWidget(button)
        layout.addLayout(moves)
        self._moves: dict[MoveKind, StageMove] = {}
        self.next_button.clicked.connect(lambda: self._do(MoveKind.NEXT, MoveKind.RESUME))
        self.back_button.clicked.connect(lambda: self._do(MoveKind.BACK))
        self.pause_button.clicked.connect(lambda: self._do(MoveKind.PAUSE))
        self.stop_button.clicked.connect(lambda: self._do(MoveKind.STOP))

        self.blockers = QFrame(page)
        self.blockers.setObjectName("blockers")
        self.blockers.setStyleSheet(
            "QFrame#blockers { border: 1px solid #e0b4b0; border-radius: 4px; "
            "background: #fdf6f5; }"
        )
        blockers_layout = QVBoxLayout(self.blockers)
        blockers_layout.setContentsMargins(10, 6, 10, 6)
        self.blockers_title = QLabel(self.blockers)
        font = self.blockers_title.font()
        font.setBold(True)
        self.blockers_title.setFont(font)
        self.blockers_text = QLabel(self.blockers)
        self.blockers_text.setWordWrap(True)
        self.blockers_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blockers_layout.addWidget(self.blockers_title)
        blockers_layout.addWidget(self.blockers_text)
        layout.addWidget(self.blockers)

        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("householdTabs")
        self.tabs.setDocumentMode(True)
        self.form = HouseholdForm(ctx, self.tabs)
        self.adults = AdultsPanel(ctx, self.tabs)
        self.offers = OffersPanel(ctx, self.tabs)
        self.history = HistoryPanel(self.tabs)
        self.tabs.addTab(self.form, self.tr("Gegevens"))
        self.tabs.addTab(self.adults, self.tr("Volwassenen en VGB/VOG"))
        self.tabs.addTab(self.offers, self.tr("Beschikbaarheid"))
        self.tabs.addTab(self.history, self.tr("Geschiedenis"))
        layout.addWidget(self.tabs, 1)
        # In a low window the panel scrolls rather than squeezing the tabs flat.
        self.tabs.setMinimumHeight(self.fontMetrics().height() * 18)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self.page = page
        self.page_scroll = scroll

        self.form.saved.connect(self._form_saved)
        self.form.save_failed.connect(self._forget_after_save)
        #: The family to open once the pending save has succeeded.
        self._after_save: int | None = None
        self.adults.changed.connect(self._changed)
        self.offers.changed.connect(self._changed)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self._load_wanted)

    # ----------------------------------------------------------------- loading

    def request(self, household_id: int | None, *, now: bool = False) -> None:
        """Show ``household_id`` (after a short pause, so arrowing through a list stays
        quick); ``None`` clears the panel. Unsaved changes are kept until the user says."""
        if household_id is None or household_id < 0:
            return
        if household_id == self.household_id and self.detail is not None and not now:
            return
        if (
            self.household_id is not None
            and household_id != self.household_id
            and self.form.is_dirty()
        ):
            self._ask_about_changes(household_id)
            return
        self._wanted = household_id
        if now:
            self._timer.stop()
            self._load_wanted()
        else:
            self._timer.start()

    def _ask_about_changes(self, household_id: int) -> None:
        name = self.detail.household.name if self.detail else ""

        def save_then_go() -> None:
            self._after_save = household_id
            self.bar.dismiss()
            self.form.save()

        def discard() -> None:
            self.form.undo()
            self.request(household_id, now=True)

        self.bar.show_message(
            self.tr(
                "De wijzigingen aan {name} zijn nog niet opgeslagen. Eerst opslaan, of "
                "weggooien en het andere gezin openen?"
            ).format(name=name),
            "warning",
            [
                (self.tr("Opslaan"), save_then_go),
                (self.tr("Weggooien"), discard),
                (self.tr("Bij {name} blijven").format(name=name), self.bar.dismiss),
            ],
        )

    def reload(self) -> None:
        """Load the shown family again (after a change), without logging a new view."""
        if self.household_id is not None:
            self._load(self.household_id, log_view=False)

    def _load_wanted(self) -> None:
        if self._wanted is not None:
            self._load(self._wanted, log_view=True)

    def _load(self, household_id: int, *, log_view: bool) -> None:
        self.loading = True
        db = self.db
        actor = self.ctx.actor

        def arrived(detail: HouseholdDetail) -> None:
            self.loading = False
            self.show_detail(detail)

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, NotFoundError):
                self.clear()
                self.placeholder.setText(error.message)
            else:
                report_failure(error, self)

        self._loads.run(
            lambda: household_detail(db, household_id, actor=actor, log_view=log_view),
            on_success=arrived,
            on_failure=failed,
        )

    def clear(self) -> None:
        self.detail = None
        self.household_id = None
        self.stack.setCurrentWidget(self.placeholder)

    # ----------------------------------------------------------------- showing

    def show_detail(self, detail: HouseholdDetail) -> None:
        same = detail.household.id == self.household_id
        self.detail = detail
        self.household_id = detail.household.id
        h = detail.household
        self.name.setText(h.name)
        self.name.setAccessibleName(h.name)
        place = h.city or ""
        wijk = wijk_names().get(h.wijk_code or "", "")
        if wijk:
            place = f"{place} ({wijk})" if place else wijk
        parts = [
            self.tr("{route}sgezin").format(route=label(h.route)),
            label(h.provider) if h.provider else self.tr("aanbieder nog onbekend"),
            place,
        ]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self._show_stage(detail)
        self._show_moves(detail)
        self._show_blockers(detail)
        if not same or not self.form.is_dirty():
            self.form.load(h)
        self.adults.show_detail(detail)
        self.offers.show_offers(h.id, h.route, detail.offers)
        self.history.show_detail(detail)
        attention = sum(1 for s in detail.screening if s.blocks_available or s.reminder)
        self.tabs.setTabText(
            1,
            self.tr("Volwassenen en VGB/VOG ({n} let op)").format(n=attention)
            if attention
            else self.tr("Volwassenen en VGB/VOG"),
        )
        self.tabs.setTabText(
            2,
            self.tr("Beschikbaarheid ({n})").format(n=len(detail.offers))
            if detail.offers
            else self.tr("Beschikbaarheid"),
        )
        self.stack.setCurrentWidget(self.page_scroll)
        if not same:
            self.bar.dismiss()
        self.loaded.emit(h.id)

    def _show_stage(self, detail: HouseholdDetail) -> None:
        h = detail.household
        days = detail.spans[-1].days if detail.spans else 0
        text = self.tr("Fase: {stage}, sinds {since} ({days})").format(
            stage=label(h.stage), since=lists.format_date(h.stage_since), days=days_text(days)
        )
        if detail.norm_due_on is not None:
            if detail.norm_exceeded:
                text += self.tr(" — de norm liep af op {date}: achter op schema").format(
                    date=format_date(detail.norm_due_on)
                )
            else:
                text += self.tr(" — volgens de norm klaar uiterlijk {date}").format(
                    date=format_date(detail.norm_due_on)
                )
        if h.stage == PipelineStage.GESTOPT and h.dropout_reason:
            text += self.tr(". Reden: {reason}").format(reason=dropout_label(h.dropout_reason))
            if h.dropout_note:
                text += f" ({h.dropout_note})"
        self.stage_line.setText(text)
        self.stage_line.setAccessibleName(text)
        self.stage_line.setStyleSheet("color: #b3261e;" if detail.norm_exceeded else "")
        if h.next_action or h.next_action_on:
            late = (
                h.next_action_on is not None
                and h.next_action_on < self.ctx.today()
                and h.stage != PipelineStage.GESTOPT
            )
            when = (
                self.tr(", uiterlijk {date}").format(date=format_date(h.next_action_on))
                if h.next_action_on
                else ""
            )
            action = self.tr("Volgende actie: {action}{when}").format(
                action=h.next_action or self.tr("(nog niet bepaald)"), when=when
            )
            if late:
                action += self.tr(" — te laat")
            self.action_line.setText(action)
            self.action_line.setStyleSheet("color: #b3261e;" if late else "")
        else:
            self.action_line.setText(self.tr("Geen volgende actie gepland."))
            self.action_line.setStyleSheet("")
        self.action_line.setAccessibleName(self.action_line.text())

    def _show_moves(self, detail: HouseholdDetail) -> None:
        self._moves = {mv.kind: mv for mv in detail.moves}
        forward = self._moves.get(MoveKind.NEXT) or self._moves.get(MoveKind.RESUME)
        self.next_button.setVisible(forward is not None)
        if forward is not None:
            self.next_button.setText(forward.label + " →")
            self.next_button.setAccessibleName(forward.label)
            self.next_button.setToolTip(self.tr("Volgende fase (Ctrl+→ op het bord)"))
        back = self._moves.get(MoveKind.BACK)
        self.back_button.setVisible(back is not None)
        if back is not None:
            self.back_button.setText("← " + back.label)
            self.back_button.setAccessibleName(back.label)
        self.pause_button.setVisible(MoveKind.PAUSE in self._moves)
        self.stop_button.setVisible(MoveKind.STOP in self._moves)

    def _show_blockers(self, detail: HouseholdDetail) -> None:
        h = detail.household
        relevant = h.stage not in OFF_ROUTE_STAGES and bool(detail.blockers)
        if relevant and h.stage != PipelineStage.BESCHIKBAAR:
            self.blockers_title.setText(self.tr("Nodig voordat het gezin beschikbaar kan zijn:"))
        elif relevant:
            self.blockers_title.setText(self.tr("Let op: de screening is niet meer in orde:"))
        self.blockers_text.setText("\n".join(f"• {b}" for b in detail.blockers))
        self.blockers.setAccessibleName(
            self.blockers_title.text() + " " + " ".join(detail.blockers)
        )
        self.blockers.setVisible(relevant)

    def next_move(self) -> StageMove | None:
        return self._moves.get(MoveKind.NEXT) or self._moves.get(MoveKind.RESUME)

    # ----------------------------------------------------------------- acting

    def _do(self, *kinds: MoveKind) -> None:
        if self.detail is None:
            return
        move = next((self._moves[k] for k in kinds if k in self._moves), None)
        if move is None:
            return
        h = self.detail.household
        self.mover.move_to(h.id, h.name, move.to_stage, h.version)

    def _changed(self) -> None:
        if self.household_id is not None:
            self.reload()
            self.changed.emit(self.household_id)

    def _form_saved(self, _version: int) -> None:
        self._changed()
        target, self._after_save = self._after_save, None
        if target is not None:
            self.request(target, now=True)

    def _forget_after_save(self) -> None:
        self._after_save = None
