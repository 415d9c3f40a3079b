"""A daemon restarting on a large PostgreSQL log is ready to poll within seconds (issue 17).

The log is built inside PostgreSQL with ``generate_series`` (10 million events by default;
``MONITOR_BENCH_RESTART_EVENTS`` sets another size): 10,000 sources, seven polls for every
two articles and one claims event, as a long-running desk accumulates them. The
projections are left as a daemon running on that log leaves them: the pollers' shared
state (one row per source, one hash per article) and the front projection's and the
extraction's checkpoints at the head. Then ``monitor run`` is started on it, three times
over, with 10,000 sources in its settings, and timed from the process's start to the line
saying it polls and to its first poll line.

The comparison is the startup this replaced, measured on the same log in the same run: the
pollers' memory folded from every poll and article event of the log, as each daemon did at
start before (``monitor.sources.poll_state.fold_log``, the same fold).
"""

from __future__ import annotations

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
from pathlib import Path

import sqlalchemy as sa

from bench.common import Row
from bench.targets import Target

REPO = Path(__file__).resolve().parents[1]
EVENTS = int(os.environ.get("MONITOR_BENCH_RESTART_EVENTS", "10000000"))
SOURCES = 10_000
RESTARTS = 3
READY_S = Target("<= 5 s to poll", "at_most", 5.0)
FEED = REPO / "tests" / "fixtures" / "feeds" / "bbc-world.rss"

# position p: p % 10 < 7 a SourcePolled of source (p / 10) % SOURCES, 7 and 8 an ArticleSeen,
# 9 the ClaimsExtracted of the article just before it.
GENERATE = """
INSERT INTO events (position, stream, type, version, key, occurred_at, recorded_at, data)
SELECT p,
  CASE WHEN p % 10 < 7 THEN 'source:src-' || s WHEN p % 10 < 9 THEN 'article:a' || p ELSE 'article:a' || (p - 1) END,
  CASE WHEN p % 10 < 7 THEN 'SourcePolled' WHEN p % 10 < 9 THEN 'ArticleSeen' ELSE 'ClaimsExtracted' END,
  1,
  CASE WHEN p % 10 < 7 THEN 'SourcePolled:src-' || s || ':' || p WHEN p % 10 < 9 THEN 'article:a' || p || ':' || 'h' || p
       ELSE 'ClaimsExtracted:a' || (p - 1) || ':' || 'h' || (p - 1) || ':' || CAST(:version AS TEXT) END,
  t, t,
  CASE WHEN p % 10 < 7 THEN jsonb_build_object('source', 'src-' || s, 'url', CAST(:base AS TEXT) || '/src-' || s, 'fetched_at', to_jsonb(t),
         'status', 304, 'not_modified', true, 'etag', '"e1"', 'last_modified', NULL, 'items', 33, 'new_items', 0,
         'duration_ms', 4.5, 'replacements', 0, 'charset', NULL)
       WHEN p % 10 < 9 THEN jsonb_build_object('article_id', 'a' || p, 'source', 'src-' || s, 'outlet', 'Outlet',
         'url', 'https://news.example/' || p, 'title', 'Report ' || p, 'published', to_jsonb(t),
         'text', repeat('Shelling was reported near the line on Saturday. ', 8), 'content_hash', 'h' || p,
         'language', 'en')
       ELSE jsonb_build_object('article_id', 'a' || (p - 1), 'content_hash', 'h' || (p - 1),
         'extractor_version', CAST(:version AS TEXT), 'published', to_jsonb(t), 'claims', '[]'::jsonb) END
FROM (SELECT p, (p / 10) % :sources AS s,
             TIMESTAMPTZ '2026-01-01 00:00:00+00' + p * INTERVAL '50 milliseconds' AS t
      FROM generate_series(CAST(:first AS BIGINT), CAST(:last AS BIGINT)) AS p) AS g
"""
SOURCE_STATES = """
INSERT INTO projection_state (space, key, value)
SELECT 'poll-sources', 'src-' || s, jsonb_build_object('url', CAST(:base AS TEXT) || '/src-' || s, 'etag', '"e1"', 'last_modified', NULL,
  'consecutive_failures', 0, 'last_fetch', to_jsonb(now() - INTERVAL '1 hour'),
  'last_success', to_jsonb(now() - INTERVAL '1 hour'), 'last_status', 304, 'last_reason', NULL, 'next_try', NULL,
  'items', 33, 'replacements', 0, 'charset', NULL, 'articles', CAST(:articles AS INTEGER))
FROM generate_series(0, :sources - 1) AS s
"""
ARTICLE_HASHES = """
INSERT INTO projection_state (space, key, value)
SELECT 'poll-articles', 'a' || p, jsonb_build_array('src-' || ((p / 10) % :sources), 'h' || p)
FROM generate_series(1, CAST(:last AS BIGINT)) AS p WHERE p % 10 IN (7, 8)
"""


def build(url: str, base: str, size: int, affiliations: dict[str, str]) -> float:
    """The log and its caught-up projections; returns the seconds it took."""
    from monitor.extract import EXTRACTOR_VERSION
    from monitor.log import initialise
    from monitor.projections.runner import projection_version

    started = time.monotonic()
    initialise(url)
    engine = sa.create_engine(url)
    params = {"base": base, "version": EXTRACTOR_VERSION, "sources": SOURCES}
    with engine.begin() as conn:
        conn.exec_driver_sql("SET maintenance_work_mem = '1GB'")
        conn.exec_driver_sql("DROP INDEX events_key")  # built once after the load, not row by row
        conn.exec_driver_sql("DROP INDEX events_type_position")
    step = 1_000_000
    for first in range(1, size + 1, step):
        with engine.begin() as conn:
            conn.execute(sa.text(GENERATE), {**params, "first": first, "last": min(first + step - 1, size)})
        print(f"  built {min(first + step - 1, size):,} events", file=sys.stderr, flush=True)
    with engine.begin() as conn:
        conn.exec_driver_sql("SET maintenance_work_mem = '1GB'")
        conn.exec_driver_sql("CREATE UNIQUE INDEX events_key ON events (key)")
        conn.exec_driver_sql("CREATE INDEX events_type_position ON events (type, position)")
        conn.execute(sa.text(SOURCE_STATES), {**params, "articles": size // 10 * 2 // SOURCES})
        conn.execute(sa.text(ARTICLE_HASHES), {**params, "last": size})
        for name, version in (("poll-state", "poll-state-1"), ("front", projection_version(affiliations)),
                              (f"work:extract:{EXTRACTOR_VERSION}", "work-1")):
            conn.execute(sa.text("INSERT INTO projection_checkpoints (name, position, version)"
                                 " VALUES (:name, :position, :version)"),
                         {"name": name, "position": size, "version": version})
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return time.monotonic() - started


def settings(folder: Path, url: str, base: str) -> Path:
    lines = [f'[database]\nurl = "{url}"\n']
    lines += [f'[[sources]]\nname = "src-{n}"\nurl = "{base}/src-{n}"\ninterval = "10m"\n'
              'affiliation = "independent"\n' for n in range(SOURCES)]
    path = folder / "sources.toml"
    path.write_text("\n".join(lines))
    return path


def restart(config: Path) -> tuple[float, float]:
    """Seconds from starting `monitor run` to its "polling" line and to its first poll line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_") or k == "MONITOR_CACHE_DIR"}
    env["PYTHONPATH"] = str(REPO)
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=config.parent,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    threading.Thread(target=lambda: [lines.put((time.monotonic(), line)) for line in process.stdout],
                     daemon=True).start()
    ready = first = None
    try:
        while first is None:
            at, line = lines.get(timeout=300)
            if "monitor run: polling" in line:
                ready = at - started
            elif "result=" in line and ready is not None:
                first = at - started
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
    return ready, first


def old_startup(url: str) -> float:
    """The fold every daemon ran at start before: every poll and article event of the log."""
    from monitor.log import open_store
    from monitor.sources.poll_state import fold_log

    store = open_store(url)
    try:
        started = time.monotonic()
        fold_log(store)
        return time.monotonic() - started
    finally:
        store.engine.dispose()


def run() -> list[Row]:
    from monitor.config import load_settings
    from tests.pgserver import TempPostgres
    from tests.sources.http_server import FeedServer, Route

    folder = Path(tempfile.mkdtemp(prefix="monitor-bench-restart-"))
    feeds = FeedServer()
    try:
        body = FEED.read_bytes()
        for n in range(SOURCES):  # each answers 304 to the validators the log holds
            feeds.route(f"/src-{n}", Route(body=body, etag='"e1"'))
        base = feeds.url("")
        with TempPostgres() as server:
            url = server.url
            config = settings(folder, url, base)
            built = build(url, base, EVENTS, load_settings(config).affiliations)
            print(f"  log of {EVENTS:,} events built in {built:.0f} s", file=sys.stderr, flush=True)
            times = [restart(config) for _ in range(RESTARTS)]
            ready = statistics.median(t[0] for t in times)
            first = statistics.median(t[1] for t in times)
            old = old_startup(url)
    finally:
        feeds.close()
        shutil.rmtree(folder, ignore_errors=True)
    size = f"{EVENTS / 1e6:g}M"
    return [
        Row(f"daemon restart on a {size}-event PostgreSQL log, {SOURCES:,} sources: ready to poll (median of "
            f"{RESTARTS}); comparison: the startup it replaced", ready, old, "s", False, READY_S,
            "every poll and article event folded, as before"),
        Row("— to its first poll line", first, float("nan"), "s", False, "info", ""),
    ]

