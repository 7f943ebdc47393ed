"""The lower boxes of the request detail panel: the consent (what, when, which version of
the privacy text) and the dated status history, each with what it shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import label
from utregs_plekkie.gui.households.widgets import hint
from utregs_plekkie.storage import lists
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.requests import HistoryEntry

translate = QCoreApplication.translate

OVERDUE_STYLE = "color: #9c1c14; font-weight: bold;"


class ConsentBox(QGroupBox):
    """Toestemming: contact and storage yes or no, when, the text version and the text
    shown; a withdrawal in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestDetail", "Toestemming"), parent)
        layout = QVBoxLayout(self)
        self.consent = QLabel(self)
        self.consent.setObjectName("consentLabel")
        self.consent.setWordWrap(True)
        self.consent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_text = hint("", self)
        self.consent_text.setObjectName("consentText")
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_text)

    def show_consent(self, record: m.InfoRequest, text: str | None) -> None:
        yes, no = translate("RequestDetail", "ja"), translate("RequestDetail", "nee")
        if record.consent_at is None and not (record.consent_contact or record.consent_store):
            line = translate("RequestDetail", "Geen toestemming vastgelegd.")
        else:
            line = translate(
                "RequestDetail",
                "Contact opnemen: {contact} · gegevens bewaren: {store} · gegeven op {when} · "
                "tekst versie {version}",
            ).format(
                contact=yes if record.consent_contact else no,
                store=yes if record.consent_store else no,
                when=lists.format_datetime(record.consent_at) or "—",
                version=record.consent_text_version or "—",
            )
        if record.consent_withdrawn_at is not None:
            line += "\n" + translate(
                "RequestDetail", "Ingetrokken op {when}: geen contact meer opnemen."
            ).format(when=lists.format_datetime(record.consent_withdrawn_at))
        self.consent.setText(line)
        self.consent.setAccessibleName(line)
        self.consent.setStyleSheet(OVERDUE_STYLE if record.consent_withdrawn_at else "")
        if text:
            shown = translate("RequestDetail", "Getoonde tekst: “{text}”").format(text=text)
            self.consent_text.setText(shown)
            self.consent_text.setAccessibleName(shown)
            self.consent_text.show()
        else:
            self.consent_text.hide()


class HistoryBox(QGroupBox):
    """Geschiedenis: every status step with its date and notes, newest first, including
    those of requests merged into this one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestDetail", "Geschiedenis"), parent)
        layout = QVBoxLayout(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(translate("RequestDetail", "Geschiedenis van de status"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                translate("RequestDetail", "Datum"),
                translate("RequestDetail", "Status"),
                translate("RequestDetail", "Toelichting"),
            ]
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)
        layout.addWidget(self.list)

    def show_history(self, history: list[HistoryEntry]) -> None:
        self.list.clear()
        for entry in reversed(history):  # newest first
            step = (
                f"{label(entry.from_status)} → {label(entry.to_status)}"
                if entry.from_status is not None
                else label(entry.to_status)
            )
            notes = []
            if entry.reason_label:
                notes.append(entry.reason_label)
            if entry.next_contact_on is not None:
                notes.append(
                    translate("RequestDetail", "opnieuw contact op {date}").format(
                        date=lists.format_date(entry.next_contact_on)
                    )
                )
            if entry.note:
                notes.append(entry.note)
            if entry.from_merged_request:
                notes.append(
                    translate("RequestDetail", "(uit aanvraag {id})").format(id=entry.request_id)
                )
            item = QTreeWidgetItem([lists.format_datetime(entry.at), step, "; ".join(notes)])
            item.setToolTip(2, "; ".join(notes))
            self.list.addTopLevelItem(item)

    def history_lines(self) -> list[tuple[str, str, str]]:
        """The history as shown (newest first): date, step, notes."""
        return [
            (item.text(0), item.text(1), item.text(2))
            for item in (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
            if item is not None
        ]
