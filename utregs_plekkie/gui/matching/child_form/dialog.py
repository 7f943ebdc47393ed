"""The form to record a child, or to correct one (version-checked).

Only the minimum needed for matching: a code (no name, no BSN), the birth month,
four-digit postcodes of home, school and club (a full postcode may be typed; only its
four digits are kept, and the form says so), what the child needs (care form, the
weekly grid, weekends, holidays, start, urgency), siblings, needs, languages, culture,
allergies, smoke-free, the largest distance, the placing provider and the case worker's
initials.

Every field is checked at once with ``storage.children.validate_child`` (the same rules
as the list import), each message under its own field; what was typed stays. Saving
happens in the background; a save refused because someone else saved first offers to
load the newest version, keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import (
    CareForm,
    Gender,
    Need,
    Pet,
    Provider,
    Urgency,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.matching import language_name
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.schedule_grid import ScheduleEditor
from utregs_plekkie.gui.households.widgets import (
    DateField,
    FieldForm,
    MessageBar,
    hint,
    merge_typed,
)
from utregs_plekkie.gui.matching.child_form.fields import (
    BirthMonthPicker,
    MultiSelect,
    _combo,
    _select,
)
from utregs_plekkie.gui.matching.common import section_label
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.children import (
    KNOWN_LANGUAGES,
    ChildData,
    ChildRecord,
    ChildSaved,
    ChildValidationError,
    create_child,
    default_schedule,
    load_child_record,
    update_child,
    validate_child,
)

#: From this screen width on, the two halves of the form stand side by side.
WIDE_SCREEN = 1150


class ChildDialog(QDialog):
    """Record a new child, or correct one (``record`` given)."""

    #: Emitted with the ``ChildSaved`` once the save succeeded (the dialog then closes).
    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, record: ChildRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.record = record
        self.original: ChildData | None = record.data if record is not None else None
        self.version: int | None = record.version if record is not None else None
        self.busy = False
        self.result_value: ChildSaved | None = None
        title = (
            self.tr("Nieuw kind")
            if record is None
            else self.tr("Kind {code} wijzigen").format(code=record.code)
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("childDialog")
        self.setModal(True)

        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        outer.addWidget(
            hint(
                self.tr(
                    "Alleen wat nodig is om een gezin te zoeken: geen naam, geen BSN, geen "
                    "adres. Een eigen code, de geboortemaand en de vier cijfers van de "
                    "postcodes zijn genoeg."
                ),
                self,
            )
        )
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(18)
        left_widget, right_widget = QWidget(inner), QWidget(inner)
        left_box, right_box = QVBoxLayout(left_widget), QVBoxLayout(right_widget)
        for box in (left_box, right_box):
            box.setContentsMargins(0, 0, 0, 0)
        left = QFormLayout()
        right = QFormLayout()
        self.form = FieldForm(left)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        right.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        left_box.addWidget(section_label(self.tr("Het kind"), left_widget))
        left_box.addLayout(left)
        right_box.addWidget(section_label(self.tr("Wat het kind nodig heeft"), right_widget))
        right_box.addLayout(right)
        # Side by side on a wide screen, one below the other on a laptop.
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.side_by_side = screen is None or screen.width() >= WIDE_SCREEN
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(left_widget, 0, 0, top)
        if self.side_by_side:
            grid.addWidget(right_widget, 0, 1, top)
        else:
            grid.addWidget(right_widget, 1, 0, top)
        grid.setRowStretch(2, 1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self._build_fields(inner, right)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        if record is not None:
            self.fill(record.data)
        else:
            self._care_changed()
        self.code.setFocus()
        width = 1120 if self.side_by_side else 740
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
        height = 780 if screen is None else min(780, int(screen.height() * 0.92))
        self.resize(width, height)

    # ----------------------------------------------------------------- fields

    def _line(self, name: str, placeholder: str = "", width: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * width)
        return edit

    def _build_fields(self, inner: QWidget, right: QFormLayout) -> None:
        f = self.form
        self.code = self._line("code", self.tr("bijvoorbeeld K24-0007"), 18)
        self.code.setMaxLength(40)
        self.birth_month = BirthMonthPicker(inner)
        self.gender = _combo(inner, [(label(g), g.value) for g in Gender], "gender")
        _select(self.gender, Gender.ONBEKEND.value)
        example = self.tr("bijvoorbeeld 3453")
        self.home_postcode = self._line("home_postcode", example, 14)
        self.school_postcode = self._line("school_postcode", example, 14)
        self.club_postcode = self._line("club_postcode", self.tr("leeg: geen club"), 14)
        self.sibling_group = self._line("sibling_group", self.tr("bv. G-0012 (leeg: geen)"), 22)
        self.sibling_group.setToolTip(
            self.tr(
                "Broers en zussen die samen geplaatst worden krijgen dezelfde groepscode. "
                "Bestaat de code al, dan komt het kind in die groep; anders wordt de groep "
                "aangemaakt."
            )
        )
        self.needs = MultiSelect([(n.value, label(n)) for n in Need], 2, "needs", inner)
        self.needs.setAccessibleName(self.tr("Zorgbehoeften"))
        self.languages = MultiSelect(
            [(code, language_name(code)) for code in KNOWN_LANGUAGES], 4, "languages", inner
        )
        self.languages.setAccessibleName(self.tr("Talen van het kind"))
        self.culture_wish = self._line(
            "culture_wish", self.tr("bijvoorbeeld islamitisch, of Surinaams-Hindoestaans")
        )
        self.culture_wish.setMaxLength(240)
        self.allergies = MultiSelect([(p.value, label(p)) for p in Pet], 3, "allergies", inner)
        self.allergies.setAccessibleName(self.tr("Allergisch voor"))
        self.smoke_free = QCheckBox(self.tr("Het kind heeft een rookvrij huis nodig"), inner)
        self.smoke_free.setObjectName("smoke_free")

        f.add_row("code", self.tr("&Code:"), self.code)
        f.add_row("birth_month", self.tr("&Geboortemaand:"), self.birth_month)
        f.add_row("gender", self.tr("Geslacht:"), self.gender)
        f.add_row("home_postcode", self.tr("Postcode &thuis:"), self.home_postcode)
        f.add_row("school_postcode", self.tr("Postcode &school:"), self.school_postcode)
        f.add_row("club_postcode", self.tr("Postcode c&lub:"), self.club_postcode)
        f.add_row("sibling_group", self.tr("&Broer/zus-groep:"), self.sibling_group)
        f.add_row("needs", self.tr("Zorgbehoeften:"), self.needs)
        f.add_row("languages", self.tr("Talen:"), self.languages)
        f.add_row("culture_wish", self.tr("Wens cultuur/geloof:"), self.culture_wish)
        f.add_row("allergies", self.tr("Allergisch voor:"), self.allergies)
        f.add_row("smoke_free", self.tr("Rookvrij:"), self.smoke_free)

        self.care_form = _combo(
            inner,
            [(self.tr("kies een zorgvorm…"), None), *[(label(c), c.value) for c in CareForm]],
            "care_form",
        )
        self.schedule = ScheduleEditor(inner)
        self.schedule.setObjectName("schedule_needed")
        self.schedule.grid.setAccessibleName(
            self.tr("Weekrooster: wanneer het kind opvang nodig heeft")
        )
        self.schedule_hint = hint("", inner)
        schedule_box = QWidget(inner)
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.setContentsMargins(0, 0, 0, 0)
        schedule_layout.setSpacing(2)
        schedule_layout.addWidget(self.schedule)
        schedule_layout.addWidget(self.schedule_hint)
        self.weekend_pattern = _combo(
            inner, [(label(w), w.value) for w in WeekendPattern], "weekend_pattern"
        )
        self.holidays_needed = QCheckBox(self.tr("Opvang in de vakanties nodig"), inner)
        self.holidays_needed.setObjectName("holidays_needed")
        self.wanted_start = DateField("wanted_start", inner)
        self.wanted_start.setObjectName("wanted_start")
        self.urgency = _combo(inner, [(label(u), u.value) for u in Urgency], "urgency")
        self.max_distance = QSpinBox(inner)
        self.max_distance.setObjectName("max_distance_km")
        self.max_distance.setRange(0, 500)
        self.max_distance.setSuffix(self.tr(" km"))
        self.max_distance.setSpecialValueText(self.tr("geen maximum"))
        self.max_distance.setToolTip(
            self.tr("Hoogstens zoveel km van thuis en van school; 0 is geen maximum")
        )
        self.placing_provider = _combo(
            inner,
            [
                (self.tr("volgens de wijk van thuis"), None),
                *[(label(p), p.value) for p in Provider],
            ],
            "placing_provider",
        )
        self.case_worker = self._line("case_worker_initials", self.tr("bv. AB"), 8)
        self.case_worker.setMaxLength(12)

        f.add_row("care_form", self.tr("&Zorgvorm:"), self.care_form, right)
        f.add_row("schedule_needed", self.tr("&Weekrooster:"), schedule_box, right)
        f.add_row("weekend_pattern", self.tr("Weekenden:"), self.weekend_pattern, right)
        f.add_row("holidays_needed", self.tr("Vakanties:"), self.holidays_needed, right)
        f.add_row("wanted_start", self.tr("Gewenste &start:"), self.wanted_start, right)
        f.add_row("urgency", self.tr("&Urgentie:"), self.urgency, right)
        f.add_row("max_distance_km", self.tr("Maximale &afstand:"), self.max_distance, right)
        f.add_row(
            "placing_provider", self.tr("Plaatsende aanbieder:"), self.placing_provider, right
        )
        f.add_row(
            "case_worker_initials", self.tr("Casemanager (&initialen):"), self.case_worker, right
        )
        self.form.alias("date", "wanted_start")

        self._last_default: Schedule | None = None
        self.care_form.currentIndexChanged.connect(self._care_changed)
        self.schedule.model.schedule_changed.connect(
            lambda _s: self.form.clear_error("schedule_needed")
        )
        for key in ("code", "home_postcode", "school_postcode", "club_postcode", "sibling_group"):
            edit = self.form.fields[key]
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _text, k=key: self.form.clear_error(k))

    def _care(self) -> CareForm | None:
        value = self.care_form.currentData()
        return CareForm(str(value)) if value else None

    def _care_changed(self, *_args: object) -> None:
        """A new care form brings its usual week, unless the user ticked their own."""
        care = self._care()
        current = self.schedule.schedule()
        if care is not None and (current.is_empty or current == self._last_default):
            default = default_schedule(care)
            self.schedule.set_schedule(default)
            self._last_default = default
        if care is None:
            text = self.tr("Kies eerst de zorgvorm.")
        elif care.family.value == "voltijd":
            text = self.tr("Voltijd: het kind woont in het gezin, de hele week.")
        elif default_schedule(care).is_empty:
            text = self.tr(
                "Vink de dagdelen aan waarop het kind komt (klik, of pijltjes en spatie)."
            )
        else:
            text = self.tr("Pas het rooster aan als het kind maar een deel nodig heeft.")
        self.schedule_hint.setText(text)
        self.schedule_hint.setAccessibleName(text)

    # ----------------------------------------------------------------- values

    def fill(self, data: ChildData) -> None:
        self.code.setText(data.code)
        self.birth_month.set_value(data.birth_month)
        _select(self.gender, Gender(data.gender).value)
        self.home_postcode.setText(data.home_postcode)
        self.school_postcode.setText(data.school_postcode)
        self.club_postcode.setText(data.club_postcode)
        self.sibling_group.setText(data.sibling_group)
        self.needs.set_values(data.needs)
        self.languages.set_values(data.languages)
        self.culture_wish.setText(data.culture_wish)
        self.allergies.set_values(data.allergies)
        self.smoke_free.setChecked(data.smoke_free)
        self._last_default = None
        self.care_form.blockSignals(True)
        _select(self.care_form, data.care_form.value if data.care_form else None)
        self.care_form.blockSignals(False)
        self.schedule.set_schedule(data.schedule_needed)
        self._care_changed()
        _select(self.weekend_pattern, WeekendPattern(data.weekend_pattern).value)
        self.holidays_needed.setChecked(data.holidays_needed)
        self.wanted_start.set_value(data.wanted_start)
        _select(self.urgency, Urgency(data.urgency).value)
        self.max_distance.setValue(round(data.max_distance_km or 0))
        _select(
            self.placing_provider, data.placing_provider.value if data.placing_provider else None
        )
        self.case_worker.setText(data.case_worker_initials)

    def collect(self) -> ChildData:
        """What the form holds; a :class:`ValidationError` for a date or month that is
        not one (the other checks are ``validate_child``'s)."""
        provider = self.placing_provider.currentData()
        km = self.max_distance.value()
        return ChildData(
            code=self.code.text(),
            birth_month=self.birth_month.value(),
            gender=Gender(str(self.gender.currentData())),
            home_postcode=self.home_postcode.text(),
            school_postcode=self.school_postcode.text(),
            club_postcode=self.club_postcode.text(),
            care_form=self._care(),
            schedule_needed=self.schedule.schedule(),
            weekend_pattern=WeekendPattern(str(self.weekend_pattern.currentData())),
            holidays_needed=self.holidays_needed.isChecked(),
            wanted_start=self.wanted_start.value(),
            urgency=Urgency(str(self.urgency.currentData())),
            sibling_group=self.sibling_group.text(),
            needs=self.needs.values(),
            languages=self.languages.values(),
            culture_wish=self.culture_wish.text(),
            allergies=self.allergies.values(),
            smoke_free=self.smoke_free.isChecked(),
            max_distance_km=float(km) if km else None,
            placing_provider=Provider(str(provider)) if provider else None,
            case_worker_initials=self.case_worker.text(),
        )

    def show_errors(self, error: ValidationError) -> None:
        """Each message under its field (the first field gets the focus)."""
        errors = error.errors if isinstance(error, ChildValidationError) else {}
        if not errors:
            errors = {error.field or "": error.message}
        shown_first = False
        for key, message in reversed(list(errors.items())):
            if not self.form.show_error(key, message):
                self.bar.show_message(message, "error")
            shown_first = True
        if shown_first and len(errors) > 1:
            self.bar.show_message(
                self.tr("{n} velden zijn nog niet goed; de meldingen staan bij de velden.").format(
                    n=len(errors)
                ),
                "error",
            )

    # ----------------------------------------------------------------- saving

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        self.bar.dismiss()
        try:
            data = self.collect()
            validate_child(data)
        except ValidationError as error:
            self.show_errors(error)
            return
        self._set_busy(True)
        db, actor = self.db, self.ctx.actor
        record_id, version = (self.record.id, self.version) if self.record else (None, None)

        def work() -> ChildSaved:
            if record_id is None or version is None:
                return create_child(db, data, actor=actor)
            return update_child(db, record_id, version, data, actor=actor)

        run_in_background(
            work,
            owner=self,
            on_success=self._saved,
            on_failure=lambda error: self._failed(error, data),
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Bezig met opslaan…") if busy else self.tr("Opslaan"))

    def _saved(self, result: ChildSaved) -> None:
        self._set_busy(False)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException, typed: ChildData) -> None:
        self._set_busy(False)
        if isinstance(error, StaleRecordError):
            actions: list[tuple[str, Callable[[], None]]] = []
            if self.record is not None:
                actions.append((self.tr("Nieuwste versie laden"), lambda: self.reload(typed)))
            self.bar.show_message(error.message, "warning", actions)
        elif isinstance(error, ValidationError):
            self.show_errors(error)
        elif isinstance(error, UserError):
            self.bar.show_message(error.message, "error")
        else:
            report_failure(error, self)

    def reload(self, typed: ChildData) -> None:
        """Load the newest version and lay what the user typed over it."""
        if self.record is None or self.original is None:
            return
        db, child_id, actor = self.db, self.record.id, self.ctx.actor
        original = self.original

        def arrived(newest: ChildRecord) -> None:
            self.fill(merge_typed(original, typed, newest.data))
            self.original = newest.data
            self.version = newest.version
            self.bar.show_message(
                self.tr(
                    "De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het "
                    "na en kies Opslaan."
                ),
                "info",
            )

        run_in_background(
            lambda: load_child_record(db, child_id, actor, record_view=False),
            owner=self,
            on_success=arrived,
        )
