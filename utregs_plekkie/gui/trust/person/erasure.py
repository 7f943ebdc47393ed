"""Beheer → Vergeetverzoek…: what will be erased first, then the typed word WISSEN
before ``storage.privacy.erase_person`` runs; the audit trail keeps only that it happened."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.trust.person.picker import PersonPicker, PersonRef
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import privacy
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import household_detail
from utregs_plekkie.storage.lists import format_date, format_number
from utregs_plekkie.storage.requests import load_request

CONFIRM_WORD = "WISSEN"


@dataclass(frozen=True)
class ErasurePreview:
    person: PersonRef
    requests: list[tuple[int, str, str]]  # id, name, what
    households: list[tuple[int, str, int, int]]  # id, name, adults, own children


def erasure_preview(db: Database, actor: Actor, person: PersonRef) -> ErasurePreview:
    """Everything ``erase_person`` would touch for this person, with names to check."""
    require(actor, Permission.PRIVACY)
    with db.session() as session:
        ids = privacy.person_ids(session, **person.arguments())
    requests: list[tuple[int, str, str]] = []
    for request_id in sorted(ids.requests):
        record = load_request(db, request_id, viewer=actor)
        name = " ".join(p for p in (record.first_name, record.name_prefix, record.last_name) if p)
        what = format_date(record.received_at)
        if record.merged_into_id is not None:
            what += ", " + "samengevoegd"
        requests.append((record.id, name, what))
    households: list[tuple[int, str, int, int]] = []
    for household_id in sorted(ids.households):
        detail = household_detail(db, household_id, actor=actor)
        household = detail.household
        households.append(
            (household.id, household.name, len(household.adults), len(household.own_children))
        )
    return ErasurePreview(person, requests, households)


class ErasureDialog(FittingDialog):
    """Right to erasure: pick, see what goes, type WISSEN, erase."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(actor, Permission.PRIVACY)
        self.db = db
        self.actor = actor
        self.preview: ErasurePreview | None = None
        self.erased: privacy.ErasureResult | None = None
        self._busy = False
        # Choosing another person replaces the preview of the one before.
        self._preview = LatestOnly(owner=self)
        self.setObjectName("erasureDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Vergeetverzoek (AVG)"))
        self.resize(780, 680)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Vergeetverzoek"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Iemand vraagt om alle gegevens over hem of haar te wissen. Zoek de persoon "
                    "en controleer hieronder wat er gewist wordt. Dit kan niet ongedaan worden "
                    "gemaakt."
                ),
                self,
            )
        )
        self.picker = PersonPicker(db, self)
        self.picker.chosen.connect(self._chosen)
        outer.addWidget(self.picker, 1)
        self.details = QTextBrowser(self)
        self.details.setObjectName("erasureDetails")
        self.details.setAccessibleName(self.tr("Wat gewist wordt"))
        self.details.setOpenLinks(False)
        self.details.setMinimumHeight(150)
        outer.addWidget(self.details, 1)
        confirm = QHBoxLayout()
        self.confirm_label = QLabel(
            self.tr("Typ {word} om te bevestigen:").format(word=CONFIRM_WORD), self
        )
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirmWord")
        self.confirm_edit.setAccessibleName(
            self.tr("Typ {word} om te bevestigen").format(word=CONFIRM_WORD)
        )
        self.confirm_edit.setMaxLength(20)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.confirm_edit.textChanged.connect(self._update)
        self.erase_button = QPushButton(self.tr("Definitief &wissen"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        confirm.addWidget(self.confirm_label)
        confirm.addWidget(self.confirm_edit)
        confirm.addStretch(1)
        confirm.addWidget(self.erase_button)
        outer.addLayout(confirm)
        self.message = status_label(self)
        outer.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.close_button = close
        bottom.addWidget(close)
        outer.addLayout(bottom)
        self._show_nothing()
        self._update()

    def _show_nothing(self) -> None:
        self.details.setHtml(
            "<p>" + self.tr("Kies eerst de persoon; hier ziet u dan wat er gewist wordt.") + "</p>"
        )

    def _chosen(self, person: PersonRef | None) -> None:
        self.preview = None
        self.confirm_edit.clear()
        self._preview.invalidate()
        self._update()
        if person is None:
            self._show_nothing()
            return
        self.details.setHtml("<p>" + self.tr("Bezig met opzoeken…") + "</p>")
        db, actor = self.db, self.actor

        def arrived(preview: ErasurePreview) -> None:
            self.preview = preview
            self.details.setHtml(self.preview_html(preview))
            self._update()

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.details.setHtml("<p>" + _escape(error.message) + "</p>")
            else:
                report_failure(error, self)

        self._preview.run(
            lambda: erasure_preview(db, actor, person), on_success=arrived, on_failure=failed
        )

    def preview_html(self, preview: ErasurePreview) -> str:
        lines = ["<p><b>" + self.tr("Dit wordt gewist:") + "</b></p><ul>"]
        for request_id, name, what in preview.requests:
            lines.append(
                "<li>"
                + self.tr(
                    "Aanvraag {id} — {name} ({what}): naam, e-mail, telefoon, straat en "
                    "huisnummer, notities"
                ).format(
                    id=request_id,
                    name=_escape(name or self.tr("(al geanonimiseerd)")),
                    what=_escape(what),
                )
                + "</li>"
            )
        for household_id, name, adults, children in preview.households:
            lines.append(
                "<li>"
                + self.tr(
                    "Gezin {id} — {name}: naam en contactgegevens; {adults} volwassenen met "
                    "hun VOG/VGB-gegevens en {children} eigen kinderen worden verwijderd; "
                    "notities bij aanbod, fasen, voorstellen en plaatsingen worden leeggemaakt"
                ).format(
                    id=household_id,
                    name=_escape(name or self.tr("(al geanonimiseerd)")),
                    adults=adults,
                    children=children,
                )
                + "</li>"
            )
        lines.append("</ul><p>")
        lines.append(
            self.tr(
                "Blijft: wat de cijfers nodig hebben (status, datums, bron, wijk). In het "
                "logboek komt alleen te staan dát er gewist is, zonder naam."
            )
        )
        lines.append("</p>")
        return "".join(lines)

    def _update(self, *_args: object) -> None:
        ready = (
            self.preview is not None
            and self.confirm_edit.text().strip() == CONFIRM_WORD
            and not self._busy
        )
        self.erase_button.setEnabled(ready)
        self.confirm_edit.setEnabled(self.preview is not None and not self._busy)
        self.close_button.setEnabled(not self._busy)

    def erase(self) -> None:
        preview = self.preview
        if preview is None or self.confirm_edit.text().strip() != CONFIRM_WORD or self._busy:
            return
        db, actor, person = self.db, self.actor, preview.person
        self._busy = True
        self._update()
        set_level(self.message, "info", self.tr("Bezig met wissen…"))

        def done(result: privacy.ErasureResult) -> None:
            self._busy = False
            self.erased = result
            self.preview = None
            self.confirm_edit.clear()
            self.details.setHtml("<p>" + self.tr("Gewist.") + "</p>")
            set_level(
                self.message,
                "done",
                self.tr(
                    "Gewist: {requests} aanvragen, {households} gezinnen, {adults} volwassenen. "
                    "Oude backups bevatten de gegevens nog tot ze vervallen (hoogstens 4 weken)."
                ).format(
                    requests=format_number(result.requests),
                    households=format_number(result.households),
                    adults=format_number(result.adults),
                ),
            )
            self.picker.search()
            self._update()

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update()
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(
            lambda: privacy.erase_person(db, actor=actor, **person.arguments()),
            owner=self,
            on_success=done,
            on_failure=failed,
        )

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()


def _escape(text: str) -> str:
    return escape(text)
