"""A request and an existing one that looks like it, side by side with the differences
marked: merge them (``merge_requests`` keeps the history of both) or, for a new request,
save it as new after all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import Interest, RequestStatus, Source, label
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.gui.households.widgets import hint
from utregs_plekkie.storage import lists
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import DuplicateCandidate, RequestInput, load_request

translate = QCoreApplication.translate

_INTEREST_VALUES = frozenset(i.value for i in Interest)
#: Existing requests compared with a new one at most.
MAX_CANDIDATES = 5

_DIFFERENT = QColor("#fff2c6")


@dataclass(frozen=True)
class Side:
    """One of the two requests compared: its title and its values per row."""

    title: str
    request_id: int | None
    version: int | None
    received_at: datetime | None
    cells: dict[str, str] = field(default_factory=dict)


#: The rows of the comparison, in order (captions in ``_row_caption``).
_ROWS = ("name", "email", "phone", "address", "interests", "source", "received", "status", "notes")


def _row_caption(key: str) -> str:
    return {
        "name": translate("RequestDialogs", "Naam"),
        "email": translate("RequestDialogs", "E-mail"),
        "phone": translate("RequestDialogs", "Telefoon"),
        "address": translate("RequestDialogs", "Adres"),
        "interests": translate("RequestDialogs", "Interesse"),
        "source": translate("RequestDialogs", "Bron"),
        "received": translate("RequestDialogs", "Ontvangen"),
        "status": translate("RequestDialogs", "Status"),
        "notes": translate("RequestDialogs", "Opmerkingen"),
    }[key]


def _address(street: str, number: str, postcode: str, city: str) -> str:
    first = " ".join(p for p in (street, number) if p)
    second = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (first, second) if p)


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def side_of_record(record: m.InfoRequest) -> Side:
    number = (
        f"{record.house_number}{record.house_number_suffix}"
        if record.house_number is not None
        else ""
    )
    return Side(
        title=translate("RequestDialogs", "Aanvraag {id}").format(id=record.id),
        request_id=record.id,
        version=record.version,
        received_at=record.received_at,
        cells={
            "name": record.full_name,
            "email": record.email or "",
            "phone": format_phone(record.phone) if record.phone else "",
            "address": _address(record.street, number, record.postcode or "", record.city),
            "interests": ", ".join(sorted(label(i) for i in record.interest_set)),
            "source": label(record.source),
            "received": lists.format_datetime(record.received_at),
            "status": label(record.status),
            "notes": _short(record.notes),
        },
    )


def side_of_input(data: RequestInput) -> Side:
    interests = data.interests if not isinstance(data.interests, str) else ()
    source = data.source if isinstance(data.source, Source) else None
    return Side(
        title=translate("RequestDialogs", "Nieuwe aanvraag (nog niet opgeslagen)"),
        request_id=None,
        version=None,
        received_at=None,
        cells={
            "name": " ".join(
                p.strip() for p in (data.first_name, data.name_prefix, data.last_name) if p.strip()
            ),
            "email": data.email.strip(),
            "phone": data.phone.strip(),
            "address": _address(
                data.street.strip(),
                data.house_number.strip(),
                data.postcode.strip(),
                data.city.strip(),
            ),
            "interests": ", ".join(
                sorted(label(Interest(str(i))) for i in interests if str(i) in _INTEREST_VALUES)
            ),
            "source": label(source) if source else "",
            "received": translate("RequestDialogs", "nu"),
            "status": label(RequestStatus.NIEUW),
            "notes": _short(data.notes),
        },
    )


@dataclass(frozen=True)
class DuplicateChoice:
    """What the user chose: ``merge`` (keep ``keep_id``, fold the other into it) or
    ``new`` (save the new request as a request of its own)."""

    action: str
    candidate: DuplicateCandidate
    keep_id: int | None


class DuplicateDialog(QDialog):
    """Two requests side by side; merge them, or (for a new one) save it as new."""

    chosen = Signal(object)

    def __init__(
        self,
        left: Side,
        candidates: Sequence[tuple[DuplicateCandidate, Side]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert candidates
        self.left = left
        self.candidates = list(candidates)
        self.new = left.request_id is None
        self.setObjectName("duplicateDialog")
        title = translate("RequestDialogs", "Lijkt op een bestaande aanvraag")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = (
            translate(
                "RequestDialogs",
                "Deze nieuwe aanvraag lijkt op een aanvraag die er al is. Vergelijk ze en kies: "
                "samenvoegen (alle geschiedenis van beide blijft bewaard), of toch als nieuwe "
                "aanvraag opslaan.",
            )
            if self.new
            else translate(
                "RequestDialogs",
                "Deze twee aanvragen lijken op elkaar. Samenvoegen bewaart alle geschiedenis "
                "van beide; de ene aanvraag gaat op in de andere.",
            )
        )
        layout.addWidget(hint(intro, self))
        self.picker: QComboBox | None = None
        if len(self.candidates) > 1:
            self.picker = QComboBox(self)
            self.picker.setObjectName("candidatePicker")
            self.picker.setAccessibleName(translate("RequestDialogs", "Vergelijken met"))
            for candidate, _side in self.candidates:
                self.picker.addItem(candidate.describe(), candidate.request_id)
            self.picker.currentIndexChanged.connect(self._show_candidate)
            layout.addWidget(self.picker)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("duplicateReasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        self.table = QTableWidget(len(_ROWS), 2, self)
        self.table.setObjectName("comparison")
        self.table.setAccessibleName(
            translate("RequestDialogs", "Vergelijking van de twee aanvragen")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalHeaderLabels([_row_caption(k) for k in _ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)
        layout.addWidget(self.table)
        layout.addWidget(
            hint(
                translate(
                    "RequestDialogs",
                    "Geel: hier verschillen de twee. Samenvoegen overschrijft niets.",
                ),
                self,
            )
        )

        self.keep_group = QButtonGroup(self)
        self.keep_left = QRadioButton(self)
        self.keep_right = QRadioButton(self)
        self.keep_box = QWidget(self)
        keep_layout = QVBoxLayout(self.keep_box)
        keep_layout.setContentsMargins(0, 0, 0, 0)
        keep_layout.addWidget(
            QLabel(translate("RequestDialogs", "Welke aanvraag blijft bestaan?"), self.keep_box)
        )
        for radio in (self.keep_left, self.keep_right):
            self.keep_group.addButton(radio)
            keep_layout.addWidget(radio)
        layout.addWidget(self.keep_box)
        self.keep_box.setVisible(not self.new)

        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(translate("RequestDialogs", "Samenvoegen"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self._choose("merge"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button: QPushButton | None = None
        if self.new:
            self.new_button = QPushButton(
                translate("RequestDialogs", "Toch als nieuwe aanvraag opslaan"), self
            )
            self.new_button.setObjectName("saveAsNewButton")
            self.new_button.setAutoDefault(False)
            self.new_button.clicked.connect(lambda: self._choose("new"))
            buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(
            translate("RequestDialogs", "Terug naar het formulier")
            if self.new
            else translate("RequestDialogs", "Annuleren")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_candidate(0)

    def current(self) -> tuple[DuplicateCandidate, Side]:
        index = self.picker.currentIndex() if self.picker is not None else 0
        return self.candidates[max(0, index)]

    def _show_candidate(self, _index: int) -> None:
        candidate, right = self.current()
        self.reasons.setText(
            translate("RequestDialogs", "Waarom: {reasons}.").format(
                reasons="; ".join(candidate.reasons)
            )
        )
        self.reasons.setAccessibleName(self.reasons.text())
        self.table.setHorizontalHeaderLabels([self.left.title, right.title])
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, key in enumerate(_ROWS):
            a, b = self.left.cells.get(key, ""), right.cells.get(key, "")
            differ = key not in ("received", "status") and a.casefold() != b.casefold()
            for column, text in enumerate((a, b)):
                item = QTableWidgetItem(text or "—")
                item.setToolTip(text)
                if differ:
                    item.setBackground(QBrush(_DIFFERENT))
                    item.setForeground(QBrush(QColor("#1f2a30")))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setCurrentIndex(QModelIndex())
        # As tall as its rows: the choice below stays right under the comparison.
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)
        if not self.new:
            older_left = (
                self.left.received_at is not None
                and right.received_at is not None
                and self.left.received_at <= right.received_at
            )
            self.keep_left.setText(
                translate("RequestDialogs", "{title} (links), ontvangen {date}").format(
                    title=self.left.title, date=lists.format_date(self.left.received_at)
                )
            )
            self.keep_right.setText(
                translate("RequestDialogs", "{title} (rechts), ontvangen {date}").format(
                    title=right.title, date=lists.format_date(right.received_at)
                )
            )
            # The earliest request stays by default: it holds the longest history.
            (self.keep_left if older_left else self.keep_right).setChecked(True)
            self.merge_button.setText(translate("RequestDialogs", "Samenvoegen"))
        else:
            self.merge_button.setText(
                translate("RequestDialogs", "Samenvoegen met aanvraag {id}").format(
                    id=candidate.request_id
                )
            )

    def keep_id(self) -> int | None:
        candidate, right = self.current()
        if self.new:
            return candidate.request_id
        return self.left.request_id if self.keep_left.isChecked() else right.request_id

    def _choose(self, action: str) -> None:
        candidate, _right = self.current()
        self.chosen.emit(DuplicateChoice(action, candidate, self.keep_id()))
        self.accept()


def load_candidates(
    db: Database, candidates: Sequence[DuplicateCandidate], viewer: Actor
) -> list[tuple[DuplicateCandidate, Side]]:
    """The candidates' records for the comparison (each view is in the audit trail)."""
    sides: list[tuple[DuplicateCandidate, Side]] = []
    for candidate in candidates[:MAX_CANDIDATES]:
        record = load_request(db, candidate.request_id, viewer=viewer)
        sides.append((candidate, side_of_record(record)))
    return sides
