# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"Utregs Plekkie")

        self.mainLayout.addWidget(self.nameLabel)

        self.campaignLabel = QLabel(AboutDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")
        self.campaignLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.campaignLabel)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailsLayout.setHorizontalSpacing(16)
        self.detailsLayout.setVerticalSpacing(8)
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(AboutDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.geodataCaption = QLabel(AboutDialog)
        self.geodataCaption.setObjectName(u"geodataCaption")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.geodataCaption)

        self.geodataValue = QLabel(AboutDialog)
        self.geodataValue.setObjectName(u"geodataValue")
        self.geodataValue.setWordWrap(True)
        self.geodataValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.geodataValue)


        self.mainLayout.addLayout(self.detailsLayout)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Over Utregs Plekkie", None))
        self.campaignLabel.setText(QCoreApplication.translate("AboutDialog", u"Werving en matching van pleeg- en steunouders voor KOOS Utrecht en Spoor030. Een plekkie waar een kind zich thuis voelt, zo dicht mogelijk bij de eigen school, club en buurt.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Versie:", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.geodataCaption.setText(QCoreApplication.translate("AboutDialog", u"Geodata:", None))
    # retranslateUi

