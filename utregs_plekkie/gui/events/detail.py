"""The detail panel of one event: when and where, who is invited, registered and came.

Attendance is ticked in the list (a check box per person) and saved with one button
through ``storage.events.record_attendance``, which moves people on: a request that
came to an information evening becomes "informatieavond", a family moves on to the
"kennismakingsgesprek". After a training the program only *suggests* moving families
on; the suggestions are listed here to confirm. Ticking someone who was only invited
records a walk-in. Registered people left unticked are recorded as absent.

The invitation list (CSV with names and e-mail addresses) and the attendance list to
print (PDF) are saved where the user chooses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.errors import NotFoundError, UserError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.events.dialogs import EventDialog, InviteDialog
from utregs_plekkie.gui.events.files import choose_save_path, open_actions, suggested_path
from utregs_plekkie.gui.events.registrations import RegistrationModel, when_text
from utregs_plekkie.gui.events.suggestions import SuggestionsBox, move_suggested
from utregs_plekkie.gui.households.widgets import (
    FlowLayout,
    MessageBar,
    WholeCellCheckDelegate,
    heading,
    hint,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.packs.attendance import write_attendance_list
from utregs_plekkie.storage.events import (
    AttendanceOutcome,
    EventDetail,
    RegistrationRow,
    cancel_registration,
    event_detail,
    record_attendance,
    register,
    remove_event,
    write_invitations_csv,
)


class EventDetailPanel(QWidget):
    """One event, its people and what can be done with them."""

    #: The event changed (edited, people invited or registered, attendance): lists refresh.
    changed = Signal(int)
    #: The event was removed.
    removed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.detail: EventDetail | None = None
        self.event_id: int | None = None
        self.loading = False
        self.busy = False
        self._wanted: int | None = None
        self._loads = LatestOnly(owner=self)
        self.dialog: EventDialog | InviteDialog | None = None
        self.last_saved: Path | None = None
        self.setObjectName("eventDetail")
        self.setAccessibleName(self.tr("Gegevens van het gekozen evenement"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.placeholder = QLabel(
            self.tr("Kies een evenement in de lijst om te zien wie er komen en wie er waren."),
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
        self.name.setObjectName("eventName")
        layout.addWidget(self.name)
        self.subtitle = QLabel(page)
        self.subtitle.setObjectName("hintLabel")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.when = QLabel(page)
        self.when.setWordWrap(True)
        layout.addWidget(self.when)
        self.counts = QLabel(page)
        self.counts.setObjectName("eventCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.notes = hint("", page)
        layout.addWidget(self.notes)

        actions = FlowLayout(spacing=6)
        self.edit_button = QPushButton(self.tr("Wijzigen…"), page)
        self.edit_button.setAccessibleName(self.tr("Evenement wijzigen"))
        self.edit_button.clicked.connect(self.edit_event)
        self.invite_button = QPushButton(self.tr("Uitnodigen…"), page)
        self.invite_button.clicked.connect(self.invite_people)
        self.csv_button = QPushButton(self.tr("Uitnodigingslijst opslaan…"), page)
        self.csv_button.setToolTip(
            self.tr("Namen en e-mailadressen als CSV, voor uw e-mailprogramma")
        )
        self.csv_button.clicked.connect(self.save_invitations)
        self.pdf_button = QPushButton(self.tr("Presentielijst afdrukken…"), page)
        self.pdf_button.setToolTip(self.tr("Een lijst om af te tekenen, als PDF"))
        self.pdf_button.clicked.connect(self.print_attendance_list)
        self.with_contact = QCheckBox(self.tr("met e-mail en telefoon"), page)
        self.with_contact.setToolTip(
            self.tr("Alleen voor de eigen administratie: niet op de tafel bij de ingang leggen")
        )
        self.remove_button = QPushButton(self.tr("Verwijderen…"), page)
        self.remove_button.setAccessibleName(self.tr("Evenement verwijderen"))
        self.remove_button.clicked.connect(self.remove)
        for widget in (
            self.edit_button,
            self.invite_button,
            self.csv_button,
            self.pdf_button,
            self.with_contact,
            self.remove_button,
        ):
            actions.addWidget(widget)
        layout.addLayout(actions)

        self.model = RegistrationModel(self)
        self.table = QTableView(page)
        self.table.setObjectName("registrationsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, WholeCellCheckDelegate(self.table))
        self.table.setAccessibleName(self.tr("Uitgenodigd, aangemeld en aanwezig"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty = hint(
            self.tr(
                "Nog niemand uitgenodigd. Kies 'Uitnodigen…' om aanvragen of gezinnen te vragen."
            ),
            page,
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        people = FlowLayout(spacing=6)
        self.register_button = QPushButton(self.tr("Aanmelden"), page)
        self.register_button.setToolTip(self.tr("De gekozen persoon aanmelden (komt zeker)"))
        self.register_button.clicked.connect(self.register_selected)
        self.cancel_button = QPushButton(self.tr("Afmelden"), page)
        self.cancel_button.setToolTip(self.tr("De aanmelding van de gekozen persoon intrekken"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.save_button = QPushButton(self.tr("Aanwezigheid opslaan"), page)
        self.save_button.setObjectName("saveAttendance")
        self.save_button.clicked.connect(self.save_attendance)
        self.undo_button = QPushButton(self.tr("Vinkjes terugzetten"), page)
        self.undo_button.clicked.connect(self.model.undo)
        for button in (
            self.register_button,
            self.cancel_button,
            self.undo_button,
            self.save_button,
        ):
            people.addWidget(button)
        layout.addLayout(people)

        self.suggestions_box = SuggestionsBox(page)
        self.suggestions = self.suggestions_box.list
        self.apply_button = self.suggestions_box.apply_button
        self.suggestions_box.apply_requested.connect(self.apply_suggestions)
        layout.addWidget(self.suggestions_box)
        self.stack.addWidget(page)
        self.page = page

        self.model.pending_changed.connect(self._pending)
        self._pending(0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self._load(self._wanted))

    # ----------------------------------------------------------------- loading

    def request(self, event_id: int | None, *, now: bool = False) -> None:
        if event_id is None or event_id < 0:
            return
        if event_id != self.event_id and self.model.changes():
            self.bar.show_message(
                self.tr(
                    "De vinkjes bij dit evenement zijn nog niet opgeslagen. Sla ze eerst op of "
                    "zet ze terug."
                ),
                "warning",
                [
                    (self.tr("Opslaan"), self.save_attendance),
                    (self.tr("Terugzetten en verder"), lambda: self._discard_then(event_id)),
                ],
            )
            return
        self._wanted = event_id
        if now:
            self._timer.stop()
            self._load(event_id)
        else:
            self._timer.start()

    def _discard_then(self, event_id: int) -> None:
        self.model.undo()
        self.request(event_id, now=True)

    def reload(self) -> None:
        if self.event_id is not None:
            self._load(self.event_id)

    def _load(self, event_id: int | None) -> None:
        if event_id is None:
            return
        self.loading = True
        db = self.db

        def arrived(detail: EventDetail) -> None:
            self.loading = False
            self.show_detail(detail)

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, NotFoundError):
                self.event_id = None
                self.detail = None
                self.placeholder.setText(error.message)
                self.stack.setCurrentWidget(self.placeholder)
            else:
                report_failure(error, self)

        self._loads.run(lambda: event_detail(db, event_id), on_success=arrived, on_failure=failed)

    def show_detail(self, detail: EventDetail) -> None:
        same = detail.event_id == self.event_id
        self.detail = detail
        self.event_id = detail.event_id
        data = detail.data
        self.name.setText(data.name)
        self.name.setAccessibleName(data.name)
        organisation = label(data.provider) if data.provider else self.tr("de campagne")
        kind = label(data.kind)
        self.subtitle.setText(f"{kind[:1].upper()}{kind[1:]} · {organisation}")
        where = data.location or self.tr("plaats nog niet bekend")
        self.when.setText(f"{when_text(detail)} · {where}")
        self.when.setAccessibleName(self.when.text())
        invited = sum(1 for r in detail.registrations if r.invited_at is not None)
        places = (
            self.tr("{n} van {capacity} plaatsen bezet").format(
                n=detail.registered, capacity=data.capacity
            )
            if data.capacity
            else self.tr("{n} aangemeld, geen maximum").format(n=detail.registered)
        )
        text = self.tr("Uitgenodigd: {invited} · {places} · aanwezig: {came}").format(
            invited=invited, places=places, came=detail.attended
        )
        if detail.is_full:
            text += self.tr(" · vol")
        self.counts.setText(text)
        self.counts.setAccessibleName(text)
        self.notes.setText(data.notes)
        self.notes.setVisible(bool(data.notes))
        self.model.set_rows(detail.registrations)
        self.empty.setVisible(not detail.registrations)
        for button in (self.register_button, self.cancel_button):
            button.setEnabled(bool(detail.registrations))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 260))
        if not same:
            self.bar.dismiss()
            self.suggestions_box.hide()
        self.stack.setCurrentWidget(self.page)

    def _pending(self, count: int) -> None:
        self.save_button.setEnabled(count > 0 and not self.busy)
        self.undo_button.setEnabled(count > 0)
        self.save_button.setText(
            self.tr("Aanwezigheid opslaan ({n})").format(n=count)
            if count
            else self.tr("Aanwezigheid opslaan")
        )

    # ----------------------------------------------------------------- helpers

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._pending(self.model.changes())
        if isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def _done(self, text: str) -> None:
        self.bar.show_message(text, "success")
        self._changed()

    def _changed(self) -> None:
        if self.event_id is not None:
            self.reload()
            self.changed.emit(self.event_id)

    def selected_row(self) -> RegistrationRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # ----------------------------------------------------------------- the event

    def edit_event(self) -> EventDialog | None:
        if self.detail is None:
            return None
        dialog = EventDialog(self.ctx, self.detail.event_id, self)
        dialog.load(self.detail.data, self.detail.version)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self._changed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def invite_people(self) -> InviteDialog | None:
        if self.detail is None:
            return None
        dialog = InviteDialog(
            self.ctx, self.detail.event_id, self.detail.data.kind, self.detail.data.name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.invited.connect(lambda _result: self._changed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        self.bar.show_message(
            self.tr(
                "'{name}' verwijderen, met de lijst van uitgenodigden? Dat kan niet "
                "ongedaan worden."
            ).format(name=detail.data.name),
            "warning",
            [
                (self.tr("Ja, verwijderen"), lambda: self._remove(detail)),
                (self.tr("Niet verwijderen"), self.bar.dismiss),
            ],
        )

    def _remove(self, detail: EventDetail) -> None:
        actor = self.ctx.actor
        db = self.db

        def done(_none: None) -> None:
            self.event_id = None
            self.detail = None
            self.placeholder.setText(
                self.tr("'{name}' is verwijderd.").format(name=detail.data.name)
            )
            self.stack.setCurrentWidget(self.placeholder)
            self.removed.emit(detail.event_id)

        run_in_background(
            lambda: remove_event(db, detail.event_id, detail.version, actor=actor),
            owner=self,
            on_success=done,
            on_failure=self._failed,
        )

    # ----------------------------------------------------------------- people

    def register_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.event_id is None:
            self.bar.show_message(self.tr("Kies eerst iemand in de lijst."), "info")
            return
        if row.registered_at is not None:
            self.bar.show_message(self.tr("{name} is al aangemeld.").format(name=row.name), "info")
            return
        actor = self.ctx.actor
        db, event_id = self.db, self.event_id
        run_in_background(
            lambda: register(
                db,
                event_id,
                request_id=row.request_id if row.household_id is None else None,
                household_id=row.household_id,
                actor=actor,
            ),
            owner=self,
            on_success=lambda _id: self._done(
                self.tr("{name} is aangemeld.").format(name=row.name)
            ),
            on_failure=self._failed,
        )

    def cancel_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.bar.show_message(self.tr("Kies eerst iemand in de lijst."), "info")
            return
        actor = self.ctx.actor
        db = self.db
        run_in_background(
            lambda: cancel_registration(db, row.registration_id, actor=actor),
            owner=self,
            on_success=lambda _none: self._done(
                self.tr("De aanmelding van {name} is ingetrokken.").format(name=row.name)
            ),
            on_failure=self._failed,
        )

    # ----------------------------------------------------------------- attendance

    def save_attendance(self) -> None:
        if self.event_id is None or self.busy:
            return
        attendance = self.model.attendance()
        if not attendance:
            self.bar.show_message(
                self.tr("Vink eerst aan wie er was; er is nog niemand aangemeld."), "info"
            )
            return
        actor = self.ctx.actor
        db, event_id = self.db, self.event_id
        self.busy = True
        self._pending(0)
        run_in_background(
            lambda: record_attendance(db, event_id, attendance, actor=actor),
            owner=self,
            on_success=self._attendance_saved,
            on_failure=self._failed,
        )

    def outcome_text(self, outcome: AttendanceOutcome) -> str:
        came = sum(1 for v in self.model.attendance().values() if v)
        parts = [self.tr("Aanwezigheid opgeslagen: {n} aanwezig.").format(n=came)]
        if outcome.requests_moved:
            n = len(outcome.requests_moved)
            parts.append(
                self.tr("1 aanvraag staat nu op 'informatieavond'.")
                if n == 1
                else self.tr("{n} aanvragen staan nu op 'informatieavond'.").format(n=n)
            )
        if outcome.households_moved:
            n = len(outcome.households_moved)
            parts.append(
                self.tr("1 gezin ging door naar het kennismakingsgesprek.")
                if n == 1
                else self.tr("{n} gezinnen gingen door naar het kennismakingsgesprek.").format(n=n)
            )
        parts.extend(outcome.notes)
        return " ".join(parts)

    def _attendance_saved(self, outcome: AttendanceOutcome) -> None:
        self.busy = False
        text = self.outcome_text(outcome)
        self.bar.show_message(text, "success")
        self.suggestions_box.show_suggestions(outcome.suggestions)
        self._changed()

    def apply_suggestions(self) -> None:
        chosen = self.suggestions_box.chosen()
        if not chosen:
            self.bar.show_message(self.tr("Vink eerst aan welke gezinnen door kunnen."), "info")
            return
        db, actor = self.db, self.ctx.actor

        def done(result: tuple[list[str], list[str]]) -> None:
            moved, refused = result
            text = self.tr("Doorgezet: {names}.").format(names=", ".join(moved)) if moved else ""
            if refused:
                text = " ".join(p for p in (text, *refused) if p)
            self.bar.show_message(text, "error" if refused else "success")
            self.suggestions_box.hide()
            self._changed()

        self.apply_button.setEnabled(False)
        run_in_background(
            lambda: move_suggested(db, actor, chosen),
            owner=self,
            on_success=done,
            on_failure=self._failed,
        )

    # ----------------------------------------------------------------- files

    def _file_saved(self, path: Path, text: str) -> None:
        self.last_saved = path
        self.bar.show_message(text, "success", open_actions(path))

    def save_invitations(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        path = choose_save_path(
            self,
            self.tr("Uitnodigingslijst opslaan"),
            suggested_path(detail, "uitnodigingen", ".csv"),
            self.tr("CSV voor Excel (*.csv)"),
        )
        if path is None:
            return
        actor = self.ctx.actor
        db = self.db
        run_in_background(
            lambda: write_invitations_csv(db, detail.event_id, path, actor=actor),
            owner=self,
            on_success=lambda n: self._file_saved(
                path,
                self.tr("De uitnodigingslijst ({n} personen) staat in {path}.").format(
                    n=n, path=path
                ),
            ),
            on_failure=self._failed,
        )

    def print_attendance_list(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        path = choose_save_path(
            self,
            self.tr("Presentielijst opslaan"),
            suggested_path(detail, "presentielijst", ".pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        contact = self.with_contact.isChecked()
        actor = self.ctx.actor
        db = self.db
        run_in_background(
            lambda: write_attendance_list(
                db,
                detail.event_id,
                path,
                include_contact=contact,
                actor=actor,
            ),
            owner=self,
            on_success=lambda written: self._file_saved(
                written,
                self.tr("De presentielijst staat in {path}. Open hem om af te drukken.").format(
                    path=written
                ),
            ),
            on_failure=self._failed,
        )


__all__ = ["EventDetailPanel", "RegistrationModel", "when_text"]
