"""The QR code a pack prints next to a web address."""

from __future__ import annotations

import hashlib
from functools import lru_cache

import qrcode
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from utregs_plekkie.packs.layout.cached import link_sink

# --------------------------------------------------------------------------- QR code


@lru_cache(maxsize=32)
def _qr_runs(url: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``url`` as (size in modules, dark runs (row, first column, length))."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs: list[tuple[int, int, int]] = []
    for row, cells in enumerate(matrix):
        col = 0
        while col < len(cells):
            if cells[col]:
                start = col
                while col < len(cells) and cells[col]:
                    col += 1
                runs.append((row, start, col - start))
            else:
                col += 1
    return len(matrix), tuple(runs)


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A vector QR code that is also a link to ``url`` (for readers on screen)."""

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canv = self.canv
        # Drawn once per document as a form (XObject) and placed by reference: a QR
        # code is hundreds of rectangles, and a batch has one per pack.
        name = "qr" + hashlib.sha1(f"{self.url} {self.size:.3f}".encode()).hexdigest()[:16]
        if not canv.hasForm(name):
            canv.beginForm(name, 0, 0, self.size, self.size)
            self._draw_modules(canv)
            canv.endForm()
        canv.doForm(name)
        sink = link_sink.get()
        if sink is not None:
            # Inside a cached block's form: annotations belong to pages, so the block
            # adds the link itself each time it is placed.
            x, y = canv.absolutePosition(0, 0)
            sink.append((self.url, (x, y, x + self.size, y + self.size)))
        else:
            canv.linkURL(self.url, (0, 0, self.size, self.size), relative=1, thickness=0)

    def _draw_modules(self, canv: Canvas) -> None:
        modules, runs = _qr_runs(self.url)
        quiet = 2  # modules of white around the code inside our box
        unit = self.size / (modules + 2 * quiet)
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        path = canv.beginPath()
        top = self.size - quiet * unit
        for row, col, length in runs:
            path.rect((quiet + col) * unit, top - (row + 1) * unit, length * unit, unit)
        canv.drawPath(path, stroke=0, fill=1)
