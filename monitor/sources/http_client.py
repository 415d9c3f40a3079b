"""The shared httpx clients: honest User-Agent, compressed transfer, our own redirects.

A poller holds two (:class:`HttpClients`): one for the addresses the operator wrote
(trusted as written, on any address) and one for addresses taken from fetched content
(redirect targets, item links, older pages), whose connections pass the egress policy
of :mod:`monitor.sources.egress`. Each keeps its own pool, so a connection made for a
trusted address is never lent to an untrusted one.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any

import httpx

from monitor import __version__
from monitor.sources.body_decoding import ACCEPT_ENCODING
from monitor.sources.egress import CheckedTransport, environment_proxies
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


def new_client(limits: FetchLimits, *, trust_env: bool = True, checked: bool = False) -> httpx.AsyncClient:
    """A client for every source of one poller (connections are pooled across sources).

    Redirects are followed by the fetcher itself, to count them and spot loops; bodies
    are decoded by :mod:`monitor.sources.body_decoding`, so Accept-Encoding lists only
    what it can undo. ``trust_env`` honours HTTP(S)_PROXY and NO_PROXY. ``checked``: every
    connection must reach a public address (the egress policy).
    """
    pool = httpx.Limits(max_connections=limits.max_connections, max_keepalive_connections=limits.max_connections)
    options: dict[str, Any] = {}
    if checked:
        options["transport"] = CheckedTransport(verify=_tls(), limits=pool, trust_env=trust_env)
        if trust_env:
            options["mounts"] = {pattern: None if proxy is None else
                                 CheckedTransport(proxy=proxy, verify=_tls(), limits=pool, trust_env=trust_env)
                                 for pattern, proxy in environment_proxies().items()}
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING, "Accept": FEED_ACCEPT},
        timeout=httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout, pool=None),
        limits=pool,
        follow_redirects=False,
        verify=_tls(),
        trust_env=trust_env,
        **options,
    )


class HttpClients:
    """The operator's client and the content client of one poller or walk.

    ``trusted`` fetches the addresses written in the settings; :meth:`onward` is the
    client for what a source's content points to: the checked one, or the trusted one
    for a source that says ``allow_private = true``.
    """

    def __init__(self, limits: FetchLimits, *, trusted: httpx.AsyncClient | None = None,
                 trust_env: bool = True) -> None:
        self._owns_trusted = trusted is None
        self.trusted = trusted or new_client(limits, trust_env=trust_env)
        self.checked = new_client(limits, trust_env=trust_env, checked=True)

    def onward(self, allow_private: bool) -> httpx.AsyncClient:
        return self.trusted if allow_private else self.checked

    async def aclose(self) -> None:
        if self._owns_trusted:
            await self.trusted.aclose()
        await self.checked.aclose()

    async def __aenter__(self) -> HttpClients:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
