"""Page geometry and colours of the packs, and the envelope window.

The letter page puts the address where a standard Dutch window envelope shows it.
Window envelopes with the window on the left (EA5/6 and DL, 110 x 220 mm, for an A4
folded in three; C5 for an A4 folded once) have a window of 90 x 45 mm (some 90 x 40)
20 mm from the left edge and 15 mm above the bottom of a 110 mm high envelope: on the
A4 that is the area from 20 to 110 mm from the left and from 50 to 95 mm from the top,
the address area that Dutch letter templates (after NEN 1026, a paid standard we
could not consult) keep free. PostNL asks for the address in a plain sans-serif of 10
to 12 pt without bold, italics or underlining, in the order name / street and number /
postcode, two spaces, PLACE IN CAPITALS, with the sender's return address on one line
at the top of the window. We keep the text 5 mm inside the window on every side, so
the few millimetres a folded letter can slide in its envelope never hide a line, and
print fold marks at 99 and 198 mm.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]

#: The envelope window on the A4, from the top-left corner: (left, top, width, height).
WINDOW = (20 * mm, 50 * mm, 90 * mm, 45 * mm)
#: Where the address text goes: 5 mm inside the window on every side.
ADDRESS_BOX = (WINDOW[0] + 5 * mm, WINDOW[1] + 5 * mm, WINDOW[2] - 10 * mm, WINDOW[3] - 10 * mm)
#: Fold marks for folding an A4 in three (to 99 mm, for EA5/6 and DL envelopes).
FOLD_MARKS = (99 * mm, 198 * mm)

LETTER_LEFT: float = 25 * mm  # body text lines up with the address text
LETTER_RIGHT: float = 20 * mm
LETTER_BODY_TOP: float = 118 * mm
LETTER_TEXT_WIDTH: float = PAGE_WIDTH - LETTER_LEFT - LETTER_RIGHT
FOLLOW_LEFT: float = 20 * mm
FOLLOW_RIGHT: float = 20 * mm
FOLLOW_TOP: float = 22 * mm
BOTTOM: float = 24 * mm
FOOTER_BASELINE: float = 12 * mm  # from the bottom edge: inside every printer's printable area

INK = colors.HexColor("#1f2a30")
PRIMARY_HEX = "#1b5e6b"
PRIMARY = colors.HexColor(PRIMARY_HEX)  # deep petrol
ACCENT = colors.HexColor("#e0763a")  # warm orange
SAND = colors.HexColor("#f6f0e7")
SAND_DARK = colors.HexColor("#e9dfd0")
MUTED = colors.HexColor("#5c676c")
RULE = colors.HexColor("#c9d3d6")
MISSING = colors.HexColor("#c0392b")
MISSING_HEX = "#c0392b"
