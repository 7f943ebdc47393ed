"""A request typed in by hand (Ctrl+N), checked as it is typed, and compared with
existing requests before it is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import MessageBar, hint
from utregs_plekkie.gui.requests.dialogs.compare import (
    MAX_CANDIDATES,
    DuplicateChoice,
    DuplicateDialog,
    Side,
    load_candidates,
    side_of_input,
)
from utregs_plekkie.gui.requests.form import RequestForm
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.requests import (
    DuplicateCandidate,
    InvalidRequestError,
    RequestInput,
    create_request,
    find_duplicates,
    merge_requests,
    validate_request_input,
)

translate = QCoreApplication.translate


class NewRequestDialog(QDialog):
    """A request typed in by hand (a phone call, an e-mail, a card from an evening)."""

    #: Saved: the id of the request that holds it now, and a sentence for the page.
    created = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.busy = False
        self.duplicate_dialog: DuplicateDialog | None = None
        self.setObjectName("newRequestDialog")
        title = translate("RequestDialogs", "Nieuwe aanvraag")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        layout.addWidget(
            hint(
                translate(
                    "RequestDialogs",
                    "Vul in wat u weet. Nodig zijn een naam en een e-mailadres of "
                    "telefoonnummer, en de bron. Bij opslaan wordt gekeken of de persoon al "
                    "bekend is.",
                ),
                self,
            )
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form = RequestForm(scroll, new=True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(translate("RequestDialogs", "Opslaan"), self)
        self.save_button.setObjectName("saveNewRequest")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("RequestDialogs", "Annuleren"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.load(RequestInput(source=None))
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, 640)
        self.form.focus_first()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(text or translate("RequestDialogs", "Opslaan"))

    def save(self) -> None:
        if self.busy:
            return
        self.bar.dismiss()
        data = self.form.values()
        errors: list[ValidationError] = []
        checked = validate_request_input(data)
        if isinstance(checked, list):
            errors.extend(checked)
        if data.source is None:
            errors.append(
                ValidationError(
                    translate(
                        "RequestDialogs", "Kies de bron: hoe heeft de persoon van ons gehoord?"
                    ),
                    field="source",
                )
            )
        if errors:
            self.form.show_errors(errors, self.bar)
            return
        self.form.form.clear_errors()
        db, actor = self.db, self.ctx.actor
        self._set_busy(True, translate("RequestDialogs", "Bezig met controleren…"))

        def work() -> list[tuple[DuplicateCandidate, Side]]:
            found = find_duplicates(db, data, limit=MAX_CANDIDATES)
            return load_candidates(db, found, actor)

        run_in_background(
            work,
            owner=self,
            on_success=lambda found: self._checked(data, found),
            on_failure=self._failed,
        )

    def _checked(self, data: RequestInput, found: list[tuple[DuplicateCandidate, Side]]) -> None:
        self._set_busy(False)
        if not found:
            self._store(data, None)
            return
        dialog = DuplicateDialog(side_of_input(data), found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda choice: self._store(data, choice))
        self.duplicate_dialog = dialog
        dialog.open()

    def _store(self, data: RequestInput, choice: DuplicateChoice | None) -> None:
        db, actor = self.db, self.ctx.actor
        merge_into = choice.keep_id if choice is not None and choice.action == "merge" else None
        merge_version = choice.candidate.version if merge_into is not None and choice else None
        self._set_busy(True, translate("RequestDialogs", "Bezig met opslaan…"))

        def work() -> tuple[int, str]:
            record = create_request(db, data, actor=actor)
            if merge_into is None:
                return record.id, translate(
                    "RequestDialogs", "Aanvraag {id} is opgeslagen."
                ).format(id=record.id)
            try:
                merge_requests(
                    db,
                    merge_into,
                    record.id,
                    keep_version=merge_version,
                    actor=actor,
                )
            except UserError as error:
                return record.id, translate(
                    "RequestDialogs",
                    "De aanvraag is opgeslagen als aanvraag {id}, maar samenvoegen lukte niet: "
                    "{reason} Voeg ze samen vanuit de details van de aanvraag.",
                ).format(id=record.id, reason=error.message)
            return merge_into, translate(
                "RequestDialogs",
                "Opgeslagen en samengevoegd met aanvraag {id}; de geschiedenis van beide is "
                "bewaard.",
            ).format(id=merge_into)

        run_in_background(work, owner=self, on_success=self._stored, on_failure=self._failed)

    def _stored(self, result: tuple[int, str]) -> None:
        self._set_busy(False)
        request_id, sentence = result
        self.created.emit(request_id, sentence)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidRequestError):
            self.form.show_errors(error.errors, self.bar)
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)
