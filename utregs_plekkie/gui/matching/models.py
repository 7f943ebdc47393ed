"""Table models of the Matching page.

:class:`RowsModel` shows a short list of prepared rows (proposals, shortlist, plan).
:class:`CandidateModel` and :class:`ExclusionModel` show a ranking: thousands of
households, whose Dutch reasons are built only for the rows the view asks for (the
ranking's lists are lazy), so a ranking over 25,000 families opens at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from utregs_plekkie.core.enums import label
from utregs_plekkie.core.matching import Candidate, Exclusion, Ranking
from utregs_plekkie.gui.households.widgets import wijk_names
from utregs_plekkie.gui.matching.common import format_distance, format_score, translate

AnyIndex = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: The role under which rows give their key (a proposal id, a household id, ...).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel):
    """Rows of text with a key each; optional check boxes in the first column."""

    def __init__(
        self,
        headers: Sequence[str],
        *,
        numeric: Sequence[int] = (),
        checkable: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = set(numeric)
        self._checkable = checkable
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[Any] = []
        self._checked: list[bool] = []
        self._tips: list[str] = []
        #: Called with the row when its box is ticked or unticked (e.g. to tick siblings).
        self.on_check: Callable[[int, bool], None] | None = None

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        keys: Sequence[Any],
        tips: Sequence[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(str(c) for c in r) for r in rows]
        self._keys = list(keys)
        self._checked = [False] * len(self._rows)
        self._tips = list(tips) if tips is not None else [""] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def keys(self) -> list[Any]:
        return list(self._keys)

    def row_of(self, key: Any) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def cells(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def checked_rows(self) -> list[int]:
        return [r for r, on in enumerate(self._checked) if on]

    def set_checked(self, row: int, on: bool, *, notify: bool = True) -> None:
        if not 0 <= row < len(self._checked) or self._checked[row] == on:
            return
        self._checked[row] = on
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if notify and self.on_check is not None:
            self.on_check(row, on)

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[row][column]
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and column == 0:
            return Qt.CheckState.Checked if self._checked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self._numeric else _LEFT
        if role == KEY_ROLE:
            return self._keys[row]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._checkable
            or index.column() != 0
        ):
            return False
        state = value.value if hasattr(value, "value") else value
        self.set_checked(index.row(), int(state) == Qt.CheckState.Checked.value)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self._numeric else _LEFT
        return None


def _wijk(code: str | None) -> str:
    return wijk_names().get(code or "", "") if code else ""


class CandidateModel(QAbstractTableModel):
    """The households that can take the child, best first."""

    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ranking: Ranking | None = None
        self._names: dict[int, str] = {}

    def set_ranking(self, ranking: Ranking | None, names: dict[int, str]) -> None:
        self.beginResetModel()
        self.ranking = ranking
        self._names = names
        self.endResetModel()

    def candidate(self, row: int) -> Candidate | None:
        if self.ranking is None or not 0 <= row < len(self.ranking.candidates):
            return None
        return self.ranking.candidates[row]

    def name(self, household_id: int) -> str:
        return self._names.get(household_id) or translate("Matching", "gezin {id}").format(
            id=household_id
        )

    def _headers(self) -> list[str]:
        return [
            translate("Matching", "Plaats"),
            translate("Matching", "Gezin"),
            translate("Matching", "Score"),
            translate("Matching", "Afstand school"),
            translate("Matching", "Afstand thuis"),
            translate("Matching", "Vrije plekken"),
            translate("Matching", "Aanbod"),
            translate("Matching", "Wijk"),
        ]

    def _cell(self, row: int, column: int) -> str:
        c = self.candidate(row)
        if c is None:
            return ""
        values = (
            str(row + 1),
            self.name(c.household_id),
            format_score(c.score),
            format_distance(c.distance_km.get("school")),
            format_distance(c.distance_km.get("home")),
            str(c.free_capacity),
            label(c.care_form) if c.care_form is not None else "",
            _wijk(c.wijk_code),
        )
        return values[column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.ranking is None:
            return 0
        return len(self.ranking.candidates)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in (0, 2, 3, 4, 5) else _LEFT
        if role == KEY_ROLE:
            c = self.candidate(index.row())
            return c.household_id if c is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (0, 2, 3, 4, 5) else _LEFT
        return None


#: What a row of the exclusion list shows: a household that cannot take the child, or
#: (when searched for by name) one that can.
Entry = Exclusion | Candidate


class ExclusionModel(QAbstractTableModel):
    """Households and why they are not on the list (or, when found by a search, where
    they are on it). ``entries`` may be the ranking's lazy list of 25,000 exclusions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: Sequence[Entry] = ()
        self._names: dict[int, str] = {}
        self._positions: dict[int, int] = {}
        #: Where a household lives ("3563 Overvecht"), to tell families of one name apart.
        self.place_of: Callable[[int], str] = lambda _household_id: ""

    def set_entries(
        self,
        entries: Sequence[Entry],
        names: dict[int, str],
        positions: dict[int, int] | None = None,
    ) -> None:
        """``positions``: household id -> place on the candidate list (for candidates)."""
        self.beginResetModel()
        self.entries = entries
        self._names = names
        self._positions = positions or {}
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def name(self, household_id: int) -> str:
        return self._names.get(household_id) or translate("Matching", "gezin {id}").format(
            id=household_id
        )

    def reasons(self, row: int) -> list[str]:
        entry = self.entry(row)
        if entry is None:
            return []
        if isinstance(entry, Exclusion):
            return list(entry.reasons)
        place = self._positions.get(entry.household_id)
        where = (
            translate("Matching", "staat op de lijst als nummer {n}, score {score}").format(
                n=place, score=format_score(entry.score)
            )
            if place is not None
            else translate("Matching", "staat op de lijst, score {score}").format(
                score=format_score(entry.score)
            )
        )
        return [where]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return str(entry.household_id)
            if index.column() == 1:
                return self.name(entry.household_id)
            if index.column() == 2:
                return self.place_of(entry.household_id)
            return "; ".join(self.reasons(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join(self.reasons(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == 0 else _LEFT
        if role == KEY_ROLE:
            return entry.household_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("Matching", "Gezinsnr."),
                translate("Matching", "Gezin"),
                translate("Matching", "Woont in"),
                translate("Matching", "Waarom niet op de lijst"),
            ][section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == 0 else _LEFT
        return None
