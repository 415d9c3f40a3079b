"""Run the benchmarks and print one table: figure, ours, comparison, ratio, target.

    python bench/run.py [GROUP ...] [--report PATH]
    python bench/run.py all --report bench/REPORT.md

Groups: log, extract, projection, poll, alerts, tui, season, restart, scale; ``all`` (or none) runs every
group. ``--report`` also writes the table as Markdown with the machine, the versions, the
date, and the load sampled throughout: the cores other work kept busy and the 1-minute
load average (bench/report.py). A group that fails is reported as failed and the others
still run.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import report  # noqa: E402
from bench.common import print_table  # noqa: E402
from bench.machine import LoadSampler, machine, versions  # noqa: E402

GROUPS = {"log": "bench.bench_log", "extract": "bench.bench_extract", "projection": "bench.bench_projection",
          "poll": "bench.bench_poll", "alerts": "bench.bench_alerts", "tui": "bench.bench_tui",
          "season": "bench.bench_season", "restart": "bench.bench_restart", "scale": "bench.bench_scale"}


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", nargs="*", metavar="GROUP", help=f"all, or some of: {', '.join(GROUPS)}")
    parser.add_argument("--report", type=Path, metavar="PATH", help="also write the table and its context here")
    return parser.parse_args(argv)


def run_groups(chosen: list[str], sampler: LoadSampler,
               load_module=importlib.import_module) -> list[report.GroupRun]:
    runs = []
    for group in chosen:
        start = time.monotonic()
        rows, error = [], None
        try:
            rows = load_module(GROUPS[group]).run()
        except Exception as failure:  # one broken group must not lose the others' figures
            traceback.print_exc()
            error = f"{type(failure).__name__}: {str(failure)[:500]}"
        end = time.monotonic()
        runs.append(report.GroupRun(group, end - start, sampler.between(start, end), rows, error,
                                    sampler.others_between(start, end)))
        print(f"[{group}: {end - start:.0f} s]", file=sys.stderr, flush=True)
    return runs


def main(argv: list[str], load_module=importlib.import_module) -> int:
    args = _arguments(argv)
    chosen = [g for g in args.groups if g != "all"] or list(GROUPS)
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        print(f"unknown group(s): {', '.join(unknown)}; choose from all, {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    started = datetime.now(timezone.utc)
    measured = versions()  # the commit measured is the one checked out now, whatever happens to the tree meanwhile
    with LoadSampler() as sampler:
        runs = run_groups(chosen, sampler, load_module)
    print_table([row for run in runs for row in run.rows])
    for run in runs:
        if run.error:
            print(f"group {run.name} failed: {run.error}", file=sys.stderr)
    if args.report:
        command = "python bench/run.py " + " ".join(argv)
        text = report.render(runs, machine(), measured, command, started,
                             [load for _, load in sampler.samples], [cores for _, cores in sampler.others])
        report.write(args.report, text)
        print(f"report written to {args.report}", file=sys.stderr)
    return 1 if any(run.error for run in runs) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
