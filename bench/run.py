"""Run the benchmarks and print one table: figure, ours, comparison, ratio, target.

    python bench/run.py [GROUP ...]     groups: log, extract, projection, poll, alerts, tui, season
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import print_table  # noqa: E402

GROUPS = {"log": "bench.bench_log", "extract": "bench.bench_extract", "projection": "bench.bench_projection",
          "poll": "bench.bench_poll", "alerts": "bench.bench_alerts", "tui": "bench.bench_tui",
          "season": "bench.bench_season"}


def main(argv: list[str]) -> int:
    chosen = argv or list(GROUPS)
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        print(f"unknown group(s): {', '.join(unknown)}; choose from {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    rows = []
    for group in chosen:
        rows.extend(importlib.import_module(GROUPS[group]).run())
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
