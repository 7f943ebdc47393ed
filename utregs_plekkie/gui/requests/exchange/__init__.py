"""Importing and exporting requests from the window (Bestand -> Aanvragen importeren… /
Aanvragen exporteren…): the four-step import dialog and the export with progress."""

from utregs_plekkie.gui.requests.exchange.export import (
    choose_export_file,
    export_requests_with_dialog,
)
from utregs_plekkie.gui.requests.exchange.import_dialog import (
    ImportDialog,
    choose_import_file,
    open_import,
)

__all__ = [
    "ImportDialog",
    "choose_export_file",
    "choose_import_file",
    "export_requests_with_dialog",
    "open_import",
]
