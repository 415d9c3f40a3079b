"""bench/REPORT.md: one run's table with where, when and under what load it was measured.

The README quotes this file rather than a memory of some run. A run counts as quiet when
the 1-minute load average stayed under ``QUIET_LOAD`` in every sample; otherwise the report
says so at the top, with the figures, so a reader knows what they are worth.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench.common import Row, markdown_table
from bench.machine import LoadSampler

QUIET_LOAD = 1.5


@dataclass
class GroupRun:
    name: str
    seconds: float
    loads: list[float]  # 1-minute load averages sampled while it ran
    rows: list[Row]
    error: str | None = None


def render(groups: list[GroupRun], machine: dict[str, str], versions: dict[str, str], command: str,
           started: datetime, all_loads: list[float]) -> str:
    quiet = bool(all_loads) and max(all_loads) < QUIET_LOAD
    lines = [
        "# Bench report",
        "",
        f"Written by `{command}`, started {started.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"took {sum(g.seconds for g in groups) / 60:.1f} min.",
        "",
        (f"**Quiet run**: the 1-minute load average stayed under {QUIET_LOAD} in all {len(all_loads)} samples "
         f"(min / median / max {LoadSampler.summary(all_loads)})." if quiet else
         f"**Not a quiet run**: the 1-minute load average reached {max(all_loads, default=float('nan')):.2f} "
         f"(min / median / max {LoadSampler.summary(all_loads)} over {len(all_loads)} samples; quiet means under "
         f"{QUIET_LOAD} throughout). Other work shared the machine's cores, so wall-time ratios of parallel "
         f"work against serial work are understated for ours; re-run on a quiet machine before quoting them."),
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
        "1-minute load average, sampled every few seconds while the group ran (min / median / max).",
        "",
        "| group | took | load | samples |",
        "|---|---|---|---|",
        *(f"| {g.name} | {g.seconds:.0f} s | {LoadSampler.summary(g.loads)} | {len(g.loads)} |" for g in groups),
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
