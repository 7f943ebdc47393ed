"""``python -m utregs_plekkie`` and the ``utregs-plekkie`` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from utregs_plekkie.cli import run

    return run(argv)


def main_gui() -> int:
    """Entry point of the windowed launcher: always the application window."""
    from utregs_plekkie.cli import run

    return run(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
