"""What a bench report must say about where it ran: the machine, the versions, the load.

These machines are shared and have two cores, so a figure means little without the load
it was measured under. :class:`LoadSampler` reads, every few seconds for the whole run (not
once at the start, which would miss a neighbour's build that began halfway), two things:

- the kernel's 1-minute load average, which counts the bench's own processes too: a row
  that runs a daemon with its two parser processes, PostgreSQL and a feed server keeps a
  2-core machine above 2 by itself, so this figure cannot say whether the machine was quiet;
- how many cores *other* work kept busy: the machine's CPU time less the CPU time of the
  processes the bench started, as a 1-minute average like the kernel's. The bench marks its
  processes by an environment variable (``BENCH_RUN_MARK``) that every process it starts
  inherits, PostgreSQL's server and newsboat included, so nothing needs to register itself.
  The kernel's own threads are left out too (the bench's disk writes keep them busy), and the
  average starts from one second measured before the bench starts anything.
"""

from __future__ import annotations

import importlib.metadata
import math
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import threading
import time
import uuid
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


RUN_MARK = "BENCH_RUN_MARK"  # not MONITOR_*: the rows strip those from the daemons' environment
_TICK = os.sysconf("SC_CLK_TCK")


def _process_times() -> dict[int, tuple[int, int, float]]:
    """pid -> (start tick, parent pid, CPU seconds of the process and its reaped children)."""
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            text = Path(entry.path, "stat").read_text()
        except OSError:  # it ended meanwhile
            continue
        fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "; comm may hold spaces
        # fields[1] is the parent; utime, stime, cutime, cstime are fields[11:15]; start time fields[19]
        found[int(entry.name)] = (int(fields[19]), int(fields[1]), sum(int(v) for v in fields[11:15]) / _TICK)
    return found


def _kernel_threads(processes: dict[int, tuple[int, int, float]]) -> dict[int, float]:
    """The kernel's threads (kthreadd, pid 2, and its children): pid -> CPU seconds. The bench's
    own disk writes (a 10-million-row PostgreSQL log) keep them busy, so they are no neighbour."""
    return {pid: seconds for pid, (_start, parent, seconds) in processes.items() if pid == 2 or parent == 2}


def _marked(pid: int, token: bytes) -> bool:
    try:
        return token in Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False


class BenchCpu:
    """CPU seconds used so far by the processes of one bench run (those whose environment
    carries its mark, and this process), counted per process so that a child's time is not
    counted twice when its parent reaps it, nor lost when it ends between two readings."""

    def __init__(self, token: str) -> None:
        self._token = f"{RUN_MARK}={token}".encode()
        self._own = os.getpid()
        self._marks: dict[tuple[int, int], bool] = {}  # (pid, start) -> marked
        self._last: dict[int, tuple[int, int, float]] = {}
        self.total = 0.0
        self.kernel = 0.0  # the kernel's own threads (writeback, I/O), whose work is no one's neighbour
        processes = _process_times()
        self._last = self._ours(processes)
        self._kernel_last = _kernel_threads(processes)

    def _ours(self, processes: dict[int, tuple[int, int, float]]) -> dict[int, tuple[int, int, float]]:
        """The bench's processes: marked ones, and the children of marked ones whatever their
        environment shows now (PostgreSQL's server processes write their titles over the
        environment block /proc reads: only the postmaster still shows the mark). This process's
        own children count only when marked, as every child the bench starts is."""
        new = [(pid, start, parent) for pid, (start, parent, _s) in processes.items() if (pid, start) not in self._marks]
        for pid, start, _parent in new:
            self._marks[(pid, start)] = pid == self._own or _marked(pid, self._token)
        for pid, start, parent in sorted(new, key=lambda item: item[1]):  # parents start before their children
            if not self._marks[(pid, start)] and parent in processes and parent not in (pid, self._own):
                self._marks[(pid, start)] = self._marks.get((parent, processes[parent][0]), False)
        return {pid: entry for pid, entry in processes.items() if self._marks[(pid, entry[0])]}

    def read(self) -> float:
        processes = _process_times()
        kernel = _kernel_threads(processes)
        self.kernel += sum(seconds - self._kernel_last.get(pid, seconds) for pid, seconds in kernel.items())
        self._kernel_last = kernel
        now = self._ours(processes)
        for pid, (start, _parent, seconds) in now.items():
            before = self._last.get(pid)
            self.total += seconds - (before[2] if before and before[0] == start else 0.0)
        for pid, (start, parent, seconds) in self._last.items():
            if pid not in now or now[pid][0] != start:  # it ended: if one of ours reaped it, its
                if parent in now:                        # whole time just reached the parent's count
                    self.total -= seconds
        self._last = now
        return self.total


@dataclass
class LoadSampler:
    """Samples, every ``every`` seconds until stopped, the 1-minute load average and the
    cores other work kept busy (1-minute average); marks let a report show both during each
    group of rows. Entering it marks this process's environment, so that every process the
    bench starts afterwards is counted as the bench's."""

    every: float = 5.0
    samples: list[tuple[float, float]] = field(default_factory=list)  # (monotonic time, load)
    others: list[tuple[float, float]] = field(default_factory=list)  # (monotonic time, cores)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="load-sampler")

    def __enter__(self) -> LoadSampler:
        os.environ[RUN_MARK] = uuid.uuid4().hex
        self._bench = BenchCpu(os.environ[RUN_MARK])
        # Before the bench starts anything, what keeps the machine busy is other work: one second of it
        # starts the average (the load average would carry minutes of whatever ran before).
        then, busy = time.monotonic(), busy_seconds()
        time.sleep(min(1.0, self.every))
        self._then, self._busy = time.monotonic(), busy_seconds()
        self._others = max(0.0, self._busy - busy) / max(self._then - then, 1e-6)
        self._bench.read()
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
        os.environ.pop(RUN_MARK, None)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._sample()

    def _sample(self) -> None:
        now, busy, ours_before, kernel_before = time.monotonic(), busy_seconds(), self._bench.total, self._bench.kernel
        ours = self._bench.read()
        elapsed = now - self._then
        if elapsed > 0:
            cores = max(0.0, (busy - self._busy) - (ours - ours_before) - (self._bench.kernel - kernel_before)) / elapsed
            decay = math.exp(-elapsed / 60.0)  # the kernel's 1-minute average, sampled
            self._others = self._others * decay + cores * (1.0 - decay)
        self._then, self._busy = now, busy
        self.samples.append((now, load_average()))
        self.others.append((now, self._others))

    def between(self, start: float, end: float) -> list[float]:
        return [load for moment, load in self.samples if start <= moment <= end]

    def others_between(self, start: float, end: float) -> list[float]:
        return [cores for moment, cores in self.others if start <= moment <= end]

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
