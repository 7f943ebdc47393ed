"""The panel beside the Kinderen list: one child's data, and what to do next.

Looking at a child is a view of a person's record and is written to the audit trail,
so the panel loads a child only once the selection rests (a keyboard user running
through the list does not log every child passed) and never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import ChildStatus, Need, Pet, label
from utregs_plekkie.core.errors import StaleRecordError, UserError
from utregs_plekkie.core.geo import GeoIndex, format_km
from utregs_plekkie.core.matching import age_in_months, format_age, language_name
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar, hint, wijk_names
from utregs_plekkie.gui.matching.common import (
    format_day,
    section_label,
    set_text,
    text_label,
    translate,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage.children import ChildRecord, ChildSaved, close_child, load_child_record

#: How long the selection rests before the child is loaded (and the view logged).
SETTLE_MS = 350


def place_text(pc4: str) -> str:
    """``"3453 De Meern (Vleuten-De Meern)"``, or the PC4 alone when unknown."""
    if not pc4:
        return ""
    place = GeoIndex.default().lookup(pc4)
    return place.label if place is not None else pc4


def _values(values: list[str], kind: type[Need] | type[Pet]) -> str:
    names: list[str] = []
    for value in values:
        try:
            names.append(label(kind(value)))
        except ValueError:
            names.append(value)
    return ", ".join(names)


def describe_child(record: ChildRecord) -> list[tuple[str, str]]:
    """(caption, value) pairs of what the panel shows, in Dutch."""
    d = record.data
    month = d.birth_month
    age = format_age(age_in_months(month, clock.today())) if month is not None else ""
    born = (
        translate("ChildDetailPanel", "{maand} ({leeftijd})").format(
            maand=month.strftime("%m-%Y"), leeftijd=age
        )
        if month
        else ""
    )
    siblings = ", ".join(f"{s.code} ({label(s.status)})" for s in record.siblings) or (
        translate("ChildDetailPanel", "geen")
        if not d.sibling_group
        else translate("ChildDetailPanel", "nog geen andere kinderen")
    )
    group = f"{d.sibling_group}: {siblings}" if d.sibling_group else siblings
    rows = [
        (translate("ChildDetailPanel", "Status"), label(record.status)),
        (translate("ChildDetailPanel", "Geboren"), born),
        (translate("ChildDetailPanel", "Geslacht"), label(d.gender)),
        (translate("ChildDetailPanel", "Thuis"), place_text(d.home_postcode)),
        (translate("ChildDetailPanel", "School"), place_text(d.school_postcode)),
        (translate("ChildDetailPanel", "Club"), place_text(d.club_postcode)),
        (translate("ChildDetailPanel", "Wijk"), wijk_names().get(record.wijk_code or "", "")),
        (translate("ChildDetailPanel", "Zorgvorm"), label(d.care_form) if d.care_form else ""),
        (translate("ChildDetailPanel", "Rooster"), d.schedule_needed.describe()),
        (translate("ChildDetailPanel", "Weekenden"), label(d.weekend_pattern)),
        (
            translate("ChildDetailPanel", "Vakanties"),
            translate("ChildDetailPanel", "ja")
            if d.holidays_needed
            else translate("ChildDetailPanel", "nee"),
        ),
        (translate("ChildDetailPanel", "Gewenste start"), format_day(d.wanted_start)),
        (translate("ChildDetailPanel", "Urgentie"), label(d.urgency)),
        (translate("ChildDetailPanel", "Broers/zussen"), group),
        (translate("ChildDetailPanel", "Zorgbehoeften"), _values(d.needs, Need)),
        (
            translate("ChildDetailPanel", "Talen"),
            ", ".join(language_name(code) for code in d.languages),
        ),
        (translate("ChildDetailPanel", "Cultuur/geloof"), d.culture_wish),
        (translate("ChildDetailPanel", "Allergisch voor"), _values(d.allergies, Pet)),
        (
            translate("ChildDetailPanel", "Rookvrij huis"),
            translate("ChildDetailPanel", "nodig")
            if d.smoke_free
            else translate("ChildDetailPanel", "niet nodig"),
        ),
        (
            translate("ChildDetailPanel", "Maximale afstand"),
            format_km(d.max_distance_km)
            if d.max_distance_km
            else translate("ChildDetailPanel", "geen"),
        ),
        (
            translate("ChildDetailPanel", "Aanbieder"),
            label(d.placing_provider) if d.placing_provider else "",
        ),
        (translate("ChildDetailPanel", "Casemanager"), d.case_worker_initials),
    ]
    if record.status == ChildStatus.WACHT and record.waiting_since is not None:
        rows.insert(
            1, (translate("ChildDetailPanel", "Wacht sinds"), format_day(record.waiting_since))
        )
    return [(caption, value) for caption, value in rows if value]


class CloseChildDialog(QDialog):
    """Close a child's file, with an optional reason (kept in the audit trail)."""

    closed_child = Signal(object)

    def __init__(self, ctx: AppContext, record: ChildRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.record = record
        title = self.tr("Dossier van {code} sluiten").format(code=record.code)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Het kind zoekt dan geen gezin meer en verdwijnt uit het plaatsingsplan. "
                    "De gegevens blijven bewaard."
                ),
                self,
            )
        )
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("closeReason")
        self.reason.setPlaceholderText(self.tr("Reden (niet verplicht), bv. terug naar huis"))
        self.reason.setAccessibleName(self.tr("Reden voor het sluiten"))
        self.reason.setMaxLength(1000)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Dossier sluiten"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        self.ok_button.setEnabled(False)
        db, record, reason = self.db, self.record, self.reason.text()
        actor = self.ctx.actor

        def failed(error: BaseException) -> None:
            self.ok_button.setEnabled(True)
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        def done(result: ChildSaved) -> None:
            self.closed_child.emit(result)
            self.accept()

        run_in_background(
            lambda: close_child(db, record.id, record.version, reason, actor=actor),
            owner=self,
            on_success=done,
            on_failure=failed,
        )


class ChildDetailPanel(QWidget):
    """One child: its data, and the buttons Wijzigen, Zoek gezinnen, Dossier sluiten."""

    edit_requested = Signal(object)  # ChildRecord
    match_requested = Signal(str)  # code
    close_requested = Signal(object)  # ChildRecord

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.setObjectName("childDetail")
        self.setAccessibleName(self.tr("Gegevens van het gekozen kind"))
        self.record: ChildRecord | None = None
        self.child_id: int | None = None
        self.loading = False
        # A newer child chosen replaces the load of the one before.
        self._loads = LatestOnly(owner=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.load)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.setSpacing(8)
        self.heading = section_label(self.tr("Kies een kind in de lijst"), self)
        self.heading.setObjectName("childHeading")
        outer.addWidget(self.heading)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)
        buttons = FlowLayout(spacing=6)
        self.edit_button = QPushButton(self.tr("Wijzigen…"), self)
        self.edit_button.setObjectName("editChild")
        self.edit_button.clicked.connect(self._edit)
        self.match_button = QPushButton(self.tr("Zoek gezinnen"), self)
        self.match_button.setObjectName("findFamilies")
        self.match_button.setToolTip(
            self.tr("Passende gezinnen voor dit kind op de pagina Matching (Ctrl+G)")
        )
        self.match_button.clicked.connect(self._match)
        self.close_button = QPushButton(self.tr("Dossier sluiten…"), self)
        self.close_button.setObjectName("closeChild")
        self.close_button.clicked.connect(self._close)
        for button in (self.match_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
            button.setEnabled(False)
        outer.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.facts = text_label(scroll, "childFacts")
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setContentsMargins(4, 4, 4, 4)
        scroll.setWidget(self.facts)
        outer.addWidget(scroll, 1)
        set_text(self.facts, self._empty_text())

    def _empty_text(self) -> str:
        return self.tr(
            "Kies links een kind: hier staan dan zijn gegevens. 'Zoek gezinnen' (of Ctrl+G, "
            "of Enter in de lijst) toont de passende gezinnen op de pagina Matching."
        )

    # ----------------------------------------------------------------- loading

    def request(self, child_id: int, *, now: bool = False) -> None:
        """Show child ``child_id`` once the selection rests (or ``now``)."""
        if child_id < 0:
            self._timer.stop()
            return
        self.child_id = child_id
        if now:
            self._timer.stop()
            self.load()
        else:
            self._timer.start()

    def reload(self) -> None:
        if self.child_id is not None:
            self.load(record_view=False)

    def load(self, *, record_view: bool = True) -> None:
        if self.child_id is None:
            return
        self.loading = True
        db, child_id, actor = self.db, self.child_id, self.ctx.actor

        def arrived(record: ChildRecord) -> None:
            self.loading = False
            self.show_record(record)

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        self._loads.run(
            lambda: load_child_record(db, child_id, actor, record_view=record_view),
            on_success=arrived,
            on_failure=failed,
        )

    def is_pending(self) -> bool:
        return self._timer.isActive() or self.loading

    def show_record(self, record: ChildRecord) -> None:
        self.record = record
        self.bar.dismiss()
        set_text(self.heading, self.tr("Kind {code}").format(code=record.code))
        rows = "".join(
            f"<tr><td style='padding-right:12px; color:palette(placeholder-text)'>{caption}</td>"
            f"<td>{_escape(value)}</td></tr>"
            for caption, value in describe_child(record)
        )
        self.facts.setText(f"<table cellspacing='3'>{rows}</table>")
        self.facts.setAccessibleName(
            "; ".join(f"{caption}: {value}" for caption, value in describe_child(record))
        )
        open_file = record.status != ChildStatus.GESLOTEN
        self.edit_button.setEnabled(True)
        self.match_button.setEnabled(record.status in (ChildStatus.WACHT, ChildStatus.VOORGESTELD))
        self.close_button.setEnabled(open_file)

    def clear(self) -> None:
        self.record = None
        set_text(self.heading, self.tr("Kies een kind in de lijst"))
        set_text(self.facts, self._empty_text())
        for button in (self.match_button, self.edit_button, self.close_button):
            button.setEnabled(False)

    def _edit(self) -> None:
        if self.record is not None:
            self.edit_requested.emit(self.record)

    def _match(self) -> None:
        if self.record is not None:
            self.match_requested.emit(self.record.code)

    def _close(self) -> None:
        if self.record is not None:
            self.close_requested.emit(self.record)

    def show_stale(self, error: StaleRecordError) -> None:
        self.bar.show_message(error.message, "warning", [(self.tr("Vernieuwen"), self.reload)])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
