"""Bestand → Instellingen informatiepakket…: the senders and the texts of the packs.

Staff change, without touching code, each sender's details (KOOS Utrecht, Spoor030,
and the campaign for people outside the city: name, contact person, phone, e-mail,
return address, the website behind the QR code, an optional logo) and every text
printed in the information and intake packs. What is saved goes into the database
(``packs.settings.save_pack_settings``) and so holds for the whole team.

Saving is version-checked: if someone else saved in the meantime, the save is
refused with its Dutch sentence, and "Nieuwste versie laden" fetches their version
while keeping what was typed here (fields changed here stay as typed, the others
take the new values). Empty required fields are flagged as they are typed and
block the save; closing with unsaved changes asks first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QStyle,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.packs.common import open_window_modal, set_level
from utregs_plekkie.gui.packs.settings_form import SETTINGS_STYLE, _OrganisationForm
from utregs_plekkie.gui.packs.settings_texts import PackTextsTab
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.packs.content import (
    CAMPAIGN,
    ORGANISATION_FIELDS,
    ORGANISATION_KEYS,
    Organisation,
    PackSettings,
    default_texts,
)
from utregs_plekkie.packs.settings import load_pack_settings, save_pack_settings


class PackSettingsDialog(PackTextsTab):
    """The senders and the texts of the packs, saved for the whole team."""

    #: Emitted with the ``PackSettings`` now in force after a successful save.
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
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
        self.setStyleSheet(SETTINGS_STYLE)
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

    # ----------------------------------------------------------------- loading

    def load(self, *, keep_typed: bool = False) -> None:
        """Read the settings in the background; with ``keep_typed``, what was changed
        here since the last load stays as typed."""
        db = self.db
        self.save_button.setEnabled(False)
        set_level(self.message, "", self.tr("Laden…"))

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "error", self.tr("De instellingen konden niet laden."))
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
            set_level(
                self.message,
                "warning",
                self.tr(
                    "De nieuwste versie is geladen; wat u had getypt, staat er nog. Controleer "
                    "het en klik op Opslaan."
                ),
            )
        elif not settings.organisations_checked:
            set_level(
                self.message,
                "warning",
                self.tr(
                    "De gegevens van de afzenders zijn nog de voorbeeldwaarden van het "
                    "programma. Controleer ze per tabblad en klik op Opslaan."
                ),
            )
        else:
            set_level(self.message, "", "")
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
                    form.changed.connect(self.form_changed)
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
        for index in range(self.tabs.count()):
            form = self.tabs.widget(index)
            if isinstance(form, _OrganisationForm) and form.empty_required():
                empty = form.empty_required()
                self.tabs.setCurrentIndex(index)
                form.edits[empty[0]].setFocus()
                set_level(
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
            set_level(self.message, "", self.tr("Er is niets gewijzigd."))
            self._discard_confirmed = True
            self.accept()
            return
        texts = dict(self.texts)
        db, actor = self.db, self.ctx.actor
        self._saving = True
        self.save_button.setEnabled(False)
        set_level(self.message, "", self.tr("Bezig met opslaan…"))

        def work() -> PackSettings:
            return save_pack_settings(
                db,
                base,
                texts=texts if send_texts else None,
                organisations=organisations if send_orgs else None,
                actor=actor,
            )

        run_in_background(work, owner=self, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, settings: PackSettings) -> None:
        self._saving = False
        self.base = settings
        self._discard_confirmed = True
        set_level(self.message, "done", self.tr("Opgeslagen."))
        self.saved.emit(settings)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, StaleRecordError):
            set_level(self.message, "error", error.message)
            self._offer_reload(error.message)
        elif isinstance(error, ValidationError):
            set_level(self.message, "error", error.message)
            self._focus_field(error.field)
        elif isinstance(error, UserError):
            set_level(self.message, "error", error.message)
        else:
            set_level(self.message, "error", self.tr("Het opslaan is niet gelukt."))
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


def open_pack_settings(parent: QWidget | None, ctx: AppContext) -> PackSettingsDialog:
    """Open the settings (window-modal, without blocking the caller)."""
    dialog = PackSettingsDialog(ctx, parent)
    open_window_modal(dialog)
    return dialog
