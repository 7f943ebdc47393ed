"""What every part of the kiosk shares: its look (large type, high contrast, big
touch targets), its limits, and the small builders for fields, captions and messages.

Fields never suggest or remember anything typed before, and a cleared field has no
undo history: the next visitor cannot bring back the previous one's details.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

#: The thank-you screen goes back to the empty form after this many milliseconds.
THANKS_MS = 8_000
#: A form nobody touched for this long is cleared (an abandoned half-filled form).
IDLE_CLEAR_MS = 120_000
#: The longest event name (as ``storage.requests`` accepts it).
EVENT_NAME_MAX = 200
#: The fields of the form, in tab order.
FIELDS = ("first_name", "last_name", "email", "phone", "postcode")

STYLE = """
QWidget#kiosk { background: #f5f2ec; }
QWidget#kiosk QLabel { color: #1f2a30; }
QWidget#kiosk QLabel#kioskTitle { color: #17456b; }
QWidget#kiosk QLabel#kioskError, QWidget#kiosk QLabel#kioskSummary {
    color: #a61b1b; font-weight: bold;
}
QWidget#kiosk QLabel#kioskHint { color: #4b5660; }
QWidget#kiosk QLabel#privacyText {
    background: #ffffff; border: 1px solid #c9c2b6; border-radius: 8px; padding: 10px;
}
QWidget#kiosk QLineEdit {
    background: #ffffff; color: #1f2a30; border: 2px solid #8a8f98; border-radius: 8px;
    padding: 2px 10px; min-height: 42px;
}
QWidget#kiosk QLineEdit:focus { border: 3px solid #17456b; }
QWidget#kiosk QLineEdit[invalid="true"] { border: 3px solid #a61b1b; }
QPushButton#interestToggle {
    background: #ffffff; color: #17456b; border: 2px solid #17456b; border-radius: 12px;
    padding: 4px 14px; min-height: 50px; text-align: left;
}
QPushButton#interestToggle:checked { background: #17456b; color: #ffffff; }
QPushButton#interestToggle:focus { border: 4px solid #e0a100; }
QPushButton#kioskSave, QPushButton#nextVisitor, QPushButton#startKiosk {
    background: #2e7d4a; color: #ffffff; border: 4px solid #2e7d4a; border-radius: 12px;
    padding: 8px 28px; min-height: 64px; font-weight: bold;
}
QPushButton#kioskSave:focus, QPushButton#nextVisitor:focus, QPushButton#startKiosk:focus {
    border: 4px solid #e0a100;
}
QPushButton#kioskSave:disabled { background: #8fb59b; border-color: #8fb59b; }
QPushButton#keypadKey, QPushButton#leaveButton, QPushButton#backToForm {
    background: #ffffff; color: #1f2a30; border: 2px solid #8a8f98; border-radius: 10px;
    min-height: 44px; padding: 2px 16px;
}
QPushButton#keypadKey:focus, QPushButton#leaveButton:focus, QPushButton#backToForm:focus {
    border: 4px solid #e0a100;
}
QToolButton#leaveKiosk {
    color: #4b5660; background: transparent; border: 1px solid #b8b1a5; border-radius: 6px;
    padding: 4px 10px;
}
QWidget#kiosk QCheckBox { spacing: 14px; }
QWidget#kiosk QCheckBox::indicator { width: 34px; height: 34px; }
QWidget#kiosk QCheckBox:focus { color: #17456b; text-decoration: underline; }
"""


def scaled(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Mark ``widget`` to be drawn at ``factor`` times the kiosk's type size (applied by
    ``KioskWindow.apply_fonts``: under a style sheet, fonts are not inherited)."""
    widget.setProperty("kioskScale", factor)
    widget.setProperty("kioskBold", bold)


def line(parent: QWidget, name: str, accessible: str, events: QObject) -> QLineEdit:
    """A field that never suggests or remembers anything typed before; ``events`` (the
    kiosk) sees its keys, for Enter and for the idle clearing."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCompleter(None)  # type: ignore[arg-type]  # (the stub forgets "or None")
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setDragEnabled(False)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
    )
    edit.setMaxLength(254)
    edit.installEventFilter(events)
    return edit


def error_label(parent: QWidget, name: str) -> QLabel:
    """A message in red under what it is about; hidden while empty."""
    error = QLabel(parent)
    error.setObjectName("kioskError")
    error.setProperty("field", name)
    error.setWordWrap(True)
    scaled(error, 0.8, bold=True)
    error.hide()
    return error


def caption(text: str, parent: QWidget, buddy: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    scaled(label, 0.85, bold=True)
    return label


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("kioskHint")
    label.setWordWrap(True)
    scaled(label, 0.8)
    return label


def set_error(target: QLabel, text: str) -> None:
    """Show ``text`` in ``target`` (also to screen readers), or hide it when empty."""
    target.setText(text)
    target.setAccessibleName(text)
    target.setVisible(bool(text))


def clear_line(edit: QLineEdit) -> None:
    """Empty a field and its undo history: Ctrl+Z brings nothing back."""
    edit.setText("")  # setText clears the undo and redo history, unlike clear()
    edit.setModified(False)
    edit.setAccessibleDescription("")
    edit.setProperty("invalid", False)
    edit.style().unpolish(edit)
    edit.style().polish(edit)
