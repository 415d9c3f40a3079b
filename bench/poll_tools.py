"""The three pollers the poll rows time, each measured the same way.

- **ours**: the monitor's Poller in a fresh process (as ``monitor poll --once`` starts,
  its parser processes started inside the time), fetch + parse + dedupe + append to a
  fresh SQLite log, no claim extraction; then, after the server's idle timeout has
  closed its connections (as minutes between polls would), the same Poller polls every
  feed again: the steady state, conditional GETs with the validators it stored.
- **the sequential loop**: ``feedparser.parse(url)`` for each feed in turn, with the
  parser options ours uses (``sanitize_html=False, resolve_relative_uris=False``) and
  feedparser's own code (the shortcuts ours installs into feedparser are switched off);
  its steady state passes each feed's ``etag=`` and ``modified=`` from its first round,
  so it sends validators as ours does.
- **newsboat** ``-x reload`` with ``reload-threads 8`` (its default is 1: 8 is the
  generous setting) and its own cache, config and HOME in a private folder; its steady
  state is its third reload (2.21 stores validators only after its first reload, so its
  second downloads everything again: that one is run, untimed, to get there).

Each measurement (:class:`Meter`) records wall seconds, the tool's CPU seconds (all its
processes or threads), how many cores the rest of the machine kept busy meanwhile (the
feed server's own CPU left out), and what the feed server answered (200s, 304s, 503s).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PARSER_OPTIONS = {"sanitize_html": False, "resolve_relative_uris": False}  # what ours passes feedparser
NEWSBOAT_THREADS = 8


@dataclass
class Measurement:
    wall: float
    cpu: float
    other_cores: float  # cores other processes (not the tool, not the feed server) kept busy, on average
    served: dict[str, int]  # the feed server's answers meanwhile: full, not_modified, errors
    results: dict[str, int] = field(default_factory=dict)  # ours: outcomes by result


def served_counts(control: str) -> Counter:
    with urllib.request.urlopen(f"{control}/stats", timeout=30) as response:
        return Counter({k: int(v) for k, v in (p.split("=") for p in response.read().decode().split())})


def _machine_busy() -> float:
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    return sum(int(value) for value in fields[:3] + fields[5:8]) / os.sysconf("SC_CLK_TCK")


class Meter:
    """Wall time, the machine's busy CPU and the server's counters around one run."""

    def __init__(self, control: str, server_pid: int) -> None:
        self.control, self.server_pid = control, server_pid

    def start(self) -> None:
        from bench.procfs import cpu_seconds

        self._served = served_counts(self.control)
        self._server_cpu = cpu_seconds(self.server_pid)
        self._busy = _machine_busy()
        self._start = time.perf_counter()

    def stop(self, tool_cpu: float, results: dict[str, int] | None = None) -> Measurement:
        from bench.procfs import cpu_seconds

        wall = time.perf_counter() - self._start
        busy = _machine_busy() - self._busy
        server = cpu_seconds(self.server_pid) - self._server_cpu
        served = served_counts(self.control) - self._served
        return Measurement(wall, tool_cpu, max(busy - tool_cpu - server, 0.0) / wall,
                           {k: served[k] for k in ("full", "not_modified", "errors")}, dict(results or {}))


# -- ours ------------------------------------------------------------------------------


def ours_in_a_process(urls_file: Path, database: Path, control: str, server_pid: int, parse_workers: int,
                      items: int, idle_wait: float) -> tuple[Measurement, Measurement]:
    """Our first poll and steady-state poll, in a fresh process."""
    done = subprocess.run([sys.executable, "-m", "bench.poll_tools", "ours", str(urls_file), str(database), control,
                           str(server_pid), str(parse_workers), str(items), str(idle_wait)],
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, f"our poll failed: {done.stderr[-1500:]}"
    timed = json.loads(done.stdout.splitlines()[-1])
    return Measurement(**timed["first"]), Measurement(**timed["steady"])


def _ours(urls: list[str], database: Path, meter: Meter, parse_workers: int, items: int,
          idle_wait: float) -> dict[str, Measurement]:
    from bench.procfs import cpu_seconds, descendants
    from monitor.config import SourceSpec
    from monitor.log import initialise, open_store
    from monitor.sources import Poller

    url = f"sqlite:///{database}"
    initialise(url)
    store = open_store(url)
    specs = [SourceSpec(name=f"feed{n}", url=u, kind="feed", interval=timedelta(minutes=10),
                        affiliation="independent", language="en") for n, u in enumerate(urls)]

    def cpu() -> float:
        own = os.times()
        return own.user + own.system + sum(cpu_seconds(pid) for pid in descendants(os.getpid()))

    async def poll_all(poller: Poller, check) -> tuple[float, Counter]:
        outcomes = await asyncio.gather(*(poller.poll(spec) for spec in specs))
        results = Counter(o.result for o in outcomes)
        wrong = [o for o in outcomes if not check(o)]
        assert not wrong, f"{len(wrong)} unexpected outcomes, e.g. {wrong[0].log_line()}"
        return cpu(), results

    async def main() -> dict[str, Measurement]:
        meter.start()
        start_cpu = cpu()
        async with Poller(store, parse_workers=parse_workers) as poller:
            end_cpu, results = await poll_all(
                poller, lambda o: (o.result == "polled" and o.new == items) or o.result == "failed")
            first = meter.stop(end_cpu - start_cpu, results)
            await asyncio.sleep(idle_wait)  # the server closes idle connections, as minutes between polls would
            meter.start()
            start_cpu = cpu()
            end_cpu, results = await poll_all(poller, lambda o: o.result in ("not_modified", "skipped", "failed"))
            steady = meter.stop(end_cpu - start_cpu, results)
        return {"first": first, "steady": steady}

    try:
        return asyncio.run(main())
    finally:
        store.engine.dispose()


def _main(argv: list[str]) -> int:
    """``python -m bench.poll_tools ours URLS DATABASE CONTROL SERVER_PID WORKERS ITEMS IDLE_WAIT``"""
    _, urls, database, control, server_pid, workers, items, idle_wait = argv
    timed = _ours(Path(urls).read_text().split(), Path(database), Meter(control, int(server_pid)), int(workers),
                  int(items), float(idle_wait))
    print(json.dumps({name: asdict(m) for name, m in timed.items()}))
    return 0


# -- the sequential loop -----------------------------------------------------------------


class SequentialLoop:
    """``feedparser.parse(url)`` for each feed in turn; remembers each feed's validators."""

    def __init__(self, urls: list[str], items: int) -> None:
        self.urls, self.items = urls, items
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    def first(self, meter: Meter) -> Measurement:
        return self._round(meter, conditional=False)

    def steady(self, meter: Meter) -> Measurement:
        return self._round(meter, conditional=True)

    def _round(self, meter: Meter, conditional: bool) -> Measurement:
        import feedparser

        from monitor.sources import feedparser_tuning

        results: Counter[str] = Counter()
        meter.start()
        before = os.times()
        with feedparser_tuning.stock():
            for url in self.urls:
                etag, modified = self.validators.get(url, (None, None)) if conditional else (None, None)
                parsed = feedparser.parse(url, etag=etag, modified=modified, **PARSER_OPTIONS)
                status = parsed.get("status")
                results[str(status)] += 1
                if status == 200:
                    assert len(parsed.entries) == self.items, (url, len(parsed.entries))
                    self.validators[url] = (parsed.get("etag"), parsed.get("modified"))
        after = os.times()
        return meter.stop(after.user + after.system - before.user - before.system, results)


# -- newsboat ---------------------------------------------------------------------------


class Newsboat:
    """``newsboat -x reload`` with its own urls, config, cache and HOME in a private folder."""

    def __init__(self, urls: list[str], folder: Path) -> None:
        self.binary = shutil.which("newsboat")
        self.folder = folder
        folder.mkdir()
        (folder / "urls").write_text("".join(f"{url}\n" for url in urls))
        (folder / "config").write_text(f"reload-threads {NEWSBOAT_THREADS}\n")
        self.peak_rss_mb = 0.0

    @staticmethod
    def installed() -> bool:
        return shutil.which("newsboat") is not None

    def reload(self, meter: Meter | None = None) -> Measurement | None:
        folder = self.folder
        if meter is not None:
            meter.start()
        process = subprocess.Popen([self.binary, "-x", "reload", "-u", str(folder / "urls"), "-C",
                                    str(folder / "config"), "-c", str(folder / "cache.db")],
                                   cwd=folder, env={**os.environ, "HOME": str(folder)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        process.stderr.close()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        measured = meter.stop(usage.ru_utime + usage.ru_stime) if meter is not None else None
        assert process.returncode == 0, f"newsboat failed ({process.returncode}): {stderr[-500:]!r}"
        self.peak_rss_mb = max(self.peak_rss_mb, usage.ru_maxrss / 1024)
        return measured

    def items(self) -> int:
        with sqlite3.connect(self.folder / "cache.db") as conn:
            return conn.execute("SELECT COUNT(*) FROM rss_item").fetchone()[0]


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
