"""The fields of one request, as the detail panel and "Nieuwe aanvraag" show them.

Every text field is checked as it is typed (``storage.requests.check_field``): a
Dutch message appears right under the field, and what was typed stays exactly as it
is, valid or not, until the user changes it. The postcode decides the wijk and so
the provider; the routing is shown as the postcode is typed, and the provider can
only be chosen by hand for a postcode outside the city (or an unknown one).

``values()`` gives a :class:`RequestInput` (raw text is fine: storage normalises it
or says what is wrong); ``show_errors`` puts storage's field-tagged messages next to
their fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import Interest, Provider, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.requests import split_last_name
from utregs_plekkie.core.validation import format_phone, normalise_postcode
from utregs_plekkie.gui.households.widgets import CheckList, FieldForm, MessageBar
from utregs_plekkie.storage.requests import RequestInput, check_field, route_postcode

translate = QCoreApplication.translate

#: Validation fields of storage that are shown at another row of the form.
ERROR_ALIASES = {
    "name": "first_name",
    "contact": "email",
    "house_number": "street",
    "consent_store": "consent_contact",
    "consent_at": "consent_contact",
    "consent_text_version": "consent_contact",
    "event_id": "event_name",
}

#: Text fields checked as they are typed, in form order.
CHECKED_FIELDS = (
    "first_name",
    "name_prefix",
    "last_name",
    "email",
    "phone",
    "street",
    "house_number",
    "postcode",
    "city",
)


def field_caption(name: str) -> str:
    """The Dutch name of a form field (for messages that list fields)."""
    return {
        "first_name": translate("RequestForm", "voornaam"),
        "name_prefix": translate("RequestForm", "tussenvoegsel"),
        "last_name": translate("RequestForm", "achternaam"),
        "email": translate("RequestForm", "e-mailadres"),
        "phone": translate("RequestForm", "telefoonnummer"),
        "street": translate("RequestForm", "straat"),
        "house_number": translate("RequestForm", "huisnummer"),
        "postcode": translate("RequestForm", "postcode"),
        "city": translate("RequestForm", "woonplaats"),
    }.get(name, name)


class RequestForm(QWidget):
    """The editable fields of a request; see the module docstring."""

    #: Something was typed or chosen (for "unsaved changes").
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, new: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self._loading = False
        self._original = RequestInput()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(6)
        self.form = FieldForm(layout)
        # In a narrow panel the captions go above their fields instead of squeezing them.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, key in ERROR_ALIASES.items():
            self.form.alias(field, key)

        self.lines: dict[str, QLineEdit] = {}
        names = QWidget(self)
        names_row = QHBoxLayout(names)
        names_row.setContentsMargins(0, 0, 0, 0)
        for key, hint in (
            ("first_name", translate("RequestForm", "voornaam")),
            ("name_prefix", translate("RequestForm", "tussenv.")),
            ("last_name", translate("RequestForm", "achternaam")),
        ):
            edit = self._line(names, key, hint)
            names_row.addWidget(edit, 2 if key == "name_prefix" else 3)
        self.lines["name_prefix"].setMinimumWidth(
            self.fontMetrics().horizontalAdvance("van der") + 20
        )
        self.lines["name_prefix"].setAccessibleName(translate("RequestForm", "Tussenvoegsel"))
        self.lines["first_name"].setAccessibleName(translate("RequestForm", "Voornaam"))
        self.lines["last_name"].setAccessibleName(translate("RequestForm", "Achternaam"))
        self.form.add_row("first_name", translate("RequestForm", "&Naam:"), names)
        # The other name parts show their messages in the same place.
        self.form.alias("name_prefix", "first_name")
        self.form.alias("last_name", "first_name")
        # Messages for names go under the row; the row's focus goes to the first name.
        self.form.fields["first_name"] = self.lines["first_name"]
        self._buddy("first_name", self.lines["first_name"])

        self.email = self._line(self, "email", translate("RequestForm", "naam@voorbeeld.nl"))
        self.form.add_row("email", translate("RequestForm", "&E-mail:"), self.email)
        self.phone = self._line(self, "phone", translate("RequestForm", "06 12345678"))
        self.form.add_row("phone", translate("RequestForm", "&Telefoon:"), self.phone)

        street = QWidget(self)
        street_row = QHBoxLayout(street)
        street_row.setContentsMargins(0, 0, 0, 0)
        self.street = self._line(street, "street", translate("RequestForm", "straat"))
        self.street.setAccessibleName(translate("RequestForm", "Straat"))
        self.house_number = self._line(street, "house_number", translate("RequestForm", "nr."))
        self.house_number.setAccessibleName(translate("RequestForm", "Huisnummer"))
        self.house_number.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 6))
        street_row.addWidget(self.street, 1)
        street_row.addWidget(self.house_number)
        self.form.add_row("street", translate("RequestForm", "&Adres:"), street)
        self.form.fields["street"] = self.street
        self._buddy("street", self.street)

        place = QWidget(self)
        place_row = QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        self.postcode = self._line(place, "postcode", translate("RequestForm", "3511 AB"))
        self.postcode.setAccessibleName(translate("RequestForm", "Postcode"))
        self.postcode.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 7))
        self.city = self._line(place, "city", translate("RequestForm", "woonplaats"))
        self.city.setAccessibleName(translate("RequestForm", "Woonplaats"))
        place_row.addWidget(self.postcode)
        place_row.addWidget(self.city, 1)
        self.form.add_row("postcode", translate("RequestForm", "&Postcode:"), place)
        self.form.fields["postcode"] = self.postcode
        self._buddy("postcode", self.postcode)
        self.form.alias("city", "postcode")

        routing = QWidget(self)
        routing_column = QVBoxLayout(routing)
        routing_column.setContentsMargins(0, 0, 0, 0)
        routing_column.setSpacing(2)
        self.routing = QLabel(routing)
        self.routing.setObjectName("routingLabel")
        self.routing.setWordWrap(True)
        self.routing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.routing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.provider = QComboBox(routing)
        self.provider.setObjectName("providerChoice")
        self.provider.setAccessibleName(translate("RequestForm", "Aanbieder"))
        self.provider.addItem(translate("RequestForm", "nog niet gekozen"), None)
        for provider in Provider:
            self.provider.addItem(label(provider), provider.value)
        routing_column.addWidget(self.routing)
        routing_column.addWidget(self.provider)
        self.form.add_row("provider", translate("RequestForm", "Wijk, aanbieder:"), routing)
        self.form.fields["provider"] = self.provider
        self._buddy("provider", self.provider)

        self.interests = CheckList([(i.value, label(i)) for i in Interest], columns=3, parent=self)
        self.interests.setAccessibleName(translate("RequestForm", "Interesse"))
        self.form.add_row("interests", translate("RequestForm", "Interesse:"), self.interests)

        source = QWidget(self)
        source_row = QHBoxLayout(source)
        source_row.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox(source)
        self.source.setObjectName("sourceChoice")
        self.source.setAccessibleName(translate("RequestForm", "Bron"))
        if new:
            self.source.addItem(translate("RequestForm", "kies de bron…"), None)
        for item in Source:
            self.source.addItem(label(item), item.value)
        self.source_detail = self._line(
            source, "source_detail", translate("RequestForm", "toelichting (mag leeg)")
        )
        self.source_detail.setAccessibleName(translate("RequestForm", "Toelichting bron"))
        source_row.addWidget(self.source)
        source_row.addWidget(self.source_detail, 1)
        self.form.add_row("source", translate("RequestForm", "&Bron:"), source)
        self.form.fields["source"] = self.source
        self._buddy("source", self.source)
        self.form.alias("source_detail", "source")

        if new:
            self.event_name = self._line(
                self, "event_name", translate("RequestForm", "bij een pop-up: naam")
            )
            self.event_name.setAccessibleName(translate("RequestForm", "Evenement"))
            self.form.add_row(
                "event_name", translate("RequestForm", "E&venement:"), self.event_name
            )
            consent = QWidget(self)
            consent_column = QVBoxLayout(consent)
            consent_column.setContentsMargins(0, 0, 0, 0)
            self.consent_contact = QCheckBox(
                translate("RequestForm", "mag contact met de persoon opnemen"), consent
            )
            self.consent_contact.setObjectName("consentContact")
            self.consent_store = QCheckBox(
                translate("RequestForm", "mag de gegevens bewaren"), consent
            )
            self.consent_store.setObjectName("consentStore")
            consent_column.addWidget(self.consent_contact)
            consent_column.addWidget(self.consent_store)
            self.form.add_row("consent_contact", translate("RequestForm", "Toestemming:"), consent)
            self.form.fields["consent_contact"] = self.consent_contact
            self._buddy("consent_contact", self.consent_contact)
        else:
            self.event_label = QLabel(self)
            self.event_label.setObjectName("eventLabel")
            self.event_label.setWordWrap(True)
            self.form.add_row(
                "event_name", translate("RequestForm", "Evenement:"), self.event_label
            )

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(translate("RequestForm", "Opmerkingen"))
        self.notes.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.form.add_row("notes", translate("RequestForm", "&Opmerkingen:"), self.notes)

        for key, edit in self.lines.items():
            edit.textChanged.connect(lambda text, k=key: self._typed(k, text))
        self.provider.currentIndexChanged.connect(self._changed)
        self.source.currentIndexChanged.connect(self._changed)
        self.interests.changed.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self._show_routing()

    # ----------------------------------------------------------------- building

    def _buddy(self, key: str, widget: QWidget) -> None:
        """Let the row's label (and its Alt+letter) lead to ``widget`` itself."""
        holder = self.form.errors[key].parentWidget()
        if holder is None:
            return
        caption = self.form.layout.labelForField(holder)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)

    def _line(self, parent: QWidget, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        self.lines[key] = edit
        return edit

    # ----------------------------------------------------------------- checking

    def _typed(self, key: str, text: str) -> None:
        """Check one field as it is typed; the text itself is never changed."""
        self.check(key, text)
        if key == "postcode":
            self._show_routing()
        self._changed()

    def check(self, key: str, text: str | None = None) -> str:
        """Check a text field now; returns the message shown ("" when fine)."""
        value = self.lines[key].text() if text is None else text
        error = check_field(key, value)
        row = self.form.key_for(key) or key
        if error is None:
            # The name row shows one message for three fields: clear it only when
            # none of them has a problem.
            if row == "first_name" and any(
                check_field(k, self.lines[k].text()) is not None
                for k in ("first_name", "name_prefix", "last_name")
                if k != key
            ):
                return ""
            if row == "street" and any(
                check_field(k, self.lines[k].text()) is not None
                for k in ("street", "house_number")
                if k != key
            ):
                return ""
            if row == "postcode" and any(
                check_field(k, self.lines[k].text()) is not None
                for k in ("postcode", "city")
                if k != key
            ):
                return ""
            self.form.clear_error(row)
            return ""
        label_ = self.form.errors[row]
        label_.setText(error.message)
        label_.setAccessibleName(error.message)
        label_.show()
        self.lines[key].setAccessibleDescription(error.message)
        return error.message

    def error_text(self, key: str) -> str:
        """The message shown at a field's row ("" when none)."""
        return self.form.error_text(self.form.key_for(key) or key)

    def show_errors(self, errors: Sequence[ValidationError], bar: MessageBar | None) -> None:
        """Storage's messages next to their fields (the first field gets the focus);
        messages without a field go to ``bar``."""
        self.form.clear_errors()
        loose: list[str] = []
        first = True
        for error in errors:
            key = self.form.key_for(error.field)
            if key is None:
                loose.append(error.message)
                continue
            label_ = self.form.errors[key]
            text = (label_.text() + " " if not label_.isHidden() and label_.text() else "") + (
                error.message
            )
            label_.setText(text)
            label_.setAccessibleName(text)
            label_.show()
            if first:
                self.form.fields[key].setFocus()
                first = False
        if bar is not None:
            if loose:
                bar.show_message(" ".join(loose), "error")
            elif errors:
                bar.show_message(
                    translate(
                        "RequestForm",
                        "Nog niet opgeslagen: verbeter wat in rood bij de velden staat.",
                    ),
                    "error",
                )

    def _show_routing(self) -> None:
        text = self.postcode.text().strip()
        try:
            postcode = normalise_postcode(text) if text else None
        except ValidationError:
            self.routing.setText(
                translate("RequestForm", "Wijk en aanbieder volgen uit een geldige postcode.")
            )
            self.routing.setStyleSheet("")
            self.provider.setEnabled(True)
            return
        routing = route_postcode(postcode)
        self.routing.setText(routing.describe())
        self.routing.setAccessibleName(routing.describe())
        inside = routing.in_city and routing.provider is not None
        # Outside the city (or unknown) the recruiter chooses; inside, the wijk decides.
        self.routing.setStyleSheet("" if inside else "color: #8a4500; font-weight: bold;")
        self.provider.setEnabled(not inside)
        if inside:
            assert routing.provider is not None
            self.provider.blockSignals(True)
            self.provider.setCurrentIndex(max(0, self.provider.findData(routing.provider.value)))
            self.provider.blockSignals(False)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # ----------------------------------------------------------------- values

    def load(self, data: RequestInput, *, event_text: str = "") -> None:
        """Show stored values (forgets what was typed before)."""
        self._original = data
        self.form.clear_errors()
        self.fill(data)
        if not self.new:
            self.event_label.setText(event_text or translate("RequestForm", "geen"))
            self.event_label.setAccessibleName(self.event_label.text())

    def fill(self, data: RequestInput) -> None:
        """Put ``data`` in the fields (the loaded request stays what it was)."""
        self._loading = True
        try:
            for key in CHECKED_FIELDS:
                value = getattr(data, key)
                if key == "phone" and value.startswith("+"):
                    value = format_phone(value)
                self.lines[key].setText(value)
            self.source_detail.setText(data.source_detail)
            interests = data.interests if not isinstance(data.interests, str) else ()
            self.interests.set_values(
                i.value if isinstance(i, Interest) else str(i) for i in interests
            )
            source = data.source.value if isinstance(data.source, Source) else data.source
            self.source.setCurrentIndex(max(0, self.source.findData(source)))
            provider = data.provider.value if isinstance(data.provider, Provider) else data.provider
            self.provider.setCurrentIndex(max(0, self.provider.findData(provider)))
            self.notes.setPlainText(data.notes)
            if self.new:
                self.event_name.setText(data.event_name)
                self.consent_contact.setChecked(data.consent_contact is True)
                self.consent_store.setChecked(data.consent_store is True)
            self._show_routing()
            for key in CHECKED_FIELDS:
                if self.lines[key].text().strip():
                    self.check(key)
        finally:
            self._loading = False

    def set_provider_shown(self, provider: Provider | None) -> None:
        """The stored provider (when it was set by hand the combo shows it)."""
        self.provider.blockSignals(True)
        self.provider.setCurrentIndex(
            max(0, self.provider.findData(provider.value if provider else None))
        )
        self.provider.blockSignals(False)

    def values(self) -> RequestInput:
        """What is typed now, over the loaded request (event, dates, consent stay)."""
        source = self.source.currentData()
        provider = self.provider.currentData() if self.provider.isEnabled() else None
        prefix, last = self.lines["name_prefix"].text(), self.lines["last_name"].text()
        if not prefix.strip():
            # "de Vries" typed as the last name: the tussenvoegsel goes where it belongs.
            prefix, last = split_last_name(last)
        data = replace(
            self._original,
            name="",
            first_name=self.lines["first_name"].text(),
            name_prefix=prefix,
            last_name=last,
            email=self.email.text(),
            phone=self.phone.text(),
            street=self.street.text(),
            house_number=self.house_number.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            interests=tuple(Interest(v) for v in self.interests.values()),
            source=Source(str(source)) if source else None,
            source_detail=self.source_detail.text(),
            provider=Provider(str(provider)) if provider else None,
            notes=self.notes.toPlainText(),
        )
        if self.new:
            data = replace(
                data,
                event_name=self.event_name.text(),
                consent_contact=True if self.consent_contact.isChecked() else None,
                consent_store=True if self.consent_store.isChecked() else None,
            )
        else:
            # Consent is not edited here (it has its own dated record): a request stored
            # without it is "not recorded", not "refused".
            data = replace(
                data,
                consent_contact=True if data.consent_contact is True else None,
                consent_store=True if data.consent_store is True else None,
            )
        return data

    def original(self) -> RequestInput:
        return self._original

    def is_dirty(self) -> bool:
        return _comparable(self.values()) != _comparable(self._shown_original())

    def _shown_original(self) -> RequestInput:
        """The loaded request as the fields show it (phone written the Dutch way)."""
        data = self._original
        if data.phone.startswith("+"):
            data = replace(data, phone=format_phone(data.phone))
        return data

    def focus_first(self) -> None:
        self.lines["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)


def _comparable(data: RequestInput) -> tuple[object, ...]:
    interests = data.interests if not isinstance(data.interests, str) else ()
    return (
        data.first_name.strip(),
        data.name_prefix.strip(),
        data.last_name.strip(),
        data.email.strip(),
        data.phone.strip(),
        data.street.strip(),
        data.house_number.strip(),
        data.postcode.strip(),
        data.city.strip(),
        frozenset(str(i) for i in interests),
        str(data.source.value if isinstance(data.source, Source) else data.source),
        data.source_detail.strip(),
        str(data.provider.value if isinstance(data.provider, Provider) else data.provider),
        data.notes.strip(),
    )
