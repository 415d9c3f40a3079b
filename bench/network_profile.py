"""How the bench feed server behaves like a network: per-host latency, bandwidth, errors.

On loopback every request is answered in microseconds, so a poller's concurrency and its
reuse of connections, which decide how it does on the internet, cost or gain nothing.
The latency profile gives each simulated host (one port of the feed server) a round trip
time and a bandwidth drawn once from a seeded generator, spread as real feed hosts are:

- most hosts answer in 50-150 ms (log-uniform: more near 50 than near 150), each request
  within +-20 % of its host's figure;
- a few (3 %) are slow: 400-1,500 ms and 50-200 KB/s;
- a new connection costs two round trips before its first answer (TCP, then TLS 1.3:
  real feeds are served over HTTPS), a kept-alive one none; the server closes a
  connection idle for 5 s (Apache's default), so a poller that comes back minutes later
  pays the handshakes again;
- bodies flow at 0.5-5 MB/s per connection (typical hosts), gzip when asked for;
- 2 % of requests are answered 503 after the host's delay (no Retry-After).

Everything is drawn from ``seed``, so every tool of one run meets the same hosts.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Host:
    rtt_s: float  # one round trip
    bandwidth: float  # bytes per second on one connection; 0 means unlimited
    slow: bool = False


@dataclass(frozen=True)
class Profile:
    name: str
    rtt_ms: tuple[float, float] = (0.0, 0.0)  # typical hosts, log-uniform between
    slow_share: float = 0.0
    slow_rtt_ms: tuple[float, float] = (0.0, 0.0)
    bandwidth_kb_s: tuple[float, float] = (0.0, 0.0)  # typical hosts; (0, 0) is unlimited
    slow_bandwidth_kb_s: tuple[float, float] = (0.0, 0.0)
    connect_rtts: int = 0  # round trips a new connection costs before its first answer
    jitter: float = 0.0  # each request's delay is the host's round trip times 1 +- this
    error_rate: float = 0.0  # share of requests answered 503
    idle_timeout_s: float | None = None  # the server closes a connection idle this long

    def host(self, index: int, seed: int = 18) -> Host:
        """The ``index``-th host of this profile (the same for every run with ``seed``)."""
        rng = random.Random(f"{self.name}:{seed}:{index}")
        slow = rng.random() < self.slow_share
        rtt = _log_uniform(rng, self.slow_rtt_ms if slow else self.rtt_ms) / 1000
        bandwidth = _log_uniform(rng, self.slow_bandwidth_kb_s if slow else self.bandwidth_kb_s) * 1024
        return Host(rtt, bandwidth, slow)

    def describe(self) -> str:
        if self.name == "loopback":
            return "loopback: no added latency, unlimited bandwidth, no errors"
        return (f"{self.name}: {self.rtt_ms[0]:g}-{self.rtt_ms[1]:g} ms a request (+-{self.jitter:.0%}), "
                f"{self.slow_share:.0%} slow hosts at {self.slow_rtt_ms[0]:g}-{self.slow_rtt_ms[1]:g} ms and "
                f"{self.slow_bandwidth_kb_s[0]:g}-{self.slow_bandwidth_kb_s[1]:g} KB/s, "
                f"{self.bandwidth_kb_s[0] / 1024:g}-{self.bandwidth_kb_s[1] / 1024:g} MB/s otherwise, "
                f"{self.connect_rtts} round trips per new connection, idle connections closed after "
                f"{self.idle_timeout_s:g} s, {self.error_rate:.0%} of requests answered 503")


def _log_uniform(rng: random.Random, bounds: tuple[float, float]) -> float:
    low, high = bounds
    if high <= 0:
        return 0.0
    if low <= 0 or low == high:
        return high
    return math.exp(rng.uniform(math.log(low), math.log(high)))


LOOPBACK = Profile("loopback")
LATENCY = Profile("latency", rtt_ms=(50.0, 150.0), slow_share=0.03, slow_rtt_ms=(400.0, 1500.0),
                  bandwidth_kb_s=(512.0, 5120.0), slow_bandwidth_kb_s=(50.0, 200.0), connect_rtts=2, jitter=0.2,
                  error_rate=0.02, idle_timeout_s=5.0)
PROFILES = {profile.name: profile for profile in (LOOPBACK, LATENCY)}
