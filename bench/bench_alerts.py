"""Alert latency: from a new item appearing on a loopback feed to the webhook receiving its alert.

``monitor run`` runs as a real subprocess (default parser processes) with one feed source
polled every POLL_INTERVAL and one webhook hook. Each round the feed gains one item
saying a new settlement was liberated (a control change, so an alert); the clock starts
when the server starts serving the new feed and stops when the receiver has the alert.
Items appear at random moments of the polling cycle, so the wait for the next poll is part
of each figure: the target is the poll interval plus 1 s.
"""

from __future__ import annotations

import hashlib
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
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.common import Row
from monitor.log import initialise

REPO = Path(__file__).resolve().parents[1]
POLL_SECONDS = 2
ROUNDS = int(os.environ.get("BENCH_ALERT_ROUNDS", "12"))
PLACES = ["Kupiansk", "Izium", "Lyman", "Balakliia", "Sviatohirsk", "Kreminna", "Svatove", "Bakhmut", "Avdiivka",
          "Vuhledar", "Kherson", "Snihurivka", "Vovchansk", "Borova", "Oskil", "Siversk", "Soledar", "Popasna"]


class _Loopback(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]


class Feed:
    """One RSS feed whose items the bench adds to; ETag and 304 like a real outlet."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, str]] = []
        self.body, self.etag = self._render()
        feed = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                body, etag = feed.body, feed.etag
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _Loopback(Handler)

    def add(self, place: str) -> None:
        now = format_datetime(datetime.now(timezone.utc))
        self.items.append((place, now, f"Ukrainian forces liberated {place} on Saturday, the General Staff of the "
                                       f"Armed Forces of Ukraine said."))
        self.body, self.etag = self._render()  # one assignment each: the handler sees old or new, whole

    def _render(self) -> tuple[bytes, str]:
        items = "".join(f"<item><guid>{p}</guid><title>{p} liberated</title><link>https://desk.example/{p}</link>"
                        f"<pubDate>{d}</pubDate><description>{text}</description></item>"
                        for p, d, text in self.items)
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Front desk</title>'
                f"<link>https://desk.example/</link><description>bench</description>{items}</channel></rss>").encode()
        return body, '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


class Receiver:
    """The webhook: the arrival time of each alert, by place."""

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

        self.server = _Loopback(Handler)


def measure() -> tuple[list[float], list[float]]:
    """Per round: item on the feed -> alert received, and the poll's log line -> alert received."""
    feed, receiver = Feed(), Receiver()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "sources.toml").write_text(
            f'[database]\nurl = "sqlite:///{root / "monitor.db"}"\n\n'
            f'[[sources]]\nname = "desk"\nurl = "http://127.0.0.1:{feed.server.port}/feed.rss"\n'
            f'interval = "{POLL_SECONDS}s"\naffiliation = "independent"\n\n'
            f'[[hooks]]\nname = "bench"\nurl = "http://127.0.0.1:{receiver.server.port}/hook"\n')
        initialise(f"sqlite:///{root / 'monitor.db'}")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        daemon = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(root / "sources.toml"), "run"],
                                  cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        polls: queue.Queue[tuple[str, float]] = queue.Queue()
        threading.Thread(target=lambda: [polls.put((line, time.monotonic())) for line in daemon.stdout
                                         if "source=desk" in line], daemon=True).start()
        try:
            for _ in range(2):  # started, and polling steadily
                polls.get(timeout=60)
            latencies, after_poll = [], []
            phases = random.Random(7)
            for place in PLACES[:ROUNDS]:
                # At a random moment of the polling cycle: right after an alert would be just after a poll.
                time.sleep(phases.uniform(0, POLL_SECONDS))
                feed.add(place)
                appeared = time.monotonic()
                while True:
                    got, arrived = receiver.arrivals.get(timeout=60)
                    if got == place:
                        break
                latencies.append(arrived - appeared)
                while True:  # the poll that found it (its log line is printed once its append is done)
                    line, polled = polls.get(timeout=60)
                    if " new=1 " in line:
                        break
                after_poll.append(arrived - polled)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=60)
    return latencies, after_poll


def run() -> list[Row]:
    latencies, after_poll = measure()
    target = f"<= {POLL_SECONDS + 1} s (poll interval + 1 s)"
    name = f"the poll interval, {POLL_SECONDS} s"
    return [
        Row(f"alert latency, new feed item -> webhook (median of {len(latencies)})", statistics.median(latencies),
            POLL_SECONDS, "s", False, target, name),
        Row(f"alert latency, worst of {len(latencies)}", max(latencies), POLL_SECONDS, "s", False, target, name),
        Row("— of which after the poll (claims, catch-up, webhook; median)", statistics.median(after_poll),
            POLL_SECONDS, "s", False, "info", name),
    ]
