"""Beheer → Inzageverzoek…: everything about one person saved as a readable PDF and/or
JSON (``storage.privacy.person_export`` and ``packs.access_report``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.gui.errors import report_failure
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
from utregs_plekkie.packs.access_report import write_access_report
from utregs_plekkie.storage import privacy
from utregs_plekkie.storage.database import Database


class AccessRequestDialog(FittingDialog):
    """Right of access: everything about one person as PDF and/or JSON."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(actor, Permission.PRIVACY)
        self.db = db
        self.actor = actor
        self.person: PersonRef | None = None
        self.written: list[Path] = []
        self._busy = False
        self.setObjectName("accessRequestDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Inzageverzoek (AVG)"))
        self.resize(760, 560)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Inzageverzoek"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Iemand heeft recht op alle gegevens die over hem of haar zijn vastgelegd. "
                    "Zoek de persoon, kies wat u wilt opslaan en stuur het bestand beveiligd "
                    "naar de aanvrager. Gegevens over kinderen blijven erbuiten."
                ),
                self,
            )
        )
        self.picker = PersonPicker(db, self)
        self.picker.chosen.connect(self._chosen)
        outer.addWidget(self.picker, 1)
        formats = QHBoxLayout()
        self.pdf_box = QCheckBox(self.tr("&PDF (om te lezen)"), self)
        self.pdf_box.setObjectName("formatPdf")
        self.pdf_box.setChecked(True)
        self.json_box = QCheckBox(self.tr("&JSON (voor een ander systeem)"), self)
        self.json_box.setObjectName("formatJson")
        self.json_box.setChecked(True)
        for box in (self.pdf_box, self.json_box):
            box.toggled.connect(self._update)
            formats.addWidget(box)
        formats.addStretch(1)
        outer.addLayout(formats)
        self.message = status_label(self)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Opslaan…"), self)
        self.save_button.setObjectName("saveAccess")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self._update()

    def _chosen(self, person: PersonRef | None) -> None:
        self.person = person
        self._update()

    def _update(self, *_args: object) -> None:
        ok = (
            self.person is not None
            and (self.pdf_box.isChecked() or self.json_box.isChecked())
            and not self._busy
        )
        self.save_button.setEnabled(ok)

    def save(self) -> None:
        person = self.person
        if person is None or self._busy:
            return
        want_pdf, want_json = self.pdf_box.isChecked(), self.json_box.isChecked()
        suffix = ".pdf" if want_pdf else ".json"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Inzage opslaan"),
            str(Path.home() / f"{person.file_stem()}{suffix}"),
            self.tr("PDF (*.pdf)") if want_pdf else self.tr("JSON (*.json)"),
        )
        if not name:
            return
        base = Path(name)
        base = base.with_suffix("") if base.suffix.lower() in (".pdf", ".json") else base
        targets = []
        if want_pdf:
            targets.append(base.with_suffix(".pdf"))
        if want_json:
            targets.append(base.with_suffix(".json"))
        db, actor = self.db, self.actor
        self._busy = True
        self._update()
        set_level(self.message, "info", self.tr("Bezig met verzamelen en opslaan…"))

        def work() -> list[Path]:
            data = privacy.person_export(db, actor=actor, **person.arguments())
            for target in targets:
                if target.suffix == ".pdf":
                    write_access_report(data, target)
                else:
                    privacy.write_person_json(data, target)
            return targets

        def done(paths: list[Path]) -> None:
            self._busy = False
            self.written = paths
            self._update()
            set_level(
                self.message,
                "done",
                self.tr(
                    "Opgeslagen: {files}. Stuur het beveiligd (niet als gewone bijlage) naar "
                    "de aanvrager; het verzoek staat in het logboek."
                ).format(files=", ".join(str(p) for p in paths)),
            )

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update()
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)
