""":class:`FamilyMatchView` — for one family: the waiting children it could help."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import PipelineStage, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.matching import (
    CandidatePool,
)
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.households.widgets import FlowLayout, MessageBar
from utregs_plekkie.gui.matching.common import (
    PoolCache,
    bullets,
    format_distance,
    format_score,
    section_label,
    selected_household_of_window,
    set_text,
    text_label,
)
from utregs_plekkie.gui.matching.models import RowsModel
from utregs_plekkie.gui.matching.proposals import open_propose
from utregs_plekkie.gui.matching.workbench.tables import (
    find_households,
    fit_columns,
    make_table,
    select_row,
)
from utregs_plekkie.gui.operations import LatestOnly
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage.children import (
    household_names,
    matching_pool,
)

# --------------------------------------------------------------------------- one family


class FamilyMatchView(QWidget):
    """The waiting children one family could help, best first."""

    changed = Signal()
    open_child = Signal(str)

    def __init__(self, ctx: AppContext, pool: PoolCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.pool = pool
        self.setObjectName("familyMatchView")
        self.household_id: int | None = None
        self.fits: list[sm.ChildFit] = []
        self.loading = False
        # Another family chosen replaces the load of the one before.
        self._loads = LatestOnly(owner=self)
        self.dialog: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.setSpacing(8)
        # Wraps in a narrow window rather than making the window wider.
        picker = FlowLayout(spacing=6)
        caption = QLabel(self.tr("&Gezin:"), self)
        caption.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.household_edit = QLineEdit(self)
        self.household_edit.setObjectName("householdPicker")
        self.household_edit.setPlaceholderText(self.tr("naam of nummer van het gezin"))
        self.household_edit.setAccessibleName(self.tr("Naam of nummer van het gezin"))
        self.household_edit.setClearButtonEnabled(True)
        self.household_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        caption.setMinimumHeight(self.household_edit.sizeHint().height())
        caption.setBuddy(self.household_edit)
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self.household_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda text: self._picked(str(text)))
        self.household_edit.setCompleter(completer)
        self.household_edit.returnPressed.connect(lambda: self._picked(self.household_edit.text()))
        self.find_button = QPushButton(self.tr("Zoek kinderen"), self)
        self.find_button.setObjectName("familyFind")
        self.find_button.clicked.connect(lambda: self._picked(self.household_edit.text()))
        self.from_page_button = QPushButton(self.tr("Gezin van de pagina Gezinnen"), self)
        self.from_page_button.setObjectName("familyFromPage")
        self.from_page_button.setToolTip(self.tr("Het gezin dat op de pagina Gezinnen gekozen is"))
        self.from_page_button.clicked.connect(self.use_households_page)
        for widget in (caption, self.household_edit, self.find_button, self.from_page_button):
            picker.addWidget(widget)
        outer.addLayout(picker)
        self.summary = text_label(self, "familySummary")
        self.offers_label = text_label(self, "familyOffers")
        set_text(
            self.summary,
            self.tr(
                "Kies een gezin: u ziet dan de wachtende kinderen die het zou kunnen opnemen, "
                "best passend eerst."
            ),
        )
        outer.addWidget(self.summary)
        outer.addWidget(self.offers_label)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.fit_model = RowsModel(
            [
                self.tr("Kind"),
                self.tr("Broers/zussen"),
                self.tr("Score"),
                self.tr("Afstand school"),
                self.tr("Afstand thuis"),
                self.tr("Aanbod"),
                self.tr("Vrije plekken"),
            ],
            numeric=(2, 3, 4, 6),
            parent=self,
        )
        self.fit_table = make_table(
            self.fit_model, "familyFitTable", self.tr("Kinderen die dit gezin kan helpen"), splitter
        )
        self.fit_table.selectionModel().currentRowChanged.connect(self._fit_chosen)
        detail = QWidget(splitter)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(8, 0, 0, 0)
        self.fit_heading = section_label(self.tr("Kies een kind in de lijst"), detail)
        layout.addWidget(self.fit_heading)
        buttons = FlowLayout(spacing=6)
        self.fit_propose = QPushButton(self.tr("Voorstellen…"), detail)
        self.fit_propose.setObjectName("familyPropose")
        self.fit_propose.clicked.connect(self.propose_current)
        self.fit_open = QPushButton(self.tr("Bekijk bij het kind"), detail)
        self.fit_open.setObjectName("familyOpenChild")
        self.fit_open.clicked.connect(self._open_current_child)
        buttons.addWidget(self.fit_propose)
        buttons.addWidget(self.fit_open)
        layout.addLayout(buttons)
        self.fit_explanation = text_label(detail, "familyExplanation")
        self.fit_explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.fit_explanation, 1)
        splitter.addWidget(self.fit_table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        for button in (self.fit_propose, self.fit_open):
            button.setEnabled(False)
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(lambda: self.household_edit.setFocus())

    def ensure_names(self) -> None:
        """Suggestions for the picker: every family's name and number."""
        if self.suggestions.rowCount():
            return

        def ready(_pool: CandidatePool, names: dict[int, str]) -> None:
            self.suggestions.setStringList(
                [f"{name} · {household_id}" for household_id, name in sorted(names.items())]
            )

        self.pool.with_pool(ready, lambda error: report_failure(error, self))

    def is_loading(self) -> bool:
        return self.loading

    def use_households_page(self) -> None:
        household_id = selected_household_of_window(self)
        if household_id is None:
            self.bar.show_message(
                self.tr("Kies eerst een gezin op de pagina Gezinnen, of typ hier de naam."),
                "info",
            )
            return
        self.show_household(household_id)

    def _picked(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.bar.show_message(self.tr("Typ eerst de naam of het nummer van een gezin."), "info")
            return
        suffix = re.search(r"·\s*(\d+)\s*$", text)
        if suffix is not None:
            self.show_household(int(suffix.group(1)))
            return

        def ready(_pool: CandidatePool, names: dict[int, str]) -> None:
            found = find_households(text, names, limit=10, folded=self.pool.folded or None)
            if not found:
                self.bar.show_message(
                    self.tr("Geen gezin gevonden met '{tekst}'.").format(tekst=text), "error"
                )
            elif len(found) > 1 and not text.isdigit():
                options = ", ".join(f"{names[h]} ({h})" for h in found[:5])
                self.bar.show_message(
                    self.tr(
                        "Meerdere gezinnen passen: {gezinnen}. Kies er een uit de lijst."
                    ).format(gezinnen=options),
                    "info",
                )
                self.household_edit.completer().complete()
            else:
                self.show_household(found[0])

        self.pool.with_pool(ready, lambda error: report_failure(error, self))

    def show_household(self, household_id: int) -> None:
        self.household_id = household_id
        self.loading = True
        self.bar.dismiss()
        db = self.db

        def work() -> tuple[list[sm.ChildFit], dict[int, str], CandidatePool]:
            fits = sm.children_for_household(db, household_id)
            names = household_names(db, [household_id])
            return fits, names, matching_pool(db, household_ids=[household_id])

        def arrived(result: tuple[list[sm.ChildFit], dict[int, str], CandidatePool]) -> None:
            self.loading = False
            fits, names, own = result
            name = names.get(household_id, self.tr("gezin {id}").format(id=household_id))
            self.household_edit.setText(f"{name} · {household_id}")
            set_text(self.offers_label, self._offers_text(own))
            self._show_fits(name, fits)

        def failed(error: BaseException) -> None:
            self.loading = False
            if isinstance(error, UserError):
                self.bar.show_message(error.message, "error")
            else:
                report_failure(error, self)

        self._loads.run(work, on_success=arrived, on_failure=failed)

    def _offers_text(self, own: CandidatePool) -> str:
        """What the family offers now: its stage, checks, and free places per offer."""
        offers = list(own.offers)
        if not offers:
            return self.tr("Dit gezin staat niet (meer) in de database.")
        first = offers[0]
        lines: list[str] = []
        if first.stage != PipelineStage.BESCHIKBAAR:
            lines.append(
                self.tr(
                    "Het gezin is in de fase '{fase}' en nog niet beschikbaar voor matching."
                ).format(fase=label(first.stage))
            )
        lines += list(first.screening_blockers)
        if all(o.offer_id is None for o in offers):
            lines.append(self.tr("Het gezin heeft nog geen aanbod opgegeven (pagina Gezinnen)."))
        for offer in offers:
            if offer.offer_id is None or offer.care_form is None:
                continue
            text = self.tr(
                "Aanbod {zorgvorm}: {n} vrije plek(ken), {van} tot en met {tot} jaar"
            ).format(
                zorgvorm=label(offer.care_form),
                n=offer.free_places,
                van=offer.age_min,
                tot=offer.age_max,
            )
            if offer.paused:
                text += self.tr(" (gepauzeerd)")
            lines.append(text)
        return bullets(lines)

    def _show_fits(self, name: str, fits: list[sm.ChildFit]) -> None:
        self.fits = fits
        if len(fits) == 1:
            text = self.tr("{gezin}: 1 wachtend kind past.").format(gezin=name)
        elif fits:
            text = self.tr("{gezin}: {n} wachtende kinderen passen, best passend eerst.").format(
                gezin=name, n=len(fits)
            )
        else:
            text = self.tr(
                "{gezin}: nu past geen wachtend kind. Kijk bij een kind onder 'Niet op de "
                "lijst' waarom dit gezin afvalt."
            ).format(gezin=name)
        set_text(self.summary, text)
        rows = []
        for fit in fits:
            c = fit.candidate
            rows.append(
                (
                    fit.child,
                    ", ".join(fit.siblings),
                    format_score(c.score),
                    format_distance(c.distance_km.get("school")),
                    format_distance(c.distance_km.get("home")),
                    label(c.care_form) if c.care_form else "",
                    str(c.free_capacity),
                )
            )
        self.fit_model.set_rows(rows, [f.child for f in fits])
        fit_columns(self.fit_table)
        if rows:
            select_row(self.fit_table, 0)
        else:
            set_text(self.fit_heading, self.tr("Geen kinderen"))
            set_text(self.fit_explanation, "")
            for button in (self.fit_propose, self.fit_open):
                button.setEnabled(False)

    def current_fit(self) -> sm.ChildFit | None:
        index = self.fit_table.currentIndex()
        return self.fits[index.row()] if index.isValid() and index.row() < len(self.fits) else None

    def _fit_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        fit = self.current_fit()
        if fit is None:
            return
        set_text(
            self.fit_heading,
            self.tr("Kind {code}: score {score}").format(
                code=fit.child, score=format_score(fit.candidate.score)
            ),
        )
        set_text(self.fit_explanation, bullets(fit.candidate.explanation))
        for button in (self.fit_propose, self.fit_open):
            button.setEnabled(True)

    def _open_current_child(self) -> None:
        fit = self.current_fit()
        if fit is not None:
            self.open_child.emit(fit.child)

    def propose_current(self) -> QWidget | None:
        fit = self.current_fit()
        if fit is None or self.household_id is None:
            return None
        household_id = self.household_id
        name = self.household_edit.text().rsplit(" · ", 1)[0]

        def done(_result: Any) -> None:
            self.pool.invalidate()
            self.bar.show_message(
                self.tr("Kind {code} is voorgesteld aan {gezin}.").format(
                    code=fit.child, gezin=name
                ),
                "success",
            )
            self.show_household(household_id)
            self.changed.emit()

        self.dialog = open_propose(
            self,
            self.ctx,
            fit.child,
            household_id,
            name,
            fit.candidate.offer_id,
            fit.candidate.score,
            fit.siblings,
            done,
        )
        return self.dialog
