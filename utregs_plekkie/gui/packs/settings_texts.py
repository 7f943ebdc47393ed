"""The texts tab of the pack settings: a tree of texts and an editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.gui.packs.common import set_level
from utregs_plekkie.gui.packs.settings_form import brace_problem, fields_of


class PackTextsTab(QDialog):
    """The tab with the pack texts: a tree of texts on the left, the text on the right.

    Part of the pack settings dialog, whose translation context its texts use."""

    # Set up by the dialog before the tab is built.
    texts: dict[str, str]
    _items: dict[str, QTreeWidgetItem]
    _defaults: dict[str, str]
    _filling: bool
    _current_key: str | None

    def form_changed(self) -> None:
        """Something was typed: the dialog updates its title and buttons."""
        raise NotImplementedError

    def _build_texts_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 12, 12, 12)
        explain = QLabel(
            QCoreApplication.translate(
                "PackSettingsDialog",
                "Kies links een tekst en pas hem rechts aan. Woorden tussen accolades, zoals "
                "{voornaam}, worden per pakket ingevuld.",
            ),
            tab,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(
            QCoreApplication.translate("PackSettingsDialog", "Zoeken in de teksten…")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("PackSettingsDialog", "Zoeken in de teksten")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)

        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.setChildrenCollapsible(False)
        self.tree = QTreeWidget(splitter)
        self.tree.setAccessibleName(
            QCoreApplication.translate("PackSettingsDialog", "Teksten van de pakketten")
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("PackSettingsDialog", "Tekst"),
                QCoreApplication.translate("PackSettingsDialog", "Inhoud"),
            ]
        )
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._text_chosen)

        editor_panel = QWidget(splitter)
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        self.text_caption = QLabel(
            QCoreApplication.translate("PackSettingsDialog", "Kies links een tekst."), editor_panel
        )
        caption_font = QFont(self.text_caption.font())
        caption_font.setBold(True)
        self.text_caption.setFont(caption_font)
        self.text_caption.setWordWrap(True)
        editor_layout.addWidget(self.text_caption)
        self.editor = QPlainTextEdit(editor_panel)
        self.editor.setAccessibleName(QCoreApplication.translate("PackSettingsDialog", "Tekst"))
        self.editor.setTabChangesFocus(True)
        self.editor.setEnabled(False)
        self.editor.textChanged.connect(self._text_edited)
        self.text_caption.setBuddy(self.editor)
        editor_layout.addWidget(self.editor, 1)
        self.fields_hint = QLabel(editor_panel)
        self.fields_hint.setObjectName("hintLabel")
        self.fields_hint.setWordWrap(True)
        editor_layout.addWidget(self.fields_hint)
        self.text_warning = QLabel(editor_panel)
        self.text_warning.setWordWrap(True)
        self.text_warning.hide()
        editor_layout.addWidget(self.text_warning)
        row = QHBoxLayout()
        self.reset_button = QPushButton(
            QCoreApplication.translate("PackSettingsDialog", "Standaardtekst terugzetten"),
            editor_panel,
        )
        self.reset_button.setAccessibleName(
            QCoreApplication.translate("PackSettingsDialog", "Standaardtekst terugzetten")
        )
        self.reset_button.setAutoDefault(False)
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self._reset_text)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        editor_layout.addLayout(row)
        splitter.addWidget(self.tree)
        splitter.addWidget(editor_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.tree)
        QWidget.setTabOrder(self.tree, self.editor)
        QWidget.setTabOrder(self.editor, self.reset_button)
        return tab

    def _sections(self) -> dict[str, str]:
        return {
            "label": QCoreApplication.translate("PackSettingsDialog", "Opschriften en kopjes"),
            "info": QCoreApplication.translate("PackSettingsDialog", "Informatiepakket: de brief"),
            "interesse": QCoreApplication.translate(
                "PackSettingsDialog", "Informatiepakket: interesses"
            ),
            "manieren": QCoreApplication.translate(
                "PackSettingsDialog", "Informatiepakket: drie manieren om te helpen"
            ),
            "stappen": QCoreApplication.translate(
                "PackSettingsDialog", "Informatiepakket: de stappen"
            ),
            "avonden": QCoreApplication.translate(
                "PackSettingsDialog", "Informatiepakket: informatieavonden"
            ),
            "qr": QCoreApplication.translate("PackSettingsDialog", "Informatiepakket: QR-code"),
            "intake": QCoreApplication.translate("PackSettingsDialog", "Intakepakket"),
            "vorm": QCoreApplication.translate(
                "PackSettingsDialog", "Intakepakket: vormen van zorg"
            ),
            "weekend": QCoreApplication.translate("PackSettingsDialog", "Intakepakket: weekenden"),
            "stap": QCoreApplication.translate(
                "PackSettingsDialog", "Intakepakket: stappen van de intake"
            ),
        }

    def _caption(self, key: str) -> tuple[str, str]:
        """(section, name) of a text key, e.g. ``info.dichtbij.wijk`` ->
        ("Informatiepakket: de brief", "dichtbij › wijk")."""
        head, _dot, rest = key.partition(".")
        sections = self._sections()
        section = sections.get(
            head, QCoreApplication.translate("PackSettingsDialog", "Overige teksten")
        )
        name = (rest or key).replace("_", " ").replace(".", " › ")
        return section, name

    def _fill_tree(self) -> None:
        self.tree.clear()
        self._items.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for key in self.texts:
            section, name = self._caption(key)
            parent = sections.get(section)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [section])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(parent.font(0))
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                sections[section] = parent
            item = QTreeWidgetItem(parent, [name, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            self._items[key] = item
            self._update_item(key)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        # The name column as wide as its longest name, but the contents stay readable.
        room = max(160, self.tree.viewport().width() // 2)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), room))

    def _update_item(self, key: str) -> None:
        item = self._items.get(key)
        if item is None:
            return
        value = self.texts.get(key, "")
        first = (
            value.strip().splitlines()[0]
            if value.strip()
            else QCoreApplication.translate("PackSettingsDialog", "(leeg)")
        )
        item.setText(1, first)
        item.setToolTip(1, value)
        changed = value != self._defaults.get(key, value)
        font = QFont(item.font(0))
        font.setItalic(changed)
        item.setFont(0, font)
        name = self._caption(key)[1]
        item.setText(
            0,
            name
            + (
                " " + QCoreApplication.translate("PackSettingsDialog", "(aangepast)")
                if changed
                else ""
            ),
        )
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            name
            + (
                ", " + QCoreApplication.translate("PackSettingsDialog", "aangepast")
                if changed
                else ""
            ),
        )

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for index in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(index)
            if section is None:
                continue
            visible = 0
            for child_index in range(section.childCount()):
                child = section.child(child_index)
                if child is None:
                    continue
                key = str(child.data(0, Qt.ItemDataRole.UserRole))
                hit = (
                    not needle
                    or needle in key.lower()
                    or needle in child.text(0).lower()
                    or needle in self.texts.get(key, "").lower()
                    or needle in section.text(0).lower()
                )
                child.setHidden(not hit)
                visible += int(hit)
            section.setHidden(visible == 0)

    def _text_chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        key = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.select_text(str(key) if key else None)

    def select_text(self, key: str | None) -> None:
        """Show the text ``key`` in the editor (``None``: nothing chosen)."""
        self._current_key = key
        self._filling = True
        try:
            if key is None or key not in self.texts:
                self._current_key = None
                self.editor.setPlainText("")
                self.editor.setEnabled(False)
                self.reset_button.setEnabled(False)
                self.text_caption.setText(
                    QCoreApplication.translate("PackSettingsDialog", "Kies links een tekst.")
                )
                self.fields_hint.setText("")
                set_level(self.text_warning, "", "")
                return
            section, name = self._caption(key)
            self.text_caption.setText(f"{section} › {name}")
            self.editor.setAccessibleName(
                QCoreApplication.translate("PackSettingsDialog", "Tekst: {name}").format(name=name)
            )
            self.editor.setEnabled(True)
            self.editor.setPlainText(self.texts[key])
            item = self._items.get(key)
            if item is not None and self.tree.currentItem() is not item:
                self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self._show_text_state(key)

    def _show_text_state(self, key: str) -> None:
        value = self.texts.get(key, "")
        default = self._defaults.get(key)
        self.reset_button.setEnabled(default is not None and value != default)
        fields = fields_of(default or "")
        self.fields_hint.setText(
            QCoreApplication.translate(
                "PackSettingsDialog", "Wordt per pakket ingevuld: {fields}."
            ).format(fields=", ".join("{" + f + "}" for f in fields))
            if fields
            else QCoreApplication.translate(
                "PackSettingsDialog", "Deze tekst heeft geen velden die per pakket worden ingevuld."
            )
        )
        if brace_problem(value):
            set_level(
                self.text_warning,
                "error",
                QCoreApplication.translate(
                    "PackSettingsDialog",
                    "Er staat een losse accolade in deze tekst. Gebruik accolades alleen rond "
                    "een veld, zoals {voornaam}.",
                ),
            )
        elif not value.strip():
            set_level(
                self.text_warning,
                "warning",
                QCoreApplication.translate(
                    "PackSettingsDialog",
                    "Deze tekst is leeg: in het pakket komt hier niets te staan.",
                ),
            )
        else:
            unknown = [f for f in fields_of(value) if f not in fields]
            set_level(
                self.text_warning,
                "warning" if unknown else "",
                QCoreApplication.translate(
                    "PackSettingsDialog",
                    "Onbekend veld: {fields}. In het pakket komt daar ‹ontbreekt: …› te staan.",
                ).format(fields=", ".join("{" + f + "}" for f in unknown))
                if unknown
                else "",
            )

    def _text_edited(self) -> None:
        key = self._current_key
        if self._filling or key is None:
            return
        self.texts[key] = self.editor.toPlainText()
        self._update_item(key)
        self._show_text_state(key)
        self.form_changed()

    def _reset_text(self) -> None:
        key = self._current_key
        if key is None or key not in self._defaults:
            return
        self.editor.setPlainText(self._defaults[key])  # goes through _text_edited
        self.editor.setFocus()
