"""What the packs dialogs share: numbers and dates as shown, coloured messages, the list
of missing data, and opening a dialog without blocking its caller."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
)

from utregs_plekkie.core import clock
from utregs_plekkie.packs.check import MissingSummary
from utregs_plekkie.packs.content import PackSettings
from utregs_plekkie.storage import lists

#: Lines in the list of missing data; the rest is summed up in one line.
MAX_MISSING_LINES = 200

STYLE = """
QLabel[level="warning"] { color: #8a4500; }
QLabel[level="error"] { color: #a61b1b; }
QLabel[level="done"] { color: #1f6b2c; }
QLabel#previewMessage { color: palette(placeholder-text); padding: 24px; }
"""


def number(value: int) -> str:
    return lists.format_number(value)


def pages_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("PacksDialog", "1 pagina")
    return QCoreApplication.translate("PacksDialog", "{n} pagina's").format(n=number(count))


def today_text() -> str:
    today = clock.today()
    return QLocale().toString(QDate(today.year, today.month, today.day), "d MMMM yyyy")


def set_level(label: QLabel, level: str, text: str) -> None:
    """Show ``text`` in ``label`` coloured for ``level`` ("", "warning", "error", "done")."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setProperty("level", level)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        width = min(width, int(room.width() * 0.94))
        height = min(height, int(room.height() * 0.92))
    dialog.resize(width, height)


# --------------------------------------------------------------------------- missing data


def describe_missing(missing: MissingSummary) -> list[str]:
    """Dutch lines saying what the packs miss.

    A sender's missing detail is one line for all its packs ("Afzender KOOS Utrecht:
    telefoon organisatie (in 412 pakketten)"); a person's missing data one line per
    pack. At most ``MAX_MISSING_LINES`` lines; the rest is summed up.
    """
    lines: list[str] = []
    for sender in missing.senders:
        if missing.total == 1:
            lines.append(
                QCoreApplication.translate("PacksDialog", "Afzender {name}: {fields}").format(
                    name=sender.name, fields=", ".join(sender.fields)
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "PacksDialog", "Afzender {name}: {fields} (in {n} pakketten)"
                ).format(name=sender.name, fields=", ".join(sender.fields), n=number(sender.packs))
            )
    for person in missing.people[:MAX_MISSING_LINES]:
        lines.append(
            QCoreApplication.translate("PacksDialog", "{subject}: {fields}").format(
                subject=person.subject, fields=", ".join(person.fields)
            )
        )
    if len(missing.people) > MAX_MISSING_LINES:
        lines.append(
            QCoreApplication.translate(
                "PacksDialog", "… en nog {n} pakketten met ontbrekende gegevens."
            ).format(n=number(len(missing.people) - MAX_MISSING_LINES))
        )
    return lines


def show_missing(widget: QListWidget, lines: Sequence[str]) -> None:
    widget.clear()
    widget.addItems(list(lines))
    widget.setVisible(bool(lines))
    widget.setAccessibleDescription(
        QCoreApplication.translate("PacksDialog", "{n} regels met ontbrekende gegevens").format(
            n=number(len(lines))
        )
    )


def missing_sentence(affected: int, total: int) -> str:
    if total == 1:
        return QCoreApplication.translate(
            "PacksDialog",
            "Let op: er ontbreken gegevens. Daar komt ‹ontbreekt: …› in het pakket te staan. "
            "Vul ze aan en maak het pakket opnieuw, of druk het zo af.",
        )
    return QCoreApplication.translate(
        "PacksDialog",
        "Let op: in {n} van de {total} pakketten ontbreken gegevens. Daar komt "
        "‹ontbreekt: …› te staan. Vul ze aan en maak de pakketten opnieuw, of druk ze zo af.",
    ).format(n=number(affected), total=number(total))


def examples_warning(settings: PackSettings, *, button: bool) -> str:
    """A warning while the senders are still the shipped example values."""
    if settings.organisations_checked:
        return ""
    if button:
        return QCoreApplication.translate(
            "PacksDialog",
            "De gegevens van de afzenders (naam, contactpersoon, telefoon, adres, website) "
            "zijn nog de voorbeeldwaarden van het programma. Controleer ze met ‘Afzenders en "
            "teksten…’ en sla ze op voordat u pakketten verstuurt.",
        )
    return QCoreApplication.translate(
        "PacksDialog",
        "De gegevens van de afzenders (naam, contactpersoon, telefoon, adres, website) zijn "
        "nog de voorbeeldwaarden van het programma. Controleer ze met Bestand → Instellingen "
        "informatiepakket… en sla ze op voordat u pakketten verstuurt.",
    )


# --------------------------------------------------------------------------- opening


def open_window_modal(dialog: QDialog) -> None:
    """Show ``dialog`` window-modal without blocking the caller; it deletes itself."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
