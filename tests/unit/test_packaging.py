"""The wheel ships every package folder, the migrations and the data files."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "utregs_plekkie").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    # A listed folder that does not exist breaks `pip install` on a fresh clone.
    mapped = set(_pyproject()["tool"]["setuptools"]["package-dir"]) - {"utregs_plekkie"}
    outside = {name for name in listed if any(name.startswith(m) for m in mapped)}
    assert listed - found - outside == set(), "these listed packages have no folder"


def test_migrations_and_resources_are_mapped_into_the_package() -> None:
    dirs = _pyproject()["tool"]["setuptools"]["package-dir"]
    assert dirs["utregs_plekkie.migrations"] == "db"
    assert dirs["utregs_plekkie.resources"] == "resources"
    assert (ROOT / "db" / "env.py").exists() and list((ROOT / "db" / "versions").glob("0001_*.py"))


def test_shipped_data_files_match_package_data() -> None:
    patterns = _pyproject()["tool"]["setuptools"]["package-data"]["utregs_plekkie.resources"]
    shipped = {p for pattern in patterns for p in (ROOT / "resources").glob(pattern)}
    assert ROOT / "resources" / "geo" / "pc4_utrecht_regio.csv" in shipped
