"""Alert latency with 1,000 sources: from a new item appearing on a feed to the webhook
receiving its alert.

``monitor run`` runs as a real subprocess (default parser processes) on SOURCES feeds of
the bench feed server on the latency profile (bench/network_profile.py; its 503s switched
off here: a refused poll delays an alert by the retry policy, which is a policy, not a
speed), every source polled every POLL_SECONDS, with one webhook hook. It first takes in
every feed (ITEMS real news items each, claims read) and is timed once it polls steadily.
Then, each round, CHANGING of the feeds each gain one item saying a new settlement was
liberated (a control change, so an alert), each at its own random moment of the polling
cycle; the clock starts when the server serves the new item and stops when the receiver
has the alert. The wait for the next poll is part of each figure: the target is the poll
interval plus 1 s. The daemon adds up to a tenth of the interval of jitter to each
source's schedule (at most 30 s), so an item can wait up to interval + jitter.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench import targets
from bench.common import NAN, Row
from bench.feed_hosts import FeedHosts
from monitor.log import initialise

REPO = Path(__file__).resolve().parents[1]
SOURCES = int(os.environ.get("BENCH_ALERT_SOURCES", "1000"))
CHANGING = 5
ITEMS = 10
POLL_SECONDS = 30
JITTER_SECONDS = POLL_SECONDS / 10  # the daemon's jitter for this interval (DaemonOptions.max_jitter is 30 s)
ROUNDS = int(os.environ.get("BENCH_ALERT_ROUNDS", "4"))
PROFILE = "latency"
PLACES = ["Kupiansk", "Izium", "Lyman", "Balakliia", "Sviatohirsk", "Kreminna", "Svatove", "Bakhmut", "Avdiivka",
          "Vuhledar", "Kherson", "Snihurivka", "Vovchansk", "Oskil", "Siversk", "Soledar", "Popasna",
          "Velykyi Burluk", "Kurakhove", "Chasiv Yar", "Toretsk", "Pokrovsk", "Vuhlehirsk"]


class Receiver:
    """The webhook on loopback: the arrival time of each alert, by place."""

    def __init__(self) -> None:
        self.arrivals: queue.Queue[tuple[str, float]] = queue.Queue()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802
                data = self.rfile.read(int(self.headers["Content-Length"]))
                arrived = time.monotonic()
                owner.arrivals.put((json.loads(data)["place"]["name"], arrived))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class DaemonLines:
    """The daemon's poll lines, read on a thread: polls per source, and the moments the
    changing feeds' polls found a new item."""

    def __init__(self, process: subprocess.Popen, watched: set[str]) -> None:
        self.polls: Counter[str] = Counter()
        self.found: queue.Queue[tuple[str, float]] = queue.Queue()
        self.ended = threading.Event()
        self._watched = watched
        threading.Thread(target=self._read, args=(process,), daemon=True).start()

    def _read(self, process: subprocess.Popen) -> None:
        for line in process.stdout:
            fields = dict(pair.split("=", 1) for pair in line.split() if "=" in pair)
            source = fields.get("source")
            if source and "result" in fields:
                self.polls[source] += 1
                if source in self._watched and fields.get("new", "0") not in ("0", ""):
                    self.found.put((source, time.monotonic()))
        self.ended.set()


def _config(root: Path, urls: list[str], hook_port: int) -> Path:
    lines = [f'[database]\nurl = "sqlite:///{root / "monitor.db"}"\n',
             f'[defaults]\ninterval = "{POLL_SECONDS}s"\naffiliation = "independent"\nlanguage = "en"\n',
             f'[[hooks]]\nname = "bench"\nurl = "http://127.0.0.1:{hook_port}/hook"\n']
    lines += [f'[[sources]]\nname = "feed{n}"\nurl = "{url}"\n' for n, url in enumerate(urls)]
    path = root / "sources.toml"
    path.write_text("\n".join(lines))
    return path


def measure() -> tuple[list[float], list[float], float]:
    """Per news item: on the feed -> alert received, and its poll's log line -> alert
    received; and how long the daemon took to poll steadily."""
    receiver = Receiver()
    changing = list(range(0, SOURCES, SOURCES // CHANGING))[:CHANGING]
    names = {f"feed{n}": n for n in changing}
    with FeedHosts(SOURCES, ITEMS, PROFILE, errors=0.0) as hosts, tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        config = _config(root, hosts.urls, receiver.port)
        initialise(f"sqlite:///{root / 'monitor.db'}")
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        env["PYTHONPATH"] = str(REPO)
        started = time.monotonic()
        daemon = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run"], cwd=root,
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines = DaemonLines(daemon, set(names))
        try:
            while len(lines.polls) < SOURCES or min(lines.polls.values()) < 2:  # taken in, and polling steadily
                if lines.ended.wait(1) or time.monotonic() - started > 20 * POLL_SECONDS:
                    raise AssertionError(f"the daemon did not poll every source twice: {len(lines.polls)} polled")
            steady_after = time.monotonic() - started
            latencies, after_poll = [], []
            places = iter(PLACES)
            phases = random.Random(7)
            for _ in range(ROUNDS):
                plan = sorted((phases.uniform(0, POLL_SECONDS), feed, next(places)) for feed in changing)
                round_start, appeared = time.monotonic(), {}
                for offset, feed, place in plan:
                    time.sleep(max(round_start + offset - time.monotonic(), 0))
                    hosts.add(feed, f"news-{place}", f"{place} liberated",
                              f"Ukrainian forces liberated {place} on Saturday, the General Staff of the Armed "
                              f"Forces of Ukraine said.")
                    appeared[place] = (time.monotonic(), feed)
                arrived: dict[str, float] = {}
                while len(arrived) < len(appeared):
                    try:
                        place, moment = receiver.arrivals.get(timeout=3 * POLL_SECONDS)
                    except queue.Empty:
                        raise AssertionError(f"no alert for {sorted(set(appeared) - set(arrived))}") from None
                    if place in appeared and place not in arrived:
                        arrived[place] = moment
                polled: dict[int, float] = {}
                while not lines.found.empty():
                    source, moment = lines.found.get()
                    polled[names[source]] = moment
                for place, (moment, feed) in appeared.items():
                    latencies.append(arrived[place] - moment)
                    if feed in polled:
                        after_poll.append(arrived[place] - polled[feed])
        finally:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(timeout=60)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
            daemon.stdout.close()
            receiver.close()
    return latencies, after_poll, steady_after


def run() -> list[Row]:
    latencies, after_poll, steady_after = measure()
    target = targets.alert_latency(POLL_SECONDS)
    setting = (f"`monitor run`, {SOURCES:,} sources on the {PROFILE} profile polled every {POLL_SECONDS} s (+ up to "
               f"{JITTER_SECONDS:g} s jitter), {CHANGING} of them gaining news at random moments")
    return [
        Row(f"alert latency, new feed item -> webhook: {setting} (median of {len(latencies)}; steady after "
            f"{steady_after:.0f} s)", statistics.median(latencies), NAN, "s", False, target, "-"),
        Row(f"  worst of {len(latencies)} (an item can wait up to interval + jitter = "
            f"{POLL_SECONDS + JITTER_SECONDS:g} s for its poll)", max(latencies), NAN, "s", False, target, "-"),
        Row("  of which after the poll (claims, catch-up, webhook; median)",
            statistics.median(after_poll) if after_poll else NAN, NAN, "s", False, targets.INFO, "-"),
    ]
