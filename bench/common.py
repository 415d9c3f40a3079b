"""Timing helpers and the result table shared by every benchmark module.

A row is a figure, ours, the comparison measured in the same run, the ratio and the
target (from bench/targets.py). A row whose comparison was not measured (NaN) shows no
ratio: a target alone is not a comparison. Cases are timed alternated (A B C, B C A, ...)
so that each meets the same spells of load on a shared machine, and reported as medians.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench.targets import Target

NAN = math.nan


@dataclass(frozen=True)
class Row:
    figure: str
    ours: float
    comparison: float  # NaN: nothing measured to compare with (a target-only row)
    unit: str
    higher_is_better: bool
    target: Target | str  # a Target is judged on this row; a string is shown as it is
    comparison_name: str

    @property
    def ratio(self) -> float:
        """The speed ratio: above 1 when ours is better, whichever way the unit runs."""
        if math.isnan(self.comparison) or math.isnan(self.ours):
            return NAN
        if self.higher_is_better:
            return self.ours / self.comparison if self.comparison else math.inf
        return self.comparison / self.ours if self.ours else math.inf

    @property
    def target_text(self) -> str:
        if isinstance(self.target, Target):
            return self.target.judged(self.ours, self.ratio)
        return self.target

    @property
    def met(self) -> bool | None:
        return self.target.met(self.ours, self.ratio) if isinstance(self.target, Target) else None


def alternate(cases: dict[str, Callable[[], object]], repeats: int,
              setups: dict[str, Callable[[], object]] | None = None,
              clock: Callable[[], float] = time.perf_counter) -> dict[str, list[float]]:
    """Each case timed once per round, ``repeats`` rounds, the order rotated every round
    (so no case always runs first, after a warm cache or a cold one); ``setups`` run
    untimed before their case. Returns every case's times, in the order run."""
    names = list(cases)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(repeats):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            if setups and name in setups:
                setups[name]()
            start = clock()
            cases[name]()
            times[name].append(clock() - start)
    return times


def medians(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in times.items()}


def median_time(fn: Callable[[], object], repeats: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of ``fn`` over ``repeats`` runs; ``setup`` runs untimed before each."""
    return medians(alternate({"fn": fn}, repeats, {"fn": setup} if setup else None))["fn"]


def amount(value: float, unit: str) -> str:
    if math.isnan(value):  # not measured (a comparison that does not exist, a tool not installed)
        return "-"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.3g} {unit}"


def cells(row: Row) -> list[str]:
    """figure, ours, comparison (named), ratio, target: the row as text."""
    comparison = "-" if math.isnan(row.comparison) else f"{amount(row.comparison, row.unit)} ({row.comparison_name})"
    if math.isnan(row.comparison) and row.comparison_name not in ("", "-"):
        comparison = f"- ({row.comparison_name})"
    ratio = "-" if math.isnan(row.ratio) else f"{row.ratio:.2f}"
    return [row.figure, amount(row.ours, row.unit), comparison, ratio, row.target_text]


HEADERS = ["figure", "ours", "comparison (measured in the same run)", "speed ratio (>1: ours better)", "target"]


def print_table(rows: list[Row]) -> None:
    lines = [cells(r) for r in rows]
    widths = [max([len(h), *(len(line[i]) for line in lines)]) for i, h in enumerate(HEADERS)]
    print(" | ".join(h.ljust(w) for h, w in zip(HEADERS, widths)))
    print("-+-".join("-" * w for w in widths))
    for line in lines:
        print(" | ".join(c.ljust(w) for c, w in zip(line, widths)))


def markdown_table(rows: list[Row]) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|")

    out = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    out += ["| " + " | ".join(escape(c) for c in cells(r)) + " |" for r in rows]
    return "\n".join(out) + "\n"
