"""Installing the user's language.

The source language is Dutch: code says ``self.tr("Aanvragen")``, and without a
translator that is what the user sees. For English, the program's own
``utregs_plekkie_en.qm`` is installed, and for both languages Qt's own
``qtbase_*.qm`` so standard dialogs (buttons like Annuleren / Cancel) match. The
Qt-free layers translate through ``core.i18n``, which is pointed at Qt here (their
context is ``"core"``).
"""

from __future__ import annotations

import logging
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from utregs_plekkie.core import enums
from utregs_plekkie.core import i18n as core_i18n

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
#: Languages offered, each named in its own language (these names are not translated).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
CATALOG = "utregs_plekkie"

_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    # English words, Dutch conventions for the rest (the data is Dutch).
    "en": QLocale(QLocale.Language.English, QLocale.Country.Netherlands),
}

# Installed translators, kept alive here (Qt does not own them).
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Traversable:
    return files("utregs_plekkie.resources") / "translations"


def catalog_file(language: str) -> Traversable:
    return translations_dir() / f"{CATALOG}_{language}.qm"


def normalise_language(language: str | None) -> str:
    code = (language or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def _load_catalog(translator: QTranslator, source: Traversable) -> bool:
    if isinstance(source, Path):
        return translator.load(str(source))
    # Not a plain file (a zipped install): load from memory; Qt does not copy the
    # data, so it stays referenced from the translator.
    data = source.read_bytes()
    translator.setProperty("_plekkie_data", data)
    return translator.load(data)


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Make ``language`` (``"nl"``/``"en"``; anything else means Dutch) the UI language.

    Returns the language installed. Replaces translators installed earlier.
    """
    global _current
    uninstall_translators(app)
    code = normalise_language(language)

    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.info("Qt translations qtbase_%s not found in %s", code, qt_dir)

    if code != DEFAULT_LANGUAGE:
        own = QTranslator(app)
        source = catalog_file(code)
        if source.is_file() and _load_catalog(own, source):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("Translation %s not found; the interface stays Dutch", source)

    QLocale.setDefault(_LOCALES[code])
    core_i18n.set_translator(lambda text: QCoreApplication.translate(core_i18n.CONTEXT, text))
    enums.refresh_labels()
    _current = code
    return code


def uninstall_translators(app: QCoreApplication) -> None:
    """Back to the source language (Dutch) everywhere."""
    global _current
    while _installed:
        app.removeTranslator(_installed.pop())
    core_i18n.set_translator(None)
    enums.refresh_labels()
    QLocale.setDefault(_LOCALES[DEFAULT_LANGUAGE])
    _current = DEFAULT_LANGUAGE
