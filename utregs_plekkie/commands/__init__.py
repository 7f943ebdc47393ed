"""Feature commands of the command line, one module per feature.

Each module defines ``register(cli: CommandSet) -> None`` and adds its commands with
``cli.command(...)`` and its benchmarks with ``cli.bench(...)``; the handler receives
the parsed arguments (``args.db_url`` is the resolved database URL) and an output
stream, and returns the exit code. What they build on (the parser, the common
options, Dutch number formats) is in ``commands._base``; cli imports commands, never
the reverse. User errors are raised as ``core.errors.UserError``
with a Dutch sentence; cli.run turns them into exit code 1.
"""

from __future__ import annotations

import importlib
import pkgutil

from utregs_plekkie.commands._base import CommandSet


def register_all(cli: CommandSet) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(cli)
