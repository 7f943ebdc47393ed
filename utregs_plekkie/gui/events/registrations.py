"""The registrations of one event as a table with a check box per person for attendance,
and how an event's date and time are written ("dinsdag 9 maart 2027, 19.30 – 21.30 uur").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.schedule import day_name
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.storage.events import (
    EventDetail,
    RegistrationRow,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def _month_name(month: int) -> str:
    names = (
        QCoreApplication.translate("EventDetail", "januari"),
        QCoreApplication.translate("EventDetail", "februari"),
        QCoreApplication.translate("EventDetail", "maart"),
        QCoreApplication.translate("EventDetail", "april"),
        QCoreApplication.translate("EventDetail", "mei"),
        QCoreApplication.translate("EventDetail", "juni"),
        QCoreApplication.translate("EventDetail", "juli"),
        QCoreApplication.translate("EventDetail", "augustus"),
        QCoreApplication.translate("EventDetail", "september"),
        QCoreApplication.translate("EventDetail", "oktober"),
        QCoreApplication.translate("EventDetail", "november"),
        QCoreApplication.translate("EventDetail", "december"),
    )
    return names[month - 1]


def when_text(detail: EventDetail) -> str:
    """ "dinsdag 9 maart 2027, 19.30 – 21.30 uur"."""
    start = detail.data.starts_at.astimezone(clock.LOCAL_TZ)
    day = f"{day_name(start.weekday())} {start.day} {_month_name(start.month)} {start.year}"
    hours = f"{start.hour}.{start.minute:02d}"
    if detail.data.ends_at is not None:
        end = detail.data.ends_at.astimezone(clock.LOCAL_TZ)
        hours += f" – {end.hour}.{end.minute:02d}"
    return QCoreApplication.translate("EventDetailPanel", "{day}, {hours} uur").format(
        day=day, hours=hours
    )


class RegistrationModel(QAbstractTableModel):
    """Who is on the event's list, with a check box for "was there"."""

    COLUMNS = 5
    #: Ticks changed (the number of unsaved changes).
    pending_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistrationRow] = []
        self._ticked: dict[int, bool] = {}

    def set_rows(self, rows: tuple[RegistrationRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked = {r.registration_id: bool(r.attended) for r in rows}
        self.endResetModel()
        self.pending_changed.emit(0)

    def row(self, row: int) -> RegistrationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def ticked(self, registration_id: int) -> bool:
        return self._ticked.get(registration_id, False)

    def set_ticked(self, row: int, came: bool) -> None:
        self.setData(
            self.index(row, 0),
            Qt.CheckState.Checked if came else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def changes(self) -> int:
        return sum(1 for r in self._rows if self._ticked[r.registration_id] != bool(r.attended))

    def attendance(self) -> dict[int, bool]:
        """What to record: everyone registered (ticked or not) and every walk-in ticked."""
        result: dict[int, bool] = {}
        for r in self._rows:
            came = self._ticked[r.registration_id]
            if came or r.registered_at is not None or r.attended is not None:
                result[r.registration_id] = came
        return result

    def undo(self) -> None:
        self.set_rows(tuple(self._rows))

    def _status(self, r: RegistrationRow) -> str:
        if r.attended:
            return self.tr("aanwezig")
        if r.attended is False:
            return self.tr("afwezig")
        if r.registered_at is not None:
            return self.tr("aangemeld")
        return self.tr("uitgenodigd")

    def _headers(self) -> list[str]:
        return [
            self.tr("Aanwezig"),
            self.tr("Naam"),
            self.tr("Status"),
            self.tr("E-mail"),
            self.tr("Telefoon"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _cell(self, r: RegistrationRow, column: int) -> str:
        if column == 0:
            return ""
        if column == 1:
            return f"{r.name} ({r.person_kind})"
        if column == 2:
            return self._status(r)
        if column == 3:
            return r.email
        return format_phone(r.phone) if r.phone else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            came = self._ticked[r.registration_id]
            return Qt.CheckState.Checked if came else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if index.column() == 0:
                came = self._ticked[r.registration_id]
                return (
                    self.tr("{name}: aanwezig") if came else self.tr("{name}: niet aangevinkt")
                ).format(name=r.name)
            return self._cell(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Aanvinken als {name} er was").format(name=r.name)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        r = self.row(index.row()) if index.isValid() else None
        if r is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        came = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._ticked[r.registration_id] = came
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.pending_changed.emit(self.changes())
        return True

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
