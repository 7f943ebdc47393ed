"""Printing benchmark figures: a readable table, or one JSON object of the same figures."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from utregs_plekkie import __version__


@dataclass
class Figure:
    key: str  # machine-readable name, used in the JSON
    label: str  # Dutch description for the table
    value: float
    unit: str  # "ms", "s", "rijen/s", ...
    target: str = ""  # e.g. "< 100 ms"; empty when the issue names none
    met: bool | None = None


@dataclass
class BenchReport:
    name: str
    figures: list[Figure] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)

    def add(
        self,
        key: str,
        label: str,
        value: float,
        unit: str,
        target: str = "",
        met: bool | None = None,
    ) -> None:
        self.figures.append(Figure(key, label, value, unit, target, met))

    def write(self, out: TextIO, as_json: bool) -> None:
        if as_json:
            payload = {
                "bench": self.name,
                "version": __version__,
                "machine": {"python": platform.python_version(), "cpu": platform.machine()},
                "context": self.context,
                "figures": {
                    f.key: {
                        "value": round(f.value, 3),
                        "unit": f.unit,
                        "target": f.target,
                        "met": f.met,
                    }
                    for f in self.figures
                },
            }
            json.dump(payload, out, ensure_ascii=False)
            out.write("\n")
            return
        print(f"Benchmark: {self.name}", file=out)
        for key, value in self.context.items():
            print(f"  {key}: {value}", file=out)
        width = max((len(f.label) for f in self.figures), default=10)
        print(f"  {'meting':<{width}}  {'waarde':>12}  {'doel':<12}  ", file=out)
        for f in self.figures:
            shown = f"{f.value:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")
            verdict = "" if f.met is None else ("gehaald" if f.met else "NIET gehaald")
            print(
                f"  {f.label:<{width}}  {shown:>9} {f.unit:<3}  {f.target:<12}  {verdict}", file=out
            )


def timed_ms(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def median_and_worst(samples: Sequence[float]) -> tuple[float, float]:
    return statistics.median(samples), max(samples)
