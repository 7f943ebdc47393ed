"""Many packs into one PDF, with progress and cancel.

A batch is one ReportLab document. What many packs share (the overleaf page, most
of the letter, the sender's letterhead) is laid out once per document and placed
by reference (see ``layout.CachedBlock``), so a batch costs little more than the
personal parts: 1,000 information packs take about 1.2 s of processor time, less
than a bare ReportLab document of the same 2,000 pages of plain text (measured by
``utregs-plekkie bench packs``).

Rendering chunks in worker processes and joining them with pypdf was measured too
and is kept out: on two cores it was several times *slower* (starting the workers,
every chunk laying out the shared blocks again, and pypdf copying 2,000 pages cost
far more than the rendering itself).

``progress(done, total)`` is called as packs get laid out; returning ``False``
cancels. A cancelled batch writes nothing (not even a partial file), and since
marking packs as sent is a separate step that callers take only after a finished
batch, it marks nothing.
"""

from __future__ import annotations

import io
import os
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.platypus import NextPageTemplate, PageBreak

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.packs.content import MissingField, PackSettings, join_words
from utregs_plekkie.packs.info_pack import InfoPackData, info_pack_content, info_pack_story
from utregs_plekkie.packs.intake_pack import (
    IntakePackData,
    intake_pack_content,
    intake_pack_story,
)
from utregs_plekkie.packs.layout import PackDocTemplate

__all__ = [
    "BatchResult",
    "ProgressCallback",
    "missing_fields",
    "render_info_packs",
    "render_intake_packs",
    "write_atomically",
]

ProgressCallback = Callable[[int, int], bool]
Kind = Literal["info", "intake"]


class _Cancelled(Exception):
    pass


@dataclass(frozen=True)
class BatchResult:
    """What a batch produced. ``path`` is ``None`` when it was cancelled."""

    path: Path | None
    packs: int
    pages: int
    cancelled: bool = False
    missing: tuple[MissingField, ...] = ()
    seconds: float = 0.0


def missing_fields(
    packs: Sequence[InfoPackData | IntakePackData], settings: PackSettings
) -> list[MissingField]:
    """Everything the packs would print as ``‹ontbreekt: …›``: show it before printing."""
    found: list[MissingField] = []
    for data in packs:
        if isinstance(data, InfoPackData):
            found.extend(info_pack_content(data, settings).missing)
        else:
            found.extend(intake_pack_content(data, settings).missing)
    return found


def render_info_packs(
    packs: Sequence[InfoPackData],
    settings: PackSettings,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """Personalised information packs, one after another, in one PDF at ``out``."""
    return _render("info", packs, settings, out, progress=progress)


def render_intake_packs(
    packs: Sequence[IntakePackData],
    settings: PackSettings,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """Intake packs (usually one household) in one PDF at ``out``."""
    return _render("intake", packs, settings, out, progress=progress)


# --------------------------------------------------------------------------- internals


def _metadata(kind: Kind, packs: Sequence[Any], settings: PackSettings) -> dict[str, str]:
    text = settings.text
    authors = sorted({settings.organisation(p.organisation).name or p.organisation for p in packs})
    if kind == "info":
        if len(packs) == 1:
            title = text("label.informatiepakket_voor").replace("{naam}", packs[0].full_name or "?")
        else:
            title = text("label.informatiepakketten").replace("{aantal}", _thousands(len(packs)))
        subject = text("info.onderwerp")
    else:
        if len(packs) == 1:
            title = text("label.intakepakket_voor").replace("{gezin}", packs[0].household_name)
        else:
            title = text("label.intakepakketten").replace("{aantal}", _thousands(len(packs)))
        subject = text("intake.onderwerp")
    return {"title": title, "author": join_words(authors) or "Utregs Plekkie", "subject": subject}


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _build(
    kind: Kind,
    packs: Sequence[Any],
    settings: PackSettings,
    target: Any,
    metadata: dict[str, str],
    *,
    on_pack: Callable[[int], None] | None = None,
) -> tuple[int, list[MissingField]]:
    """Lay ``packs`` out as one document into ``target``; (pages, missing fields)."""
    doc = PackDocTemplate(
        target,
        title=metadata["title"],
        author=metadata["author"],
        subject=metadata["subject"],
        on_pack=on_pack,
    )
    story: list[Any] = []
    missing: list[MissingField] = []
    width = doc.text_width
    for offset, data in enumerate(packs):
        if offset:
            story.append(NextPageTemplate("brief"))
            story.append(PageBreak())
        if kind == "info":
            info = info_pack_content(data, settings)
            story.extend(info_pack_story(info, offset, width))
            missing.extend(info.missing)
        else:
            intake = intake_pack_content(data, settings)
            story.extend(intake_pack_story(intake, offset, width))
            missing.extend(intake.missing)
    doc.build(story)
    return doc.page, missing


def _render(
    kind: Kind,
    packs: Sequence[Any],
    settings: PackSettings,
    out: Path,
    *,
    progress: ProgressCallback | None,
) -> BatchResult:
    started = time.perf_counter()
    total = len(packs)
    if total == 0:
        raise UserError(_("Er zijn geen pakketten om te maken: kies eerst een of meer aanvragen."))
    out = Path(out)
    metadata = _metadata(kind, packs, settings)
    report = progress or (lambda done, total: True)
    if not report(0, total):
        return _cancelled(started)

    def on_pack(index: int) -> None:
        if index and not report(index, total):
            raise _Cancelled

    result: dict[str, tuple[int, list[MissingField]]] = {}

    def write(handle: io.BufferedWriter) -> None:
        result["value"] = _build(kind, packs, settings, handle, metadata, on_pack=on_pack)
        # Asked before the file takes its place: a cancel at the very end still
        # leaves nothing behind.
        if not report(total, total):
            raise _Cancelled

    try:
        write_atomically(out, write)
    except _Cancelled:
        return _cancelled(started)
    pages, missing = result["value"]
    return BatchResult(
        path=out,
        packs=total,
        pages=pages,
        missing=tuple(missing),
        seconds=time.perf_counter() - started,
    )


def _cancelled(started: float) -> BatchResult:
    return BatchResult(
        path=None, packs=0, pages=0, cancelled=True, seconds=time.perf_counter() - started
    )


def write_atomically(out: Path, write: Callable[[io.BufferedWriter], None]) -> None:
    """Write a file through a temporary file beside it: all of it, or nothing.

    An existing file at ``out`` is replaced only once the new one is complete.
    """
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            _(
                "De map {folder} bestaat niet. Kies een bestaande map om het PDF-bestand "
                "in op te slaan."
            ).format(folder=folder)
        )
    # Opened like any new file (so the user's umask applies, unlike mkstemp's 0600),
    # under a name nobody else uses.
    temp_path = folder / f".{out.name}.{secrets.token_hex(6)}.tmp"
    try:
        handle = open(temp_path, "xb")  # noqa: SIM115 - closed below, in every case
    except OSError as exc:
        raise UserError(
            _("Kan niet schrijven in de map {folder} ({reason}). Kies een andere map.").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    try:
        with handle:
            write(handle)
        os.replace(temp_path, out)
    except BaseException as exc:
        temp_path.unlink(missing_ok=True)
        if isinstance(exc, PermissionError | IsADirectoryError):
            raise UserError(
                _(
                    "Kan {path} niet opslaan ({reason}). Sluit het bestand als het open staat, "
                    "of kies een andere naam."
                ).format(path=out, reason=exc.strerror or exc)
            ) from exc
        raise
