"""Information packs, address labels and intake packs in the window: the packs dialog,
its preview, printing and saving, the smaller PDF dialogs, and the pack settings.
"""

from utregs_plekkie.gui.packs.dialog import PacksDialog, open_packs_dialog
from utregs_plekkie.gui.packs.intake import IntakePackDialog, open_intake_pack
from utregs_plekkie.gui.packs.labels import LabelsDialog, open_labels
from utregs_plekkie.gui.packs.preview import PdfPreview
from utregs_plekkie.gui.packs.printing import PrintOutcome, print_pdf
from utregs_plekkie.gui.packs.settings_dialog import PackSettingsDialog, open_pack_settings

__all__ = [
    "IntakePackDialog",
    "LabelsDialog",
    "PackSettingsDialog",
    "PacksDialog",
    "PdfPreview",
    "PrintOutcome",
    "open_intake_pack",
    "open_labels",
    "open_pack_settings",
    "open_packs_dialog",
    "print_pdf",
]
