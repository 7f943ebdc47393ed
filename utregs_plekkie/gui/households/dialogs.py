"""Dialogs that save one thing: a new family, an adult, a VGB/VOG, or a pause or a stop
with its reason. They share :class:`~utregs_plekkie.gui.households.form_dialog.FormDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from utregs_plekkie.core.enums import HouseholdRoute, PipelineStage, Provider, ScreeningKind, label
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.pipeline import DropoutReason, dropout_reasons, required_check
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.households.form_dialog import FormDialog
from utregs_plekkie.gui.households.widgets import (
    DateField,
    hint,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.households import (
    AdultData,
    CheckData,
    HouseholdData,
    MoveResult,
    add_adult,
    add_check,
    create_household,
    household_detail,
    move_stage,
    update_adult,
    update_check,
)


def _line(parent: QWidget, name: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    if name:
        edit.setObjectName(name)
    return edit


# --------------------------------------------------------------------------- new family


class NewHouseholdDialog(FormDialog[tuple[HouseholdData, AdultData]]):
    """A family created directly (not from a request), with its first adult."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.set_title(self.tr("Nieuw gezin"))
        self.name = _line(self, "name")
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Familie De Vries"))
        self.route = QComboBox(self)
        for route in HouseholdRoute:
            self.route.addItem(label(route), route.value)
        self.first_name = _line(self, "first_name")
        self.prefix = _line(self, "name_prefix")
        self.prefix.setPlaceholderText(self.tr("bijvoorbeeld van der"))
        self.last_name = _line(self, "last_name")
        self.email = _line(self, "email")
        self.phone = _line(self, "phone")
        self.postcode = _line(self, "postcode")
        self.postcode.setPlaceholderText(self.tr("bijvoorbeeld 3511 AB"))
        f = self.form
        f.add_row("name", self.tr("Naam van het gezin:"), self.name)
        f.add_row("route", self.tr("Route:"), self.route)
        f.add_row("first_name", self.tr("Voornaam eerste volwassene:"), self.first_name)
        f.add_row("name_prefix", self.tr("Tussenvoegsel:"), self.prefix)
        f.add_row("last_name", self.tr("Achternaam:"), self.last_name)
        f.add_row("email", self.tr("E-mail:"), self.email)
        f.add_row("phone", self.tr("Telefoon:"), self.phone)
        f.add_row("postcode", self.tr("Postcode:"), self.postcode)
        self.extra.addWidget(
            hint(
                self.tr(
                    "Komt het gezin uit een aanvraag? Kies dan op de pagina Aanvragen "
                    "'Aanmelden als gezin…': de gegevens gaan dan vanzelf mee."
                ),
                self,
            )
        )
        self.name.setFocus()

    def collect(self) -> tuple[HouseholdData, AdultData]:
        last = self.last_name.text().strip()
        name = self.name.text().strip()
        if not name and last:
            prefix = self.prefix.text().strip()
            lead = prefix[:1].upper() + prefix[1:] if prefix else ""
            name = " ".join(p for p in (self.tr("Familie"), lead, last) if p)
        data = HouseholdData(
            name=name,
            route=HouseholdRoute(str(self.route.currentData())),
            email=self.email.text(),
            phone=self.phone.text(),
            postcode=self.postcode.text(),
        )
        adult = AdultData(
            first_name=self.first_name.text(),
            last_name=last,
            name_prefix=self.prefix.text(),
            email=self.email.text(),
            phone=self.phone.text(),
        )
        return data, adult

    def fill(self, data: tuple[HouseholdData, AdultData]) -> None:
        household, adult = data
        self.name.setText(household.name)
        self.route.setCurrentIndex(max(0, self.route.findData(household.route.value)))
        self.first_name.setText(adult.first_name)
        self.prefix.setText(adult.name_prefix)
        self.last_name.setText(adult.last_name)
        self.email.setText(household.email)
        self.phone.setText(household.phone)
        self.postcode.setText(household.postcode)

    def save_work(self, data: tuple[HouseholdData, AdultData]) -> Callable[[], int]:
        household, adult = data
        actor = self.ctx.actor
        adults = [adult] if (adult.first_name.strip() or adult.last_name.strip()) else []
        db = self.db
        return lambda: create_household(db, household, adults=adults, actor=actor)


# --------------------------------------------------------------------------- adults


def adult_form_data(adult: m.Adult) -> AdultData:
    return AdultData(
        first_name=adult.first_name,
        last_name=adult.last_name,
        name_prefix=adult.name_prefix,
        birth_date=adult.birth_date,
        email=adult.email or "",
        phone=format_phone(adult.phone) if adult.phone else "",
        moved_in_on=adult.moved_in_on,
    )


class AdultDialog(FormDialog[AdultData]):
    """Add an adult to a family, or edit one (version-checked)."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        adult: m.Adult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        self.set_title(self.tr("Volwassene wijzigen") if adult else self.tr("Volwassene toevoegen"))
        self.household_id = household_id
        self.adult_id = adult.id if adult else None
        self.first_name = _line(self, "first_name")
        self.prefix = _line(self, "name_prefix")
        self.last_name = _line(self, "last_name")
        self.birth_date = DateField("birth_date", self)
        self.email = _line(self, "email")
        self.phone = _line(self, "phone")
        self.moved_in = DateField("moved_in_on", self)
        f = self.form
        f.add_row("first_name", self.tr("Voornaam:"), self.first_name)
        f.add_row("name_prefix", self.tr("Tussenvoegsel:"), self.prefix)
        f.add_row("last_name", self.tr("Achternaam:"), self.last_name)
        f.add_row("birth_date", self.tr("Geboortedatum:"), self.birth_date)
        f.add_row("email", self.tr("E-mail:"), self.email)
        f.add_row("phone", self.tr("Telefoon:"), self.phone)
        f.add_row("moved_in_on", self.tr("Komt/kwam wonen op:"), self.moved_in)
        f.alias("name", "last_name")
        self.extra.addWidget(
            hint(
                self.tr(
                    "Vul 'komt wonen op' alleen in voor iemand die later bij het gezin komt "
                    "wonen: een VGB van vóór die datum moet dan opnieuw worden aangevraagd."
                ),
                self,
            )
        )
        if adult is not None:
            self.load(adult_form_data(adult), adult.version)
        self.first_name.setFocus()

    def collect(self) -> AdultData:
        return AdultData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            name_prefix=self.prefix.text(),
            birth_date=self.birth_date.value(),
            email=self.email.text(),
            phone=self.phone.text(),
            moved_in_on=self.moved_in.value(),
        )

    def fill(self, data: AdultData) -> None:
        self.first_name.setText(data.first_name)
        self.prefix.setText(data.name_prefix)
        self.last_name.setText(data.last_name)
        self.birth_date.set_value(data.birth_date)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.moved_in.set_value(data.moved_in_on)

    def save_work(self, data: AdultData) -> Callable[[], Any]:
        actor = self.ctx.actor
        db, household_id, adult_id, version = (
            self.db,
            self.household_id,
            self.adult_id,
            self.version,
        )
        if adult_id is None or version is None:
            return lambda: add_adult(db, household_id, data, actor=actor)
        return lambda: update_adult(db, adult_id, version, data, actor=actor)

    def latest(self) -> tuple[AdultData, int] | None:
        detail = household_detail(self.db, self.household_id, log_view=False)
        adult = next((a for a in detail.household.adults if a.id == self.adult_id), None)
        return (adult_form_data(adult), adult.version) if adult is not None else None


# --------------------------------------------------------------------------- checks


def check_form_data(check: m.ScreeningCheck) -> CheckData:
    return CheckData(
        kind=check.kind,
        requested_on=check.requested_on,
        issued_on=check.issued_on,
        expires_on=check.expires_on,
        provider=check.provider,
        note=check.note,
    )


class CheckDialog(FormDialog[CheckData]):
    """Record a VGB or VOG of one adult: requested, issued, valid until."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        adult: m.Adult,
        route: HouseholdRoute,
        check: m.ScreeningCheck | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        needed = required_check(route)
        if check is None:
            title = self.tr("{kind} vastleggen voor {name}").format(
                kind=label(needed), name=adult.full_name
            )
        else:
            title = self.tr("{kind} van {name} wijzigen").format(
                kind=label(check.kind), name=adult.full_name
            )
        self.set_title(title)
        self.household_id = household_id
        self.adult_id = adult.id
        self.check_id = check.id if check else None
        self.kind = QComboBox(self)
        for kind in ScreeningKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(needed.value))
        self.requested = DateField("requested_on", self)
        self.issued = DateField("issued_on", self)
        self.expires = DateField("expires_on", self)
        self.provider = QComboBox(self)
        self.provider.addItem(self.tr("zoals het gezin"), None)
        for provider in Provider:
            self.provider.addItem(label(provider), provider.value)
        self.note = _line(self, "note")
        f = self.form
        f.add_row("kind", self.tr("Soort:"), self.kind)
        f.add_row("requested_on", self.tr("Aangevraagd op:"), self.requested)
        f.add_row("issued_on", self.tr("Afgegeven op:"), self.issued)
        f.add_row("expires_on", self.tr("Geldig tot en met:"), self.expires)
        f.add_row("provider", self.tr("Afgegeven voor:"), self.provider)
        f.add_row("note", self.tr("Opmerking:"), self.note)
        self.extra.addWidget(
            hint(
                self.tr(
                    "Een {kind} is nodig voor iedere volwassene van een {route}sgezin. Zonder "
                    "'geldig tot en met' geldt de standaardtermijn vanaf de afgiftedatum."
                ).format(kind=label(needed), route=label(route)),
                self,
            )
        )
        if check is not None:
            self.load(check_form_data(check), check.version)
        self.requested.setFocus()

    def collect(self) -> CheckData:
        provider = self.provider.currentData()
        return CheckData(
            kind=ScreeningKind(str(self.kind.currentData())),
            requested_on=self.requested.value(),
            issued_on=self.issued.value(),
            expires_on=self.expires.value(),
            provider=Provider(str(provider)) if provider else None,
            note=self.note.text(),
        )

    def fill(self, data: CheckData) -> None:
        if data.kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(data.kind.value))
        self.requested.set_value(data.requested_on)
        self.issued.set_value(data.issued_on)
        self.expires.set_value(data.expires_on)
        self.provider.setCurrentIndex(
            max(0, self.provider.findData(data.provider.value if data.provider else None))
        )
        self.note.setText(data.note)

    def save_work(self, data: CheckData) -> Callable[[], Any]:
        actor = self.ctx.actor
        db, adult_id, check_id, version = self.db, self.adult_id, self.check_id, self.version
        if check_id is None or version is None:
            return lambda: add_check(db, adult_id, data, actor=actor)
        return lambda: update_check(db, check_id, version, data, actor=actor)

    def latest(self) -> tuple[CheckData, int] | None:
        detail = household_detail(self.db, self.household_id, log_view=False)
        for adult in detail.household.adults:
            for check in adult.checks:
                if check.id == self.check_id:
                    return check_form_data(check), check.version
        return None


# --------------------------------------------------------------------------- stop, pause


class StopDialog(FormDialog[tuple[str | None, str]]):
    """Pause or stop a family: a reason from the list plus free text, then the move."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        household_name: str,
        to_stage: PipelineStage,
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        stopping = to_stage == PipelineStage.GESTOPT
        self.set_title(
            self.tr("{name} stopt").format(name=household_name)
            if stopping
            else self.tr("{name} pauzeert").format(name=household_name)
        )
        self.household_id = household_id
        self.to_stage = to_stage
        self.expected_version = version
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.reason.addItem(
            self.tr("— kies een reden —") if stopping else self.tr("— geen reden opgegeven —"),
            None,
        )
        for code, text in dropout_reasons():
            self.reason.addItem(text, code.value)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.note.setPlaceholderText(
            self.tr("Toelichting, bijvoorbeeld: verbouwing tot de zomer")
            if not stopping
            else self.tr("Toelichting (nodig bij 'anders')")
        )
        self.form.add_row(
            "reason", self.tr("Reden:") if stopping else self.tr("Reden (mag leeg):"), self.reason
        )
        self.form.add_row("note", self.tr("Toelichting:"), self.note)
        explanation = (
            self.tr(
                "Het gezin gaat naar 'gestopt'. De reden telt mee in het overzicht van waarom "
                "gezinnen afhaken. Later hervatten kan in de fase waarin het stopte."
            )
            if stopping
            else self.tr(
                "Het gezin gaat naar 'gepauzeerd'; na ongeveer drie maanden komt bellen of het "
                "weer verder wil op de lijst 'vandaag'."
            )
        )
        self.extra.addWidget(hint(explanation, self))
        self.save_button.setText(self.tr("Stoppen") if stopping else self.tr("Pauzeren"))
        self._caption = self.save_button.text()
        self.reason.setFocus()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self.save_button.setText(self._caption)

    def choose_reason(self, reason: DropoutReason | str) -> None:
        self.reason.setCurrentIndex(max(0, self.reason.findData(str(reason))))

    def collect(self) -> tuple[str | None, str]:
        value = self.reason.currentData()
        return (str(value) if value else None, self.note.toPlainText())

    def fill(self, data: tuple[str | None, str]) -> None:
        reason, note = data
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.note.setPlainText(note)

    def save_work(self, data: tuple[str | None, str]) -> Callable[[], MoveResult]:
        reason, note = data
        actor = self.ctx.actor
        db, hid, stage, version = self.db, self.household_id, self.to_stage, self.expected_version
        return lambda: move_stage(
            db,
            hid,
            stage,
            reason,
            note,
            expected_version=version,
            actor=actor,
        )

    def _failed(self, error: BaseException, typed: tuple[str | None, str]) -> None:
        # A refused stop ("kies een reden") belongs next to the reason.
        if isinstance(error, UserError) and not isinstance(
            error, StaleRecordError | ValidationError
        ):
            self._set_busy(False)
            if not self.form.show_error("reason", error.message):
                self.bar.show_message(error.message, "error")
            return
        super()._failed(error, typed)


__all__ = [
    "AdultDialog",
    "CheckDialog",
    "FormDialog",
    "NewHouseholdDialog",
    "StopDialog",
    "adult_form_data",
    "check_form_data",
]
