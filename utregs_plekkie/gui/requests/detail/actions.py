"""The status steps and the merges of the detail panel: a step asks what it needs
(``StatusDialog``), "Aangemeld" makes a family, a look-alike is compared and merged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from utregs_plekkie.core.enums import RequestStatus, label
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.from_request import RequestToHouseholdDialog
from utregs_plekkie.gui.households.widgets import MessageBar
from utregs_plekkie.gui.requests.detail.reading import RequestDetail
from utregs_plekkie.gui.requests.dialogs import (
    DuplicateChoice,
    DuplicateDialog,
    Side,
    StatusChoice,
    StatusDialog,
    load_candidates,
    side_of_record,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import DuplicateCandidate, change_status, merge_requests

translate = QCoreApplication.translate


class DetailActions(QWidget):
    """The status steps and the merges of :class:`RequestDetailPanel`, which builds the
    widgets, loads and saves; this part only acts on what the panel holds."""

    #: Something about this request was saved (its id): the list and counts follow.
    changed = Signal(int)
    #: The user wants another request shown (after a merge, or "open merged").
    open_request = Signal(int)

    # Set by the panel.
    ctx: AppContext
    db: Database
    request_id: int | None
    detail: RequestDetail | None
    busy: bool
    bar: MessageBar
    compare_button: QPushButton
    status_dialog: StatusDialog | None
    duplicate_dialog: DuplicateDialog | None
    household_dialog: QWidget | None
    _pending_message: tuple[str, str] | None

    def _set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def request(self, request_id: int | None, *, now: bool = False) -> None:
        raise NotImplementedError

    # ----------------------------------------------------------------- status

    def move_to(self, target: RequestStatus) -> QWidget | None:
        """Ask for what the step needs, then change the status. (Not ``move``: that
        would hide QWidget.move().)"""
        if self.detail is None or self.busy:
            return None
        record = self.detail.record
        if target == RequestStatus.AANGEMELD:
            return self._register_household()
        dialog = StatusDialog(record.status, target, record.full_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_move(dialog.choice()))
        self.status_dialog = dialog
        dialog.open()
        return dialog

    def _apply_move(self, choice: StatusChoice) -> None:
        if self.detail is None or self.request_id is None:
            return
        db, request_id, version = self.db, self.request_id, self.detail.record.version
        actor = self.ctx.actor
        self._set_busy(True)

        def done(_record: object) -> None:
            self._set_busy(False)
            self.bar.show_message(
                translate("RequestDetail", "Status gewijzigd naar '{status}'.").format(
                    status=label(choice.target)
                ),
                "success",
            )
            self.changed.emit(request_id)
            self.reload()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if isinstance(error, StaleRecordError):
                self.bar.show_message(
                    error.message,
                    "warning",
                    [(translate("RequestDetail", "Nieuwste versie laden"), self.reload)],
                )
            elif isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(
            lambda: change_status(
                db,
                request_id,
                version,
                choice.target,
                reason=choice.reason,
                note=choice.note,
                next_contact_on=choice.next_contact_on,
                actor=actor,
            ),
            owner=self,
            on_success=done,
            on_failure=failed,
        )

    def _register_household(self) -> QWidget | None:
        """Aangemeld: the request becomes a family (the Gezinnen page's dialog)."""
        if self.request_id is None:
            return None
        dialog = RequestToHouseholdDialog(self.ctx, self.request_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        request_id = self.request_id

        def created(_household_id: int) -> None:
            self.changed.emit(request_id)
            self.reload()

        dialog.created.connect(created)
        self.household_dialog = dialog
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- duplicates

    def compare(self) -> None:
        """Open the side-by-side comparison with the requests this one looks like."""
        if self.detail is None or not self.detail.duplicates:
            return
        db, duplicates, actor = self.db, list(self.detail.duplicates), self.ctx.actor
        left = side_of_record(self.detail.record)
        self.compare_button.setEnabled(False)

        def arrived(found: list[tuple[DuplicateCandidate, Side]]) -> None:
            self.compare_button.setEnabled(True)
            if not found:
                return
            dialog = DuplicateDialog(left, found, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.chosen.connect(self._merge)
            self.duplicate_dialog = dialog
            dialog.open()

        def failed(error: BaseException) -> None:
            self.compare_button.setEnabled(True)
            report_failure(error, self)

        run_in_background(
            lambda: load_candidates(db, duplicates, actor),
            owner=self,
            on_success=arrived,
            on_failure=failed,
        )

    def _merge(self, choice: DuplicateChoice) -> None:
        if self.detail is None or choice.keep_id is None:
            return
        mine = self.detail.record
        other = choice.candidate
        keep_id = choice.keep_id
        merge_id = other.request_id if keep_id == mine.id else mine.id
        versions = {mine.id: mine.version, other.request_id: other.version}
        db = self.db
        actor = self.ctx.actor
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False)
            self.changed.emit(keep_id)
            self._pending_message = (
                translate(
                    "RequestDetail",
                    "Aanvraag {merged} is samengevoegd met aanvraag {keep}. De geschiedenis van "
                    "beide staat hieronder.",
                ).format(merged=merge_id, keep=keep_id),
                "success",
            )
            self.request_id = None  # show the kept one, freshly
            self.request(keep_id, now=True)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if isinstance(error, UserError):
                self.bar.show_message(
                    error.message,
                    "error",
                    [(translate("RequestDetail", "Opnieuw laden"), self.reload)],
                )
            else:
                report_failure(error, self)

        run_in_background(
            lambda: merge_requests(
                db,
                keep_id,
                merge_id,
                keep_version=versions[keep_id],
                merge_version=versions[merge_id],
                actor=actor,
            ),
            owner=self,
            on_success=done,
            on_failure=failed,
        )
