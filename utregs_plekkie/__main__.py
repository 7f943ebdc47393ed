"""``python -m utregs_plekkie`` and the ``utregs-plekkie`` command."""

from __future__ import annotations

import sys

from utregs_plekkie.cli import run


def main(argv: list[str] | None = None) -> int:
    return run(argv)


def main_gui() -> int:
    """Entry point of the windowed launcher: always the application window."""
    return run(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
