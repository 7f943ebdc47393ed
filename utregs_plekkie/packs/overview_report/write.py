"""The overview as a PDF report for a management meeting (ReportLab, Dutch, dated).

A title page with the period, provider and key figures and a short reading guide,
then one section per part of the Overzicht page: the funnel (bar chart and table, with
drop-outs and their reasons), what each channel and event brought (bar charts), the
months (line charts), supply against demand on a map of the city coloured by shortage,
the funnel per wijk, and the follow-up figures. Every figure is in a table; the tables
are exactly those of the page and the exports (:func:`core.overview.overview_tables`),
so children's figures below 5 read "<5" here too, and charts never draw a bar for one.

The text is set in the packs' DejaVu Sans (:mod:`utregs_plekkie.packs.fonts`),
embedded, so every Dutch letter prints and the text can be searched and copied.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
)

from utregs_plekkie import __version__
from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.overview import (
    Overview,
    OverviewCancelled,
)
from utregs_plekkie.packs.overview_report.pages import (
    NumberedCanvas,
    draw_header,
    draw_title_band,
    report_story,
)
from utregs_plekkie.packs.overview_report.style import (
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    ReportProgress,
    ReportStyles,
)


def report_file_name(overview: Overview) -> str:
    """A file name that says what is in it, e.g. ``overzicht-2025-12-01-2026-11-30.pdf``."""
    f = overview.filter
    parts = ["overzicht", f.period_from.isoformat(), f.period_to.isoformat()]
    if f.provider is not None:
        parts.append(f.provider.value)
    if f.wijk_code is not None:
        parts.append((f.wijk or f.wijk_code).lower().replace(" ", "-"))
    return "-".join(parts) + ".pdf"


def write_overview_report(
    overview: Overview,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    progress: ReportProgress | None = None,
) -> int:
    """Write the report; returns the number of pages.

    ``target`` is a file name (written beside it first and then renamed, so a failed
    report never leaves half a file) or a binary stream. ``progress(done, total)`` is
    called per section; returning False stops with :class:`OverviewCancelled`.
    """
    styles = ReportStyles()
    total_steps = 7
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, total_steps) is False:
            raise OverviewCancelled()

    f = overview.filter
    period = _("{van} t/m {tot}").format(
        van=f.period_from.strftime("%d-%m-%Y"), tot=f.period_to.strftime("%d-%m-%Y")
    )
    made = overview.computed_at.astimezone(clock.LOCAL_TZ)
    header_text = _("Overzicht werving · {periode} · {aanbieder}").format(
        periode=period, aanbieder=f.provider_text()
    )
    footer_text = _("Gemaakt {datum} · Vertrouwelijk · Utregs Plekkie {versie}").format(
        datum=made.strftime("%d-%m-%Y %H:%M"), versie=__version__
    )
    if progress is not None and progress(0, total_steps) is False:
        raise OverviewCancelled()
    story = report_story(overview, styles, step)

    def build(stream: BinaryIO) -> int:
        document = BaseDocTemplate(
            stream,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=_("Overzicht werving en matching {periode}").format(periode=period),
            author="Utregs Plekkie",
            subject=_("Trechter, kanalen, vraag en aanbod, opvolging: {filter}").format(
                filter=f.describe()
            ),
            creator=f"Utregs Plekkie {__version__}",
            lang="nl-NL",
        )
        document.header_text = header_text
        frame = Frame(
            MARGIN, 18 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 36 * mm, id="body", showBoundary=0
        )
        document.addPageTemplates(
            [
                PageTemplate(id="title", frames=[frame], onPage=draw_title_band),
                PageTemplate(id="page", frames=[frame], onPage=draw_header),
            ]
        )

        class Numbered(NumberedCanvas):
            pass

        Numbered.footer_text = footer_text
        document.build(story, canvasmaker=Numbered)
        pages: int = document.page
        return pages

    if isinstance(target, (str, os.PathLike)):
        pages = _write_atomic(Path(target), build)
    else:
        pages = build(target)
    step()
    return pages


def _write_atomic(path: Path, build: Callable[[BinaryIO], int]) -> int:
    if path.is_dir():
        raise UserError(_("'{pad}' is een map. Geef een bestandsnaam op.").format(pad=path))
    if not path.parent.exists():
        raise UserError(
            _("De map '{map}' bestaat niet. Kies een bestaande map.").format(map=path.parent)
        )
    buffer = io.BytesIO()
    pages = build(buffer)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(temp_name, path)
    except PermissionError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp_name)
        raise UserError(
            _(
                "Kan '{pad}' niet schrijven. Is het bestand nog open in een PDF-lezer? Sluit "
                "het en probeer het opnieuw."
            ).format(pad=path)
        ) from None
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp_name)
        raise UserError(
            _("Kan '{pad}' niet schrijven: {reden}").format(pad=path, reden=exc.strerror or exc)
        ) from None
    return pages
