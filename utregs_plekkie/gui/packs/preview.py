"""A PDF shown in a packs dialog: page navigation, zoom, and a sentence when empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QPointF,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.gui.packs.common import number

# --------------------------------------------------------------------------- preview


class PdfPreview(QWidget):
    """A PDF shown in the window: page navigation, zoom, and a sentence when empty."""

    _ZOOMS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self._path: Path | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("◀ Vorige"))
        self.previous_button.setAccessibleName(self.tr("Vorige pagina"))
        self.previous_button.setToolTip(self.tr("Vorige pagina"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_caption = QLabel(self.tr("Pagina"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Paginanummer"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setRange(0, 0)
        self.page_caption.setBuddy(self.page_spin)
        self.page_total = QLabel(self)
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Volgende ▶"))
        self.next_button.setAccessibleName(self.tr("Volgende pagina"))
        self.next_button.setToolTip(self.tr("Volgende pagina"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setAccessibleName(self.tr("Kleiner"))
        self.zoom_out_button.setToolTip(self.tr("Kleiner (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.addItem(self.tr("Paginabreedte"), "width")
        self.zoom_combo.addItem(self.tr("Hele pagina"), "page")
        for factor in self._ZOOMS:
            self.zoom_combo.addItem(f"{round(factor * 100)} %", factor)
        self.zoom_combo.activated.connect(self._zoom_chosen)
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setAccessibleName(self.tr("Groter"))
        self.zoom_in_button.setToolTip(self.tr("Groter (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(1))
        for part in (
            self.previous_button,
            self.page_caption,
            self.page_spin,
            self.page_total,
            self.next_button,
        ):
            bar.addWidget(part)
        bar.addStretch(1)
        for zoom in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            bar.addWidget(zoom)
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.message = QLabel(empty_text, self.stack)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(empty_text)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.view = QPdfView(self.stack)
        self.view.setAccessibleName(self.tr("Voorbeeld van het PDF-bestand"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)

        self.page_spin.valueChanged.connect(lambda number: self.go_to(number - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        for shortcut, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.zoom_step(s))
            self.addAction(action)
        # Ctrl+= zooms in too: on most keyboards "+" needs Shift.
        equals = QAction(self)
        equals.setShortcut(QKeySequence("Ctrl+="))
        equals.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        equals.triggered.connect(lambda: self.zoom_step(1))
        self.addAction(equals)
        self._update_controls()

    # ----------------------------------------------------------------- content

    @property
    def path(self) -> Path | None:
        """The file shown, or ``None``."""
        return self._path

    def page_count(self) -> int:
        return self.document.pageCount() if self._path is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_message(self, text: str) -> None:
        """Forget the document and show ``text`` instead."""
        self._path = None
        self.document.close()
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def load(self, path: Path) -> bool:
        """Show the PDF at ``path``; ``False`` (and a sentence) if it cannot be read."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.show_message(
                self.tr(
                    "Het voorbeeld kan niet worden getoond ({error}). Maak het opnieuw."
                ).format(error=error.name)
            )
            return False
        self._path = path
        self.stack.setCurrentWidget(self.view)
        self._update_controls()
        self.go_to(0)
        return True

    def close_document(self) -> None:
        self._path = None
        self.document.close()

    # ----------------------------------------------------------------- navigation

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else -1
        self.page_spin.setRange(1 if count else 0, count)
        self.page_total.setText(self.tr("van {n}").format(n=number(count)))
        self.page_spin.setAccessibleDescription(
            self.tr("Pagina {page} van {n}").format(page=page + 1, n=count) if count else ""
        )
        for widget in (
            self.page_spin,
            self.zoom_combo,
            self.zoom_in_button,
            self.zoom_out_button,
            self.view,
        ):
            widget.setEnabled(count > 0)
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)

    # ----------------------------------------------------------------- zoom

    def zoom_factor(self) -> float:
        """The zoom as shown, also when the view fits the page to its width or height."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(max(0, self.current_page()))
        scale = self.view.logicalDpiX() / 72.0
        viewport = self.view.viewport().size()
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        by_width = (viewport.width() - 12) / (size.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(0.1, by_width)
        by_height = (viewport.height() - 12) / (size.height() * scale)
        return max(0.1, min(by_width, by_height))

    def set_zoom(self, factor: float) -> None:
        factor = max(0.25, min(4.0, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        index = self.zoom_combo.findData(factor)
        if index < 0:
            # A zoom between the presets (from fitting the page, then + or -): shown as
            # one extra entry at the end of the list.
            index = self.zoom_combo.findData("custom")
            if index < 0:
                self.zoom_combo.addItem("", "custom")
                index = self.zoom_combo.count() - 1
            self.zoom_combo.setItemText(index, f"{round(factor * 100)} %")
        self.zoom_combo.setCurrentIndex(index)

    def zoom_step(self, direction: int) -> None:
        if self.page_count() == 0:
            return
        now = self.zoom_factor()
        if direction > 0:
            larger = [z for z in self._ZOOMS if z > now + 0.01]
            self.set_zoom(larger[0] if larger else now * 1.25)
        else:
            smaller = [z for z in self._ZOOMS if z < now - 0.01]
            self.set_zoom(smaller[-1] if smaller else now / 1.25)

    def _zoom_chosen(self, index: int) -> None:
        data = self.zoom_combo.itemData(index)
        if data == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif data == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif isinstance(data, float | int):
            self.set_zoom(float(data))
