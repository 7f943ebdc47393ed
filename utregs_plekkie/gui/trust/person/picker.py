"""Picking the person an AVG request is about: a request (lead) or a family, found by
name, e-mail, phone, postcode or number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.errors import NotFoundError, UserError
from utregs_plekkie.core.requests import classify_search
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.trust.common import (
    set_level,
    status_label,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import HouseholdQuery, fetch_households, household_detail
from utregs_plekkie.storage.lists import format_date
from utregs_plekkie.storage.requests import RequestQuery, fetch_requests, load_request

REQUEST = "request"
HOUSEHOLD = "household"
MAX_RESULTS = 50

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonRef:
    """A picked person: a request or a household, with what identifies it on screen."""

    kind: str  # REQUEST or HOUSEHOLD
    id: int
    name: str
    detail: str

    def arguments(self) -> dict[str, int]:
        return {"request_id": self.id} if self.kind == REQUEST else {"household_id": self.id}

    def file_stem(self) -> str:
        return f"inzage-{'aanvraag' if self.kind == REQUEST else 'gezin'}-{self.id}"


def _find_requests(db: Database, text: str) -> list[PersonRef]:
    found: list[PersonRef] = []
    cleaned = text.strip().lstrip("#")
    if cleaned.isdigit():
        try:
            record = load_request(db, int(cleaned))
        except NotFoundError:
            record = None
        if record is not None:
            name = " ".join(
                p for p in (record.first_name, record.name_prefix, record.last_name) if p
            )
            detail = ", ".join(
                p
                for p in (
                    record.email or "",
                    label(record.status),
                    format_date(record.received_at),
                )
                if p
            )
            found.append(PersonRef(REQUEST, record.id, name or "(geanonimiseerd)", detail))
    if classify_search(text) is not None:
        for row in fetch_requests(db, RequestQuery(text=text), limit=MAX_RESULTS):
            if any(p.id == row.id for p in found):
                continue
            detail = ", ".join(
                p for p in (row.email or "", label(row.status), format_date(row.received_at)) if p
            )
            found.append(PersonRef(REQUEST, row.id, row.name, detail))
    return found


def _find_households(db: Database, text: str) -> list[PersonRef]:
    found: list[PersonRef] = []
    cleaned = text.strip().lstrip("#")
    if cleaned.isdigit():
        try:
            detail = household_detail(db, int(cleaned), log_view=False)
        except NotFoundError:
            detail = None
        if detail is not None:
            household = detail.household
            found.append(
                PersonRef(
                    HOUSEHOLD,
                    household.id,
                    household.name or "(geanonimiseerd)",
                    ", ".join(p for p in (household.city, label(household.stage)) if p),
                )
            )
    if text.strip():
        for row in fetch_households(db, HouseholdQuery(text=text), limit=MAX_RESULTS):
            if any(p.id == row.id for p in found):
                continue
            detail_text = ", ".join(p for p in (row.city, row.email, label(row.stage)) if p)
            found.append(PersonRef(HOUSEHOLD, row.id, row.name, detail_text))
    return found


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonRef] = []

    def set_people(self, people: list[PersonRef]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Nummer"), self.tr("Naam"), self.tr("Gegevens")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.people[index.row()]
        return [str(person.id), person.name, person.detail][index.column()]


class PersonPicker(QWidget):
    """Choose a request or a family: kind, search text, then a row of the results."""

    chosen = Signal(object)  # PersonRef or None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # A newer search replaces an outdated one (gui.operations).
        self._search = LatestOnly(owner=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kinds = QHBoxLayout()
        self.request_radio = QRadioButton(self.tr("een &aanvraag (belangstellende)"), self)
        self.request_radio.setObjectName("kindRequest")
        self.household_radio = QRadioButton(self.tr("een &gezin"), self)
        self.household_radio.setObjectName("kindHousehold")
        self.request_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.request_radio)
        group.addButton(self.household_radio)
        kinds.addWidget(QLabel(self.tr("Het verzoek gaat over:"), self))
        kinds.addWidget(self.request_radio)
        kinds.addWidget(self.household_radio)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        search_row = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("personSearch")
        self.search_edit.setPlaceholderText(self.tr("naam, e-mail, telefoon, postcode of nummer"))
        self.search_edit.setAccessibleName(self.tr("Zoek de persoon"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("&Zoeken"), self)
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.search_edit.returnPressed.connect(self.search)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        layout.addLayout(search_row)
        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("Gevonden personen"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(150)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.message = status_label(self)
        layout.addWidget(self.message)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(350)
        self._debounce.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.request_radio.toggled.connect(lambda _on: self.search())

    def kind(self) -> str:
        return REQUEST if self.request_radio.isChecked() else HOUSEHOLD

    def is_searching(self) -> bool:
        return self._search.busy

    def search(self) -> None:
        self._debounce.stop()
        text = self.search_edit.text().strip()
        self._search.invalidate()
        self.model.set_people([])
        self.chosen.emit(None)
        if not text:
            set_level(self.message, "info", "")
            return
        db, kind = self.db, self.kind()
        set_level(self.message, "info", self.tr("Zoeken…"))

        def work() -> list[PersonRef]:
            return _find_requests(db, text) if kind == REQUEST else _find_households(db, text)

        def arrived(people: list[PersonRef]) -> None:
            self.model.set_people(people)
            self.table.resizeColumnsToContents()
            if not people:
                set_level(
                    self.message,
                    "info",
                    self.tr("Niemand gevonden. Probeer een deel van de naam of het nummer."),
                )
            elif len(people) == 1:
                set_level(self.message, "info", "")
                self.table.selectRow(0)
            else:
                set_level(self.message, "info", self.tr("Kies de juiste persoon in de lijst."))

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        self._search.run(work, on_success=arrived, on_failure=failed)

    def selected(self) -> PersonRef | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.people[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.chosen.emit(self.selected())
