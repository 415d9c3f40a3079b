"""What a bench report must say about where it ran: the machine, the versions, the load.

These machines are shared and have two cores, so a figure means little without the load
it was measured under. :class:`LoadSampler` reads the kernel's 1-minute load average every
few seconds for the whole run (not once at the start, which would miss a neighbour's
build that began halfway), and how many cores the rest of the machine kept busy.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ["feedparser", "httpx", "orjson", "msgspec", "SQLAlchemy", "APScheduler", "textual", "trafilatura"]


def load_average() -> float:
    """The kernel's 1-minute load average."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def busy_seconds() -> float:
    """CPU seconds every process of the machine has used since boot (user, nice, system, irq)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    return sum(int(value) for value in fields[:3] + fields[5:8]) / os.sysconf("SC_CLK_TCK")


@dataclass
class LoadSampler:
    """Samples the 1-minute load average every ``every`` seconds until stopped; marks
    let a report show the load during each group of rows."""

    every: float = 5.0
    samples: list[tuple[float, float]] = field(default_factory=list)  # (monotonic time, load)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="load-sampler")

    def __enter__(self) -> LoadSampler:
        self.samples.append((time.monotonic(), load_average()))
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append((time.monotonic(), load_average()))

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.samples.append((time.monotonic(), load_average()))

    def between(self, start: float, end: float) -> list[float]:
        return [load for moment, load in self.samples if start <= moment <= end]

    @staticmethod
    def summary(loads: list[float]) -> str:
        if not loads:
            return "-"
        return f"{min(loads):.2f} / {statistics.median(loads):.2f} / {max(loads):.2f}"


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=10, cwd=REPO).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> dict[str, str]:
    """CPU, cores, memory and kernel of this machine."""
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "?")
    memory_kb = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal:")), 0)
    return {"cpu": model, "cores": str(os.cpu_count()), "memory": f"{memory_kb / 1024 / 1024:.1f} GiB",
            "kernel": platform.release(), "system": _os_name()}


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def versions() -> dict[str, str]:
    """Python, SQLite, the libraries the rows exercise, newsboat, and the commit measured."""
    found = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for package in PACKAGES:
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = "not installed"
    newsboat = shutil.which("newsboat")
    found["newsboat"] = _run([newsboat, "--version"]).split(" - ")[0].replace("newsboat ", "") if newsboat \
        else "not installed"
    commit = _run(["git", "rev-parse", "--short", "HEAD"])
    dirty = _run(["git", "status", "--porcelain", "--untracked-files=no", "--", "monitor", "bench"])
    found["commit"] = (commit or "?") + (" (with uncommitted changes in monitor/ or bench/)" if dirty else "")
    return found
