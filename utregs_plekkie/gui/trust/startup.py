"""Before the database is opened: the passphrase of an encrypted file, and SQLite's
integrity check with a clear way out.

``prepare_database(url)`` returns the URL to open (with the passphrase in it when one
was asked), or None when the user chose to quit. Nothing here writes to the database
unless the user chooses to restore the last good backup; then the damaged file is
first kept aside by ``storage.backups.restore_backup``.

An encrypted file is recognised by its URL (``sqlite+pysqlcipher:///path`` without a
passphrase) or, when SQLCipher is installed, by a file that is not a plain SQLite
database: the dialog then asks for the passphrase, and "Niet versleuteld" leads to
the integrity check (and its way out) instead.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.gui.operations import run_blocking
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.common import (
    STYLE,
    FittingDialog,
    hint_label,
    password_field,
    set_level,
    status_label,
    title_label,
)
from utregs_plekkie.storage import backups
from utregs_plekkie.storage.backups import IntegrityProblem

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlcipher_available() -> bool:
    return importlib.util.find_spec("sqlcipher3") is not None


def looks_encrypted(path: Path) -> bool:
    """A non-empty file whose first bytes are not SQLite's: encrypted, or damaged."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


class PassphraseDialog(FittingDialog):
    """Asks the passphrase of an encrypted database file."""

    NOT_ENCRYPTED = 2

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        maybe_plain: bool = False,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Versleutelde database – Utregs Plekkie"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        outer.addWidget(title_label(self.tr("Wachtwoordzin van de database"), self))
        if maybe_plain:
            intro = self.tr(
                "Het bestand {path} is geen gewone database: het is versleuteld, of het is "
                "beschadigd. Is het versleuteld, typ dan de wachtwoordzin."
            ).format(path=path)
        else:
            intro = self.tr(
                "De database {path} is versleuteld. Typ de wachtwoordzin om hem te openen."
            ).format(path=path)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        outer.addWidget(text)
        self.passphrase = password_field(self, self.tr("Wachtwoordzin"))
        self.passphrase.setObjectName("passphrase")
        self.passphrase.textChanged.connect(self._changed)
        outer.addWidget(self.passphrase)
        outer.addWidget(
            hint_label(
                self.tr(
                    "De wachtwoordzin staat in de wachtwoordkluis van de organisatie. Zonder "
                    "de juiste wachtwoordzin is de database niet te openen."
                ),
                self,
            )
        )
        self.message = status_label(self)
        outer.addWidget(self.message)
        if problem:
            set_level(self.message, "error", problem)
        buttons = QHBoxLayout()
        quit_button = QPushButton(self.tr("Afsluiten"), self)
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        buttons.addWidget(quit_button)
        if maybe_plain:
            plain = QPushButton(self.tr("Niet versleuteld: bestand controleren"), self)
            plain.setObjectName("notEncryptedButton")
            plain.setAutoDefault(False)
            plain.clicked.connect(lambda: self.done(self.NOT_ENCRYPTED))
            buttons.addWidget(plain)
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("Openen"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.accept)
        buttons.addWidget(self.open_button)
        outer.addLayout(buttons)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.open_button.setEnabled(bool(self.passphrase.text()))


class IntegrityDialog(FittingDialog):
    """The check found damage: restore the last good backup, or quit."""

    RESTORE = 2

    def __init__(
        self, problem: IntegrityProblem, folder: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.problem = problem
        self.folder = backups.default_folder(folder)
        self.setObjectName("integrityDialog")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Database beschadigd – Utregs Plekkie"))
        self.setMinimumWidth(600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        column = QVBoxLayout()
        column.addWidget(title_label(self.tr("De database is beschadigd"), self))
        intro = QLabel(
            self.tr(
                "Bij het starten controleert Utregs Plekkie de database. Die controle vond een "
                "fout in {path}. Werk niet verder in dit bestand: daarmee kunnen gegevens "
                "verloren gaan."
            ).format(path=problem.path),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        good = problem.last_good
        if good is not None:
            advice = self.tr(
                "De laatste goede backup is van {when} ({size}). Zet die terug: wat daarna is "
                "ingevoerd, zit er niet in. Het beschadigde bestand wordt eerst apart bewaard "
                "in {folder}, zodat een beheerder er later nog naar kan kijken."
            ).format(
                when=good.made_at.strftime("%d-%m-%Y %H:%M"),
                size=common.format_size(good.size),
                folder=self.folder,
            )
        else:
            advice = self.tr(
                "Er is geen goede backup gevonden in {folder}. Sluit het programma, maak een "
                "kopie van {path} en neem contact op met de beheerder."
            ).format(folder=self.folder, path=problem.path)
        self.advice = QLabel(advice, self)
        self.advice.setObjectName("integrityAdvice")
        self.advice.setWordWrap(True)
        column.addWidget(self.advice)
        lines = [x for x in problem.detail.splitlines() if x.strip() and not x.startswith("***")]
        short = lines[0] if lines else "?"
        if len(lines) > 1:
            short += " " + self.tr("(en nog {n} meldingen)").format(n=len(lines) - 1)
        detail = hint_label(self.tr("Technische melding: {detail}").format(detail=short), self)
        detail.setToolTip(problem.detail[:4000])
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(detail)
        top.addLayout(column, 1)
        outer.addLayout(top)
        buttons = QHBoxLayout()
        folder_button = QPushButton(self.tr("Map met backups openen"), self)
        folder_button.setAutoDefault(False)
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        )
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Afsluiten"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.quit_button)
        self.restore_button = QPushButton(self.tr("Laatste goede backup terugzetten"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        buttons.addWidget(self.restore_button)
        if good is None:
            self.restore_button.hide()
            self.quit_button.setDefault(True)
        else:
            self.restore_button.setDefault(True)
        outer.addLayout(buttons)


def _ask_passphrase(path: Path, *, maybe_plain: bool, problem: str = "") -> str | int | None:
    """The passphrase typed, PassphraseDialog.NOT_ENCRYPTED, or None (quit)."""
    dialog = PassphraseDialog(path, maybe_plain=maybe_plain, problem=problem)
    result = dialog.exec()
    if result == PassphraseDialog.NOT_ENCRYPTED:
        return PassphraseDialog.NOT_ENCRYPTED
    if result == QDialog.DialogCode.Accepted and dialog.passphrase.text():
        return dialog.passphrase.text()
    return None


def prepare_database(db_url: str, *, folder: Path | None = None) -> str | None:
    """See the module docstring. ``folder``: where backups are (default: the usual one)."""
    try:
        url = make_url(db_url)
    except ArgumentError:
        return db_url  # open_database explains an invalid URL
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return db_url
    path = Path(url.database or "").expanduser()
    encrypted = url.get_driver_name() == "pysqlcipher"
    passphrase: str | None = (url.password or None) if encrypted else None
    maybe_plain = False
    if not encrypted and looks_encrypted(path) and _sqlcipher_available():
        encrypted, maybe_plain = True, True
    if encrypted and not path.exists():
        # A new encrypted file: the passphrase in the URL makes it; without one, ask.
        if passphrase is None:
            answer = _ask_passphrase(path, maybe_plain=False)
            if not isinstance(answer, str):
                return None
            passphrase = answer
        return _with_passphrase(url, passphrase).render_as_string(hide_password=False)
    problem_text = ""
    while True:
        if encrypted and passphrase is None:
            answer = _ask_passphrase(path, maybe_plain=maybe_plain, problem=problem_text)
            if answer is None:
                return None
            if answer == PassphraseDialog.NOT_ENCRYPTED:
                encrypted = maybe_plain = False
            else:
                passphrase = str(answer)
        try:
            # A quick check reads the whole file: about 2 s for 330 MB, so off the GUI
            # thread, behind a "please wait" that shows only when it takes that long.
            run_blocking(
                None,
                QCoreApplication.translate("trust", "De database wordt gecontroleerd…"),
                partial(backups.check_integrity, path, folder, passphrase),
            )
        except IntegrityProblem as problem:
            if encrypted and problem.last_good is None and "not a database" in problem.detail:
                # With the wrong passphrase nothing opens, not even a backup: ask again.
                passphrase = None
                problem_text = common_wrong_passphrase()
                continue
            if not _way_out(problem, folder, passphrase):
                return None
            continue
        break
    if encrypted:
        url = _with_passphrase(url, passphrase or "")
    return url.render_as_string(hide_password=False)


def common_wrong_passphrase() -> str:
    return QCoreApplication.translate(
        "trust",
        "Deze wachtwoordzin opent de database niet. Controleer hoofdletters en spaties en "
        "probeer het opnieuw.",
    )


def _with_passphrase(url: URL, passphrase: str) -> URL:
    # An empty username keeps the password in the rendered URL ("://:passphrase@/...").
    return url.set(
        drivername="sqlite+pysqlcipher", username=url.username or "", password=passphrase
    )


def _way_out(problem: IntegrityProblem, folder: Path | None, passphrase: str | None) -> bool:
    """Show the damage and the way out; True when the last good backup was restored."""
    log.error("Integriteitscontrole mislukt: %s (%s)", problem.path, problem.detail)
    while True:
        dialog = IntegrityDialog(problem, folder)
        if dialog.exec() != IntegrityDialog.RESTORE or problem.last_good is None:
            return False
        good = problem.last_good
        try:
            safety = run_blocking(
                None,
                QCoreApplication.translate("trust", "De laatste goede backup wordt teruggezet…"),
                partial(
                    backups.restore_backup,
                    problem.path,
                    good.path,
                    folder=folder,
                    passphrase=passphrase,
                ),
            )
        except UserError as error:
            common.inform(
                None,
                QCoreApplication.translate("trust", "Backup terugzetten"),
                QCoreApplication.translate("trust", "De backup is niet teruggezet."),
                error.message,
                error=True,
            )
            continue
        common.inform(
            None,
            QCoreApplication.translate("trust", "Backup terugzetten"),
            QCoreApplication.translate("trust", "De backup van {when} is teruggezet.").format(
                when=good.made_at.strftime("%d-%m-%Y %H:%M")
            ),
            QCoreApplication.translate(
                "trust",
                "Het beschadigde bestand is bewaard als {path}. Controleer of het laatste werk "
                "er nog in staat, en voer in wat ontbreekt.",
            ).format(path=safety.path),
        )
        return True
