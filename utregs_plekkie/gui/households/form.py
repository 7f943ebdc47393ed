"""The "Gegevens" tab of a family: everything about the household, editable.

Contact, address, languages, culture/religion, pets, smoking, accessibility, bedrooms,
the family's own children (birth years), experience and skills, documents received,
notes, and the next action with its date. Saving is version-checked: when someone
else saved the family first, the form says so, keeps what was typed, and offers to
load the newest version with the typed changes laid over it. A validation message
appears under the field it is about; e-mail, phone, postcode and house number are
checked as soon as the field is left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import HouseholdRoute, Need, Pet, Provider, label
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.validation import (
    format_phone,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import (
    CheckList,
    DateField,
    FieldForm,
    FlowLayout,
    MessageBar,
    join_list,
    merge_typed,
    show_validation,
    split_list,
)
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.households import (
    HouseholdData,
    OwnChild,
    SaveResult,
    household_data,
    household_detail,
    set_own_children,
    update_household,
)

#: Documents most families hand in; others can be typed.
STANDARD_DOCUMENTS = (
    "aanmeldformulier",
    "medische vragenlijst",
    "referenties",
    "toestemming VGB/VOG",
    "geschiktheidsverslag",
    "samenwerkingsovereenkomst",
)

#: Field names of storage's validation that differ from the form's keys.
_ALIASES = {
    "straat": "street",
    "plaats": "city",
    "talen": "languages",
    "cultuur/religie": "culture_religion",
    "huisdieren": "pets",
    "toegankelijkheid": "accessibility",
    "ervaring": "experience",
    "documenten": "documents_received",
    "volgende actie": "next_action",
}


@dataclass(frozen=True)
class FormValues:
    """What the form holds: the family's data and its own children."""

    data: HouseholdData
    children: tuple[OwnChild, ...]


def form_values(household: m.Household) -> FormValues:
    """The stored family as the form shows it (phone numbers written the Dutch way)."""
    data = household_data(household)
    if data.phone.startswith("+"):
        data = replace(data, phone=format_phone(data.phone))
    children = tuple(
        OwnChild(c.birth_year, c.living_at_home)
        for c in sorted(household.own_children, key=lambda c: (c.birth_year, c.id or 0))
    )
    return FormValues(data, children)


class OwnChildrenEditor(QWidget):
    """The family's own children: a birth year each, and whether they live at home."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Eigen kinderen"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        layout.addWidget(self.list)
        row = FlowLayout()
        year = clock.today().year
        self.year = QSpinBox(self)
        self.year.setRange(year - 80, year)
        self.year.setValue(year - 8)
        self.year.setAccessibleName(self.tr("Geboortejaar"))
        self.at_home = QCheckBox(self.tr("woont thuis"), self)
        self.at_home.setChecked(True)
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.add_button.setAccessibleName(self.tr("Eigen kind toevoegen"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Gekozen eigen kind verwijderen"))
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(QLabel(self.tr("Geboren in"), self))
        row.addWidget(self.year)
        row.addWidget(self.at_home)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._children: list[OwnChild] = []

    def own_children(self) -> tuple[OwnChild, ...]:
        return tuple(self._children)

    def set_children(self, children: tuple[OwnChild, ...]) -> None:
        self._children = sorted(children, key=lambda c: c.birth_year)
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for child in self._children:
            text = (
                self.tr("geboren in {year}, woont thuis")
                if child.living_at_home
                else self.tr("geboren in {year}, woont niet (meer) thuis")
            ).format(year=child.birth_year)
            QListWidgetItem(text, self.list)
        self.remove_button.setEnabled(bool(self._children))
        if not self._children:
            item = QListWidgetItem(self.tr("geen eigen kinderen ingevuld"), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _add(self) -> None:
        self._children.append(OwnChild(self.year.value(), self.at_home.isChecked()))
        self._children.sort(key=lambda c: c.birth_year)
        self._show()
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._children):
            del self._children[row]
            self._show()
            self.changed.emit()


class HouseholdForm(QWidget):
    """The editable details of one family, saved with a version check."""

    #: Saved; the argument is the new version.
    saved = Signal(int)
    #: A save was refused or failed (the form says why).
    save_failed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.household_id: int | None = None
        self.version: int | None = None
        self.original: FormValues | None = None
        self.busy = False
        self._extra_pets: list[str] = []
        self._extra_experience: list[str] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        first = self._group(inner, column, self.tr("Contact en adres"))
        self.form = FieldForm(first)
        for field, key in _ALIASES.items():
            self.form.alias(field, key)
        f = self.form
        self.name = self._line(inner, "name")
        self.route = QComboBox(inner)
        for route in HouseholdRoute:
            self.route.addItem(label(route), route.value)
        self.email = self._line(inner, "email")
        self.phone = self._line(inner, "phone")
        self.street = self._line(inner, "street")
        self.house_number = self._line(inner, "house_number")
        self.house_number.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 8))
        self.postcode = self._line(inner, "postcode")
        self.postcode.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 8))
        self.city = self._line(inner, "city")
        self.provider = QComboBox(inner)
        self.provider.addItem(self.tr("volgens de wijk van de postcode"), None)
        for provider in Provider:
            self.provider.addItem(label(provider), provider.value)
        f.add_row("name", self.tr("Naam:"), self.name)
        f.add_row("route", self.tr("Route:"), self.route)
        f.add_row("email", self.tr("E-mail:"), self.email)
        f.add_row("phone", self.tr("Telefoon:"), self.phone)
        f.add_row("street", self.tr("Straat:"), self.street)
        f.add_row("house_number", self.tr("Huisnummer:"), self.house_number)
        f.add_row("postcode", self.tr("Postcode:"), self.postcode)
        f.add_row("city", self.tr("Plaats:"), self.city)
        f.add_row("provider", self.tr("Aanbieder:"), self.provider)

        home = self._group(inner, column, self.tr("Gezin en huis"))
        self.languages = self._line(inner, "languages")
        self.languages.setPlaceholderText(self.tr("bijvoorbeeld nl, en, ar"))
        self.culture = self._line(inner, "culture_religion")
        self.culture.setPlaceholderText(self.tr("mag leeg blijven"))
        self.pets = CheckList([(p.value, label(p)) for p in Pet], columns=2, parent=inner)
        self.smoking = QCheckBox(self.tr("Er wordt in huis gerookt"), inner)
        self.accessibility = self._line(inner, "accessibility")
        self.accessibility.setPlaceholderText(
            self.tr("bijvoorbeeld gelijkvloers, traplift, rolstoeltoegankelijk")
        )
        self.bedrooms = self._count(inner)
        self.spare_bedrooms = self._count(inner)
        self.own_children = OwnChildrenEditor(inner)
        f.add_row("languages", self.tr("Talen:"), self.languages, home)
        f.add_row("culture_religion", self.tr("Cultuur/religie:"), self.culture, home)
        f.add_row("pets", self.tr("Huisdieren:"), self.pets, home)
        f.add_row("smoking", self.tr("Roken:"), self.smoking, home)
        f.add_row("accessibility", self.tr("Toegankelijkheid:"), self.accessibility, home)
        f.add_row("bedrooms", self.tr("Slaapkamers:"), self.bedrooms, home)
        f.add_row("spare_bedrooms", self.tr("Waarvan vrij:"), self.spare_bedrooms, home)
        f.add_row("own_children", self.tr("Eigen kinderen:"), self.own_children, home)

        skills = self._group(inner, column, self.tr("Ervaring en vaardigheden"))
        self.experience = CheckList([(n.value, label(n)) for n in Need], columns=2, parent=inner)
        self.skills = self._text(inner, 3)
        f.add_row("experience", self.tr("Ervaring met:"), self.experience, skills)
        f.add_row("skills", self.tr("Vaardigheden:"), self.skills, skills)

        papers = self._group(inner, column, self.tr("Documenten en aantekeningen"))
        self.documents = CheckList(
            [(d, self._document_label(d)) for d in STANDARD_DOCUMENTS], columns=2, parent=inner
        )
        self.other_documents = self._line(inner, "other_documents")
        self.other_documents.setPlaceholderText(self.tr("andere documenten, met komma's"))
        self.notes = self._text(inner, 4)
        f.add_row("documents_received", self.tr("Ontvangen:"), self.documents, papers)
        f.add_row("other_documents", self.tr("Ook ontvangen:"), self.other_documents, papers)
        f.add_row("notes", self.tr("Aantekeningen:"), self.notes, papers)

        action = self._group(inner, column, self.tr("Volgende actie"))
        self.next_action = self._line(inner, "next_action")
        self.next_action_on = DateField("next_action_on", inner)
        f.add_row("next_action", self.tr("Wat:"), self.next_action, action)
        f.add_row("next_action_on", self.tr("Uiterlijk op:"), self.next_action_on, action)
        column.addStretch(1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("saveHousehold")
        self.save_button.setToolTip(self.tr("Wijzigingen opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Wijzigingen terugdraaien"), self)
        self.undo_button.clicked.connect(self.undo)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        # Checked as soon as the field is left: the message appears at once.
        for widget, check in (
            (self.email, normalise_email),
            (self.phone, normalise_phone),
            (self.postcode, normalise_postcode),
            (self.house_number, parse_house_number),
        ):
            widget.editingFinished.connect(lambda w=widget, c=check: self._check_field(w, c))
        self.next_action_on.editingFinished.connect(
            lambda: self._check_field(self.next_action_on, self._date_check)
        )
        self.setEnabled(False)

    # ----------------------------------------------------------------- building

    def _group(self, parent: QWidget, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title, parent)
        box.setAccessibleName(title)
        layout = QFormLayout(box)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(box)
        return layout

    @staticmethod
    def _line(parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        return edit

    def _text(self, parent: QWidget, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().height() * lines + 12)
        return edit

    def _count(self, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(-1, 30)
        spin.setSpecialValueText(self.tr("onbekend"))
        spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 9))
        return spin

    def _document_label(self, document: str) -> str:
        labels = {
            "aanmeldformulier": self.tr("aanmeldformulier"),
            "medische vragenlijst": self.tr("medische vragenlijst"),
            "referenties": self.tr("referenties"),
            "toestemming VGB/VOG": self.tr("toestemming VGB/VOG"),
            "geschiktheidsverslag": self.tr("geschiktheidsverslag"),
            "samenwerkingsovereenkomst": self.tr("samenwerkingsovereenkomst"),
        }
        return labels.get(document, document)

    def _date_check(self, text: str) -> object:
        return self.next_action_on.value()

    def _check_field(self, widget: QLineEdit, check: Callable[[str], object]) -> None:
        key = widget.objectName()
        if not widget.text().strip():
            self.form.clear_error(key)
            return
        try:
            check(widget.text())
        except ValidationError as error:
            label = self.form.errors.get(key)
            if label is not None:
                label.setText(error.message)
                label.setAccessibleName(error.message)
                label.show()
                widget.setAccessibleDescription(error.message)
        else:
            self.form.clear_error(key)

    # ----------------------------------------------------------------- values

    def load(self, household: m.Household) -> None:
        """Show a stored family (forgets unsaved changes of another family)."""
        other = household.id != self.household_id
        self.household_id = household.id
        self.version = household.version
        self.original = form_values(household)
        if other:  # a reload of the same family keeps its "Opgeslagen." in view
            self.form.clear_errors()
            self.bar.dismiss()
        self.fill(self.original)
        self.setEnabled(True)

    def fill(self, values: FormValues) -> None:
        data = values.data
        self.name.setText(data.name)
        self.route.setCurrentIndex(max(0, self.route.findData(HouseholdRoute(data.route).value)))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.street.setText(data.street)
        self.house_number.setText(data.house_number)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.provider.setCurrentIndex(
            max(0, self.provider.findData(data.provider.value if data.provider else None))
        )
        self.languages.setText(join_list(data.languages))
        self.culture.setText(data.culture_religion)
        self._extra_pets = self.pets.set_values(data.pets)
        self.smoking.setChecked(data.smoking)
        self.accessibility.setText(data.accessibility)
        self.bedrooms.setValue(-1 if data.bedrooms is None else data.bedrooms)
        self.spare_bedrooms.setValue(-1 if data.spare_bedrooms is None else data.spare_bedrooms)
        self.own_children.set_children(values.children)
        self._extra_experience = self.experience.set_values(data.experience)
        self.skills.setPlainText(data.skills)
        others = self.documents.set_values(data.documents_received)
        self.other_documents.setText(join_list(others))
        self.notes.setPlainText(data.notes)
        self.next_action.setText(data.next_action)
        self.next_action_on.set_value(data.next_action_on)

    def collect(self) -> FormValues:
        """What is typed now; :class:`ValidationError` for a date that is not one."""
        provider = self.provider.currentData()
        documents = self.documents.values() + [
            d for d in split_list(self.other_documents.text()) if d not in self.documents.boxes
        ]
        data = HouseholdData(
            name=self.name.text(),
            route=HouseholdRoute(str(self.route.currentData())),
            email=self.email.text(),
            phone=self.phone.text(),
            street=self.street.text(),
            house_number=self.house_number.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            provider=Provider(str(provider)) if provider else None,
            languages=[w.lower() for w in split_list(self.languages.text())],
            culture_religion=self.culture.text(),
            pets=self.pets.values() + self._extra_pets,
            smoking=self.smoking.isChecked(),
            accessibility=self.accessibility.text(),
            bedrooms=None if self.bedrooms.value() < 0 else self.bedrooms.value(),
            spare_bedrooms=None if self.spare_bedrooms.value() < 0 else self.spare_bedrooms.value(),
            experience=self.experience.values() + self._extra_experience,
            skills=self.skills.toPlainText(),
            documents_received=documents,
            notes=self.notes.toPlainText(),
            next_action=self.next_action.text(),
            next_action_on=self.next_action_on.value(),
        )
        return FormValues(data, self.own_children.own_children())

    def is_dirty(self) -> bool:
        if self.original is None:
            return False
        try:
            return self.collect() != self.original
        except ValidationError:
            return True

    # ----------------------------------------------------------------- saving

    def save(self) -> None:
        if self.busy or self.household_id is None or self.version is None:
            return
        self.form.clear_errors()
        self.bar.dismiss()
        try:
            typed = self.collect()
        except ValidationError as error:
            show_validation(error, self.form, self.bar)
            return
        original = self.original
        children_changed = original is None or typed.children != original.children
        db, hid, version = self.db, self.household_id, self.version
        actor = self.ctx.actor

        def work() -> tuple[SaveResult, int]:
            result = update_household(db, hid, version, typed.data, actor=actor)
            new_version = result.version
            if children_changed:
                new_version = set_own_children(
                    db, hid, new_version, list(typed.children), actor=actor
                ).version
            return result, new_version

        self._set_busy(True)
        run_in_background(
            work,
            owner=self,
            on_success=lambda result: self._saved(typed, *result),
            on_failure=lambda error: self._failed(error, typed),
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Bezig met opslaan…") if busy else self.tr("Opslaan"))

    def _saved(self, typed: FormValues, result: SaveResult, version: int) -> None:
        self._set_busy(False)
        self.version = version
        self.original = typed
        text = self.tr("Opgeslagen.")
        if result.warnings:
            text = " ".join([text, *result.warnings])
        self.bar.show_message(text, "warning" if result.warnings else "success")
        self.saved.emit(version)

    def _failed(self, error: BaseException, typed: FormValues) -> None:
        self._set_busy(False)
        self.save_failed.emit()
        if isinstance(error, StaleRecordError):
            self.bar.show_message(
                error.message,
                "warning",
                [(self.tr("Nieuwste versie laden"), lambda: self.reload_keeping(typed))],
            )
        elif isinstance(error, ValidationError):
            show_validation(error, self.form, self.bar)
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def reload_keeping(self, typed: FormValues | None = None) -> None:
        """Load the newest version and lay what the user typed over it."""
        if self.household_id is None:
            return
        if typed is None:
            try:
                typed = self.collect()
            except ValidationError as error:
                show_validation(error, self.form, self.bar)
                return
        db, hid = self.db, self.household_id

        def arrived(household: m.Household) -> None:
            if self.original is None or household.id != self.household_id:
                return
            newest = form_values(household)
            merged_data = merge_typed(self.original.data, typed.data, newest.data)
            children = (
                typed.children if typed.children != self.original.children else newest.children
            )
            self.original = newest
            self.version = household.version
            self.fill(FormValues(merged_data, children))
            self.bar.show_message(
                self.tr(
                    "De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het "
                    "na en kies Opslaan."
                ),
                "info",
            )

        run_in_background(
            lambda: household_detail(db, hid, log_view=False).household,
            owner=self,
            on_success=arrived,
        )

    def undo(self) -> None:
        if self.original is not None:
            self.form.clear_errors()
            self.bar.dismiss()
            self.fill(self.original)
