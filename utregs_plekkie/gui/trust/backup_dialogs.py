"""Beheer → Backup maken… and Backup terugzetten…

Making a backup is a verified copy (``storage.backups.make_backup``) in the backup
folder or one the user picks. Restoring lists the backups of this database, newest
first (or takes a file), asks for confirmation, and hands over to the session, which
closes the window and every connection, restores, reopens and rebuilds the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from utregs_plekkie.core.enums import AuditAction
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    format_size,
    hint_label,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.gui.trust.protocols import TrustSession
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import backups
from utregs_plekkie.storage.audit import record_now
from utregs_plekkie.storage.backups import BackupInfo
from utregs_plekkie.storage.database import Database

Index = QModelIndex | QPersistentModelIndex


def kind_label(label: str) -> str:
    t = QCoreApplication.translate
    return {
        backups.AUTO_LABEL: t("trust", "automatisch"),
        backups.MANUAL_LABEL: t("trust", "met de hand"),
        backups.SAFETY_LABEL: t("trust", "vóór een terugzetting"),
    }.get(label, t("trust", "vóór een update") if "migrat" in label else label)


class MakeBackupDialog(FittingDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        require(actor, Permission.BACKUP)
        self.db = db
        self.actor = actor
        self.folder = backups.default_folder(folder)
        self.made: BackupInfo | None = None
        self._busy = False
        self.setObjectName("makeBackupDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Backup maken"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Backup maken"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Er wordt een kopie van de hele database gemaakt en meteen gecontroleerd. "
                    "Het programma maakt ook zelf elke dag een backup; maak er een met de hand "
                    "vóór een grote wijziging, of om op een USB-stick mee te nemen (versleuteld "
                    "als de database versleuteld is)."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Andere &map…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_label, 1)
        row.addWidget(choose)
        outer.addLayout(row)
        self.message = status_label(self)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Map &openen"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.make_button = QPushButton(self.tr("&Backup maken"), self)
        self.make_button.setObjectName("makeBackup")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self._show_folder()

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Map: {folder}").format(folder=self.folder))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de backup"), str(self.folder)
        )
        if chosen:
            self.folder = Path(chosen)
            self._show_folder()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def make(self) -> None:
        if self._busy:
            return
        db, actor, folder = self.db, self.actor, self.folder
        self._busy = True
        self.make_button.setEnabled(False)
        self.close_button.setEnabled(False)
        set_level(self.message, "info", self.tr("Bezig met kopiëren en controleren…"))

        def work() -> BackupInfo:
            info = backups.make_backup(db, folder)
            record_now(db, actor, AuditAction.EXPORT, "database", None, f"backup {info.path.name}")
            return info

        def done(info: BackupInfo) -> None:
            self._busy = False
            self.made = info
            self.make_button.setEnabled(True)
            self.close_button.setEnabled(True)
            self.open_button.show()
            set_level(
                self.message,
                "done",
                self.tr("Backup gemaakt en gecontroleerd: {path} ({size}).").format(
                    path=info.path, size=format_size(info.size)
                ),
            )

        def failed(error: BaseException) -> None:
            self._busy = False
            self.make_button.setEnabled(True)
            self.close_button.setEnabled(True)
            if isinstance(error, UserError):
                set_level(self.message, "error", error.message)
            else:
                set_level(self.message, "info", "")
                report_failure(error, self)

        run_in_background(work, owner=self, on_success=done, on_failure=failed)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def set_backups(self, found: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = found
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Gemaakt op"),
                self.tr("Soort"),
                self.tr("Grootte"),
                self.tr("Bestand"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        info = self.backups[index.row()]
        return [
            info.made_at.strftime("%d-%m-%Y %H:%M"),
            kind_label(info.label),
            format_size(info.size),
            info.path.name,
        ][index.column()]


class RestoreDialog(FittingDialog):
    def __init__(
        self,
        session: TrustSession,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        assert session.actor is not None
        require(session.actor, Permission.BACKUP)
        self.session = session
        self.folder = folder if folder is not None else session.backup_folder
        self.setObjectName("restoreDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Backup terugzetten"))
        self.resize(760, 480)
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Backup terugzetten"), self))
        outer.addWidget(
            hint_label(
                self.tr(
                    "Kies de backup die terug moet. Alles wat daarna is ingevoerd, gaat "
                    "verloren; de database zoals hij nu is, wordt eerst apart bewaard. Het "
                    "programma sluit daarvoor even alle vensters. Vraag collega's die dezelfde "
                    "database gebruiken om het programma te sluiten."
                ),
                self,
            )
        )
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups, nieuwste eerst"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        outer.addWidget(self.table, 1)
        self.message = status_label(self)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        other = QPushButton(self.tr("Ander &bestand…"), self)
        other.setAutoDefault(False)
        other.clicked.connect(self.restore_file)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Sluiten"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        db, folder = self.session.db, self.folder

        def arrived(found: list[BackupInfo]) -> None:
            self.model.set_backups(found)
            self.table.resizeColumnsToContents()
            if found:
                self.table.selectRow(0)
                set_level(self.message, "info", "")
            else:
                set_level(
                    self.message,
                    "info",
                    self.tr("Er zijn nog geen backups in {folder}.").format(
                        folder=backups.default_folder(folder)
                    ),
                )
            self._selection_changed()

        run_in_background(lambda: backups.list_backups(db, folder), owner=self, on_success=arrived)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self._confirm_and_restore(info.path, info)

    def restore_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup kiezen"),
            str(backups.default_folder(self.folder)),
            self.tr("Backups (*.sqlite *.dump);;Alle bestanden (*)"),
        )
        if name:
            self._confirm_and_restore(Path(name), None)

    def _confirm_and_restore(self, path: Path, info: BackupInfo | None) -> None:
        when = info.made_at.strftime("%d-%m-%Y %H:%M") if info is not None else path.name
        if not common.ask(
            self,
            self.tr("Backup terugzetten"),
            self.tr("De backup van {when} terugzetten?").format(when=when),
            self.tr(
                "Alles wat na deze backup is ingevoerd, gaat verloren. De database zoals hij "
                "nu is, wordt eerst als aparte kopie bewaard. Het venster sluit en gaat daarna "
                "weer open."
            ),
            yes=self.tr("Terugzetten"),
            dangerous=True,
        ):
            return
        session = self.session
        made_at = info.made_at if info is not None else None
        self.accept()
        # After this dialog (a child of the window) is gone: the session closes the window.
        QTimer.singleShot(0, lambda: session.restore(path, made_at=made_at))
