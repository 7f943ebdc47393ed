"""Update the translation catalogue: ``python -m utregs_plekkie.gui.i18n_tools``.

1. ``pyside6-lupdate`` collects the GUI's texts (``self.tr(...)``,
   ``QCoreApplication.translate(...)``, the Designer forms in ``ui/``) into
   ``resources/translations/utregs_plekkie_en.ts``, keeping existing translations.
2. lupdate does not see the Qt-free layers, which mark their Dutch sentences with
   ``core.i18n._("...")``. Those calls are found with the ``ast`` module in
   ``utregs_plekkie/{core,storage,packs,exchange}`` and merged into the same file as
   context ``core`` (the context ``gui.i18n`` translates them in): known sentences
   keep their translation, new ones are marked unfinished, vanished ones are dropped.
3. ``pyside6-lrelease`` compiles the ``.ts`` into the ``.qm`` the program loads.

Translate the unfinished entries (Qt Linguist: ``pyside6-linguist <file>.ts``, or
by hand) and run this again; the test suite fails while any entry is unfinished.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "utregs_plekkie"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "utregs_plekkie_en.ts"
SOURCE_LANGUAGE = "nl"
TARGET_LANGUAGE = "en"
QT_FREE_PACKAGES = ("core", "storage", "packs", "exchange")
CORE_CONTEXT = "core"  # utregs_plekkie.core.i18n.CONTEXT, without importing the app


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python (the virtualenv) first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} niet gevonden; installeer PySide6 (make install).")
    return found


# ------------------------------------------------------------------ sources


def gui_sources(root: Path = ROOT) -> list[Path]:
    """The GUI's Python files (not the generated forms) and the Designer forms."""
    gui = root / "utregs_plekkie" / "gui"
    python = sorted(p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts)
    return python + sorted((root / "ui").glob("*.ui"))


def qt_free_sources(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for package in QT_FREE_PACKAGES:
        files += sorted((root / "utregs_plekkie" / package).rglob("*.py"))
    return files


def marked_strings(path: Path) -> Iterator[str]:
    """The literal texts of ``_("...")`` calls in one Python file, in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]
    calls.sort(key=lambda node: (node.lineno, node.col_offset))
    for call in calls:
        first = call.args[0]
        assert isinstance(first, ast.Constant)
        yield str(first.value)


def core_strings(files: Iterable[Path]) -> list[str]:
    """All marked texts of the Qt-free layers, each once, in file and source order."""
    return list(dict.fromkeys(text for path in files for text in marked_strings(path)))


# ------------------------------------------------------------------ the .ts file


def read_ts(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def write_ts(root: ET.Element, path: Path) -> None:
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in root.findall("context"):
        root.remove(context)
    root.extend(contexts)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def context_translations(root: ET.Element, name: str) -> dict[str, ET.Element]:
    """The ``<translation>`` elements of one context, by source text."""
    found: dict[str, ET.Element] = {}
    for context in root.findall("context"):
        if context.findtext("name") != name:
            continue
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is not None and translation is not None:
                found[source] = translation
    return found


def merge_core(root: ET.Element, texts: list[str], known: dict[str, ET.Element]) -> int:
    """Replace the ``core`` context by ``texts``; returns how many are new."""
    for context in root.findall("context"):
        if context.findtext("name") == CORE_CONTEXT:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CORE_CONTEXT
    new = 0
    for text in texts:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        old = known.get(text)
        translation = ET.SubElement(message, "translation")
        if old is not None and old.get("type") not in ("vanished", "obsolete"):
            translation.text = old.text
            if old.get("type"):
                translation.set("type", old.get("type", ""))
        else:
            translation.set("type", "unfinished")
            new += 1
    return new


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    result: list[tuple[str, str]] = []
    for context in read_ts(path).findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") != "unfinished"
                and (bool((translation.text or "").strip()) or not source)
            )
            if not done:
                result.append((name, source))
    return result


def messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every entry."""
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in read_ts(path).findall("context")
        for message in context.findall("message")
    }


# ------------------------------------------------------------------ the steps


def update_ts(ts: Path = TS_FILE, root: Path = ROOT) -> int:
    """Bring ``ts`` up to date with the code; returns the number of new core texts."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    known = context_translations(read_ts(ts), CORE_CONTEXT) if ts.exists() else {}
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *(str(p) for p in gui_sources(root)),
            "-ts",
            str(ts),
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            TARGET_LANGUAGE,
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
        ],
        check=True,
    )
    tree = read_ts(ts)
    new = merge_core(tree, core_strings(qt_free_sources(root)), known)
    write_ts(tree, ts)
    return new


def release(ts: Path = TS_FILE, qm: Path | None = None) -> Path:
    """Compile ``ts`` into a ``.qm`` (beside it unless ``qm`` is given)."""
    target = qm if qm is not None else ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(target), "-silent"],
        check=True,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file to update")
    parser.add_argument(
        "--check", action="store_true", help="only report unfinished translations (exit 1)"
    )
    args = parser.parse_args(argv)
    if not args.check:
        new = update_ts(args.ts)
        release(args.ts)
        print(
            f"{args.ts.relative_to(ROOT) if args.ts.is_relative_to(ROOT) else args.ts}: "
            f"{len(messages(args.ts))} teksten, {new} nieuw uit de kern"
        )
    todo = unfinished(args.ts)
    for context, source in todo:
        print(f"nog te vertalen [{context}] {source}")
    return 1 if (todo and args.check) else 0


if __name__ == "__main__":
    raise SystemExit(main())
