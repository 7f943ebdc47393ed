"""The detail panel beside the Aanvragen list: one request, to view and edit.

From top to bottom: who it is and where the request came from; the status with its
follow-up (overdue in red, in words too) and a button for every step the flow
allows; the fields (checked as they are typed, see ``gui.requests.form``) with
Opslaan; a request that looks like this one, to compare and merge; the consent (what,
when, which version of the privacy text); and the dated status history, including
that of requests merged into this one.

Saving is version-checked: when someone else saved the request first, the panel says
so, keeps what was typed, and offers "Nieuwste versie laden", which shows the other
person's changes with the typed ones laid over them. Loading waits a moment after the
selection changes, so arrowing through the list does not log a view of every row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import RequestStatus, label
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.core.requests import (
    FollowUpState,
    allowed_moves,
    describe_follow_up,
    dropout_reason_label,
    follow_up_state,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, heading, hint, merge_typed
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.requests.detail.actions import DetailActions
from utregs_plekkie.gui.requests.detail.reading import RequestDetail, read_detail
from utregs_plekkie.gui.requests.detail.sections import OVERDUE_STYLE, ConsentBox, HistoryBox
from utregs_plekkie.gui.requests.dialogs import DuplicateDialog, StatusDialog, status_button_text
from utregs_plekkie.gui.requests.form import RequestForm
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.requests import (
    DuplicateCandidate,
    InvalidRequestError,
    RequestInput,
    update_request,
)

translate = QCoreApplication.translate

#: Milliseconds between choosing a row and loading it.
LOAD_DELAY_MS = 180


class RequestDetailPanel(DetailActions):
    """One request; see the package docstring. The status steps and merges are in
    :class:`DetailActions`, the consent and history boxes in ``detail.sections``."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        event_name: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.setObjectName("requestDetail")
        self.setAccessibleName(translate("RequestDetail", "Details van de aanvraag"))
        self._event_name = event_name or (lambda event_id: str(event_id))
        self.request_id: int | None = None
        self.detail: RequestDetail | None = None
        self.busy = False
        self.loading = False
        self._wanted: int | None = None
        self._loads = LatestOnly(owner=self)
        self._after_save: int | None = None
        # A sentence to show once the next request has loaded (after a merge).
        self._pending_message: tuple[str, str] | None = None
        self.status_dialog: StatusDialog | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self.household_dialog: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.placeholder = QLabel(
            translate(
                "RequestDetail",
                "Kies een aanvraag in de lijst om haar te bekijken en te wijzigen, of maak "
                "een nieuwe aan met 'Nieuwe aanvraag…' (Ctrl+N).",
            ),
            self.stack,
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack.addWidget(self.placeholder)

        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 0, 10, 8)
        column.setSpacing(10)
        scroll.setWidget(inner)
        self.stack.addWidget(scroll)
        self.content = scroll

        self.title = heading("", inner, scale=1.35)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.title)
        self.summary = hint("", inner)
        self.summary.setObjectName("detailSummary")
        column.addWidget(self.summary)
        self.bar = MessageBar(inner)
        column.addWidget(self.bar)

        self.duplicate_box = QGroupBox(
            translate("RequestDetail", "Lijkt op een andere aanvraag"), inner
        )
        duplicate_layout = QVBoxLayout(self.duplicate_box)
        self.duplicate_text = QLabel(self.duplicate_box)
        self.duplicate_text.setObjectName("duplicateText")
        self.duplicate_text.setWordWrap(True)
        self.compare_button = QPushButton(
            translate("RequestDetail", "Vergelijken en samenvoegen…"), self.duplicate_box
        )
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self.compare)
        duplicate_layout.addWidget(self.duplicate_text)
        duplicate_layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.duplicate_box.hide()
        # Near the top: a duplicate is best merged before anything else is done.
        column.addWidget(self.duplicate_box)

        status_box = QGroupBox(translate("RequestDetail", "Status en opvolging"), inner)
        status_layout = QVBoxLayout(status_box)
        self.status_label = QLabel(status_box)
        self.status_label.setObjectName("statusLabel")
        font = self.status_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.status_label.setFont(font)
        self.follow_up = QLabel(status_box)
        self.follow_up.setObjectName("followUpLabel")
        self.follow_up.setWordWrap(True)
        status_layout.addWidget(self.status_label)
        status_layout.addWidget(self.follow_up)
        self.moves = FlowLayout(spacing=6)
        status_layout.addLayout(self.moves)
        self.move_buttons: dict[RequestStatus, QPushButton] = {}
        column.addWidget(status_box)

        data_box = QGroupBox(translate("RequestDetail", "Gegevens"), inner)
        data_layout = QVBoxLayout(data_box)
        self.form = RequestForm(data_box)
        data_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(
            translate("RequestDetail", "Wijzigingen terugdraaien"), data_box
        )
        self.undo_button.setObjectName("undoRequest")
        self.undo_button.clicked.connect(self.undo)
        self.save_button = QPushButton(translate("RequestDetail", "Opslaan"), data_box)
        self.save_button.setObjectName("saveRequest")
        self.save_button.setToolTip(translate("RequestDetail", "Wijzigingen opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        data_layout.addLayout(buttons)
        column.addWidget(data_box)

        self.consent_box = ConsentBox(inner)
        column.addWidget(self.consent_box)
        self.history_box = HistoryBox(inner)
        column.addWidget(self.history_box)
        column.addStretch(1)

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self._load_wanted)

    # ----------------------------------------------------------------- loading

    def request(self, request_id: int | None, *, now: bool = False) -> None:
        """Show ``request_id`` (after a short pause unless ``now``). Unsaved changes of
        the request shown are kept until the user says what to do with them."""
        if request_id is None or request_id < 0:
            return
        if request_id == self.request_id and self.detail is not None and not now:
            return
        if (
            self.request_id is not None
            and request_id != self.request_id
            and self.detail is not None
            and self.form.is_dirty()
        ):
            self._ask_about_changes(request_id)
            return
        self._wanted = request_id
        if now:
            self._timer.stop()
            self._load_wanted()
        else:
            self._timer.start()

    def _ask_about_changes(self, request_id: int) -> None:
        name = self.detail.record.full_name if self.detail else ""

        def save_then_go() -> None:
            self._after_save = request_id
            self.bar.dismiss()
            self.save()

        def discard() -> None:
            self.undo()
            self.request(request_id, now=True)

        self.bar.show_message(
            translate(
                "RequestDetail",
                "De wijzigingen aan {name} zijn nog niet opgeslagen. Eerst opslaan, of "
                "weggooien en de andere aanvraag openen?",
            ).format(name=name or translate("RequestDetail", "deze aanvraag")),
            "warning",
            [
                (translate("RequestDetail", "Opslaan"), save_then_go),
                (translate("RequestDetail", "Weggooien"), discard),
                (translate("RequestDetail", "Hier blijven"), self.bar.dismiss),
            ],
        )

    def reload(self) -> None:
        """Load the shown request again (after a change), without logging a new view."""
        if self.request_id is not None:
            self._load(self.request_id, log_view=False)

    def _load_wanted(self) -> None:
        if self._wanted is not None:
            self._load(self._wanted, log_view=True)

    def _load(self, request_id: int, *, log_view: bool) -> None:
        self.loading = True
        db, actor = self.db, self.ctx.actor

        def work() -> RequestDetail:
            return read_detail(db, request_id, viewer=actor if log_view else None)

        def arrived(detail: RequestDetail) -> None:
            self.loading = False
            self.show_detail(detail)

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
                if self.detail is None:
                    self.placeholder.setText(error.message)
            else:
                report_failure(error, self)

        # A newer choice of row replaces an answer still on its way.
        self._loads.run(work, on_success=arrived, on_failure=failed)

    # ----------------------------------------------------------------- showing

    def show_detail(self, detail: RequestDetail) -> None:
        record = detail.record
        other = record.id != self.request_id
        self.detail = detail
        self.request_id = record.id
        if other:
            self.bar.dismiss()
        pending, self._pending_message = self._pending_message, None
        if pending is not None:
            self.bar.show_message(*pending)
        self.stack.setCurrentWidget(self.content)
        name = record.full_name or (
            translate("RequestDetail", "(geanonimiseerd)")
            if record.anonymised_at
            else translate("RequestDetail", "(zonder naam)")
        )
        self.title.setText(name)
        self.title.setAccessibleName(name)
        parts = [
            translate("RequestDetail", "Aanvraag {id}").format(id=record.id),
            translate("RequestDetail", "ontvangen {when}").format(
                when=lists.format_datetime(record.received_at)
            ),
            translate("RequestDetail", "bron: {source}").format(source=label(record.source)),
        ]
        if record.source_detail:
            parts[-1] += f" ({record.source_detail})"
        event_text = self._event_name(record.event_id) if record.event_id is not None else ""
        if event_text:
            parts.append(translate("RequestDetail", "evenement: {name}").format(name=event_text))
        self.summary.setText(" · ".join(parts))
        self.summary.setAccessibleName(self.summary.text())
        self._show_status(detail)
        self.form.load(RequestInput.from_record(record), event_text=event_text)
        if record.provider_set_by_hand:
            self.form.set_provider_shown(record.provider)
        editable = record.merged_into_id is None and record.anonymised_at is None
        self.form.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.undo_button.setEnabled(editable)
        if record.merged_into_id is not None:
            target = record.merged_into_id
            self.bar.show_message(
                translate(
                    "RequestDetail",
                    "Deze aanvraag is samengevoegd met aanvraag {id}; daar staat alles bij elkaar.",
                ).format(id=target),
                "info",
                [
                    (
                        translate("RequestDetail", "Aanvraag {id} openen").format(id=target),
                        lambda: self.open_request.emit(target),
                    )
                ],
            )
        self._show_duplicates(detail.duplicates)
        self.consent_box.show_consent(record, detail.consent_text)
        self.history_box.show_history(detail.history)

    def _show_status(self, detail: RequestDetail) -> None:
        record = detail.record
        status = record.status
        self.status_label.setText(
            translate("RequestDetail", "Status: {status} (sinds {date})").format(
                status=label(status), date=lists.format_date(record.status_since)
            )
        )
        self.status_label.setAccessibleName(self.status_label.text())
        calendar = detail.norm.calendar
        state = follow_up_state(status, record.follow_up_on, detail.today, calendar)
        text = describe_follow_up(status, record.follow_up_on, detail.today, calendar)
        if record.consent_withdrawn_at is not None:
            text = translate("RequestDetail", "Toestemming ingetrokken: geen contact meer opnemen.")
        elif status == RequestStatus.AFGEHAAKT and record.dropout_reason:
            text = translate("RequestDetail", "Reden: {reason}").format(
                reason=dropout_reason_label(record.dropout_reason)
            )
        elif status == RequestStatus.AANGEMELD:
            text = translate(
                "RequestDetail",
                "Deze aanvraag is een gezin geworden; volg het verder op de pagina Gezinnen.",
            )
        elif not text:
            text = translate("RequestDetail", "Geen opvolgdatum.")
        elif state == FollowUpState.TE_LAAT:
            text = translate("RequestDetail", "Te laat: {text}").format(text=text)
        self.follow_up.setText(text[:1].upper() + text[1:])
        self.follow_up.setAccessibleName(self.follow_up.text())
        self.follow_up.setStyleSheet(OVERDUE_STYLE if state == FollowUpState.TE_LAAT else "")
        while self.moves.count():
            item = self.moves.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.move_buttons = {}
        if record.merged_into_id is not None or record.anonymised_at is not None:
            return
        for target in allowed_moves(status):
            button = QPushButton(status_button_text(target), self)
            button.setObjectName(f"move_{target.value}")
            button.setToolTip(
                translate("RequestDetail", "Status wijzigen naar '{status}'").format(
                    status=label(target)
                )
            )
            button.clicked.connect(lambda _checked=False, t=target: self.move_to(t))
            self.moves.addWidget(button)
            self.move_buttons[target] = button

    def _show_duplicates(self, duplicates: list[DuplicateCandidate]) -> None:
        if not duplicates:
            self.duplicate_box.hide()
            return
        lines = [c.describe() for c in duplicates]
        self.duplicate_text.setText("\n".join(lines))
        self.duplicate_text.setAccessibleName(self.duplicate_text.text())
        self.duplicate_box.show()

    def history_lines(self) -> list[tuple[str, str, str]]:
        """The history as shown (newest first): date, step, notes."""
        return self.history_box.history_lines()

    # ----------------------------------------------------------------- saving

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(
            translate("RequestDetail", "Bezig met opslaan…")
            if busy
            else translate("RequestDetail", "Opslaan")
        )
        for button in self.move_buttons.values():
            button.setEnabled(not busy)

    def save(self) -> None:
        if self.busy or self.detail is None or self.request_id is None:
            return
        if not self.save_button.isEnabled() and not self.busy:
            return
        self.bar.dismiss()
        typed = self.form.values()
        original = self.form.original()
        db, request_id, version = self.db, self.request_id, self.detail.record.version
        actor = self.ctx.actor
        self._set_busy(True)
        run_in_background(
            lambda: update_request(db, request_id, version, typed, actor=actor),
            owner=self,
            on_success=lambda _record: self._saved(),
            on_failure=lambda error: self._save_failed(error, original, typed),
        )

    def _saved(self) -> None:
        self._set_busy(False)
        self.bar.show_message(translate("RequestDetail", "Opgeslagen."), "success")
        request_id = self.request_id
        assert request_id is not None
        self.changed.emit(request_id)
        after, self._after_save = self._after_save, None
        if after is not None:
            self.request(after, now=True)
        else:
            self.reload()

    def _save_failed(
        self, error: BaseException, original: RequestInput, typed: RequestInput
    ) -> None:
        self._set_busy(False)
        self._after_save = None
        if isinstance(error, StaleRecordError):
            self.bar.show_message(
                error.message,
                "warning",
                [
                    (
                        translate("RequestDetail", "Nieuwste versie laden"),
                        lambda: self.reload_keeping(original, typed),
                    )
                ],
            )
        elif isinstance(error, InvalidRequestError):
            self.form.show_errors(error.errors, self.bar)
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def reload_keeping(self, original: RequestInput, typed: RequestInput) -> None:
        """Load the newest version and lay what the user typed over it."""
        if self.request_id is None:
            return
        db, request_id = self.db, self.request_id

        def arrived(detail: RequestDetail) -> None:
            if detail.record.id != self.request_id:
                return
            self.show_detail(detail)
            newest = RequestInput.from_record(detail.record)
            self.form.fill(merge_typed(original, typed, newest))
            self.bar.show_message(
                translate(
                    "RequestDetail",
                    "De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het "
                    "na en kies Opslaan.",
                ),
                "info",
            )

        run_in_background(
            lambda: read_detail(db, request_id, viewer=None),
            owner=self,
            on_success=arrived,
        )

    def undo(self) -> None:
        if self.detail is not None:
            self.bar.dismiss()
            self.form.load(self.form.original(), event_text=self.form.event_label.text())
