"""The search box and filters above the Aanvragen list.

Typing searches as you type: each keystroke restarts a short timer (150 ms), so a
name typed quickly is one query, not one per letter; Enter searches at once. The
search reads names (a word of the name starting with what was typed), e-mail
addresses, phone numbers and postcodes (``core.requests.classify_search``).

The filters are buttons with a menu of choices; several choices of one filter mean
"any of these" (status nieuw or gebeld). They apply immediately, as do the date
range and "opvolgen vandaag of te laat". A date that is not a date stays in its
field, with a message beside the filters, and is not applied until it is one.
Everything ends up in one :class:`RequestQuery`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from utregs_plekkie.core.enums import Interest, Provider, RequestStatus, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.gui.households.widgets import DateField, FlowLayout
from utregs_plekkie.storage.requests import WIJK_OUTSIDE, RequestQuery

#: Milliseconds between the last keystroke and the search.
DEBOUNCE_MS = 150
#: The value that stands for "no provider yet" in the provider filter.
NO_PROVIDER = "-"


class StickyMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several."""

    def _toggle_active(self) -> bool:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return True
        return False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._toggle_active():
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and self._toggle_active():
            return
        super().keyPressEvent(event)


class ChoiceButton(QToolButton):
    """A filter: a button whose menu holds the choices; its text says what is chosen."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_ = StickyMenu(self)
        self.setMenu(self.menu_)
        self._actions: dict[str, QAction] = {}
        self._update_text()

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Replace the choices (value, caption); ticked values that remain stay ticked."""
        kept = set(self.values())
        self.menu_.clear()
        self._actions = {}
        everything = self.menu_.addAction(
            QCoreApplication.translate("RequestFilters", "Alles tonen")
        )
        everything.triggered.connect(self.clear)
        self.menu_.addSeparator()
        for value, caption in choices:
            action = self.menu_.addAction(caption)
            action.setCheckable(True)
            action.setChecked(value in kept)
            action.setData(value)
            action.toggled.connect(self._toggled)
            self._actions[value] = action
        self._update_text()

    def captions(self) -> dict[str, str]:
        return {value: action.text() for value, action in self._actions.items()}

    def values(self) -> list[str]:
        return [value for value, action in self._actions.items() if action.isChecked()]

    def set_values(self, values: Sequence[str], *, quiet: bool = False) -> None:
        wanted = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._update_text()
        if not quiet:
            self.changed.emit()

    def clear(self) -> None:
        if self.values():
            self.set_values([])

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [self._actions[v].text() for v in self.values()]
        if not chosen:
            text = QCoreApplication.translate("RequestFilters", "{name}: alle").format(
                name=self.name
            )
        elif len(chosen) == 1:
            text = f"{self.name}: {chosen[0]}"
        else:
            text = QCoreApplication.translate("RequestFilters", "{name}: {n} gekozen").format(
                name=self.name, n=len(chosen)
            )
        self.setText(text)
        full = f"{self.name}: " + (", ".join(chosen) if chosen else self.text())
        self.setToolTip(full if chosen else "")
        self.setAccessibleName(
            QCoreApplication.translate("RequestFilters", "Filter {name}").format(name=self.name)
        )
        self.setAccessibleDescription(self.text())
        # A chosen filter stands out, so a list that seems short explains itself.
        font = self.font()
        font.setBold(bool(chosen))
        self.setFont(font)


class RequestFilterBar(QWidget):
    """Search text and filters; emits the new :class:`RequestQuery` when they change."""

    query_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=8)

        self.search = QLineEdit(self)
        self.search.setObjectName("requestSearch")
        self.search.setPlaceholderText(self.tr("Zoek op naam, e-mail, telefoon of postcode"))
        self.search.setAccessibleName(self.tr("Zoeken in aanvragen"))
        self.search.setToolTip(self.tr("Zoeken terwijl u typt (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40
        )
        layout.addWidget(self.search)

        self.status = ChoiceButton(self.tr("Status"), self)
        self.status.setObjectName("filterStatus")
        self.status.set_choices((s.value, label(s)) for s in RequestStatus)
        self.interest = ChoiceButton(self.tr("Interesse"), self)
        self.interest.setObjectName("filterInterest")
        self.interest.set_choices((i.value, label(i)) for i in Interest)
        self.source = ChoiceButton(self.tr("Bron"), self)
        self.source.setObjectName("filterSource")
        self.source.set_choices((s.value, label(s)) for s in Source)
        self.event_choice = ChoiceButton(self.tr("Evenement"), self)
        self.event_choice.setObjectName("filterEvent")
        self.wijk = ChoiceButton(self.tr("Wijk"), self)
        self.wijk.setObjectName("filterWijk")
        wijken = [(code, name) for code, name, _provider in sorted(WIJKEN, key=lambda w: w[1])]
        self.wijk.set_choices([*wijken, (WIJK_OUTSIDE, self.tr("buiten de stad"))])
        self.provider = ChoiceButton(self.tr("Aanbieder"), self)
        self.provider.setObjectName("filterProvider")
        self.provider.set_choices(
            [(p.value, label(p)) for p in Provider] + [(NO_PROVIDER, self.tr("nog geen"))]
        )
        self.choices = [
            self.status,
            self.interest,
            self.source,
            self.event_choice,
            self.wijk,
            self.provider,
        ]
        for button in self.choices:
            layout.addWidget(button)
            button.changed.connect(self._emit_now)
        self._no_events()

        self.received_from = DateField("received_from", self)
        self.received_from.setObjectName("receivedFrom")
        self.received_from.setPlaceholderText(self.tr("ontvangen vanaf"))
        self.received_from.setAccessibleName(self.tr("Ontvangen vanaf (dd-mm-jjjj)"))
        self.received_from.setToolTip(self.tr("Ontvangen vanaf deze datum (dd-mm-jjjj)"))
        self.received_until = DateField("received_until", self)
        self.received_until.setObjectName("receivedUntil")
        self.received_until.setPlaceholderText(self.tr("tot en met"))
        self.received_until.setAccessibleName(self.tr("Ontvangen tot en met (dd-mm-jjjj)"))
        self.received_until.setToolTip(self.tr("Ontvangen tot en met deze datum (dd-mm-jjjj)"))
        for field in (self.received_from, self.received_until):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("ontvangen vanaf") + 48)
            layout.addWidget(field)
            field.editingFinished.connect(self._emit_now)
            field.returnPressed.connect(self._emit_now)

        self.due = QCheckBox(self.tr("Opvolgen vandaag of te laat"), self)
        self.due.setObjectName("filterDue")
        self.due.setToolTip(
            self.tr(
                "Alleen open aanvragen waarvan de opvolgdatum vandaag is of al voorbij "
                "(de reactienorm)"
            )
        )
        layout.addWidget(self.due)
        self.due.toggled.connect(self._emit_now)

        self.clear_button = QPushButton(self.tr("Wissen"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("Zoektekst en filters wissen"))
        self.clear_button.setAccessibleName(self.tr("Zoektekst en filters wissen"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        self.date_error = QLabel(self)
        self.date_error.setObjectName("filterError")
        self.date_error.setStyleSheet("color: #b3261e;")
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        layout.addWidget(self.date_error)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._emit_now)
        self._last = RequestQuery()
        self._quiet = False

    # ----------------------------------------------------------------- events

    def _no_events(self) -> None:
        self.event_choice.set_choices([])
        self.event_choice.menu_.addAction(self.tr("(nog geen evenementen)")).setEnabled(False)

    def set_events(self, events: Sequence[tuple[int, str]]) -> None:
        """The events to filter on: (id, caption), newest first."""
        if not events:
            self._no_events()
            return
        self.event_choice.set_choices((str(event_id), caption) for event_id, caption in events)

    # ----------------------------------------------------------------- query

    def _dates(self) -> tuple[date | None, date | None]:
        """The date range typed; a wrong date is shown and left out (``None``)."""
        problems: list[str] = []
        values: list[date | None] = []
        for field in (self.received_from, self.received_until):
            try:
                values.append(field.value())
                field.setStyleSheet("")
            except ValidationError as error:
                values.append(None)
                problems.append(error.message)
                field.setStyleSheet("border: 2px solid #b3261e;")
        start, end = values
        if start is not None and end is not None and end < start:
            problems.append(
                self.tr("De einddatum ligt vóór de begindatum. Verwissel de twee datums.")
            )
        self.date_error.setText(" ".join(problems))
        self.date_error.setAccessibleName(self.date_error.text())
        self.date_error.setVisible(bool(problems))
        return start, end

    def query(self) -> RequestQuery:
        """The query the controls describe now."""
        start, end = self._dates()
        providers: set[Provider | None] = set()
        for value in self.provider.values():
            providers.add(None if value == NO_PROVIDER else Provider(value))
        return RequestQuery(
            text=self.search.text(),
            statuses=frozenset(RequestStatus(v) for v in self.status.values()),
            interests=frozenset(Interest(v) for v in self.interest.values()),
            sources=frozenset(Source(v) for v in self.source.values()),
            event_ids=frozenset(int(v) for v in self.event_choice.values()),
            wijk_codes=frozenset(self.wijk.values()),
            providers=frozenset(providers),
            received_from=start,
            received_until=end,
            follow_up_due=self.due.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.query() != RequestQuery()

    def is_pending(self) -> bool:
        """Whether a typed search is waiting for its timer."""
        return self._timer.isActive()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.search.clear()
            for button in self.choices:
                button.set_values([], quiet=True)
            self.received_from.clear()
            self.received_until.clear()
            self.due.setChecked(False)
        finally:
            self._quiet = False
        self._emit_now()

    def show_today(self) -> RequestQuery:
        """The "vandaag" view: only what is due today or overdue, no other filters.

        The controls change quietly; the caller applies the returned query (together
        with the order, in one reload)."""
        self._quiet = True
        try:
            self._timer.stop()
            self.search.clear()
            for button in self.choices:
                button.set_values([], quiet=True)
            self.received_from.clear()
            self.received_until.clear()
            self.due.setChecked(True)
        finally:
            self._quiet = False
        self._last = self.query()
        return self._last

    def _emit_now(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        query = self.query()
        if query != self._last:
            self._last = query
            self.query_changed.emit(query)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
