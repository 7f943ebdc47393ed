"""A block drawn once and reused on every pack that prints it the same."""

from __future__ import annotations

import contextvars
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from utregs_plekkie.packs.layout.parts import draw_stack, stack_height

link_sink: contextvars.ContextVar[list[tuple[str, tuple[float, float, float, float]]] | None] = (
    contextvars.ContextVar("plekkie_link_sink", default=None)
)


@dataclass
class _CachedForm:
    height: float
    links: list[tuple[str, tuple[float, float, float, float]]]


# (key, width) -> measured height; per process. The form itself lives per document.
_block_heights: dict[tuple[str, float], float] = {}
_block_lock = threading.Lock()


class CachedBlock(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A block that is the same in many packs, laid out and drawn once per document.

    The first time a document places the block it is drawn into a form (a PDF
    XObject); every further pack places that form by reference. Text in a form is
    ordinary text: it prints, can be selected and is extracted like any other. In a
    batch this saves most of the layout time of the pages that do not change from
    person to person, and makes the file much smaller.

    ``key`` must identify the content exactly (callers hash every text that goes in);
    ``build`` makes the flowables (plain ones that stack: no page-break hints), only
    when they are needed. If the block does not fit where it falls, it splits into
    ``flowing()`` (default: ``build()``), which then flows and breaks across pages as
    usual.
    """

    def __init__(
        self,
        key: str,
        build: Callable[[], list[Flowable]],
        width: float,
        *,
        flowing: Callable[[], list[Flowable]] | None = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.key = key
        self.build = build
        self.flowing = flowing or build
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.width = width
        self.height = 0.0
        self._content: list[Flowable] | None = None
        self._form = "blk" + hashlib.sha1(f"{key} {width:.3f}".encode()).hexdigest()[:20]

    def _flowables(self) -> list[Flowable]:
        if self._content is None:
            self._content = self.build()
        return self._content

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cache_key = (self.key, round(self.width, 3))
        height = _block_heights.get(cache_key)
        if height is None:
            height = stack_height(self._flowables(), self.width)
            with _block_lock:
                _block_heights[cache_key] = height
        self.height = height
        return self.width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Fresh flowables (the measured ones hold layout state), with page-break hints.
        return list(self.flowing())

    def draw(self) -> None:
        canv = self.canv
        doc_forms: dict[str, _CachedForm] = canv.__dict__.setdefault("_plekkie_forms", {})
        form = doc_forms.get(self._form)
        if form is None:
            content = self._flowables()
            stack_height(content, self.width)  # (re)wrap in this process and width
            links: list[tuple[str, tuple[float, float, float, float]]] = []
            token = link_sink.set(links)
            try:
                canv.beginForm(self._form, 0, 0, self.width, self.height)
                draw_stack(canv, content, 0, self.height)
                canv.endForm()
            finally:
                link_sink.reset(token)
            form = _CachedForm(self.height, links)
            doc_forms[self._form] = form
        canv.doForm(self._form)
        for url, rect in form.links:
            canv.linkURL(url, rect, relative=1, thickness=0)
        self._content = None  # let the flowables go; the form holds the drawing
