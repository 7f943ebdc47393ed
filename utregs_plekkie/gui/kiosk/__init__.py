"""The pop-up event capture mode (kiosk): a visitor's details at a stand, in a minute.
The window and its pages (setup, form with consent, leave), and printing on the spot.

``run_kiosk`` (the kiosk as the whole program) lives in ``gui.kiosk.program``: it
starts the login and the main window too, which themselves open the kiosk.
"""

from utregs_plekkie.gui.kiosk.common import (
    EVENT_NAME_MAX,
    FIELDS,
    IDLE_CLEAR_MS,
    THANKS_MS,
)
from utregs_plekkie.gui.kiosk.printing import print_pack, printer_available
from utregs_plekkie.gui.kiosk.window import KioskWindow, open_kiosk

__all__ = [
    "EVENT_NAME_MAX",
    "FIELDS",
    "IDLE_CLEAR_MS",
    "THANKS_MS",
    "KioskWindow",
    "open_kiosk",
    "print_pack",
    "printer_available",
]
