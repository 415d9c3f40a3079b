"""Timing helpers and the result table shared by every benchmark module."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    figure: str
    ours: float
    comparison: float
    unit: str
    higher_is_better: bool
    target: str
    comparison_name: str

    @property
    def ratio(self) -> float:
        if self.higher_is_better:
            return self.ours / self.comparison
        return self.comparison / self.ours if self.ours else float("inf")


def median_time(fn: Callable[[], object], repeats: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of ``fn`` over ``repeats`` runs; ``setup`` runs untimed before each."""
    times = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _amount(value: float, unit: str) -> str:
    if math.isnan(value):  # no comparison was measured (a tool not installed)
        return "-"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.3g} {unit}"


def print_table(rows: list[Row]) -> None:
    headers = ["figure", "ours", "comparison", "ratio (ours/comp, speed)", "target"]
    lines = [
        [
            r.figure,
            _amount(r.ours, r.unit),
            f"{_amount(r.comparison, r.unit)} ({r.comparison_name})",
            "-" if math.isnan(r.ratio) else f"{r.ratio:.2f}",
            r.target,
        ]
        for r in rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headers)]
    print(" | ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("-+-".join("-" * w for w in widths))
    for line in lines:
        print(" | ".join(c.ljust(w) for c, w in zip(line, widths)))
