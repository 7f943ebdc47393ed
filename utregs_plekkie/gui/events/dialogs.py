"""Creating and editing an event, and inviting people to it.

:class:`EventDialog` edits the kind, name, date and times, place, capacity, provider
and notes of an information evening, training or pop-up (version-checked, like every
edit). :class:`InviteDialog` finds requests or families (search as you type, with a
sensible preselection for the kind of event: open requests for an information
evening, families in their preparation training for a training session), and invites
the ones ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import EventKind, PipelineStage, Provider, RequestStatus, label
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.form_dialog import FormDialog
from utregs_plekkie.gui.households.widgets import (
    DateField,
    FlowLayout,
    MessageBar,
    WholeCellCheckDelegate,
    hint,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.events import (
    EventData,
    InviteResult,
    create_event,
    event_detail,
    invite,
    update_event,
)
from utregs_plekkie.storage.households import HouseholdQuery, count_households, fetch_households
from utregs_plekkie.storage.requests import RequestQuery, count_requests, fetch_requests

AnyIndex = QModelIndex | QPersistentModelIndex

#: Requests that have not been to an information evening yet.
OPEN_REQUESTS = frozenset(
    {
        RequestStatus.NIEUW,
        RequestStatus.PAKKET_VERSTUURD,
        RequestStatus.GEBELD,
        RequestStatus.NIET_NU,
    }
)
#: Candidates shown at a time (search to narrow them down).
CANDIDATES = 200


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class EventDialog(FormDialog[EventData]):
    """A new event, or the changes to one."""

    def __init__(
        self, ctx: AppContext, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.set_title(self.tr("Evenement wijzigen") if event_id else self.tr("Nieuw evenement"))
        self.event_id = event_id
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in EventKind:
            self.kind.addItem(label(kind), kind.value)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Informatieavond Leidsche Rijn"))
        self.day = DateField("starts_at", self)
        times = QWidget(self)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = QTimeEdit(times)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Begintijd"))
        self.has_end = QCheckBox(self.tr("tot"), times)
        self.has_end.setChecked(True)
        self.end = QTimeEdit(times)
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Eindtijd"))
        self.has_end.toggled.connect(self.end.setEnabled)
        row.addWidget(self.start)
        row.addWidget(self.has_end)
        row.addWidget(self.end)
        row.addWidget(QLabel(self.tr("uur"), times))
        row.addStretch(1)
        self.location = QLineEdit(self)
        self.location.setObjectName("location")
        self.location.setPlaceholderText(self.tr("bijvoorbeeld Wijkcentrum De Schakel, Utrecht"))
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("geen maximum"))
        self.capacity.setSuffix(self.tr(" personen"))
        self.provider = QComboBox(self)
        self.provider.addItem(self.tr("beide / de campagne"), None)
        for provider in Provider:
            self.provider.addItem(label(provider), provider.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        f = self.form
        f.add_row("kind", self.tr("Soort:"), self.kind)
        f.add_row("name", self.tr("Naam:"), self.name)
        f.add_row("starts_at", self.tr("Datum:"), self.day)
        f.add_row("ends_at", self.tr("Tijd:"), times)
        f.add_row("location", self.tr("Plaats:"), self.location)
        f.add_row("capacity", self.tr("Capaciteit:"), self.capacity)
        f.add_row("provider", self.tr("Organisatie:"), self.provider)
        f.add_row("notes", self.tr("Opmerkingen:"), self.notes)
        if event_id is None:
            start = datetime.combine(self.ctx.today() + timedelta(days=14), time(19, 30))
            self.load(
                EventData(
                    kind=EventKind.INFORMATIEAVOND,
                    name="",
                    starts_at=start.replace(tzinfo=clock.LOCAL_TZ),
                    ends_at=(start + timedelta(hours=2)).replace(tzinfo=clock.LOCAL_TZ),
                )
            )
        self.name.setFocus()

    def collect(self) -> EventData:
        day = self.day.value()
        if day is None:
            raise ValidationError(
                self.tr("Vul de datum van het evenement in (dd-mm-jjjj)."), field="starts_at"
            )
        starts = datetime.combine(day, _time(self.start.time()), tzinfo=clock.LOCAL_TZ)
        ends = None
        if self.has_end.isChecked():
            ends = datetime.combine(day, _time(self.end.time()), tzinfo=clock.LOCAL_TZ)
        provider = self.provider.currentData()
        return EventData(
            kind=EventKind(str(self.kind.currentData())),
            name=self.name.text(),
            starts_at=starts,
            ends_at=ends,
            location=self.location.text(),
            capacity=self.capacity.value() or None,
            provider=Provider(str(provider)) if provider else None,
            notes=self.notes.toPlainText(),
        )

    def fill(self, data: EventData) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(EventKind(data.kind).value)))
        self.name.setText(data.name)
        starts = data.starts_at.astimezone(clock.LOCAL_TZ)
        self.day.set_value(starts.date())
        self.start.setTime(_qtime(starts.time()))
        self.has_end.setChecked(data.ends_at is not None)
        if data.ends_at is not None:
            self.end.setTime(_qtime(data.ends_at.astimezone(clock.LOCAL_TZ).time()))
        self.end.setEnabled(data.ends_at is not None)
        self.location.setText(data.location)
        self.capacity.setValue(data.capacity or 0)
        self.provider.setCurrentIndex(
            max(0, self.provider.findData(data.provider.value if data.provider else None))
        )
        self.notes.setPlainText(data.notes)

    def save_work(self, data: EventData) -> Callable[[], Any]:
        actor = self.ctx.actor
        db, event_id, version = self.db, self.event_id, self.version
        if event_id is None or version is None:
            return lambda: create_event(db, data, actor=actor)
        return lambda: update_event(db, event_id, version, data, actor=actor)

    def latest(self) -> tuple[EventData, int] | None:
        if self.event_id is None:
            return None
        detail = event_detail(self.db, self.event_id)
        return detail.data, detail.version


# --------------------------------------------------------------------------- inviting


@dataclass(frozen=True)
class Candidate:
    """Someone who can be invited: a request or a family."""

    id: int
    is_household: bool
    name: str
    detail: str


class CandidateModel(QAbstractListModel):
    """Search results to tick."""

    ticked_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Candidate] = []
        self._ticked: set[tuple[bool, int]] = set()

    def set_candidates(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def candidates(self) -> list[Candidate]:
        return list(self._rows)

    def ticked(self) -> set[tuple[bool, int]]:
        """(is a family, id) of everyone ticked, also those a new search hides."""
        return set(self._ticked)

    def tick_all(self, on: bool) -> None:
        for row in self._rows:
            key = (row.is_household, row.id)
            if on:
                self._ticked.add(key)
            else:
                self._ticked.discard(key)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        self.ticked_changed.emit(len(self._ticked))

    def clear_ticks(self) -> None:
        self._ticked.clear()
        self.tick_all(False)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.name} — {row.detail}" if row.detail else row.name
        if role == Qt.ItemDataRole.CheckStateRole:
            key = (row.is_household, row.id)
            return Qt.CheckState.Checked if key in self._ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        key = (row.is_household, row.id)
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit(len(self._ticked))
        return True


class InviteDialog(QDialog):
    """Find requests or families and invite the ones ticked."""

    #: People were invited (:class:`InviteResult`).
    invited = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        event_id: int,
        kind: EventKind,
        event_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.event_id = event_id
        self.event_kind = kind
        self.searching = False
        self._searches = LatestOnly(owner=self)
        title = self.tr("Uitnodigen voor {name}").format(name=event_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)

        who = FlowLayout(spacing=12)
        self.requests_choice = QRadioButton(self.tr("Aanvragen"), self)
        self.households_choice = QRadioButton(self.tr("Gezinnen"), self)
        who.addWidget(self.requests_choice)
        who.addWidget(self.households_choice)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Welke"))
        who.addWidget(self.group)
        layout.addLayout(who)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek op naam, e-mail, telefoon of postcode"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        self.model = CandidateModel(self)
        self.list = QListView(self)
        self.list.setObjectName("candidates")
        self.list.setModel(self.model)
        self.list.setItemDelegate(WholeCellCheckDelegate(self.list))
        self.list.setAccessibleName(self.tr("Gevonden mensen; vink aan wie u wilt uitnodigen"))
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)
        self.found = QLabel(self)
        self.found.setObjectName("hintLabel")
        layout.addWidget(self.found)

        ticks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Alles aanvinken"), self)
        self.all_button.clicked.connect(lambda: self.model.tick_all(True))
        self.none_button = QPushButton(self.tr("Niets aanvinken"), self)
        self.none_button.clicked.connect(self.model.clear_ticks)
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        layout.addWidget(
            hint(
                self.tr(
                    "Wie al op de lijst staat, wordt niet dubbel uitgenodigd. Een e-mail gaat "
                    "er niet vanzelf uit: sla daarna de uitnodigingslijst op."
                ),
                self,
            )
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("inviteButton")
        self.buttons.addButton(self.invite_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.invite_button.clicked.connect(self.invite_ticked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.group.currentIndexChanged.connect(self.search_now)
        for choice in (self.requests_choice, self.households_choice):
            choice.toggled.connect(self._choice_toggled)
        self.model.ticked_changed.connect(self._count_ticks)

        households_first = kind == EventKind.TRAINING
        (self.households_choice if households_first else self.requests_choice).setChecked(True)
        self._count_ticks(0)
        self.search.setFocus()

    # ----------------------------------------------------------------- searching

    def _choice_toggled(self, on: bool) -> None:
        if on:
            self._kind_changed()

    def _kind_changed(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        if self.requests_choice.isChecked():
            self.group.addItem(self.tr("nog niet op een informatieavond geweest"), "open")
            self.group.addItem(self.tr("alle aanvragen"), "all")
        else:
            first = (
                PipelineStage.TRAINING
                if self.event_kind == EventKind.TRAINING
                else PipelineStage.INFORMATIEBIJEENKOMST
            )
            for stage in (first, *(s for s in PipelineStage if s != first)):
                self.group.addItem(
                    self.tr("in fase {stage}").format(stage=label(stage)), stage.value
                )
            self.group.addItem(self.tr("alle gezinnen"), "all")
        self.group.blockSignals(False)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        self.searching = True
        text = self.search.text()
        group = str(self.group.currentData() or "all")
        db = self.db
        unknown = self.tr("(naam onbekend)")
        if self.requests_choice.isChecked():
            query = RequestQuery(
                text=text, statuses=OPEN_REQUESTS if group == "open" else frozenset()
            )

            def work() -> tuple[int, list[Candidate]]:
                total = count_requests(db, query)
                rows = fetch_requests(db, query, 0, CANDIDATES, total=total)
                return total, [
                    Candidate(
                        r.id,
                        False,
                        r.name or unknown,
                        ", ".join(p for p in (r.email or "", label(r.status)) if p),
                    )
                    for r in rows
                ]

        else:
            stages = frozenset() if group == "all" else frozenset({PipelineStage(group)})
            hq = HouseholdQuery(text=text, stages=stages)

            def work() -> tuple[int, list[Candidate]]:
                total = count_households(db, hq)
                rows = fetch_households(db, hq, 0, CANDIDATES)
                return total, [
                    Candidate(r.id, True, r.name, ", ".join(p for p in (r.email, r.city) if p))
                    for r in rows
                ]

        def arrived(result: tuple[int, list[Candidate]]) -> None:
            self.searching = False
            total, rows = result
            self.model.set_candidates(rows)
            if total > len(rows):
                self.found.setText(
                    self.tr(
                        "{shown} van {total} getoond; zoek gerichter om de rest te zien."
                    ).format(shown=lists.format_number(len(rows)), total=lists.format_number(total))
                )
            else:
                self.found.setText(
                    self.tr("{n} gevonden.").format(n=lists.format_number(total))
                    if total
                    else self.tr("Niemand gevonden. Maak de zoektekst korter of kies 'alle'.")
                )

        def failed(error: BaseException) -> None:
            self.searching = False
            report_failure(error, self)

        self._searches.run(work, on_success=arrived, on_failure=failed)

    def _count_ticks(self, count: int) -> None:
        self.invite_button.setText(
            self.tr("Uitnodigen ({n})").format(n=count) if count else self.tr("Uitnodigen")
        )
        self.invite_button.setEnabled(count > 0)

    # ----------------------------------------------------------------- inviting

    def invite_ticked(self) -> None:
        ticked = self.model.ticked()
        if not ticked:
            self.bar.show_message(self.tr("Vink eerst aan wie u wilt uitnodigen."), "info")
            return
        requests = sorted(i for is_household, i in ticked if not is_household)
        households = sorted(i for is_household, i in ticked if is_household)
        actor = self.ctx.actor
        db, event_id = self.db, self.event_id
        self.invite_button.setEnabled(False)

        def done(result: InviteResult) -> None:
            self.model.clear_ticks()
            text = self.tr("{n} uitgenodigd.").format(n=result.invited)
            if result.already:
                text += " " + self.tr("{n} stonden al op de lijst.").format(n=result.already)
            self.bar.show_message(text, "success")
            self.invited.emit(result)

        def failed(error: BaseException) -> None:
            self._count_ticks(len(self.model.ticked()))
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        run_in_background(
            lambda: invite(
                db,
                event_id,
                request_ids=requests,
                household_ids=households,
                actor=actor,
            ),
            owner=self,
            on_success=done,
            on_failure=failed,
        )


__all__ = ["Candidate", "CandidateModel", "EventDialog", "InviteDialog"]
