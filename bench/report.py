"""bench/REPORT.md: one run's table with where, when and under what load it was measured.

The README quotes this file rather than a memory of some run. A run counts as quiet when
other work kept fewer than ``QUIET_OTHER_CORES`` cores busy (1-minute average) in every
sample; otherwise the report says so at the top, with the figures, so a reader knows what
they are worth. The kernel's load average is recorded too, but it cannot judge quietness:
it counts the bench's own processes, and the rows that run a daemon with its parser
processes, PostgreSQL and a feed server hold a 2-core machine above 2 on their own. The
threshold keeps the sense of "load under 1.5" on two cores: a one-process row (1) plus at
most half a core of anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench.common import Row, markdown_table
from bench.machine import LoadSampler

QUIET_OTHER_CORES = 0.5


@dataclass
class GroupRun:
    name: str
    seconds: float
    loads: list[float]  # 1-minute load averages sampled while it ran (the bench's own work included)
    rows: list[Row]
    error: str | None = None
    others: tuple[float, ...] | list[float] = ()  # cores other work kept busy meanwhile (1-minute averages)


def render(groups: list[GroupRun], machine: dict[str, str], versions: dict[str, str], command: str,
           started: datetime, all_loads: list[float], all_others: list[float]) -> str:
    quiet = bool(all_others) and max(all_others) < QUIET_OTHER_CORES
    lines = [
        "# Bench report",
        "",
        f"Written by `{command}`, started {started.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"took {sum(g.seconds for g in groups) / 60:.1f} min.",
        "",
        (f"**Quiet run**: other work kept at most {max(all_others, default=0):.2f} cores busy (1-minute average, "
         f"under {QUIET_OTHER_CORES} in all {len(all_others)} samples; min / median / max "
         f"{LoadSampler.summary(all_others)})." if quiet else
         f"**Not a quiet run**: other work kept up to {max(all_others, default=float('nan')):.2f} cores busy "
         f"(1-minute average; min / median / max {LoadSampler.summary(all_others)} over {len(all_others)} samples; "
         f"quiet means under {QUIET_OTHER_CORES} throughout). Ratios of parallel work against serial work are "
         f"understated for ours; re-run on a quiet machine before quoting them."),
        "",
        f"The kernel's 1-minute load average, the bench's own processes included, was min / median / max "
        f"{LoadSampler.summary(all_loads)}: the rows that run daemons, parser processes, PostgreSQL and a feed "
        f"server keep two cores busy on their own.",
        "",
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in machine.items()),
        "",
        "## Versions",
        "",
        *(f"- {key}: {value}" for key, value in versions.items()),
        "",
        "## Load by group",
        "",
        "Sampled every few seconds while the group ran (min / median / max): the cores other work kept busy, "
        "and the kernel's load average with the bench's own processes.",
        "",
        "| group | took | other work (cores) | load average | samples |",
        "|---|---|---|---|---|",
        *(f"| {g.name} | {g.seconds:.0f} s | {LoadSampler.summary(list(g.others))} | {LoadSampler.summary(g.loads)} "
          f"| {len(g.loads)} |" for g in groups),
        "",
        "## Rows",
        "",
        "Ratios are speed ratios (above 1: ours is better), within this run. What each row compares, "
        "with which options, and why that is fair: bench/README.md.",
        "",
    ]
    for group in groups:
        lines += [f"### {group.name}", ""]
        if group.error:
            lines += [f"**The group failed**: {group.error}", ""]
        if group.rows:
            lines += [markdown_table(group.rows)]
    judged = [(g.name, r) for g in groups for r in g.rows if r.met is not None]
    missed = [(name, r) for name, r in judged if not r.met]
    lines += ["## Targets", "",
              f"{len(judged) - len(missed)} of {len(judged)} targets met in this run."]
    if missed:
        lines += ["", "Not met:", ""]
        lines += [f"- {name}: {r.figure.strip()}: {r.target_text}" for name, r in missed]
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
