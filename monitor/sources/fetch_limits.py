"""How hard and how long the fetcher may try: timeouts, body cap, redirects, concurrency."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """Politeness and safety limits shared by every fetch of one poller.

    ``total_timeout`` bounds a whole fetch (redirects and body included): the read
    timeout alone restarts with every byte, so a server trickling a byte a second would
    otherwise hold a slot forever.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_body_bytes: int = 10 * MB
    max_redirects: int = 5
    max_connections: int = 32  # in flight at once, all hosts together
    per_host: int = 2  # in flight at once to one host
