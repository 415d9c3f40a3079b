"""One polite, bounded HTTP GET: conditional, redirects counted, body capped while streaming.

Every way it can go wrong becomes a :class:`FetchFailed` with a one-line reason, never
an exception: the poller records it and carries on with the other sources. The first
address is fetched with ``client``; a redirect target came from the server, so it is
fetched with ``onward`` (the egress-checked client, see :mod:`monitor.sources.egress`).
Reasons show URLs without their credentials.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.domain.redaction import redact_url
from monitor.sources.body_decoding import BadEncoding, BodyTooLarge, BoundedBody
from monitor.sources.egress import AddressRefused, refusal
from monitor.sources.fetch_limits import MB, FetchLimits
from monitor.sources.fetch_outcomes import Fetched, FetchFailed, FetchResult, NotModified, Validators, one_line
from monitor.sources.host_gates import HostGates
from monitor.sources.retry_after import parse_retry_after

REDIRECTS = {301, 302, 303, 307, 308}
RATE_LIMITED = {429, 503}  # statuses whose Retry-After we honour


class _Redirect(Exception):
    def __init__(self, target: str) -> None:
        self.target = target


async def fetch(client: httpx.AsyncClient, gates: HostGates, url: str, limits: FetchLimits,
                validators: Validators | None = None, *, onward: httpx.AsyncClient | None = None) -> FetchResult:
    """GET ``url`` (conditionally when validators are given), following at most
    ``limits.max_redirects`` redirects (with ``onward``, by default ``client``), all within
    ``limits.total_timeout``."""
    try:
        async with asyncio.timeout(limits.total_timeout):
            return await _follow(client, onward or client, gates, url, limits, validators or Validators())
    except TimeoutError:
        return FetchFailed(f"took longer than {limits.total_timeout:g} s in all (total timeout)")


async def _follow(client: httpx.AsyncClient, onward: httpx.AsyncClient, gates: HostGates, url: str,
                  limits: FetchLimits, validators: Validators) -> FetchResult:
    chain = [url]
    for _ in range(limits.max_redirects + 1):
        try:
            return await _get(client if len(chain) == 1 else onward, gates, chain[-1], limits, validators)
        except _Redirect as redirect:
            target = redirect.target
        if target in chain:
            return FetchFailed("redirect loop: " + " -> ".join(map(redact_url, chain[chain.index(target):] + [target])))
        chain.append(target)
    return FetchFailed(f"too many redirects (more than {limits.max_redirects}) from {redact_url(url)}")


async def _get(client: httpx.AsyncClient, gates: HostGates, url: str, limits: FetchLimits,
               validators: Validators) -> FetchResult:
    host = urlsplit(url).netloc.rpartition("@")[2].lower()  # never the credentials of a user part
    headers = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    try:
        async with gates.slot(host), client.stream("GET", url, headers=headers) as response:
            return await _interpret(response, url, limits, validators)
    except httpx.ConnectTimeout:
        return FetchFailed(f"timed out connecting to {host} (after {limits.connect_timeout:g} s)")
    except httpx.ReadTimeout:
        return FetchFailed(f"{host} sent nothing for {limits.read_timeout:g} s (read timeout)")
    except httpx.ConnectError as error:
        return FetchFailed(one_line(f"cannot connect to {host}: {_cause(error)}"))
    except httpx.RemoteProtocolError as error:
        return FetchFailed(one_line(f"broken response from {host}: {_cause(error)}"))
    except (httpx.ReadError, httpx.WriteError) as error:
        return FetchFailed(one_line(f"connection to {host} broke: {_cause(error)}"))
    except AddressRefused as refused:
        return FetchFailed(one_line(refusal(url, refused)))
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as error:
        return FetchFailed(one_line(f"cannot fetch {redact_url(url)!r}: {_cause(error)}"))
    except httpx.HTTPError as error:
        return FetchFailed(one_line(f"fetching from {host} failed: {type(error).__name__}: {_cause(error)}"))


async def _interpret(response: httpx.Response, url: str, limits: FetchLimits, sent: Validators) -> FetchResult:
    """A response as a result (miniflux's response handler: not modified, rate limited, ...)."""
    status = response.status_code
    if status in REDIRECTS:
        location = response.headers.get("location")
        if not location:
            return FetchFailed(f"HTTP {status} redirect without a Location", status)
        target = urljoin(url, location.strip())
        if urlsplit(target).scheme not in ("http", "https"):
            return FetchFailed(one_line(f"redirected to a non-web address {redact_url(target)!r}"), status)
        raise _Redirect(target)
    if status == 304:
        # A 304 has no body, but reading its (empty) end lets httpcore keep the connection
        # for the next request; left unread, the connection is closed and every conditional
        # GET of a steady-state round pays a new TCP (and TLS) handshake.
        await _drain(response)
        fresh = Validators(response.headers.get("etag") or sent.etag,
                           response.headers.get("last-modified") or sent.last_modified)
        return NotModified(url, fresh)
    if status >= 300 or status == 204:
        retry_after = parse_retry_after(response.headers.get("retry-after"), datetime.now(timezone.utc)) \
            if status in RATE_LIMITED else None
        return FetchFailed(_status_reason(status, retry_after), status, retry_after)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_body_bytes:
        return FetchFailed(f"body of {int(declared):,} bytes is over the {_mb(limits)} limit", status)
    try:
        collector = BoundedBody(response.headers.get("content-encoding"), limits.max_body_bytes)
        async for chunk in response.aiter_raw():
            collector.feed(chunk)
        body = collector.finish()
    except BodyTooLarge:
        return FetchFailed(f"body over the {_mb(limits)} limit (counted after decompression); stopped reading",
                           status)
    except BadEncoding as error:
        return FetchFailed(one_line(str(error)), status)
    if not body:
        return FetchFailed(f"HTTP {status} with an empty body", status)
    headers = {key.lower(): value for key, value in response.headers.items()}
    return Fetched(status, url, headers, body)


async def _drain(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read a short body to its end (so the connection can be reused); stop past ``limit``."""
    read = 0
    async for chunk in response.aiter_raw():
        read += len(chunk)
        if read > limit:
            return


def _status_reason(status: int, retry_after) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "unexpected status"
    reason = f"HTTP {status} {phrase}"
    if status == 410:
        reason += ": the outlet has removed this address"
    if retry_after is not None:
        reason += f" (asked to retry after {int(retry_after.total_seconds())} s)"
    return reason


def _mb(limits: FetchLimits) -> str:
    return f"{limits.max_body_bytes / MB:g} MB"


def _cause(error: Exception) -> str:
    """The innermost message ("[Errno 111] Connection refused" rather than a wrapper's)."""
    text = str(error)
    inner = error.__cause__ or error.__context__
    while not text and inner is not None:
        text, inner = str(inner), inner.__cause__ or inner.__context__
    return text or type(error).__name__
