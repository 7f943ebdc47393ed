"""The idle lock's effect on the screen: nothing of the records stays visible.

The main window's content (navigation and pages) is taken out and replaced by a
plain "vergrendeld" panel, its menu bar and status bar are hidden and all its actions
disabled (no shortcut works). Other open windows (a family's detail, an unsaved form)
are not closed, so nothing typed is lost: each is covered by an opaque panel and
its controls disabled until the same user unlocks. The unlock dialog itself is a
separate application-modal window, so it takes input even above a modal form.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.gui.trust.common import title_label


class LockedPanel(QWidget):
    """What the main window shows while locked: no data, one sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPanel")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        heading = title_label(self.tr("Utregs Plekkie is vergrendeld"), self, scale=1.8)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "De gegevens zijn verborgen omdat het programma een tijd niet gebruikt is. "
                "Ontgrendel met uw wachtwoord in het venster 'Vergrendeld'."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addStretch(3)


class _Cover(QWidget):
    """An opaque panel over a whole window, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Vergrendeld"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class ScreenLock:
    """Hides a main window's content and covers every other window; ``release`` undoes it."""

    def __init__(self, window: QMainWindow, keep_visible: tuple[QWidget, ...] = ()) -> None:
        self.window = window
        self._central: QWidget | None = None
        self._menu_visible = True
        self._status_visible = True
        self._title = ""
        self._disabled_actions: list[QAction] = []
        self._covers: list[_Cover] = []
        self._disabled_children: list[QWidget] = []
        self._keep = keep_visible
        self.engaged = False

    def engage(self) -> None:
        if self.engaged:
            return
        self.engaged = True
        QToolTip.hideText()
        window = self.window
        for popup in QApplication.topLevelWidgets():
            if isinstance(popup, QMenu) and popup.isVisible():
                popup.close()
        self._title = window.windowTitle()
        window.setWindowTitle(window.tr("Vergrendeld – Utregs Plekkie"))
        self._central = window.takeCentralWidget()
        window.setCentralWidget(LockedPanel(window))
        self._menu_visible = window.menuBar().isVisible()
        window.menuBar().hide()
        self._status_visible = window.statusBar().isVisible()
        window.statusBar().hide()
        for action in window.findChildren(QAction):
            if action.isEnabled():
                action.setEnabled(False)
                self._disabled_actions.append(action)
        for other in QApplication.topLevelWidgets():
            if other is window or other in self._keep or not other.isVisible():
                continue
            if isinstance(other, QMenu) or other.windowType() == Qt.WindowType.ToolTip:
                continue
            self._cover(other)

    def _cover(self, other: QWidget) -> None:
        for child in other.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isEnabled():
                child.setEnabled(False)
                self._disabled_children.append(child)
        for action in other.findChildren(QAction):
            if action.isEnabled():
                action.setEnabled(False)
                self._disabled_actions.append(action)
        self._covers.append(_Cover(other))

    def covered_windows(self) -> list[QWidget]:
        found: list[QWidget] = []
        for cover in self._covers:
            parent = cover.parentWidget() if shiboken6.isValid(cover) else None
            if parent is not None:
                found.append(parent)
        return found

    def release(self) -> None:
        """Show everything again, as it was."""
        if not self.engaged:
            return
        self.engaged = False
        window = self.window
        if shiboken6.isValid(window):
            panel = window.takeCentralWidget()
            if panel is not None:
                panel.deleteLater()
            if self._central is not None:
                window.setCentralWidget(self._central)
            window.menuBar().setVisible(self._menu_visible)
            window.statusBar().setVisible(self._status_visible)
            window.setWindowTitle(self._title)
        for cover in self._covers:
            if shiboken6.isValid(cover):
                parent = cover.parentWidget()
                if parent is not None:
                    parent.removeEventFilter(cover)
                cover.hide()
                cover.deleteLater()
        for widget in self._disabled_children:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        for action in self._disabled_actions:
            if shiboken6.isValid(action):
                action.setEnabled(True)
        self._covers.clear()
        self._disabled_children.clear()
        self._disabled_actions.clear()
        self._central = None

    def close_other_windows(self) -> None:
        """Another user takes over: the previous user's other windows go, unasked."""
        for window in self.covered_windows():
            if not shiboken6.isValid(window):
                continue
            if isinstance(window, QDialog):
                # done() ends a running exec() too, without the dialog's own questions.
                QDialog.done(window, QDialog.DialogCode.Rejected)
            else:
                window.hide()
            window.deleteLater()
