"""One sender's details as a form in the pack settings; empty required fields are flagged."""

from __future__ import annotations

import string
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.gui.packs.common import set_level
from utregs_plekkie.packs.content import (
    CAMPAIGN,
    ORGANISATION_FIELDS,
    Organisation,
    placeholder,
)

#: Sender fields a pack cannot do without (the logo is optional).
REQUIRED_FIELDS: tuple[str, ...] = tuple(a for a in ORGANISATION_FIELDS if a != "logo")
_TEXTS_TAB = "texts"

SETTINGS_STYLE = """
QLineEdit[missing="true"] { border: 2px solid #b3261e; background: #fff4f2; }
QLabel[level="warning"] { color: #8a4500; }
QLabel[level="error"] { color: #a61b1b; }
QLabel[level="done"] { color: #1f6b2c; }
QLabel#hintLabel { color: palette(placeholder-text); }
"""


def fields_of(template: str) -> list[str]:
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


def brace_problem(template: str) -> bool:
    try:
        list(string.Formatter().parse(template))
    except ValueError:
        return True
    return False


class _OrganisationForm(QWidget):
    """The details of one sender, as a form; empty required fields are flagged."""

    #: A field was typed in (the dialog updates its title and buttons).
    changed = Signal()

    def __init__(self, key: str, dialog: QWidget) -> None:
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
        self.changed.emit()

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
            set_level(
                self.empty_label,
                "warning",
                self.tr("Nog leeg: {fields}. In de pakketten komt daar {printed} te staan.").format(
                    fields=", ".join(self.captions[a] for a in empty),
                    printed=", ".join(printed),
                ),
            )
        else:
            set_level(self.empty_label, "", "")

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
