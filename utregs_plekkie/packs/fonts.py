"""The typeface of the packs: DejaVu Sans, shipped with the program and embedded.

The PDF standard fonts (Helvetica and friends) cover only Latin-1: no ``ĳ``, and no
guarantee the reader's viewer or printer has the same metrics. DejaVu Sans has every
letter Dutch names use (é ë ï ĳ ü ç ş ...), is a plain sans-serif as PostNL asks for
printed addresses, and its licence (``resources/fonts/LICENSE-DejaVu.txt``) allows
shipping it. ReportLab embeds the subset of glyphs a document uses, with a ToUnicode
map, so the text stays selectable and extractable.

Registration reads the font files once per process (``register_fonts`` is cheap to
call again and safe from several threads).
"""

from __future__ import annotations

import io
import threading
from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "FONT_BOLD",
    "FONT_FAMILY",
    "FONT_FILES",
    "FONT_ITALIC",
    "FONT_REGULAR",
    "register_fonts",
]

FONT_FAMILY = "PlekkieSans"
FONT_REGULAR = "PlekkieSans"
FONT_BOLD = "PlekkieSans-Bold"
FONT_ITALIC = "PlekkieSans-Oblique"

#: Registered name -> file in ``resources/fonts``.
FONT_FILES: dict[str, str] = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make the pack fonts known to ReportLab (once per process)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = files("utregs_plekkie.resources") / "fonts"
        for name, filename in FONT_FILES.items():
            # Read as bytes: works from a wheel or zip as well as from a folder.
            data = (folder / filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        # <b> and <i> in paragraph markup pick the right face. There is no bold
        # oblique file; bold is the closer of the two for the rare <b><i>.
        addMapping(FONT_FAMILY, 0, 0, FONT_REGULAR)
        addMapping(FONT_FAMILY, 1, 0, FONT_BOLD)
        addMapping(FONT_FAMILY, 0, 1, FONT_ITALIC)
        addMapping(FONT_FAMILY, 1, 1, FONT_BOLD)
        _registered = True
