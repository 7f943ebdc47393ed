"""The board: one column per stage, a card per family, moved by dragging or by keyboard.

Each column is a list view on a :class:`BoardColumnModel` (a real model, a card is a
row, drawn by :class:`CardDelegate`), showing the stage's count and the families
longest in the stage first (``storage.households.board``, 50 per column; search and
filters narrow it like the list).

Moving a card:

- drag it onto another column (the drop handler is :meth:`BoardView.handle_drop`,
  which the models call with the drag's ``QMimeData``);
- or select it and press Ctrl+→ / Ctrl+← (next or previous stage of the family's own
  route; next also resumes a paused family), or use the buttons above the board.

The card only moves when the database accepted the move; a refused move shows the
reason (for example an expired VGB) and the card stays where it was. Dropping on
"gepauzeerd" or "gestopt" first asks for the reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import PipelineStage, label
from utregs_plekkie.core.pipeline import board_stages
from utregs_plekkie.gui.households.moves import BACKWARD, FORWARD
from utregs_plekkie.gui.households.widgets import days_text, format_date
from utregs_plekkie.storage import lists
from utregs_plekkie.storage.households import BoardCard, BoardColumn

AnyIndex = QModelIndex | QPersistentModelIndex

#: The MIME type of a dragged card: JSON with the family's id, version, name and stage.
CARD_MIME = "application/x-utregs-plekkie-household"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 228
_LATE = QColor("#b3261e")


def card_mime(card: BoardCard) -> QMimeData:
    mime = QMimeData()
    payload = {"id": card.id, "version": card.version, "name": card.name, "stage": card.stage}
    mime.setData(CARD_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
    mime.setText(card.name)
    return mime


def read_card_mime(mime: QMimeData) -> dict[str, Any] | None:
    if not mime.hasFormat(CARD_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(CARD_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("id"), int):
        return None
    return payload


def card_text(card: BoardCard) -> str:
    """Everything the card shows, in one sentence (screen readers, tooltips)."""
    parts = [card.name]
    if card.city:
        parts.append(card.city)
    parts.append(
        QCoreApplication.translate("BoardColumnModel", "{days} in deze fase").format(
            days=days_text(card.days_in_stage)
        )
    )
    if card.norm_exceeded:
        parts.append(QCoreApplication.translate("BoardColumnModel", "langer dan de norm"))
    if card.next_action:
        when = (
            QCoreApplication.translate("BoardColumnModel", " uiterlijk {date}").format(
                date=format_date(card.next_action_on)
            )
            if card.next_action_on
            else ""
        )
        parts.append(
            QCoreApplication.translate("BoardColumnModel", "volgende actie: {action}{when}").format(
                action=card.next_action, when=when
            )
        )
    if card.action_overdue:
        parts.append(QCoreApplication.translate("BoardColumnModel", "te laat"))
    return ", ".join(parts)


class BoardColumnModel(QAbstractListModel):
    """The cards of one stage; dragging a card out and dropping one in."""

    #: A card was dropped here (mime, this column's stage).
    dropped = Signal(object, object)

    def __init__(self, stage: PipelineStage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[BoardCard] = []

    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def card(self, row: int) -> BoardCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, household_id: int) -> int | None:
        return next((i for i, c in enumerate(self._cards) if c.id == household_id), None)

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return card_text(card)
        if role == CARD_ROLE:
            return card
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        card = next((self.card(i.row()) for i in indexes if i.isValid()), None)
        if card is None:
            return QMimeData()
        return card_mime(card)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        payload = read_card_mime(data)
        return payload is not None and payload.get("stage") != self.stage.value

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Hand the drop to the board; the card moves only once the database agrees,
        so the model itself never takes the row (and the source never loses it)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if read_card_mime(data) is None:
            return False
        self.dropped.emit(data, self.stage)
        return False

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return False  # a drag never removes a card: the board reloads after a move


class CardDelegate(QStyledItemDelegate):
    """A card: the name in bold, place and days in the stage, the next action."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(COLUMN_WIDTH - 40, metrics.height() * 4 + 22)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, BoardCard):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.highlight().color() if selected else palette.mid().color()
        painter.setPen(QPen(border, 2.5 if selected else 1.0))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 5, 5)
        if card.action_overdue or card.norm_exceeded:
            painter.fillRect(QRect(rect.left() + 1, rect.top() + 4, 4, rect.height() - 8), _LATE)
        if focused and selected:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)
        text = rect.adjusted(12, 6, -8, -6)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.text().color())
        name = QFontMetrics(bold).elidedText(card.name, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(QRect(text.left(), text.top(), text.width(), line), 0, name)
        painter.setFont(font)
        muted = palette.placeholderText().color()
        painter.setPen(muted)
        where = card.city or "—"
        days = days_text(card.days_in_stage)
        second = metrics.elidedText(f"{where} · {days}", Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(QRect(text.left(), text.top() + line, text.width(), line), 0, second)
        if card.next_action or card.next_action_on:
            when = format_date(card.next_action_on)
            painter.setPen(_LATE if card.action_overdue else palette.text().color())
            late = QCoreApplication.translate("HouseholdBoard", " (te laat)")
            first = f"{when}{late if card.action_overdue else ''}"
            painter.drawText(
                QRect(text.left(), text.top() + 2 * line, text.width(), line),
                0,
                metrics.elidedText(first, Qt.TextElideMode.ElideRight, text.width()),
            )
            painter.setPen(palette.text().color())
            painter.drawText(
                QRect(text.left(), text.top() + 3 * line, text.width(), line),
                0,
                metrics.elidedText(card.next_action, Qt.TextElideMode.ElideRight, text.width()),
            )
        painter.restore()


class BoardListView(QListView):
    """A column's cards; Ctrl+→/Ctrl+← move the selected card, ←/→ change column."""

    step_requested = Signal(object, int)
    neighbour_requested = Signal(object, int)
    focused = Signal(object)

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_model = model
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(
            self.tr("Fase {stage}: kaarten van gezinnen").format(stage=label(model.stage))
        )

    def current_card(self) -> BoardCard | None:
        index = self.currentIndex()
        return self.column_model.card(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            direction = FORWARD if key == Qt.Key.Key_Right else BACKWARD
            if ctrl:
                card = self.current_card()
                if card is not None:
                    self.step_requested.emit(card, direction)
            else:
                self.neighbour_requested.emit(self, direction)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.column_model.rowCount():
            self.setCurrentIndex(self.column_model.index(0))
        self.focused.emit(self)


class BoardColumnWidget(QFrame):
    def __init__(self, stage: PipelineStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("boardColumn")
        self.setFixedWidth(COLUMN_WIDTH)
        self.setStyleSheet(
            "QFrame#boardColumn { background: palette(window); border: 1px solid "
            "palette(midlight); border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(4)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.norm = QLabel(self)
        self.norm.setObjectName("hintLabel")
        layout.addWidget(self.norm)
        self.model = BoardColumnModel(stage, self)
        self.view = BoardListView(self.model, self)
        layout.addWidget(self.view, 1)
        self.more = QLabel(self)
        self.more.setObjectName("hintLabel")
        self.more.setWordWrap(True)
        layout.addWidget(self.more)

    def show_column(self, column: BoardColumn) -> None:
        self.model.set_cards(column.cards)
        title = f"{label(column.stage)[:1].upper()}{label(column.stage)[1:]}"
        self.title.setText(f"{title} ({lists.format_number(column.count)})")
        self.title.setAccessibleName(
            self.tr("{stage}: {n} gezinnen").format(stage=title, n=column.count)
        )
        self.norm.setText(
            self.tr("norm: {n} werkdagen").format(n=column.norm_working_days)
            if column.norm_working_days
            else " "
        )
        hidden = column.count - len(column.cards)
        self.more.setVisible(hidden > 0)
        if hidden > 0:
            self.more.setText(
                self.tr("en nog {n}; zoek of filter om ze te vinden").format(
                    n=lists.format_number(hidden)
                )
            )


class BoardView(QWidget):
    """All columns side by side, scrolling sideways."""

    #: A card was chosen (BoardCard).
    card_selected = Signal(object)
    #: Move one step (BoardCard, +1 or -1).
    step_requested = Signal(object, int)
    #: Move to a stage (BoardCard-like payload dict, target stage).
    move_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Bord met een kolom per fase"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        inner = QWidget(self.scroll_area)
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.scroll_area.setWidget(inner)
        outer.addWidget(self.scroll_area, 1)
        self.legend = QLabel(
            self.tr(
                "Rode streep: langer in de fase dan de norm, of de volgende actie is te laat. "
                "Verplaatsen: sleep een kaart naar een andere kolom, of kies een kaart en "
                "druk Ctrl+→ of Ctrl+←."
            ),
            self,
        )
        self.legend.setObjectName("hintLabel")
        self.legend.setWordWrap(True)
        outer.addWidget(self.legend)
        self.columns: dict[PipelineStage, BoardColumnWidget] = {}
        for stage in board_stages():
            self._add_column(stage)
        self.row.addStretch(1)
        self.current: BoardCard | None = None
        self.loaded_once = False

    def _add_column(self, stage: PipelineStage) -> BoardColumnWidget:
        column = BoardColumnWidget(stage, self)
        self.row.addWidget(column)
        self.columns[stage] = column
        view = column.view
        view.step_requested.connect(self.step_requested)
        view.neighbour_requested.connect(self._neighbour)
        view.focused.connect(self._focused)
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, v=view: self._chosen(v, current)
        )
        column.model.dropped.connect(self.handle_drop)
        return column

    def show_board(self, columns: dict[PipelineStage, BoardColumn]) -> None:
        """Show a fresh board; the card that was selected stays selected if still there."""
        keep = self.current.id if self.current else None
        for stage, column in columns.items():
            widget = self.columns.get(stage) or self._insert_column(stage)
            widget.show_column(column)
        self.loaded_once = True
        # The chosen card stays chosen (with its new version) if it is still shown.
        if keep is None or not self.select(keep):
            self.current = None

    def _insert_column(self, stage: PipelineStage) -> BoardColumnWidget:
        # A stage a beheerder added to a route: before the stretch at the end.
        column = self._add_column(stage)
        self.row.removeWidget(column)
        self.row.insertWidget(len(self.columns) - 1, column)
        return column

    def column_of(self, household_id: int) -> BoardColumnWidget | None:
        for column in self.columns.values():
            if column.model.row_of(household_id) is not None:
                return column
        return None

    def select(self, household_id: int) -> bool:
        """Select the card of ``household_id`` (and give it the focus if the board has it)."""
        column = self.column_of(household_id)
        if column is None:
            return False
        row = column.model.row_of(household_id)
        assert row is not None
        index = column.model.index(row)
        column.view.setCurrentIndex(index)
        column.view.scrollTo(index)
        self.scroll_area.ensureWidgetVisible(column)
        return True

    def focus_card(self, household_id: int) -> bool:
        if not self.select(household_id):
            return False
        column = self.column_of(household_id)
        if column is not None:
            column.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _chosen(self, view: BoardListView, current: QModelIndex) -> None:
        card = view.column_model.card(current.row()) if current.isValid() else None
        if card is None:
            return
        for other in self.columns.values():
            if other.view is not view:
                other.view.clearSelection()
        self.current = card
        self.card_selected.emit(card)

    def _focused(self, view: BoardListView) -> None:
        card = view.current_card()
        if card is not None and (self.current is None or self.current.id != card.id):
            self._chosen(view, view.currentIndex())

    def _neighbour(self, view: BoardListView, direction: int) -> None:
        stages = list(self.columns)
        index = stages.index(view.column_model.stage)
        step = index + direction
        while 0 <= step < len(stages):
            target = self.columns[stages[step]]
            if target.model.rowCount():
                target.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            step += direction

    def handle_drop(self, mime: QMimeData, stage: PipelineStage) -> bool:
        """A card was dropped on ``stage``'s column: ask for the move (it happens only
        if the rules allow it). Returns whether the drop was one of our cards."""
        payload = read_card_mime(mime)
        if payload is None or payload.get("stage") == stage.value:
            return False
        self.move_requested.emit(payload, stage)
        return True
