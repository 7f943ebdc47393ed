# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PacksDialog(object):
    def setupUi(self, PacksDialog):
        if not PacksDialog.objectName():
            PacksDialog.setObjectName(u"PacksDialog")
        PacksDialog.resize(1180, 800)
        self.mainLayout = QHBoxLayout(PacksDialog)
        self.mainLayout.setSpacing(16)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 14)
        self.sidePanel = QWidget(PacksDialog)
        self.sidePanel.setObjectName(u"sidePanel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sidePanel.sizePolicy().hasHeightForWidth())
        self.sidePanel.setSizePolicy(sizePolicy)
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(12)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.choiceGroup = QGroupBox(self.sidePanel)
        self.choiceGroup.setObjectName(u"choiceGroup")
        self.choiceLayout = QVBoxLayout(self.choiceGroup)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.pendingRadio = QRadioButton(self.choiceGroup)
        self.pendingRadio.setObjectName(u"pendingRadio")
        self.pendingRadio.setChecked(True)

        self.choiceLayout.addWidget(self.pendingRadio)

        self.selectionRadio = QRadioButton(self.choiceGroup)
        self.selectionRadio.setObjectName(u"selectionRadio")

        self.choiceLayout.addWidget(self.selectionRadio)


        self.sideLayout.addWidget(self.choiceGroup)

        self.checkGroup = QGroupBox(self.sidePanel)
        self.checkGroup.setObjectName(u"checkGroup")
        self.checkLayout = QVBoxLayout(self.checkGroup)
        self.checkLayout.setObjectName(u"checkLayout")
        self.summaryLabel = QLabel(self.checkGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkLayout.addWidget(self.summaryLabel)

        self.warningLabel = QLabel(self.checkGroup)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkLayout.addWidget(self.warningLabel)

        self.missingList = QListWidget(self.checkGroup)
        self.missingList.setObjectName(u"missingList")
        self.missingList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingList.setWordWrap(True)
        self.missingList.setUniformItemSizes(False)

        self.checkLayout.addWidget(self.missingList)

        self.settingsButton = QPushButton(self.checkGroup)
        self.settingsButton.setObjectName(u"settingsButton")
        self.settingsButton.setAutoDefault(False)

        self.checkLayout.addWidget(self.settingsButton)


        self.sideLayout.addWidget(self.checkGroup)

        self.makeGroup = QGroupBox(self.sidePanel)
        self.makeGroup.setObjectName(u"makeGroup")
        self.makeLayout = QVBoxLayout(self.makeGroup)
        self.makeLayout.setObjectName(u"makeLayout")
        self.makeButton = QPushButton(self.makeGroup)
        self.makeButton.setObjectName(u"makeButton")

        self.makeLayout.addWidget(self.makeButton)

        self.progressBar = QProgressBar(self.makeGroup)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.makeLayout.addWidget(self.progressBar)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(self.makeGroup)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.progressLabel)

        self.cancelButton = QPushButton(self.makeGroup)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.progressLayout.addWidget(self.cancelButton)


        self.makeLayout.addLayout(self.progressLayout)


        self.sideLayout.addWidget(self.makeGroup)

        self.sendGroup = QGroupBox(self.sidePanel)
        self.sendGroup.setObjectName(u"sendGroup")
        self.sendLayout = QVBoxLayout(self.sendGroup)
        self.sendLayout.setObjectName(u"sendLayout")
        self.outputLayout = QHBoxLayout()
        self.outputLayout.setObjectName(u"outputLayout")
        self.saveButton = QPushButton(self.sendGroup)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.outputLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(self.sendGroup)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.outputLayout.addWidget(self.printButton)


        self.sendLayout.addLayout(self.outputLayout)

        self.labelsButton = QPushButton(self.sendGroup)
        self.labelsButton.setObjectName(u"labelsButton")
        self.labelsButton.setAutoDefault(False)

        self.sendLayout.addWidget(self.labelsButton)

        self.markButton = QPushButton(self.sendGroup)
        self.markButton.setObjectName(u"markButton")
        self.markButton.setAutoDefault(False)

        self.sendLayout.addWidget(self.markButton)

        self.resultLabel = QLabel(self.sendGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sendLayout.addWidget(self.resultLabel)


        self.sideLayout.addWidget(self.sendGroup)

        self.sideSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.buttonBox = QDialogButtonBox(self.sidePanel)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.sideLayout.addWidget(self.buttonBox)


        self.mainLayout.addWidget(self.sidePanel)

        self.previewArea = QWidget(PacksDialog)
        self.previewArea.setObjectName(u"previewArea")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.previewArea.sizePolicy().hasHeightForWidth())
        self.previewArea.setSizePolicy(sizePolicy1)
        self.previewLayout = QVBoxLayout(self.previewArea)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.previewArea)

        QWidget.setTabOrder(self.pendingRadio, self.selectionRadio)
        QWidget.setTabOrder(self.selectionRadio, self.missingList)
        QWidget.setTabOrder(self.missingList, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.labelsButton)
        QWidget.setTabOrder(self.labelsButton, self.markButton)

        self.retranslateUi(PacksDialog)
        self.buttonBox.rejected.connect(PacksDialog.reject)

        self.makeButton.setDefault(True)


        QMetaObject.connectSlotsByName(PacksDialog)
    # setupUi

    def retranslateUi(self, PacksDialog):
        PacksDialog.setWindowTitle(QCoreApplication.translate("PacksDialog", u"Informatiepakketten afdrukken", None))
#if QT_CONFIG(accessibility)
        PacksDialog.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Informatiepakketten afdrukken", None))
#endif // QT_CONFIG(accessibility)
        self.choiceGroup.setTitle(QCoreApplication.translate("PacksDialog", u"1. Welke aanvragen?", None))
#if QT_CONFIG(accessibility)
        self.choiceGroup.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Stap 1: welke aanvragen krijgen een pakket", None))
#endif // QT_CONFIG(accessibility)
        self.pendingRadio.setText(QCoreApplication.translate("PacksDialog", u"Alle nieuwe aanvragen zonder pakket", None))
#if QT_CONFIG(accessibility)
        self.pendingRadio.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Alle nieuwe aanvragen zonder pakket", None))
#endif // QT_CONFIG(accessibility)
        self.selectionRadio.setText(QCoreApplication.translate("PacksDialog", u"De geselecteerde aanvragen", None))
#if QT_CONFIG(accessibility)
        self.selectionRadio.setAccessibleName(QCoreApplication.translate("PacksDialog", u"De geselecteerde aanvragen", None))
#endif // QT_CONFIG(accessibility)
        self.checkGroup.setTitle(QCoreApplication.translate("PacksDialog", u"2. Controleren", None))
#if QT_CONFIG(accessibility)
        self.checkGroup.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Stap 2: controleren of alle gegevens er zijn", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("PacksDialog", u"Laden\u2026", None))
#if QT_CONFIG(accessibility)
        self.missingList.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Ontbrekende gegevens", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingList.setAccessibleDescription(QCoreApplication.translate("PacksDialog", u"Per pakket de gegevens die ontbreken; daar komt \u2039ontbreekt: \u2026\u203a in het pakket te staan.", None))
#endif // QT_CONFIG(accessibility)
        self.settingsButton.setText(QCoreApplication.translate("PacksDialog", u"Afzenders en teksten\u2026", None))
#if QT_CONFIG(accessibility)
        self.settingsButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Afzenders en teksten van het pakket aanpassen", None))
#endif // QT_CONFIG(accessibility)
        self.makeGroup.setTitle(QCoreApplication.translate("PacksDialog", u"3. Maken en bekijken", None))
#if QT_CONFIG(accessibility)
        self.makeGroup.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Stap 3: de pakketten maken en bekijken", None))
#endif // QT_CONFIG(accessibility)
        self.makeButton.setText(QCoreApplication.translate("PacksDialog", u"Pakketten maken", None))
#if QT_CONFIG(accessibility)
        self.makeButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Pakketten maken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Voortgang", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("PacksDialog", u"Annuleren", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Maken annuleren", None))
#endif // QT_CONFIG(accessibility)
        self.sendGroup.setTitle(QCoreApplication.translate("PacksDialog", u"4. Opslaan, afdrukken en versturen", None))
#if QT_CONFIG(accessibility)
        self.sendGroup.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Stap 4: opslaan, afdrukken en als verstuurd markeren", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PacksDialog", u"Opslaan als PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Opslaan als PDF", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PacksDialog", u"Afdrukken\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Afdrukken", None))
#endif // QT_CONFIG(accessibility)
        self.labelsButton.setText(QCoreApplication.translate("PacksDialog", u"Adresetiketten\u2026", None))
#if QT_CONFIG(accessibility)
        self.labelsButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Adresetiketten voor dezelfde aanvragen", None))
#endif // QT_CONFIG(accessibility)
        self.markButton.setText(QCoreApplication.translate("PacksDialog", u"Markeren als verstuurd", None))
#if QT_CONFIG(accessibility)
        self.markButton.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Markeren als pakket verstuurd", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewArea.setAccessibleName(QCoreApplication.translate("PacksDialog", u"Voorbeeld", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

