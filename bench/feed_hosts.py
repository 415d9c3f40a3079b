"""The bench side of bench/feed_server.py: start it in its own process, read its counters,
put news on a feed. Its own process keeps its CPU apart from the measured tool's, and
shared equally by every tool it serves."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections import Counter
from pathlib import Path

from bench.network_profile import PROFILES, Profile

REPO = Path(__file__).resolve().parents[1]


class FeedHosts:
    """``with FeedHosts(1000, 50, "latency") as hosts: hosts.urls ...``"""

    def __init__(self, feeds: int, items: int, profile: str = "loopback", hosts: int = 0, seed: int = 18,
                 errors: float | None = None) -> None:
        self.feeds, self.items, self.profile_name, self.hosts, self.seed = feeds, items, profile, hosts, seed
        self.errors = errors  # share of 503s; None: the profile's

    @property
    def profile(self) -> Profile:
        return PROFILES[self.profile_name]

    def __enter__(self) -> FeedHosts:
        command = [sys.executable, str(REPO / "bench" / "feed_server.py"), "--feeds", str(self.feeds), "--items",
                   str(self.items), "--profile", self.profile_name, "--hosts", str(self.hosts), "--seed",
                   str(self.seed), *(["--errors", str(self.errors)] if self.errors is not None else [])]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            raise RuntimeError(f"the feed server did not start (exit {self.process.returncode})")
        started = json.loads(line)
        self.control = f"http://127.0.0.1:{started['control']}"
        self.urls: list[str] = started["urls"]
        self.bytes: int = started["bytes"]
        return self

    def stats(self) -> Counter:
        with urllib.request.urlopen(f"{self.control}/stats", timeout=30) as response:
            return Counter({k: int(v) for k, v in (p.split("=") for p in response.read().decode().split())})

    def add(self, feed: int, guid: str, title: str, text: str) -> str:
        """Put a new item first in feed ``feed``; returns the feed's new ETag."""
        request = urllib.request.Request(f"{self.control}/add?feed={feed}", method="POST",
                                         data=json.dumps({"guid": guid, "title": title, "text": text}).encode())
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read().decode()

    def __exit__(self, *exc_info: object) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdout.close()
