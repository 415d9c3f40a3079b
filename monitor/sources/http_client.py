"""The one shared httpx client: honest User-Agent, compressed transfer, our own redirects."""

from __future__ import annotations

import functools
import ssl

import httpx

from monitor import __version__
from monitor.sources.body_decoding import ACCEPT_ENCODING
from monitor.sources.fetch_limits import FetchLimits

# Set this to the project's public home once it has one; a site operator reading the
# User-Agent in their logs should be able to find out who polls them and why.
PROJECT_URL: str | None = None
USER_AGENT = f"monitor/{__version__} (+{PROJECT_URL})" if PROJECT_URL else \
    f"monitor/{__version__} (front-line news monitor; feed reader)"
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.5")


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context per process: building one (loading the CA bundle) costs ~25 ms."""
    return httpx.create_ssl_context()


def new_client(limits: FetchLimits, *, trust_env: bool = True) -> httpx.AsyncClient:
    """A client for every source of one poller (connections are pooled across sources).

    Redirects are followed by the fetcher itself, to count them and spot loops; bodies
    are decoded by :mod:`monitor.sources.body_decoding`, so Accept-Encoding lists only
    what it can undo. ``trust_env`` honours HTTP(S)_PROXY and NO_PROXY.
    """
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING, "Accept": FEED_ACCEPT},
        timeout=httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout, pool=None),
        limits=httpx.Limits(max_connections=limits.max_connections,
                            max_keepalive_connections=limits.max_connections),
        follow_redirects=False,
        verify=_tls(),
        trust_env=trust_env,
    )
