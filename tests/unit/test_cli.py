"""The command line: Dutch output, --db and the environment variable, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from utregs_plekkie import paths
from utregs_plekkie.cli import run


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(list(argv), out=out)
    return code, out.getvalue()


@pytest.mark.parametrize(
    "db_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_demo_then_info_on_both_databases(db_kind, request) -> None:
    url = request.getfixturevalue("sqlite_url" if db_kind == "sqlite" else "pg_url")
    code, text = _run(
        "demo", "--db", url, "--requests", "120", "--households", "20", "--children", "15"
    )
    assert code == 0
    assert "Demogegevens gemaakt in" in text and "120 aanvragen" in text
    code, text = _run("info", "--db", url, "--json")
    assert code == 0
    info = json.loads(text)
    assert info["aantallen"]["aanvragen"] == 120 and info["soort"] == db_kind


def test_db_from_environment_variable(sqlite_url, monkeypatch) -> None:
    monkeypatch.setenv(paths.DB_ENV, sqlite_url)
    code, text = _run("info")
    assert code == 0 and sqlite_url.removeprefix("sqlite:///") in text


def test_default_database_lives_in_the_user_data_folder() -> None:
    code, text = _run("info")
    assert code == 0 and str(paths.data_dir()) in text


def test_failures_exit_non_zero_with_a_dutch_sentence(sqlite_url, capsys) -> None:
    assert (
        _run("demo", "--db", sqlite_url, "--requests", "5", "--households", "1", "--children", "1")[
            0
        ]
        == 0
    )
    code, _ = _run("demo", "--db", sqlite_url)
    assert code == 1
    assert "De database bevat al gegevens" in capsys.readouterr().err
    code, _ = _run("info", "--db", "mysql://iemand@server/db")
    assert code == 1
    assert "wordt niet ondersteund" in capsys.readouterr().err


def test_usage_errors_are_dutch() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "utregs_plekkie", "demo", "--requests", "x"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "gebruik:" in result.stderr and "geen geheel getal" in result.stderr


def test_resolve_db_url_precedence(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(paths.DB_ENV, "sqlite:///uit-omgeving.sqlite")
    assert paths.resolve_db_url("postgresql://a@b/c") == "postgresql://a@b/c"
    assert paths.resolve_db_url(None) == "sqlite:///uit-omgeving.sqlite"
    monkeypatch.delenv(paths.DB_ENV)
    assert paths.resolve_db_url(None) == paths.default_db_url()
    bare = tmp_path / "los.sqlite"
    assert paths.resolve_db_url(str(bare)) == "sqlite:///" + str(bare)


def test_bench_prints_a_table_or_one_json_object() -> None:
    small = ("--requests", "300", "--households", "30", "--children", "30")
    code, text = _run("bench", "demo", *small)
    assert code == 0 and "demogegevens maken" in text
    code, text = _run("bench", "demo", *small, "--json")
    assert code == 0
    report = json.loads(text)
    assert report["bench"] == "demo" and report["figures"]["demo_s"]["value"] > 0
    assert report["context"]["aanvragen"] == 300
