"""Translation hook for the Qt-free layers.

The source language of every user-visible sentence is Dutch. The non-GUI layers
cannot call Qt, so they mark their sentences with ``_()``; the GUI installs a
translator (``QCoreApplication.translate`` with the context ``"core"``) at start-up,
and the command line keeps the Dutch default. ``pyside6-lupdate`` picks the marked
strings up through ``QT_TRANSLATE_NOOP``-style extraction (see the Makefile).
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "core"

_translator: Callable[[str], str] | None = None


def set_translator(translator: Callable[[str], str] | None) -> None:
    """Install (or with ``None`` remove) the function that translates marked text."""
    global _translator
    _translator = translator


def _(text: str) -> str:
    """Return ``text`` (Dutch) in the user's language."""
    if _translator is None:
        return text
    return _translator(text)
