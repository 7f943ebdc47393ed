"""The look shared by all packs: page geometry and colours, type styles, QR codes, the
letter page and its document template, and the small parts a pack is built from.
"""

from utregs_plekkie.packs.layout.cached import CachedBlock
from utregs_plekkie.packs.layout.letter import LetterHead, PackDocTemplate, PackStart, logo_readable
from utregs_plekkie.packs.layout.page import (
    ACCENT,
    ADDRESS_BOX,
    INK,
    LETTER_TEXT_WIDTH,
    MISSING,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    PRIMARY_HEX,
    RULE,
    SAND,
    SAND_DARK,
    WINDOW,
)
from utregs_plekkie.packs.layout.parts import Badged, Columns, NumberBadge, Panel, box
from utregs_plekkie.packs.layout.qr import QrCode
from utregs_plekkie.packs.layout.styles import (
    Styles,
    markup,
    paragraphs,
    styles,
    use_binary_streams,
)

__all__ = [
    "ACCENT",
    "ADDRESS_BOX",
    "INK",
    "LETTER_TEXT_WIDTH",
    "MISSING",
    "MUTED",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "PRIMARY",
    "PRIMARY_HEX",
    "RULE",
    "SAND",
    "SAND_DARK",
    "WINDOW",
    "Badged",
    "CachedBlock",
    "Columns",
    "LetterHead",
    "NumberBadge",
    "PackDocTemplate",
    "PackStart",
    "Panel",
    "QrCode",
    "Styles",
    "box",
    "logo_readable",
    "markup",
    "paragraphs",
    "styles",
    "use_binary_streams",
]
