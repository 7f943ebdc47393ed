"""Beheer → Inzageverzoek… and Vergeetverzoek…: the AVG's requests about one person.

Both start by picking the person: a request (lead) or a family, found by name,
e-mail, phone, postcode or number. The access request saves everything about them
as a readable PDF and/or JSON (``storage.privacy.person_export`` and
``packs.access_report``). The erasure request first shows what will be erased, then
asks for the typed word WISSEN before ``storage.privacy.erase_person`` runs; the
audit trail keeps only a line that it happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
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
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.errors import NotFoundError, UserError
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import privacy
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.lists import format_date, format_number

REQUEST = "request"
HOUSEHOLD = "household"
CONFIRM_WORD = "WISSEN"
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
    from utregs_plekkie.core.requests import classify_search
    from utregs_plekkie.storage.requests import RequestQuery, fetch_requests, load_request

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
    from utregs_plekkie.storage.households import HouseholdQuery, fetch_households, household_detail

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
        self._generation = 0
        self._searching = False
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
        return self._searching

    def search(self) -> None:
        self._debounce.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation = self._generation
        self.model.set_people([])
        self.chosen.emit(None)
        if not text:
            set_level(self.message, "info", "")
            self._searching = False
            return
        db, kind = self.db, self.kind()
        self._searching = True
        set_level(self.message, "info", self.tr("Zoeken…"))

        def work() -> list[PersonRef]:
            return _find_requests(db, text) if kind == REQUEST else _find_households(db, text)

        def arrived(people: list[PersonRef]) -> None:
            if generation != self._generation:
                return
            self._searching = False
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
            if generation != self._generation:
                return
            self._searching = False
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=arrived, on_failure=failed)

    def selected(self) -> PersonRef | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.people[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.chosen.emit(self.selected())


# --------------------------------------------------------------------------- access


class AccessRequestDialog(FittingDialog):
    """Right of access: everything about one person as PDF and/or JSON."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(actor, Permission.PRIVACY)
        self.db = db
        self.actor = actor
        self.person: PersonRef | None = None
        self.written: list[Path] = []
        self._busy = False
        self.setObjectName("accessRequestDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Inzageverzoek (AVG)"))
        self.resize(760, 560)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Inzageverzoek"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Iemand heeft recht op alle gegevens die over hem of haar zijn vastgelegd. "
                    "Zoek de persoon, kies wat u wilt opslaan en stuur het bestand beveiligd "
                    "naar de aanvrager. Gegevens over kinderen blijven erbuiten."
                ),
                self,
            )
        )
        self.picker = PersonPicker(db, self)
        self.picker.chosen.connect(self._chosen)
        outer.addWidget(self.picker, 1)
        formats = QHBoxLayout()
        self.pdf_box = QCheckBox(self.tr("&PDF (om te lezen)"), self)
        self.pdf_box.setObjectName("formatPdf")
        self.pdf_box.setChecked(True)
        self.json_box = QCheckBox(self.tr("&JSON (voor een ander systeem)"), self)
        self.json_box.setObjectName("formatJson")
        self.json_box.setChecked(True)
        for box in (self.pdf_box, self.json_box):
            box.toggled.connect(self._update)
            formats.addWidget(box)
        formats.addStretch(1)
        outer.addLayout(formats)
        self.message = status_label(self)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Opslaan…"), self)
        self.save_button.setObjectName("saveAccess")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self._update()

    def _chosen(self, person: PersonRef | None) -> None:
        self.person = person
        self._update()

    def _update(self, *_args: object) -> None:
        ok = (
            self.person is not None
            and (self.pdf_box.isChecked() or self.json_box.isChecked())
            and not self._busy
        )
        self.save_button.setEnabled(ok)

    def save(self) -> None:
        person = self.person
        if person is None or self._busy:
            return
        want_pdf, want_json = self.pdf_box.isChecked(), self.json_box.isChecked()
        suffix = ".pdf" if want_pdf else ".json"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Inzage opslaan"),
            str(Path.home() / f"{person.file_stem()}{suffix}"),
            self.tr("PDF (*.pdf)") if want_pdf else self.tr("JSON (*.json)"),
        )
        if not name:
            return
        base = Path(name)
        base = base.with_suffix("") if base.suffix.lower() in (".pdf", ".json") else base
        targets = []
        if want_pdf:
            targets.append(base.with_suffix(".pdf"))
        if want_json:
            targets.append(base.with_suffix(".json"))
        db, actor = self.db, self.actor
        self._busy = True
        self._update()
        set_level(self.message, "info", self.tr("Bezig met verzamelen en opslaan…"))

        def work() -> list[Path]:
            from utregs_plekkie.packs.access_report import write_access_report

            data = privacy.person_export(db, actor=actor, **person.arguments())
            for target in targets:
                if target.suffix == ".pdf":
                    write_access_report(data, target)
                else:
                    privacy.write_person_json(data, target)
            return targets

        def done(paths: list[Path]) -> None:
            self._busy = False
            self.written = paths
            self._update()
            set_level(
                self.message,
                "done",
                self.tr(
                    "Opgeslagen: {files}. Stuur het beveiligd (niet als gewone bijlage) naar "
                    "de aanvrager; het verzoek staat in het logboek."
                ).format(files=", ".join(str(p) for p in paths)),
            )

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update()
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)


# --------------------------------------------------------------------------- erasure


@dataclass(frozen=True)
class ErasurePreview:
    person: PersonRef
    requests: list[tuple[int, str, str]]  # id, name, what
    households: list[tuple[int, str, int, int]]  # id, name, adults, own children


def erasure_preview(db: Database, actor: Actor, person: PersonRef) -> ErasurePreview:
    """Everything ``erase_person`` would touch for this person, with names to check."""
    from utregs_plekkie.storage.households import household_detail
    from utregs_plekkie.storage.requests import load_request

    require(actor, Permission.PRIVACY)
    with db.session() as session:
        ids = privacy.person_ids(session, **person.arguments())
    requests: list[tuple[int, str, str]] = []
    for request_id in sorted(ids.requests):
        record = load_request(db, request_id, viewer=actor.username, viewer_id=actor.user_id)
        name = " ".join(p for p in (record.first_name, record.name_prefix, record.last_name) if p)
        what = format_date(record.received_at)
        if record.merged_into_id is not None:
            what += ", " + "samengevoegd"
        requests.append((record.id, name, what))
    households: list[tuple[int, str, int, int]] = []
    for household_id in sorted(ids.households):
        detail = household_detail(db, household_id, username=actor.username, user_id=actor.user_id)
        household = detail.household
        households.append(
            (household.id, household.name, len(household.adults), len(household.own_children))
        )
    return ErasurePreview(person, requests, households)


class ErasureDialog(FittingDialog):
    """Right to erasure: pick, see what goes, type WISSEN, erase."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(actor, Permission.PRIVACY)
        self.db = db
        self.actor = actor
        self.preview: ErasurePreview | None = None
        self.erased: privacy.ErasureResult | None = None
        self._busy = False
        self._generation = 0
        self.setObjectName("erasureDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Vergeetverzoek (AVG)"))
        self.resize(780, 680)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Vergeetverzoek"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Iemand vraagt om alle gegevens over hem of haar te wissen. Zoek de persoon "
                    "en controleer hieronder wat er gewist wordt. Dit kan niet ongedaan worden "
                    "gemaakt."
                ),
                self,
            )
        )
        self.picker = PersonPicker(db, self)
        self.picker.chosen.connect(self._chosen)
        outer.addWidget(self.picker, 1)
        self.details = QTextBrowser(self)
        self.details.setObjectName("erasureDetails")
        self.details.setAccessibleName(self.tr("Wat gewist wordt"))
        self.details.setOpenLinks(False)
        self.details.setMinimumHeight(150)
        outer.addWidget(self.details, 1)
        confirm = QHBoxLayout()
        self.confirm_label = QLabel(
            self.tr("Typ {word} om te bevestigen:").format(word=CONFIRM_WORD), self
        )
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirmWord")
        self.confirm_edit.setAccessibleName(
            self.tr("Typ {word} om te bevestigen").format(word=CONFIRM_WORD)
        )
        self.confirm_edit.setMaxLength(20)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.confirm_edit.textChanged.connect(self._update)
        self.erase_button = QPushButton(self.tr("Definitief &wissen"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        confirm.addWidget(self.confirm_label)
        confirm.addWidget(self.confirm_edit)
        confirm.addStretch(1)
        confirm.addWidget(self.erase_button)
        outer.addLayout(confirm)
        self.message = status_label(self)
        outer.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.close_button = close
        bottom.addWidget(close)
        outer.addLayout(bottom)
        self._show_nothing()
        self._update()

    def _show_nothing(self) -> None:
        self.details.setHtml(
            "<p>" + self.tr("Kies eerst de persoon; hier ziet u dan wat er gewist wordt.") + "</p>"
        )

    def _chosen(self, person: PersonRef | None) -> None:
        self.preview = None
        self.confirm_edit.clear()
        self._generation += 1
        generation = self._generation
        self._update()
        if person is None:
            self._show_nothing()
            return
        self.details.setHtml("<p>" + self.tr("Bezig met opzoeken…") + "</p>")
        db, actor = self.db, self.actor

        def arrived(preview: ErasurePreview) -> None:
            if generation != self._generation:
                return
            self.preview = preview
            self.details.setHtml(self.preview_html(preview))
            self._update()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(error, UserError):
                self.details.setHtml("<p>" + _escape(error.message) + "</p>")
            else:
                report_failure(error, self)

        run_in_background(
            lambda: erasure_preview(db, actor, person),
            owner=self,
            on_success=arrived,
            on_failure=failed,
        )

    def preview_html(self, preview: ErasurePreview) -> str:
        lines = ["<p><b>" + self.tr("Dit wordt gewist:") + "</b></p><ul>"]
        for request_id, name, what in preview.requests:
            lines.append(
                "<li>"
                + self.tr(
                    "Aanvraag {id} — {name} ({what}): naam, e-mail, telefoon, straat en "
                    "huisnummer, notities"
                ).format(
                    id=request_id,
                    name=_escape(name or self.tr("(al geanonimiseerd)")),
                    what=_escape(what),
                )
                + "</li>"
            )
        for household_id, name, adults, children in preview.households:
            lines.append(
                "<li>"
                + self.tr(
                    "Gezin {id} — {name}: naam en contactgegevens; {adults} volwassenen met "
                    "hun VOG/VGB-gegevens en {children} eigen kinderen worden verwijderd; "
                    "notities bij aanbod, fasen, voorstellen en plaatsingen worden leeggemaakt"
                ).format(
                    id=household_id,
                    name=_escape(name or self.tr("(al geanonimiseerd)")),
                    adults=adults,
                    children=children,
                )
                + "</li>"
            )
        lines.append("</ul><p>")
        lines.append(
            self.tr(
                "Blijft: wat de cijfers nodig hebben (status, datums, bron, wijk). In het "
                "logboek komt alleen te staan dát er gewist is, zonder naam."
            )
        )
        lines.append("</p>")
        return "".join(lines)

    def _update(self, *_args: object) -> None:
        ready = (
            self.preview is not None
            and self.confirm_edit.text().strip() == CONFIRM_WORD
            and not self._busy
        )
        self.erase_button.setEnabled(ready)
        self.confirm_edit.setEnabled(self.preview is not None and not self._busy)
        self.close_button.setEnabled(not self._busy)

    def erase(self) -> None:
        preview = self.preview
        if preview is None or self.confirm_edit.text().strip() != CONFIRM_WORD or self._busy:
            return
        db, actor, person = self.db, self.actor, preview.person
        self._busy = True
        self._update()
        set_level(self.message, "info", self.tr("Bezig met wissen…"))

        def done(result: privacy.ErasureResult) -> None:
            self._busy = False
            self.erased = result
            self.preview = None
            self.confirm_edit.clear()
            self.details.setHtml("<p>" + self.tr("Gewist.") + "</p>")
            set_level(
                self.message,
                "done",
                self.tr(
                    "Gewist: {requests} aanvragen, {households} gezinnen, {adults} volwassenen. "
                    "Oude backups bevatten de gegevens nog tot ze vervallen (hoogstens 4 weken)."
                ).format(
                    requests=format_number(result.requests),
                    households=format_number(result.households),
                    adults=format_number(result.adults),
                ),
            )
            self.picker.search()
            self._update()

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update()
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(
            lambda: privacy.erase_person(db, actor=actor, **person.arguments()),
            owner=self,
            on_success=done,
            on_failure=failed,
        )

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
