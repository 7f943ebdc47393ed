"""Small pieces the trust dialogs share: messages and questions, a status line, a
password field, and waiting for background work behind a modal "busy" dialog.

Questions go through ``ask`` (and messages through ``inform``) so tests can answer
them by replacing one function instead of clicking a modal box.
"""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

T = TypeVar("T")

STYLE = """
QLabel[level="error"] { color: #a61b1b; }
QLabel[level="warning"] { color: #8a4500; }
QLabel[level="done"] { color: #1f6b2c; }
QLabel[level="info"] { color: palette(text); }
QLabel#hintLabel { color: palette(placeholder-text); }
QLabel#dialogTitle { padding-bottom: 4px; }
"""


def format_size(size: int) -> str:
    """A file size the Dutch way: 1,2 MB, or whole kB below a megabyte."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} kB"


def fit_height(window: QWidget) -> None:
    """Make a window tall enough for its wrapped texts at its current width.

    Qt sizes a window once; a message that appears later (or a sentence that wraps to
    one line more) would otherwise squeeze the fields above it.
    """
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalMinimumSize().height()
    if needed > window.height():
        window.resize(window.width(), needed)


class FittingDialog(QDialog):
    """A dialog that grows to fit its texts when shown and when a message appears."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        if shiboken6.isValid(self):
            fit_height(self)


def settle_wrapped(label: QLabel) -> None:
    """Give a word-wrapped label the height its text needs at its width (box layouts with
    a stretching table would otherwise clip it to one line), then let the window grow."""

    def settle() -> None:
        if not shiboken6.isValid(label):
            return
        if label.isVisible() and label.wordWrap() and label.width() > 0:
            label.setMinimumHeight(label.heightForWidth(label.width()))
        window = label.window()
        if window.isVisible():
            fit_height(window)

    QTimer.singleShot(0, settle)


def set_level(label: QLabel, level: str, text: str) -> None:
    """Show ``text`` in ``label`` as an error, warning, success or plain information."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setProperty("level", level)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))
    if text:
        settle_wrapped(label)


def status_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("statusLine")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


def title_label(text: str, parent: QWidget, scale: float = 1.4) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("dialogTitle")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def password_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMaxLength(200)
    return field


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    *,
    yes: str,
    no: str | None = None,
    dangerous: bool = False,
) -> bool:
    """A question with two clearly named buttons; True when the first was chosen."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if dangerous else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(
        no or QCoreApplication.translate("trust", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no_button if dangerous else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(
    parent: QWidget | None, title: str, text: str, informative: str = "", *, error: bool = False
) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
