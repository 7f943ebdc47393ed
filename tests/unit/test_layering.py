"""The arrow points one way: gui -> core/storage/packs/exchange, and those never load Qt.

Each package and every module in it is imported in a fresh interpreter (this test process
may well have Qt loaded already), and after each import we look whether PySide6 or
shiboken6 turned up in sys.modules.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

NON_GUI_PACKAGES = [
    "utregs_plekkie.core",
    "utregs_plekkie.storage",
    "utregs_plekkie.packs",
    "utregs_plekkie.exchange",
]

# Runs in the fresh interpreter. Imports the package, then walks its folders with pkgutil
# and imports every submodule, noting the first module after which Qt is loaded and the
# chain of our own modules that imported it. Prints one JSON object.
_PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys, traceback

    QT = ("PySide6", "shiboken6")
    package_name = sys.argv[1]
    report = {"modules": [], "offender": None, "chain": [], "qt_modules": [], "errors": {}}

    class QtWatcher:
        # Records who asks for Qt first; finds nothing itself, so the import goes on.
        def find_spec(self, name, path=None, target=None):
            if name in QT and not report["chain"]:
                report["chain"] = [
                    f"{frame.filename}:{frame.lineno}"
                    for frame in traceback.extract_stack()
                    if not frame.filename.startswith("<") and "importlib" not in frame.filename
                ]
            return None

    sys.meta_path.insert(0, QtWatcher())

    def qt_loaded():
        return sorted(m for m in sys.modules if m.split(".")[0] in QT)

    def check(name):
        report["modules"].append(name)
        try:
            importlib.import_module(name)
        except BaseException:
            report["errors"][name] = traceback.format_exc()
        if report["offender"] is None and qt_loaded():
            report["offender"] = name
            report["qt_modules"] = qt_loaded()[:10]

    def walk_error(name):
        report["errors"].setdefault(name, traceback.format_exc())

    check(package_name)
    package = sys.modules.get(package_name)
    if package is not None:
        for info in pkgutil.walk_packages(package.__path__, package_name + ".", walk_error):
            if info.name.rsplit(".", 1)[-1] == "__main__":
                continue  # running a module's main is not importing it
            check(info.name)

    print(json.dumps(report))
    """
)


@pytest.mark.parametrize("package", NON_GUI_PACKAGES)
def test_non_gui_package_does_not_load_qt(package: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, package],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, f"probe for {package} crashed:\n{result.stderr}"
    report = json.loads(result.stdout.strip().splitlines()[-1])

    assert report["offender"] is None, (
        f"{report['offender']} loads Qt ({', '.join(report['qt_modules'])}); "
        f"{package} must stay free of Qt (see ARCHITECTURE.md). Import chain:\n  "
        + "\n  ".join(report["chain"] or ["(not recorded)"])
    )
    assert not report["errors"], "could not import:\n" + "\n".join(
        f"--- {name}\n{tb}" for name, tb in report["errors"].items()
    )
    assert package in report["modules"]
