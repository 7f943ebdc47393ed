"""The import contracts of ARCHITECTURE.md, checked on every import statement of the package.

`core` imports nothing of ours; `storage` only `core`; `packs` and `exchange` only `core`
and `storage`; `commands` and `gui` on top; only `gui` imports Qt. The contracts live in
pyproject.toml ([tool.importlinter]) and `lint-imports` checks them. On top of that, no
module takes part in an import cycle. grimp reads the source, so an import inside a
function body (or under TYPE_CHECKING) counts like one at the top of the module: moving an
import into a function hides a cycle from Python, not from this test.
"""

from __future__ import annotations

import ast
import functools
import itertools
import subprocess
import sys
from collections import deque
from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "utregs_plekkie"


def _lint_imports_argv() -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())",
        "--no-cache",
        "--no-logo",
    ]


def test_import_contracts_are_kept() -> None:
    result = subprocess.run(
        _lint_imports_argv(),
        cwd=ROOT,  # lint-imports reads [tool.importlinter] from ./pyproject.toml
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert "Contracts:" in result.stdout, f"lint-imports did not run:\n{result.stderr}"
    assert result.returncode == 0, (
        "An import breaks a contract in pyproject.toml [tool.importlinter]:\n" + result.stdout
    )


# --------------------------------------------------------------------------- cycles


def strongly_connected_components(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's algorithm, without recursion (the GUI alone has hundreds of modules).

    `graph` maps each module to the modules it imports. Returns the components that
    hold a cycle (two or more modules, or one module that imports itself), each sorted,
    the list sorted too.
    """
    index: dict[str, int] = {}
    lowlink: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0

    for root in sorted(graph):
        if root in index:
            continue
        # Each frame: a node and an iterator over its successors still to visit.
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = lowlink[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = lowlink[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph.get(succ, ())))))
                    advanced = True
                    break
                if succ in on_stack:
                    lowlink[node] = min(lowlink[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowlink[parent] = min(lowlink[parent], lowlink[node])
            if lowlink[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    components.append(sorted(component))
    return sorted(components)


def shortest_cycle_through(
    start: str, graph: Mapping[str, Iterable[str]], within: set[str]
) -> list[str]:
    """The shortest import chain start -> ... -> start that stays inside `within`."""
    previous: dict[str, str] = {}
    queue = deque([start])
    seen = {start}
    while queue:
        node = queue.popleft()
        for succ in sorted(graph.get(node, ())):
            if succ not in within:
                continue
            if succ == start:
                chain = [node]
                while chain[-1] != start:
                    chain.append(previous[chain[-1]])
                return [*reversed(chain), start]
            if succ not in seen:
                seen.add(succ)
                previous[succ] = node
                queue.append(succ)
    raise ValueError(f"{start} is on no cycle inside the given modules")


def cycles_covering(component: list[str], graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Short cycles that together pass through every module of one component."""
    within = set(component)
    covered: set[str] = set()
    cycles = []
    for module in component:
        if module in covered:
            continue
        cycle = shortest_cycle_through(module, graph, within)
        covered.update(cycle)
        cycles.append(cycle)
    return cycles


def _module_file(module: str) -> Path | None:
    """The source file of a module, found on sys.path without importing anything."""
    parts = module.split(".")
    for entry in sys.path:
        base = Path(entry or ".").joinpath(*parts)
        for candidate in (base.with_suffix(".py"), base / "__init__.py"):
            if candidate.is_file():
                return candidate
    return None


@functools.cache
def _functions_by_line(module: str) -> dict[int, str]:
    """Line number -> name of the innermost function around it (Class.method for methods)."""
    path = _module_file(module)
    if path is None:
        return {}
    lines: dict[int, str] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + child.name
                for line in range(child.lineno, (child.end_lineno or child.lineno) + 1):
                    lines[line] = name
                visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return lines


def describe_link(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    """'a.b:12 (in f())' for the first line where importer imports imported."""
    details = graph.get_import_details(importer=importer, imported=imported)
    if not details:
        return importer
    places = []
    for detail in sorted(details, key=lambda d: d["line_number"]):
        line = detail["line_number"]
        function = _functions_by_line(importer).get(line)
        places.append(f"{line}" + (f" in {function}()" if function else ""))
    return f"{importer} (line {', '.join(places[:3])})"


def describe_cycle(graph: grimp.ImportGraph, cycle: list[str]) -> str:
    steps = [describe_link(graph, a, b) for a, b in itertools.pairwise(cycle)]
    return "\n      -> ".join([*steps, cycle[-1]])


def import_graph() -> tuple[grimp.ImportGraph, dict[str, set[str]]]:
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    edges = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    return graph, edges


def test_no_import_cycles() -> None:
    graph, edges = import_graph()
    components = strongly_connected_components(edges)
    report = []
    for component in components:
        report.append(f"{len(component)} modules import each other: {', '.join(component)}")
        for cycle in cycles_covering(component, edges):
            report.append("    " + describe_cycle(graph, cycle))
    assert not components, (
        f"{len(components)} import cycle(s); break each by moving code, not by moving the "
        "import into a function (that still counts):\n" + "\n".join(report)
    )


# ------------------------------------------------------------------ the checker itself


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"a"}}, [["a"]]),
        (
            {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": {"d"}, "f": {"a"}},
            [["a", "b", "c"], ["d", "e"]],
        ),
    ],
)
def test_components_are_found(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert strongly_connected_components(graph) == expected


def test_cycles_are_reported_as_chains_with_the_line_and_function() -> None:
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b", line_number=3, line_contents="import b")
    graph.add_import(importer="pkg.b", imported="pkg.c", line_number=5, line_contents="import c")
    graph.add_import(importer="pkg.c", imported="pkg.a", line_number=9, line_contents="import a")
    graph.add_import(importer="pkg.b", imported="pkg.a", line_number=7, line_contents="import a")
    edges = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}

    [component] = strongly_connected_components(edges)
    assert component == ["pkg.a", "pkg.b", "pkg.c"]
    cycles = cycles_covering(component, edges)
    assert cycles == [["pkg.a", "pkg.b", "pkg.a"], ["pkg.c", "pkg.a", "pkg.b", "pkg.c"]]
    assert describe_cycle(graph, cycles[0]) == (
        "pkg.a (line 3)\n      -> pkg.b (line 7)\n      -> pkg.a"
    )


def test_imports_inside_functions_are_in_the_graph(tmp_path: Path) -> None:
    package = tmp_path / "cyclepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "one.py").write_text("from cyclepkg import two\n")
    (package / "two.py").write_text("def late():\n    from cyclepkg import one\n    return one\n")
    sys.path.insert(0, str(tmp_path))
    try:
        graph = grimp.build_graph("cyclepkg", cache_dir=None)
        edges = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
        assert strongly_connected_components(edges) == [["cyclepkg.one", "cyclepkg.two"]]
        link = describe_link(graph, "cyclepkg.two", "cyclepkg.one")
        assert link == "cyclepkg.two (line 2 in late())"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.split(".")[0] == "cyclepkg"]:
            del sys.modules[name]
