"""A printable attendance list (presentielijst) for an event, as PDF.

One A4 page (or more) with the event, then one row per person registered (and after
them those only invited), a box to tick and a column to sign, and a few empty rows
for people who walk in. The font is embedded (DejaVu Sans via ``packs.fonts``), so
names like Aïcha, Çelik or IJzerman print as typed.

Privacy: the list lies on a table where visitors sign it, so by default it shows
names only. ``include_contact=True`` adds e-mail address and phone for a copy the
staff keep to themselves.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.validation import format_phone
from utregs_plekkie.packs.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.events import event_detail
from utregs_plekkie.storage.unit_of_work import unit_of_work

__all__ = [
    "AttendanceLine",
    "AttendanceSheet",
    "attendance_sheet",
    "render_attendance_pdf",
    "write_attendance_list",
]

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_INK = colors.HexColor("#1f2a30")
_PRIMARY = colors.HexColor("#1b5e6b")
_LINE = colors.HexColor("#9aa7ad")
_SHADE = colors.HexColor("#f6f0e7")


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    #: E-mail and phone; empty unless the sheet includes contact details.
    contact: str
    registered: bool
    attended: bool | None


@dataclass(frozen=True)
class AttendanceSheet:
    event_id: int
    title: str
    kind: str
    when: str
    location: str
    provider: str
    lines: tuple[AttendanceLine, ...]
    blank_rows: int
    include_contact: bool
    printed_at: datetime


def _when(starts_at: datetime, ends_at: datetime | None) -> str:
    start = starts_at.astimezone(clock.LOCAL_TZ)
    day = f"{_WEEKDAYS[start.weekday()]} {start.day} {_MONTHS[start.month - 1]} {start.year}"
    clock_time = f"{start.hour}.{start.minute:02d}"
    if ends_at is not None:
        end = ends_at.astimezone(clock.LOCAL_TZ)
        clock_time += f" – {end.hour}.{end.minute:02d}"
    return _("{day}, {time} uur").format(day=day, time=clock_time)


def attendance_sheet(
    db: Database, event_id: int, *, include_contact: bool = False, blank_rows: int = 8
) -> AttendanceSheet:
    """What the list shows: the event and everyone registered, then those invited."""
    detail = event_detail(db, event_id)
    data = detail.data
    lines = []
    for row in detail.registrations:
        contact = ""
        if include_contact:
            contact = "  ".join(
                p for p in (row.email, format_phone(row.phone) if row.phone else "") if p
            )
        lines.append(
            AttendanceLine(
                name=row.name,
                contact=contact,
                registered=row.registered_at is not None,
                attended=row.attended,
            )
        )
    return AttendanceSheet(
        event_id=detail.event_id,
        title=data.name,
        kind=label(data.kind),
        when=_when(data.starts_at, data.ends_at),
        location=data.location,
        provider=label(data.provider) if data.provider is not None else "",
        lines=tuple(lines),
        blank_rows=max(0, blank_rows),
        include_contact=include_contact,
        printed_at=clock.now(),
    )


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Writes "pagina x van y" once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.footer_left = ""

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        self.setFont(FONT_REGULAR, 8)
        self.setFillColor(_LINE)
        width, _height = A4
        self.drawString(18 * mm, 10 * mm, self.footer_left)
        self.drawRightString(
            width - 18 * mm,
            10 * mm,
            _("pagina {page} van {total}").format(page=self._pageNumber, total=total),
        )


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT_REGULAR, fontSize=10, leading=13, textColor=_INK)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, textColor=_PRIMARY
        ),
        "meta": ParagraphStyle("meta", parent=base, fontSize=10.5, leading=14),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=_LINE),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11, textColor=colors.white
        ),
    }


def _table(sheet: AttendanceSheet, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    cell, head = styles["cell"], styles["head"]
    headers = ["#", _("Naam")]
    widths = [10 * mm]
    if sheet.include_contact:
        headers.append(_("E-mail / telefoon"))
    headers += [_("Aangemeld"), _("Aanwezig"), _("Handtekening")]
    fixed = 25 * mm + 23 * mm + 40 * mm
    free = width - widths[0] - fixed
    if sheet.include_contact:
        widths += [free * 0.45, free * 0.55]
    else:
        widths += [free]
    widths += [25 * mm, 23 * mm, 40 * mm]
    data: list[list[Any]] = [[Paragraph(escape(h), head) for h in headers]]
    number = 0
    for line in sheet.lines:
        number += 1
        row: list[Any] = [str(number), Paragraph(escape(line.name), cell)]
        if sheet.include_contact:
            row.append(Paragraph(escape(line.contact), cell))
        ticked = "☒" if line.attended else "☐"
        row += [_("ja") if line.registered else _("nee"), ticked, ""]
        data.append(row)
    for _blank in range(sheet.blank_rows):
        number += 1
        row = [str(number), ""]
        if sheet.include_contact:
            row.append("")
        row += ["", "☐", ""]
        data.append(row)
    table = Table(data, colWidths=widths, repeatRows=1)
    tick_column = len(headers) - 2
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_REGULAR, 9.5),
                ("BACKGROUND", (0, 0), (-1, 0), _PRIMARY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _SHADE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
                ("BOX", (0, 0), (-1, -1), 0.6, _LINE),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("ALIGN", (tick_column - 1, 1), (tick_column, -1), "CENTER"),
                ("FONTSIZE", (tick_column, 1), (tick_column, -1), 13),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    return table


def render_attendance_pdf(sheet: AttendanceSheet, out: BinaryIO) -> None:
    """Write the attendance list of ``sheet`` as PDF to ``out``."""
    register_fonts()
    styles = _styles()
    printed = sheet.printed_at.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    footer = _("Presentielijst {title} · afgedrukt {when}").format(title=sheet.title, when=printed)
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=_("Presentielijst {title}").format(title=sheet.title),
        author="Utregs Plekkie",
        subject=sheet.kind,
    )
    registered = sum(1 for line in sheet.lines if line.registered)
    meta = [
        f"<b>{escape(sheet.kind.capitalize())}</b> · {escape(sheet.when)}",
    ]
    if sheet.location:
        meta.append(escape(_("Plaats: {place}").format(place=sheet.location)))
    if sheet.provider:
        meta.append(escape(_("Organisatie: {provider}").format(provider=sheet.provider)))
    meta.append(
        escape(
            _("{registered} aangemeld, {invited} alleen uitgenodigd").format(
                registered=registered, invited=len(sheet.lines) - registered
            )
        )
    )
    story: list[Any] = [
        Paragraph(escape(_("Presentielijst: {title}").format(title=sheet.title)), styles["title"]),
        Spacer(1, 3 * mm),
        *[Paragraph(line, styles["meta"]) for line in meta],
        Spacer(1, 5 * mm),
        _table(sheet, doc.width, styles),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                _(
                    "Vink aan wie er is. Wie niet op de lijst staat, schrijft zijn of haar naam "
                    "op een lege regel."
                )
            ),
            styles["small"],
        ),
    ]

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.footer_left = footer
        return canvas

    doc.build(story, canvasmaker=canvas_maker)


def write_attendance_list(
    db: Database,
    event_id: int,
    path: Path,
    *,
    include_contact: bool = False,
    blank_rows: int = 8,
    actor: Actor,
) -> Path:
    """Write the attendance list PDF to ``path`` (atomically) and log the print in
    ``actor``'s name (who must be allowed to work with events)."""
    require(actor, Permission.EVENTS)
    sheet = attendance_sheet(db, event_id, include_contact=include_contact, blank_rows=blank_rows)
    buffer = io.BytesIO()
    render_attendance_pdf(sheet, buffer)
    target = Path(path)
    _write_atomically(target, buffer.getvalue())
    with unit_of_work(db, actor, Permission.EVENTS, kind=_("evenement")) as uow:
        uow.audit(
            AuditAction.PRINT,
            "events",
            _("presentielijst: {n} personen{contact}").format(
                n=len(sheet.lines), contact=_(" met contactgegevens") if include_contact else ""
            ),
            entity_id=event_id,
        )
    return target


def _write_atomically(target: Path, data: bytes) -> None:
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".plekkie-", suffix=".pdf", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise UserError(
            _("Kan {path} niet schrijven ({reason}). Kies een andere map of bestandsnaam.").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
