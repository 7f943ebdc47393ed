"""Small widgets and helpers the Gezinnen and Evenementen pages share.

- :class:`DateField`: a date typed the Dutch way (``dd-mm-jjjj``), empty allowed, with
  a calendar to pick from; what was typed stays, even when it is not a date.
- :class:`MessageBar`: a sentence above a form or list (a refused move, a save that
  came too late) with buttons to act on it, instead of a dialog that blocks.
- :class:`FieldForm`: a form layout whose rows can show a validation message right
  under their field.
- :class:`CheckList`: a row of check boxes for a list of values.
- :func:`merge_typed`: what the user changed, laid over the newest version of a record.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import WIJKEN

T = TypeVar("T")

_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$"),  # 1-3-2027, 01/03/2027
    re.compile(r"^(\d{2})(\d{2})(\d{4})$"),  # 01032027
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


# --------------------------------------------------------------------------- where


@cache
def wijk_names() -> dict[str, str]:
    """CBS wijk code -> name, for the wijken of the city."""
    return {code: name for code, name, _provider in WIJKEN}


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value is not None else ""


def days_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("widgets", "1 dag")
    return QCoreApplication.translate("widgets", "{n} dagen").format(n=days)


# --------------------------------------------------------------------------- dates


def parse_date(text: str, field: str = "date") -> date | None:
    """A date typed as ``dd-mm-jjjj`` (also ``d-m-jjjj``, ``dd/mm/jjjj``, ``ddmmjjjj``
    or ``jjjj-mm-dd``); ``None`` for nothing typed; :class:`ValidationError` otherwise."""
    stripped = text.strip()
    if not stripped:
        return None
    day = month = year = None
    for pattern in _DATE_PATTERNS:
        found = pattern.match(stripped)
        if found:
            day, month, year = (int(g) for g in found.groups())
            break
    else:
        iso = _ISO_DATE.match(stripped)
        if iso:
            year, month, day = (int(g) for g in iso.groups())
    if day is not None and month is not None and year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ValidationError(
        QCoreApplication.translate(
            "widgets",
            "'{text}' is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld {example}.",
        ).format(text=stripped, example=format_date(clock.today())),
        field=field,
    )


class DateField(QLineEdit):
    """A date as Dutch people write it; empty means "no date"."""

    def __init__(self, field: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(QCoreApplication.translate("widgets", "dd-mm-jjjj"))
        self.setMaxLength(10)
        width = self.fontMetrics().horizontalAdvance("00-00-00000") + 48
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)
        pick = QAction(QCoreApplication.translate("widgets", "Kies een datum"), self)
        pick.setText("▾")
        pick.setToolTip(
            QCoreApplication.translate("widgets", "Kies een datum in de kalender (Alt+Omlaag)")
        )
        pick.setShortcut(QKeySequence("Alt+Down"))
        pick.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        pick.triggered.connect(self.show_calendar)
        self.addAction(pick, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None

    def value(self) -> date | None:
        """The date typed, ``None`` if empty; :class:`ValidationError` if not a date."""
        return parse_date(self.text(), self.field)

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))

    def show_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setAccessibleName(QCoreApplication.translate("widgets", "Kalender"))
        try:
            current = self.value() or clock.today()
        except ValidationError:
            current = clock.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))

        def chosen(day: QDate) -> None:
            self.set_value(date(day.year(), day.month(), day.day()))
            calendar.close()
            self.setFocus()
            self.editingFinished.emit()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._calendar = calendar
        calendar.show()
        calendar.setFocus()


# --------------------------------------------------------------------------- messages


class MessageBar(QFrame):
    """A sentence with optional buttons, shown above what it is about.

    Kinds: ``"info"``, ``"warning"`` and ``"error"``. The text is selectable, the bar
    is announced by its accessible name, and it stays until it is closed or replaced.
    """

    closed = Signal()

    _COLOURS: ClassVar[dict[str, tuple[str, str]]] = {
        "info": ("#e8f1f7", "#2f6f9f"),
        "success": ("#e9f5ec", "#2e7d4a"),
        "warning": ("#fdf3e1", "#b26a00"),
        "error": ("#fbeaea", "#b3261e"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.kind = "info"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 8, 8)
        outer.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(8)
        outer.addLayout(layout)
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.buttons = FlowLayout(spacing=6)
        outer.addLayout(self.buttons)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(QCoreApplication.translate("widgets", "Melding sluiten"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("widgets", "Melding sluiten")
        )
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._action_buttons: list[QPushButton] = []
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = "info",
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
    ) -> None:
        self.kind = kind if kind in self._COLOURS else "info"
        background, accent = self._COLOURS[self.kind]
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; border: 1px solid {accent};"
            f" border-left: 4px solid {accent}; border-radius: 4px; }}"
            f" QLabel#messageText {{ color: #1f2a30; }}"
        )
        self.label.setText(text)
        self.setAccessibleName(text)
        self.label.setAccessibleName(text)
        for button in self._action_buttons:
            button.deleteLater()
        self._action_buttons = []
        for caption, callback in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            self.buttons.addWidget(button)
            self._action_buttons.append(button)
        self.show()

    def action_captions(self) -> list[str]:
        return [b.text() for b in self._action_buttons]

    def trigger(self, caption: str) -> None:
        """Click the action button with ``caption`` (keyboard users and tests)."""
        for button in self._action_buttons:
            if button.text() == caption:
                button.click()
                return
        raise KeyError(caption)

    def text(self) -> str:
        """The sentence shown ("" when the bar is closed)."""
        return "" if self.isHidden() else self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        for button in self._action_buttons:
            button.deleteLater()
        self._action_buttons = []
        self.closed.emit()


def heading(text: str, parent: QWidget | None = None, scale: float = 1.15) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


# --------------------------------------------------------------------------- forms


class FieldForm:
    """Rows of label + field, each with room for a validation message under it."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}

    def add_row(
        self, key: str, caption: str, widget: QWidget, layout: QFormLayout | None = None
    ) -> QWidget:
        """Add ``widget`` with its label (to ``layout``, default the form's own)."""
        target = layout or self.layout
        holder = QWidget(target.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b3261e;")
        error.hide()
        column.addWidget(error)
        label = QLabel(caption, target.parentWidget())
        label.setBuddy(widget)
        target.addRow(label, holder)
        if not widget.accessibleName():
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
        self.fields[key] = widget
        self.errors[key] = error
        return holder

    def alias(self, field: str, key: str) -> None:
        """Show errors of validation field ``field`` at the row ``key``."""
        self.aliases[field] = key

    def key_for(self, field: str | None) -> str | None:
        if field is None:
            return None
        key = self.aliases.get(field, field)
        return key if key in self.errors else None

    def show_error(self, field: str | None, message: str) -> bool:
        """Show ``message`` under the field; ``False`` if the form has no such field."""
        key = self.key_for(field)
        if key is None:
            return False
        label = self.errors[key]
        label.setText(message)
        label.setAccessibleName(message)
        label.show()
        widget = self.fields[key]
        widget.setAccessibleDescription(message)
        widget.setFocus()
        return True

    def clear_error(self, key: str) -> None:
        if key in self.errors:
            self.errors[key].clear()
            self.errors[key].hide()
            self.fields[key].setAccessibleDescription("")

    def clear_errors(self) -> None:
        for key in self.errors:
            self.clear_error(key)

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""


def show_validation(error: ValidationError, form: FieldForm, bar: MessageBar | None = None) -> None:
    """A validation message next to its field, or in the bar when no field matches."""
    if not form.show_error(error.field, error.message) and bar is not None:
        bar.show_message(error.message, "error")


class CheckList(QWidget):
    """Check boxes for ``(value, caption)`` pairs, wrapping to the width there is."""

    changed = Signal()

    def __init__(
        self,
        items: Iterable[tuple[str, str]],
        columns: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        flow = FlowLayout(self, spacing=14)
        self.columns = columns
        self.boxes: dict[str, QCheckBox] = {}
        for value, caption in items:
            box = QCheckBox(caption, self)
            box.toggled.connect(self.changed)
            flow.addWidget(box)
            self.boxes[value] = box

    def values(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: Iterable[str]) -> list[str]:
        """Tick ``values``; returns the ones that have no box (to show elsewhere)."""
        wanted = list(values)
        for value, box in self.boxes.items():
            box.setChecked(value in wanted)
        return [v for v in wanted if v not in self.boxes]


def split_list(text: str) -> list[str]:
    """Comma- or semicolon-separated words, trimmed, without empties or doubles."""
    items: list[str] = []
    for part in re.split(r"[,;\n]", text):
        word = " ".join(part.split())
        if word and word not in items:
            items.append(word)
    return items


def join_list(items: Iterable[str]) -> str:
    return ", ".join(items)


# --------------------------------------------------------------------------- merging


def merge_typed(original: T, typed: T, newest: T) -> T:
    """``newest`` with every field the user changed (``typed`` differs from
    ``original``) taken from ``typed``: after a save was refused because someone else
    saved first, the form shows the other person's changes *and* what this user typed."""
    if not dataclasses.is_dataclass(newest) or isinstance(newest, type):
        return typed
    changes: dict[str, Any] = {}
    for item in dataclasses.fields(newest):
        mine = getattr(typed, item.name)
        if mine != getattr(original, item.name):
            changes[item.name] = mine
    return dataclasses.replace(newest, **changes)


# --------------------------------------------------------------------------- flow layout


class FlowLayout(QLayout):
    """Widgets side by side, wrapping onto the next line when the room runs out (the
    layout from Qt's examples): a row of buttons or filters that never forces the
    window to be wider than its widest widget."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = min(spacing, 6)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(
            0, len(self._visible()) - 1
        )
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x + width > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._line_spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class WholeCellCheckDelegate(QStyledItemDelegate):
    """A check box that a click anywhere in its cell ticks (not only on the small box),
    and the space bar too: quicker at the door of an information evening."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return super().editorEvent(event, model, option, index)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if not option.rect.contains(event.position().toPoint()):
                return False
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) in (
            Qt.CheckState.Checked,
            Qt.CheckState.Checked.value,
        )
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


def share_splitter(splitter: QSplitter, first: float) -> None:
    """Give the splitter's first widget ``first`` of the width (once it has one)."""

    def apply() -> None:
        total = sum(splitter.sizes())
        if total > 0:
            splitter.setSizes([round(total * first), total - round(total * first)])

    QTimer.singleShot(0, apply)
