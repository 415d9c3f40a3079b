"""Poller rows: 1,000 loopback feeds of 50 real items, first poll and steady state, against a
plain sequential ``feedparser.parse(url)`` loop and newsboat; the daemon's memory.

The feeds come from bench/feed_server.py in a process of its own (HTTP/1.1 keep-alive,
ETag and Last-Modified, 304 on a match). Ours is the pollers' share only: fetch, parse
(two parser processes), dedupe and append to a fresh SQLite log; no claim extraction.
Each of our first polls runs in a fresh process (parser processes started in the time),
alternated with the sequential loop and with newsboat's first reload (from an empty cache
each time); our last goes on to the steady state: the same feeds polled again with the
same Poller, as the daemon does. newsboat's second reload downloads everything again (it
sends validators only from its third), so it is timed from a copy of the cache its last
first reload left; its 304-only later reloads are shown as info. CPU seconds (all
processes or threads of each tool; ours split into the poller's process and its parser
processes) are printed beside the wall times, which a shared 2-core machine makes noisy,
and so is how many cores other processes kept busy meanwhile: with the kernel's session
autogroups, other work in another session takes up to a core from ours (parallel) but
next to nothing from the loop or newsboat (serial, one core's worth of work), so only
runs with that figure near 0 compare wall times fairly.
The sequential loop runs stock feedparser: the shortcuts ours installs in feedparser
(monitor/sources/feedparser_tuning.py, loaded in this process too) are switched off for
it. The memory rows run ``monitor run`` as a real subprocess on 1,000 loopback sources
and follow it for 10 polling rounds, counted from its log lines.

    BENCH_POLL_FEEDS=50 python bench/run.py poll     # a quick run on fewer feeds
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

import feedparser

from bench.common import Row
from monitor.config import SourceSpec
from monitor.log import initialise, open_store
from monitor.sources import Poller, feedparser_tuning

REPO = Path(__file__).resolve().parents[1]
FEEDS = int(os.environ.get("BENCH_POLL_FEEDS", "1000"))
ITEMS = 50
PARSE_WORKERS = 2
FIRST_REPEATS = 3  # our first poll and the sequential loop, alternated
STEADY_REPEATS = 3
ROUNDS = 10  # polling rounds the daemon is followed for
DAEMON_INTERVAL = "3s"
MEMORY_TARGET_MB = 250
NEWSBOAT_THREADS = 8
MB = 1024 * 1024


# -- the feed server -------------------------------------------------------------------


class FeedServer:
    """bench/feed_server.py in its own process."""

    def __enter__(self) -> FeedServer:
        self.process = subprocess.Popen([sys.executable, str(REPO / "bench" / "feed_server.py"), str(FEEDS),
                                         str(ITEMS)], stdout=subprocess.PIPE, text=True)
        fields = dict(pair.split("=") for pair in self.process.stdout.readline().split())
        self.port = int(fields["port"])
        self.bytes = int(fields["bytes"])
        self.urls = [f"http://127.0.0.1:{self.port}/feed/{n}.rss" for n in range(FEEDS)]
        return self

    def stats(self) -> Counter:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats") as response:
            return Counter({k: int(v) for k, v in (p.split("=") for p in response.read().decode().split())})

    def __exit__(self, *exc_info: object) -> None:
        self.process.kill()
        self.process.wait()


def _specs(urls: list[str]) -> list[SourceSpec]:
    return [SourceSpec(name=f"feed{n}", url=url, kind="feed", interval=timedelta(minutes=10),
                       affiliation="independent", language="en") for n, url in enumerate(urls)]


def _cpu(pid: int) -> float:
    """User plus system seconds of a live process (all its threads)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_busy() -> float:
    """CPU seconds all processes of the machine have used (since boot)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    return sum(int(value) for value in fields[:3] + fields[5:8]) / os.sysconf("SC_CLK_TCK")


def _our_cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of its descendants (the parser processes)."""
    own = os.times()
    return own.user + own.system, sum(_cpu(pid) for pid in _descendants(os.getpid()))


# -- ours ------------------------------------------------------------------------------


@dataclass
class Timed:
    """Wall seconds of each run, and the CPU seconds they took (all processes of the tool)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    parser_cpu: list[float] = field(default_factory=list)  # ours: the part spent in the parser processes
    other: list[float] = field(default_factory=list)  # cores other processes kept busy meanwhile, on average

    def add(self, wall: float, cpu: float, busy: float) -> None:
        """One run: its wall and CPU seconds, and the machine's busy CPU seconds meanwhile."""
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.other.append(max(busy - cpu, 0.0) / wall)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def ours(urls: list[str], database: Path, first: Timed, steady: Timed, steady_runs: int) -> None:
    """The first poll (a fresh log; the Poller's start included), then ``steady_runs``
    steady-state polls of the unchanged feeds with the same Poller."""
    url = f"sqlite:///{database}"
    initialise(url)
    store = open_store(url)
    specs = _specs(urls)

    def mark() -> tuple[float, tuple[float, float], float]:
        return time.perf_counter(), _our_cpu(), _machine_busy()

    async def poll_all(poller: Poller, into: Timed, start: tuple[float, tuple[float, float], float] | None = None):
        started, cpu, busy = start or mark()
        outcomes = await asyncio.gather(*(poller.poll(spec) for spec in specs))
        own, parsers = _our_cpu()
        into.add(time.perf_counter() - started, own + parsers - sum(cpu), _machine_busy() - busy)
        into.parser_cpu.append(parsers - cpu[1])
        return outcomes

    async def main() -> None:
        start = mark()
        async with Poller(store, parse_workers=PARSE_WORKERS) as poller:
            _check(await poll_all(poller, first, start), "polled", ITEMS)
            for _ in range(steady_runs):
                _check(await poll_all(poller, steady), "not_modified", 0)

    try:
        asyncio.run(main())
    finally:
        store.engine.dispose()


def ours_in_a_process(urls: Path, database: Path, first: Timed, steady: Timed, steady_runs: int) -> None:
    done = subprocess.run([sys.executable, "-m", "bench.bench_poll", "ours", str(urls), str(database),
                           str(steady_runs)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"our poll failed: {done.stderr[-1500:]}"
    timed = json.loads(done.stdout.splitlines()[-1])
    for name, into in (("first", first), ("steady", steady)):
        for key in ("wall", "cpu", "parser_cpu", "other"):
            getattr(into, key).extend(timed[name][key])


def _main(argv: list[str]) -> int:
    """``python -m bench.bench_poll ours URLS DATABASE STEADY_RUNS``: one run of ours, as JSON."""
    _, urls, database, steady_runs = argv
    first, steady = Timed(), Timed()
    ours(Path(urls).read_text().split(), Path(database), first, steady, int(steady_runs))
    print(json.dumps({"first": asdict(first), "steady": asdict(steady)}))
    return 0


def _check(outcomes, result: str, new: int) -> None:
    wrong = [o for o in outcomes if o.result != result or o.new != new]
    assert not wrong, f"{len(wrong)} polls not {result} with {new} new, e.g. {wrong[0].log_line()}"


# -- the comparisons -------------------------------------------------------------------


def sequential_loop(urls: list[str], into: Timed) -> None:
    """feedparser.parse(url) for each URL in turn: downloads and parses everything every time
    (stock feedparser, without the shortcuts ours installs)."""
    cpu, start, busy = os.times(), time.perf_counter(), _machine_busy()
    with feedparser_tuning.stock():
        for url in urls:
            parsed = feedparser.parse(url)
            assert len(parsed.entries) == ITEMS, (url, len(parsed.entries), parsed.get("bozo_exception"))
    after = os.times()
    into.add(time.perf_counter() - start, after.user + after.system - cpu.user - cpu.system, _machine_busy() - busy)


class Newsboat:
    """``newsboat -x reload`` with its own urls, config, cache and HOME in a private folder."""

    def __init__(self, urls: list[str], folder: Path) -> None:
        self.binary = shutil.which("newsboat")
        self.folder = folder
        folder.mkdir()
        (folder / "urls").write_text("".join(f"{url}\n" for url in urls))
        (folder / "config").write_text(f"reload-threads {NEWSBOAT_THREADS}\n")
        self.peak_rss_mb = 0.0

    def reload(self, into: Timed) -> None:
        folder = self.folder
        start, busy = time.perf_counter(), _machine_busy()
        process = subprocess.Popen([self.binary, "-x", "reload", "-u", str(folder / "urls"), "-C",
                                    str(folder / "config"), "-c", str(folder / "cache.db")],
                                   cwd=folder, env={**os.environ, "HOME": str(folder)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        process.stderr.close()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed, busy = time.perf_counter() - start, _machine_busy() - busy
        assert process.returncode == 0, f"newsboat failed ({process.returncode}): {stderr[-500:]!r}"
        self.peak_rss_mb = max(self.peak_rss_mb, usage.ru_maxrss * 1024 / MB)
        into.add(elapsed, usage.ru_utime + usage.ru_stime, busy)

    def snapshot(self) -> None:
        """Keep the cache as it is now, to start later reloads from the same state."""
        assert not list(self.folder.glob("cache.db-*")), "newsboat left a journal beside its cache"
        shutil.copyfile(self.folder / "cache.db", self.folder / "cache.snapshot")

    def restore(self) -> None:
        shutil.copyfile(self.folder / "cache.snapshot", self.folder / "cache.db")

    def items(self) -> int:
        import sqlite3

        with sqlite3.connect(self.folder / "cache.db") as conn:
            return conn.execute("SELECT COUNT(*) FROM rss_item").fetchone()[0]


# -- the daemon's memory ---------------------------------------------------------------


def _descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        parent = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{parent}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.append(child)
                    stack.append(child)
    return found


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemoryWatch(threading.Thread):
    """Samples the daemon and its descendants (parser processes, forkserver) until stopped."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.stopped = threading.Event()
        self.daemon_rss_kb = 0  # sampled VmRSS of the daemon process
        self.total_pss_kb = 0  # the peak of the sum of PSS over the daemon and its descendants
        self.total_rss_kb = 0  # the peak of the sum of VmRSS (shared pages counted in each)
        self.processes = 1

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            family = [self.pid, *_descendants(self.pid)]
            self.processes = max(self.processes, len(family))
            self.daemon_rss_kb = max(self.daemon_rss_kb, _status_kb(self.pid, "VmRSS"))
            self.total_pss_kb = max(self.total_pss_kb, sum(map(_pss_kb, family)))
            self.total_rss_kb = max(self.total_rss_kb, sum(_status_kb(p, "VmRSS") for p in family))


def daemon_memory(urls: list[str], folder: Path, timeout: float = 900.0) -> dict[str, float]:
    """Run ``monitor run`` on every feed until each source has been polled ROUNDS times."""
    folder.mkdir()
    database = f"sqlite:///{folder / 'monitor.db'}"
    lines = [f'[database]\nurl = "{database}"\n',
             f'[defaults]\ninterval = "{DAEMON_INTERVAL}"\naffiliation = "independent"\nlanguage = "en"\n']
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
    rounds_done: list[float] = []  # seconds since start when each round was complete
    rss_by_round: list[float] = []  # the daemon's RSS then (MB): growth would show a leak
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
                    rss_by_round.append(_status_kb(process.pid, "VmRSS") / 1024)
        hwm_kb = _status_kb(process.pid, "VmHWM")  # the kernel's own peak for the daemon process
    finally:
        watch.stopped.set()
        watch.join()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr.close()
    return {
        "daemon_peak_mb": max(hwm_kb, watch.daemon_rss_kb) / 1024,
        "total_pss_mb": watch.total_pss_kb / 1024,
        "total_rss_mb": watch.total_rss_kb / 1024,
        "processes": watch.processes,
        "seconds": rounds_done[-1],
        "first_round_s": rounds_done[0],
        "failed": results["failed"],
        "rss_first_round_mb": rss_by_round[0],
        "rss_last_round_mb": rss_by_round[-1],
    }


# -- the rows --------------------------------------------------------------------------


def _responses(before: Counter, after: Counter, runs: int) -> str:
    full = round((after["full"] - before["full"]) / runs)
    not_modified = round((after["not_modified"] - before["not_modified"]) / runs)
    return f"; {full:,} x 200, {not_modified:,} x 304"


def _verdict(ok: bool, target: str) -> str:
    return f"{target}: met" if ok else f"{target}: **not met**"


def run() -> list[Row]:
    newsboat_missing = shutil.which("newsboat") is None
    loop, newsboat_first, newsboat_second, newsboat_later = Timed(), Timed(), Timed(), Timed()
    newsboat_rss = math.nan
    newsboat_second_got = newsboat_later_got = ""
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        folder = Path(tmp)
        urls = server.urls
        # Alternated, so that all three meet the same spells of load on a shared machine;
        # each of our first polls starts from a fresh log, the last goes on to the steady
        # state, and each of newsboat's first reloads from a fresh cache. Each of ours runs
        # in a fresh process, as `monitor poll --once` would: its first poll pays for
        # starting the parser processes.
        first, steady = Timed(), Timed()
        newsboats: list[Newsboat] = []
        (folder / "urls").write_text("\n".join(urls))
        for run_index in range(FIRST_REPEATS):
            sequential_loop(urls, loop)
            last = run_index == FIRST_REPEATS - 1
            ours_in_a_process(folder / "urls", folder / f"ours{run_index}.db", first, steady,
                              STEADY_REPEATS if last else 0)
            if not newsboat_missing:
                newsboats.append(Newsboat(urls, folder / f"newsboat{run_index}"))
                newsboats[-1].reload(newsboat_first)
                assert newsboats[-1].items() == FEEDS * ITEMS, f"newsboat stored {newsboats[-1].items()} items"
        served = server.stats()
        assert served["not_modified"] == FEEDS * STEADY_REPEATS, f"expected only 304s in the steady state: {served}"
        if not newsboat_missing:
            newsboat = newsboats[-1]
            # newsboat's second reload fetches every feed in full again (it sends validators
            # only from the third on), so it is timed from the same cache each time; its
            # later reloads, all 304s, are timed after it.
            newsboat.snapshot()
            before = server.stats()
            for _ in range(STEADY_REPEATS):
                newsboat.restore()
                newsboat.reload(newsboat_second)
            after = server.stats()
            for _ in range(STEADY_REPEATS):
                newsboat.reload(newsboat_later)
            later = server.stats()
            newsboat_second_got = _responses(before, after, STEADY_REPEATS)
            newsboat_later_got = _responses(after, later, STEADY_REPEATS)
            newsboat_rss = max(n.peak_rss_mb for n in newsboats)
        memory = daemon_memory(urls, folder / "daemon")
        size_kb = server.bytes / FEEDS / 1024

    nan = math.nan
    newsboat_name = "newsboat not installed" if newsboat_missing else \
        f"newsboat -x reload, {NEWSBOAT_THREADS} threads"
    feeds = f"{FEEDS:,} feeds x {ITEMS} items ({size_kb:.0f} KB each)"

    def speed_row(figure: str, mine: float, theirs: float, name: str, factor: float) -> Row:
        target = f">= {factor:g}x faster"
        verdict = target if math.isnan(theirs) else _verdict(theirs / mine >= factor, target)
        return Row(figure, mine, theirs, "s", False, verdict, name)

    def wall(timed: Timed) -> float:
        return timed.median if timed.wall else nan

    def cpu(timed: Timed) -> float:
        return timed.median_cpu if timed.cpu else nan

    def other(timed: Timed) -> str:
        return f"{statistics.median(timed.other):.1f}" if timed.other else "-"

    failed = f"; {memory['failed']:,} polls failed" if memory["failed"] else ""
    memory_ok = memory["daemon_peak_mb"] < MEMORY_TARGET_MB
    total_ok = memory["total_pss_mb"] < MEMORY_TARGET_MB
    newsboat_memory = "newsboat not installed" if newsboat_missing else "newsboat's peak RSS in its reloads"
    return [
        speed_row(f"first poll, {feeds}, loopback (ours: {PARSE_WORKERS} parser processes; median of "
                  f"{len(first.wall)}, fresh logs)", first.median,
                  loop.median, f"sequential feedparser.parse(url), median of {len(loop.wall)}", 1.5),
        speed_row("  same, against newsboat (first reloads from an empty cache, alternated with the two above)",
                  first.median, wall(newsboat_first), f"{newsboat_name}, median of {len(newsboat_first.wall)}", 2),
        Row(f"  CPU seconds of that first poll (ours: all processes, of them {statistics.median(first.parser_cpu):.1f} s "
            f"in the parser processes; newsboat: all threads; other work on the machine meanwhile, in cores: ours "
            f"{other(first)}, the loop {other(loop)}, newsboat {other(newsboat_first)})", first.median_cpu,
            cpu(newsboat_first), "s", False, "(info)",
            f"{'newsboat not installed' if newsboat_missing else 'newsboat'}; the loop: {loop.median_cpu:.1f} s"),
        speed_row(f"steady-state poll of the unchanged feeds (ours: 304s; median of {STEADY_REPEATS})", steady.median,
                  loop.median, "sequential loop, downloads and parses again", 5),
        speed_row(f"  same, against newsboat's second reload (median of {STEADY_REPEATS}, same cache)", steady.median,
                  wall(newsboat_second), newsboat_name + newsboat_second_got, 20),
        Row("  same, against newsboat's later reloads", steady.median, wall(newsboat_later), "s", False, "(info)",
            newsboat_name + newsboat_later_got),
        Row("  CPU seconds of a steady-state poll", steady.median_cpu, cpu(newsboat_later), "s", False, "(info)",
            "newsboat not installed" if newsboat_missing else
            f"newsboat's later reloads; its second: {cpu(newsboat_second):.1f} s"),
        Row(f"daemon RSS, peak over {ROUNDS} rounds ({FEEDS:,} sources every {DAEMON_INTERVAL}; "
            f"{memory['seconds']:.0f} s{failed}; RSS after round 1: {memory['rss_first_round_mb']:.0f} MB, after "
            f"round {ROUNDS}: {memory['rss_last_round_mb']:.0f} MB)", memory["daemon_peak_mb"], newsboat_rss, "MB",
            False,
            _verdict(memory_ok, f"< {MEMORY_TARGET_MB} MB"), newsboat_memory),
        Row(f"  same with its {PARSE_WORKERS} parser processes: peak summed PSS of {memory['processes']} processes "
            f"(summed RSS {memory['total_rss_mb']:.0f} MB)", memory["total_pss_mb"], newsboat_rss, "MB", False,
            _verdict(total_ok, f"< {MEMORY_TARGET_MB} MB"), newsboat_memory),
    ]


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
