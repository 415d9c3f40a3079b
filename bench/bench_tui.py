"""Dashboard rows: how long `monitor tui` takes to show the front with a large log, and how
soon an event appended by another process shows on it.

The log is built with the projection benchmark's synthetic claims (articles of five claims
from 200 outlets about 3,000 places), holding BENCH_PROJECTION_EVENTS events in all
(default 1,000,000), and the front projection is rebuilt once, as the daemon keeps it.

- Open: a fresh `python -m monitor tui` process, headless, from its start (interpreter,
  imports, gazetteer, the first snapshot read from the projection's tables) until the
  front table shows its rows; the median of three starts.
- Live: a dashboard follows the log while a separate process appends one article and its
  claims; the time from that process's commit to the dashboard showing a snapshot that
  includes it (the head it returned); the worst of five appends.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_projection import CLAIMS_PER_ARTICLE, build_log
from bench import targets
from bench.common import NAN, Row
from monitor.log import open_store
from monitor.projections.runner import rebuild

EVENTS = int(os.environ.get("BENCH_PROJECTION_EVENTS", "1000000"))  # events in the log
REPO = Path(__file__).resolve().parents[1]

# A dashboard process: headless at 160×48, says "ready" once the front table shows rows.
OPEN_SCRIPT = """
import asyncio, sys
from monitor.log import open_store
from monitor.tui import run_dashboard
from monitor.tui.widgets.front_table import FrontTable

async def ready(pilot):
    screen = pilot.app.dashboard
    while not screen.query_one(FrontTable).shown:
        screen.updated.clear()
        await screen.updated.wait()
    painted = asyncio.Event()
    pilot.app.call_after_refresh(painted.set)  # the next frame drawn has the rows
    await painted.wait()
    print("ready", len(screen.query_one(FrontTable).shown), flush=True)
    pilot.app.exit()

run_dashboard(open_store(sys.argv[1]), {}, headless=True, size=(160, 48), auto_pilot=ready)
"""

# Another process: one new article and its five claims, then the head it committed and when.
APPEND_SCRIPT = """
import random, sys, time
from bench.bench_projection import synthetic_events
from monitor.gazetteer import load_gazetteer
from monitor.log import open_store
store = open_store(sys.argv[1])
start, seed = int(sys.argv[2]), int(sys.argv[3])
places = [p for p in load_gazetteer().places if p.oblast == "Kharkiv"][:50]
events = synthetic_events(5, start, places, random.Random(seed))
sys.stdin.readline()  # go
head = store.append(events).head
print(head, time.time(), flush=True)
"""


def _build(folder: Path) -> str:
    # An ArticleSeen and a ClaimsExtracted per five claims: EVENTS events in all.
    db = build_log(folder, EVENTS * CLAIMS_PER_ARTICLE // 2, "tui.db")
    store = open_store(db)
    rebuild(store, {})
    store.engine.dispose()
    return db


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env["PYTHONPATH"] = str(REPO)
    return env


def open_seconds(db: str) -> float:
    """From starting the process to its "ready" line (the front drawn), not to its exit."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", OPEN_SCRIPT, db], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_env(), cwd=REPO)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _, errors = process.communicate(timeout=120)
    if not line.startswith("ready"):
        raise RuntimeError(f"the dashboard did not open: {line} {errors[-2000:]}")
    return elapsed


def live_seconds(db: str, rounds: int = 5) -> list[float]:
    from monitor.tui import DashboardApp, DashboardData

    latencies: list[float] = []

    async def follow(pilot) -> None:
        screen = pilot.app.dashboard
        await asyncio.wait_for(screen.map_ready.wait(), 60)
        # Settled: the background start-up work (map frame, place finder) is done, as it is
        # a few seconds after opening; what is timed is following the log from then on.
        # Only when one is still listed: an empty list means "every worker" to Textual, the
        # log's follower included, which runs until the app exits.
        mapping = [w for w in pilot.app.workers if w.group == "map"]
        if mapping:
            await asyncio.wait_for(pilot.app.workers.wait_for_complete(mapping), 60)
        for round_ in range(rounds):
            command = [sys.executable, "-c", APPEND_SCRIPT, db, str(10 ** 9 + round_ * 10), str(round_)]
            writer = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(),
                                      cwd=REPO)
            await asyncio.sleep(3)  # let the writer start up (imports, gazetteer) before it appends
            writer.stdin.write("\n")
            writer.stdin.flush()
            line = await asyncio.wait_for(asyncio.to_thread(writer.stdout.readline), 60)
            writer.wait(timeout=60)
            head, committed = int(line.split()[0]), float(line.split()[1])
            while screen.snapshot is None or screen.snapshot.head < head:
                screen.updated.clear()
                await asyncio.wait_for(screen.updated.wait(), 30)
            latencies.append(time.time() - committed)
        pilot.app.exit()

    store = open_store(db)
    DashboardApp(DashboardData(store, {}), animations=False).run(headless=True, size=(160, 48), auto_pilot=follow)
    store.engine.dispose()
    return latencies


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        db = _build(Path(tmp))
        opens = [open_seconds(db) for _ in range(3)]
        live = live_seconds(db)
    return [
        Row(f"dashboard opens on a log of {EVENTS:,} events (process start to front shown; median of 3)",
            statistics.median(opens), NAN, "s", False, targets.TUI_OPEN_S, "-"),
        Row("event appended by another process shows on the dashboard (worst of 5)", max(live) * 1000, NAN, "ms",
            False, targets.TUI_LIVE_MS, "-"),
    ]
