"""Poller rows: first poll and steady state of N feeds of 50 real items, on loopback and on
a latency profile (bench/network_profile.py), against newsboat and a sequential
``feedparser.parse(url)`` loop; the daemon's memory with its workers.

Like for like (bench/poll_tools.py says how each tool runs): the loop parses with ours'
parser options and sends validators in its steady state; newsboat's steady state is its
third reload; every tool meets the same simulated hosts (one port per host, so nobody
reuses a connection across hosts) and the same 2 % of 503s. The tools alternate (ours,
loop, newsboat; then rotated), each from a fresh state every round; figures are medians of
REPEATS rounds. CPU seconds (all processes or threads of each tool) are shown beside the
wall times: ours parses in 2 processes, the loop in 1, newsboat in 8 threads, so on a
2-core machine CPU seconds are the per-core comparison. Targets are judged on the latency
profile (issue 18); on loopback the same rows are information.

The loop runs at 250 feeds only on the latency profile: there every feed costs it about
0.3 s of waiting (three round trips on a new connection for every request), so at 1,000
feeds its three first polls and three steady states would take about half an hour.

    BENCH_POLL_FEEDS=250 BENCH_POLL_PROFILES=loopback python bench/run.py poll   # a quicker run
"""

from __future__ import annotations

import os
import statistics
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import targets
from bench.common import NAN, Row
from bench.daemon_memory import INTERVAL, PARSE_WORKERS as DAEMON_WORKERS, ROUNDS, daemon_memory
from bench.feed_hosts import FeedHosts
from bench.network_profile import PROFILES
from bench.poll_tools import NEWSBOAT_THREADS, Measurement, Meter, Newsboat, SequentialLoop, ours_in_a_process

ITEMS = 50
PARSE_WORKERS = 2
REPEATS = int(os.environ.get("BENCH_POLL_REPEATS", "3"))
FEED_COUNTS = [int(n) for n in os.environ.get("BENCH_POLL_FEEDS", "1000,250").split(",")]
PROFILE_NAMES = os.environ.get("BENCH_POLL_PROFILES", "loopback,latency").split(",")
LOOP_MAX_FEEDS = {"loopback": 1000, "latency": 250}  # the sequential loop's sizes (see above)
JUDGED_PROFILE = "latency"


@dataclass
class Tool:
    name: str
    first: list[Measurement]
    steady: list[Measurement]


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else NAN


def _answers(runs: list[Measurement]) -> str:
    """The feed server's answers in a run, median over runs: '980 x 200, 20 x 503'."""
    if not runs:
        return "-"
    parts = []
    for key, code in (("full", "200"), ("not_modified", "304"), ("errors", "503")):
        count = statistics.median(run.served.get(key, 0) for run in runs)
        if count:
            parts.append(f"{count:,.0f} x {code}")
    return ", ".join(parts) or "no answers"


def measure(profile: str, feeds: int, folder: Path, memory: bool) -> tuple[dict[str, Tool], dict, object]:
    """Every tool's first polls and steady states on one server, alternated."""
    tools = {"ours": Tool("ours", [], []), "newsboat": Tool("newsboat", [], []), "loop": Tool("loop", [], [])}
    order = ["ours", "loop", "newsboat"]
    if feeds > LOOP_MAX_FEEDS.get(profile, 0):
        order.remove("loop")
    if not Newsboat.installed():
        order.remove("newsboat")
    idle_wait = (PROFILES[profile].idle_timeout_s or 0) + 1 if PROFILES[profile].idle_timeout_s else 0.0
    facts: dict = {}
    found_memory = None
    with FeedHosts(feeds, ITEMS, profile) as hosts:
        meter = Meter(hosts.control, hosts.process.pid)
        urls_file = folder / "urls"
        urls_file.write_text("\n".join(hosts.urls))
        facts["size_kb"] = hosts.bytes / feeds / 1024
        peak = 0.0
        for round_ in range(REPEATS):
            shift = round_ % len(order)
            for name in order[shift:] + order[:shift]:
                tool = tools[name]
                if name == "ours":
                    first, steady = ours_in_a_process(urls_file, folder / f"ours{round_}.db", hosts.control,
                                                      hosts.process.pid, PARSE_WORKERS, ITEMS, idle_wait)
                elif name == "loop":
                    loop = SequentialLoop(hosts.urls, ITEMS)
                    first, steady = loop.first(meter), loop.steady(meter)
                else:
                    newsboat = Newsboat(hosts.urls, folder / f"newsboat{round_}")
                    first = newsboat.reload(meter)
                    stored = newsboat.items()
                    assert stored >= 0.9 * feeds * ITEMS, f"newsboat stored only {stored} items"
                    newsboat.reload()  # its second reload: no validators stored yet, so everything again
                    steady = newsboat.reload(meter)  # its third: the steady state
                    peak = max(peak, newsboat.peak_rss_mb)
                tool.first.append(first)
                tool.steady.append(steady)
        facts["newsboat_rss_mb"] = peak or NAN
        if memory:
            found_memory = daemon_memory(hosts.urls, folder / "daemon")
    return tools, facts, found_memory


def scenario_rows(profile: str, feeds: int, tools: dict[str, Tool], facts: dict) -> list[Row]:
    judged = profile == JUDGED_PROFILE
    ours, newsboat, loop = tools["ours"], tools["newsboat"], tools["loop"]

    def wall(runs: list[Measurement]) -> float:
        return _median([r.wall for r in runs])

    def cpu(runs: list[Measurement]) -> float:
        return _median([r.cpu for r in runs])

    def other(runs: list[Measurement]) -> str:
        return f"{_median([r.other_cores for r in runs]):.1f}" if runs else "-"

    def target(goal: targets.Target) -> targets.Target | str:
        return goal if judged else f"(info; {goal.text} is judged on the {JUDGED_PROFILE} profile)"

    newsboat_name = f"newsboat -x reload, {NEWSBOAT_THREADS} threads" if newsboat.first else "newsboat not installed"
    where = f"{feeds:,} feeds x {ITEMS} items ({facts['size_kb']:.0f} KB each), {profile}"
    n = len(ours.first)
    rows = [
        Row(f"first poll, {where} (ours: {PARSE_WORKERS} parser processes, fetch + parse + dedupe + append to a "
            f"fresh log; {_answers(ours.first)}; alternated, median of {n})", wall(ours.first), wall(newsboat.first),
            "s", False, target(targets.FIRST_POLL_VS_NEWSBOAT),
            f"{newsboat_name}, first reload from an empty cache; {_answers(newsboat.first)}"),
    ]
    if loop.first:
        rows.append(Row("  same, against the sequential loop (same parser options)", wall(ours.first),
                        wall(loop.first), "s", False, targets.FIRST_POLL_VS_LOOP,
                        f"feedparser.parse(url) one feed after another; {_answers(loop.first)}"))
    rows.append(Row(f"  CPU seconds of that first poll (all processes or threads; other work on the machine "
                    f"meanwhile, in cores: ours {other(ours.first)}, newsboat {other(newsboat.first)}"
                    + (f", the loop {other(loop.first)}" if loop.first else "") + ")",
                    cpu(ours.first), cpu(newsboat.first), "s", False, targets.INFO,
                    "newsboat" + (f"; the loop: {cpu(loop.first):.1f} s" if loop.first else "")))
    steady_answers = _answers(ours.steady)
    if loop.steady:
        rows.append(Row(f"unchanged feeds, steady state, {where} (ours: conditional GETs on new connections; "
                        f"{steady_answers})", wall(ours.steady), wall(loop.steady), "s", False,
                        target(targets.UNCHANGED_VS_LOOP),
                        f"the loop with each feed's etag= and modified=; {_answers(loop.steady)}"))
    rows.append(Row(("  same, " if loop.steady else f"unchanged feeds, steady state, {where} ({steady_answers}), ")
                    + "against newsboat's steady state", wall(ours.steady), wall(newsboat.steady), "s", False,
                    targets.INFO, f"newsboat's third reload; {_answers(newsboat.steady)}"))
    rows.append(Row("  CPU seconds of a steady-state poll", cpu(ours.steady), cpu(newsboat.steady), "s", False,
                    targets.INFO, "newsboat" + (f"; the loop: {cpu(loop.steady):.1f} s" if loop.steady else "")))
    return rows


def memory_rows(memory, newsboat_rss_mb: float, feeds: int) -> list[Row]:
    failed = f", {memory.polls_failed:,} polls failed" if memory.polls_failed else ""
    return [
        Row(f"daemon memory: `monitor run` with its {DAEMON_WORKERS} parser processes, peak summed PSS of "
            f"{memory.processes} processes ({feeds:,} loopback sources every {INTERVAL}, claims extracted, "
            f"{ROUNDS} rounds in {memory.seconds:.0f} s{failed}; newsboat's peak RSS in its reloads "
            f"{newsboat_rss_mb:.0f} MB, for scale)", memory.total_pss_mb, NAN, "MB", False, targets.MEMORY_MB, "-"),
        Row("  same, peak summed RSS (shared pages counted in every process)", memory.total_rss_mb, NAN, "MB", False,
            targets.INFO, "-"),
        Row(f"  the main process alone: peak RSS (after round 1: {memory.main_rss_first_round_mb:.0f} MB, after "
            f"round {ROUNDS}: {memory.main_rss_last_round_mb:.0f} MB)", memory.main_peak_mb, NAN, "MB", False,
            targets.INFO, "-"),
    ]


def run() -> list[Row]:
    rows: list[Row] = []
    memory_done = False
    with tempfile.TemporaryDirectory() as tmp:
        for profile in PROFILE_NAMES:
            for feeds in FEED_COUNTS:
                folder = Path(tmp) / f"{profile}-{feeds}"
                folder.mkdir()
                # The memory rows: once, on loopback at the largest size (polling rounds come fastest there).
                memory = not memory_done and profile == "loopback" and feeds == max(FEED_COUNTS)
                tools, facts, found = measure(profile, feeds, folder, memory)
                rows += scenario_rows(profile, feeds, tools, facts)
                if found is not None:
                    memory_done = True
                    memory_found, memory_facts, memory_feeds = found, facts, feeds
    if memory_done:
        rows += memory_rows(memory_found, memory_facts["newsboat_rss_mb"], memory_feeds)
    return rows
