"""Bestand → Instellingen informatiepakket…: the senders and the texts of the packs.

Staff change, without touching code, each sender's details (KOOS Utrecht, Spoor030,
and the campaign for people outside the city: name, contact person, phone, e-mail,
return address, the website behind the QR code, an optional logo) and every text
printed in the information and intake packs. What is saved goes into the database
(``storage.packs_data.save_pack_settings``) and so holds for the whole team.

Saving is version-checked: if someone else saved in the meantime, the save is
refused with its Dutch sentence, and "Nieuwste versie laden" fetches their version
while keeping what was typed here (fields changed here stay as typed, the others
take the new values). Empty required fields are flagged as they are typed and
block the save; closing with unsaved changes asks first.
"""

from __future__ import annotations

import string
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.packs.content import (
    CAMPAIGN,
    ORGANISATION_FIELDS,
    ORGANISATION_KEYS,
    Organisation,
    PackSettings,
    default_texts,
    placeholder,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER

__all__ = ["PackSettingsDialog", "open_pack_settings"]

#: Sender fields a pack cannot do without (the logo is optional).
REQUIRED_FIELDS: tuple[str, ...] = tuple(a for a in ORGANISATION_FIELDS if a != "logo")
_TEXTS_TAB = "texts"

_STYLE = """
QLineEdit[missing="true"] { border: 2px solid #b3261e; background: #fff4f2; }
QLabel[level="warning"] { color: #8a4500; }
QLabel[level="error"] { color: #a61b1b; }
QLabel[level="done"] { color: #1f6b2c; }
QLabel#hintLabel { color: palette(placeholder-text); }
"""


def _set_level(label: QLabel, level: str, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setProperty("level", level)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def _fields_of(template: str) -> list[str]:
    """``"Beste {voornaam},"`` -> ``["voornaam"]``; ``[]`` for text that is no template."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return []
    found: list[str] = []
    for _literal, name, _spec, _conversion in parsed:
        if name and name not in found:
            found.append(name)
    return found


def _brace_problem(template: str) -> bool:
    try:
        list(string.Formatter().parse(template))
    except ValueError:
        return True
    return False


class _OrganisationForm(QWidget):
    """The details of one sender, as a form; empty required fields are flagged."""

    def __init__(self, key: str, dialog: PackSettingsDialog) -> None:
        super().__init__(dialog)
        self.key = key
        self._dialog = dialog
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.about = QLabel(self._about_text(), self)
        self.about.setWordWrap(True)
        outer.addWidget(self.about)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, str] = {}
        for attr, caption, hint in self._rows():
            edit = QLineEdit(self)
            edit.setObjectName(f"{key}_{attr}")
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(caption)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._changed)
            self.edits[attr] = edit
            self.captions[attr] = caption
            label = QLabel(caption + ("" if attr == "logo" else " *"), self)
            label.setBuddy(edit)
            if attr == "logo":
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                self.logo_button = QPushButton(self.tr("Kiezen…"), self)
                self.logo_button.setAccessibleName(self.tr("Logo kiezen"))
                self.logo_button.setAutoDefault(False)
                self.logo_button.clicked.connect(self._choose_logo)
                row.addWidget(self.logo_button)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
        outer.addLayout(form)
        self.required_note = QLabel(
            self.tr("Velden met * zijn verplicht: ze staan in elk pakket van deze afzender."),
            self,
        )
        self.required_note.setObjectName("hintLabel")
        self.required_note.setWordWrap(True)
        outer.addWidget(self.required_note)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        outer.addWidget(self.empty_label)
        outer.addStretch(1)

    def _rows(self) -> list[tuple[str, str, str]]:
        return [
            ("name", self.tr("Naam organisatie"), self.tr("bijvoorbeeld KOOS Utrecht")),
            ("contact_person", self.tr("Contactpersoon"), self.tr("die de brief ondertekent")),
            ("contact_role", self.tr("Functie contactpersoon"), self.tr("bijvoorbeeld werver")),
            ("phone", self.tr("Telefoonnummer"), self.tr("bijvoorbeeld 030 230 22 00")),
            ("email", self.tr("E-mailadres"), self.tr("bijvoorbeeld pleegzorg@koosutrecht.nl")),
            ("postal_address", self.tr("Retouradres"), self.tr("postbus of straat en huisnummer")),
            ("postcode", self.tr("Postcode"), self.tr("bijvoorbeeld 3503 RB")),
            ("city", self.tr("Plaats"), self.tr("bijvoorbeeld Utrecht")),
            (
                "website",
                self.tr("Website (achter de QR-code)"),
                self.tr("https://… waar men zich aanmeldt voor een informatieavond"),
            ),
            ("logo", self.tr("Logo (niet verplicht)"), self.tr("PNG- of JPG-bestand")),
        ]

    def _about_text(self) -> str:
        if self.key == CAMPAIGN:
            return self.tr(
                "Afzender voor wie buiten de stad Utrecht woont of van wie de wijk niet "
                "bekend is: de campagne zelf."
            )
        wijken = [name for _code, name, provider in WIJKEN if provider.value == self.key]
        if not wijken:
            return ""
        return self.tr("Afzender voor aanvragen uit {wijken}.").format(wijken=", ".join(wijken))

    def values(self) -> Organisation:
        return Organisation(
            key=self.key, **{attr: edit.text().strip() for attr, edit in self.edits.items()}
        )

    def set_values(self, org: Organisation) -> None:
        for attr, edit in self.edits.items():
            edit.setText(getattr(org, attr))

    def empty_required(self) -> list[str]:
        return [attr for attr in REQUIRED_FIELDS if not self.edits[attr].text().strip()]

    def _changed(self, _text: str = "") -> None:
        self.flag_empty()
        self._dialog.form_changed()

    def flag_empty(self) -> None:
        empty = self.empty_required()
        for attr in REQUIRED_FIELDS:
            edit = self.edits[attr]
            missing = attr in empty
            if edit.property("missing") != missing:
                edit.setProperty("missing", missing)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
            edit.setAccessibleDescription(self.tr("Verplicht veld; nu leeg.") if missing else "")
        if empty:
            printed = [placeholder(ORGANISATION_FIELDS[a][1]) for a in empty]
            _set_level(
                self.empty_label,
                "warning",
                self.tr("Nog leeg: {fields}. In de pakketten komt daar {printed} te staan.").format(
                    fields=", ".join(self.captions[a] for a in empty),
                    printed=", ".join(printed),
                ),
            )
        else:
            _set_level(self.empty_label, "", "")

    def _choose_logo(self) -> None:
        current = self.edits["logo"].text().strip()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo kiezen"),
            str(Path(current).parent) if current else str(Path.home()),
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.edits["logo"].setText(chosen)


class PackSettingsDialog(QDialog):
    """The senders and the texts of the packs, saved for the whole team."""

    #: Emitted with the ``PackSettings`` now in force after a successful save.
    saved = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, username: str | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.username = username or SYSTEM_USER
        self.base: PackSettings | None = None  # what the form was filled from
        self.texts: dict[str, str] = {}
        self.forms: dict[str, _OrganisationForm] = {}
        self._filling = False
        self._saving = False
        self._discard_confirmed = False
        self._current_key: str | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        self._defaults = default_texts()
        self.stale_box: QMessageBox | None = None
        self.discard_box: QMessageBox | None = None

        self.setWindowTitle(self.tr("Instellingen informatiepakket"))
        self.setAccessibleName(self.windowTitle())
        self.setStyleSheet(_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(10)
        intro = QLabel(
            self.tr(
                "De afzenders en de teksten van het informatiepakket en het intakepakket. "
                "Wat u opslaat, geldt voor iedereen die met deze database werkt."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.message = QLabel(self.tr("Laden…"), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de instellingen"))
        self.tabs.setEnabled(False)
        outer.addWidget(self.tabs, 1)
        self.texts_tab = self._build_texts_tab()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)

        em = self.fontMetrics().horizontalAdvance("M")
        width, height = em * 84, em * 64
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size()
            width = min(width, int(room.width() * 0.94))
            height = min(height, int(room.height() * 0.92))
        self.resize(width, height)
        self.load()

    # ----------------------------------------------------------------- texts tab

    def _build_texts_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 12, 12, 12)
        explain = QLabel(
            self.tr(
                "Kies links een tekst en pas hem rechts aan. Woorden tussen accolades, zoals "
                "{voornaam}, worden per pakket ingevuld."
            ),
            tab,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(self.tr("Zoeken in de teksten…"))
        self.search.setAccessibleName(self.tr("Zoeken in de teksten"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)

        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.setChildrenCollapsible(False)
        self.tree = QTreeWidget(splitter)
        self.tree.setAccessibleName(self.tr("Teksten van de pakketten"))
        self.tree.setHeaderLabels([self.tr("Tekst"), self.tr("Inhoud")])
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._text_chosen)

        editor_panel = QWidget(splitter)
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        self.text_caption = QLabel(self.tr("Kies links een tekst."), editor_panel)
        caption_font = QFont(self.text_caption.font())
        caption_font.setBold(True)
        self.text_caption.setFont(caption_font)
        self.text_caption.setWordWrap(True)
        editor_layout.addWidget(self.text_caption)
        self.editor = QPlainTextEdit(editor_panel)
        self.editor.setAccessibleName(self.tr("Tekst"))
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
        self.reset_button = QPushButton(self.tr("Standaardtekst terugzetten"), editor_panel)
        self.reset_button.setAccessibleName(self.tr("Standaardtekst terugzetten"))
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
            "label": self.tr("Opschriften en kopjes"),
            "info": self.tr("Informatiepakket: de brief"),
            "interesse": self.tr("Informatiepakket: interesses"),
            "manieren": self.tr("Informatiepakket: drie manieren om te helpen"),
            "stappen": self.tr("Informatiepakket: de stappen"),
            "avonden": self.tr("Informatiepakket: informatieavonden"),
            "qr": self.tr("Informatiepakket: QR-code"),
            "intake": self.tr("Intakepakket"),
            "vorm": self.tr("Intakepakket: vormen van zorg"),
            "weekend": self.tr("Intakepakket: weekenden"),
            "stap": self.tr("Intakepakket: stappen van de intake"),
        }

    def _caption(self, key: str) -> tuple[str, str]:
        """(section, name) of a text key, e.g. ``info.dichtbij.wijk`` ->
        ("Informatiepakket: de brief", "dichtbij › wijk")."""
        head, _dot, rest = key.partition(".")
        sections = self._sections()
        section = sections.get(head, self.tr("Overige teksten"))
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
        first = value.strip().splitlines()[0] if value.strip() else self.tr("(leeg)")
        item.setText(1, first)
        item.setToolTip(1, value)
        changed = value != self._defaults.get(key, value)
        font = QFont(item.font(0))
        font.setItalic(changed)
        item.setFont(0, font)
        name = self._caption(key)[1]
        item.setText(0, name + (" " + self.tr("(aangepast)") if changed else ""))
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            name + (", " + self.tr("aangepast") if changed else ""),
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
                self.text_caption.setText(self.tr("Kies links een tekst."))
                self.fields_hint.setText("")
                _set_level(self.text_warning, "", "")
                return
            section, name = self._caption(key)
            self.text_caption.setText(f"{section} › {name}")
            self.editor.setAccessibleName(self.tr("Tekst: {name}").format(name=name))
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
        fields = _fields_of(default or "")
        self.fields_hint.setText(
            self.tr("Wordt per pakket ingevuld: {fields}.").format(
                fields=", ".join("{" + f + "}" for f in fields)
            )
            if fields
            else self.tr("Deze tekst heeft geen velden die per pakket worden ingevuld.")
        )
        if _brace_problem(value):
            _set_level(
                self.text_warning,
                "error",
                self.tr(
                    "Er staat een losse accolade in deze tekst. Gebruik accolades alleen rond "
                    "een veld, zoals {voornaam}."
                ),
            )
        elif not value.strip():
            _set_level(
                self.text_warning,
                "warning",
                self.tr("Deze tekst is leeg: in het pakket komt hier niets te staan."),
            )
        else:
            unknown = [f for f in _fields_of(value) if f not in fields]
            _set_level(
                self.text_warning,
                "warning" if unknown else "",
                self.tr(
                    "Onbekend veld: {fields}. In het pakket komt daar ‹ontbreekt: …› te staan."
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

    # ----------------------------------------------------------------- loading

    def load(self, *, keep_typed: bool = False) -> None:
        """Read the settings in the background; with ``keep_typed``, what was changed
        here since the last load stays as typed."""
        from utregs_plekkie.storage.packs_data import load_pack_settings

        db = self.db
        self.save_button.setEnabled(False)
        _set_level(self.message, "", self.tr("Laden…"))

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                _set_level(self.message, "error", error.message)
            else:
                _set_level(self.message, "error", self.tr("De instellingen konden niet laden."))
                report_failure(error, self)

        run_in_background(
            lambda: load_pack_settings(db),
            owner=self,
            on_success=lambda settings: self._loaded(settings, keep_typed),
            on_failure=failed,
        )

    def _loaded(self, settings: PackSettings, keep_typed: bool) -> None:
        typed_texts = self.texts if keep_typed and self.base is not None else None
        typed_orgs = (
            {key: form.values() for key, form in self.forms.items()}
            if keep_typed and self.base is not None
            else None
        )
        old = self.base
        texts = dict(settings.texts)
        organisations = dict(settings.organisations)
        if old is not None and typed_texts is not None:
            for key, value in typed_texts.items():
                if value != old.texts.get(key):
                    texts[key] = value
        if old is not None and typed_orgs is not None:
            for key, typed in typed_orgs.items():
                before = old.organisation(key)
                newer = settings.organisation(key)
                kept = {
                    attr: getattr(typed, attr)
                    for attr in ORGANISATION_FIELDS
                    if getattr(typed, attr) != getattr(before, attr)
                }
                organisations[key] = replace(newer, **kept)
        self.base = settings
        self._fill(texts, organisations)
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)
        if keep_typed:
            _set_level(
                self.message,
                "warning",
                self.tr(
                    "De nieuwste versie is geladen; wat u had getypt, staat er nog. Controleer "
                    "het en klik op Opslaan."
                ),
            )
        elif not settings.organisations_checked:
            _set_level(
                self.message,
                "warning",
                self.tr(
                    "De gegevens van de afzenders zijn nog de voorbeeldwaarden van het "
                    "programma. Controleer ze per tabblad en klik op Opslaan."
                ),
            )
        else:
            _set_level(self.message, "", "")
        self.form_changed()

    def _fill(self, texts: dict[str, str], organisations: dict[str, Organisation]) -> None:
        self._filling = True
        try:
            keys = [k for k in ORGANISATION_KEYS if k in organisations] + [
                k for k in organisations if k not in ORGANISATION_KEYS
            ]
            if not self.forms:
                for key in keys:
                    form = _OrganisationForm(key, self)
                    self.forms[key] = form
                    self.tabs.addTab(form, self._tab_title(key, organisations[key]))
                self.tabs.addTab(self.texts_tab, self.tr("Teksten"))
            for key in keys:
                if key in self.forms:
                    self.forms[key].set_values(organisations[key])
            self.texts = dict(texts)
            current = self._current_key
            self._fill_tree()
            self._filter(self.search.text())
        finally:
            self._filling = False
        for form in self.forms.values():
            form.flag_empty()
        self.select_text(current if current in self.texts else None)

    def _tab_title(self, key: str, org: Organisation) -> str:
        if key == CAMPAIGN:
            return self.tr("Campagne (buiten de stad)")
        return org.name or key

    # ----------------------------------------------------------------- state

    def organisations(self) -> dict[str, Organisation]:
        return {key: form.values() for key, form in self.forms.items()}

    def texts_changed(self) -> bool:
        return self.base is not None and any(
            value != self.base.texts.get(key) for key, value in self.texts.items()
        )

    def organisations_changed(self) -> bool:
        if self.base is None:
            return False
        return any(org != self.base.organisation(key) for key, org in self.organisations().items())

    def is_dirty(self) -> bool:
        return self.texts_changed() or self.organisations_changed()

    def form_changed(self) -> None:
        if self._filling:
            return
        style = self.style()
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, _OrganisationForm):
                empty = bool(widget.empty_required())
                self.tabs.setTabIcon(index, warning if empty else QIcon())
                self.tabs.setTabToolTip(
                    index, self.tr("Er zijn verplichte velden leeg.") if empty else ""
                )
        title = self.tr("Instellingen informatiepakket")
        self.setWindowTitle(title + (" *" if self.is_dirty() else ""))

    # ----------------------------------------------------------------- saving

    def save(self) -> None:
        """Check, then store the changes (in the background); closes when saved."""
        base = self.base
        if base is None or self._saving:
            return
        from utregs_plekkie.storage.packs_data import save_pack_settings

        for index in range(self.tabs.count()):
            form = self.tabs.widget(index)
            if isinstance(form, _OrganisationForm) and form.empty_required():
                empty = form.empty_required()
                self.tabs.setCurrentIndex(index)
                form.edits[empty[0]].setFocus()
                _set_level(
                    self.message,
                    "error",
                    self.tr("Vul eerst de verplichte velden van {org} in: {fields}.").format(
                        org=self.tabs.tabText(index),
                        fields=", ".join(form.captions[a] for a in empty),
                    ),
                )
                return
        organisations = self.organisations()
        send_orgs = self.organisations_changed() or not base.organisations_checked
        send_texts = self.texts_changed()
        if not send_orgs and not send_texts:
            _set_level(self.message, "", self.tr("Er is niets gewijzigd."))
            self._discard_confirmed = True
            self.accept()
            return
        texts = dict(self.texts)
        db, who = self.db, self.username
        self._saving = True
        self.save_button.setEnabled(False)
        _set_level(self.message, "", self.tr("Bezig met opslaan…"))

        def work() -> PackSettings:
            return save_pack_settings(
                db,
                base,
                texts=texts if send_texts else None,
                organisations=organisations if send_orgs else None,
                username=who,
            )

        run_in_background(work, owner=self, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, settings: PackSettings) -> None:
        self._saving = False
        self.base = settings
        self._discard_confirmed = True
        _set_level(self.message, "done", self.tr("Opgeslagen."))
        self.saved.emit(settings)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, StaleRecordError):
            _set_level(self.message, "error", error.message)
            self._offer_reload(error.message)
        elif isinstance(error, ValidationError):
            _set_level(self.message, "error", error.message)
            self._focus_field(error.field)
        elif isinstance(error, UserError):
            _set_level(self.message, "error", error.message)
        else:
            _set_level(self.message, "error", self.tr("Het opslaan is niet gelukt."))
            report_failure(error, self)

    def _focus_field(self, field: str | None) -> None:
        if not field:
            return
        if field in self.texts:
            self.tabs.setCurrentWidget(self.texts_tab)
            self.search.clear()
            self.select_text(field)
            self.editor.setFocus()
            return
        key, _dot, attr = field.partition(".")
        form = self.forms.get(key)
        if form is not None and attr in form.edits:
            self.tabs.setCurrentWidget(form)
            form.edits[attr].setFocus()
            form.edits[attr].selectAll()

    def _offer_reload(self, sentence: str) -> None:
        if self.stale_box is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Intussen gewijzigd"))
        box.setText(sentence)
        box.setInformativeText(
            self.tr(
                "Met ‘Nieuwste versie laden’ haalt u de versie van de ander op; wat u hier hebt "
                "getypt, blijft staan. Controleer het daarna en sla opnieuw op."
            )
        )
        reload_button = box.addButton(
            self.tr("Nieuwste versie laden"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        reload_button.setAccessibleName(reload_button.text())
        later.setAccessibleName(later.text())
        box.setDefaultButton(reload_button)
        box.setEscapeButton(later)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self.stale_box = None
            if box.clickedButton() is reload_button:
                self.load(keep_typed=True)

        box.finished.connect(answered)
        self.stale_box = box
        box.open()

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        if self._discard_confirmed or not self.is_dirty():
            super().reject()
            return
        if self.discard_box is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Niet opgeslagen"))
        box.setText(self.tr("Uw wijzigingen zijn nog niet opgeslagen."))
        box.setInformativeText(self.tr("Wilt u ze weggooien, of terug om ze op te slaan?"))
        discard = box.addButton(
            self.tr("Wijzigingen weggooien"), QMessageBox.ButtonRole.DestructiveRole
        )
        back = box.addButton(self.tr("Terug"), QMessageBox.ButtonRole.RejectRole)
        discard.setAccessibleName(discard.text())
        back.setAccessibleName(back.text())
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self.discard_box = None
            if box.clickedButton() is discard:
                self._discard_confirmed = True
                # After the box has gone: closing from its own signal upsets the stack.
                QTimer.singleShot(0, self.reject)

        box.finished.connect(answered)
        self.discard_box = box
        box.open()


def open_pack_settings(
    parent: QWidget | None, db: Database, *, username: str | None = None
) -> PackSettingsDialog:
    """Open the settings (window-modal, without blocking the caller)."""
    dialog = PackSettingsDialog(db, parent, username=username)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
