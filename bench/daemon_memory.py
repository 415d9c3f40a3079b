"""The daemon's memory: ``monitor run`` as a real subprocess on many sources, with its workers.

The daemon is its main process and its parser processes (and their forkserver); all of
them are sampled from ``/proc/<pid>/smaps_rollup`` every 0.2 s, and the peak of the summed
PSS (each shared page divided among the processes mapping it) and of the summed RSS
(shared pages counted in every process) are kept. It is followed for ROUNDS polling
rounds, counted from its log lines, so the figures include the first poll's articles,
their claim extraction and the steady state after it.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.procfs import descendants, rollup_kb, status_kb
from monitor.log import initialise

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 10
INTERVAL = "3s"
PARSE_WORKERS = 2


class MemoryWatch(threading.Thread):
    """Samples a process and its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.stopped = threading.Event()
        self.main_rss_kb = 0  # the main process alone
        self.total_pss_kb = 0  # peak of the summed PSS of the family
        self.total_rss_kb = 0  # peak of the summed RSS of the family
        self.processes = 1

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            family = [self.pid, *descendants(self.pid)]
            rollups = [rollup_kb(pid) for pid in family]
            self.processes = max(self.processes, sum(1 for r in rollups if r))
            self.main_rss_kb = max(self.main_rss_kb, rollups[0].get("Rss", 0))
            self.total_pss_kb = max(self.total_pss_kb, sum(r.get("Pss", 0) for r in rollups))
            self.total_rss_kb = max(self.total_rss_kb, sum(r.get("Rss", 0) for r in rollups))


@dataclass
class DaemonMemory:
    total_pss_mb: float
    total_rss_mb: float
    main_peak_mb: float
    processes: int
    seconds: float
    polls_failed: int
    main_rss_first_round_mb: float
    main_rss_last_round_mb: float


def daemon_memory(urls: list[str], folder: Path, timeout: float = 900.0) -> DaemonMemory:
    """Run ``monitor run`` on every feed until each source has been polled ROUNDS times."""
    folder.mkdir()
    database = f"sqlite:///{folder / 'monitor.db'}"
    lines = [f'[database]\nurl = "{database}"\n',
             f'[defaults]\ninterval = "{INTERVAL}"\naffiliation = "independent"\nlanguage = "en"\n']
    lines += [f'[[sources]]\nname = "feed{n}"\nurl = "{url}"\n' for n, url in enumerate(urls)]
    config = folder / "sources.toml"
    config.write_text("\n".join(lines))
    initialise(database)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env["PYTHONPATH"] = str(REPO)
    stderr = (folder / "stderr.txt").open("w")
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run", "--parse-workers",
                                str(PARSE_WORKERS)], cwd=folder, env=env, stdout=subprocess.PIPE, stderr=stderr,
                               text=True)
    watch = MemoryWatch(process.pid)
    watch.start()
    lines_out: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines_out.put(line)
        lines_out.put(None)

    threading.Thread(target=read, daemon=True).start()
    polls: Counter[str] = Counter()
    results: Counter[str] = Counter()
    rounds_done: list[float] = []
    rss_by_round: list[float] = []  # the main process's RSS after each round (MB): growth would show a leak
    start = time.perf_counter()
    try:
        while len(rounds_done) < ROUNDS:
            try:
                line = lines_out.get(timeout=max(timeout - (time.perf_counter() - start), 0.01))
            except queue.Empty:
                raise AssertionError(f"the daemon did only {len(rounds_done)} rounds in {timeout:g} s") from None
            if line is None:
                raise AssertionError(f"the daemon stopped: {(folder / 'stderr.txt').read_text()[-800:]}")
            fields = dict(pair.split("=", 1) for pair in line.split() if "=" in pair)
            if "source" in fields and "result" in fields:
                polls[fields["source"]] += 1
                results[fields["result"]] += 1
                if len(polls) == len(urls) and min(polls.values()) > len(rounds_done):
                    rounds_done.append(time.perf_counter() - start)
                    rss_by_round.append(status_kb(process.pid, "VmRSS") / 1024)
        hwm_kb = status_kb(process.pid, "VmHWM")  # the kernel's own peak for the main process
    finally:
        watch.stopped.set()
        watch.join()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        stderr.close()
    return DaemonMemory(watch.total_pss_kb / 1024, watch.total_rss_kb / 1024,
                        max(hwm_kb, watch.main_rss_kb) / 1024, watch.processes, rounds_done[-1], results["failed"],
                        rss_by_round[0], rss_by_round[-1])
