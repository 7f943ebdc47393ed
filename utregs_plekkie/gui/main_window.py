"""The main window: navigation on the left, the pages on the right, menus and a
status bar naming the database. Pages live in ``gui/pages``; the window only
arranges them, remembers how the user left it, and opens the small dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from utregs_plekkie.core.permissions import Actor, visible_pages
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.about import AboutDialog
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.forms.ui_main_window import Ui_MainWindow
from utregs_plekkie.gui.pages import PAGE_CLASSES, Page
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage.database import Database

DEFAULT_SIZE = QSize(1360, 860)

# The page keys of gui/pages and their names in core.permissions.PAGE_PERMISSIONS.
PERMISSION_PAGE_NAMES = {
    "requests": "aanvragen",
    "households": "gezinnen",
    "children": "kinderen",
    "matching": "matching",
    "events": "evenementen",
    "overview": "overzicht",
}


STYLE_SHEET = """
QListWidget#navigation {
    background: palette(window);
    border: none;
    border-right: 1px solid palette(mid);
    padding-top: 8px;
    outline: 0;
}
QListWidget#navigation:focus {
    border-right: 2px solid palette(highlight);
}
QListWidget#navigation::item {
    padding: 9px 16px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QFrame#countTile {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 6px;
}
QLabel#countCaption, QLabel#loadingLabel, QLabel#hintLabel {
    color: palette(placeholder-text);
}
QTableView::item {
    padding-right: 6px;
}
QLabel#listMessage {
    color: palette(placeholder-text);
    padding: 24px;
}
"""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The database, the logged-in user (who decides which pages there are, see
        #: ``visible_pages``), the interface state and the clock; handed to every page.
        self.ctx = ctx
        self.db: Database = ctx.db
        self.state: UiState = ctx.state
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)

        self.pages: list[Page] = []
        self.page_actions: list[QAction] = []
        self._page_group = QActionGroup(self)
        self._build_pages()
        self._build_menus()
        self._build_status_bar()

        self.ui.navigation.currentRowChanged.connect(self.show_page_at)
        self._restore()
        # Menu entries and actions the role may not use are not shown (issue 8).
        from utregs_plekkie.gui.trust.permissions import apply_action_permissions

        apply_action_permissions(self, self.ctx.actor)

    # ----------------------------------------------------------------- building

    def _build_pages(self) -> None:
        nav = self.ui.navigation
        nav_font = nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        nav.setFont(nav_font)
        first_view_action = self.ui.menuView.actions()[0] if self.ui.menuView.actions() else None
        # The one check of who sees which page: core.permissions decides.
        allowed = set(visible_pages(self.ctx.actor))
        shown = [p for p in PAGE_CLASSES if PERMISSION_PAGE_NAMES.get(p.key, p.key) in allowed]
        for number, page_class in enumerate(shown, start=1):
            page = page_class(self.ctx, self.ui.pages)
            page.status_message.connect(self._page_status)
            self.ui.pages.addWidget(page)
            self.pages.append(page)
            item = QListWidgetItem(page.title(), nav)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title())
            item.setToolTip(f"{page.title()} (Ctrl+{number})")

            action = QAction(page.title(), self)
            action.setObjectName(f"actionPage_{page.key}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page_at(row))
            self._page_group.addAction(action)
            self.page_actions.append(action)
            if first_view_action is not None:
                self.ui.menuView.insertAction(first_view_action, action)
            else:
                self.ui.menuView.addAction(action)
            # Shortcuts work even when the menu bar is hidden (kiosk mode, later).
            self.addAction(action)
        if first_view_action is not None:
            self.ui.menuView.insertSeparator(first_view_action)
        widest = max(
            (nav.fontMetrics().horizontalAdvance(p.title()) for p in self.pages), default=0
        )
        nav.setFixedWidth(widest + 64)

    def _build_menus(self) -> None:
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionDatabaseInfo.triggered.connect(self.show_database_info)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionRefresh.triggered.connect(self.refresh_current_page)
        self.addAction(self.ui.actionRefresh)

        self._language_group = QActionGroup(self)
        for action, code in ((self.ui.actionDutch, "nl"), (self.ui.actionEnglish, "en")):
            action.setData(code)
            self._language_group.addAction(action)
            action.setChecked(code == i18n.current_language())
        self._language_group.triggered.connect(self._language_chosen)
        self._build_packs_actions()
        self._build_today_action()
        self._build_requests_actions()

    def _build_today_action(self) -> None:
        """Beeld → Vandaag: what is due or overdue across all families (Gezinnen page)."""
        self.today_action = QAction(self.tr("&Vandaag"), self)
        self.today_action.setObjectName("actionToday")
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.setStatusTip(self.tr("Wat er vandaag moet gebeuren bij de gezinnen"))
        self.today_action.triggered.connect(self.show_today)
        self.ui.menuView.insertAction(self.ui.actionRefresh, self.today_action)
        self.addAction(self.today_action)

    def show_today(self) -> None:
        self.show_page("households")
        page = self.current_page()
        show = getattr(page, "show_today", None)
        if callable(show):
            show()

    def _build_status_bar(self) -> None:
        info = self.db.info()
        self.database_label = QLabel(self.tr("Database: {location}").format(location=info.location))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(info.url)
        self.database_label.setAccessibleName(self.database_label.text())
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.statusbar.addPermanentWidget(self.database_label)

    @property
    def current_actor(self) -> Actor:
        """Who works in this window (``ctx.actor``)."""
        return self.ctx.actor

    @property
    def actor(self) -> Actor:
        """The same as ``current_actor``."""
        return self.ctx.actor

    # ----------------------------------------------------------------- pages

    def current_page(self) -> Page:
        page = self.ui.pages.currentWidget()
        assert isinstance(page, Page)
        return page

    def page(self, key: str) -> Page:
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(key)

    def show_page_at(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        if self.ui.navigation.currentRow() != row:
            self.ui.navigation.setCurrentRow(row)  # comes back here through the signal
            return
        page = self.pages[row]
        self.ui.statusbar.clearMessage()
        self.ui.pages.setCurrentWidget(page)
        self.page_actions[row].setChecked(True)
        self.setWindowTitle(f"{page.title()} – Utregs Plekkie")
        page.ensure_loaded()

    def show_page(self, key: str) -> None:
        self.show_page_at(self.pages.index(self.page(key)))

    def refresh_current_page(self) -> None:
        self.current_page().refresh()

    def _page_status(self, text: str) -> None:
        if self.sender() is self.ui.pages.currentWidget():
            self.ui.statusbar.showMessage(text)

    # ----------------------------------------------------------------- dialogs

    def show_about(self) -> AboutDialog:
        """Open Help → Over (window-modal, without blocking the caller)."""
        dialog = AboutDialog(self.db.info(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_database_info(self) -> QMessageBox:
        info = self.db.info()
        kind = "SQLite" if info.dialect == "sqlite" else "PostgreSQL"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Database-info"))
        box.setText(self.tr("Utregs Plekkie gebruikt deze database:"))
        box.setInformativeText(
            self.tr("Soort: {kind}\nLocatie: {location}\nAdres: {url}").format(
                kind=kind, location=info.location, url=info.url
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data())
        self.state.set_language(code)
        self.state.sync()
        if code == i18n.current_language():
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Taal"))
        box.setText(
            self.tr(
                "De nieuwe taal ({language}) gaat in als u Utregs Plekkie opnieuw start."
            ).format(language=i18n.LANGUAGES[code])
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ----------------------------------------------------------------- requests (issue 3)

    def _build_requests_actions(self) -> None:
        """Bestand → Aanvragen importeren…, Aanvragen exporteren…, Evenementmodus (kiosk)…"""
        from utregs_plekkie.gui.requests.menu import install_request_actions

        install_request_actions(self)

    # ----------------------------------------------------------------- packs (issue 4)

    def _build_packs_actions(self) -> None:
        """Bestand → Informatiepakketten afdrukken… (Ctrl+P) and the pack settings."""
        self.actionPrintPacks = QAction(self.tr("Informatiepakketten afdrukken…"), self)
        self.actionPrintPacks.setObjectName("actionPrintPacks")
        self.actionPrintPacks.setShortcut(QKeySequence("Ctrl+P"))
        self.actionPrintPacks.setStatusTip(
            self.tr("Informatiepakketten maken, bekijken, afdrukken en als verstuurd markeren")
        )
        self.actionPrintPacks.triggered.connect(lambda _checked=False: self.open_packs())
        self.actionPackSettings = QAction(self.tr("Instellingen informatiepakket…"), self)
        self.actionPackSettings.setObjectName("actionPackSettings")
        self.actionPackSettings.setStatusTip(
            self.tr("De afzenders en de teksten van de pakketten aanpassen")
        )
        self.actionPackSettings.triggered.connect(lambda _checked=False: self.open_pack_settings())
        first = self.ui.actionDatabaseInfo
        self.ui.menuFile.insertAction(first, self.actionPrintPacks)
        self.ui.menuFile.insertAction(first, self.actionPackSettings)
        self.ui.menuFile.insertSeparator(first)
        self.addAction(self.actionPrintPacks)  # Ctrl+P also without the menu bar

    def open_packs(self, request_ids: list[int] | None = None) -> QWidget:
        """The packs dialog; without ``request_ids``: all new requests without a pack."""
        from utregs_plekkie.gui.packs_dialog import open_packs_dialog

        return open_packs_dialog(
            self, self.db, request_ids, on_marked=lambda _ids: self.page("requests").refresh()
        )

    def open_pack_settings(self) -> QWidget:
        from utregs_plekkie.gui.pack_settings_dialog import open_pack_settings

        return open_pack_settings(self, self.db)

    # ----------------------------------------------------------------- state

    def _restore(self) -> None:
        geometry = self.state.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        window_state = self.state.window_state()
        if window_state is not None:
            self.restoreState(window_state)
        keys = [p.key for p in self.pages]
        if not keys:  # a role that sees no page (the kiosk role)
            return
        last = self.state.last_page()
        row = keys.index(last) if last in keys else 0
        # Select without loading: the page loads when it is first shown.
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.setCurrentRow(row)
        self.ui.navigation.blockSignals(False)
        self.ui.pages.setCurrentIndex(row)
        self.page_actions[row].setChecked(True)
        self.setWindowTitle(f"{self.pages[row].title()} – Utregs Plekkie")

    def _default_size(self) -> QSize:
        """Large enough for the lists, never larger than most of the screen."""
        screen = self.screen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry().size()
        return QSize(
            min(DEFAULT_SIZE.width(), int(room.width() * 0.92)),
            min(DEFAULT_SIZE.height(), int(room.height() * 0.9)),
        )

    def save_state(self) -> None:
        self.state.set_window_geometry(self.saveGeometry())
        self.state.set_window_state(self.saveState())
        if self.pages:
            self.state.set_last_page(self.current_page().key)
        for page in self.pages:
            page.save_state()
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        # Let queries in flight finish before the database goes away.
        workers.wait_for_background(10_000)
        super().closeEvent(event)
