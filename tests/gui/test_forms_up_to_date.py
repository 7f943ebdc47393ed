"""Generated files match their sources: Designer forms, and the translation catalogue.

If one of these fails: ``make ui`` (forms) or ``make translations`` (catalogue), then
translate what is marked unfinished in resources/translations/utregs_plekkie_en.ts.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from utregs_plekkie.gui import i18n_tools

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
FORMS = ROOT / "utregs_plekkie" / "gui" / "forms"
TS = ROOT / "resources" / "translations" / "utregs_plekkie_en.ts"
QM = TS.with_suffix(".qm")


def test_there_are_forms() -> None:
    names = {p.stem for p in UI_FILES}
    assert {"about_dialog", "main_window"} <= names


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_up_to_date(ui_file: Path, tmp_path: Path) -> None:
    committed = FORMS / f"ui_{ui_file.stem}.py"
    assert committed.is_file(), f"{committed.name} ontbreekt: draai `make ui`"
    fresh = tmp_path / committed.name
    subprocess.run(
        [i18n_tools.tool("pyside6-uic"), str(ui_file), "-o", str(fresh)], check=True, timeout=120
    )
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is ouder dan {ui_file.name}: draai `make ui`"
    )


def test_every_generated_form_has_its_source() -> None:
    stems = {p.stem for p in UI_FILES}
    for form in FORMS.glob("ui_*.py"):
        assert form.stem.removeprefix("ui_") in stems, f"{form.name} heeft geen .ui meer"


def test_compiled_translations_match_the_catalogue(tmp_path: Path) -> None:
    fresh = i18n_tools.release(TS, tmp_path / QM.name)
    assert fresh.read_bytes() == QM.read_bytes(), "draai `make translations`"


def test_every_text_has_a_finished_english_translation() -> None:
    todo = i18n_tools.unfinished(TS)
    assert not todo, "nog te vertalen in utregs_plekkie_en.ts:\n" + "\n".join(
        f"  [{context}] {source}" for context, source in todo
    )


def test_the_catalogue_holds_every_text_of_the_code(tmp_path: Path) -> None:
    """Nothing a user can see is missing from the catalogue.

    Texts the code no longer uses may linger until the next `make translations`;
    they do no harm, a missing one would show Dutch in the English interface.
    """
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    i18n_tools.update_ts(copy)
    current, committed = i18n_tools.messages(copy), i18n_tools.messages(TS)
    assert current <= committed, (
        "draai `make translations` en vertaal wat nieuw is; "
        f"nieuw: {sorted(current - committed)[:10]}"
    )


def test_core_texts_are_found_in_the_qt_free_layers() -> None:
    texts = i18n_tools.core_strings(i18n_tools.qt_free_sources())
    assert "pakket verstuurd" in texts  # core/enums.py
    assert "Naam" in texts  # storage/lists.py
    contexts = {context for context, _ in i18n_tools.messages(TS)}
    assert {"core", "MainWindow", "AboutDialog", "Page", "RequestsPage"} <= contexts
