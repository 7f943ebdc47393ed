"""Help → Over Utregs Plekkie: name, version, the database in use, geodata sources."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from utregs_plekkie import __version__
from utregs_plekkie.core.geo import GEO_ATTRIBUTION
from utregs_plekkie.gui.forms.ui_about_dialog import Ui_AboutDialog
from utregs_plekkie.storage.database import DatabaseInfo


class AboutDialog(QDialog):
    def __init__(self, info: DatabaseInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        name_font = QFont(self.ui.nameLabel.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.ui.nameLabel.setFont(name_font)
        self.ui.versionValue.setText(__version__)
        self.ui.databaseValue.setText(self._describe(info))
        self.ui.geodataValue.setText(GEO_ATTRIBUTION)
        # Screen readers announce the value together with what it is.
        for caption, value in (
            (self.ui.versionCaption, self.ui.versionValue),
            (self.ui.databaseCaption, self.ui.databaseValue),
            (self.ui.geodataCaption, self.ui.geodataValue),
        ):
            caption.setBuddy(value)
            value.setAccessibleName(caption.text().rstrip(":"))
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(close.text().replace("&", ""))
            close.setDefault(True)
        # Wide enough for the campaign line and a long database path on few lines.
        width = self.fontMetrics().horizontalAdvance("M") * 40
        self.setMinimumWidth(width)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(width, layout.totalHeightForWidth(width))

    def _describe(self, info: DatabaseInfo) -> str:
        kind = "SQLite" if info.dialect == "sqlite" else "PostgreSQL"
        return self.tr("{location} ({kind})").format(location=info.location, kind=kind)
