"""One fetch against a real loopback server: every way a response can go right or wrong."""

from __future__ import annotations

import gzip
import time
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from monitor.sources.fetch_limits import MB, FetchLimits
from monitor.sources.fetch_outcomes import Fetched, FetchFailed, NotModified, Validators
from monitor.sources.fetching import fetch
from monitor.sources.host_gates import HostGates
from monitor.sources.http_client import USER_AGENT, new_client
from tests.sources.conftest import FEEDS, run
from tests.sources.http_server import Route, closed_port

BBC = (FEEDS / "bbc-world.rss").read_bytes()
FAST = FetchLimits(connect_timeout=1, read_timeout=0.3, total_timeout=5, max_body_bytes=1 * MB)
# For fetches meant to succeed: deadlines, not speeds (a loopback answer can take more than
# FAST's 0.3 s on a loaded machine; the timeout tests say FAST themselves).
ROOMY = FetchLimits(connect_timeout=10, read_timeout=20, total_timeout=30, max_body_bytes=1 * MB)


def get(url: str, limits: FetchLimits = ROOMY, validators: Validators | None = None):
    async def go():
        async with new_client(limits, trust_env=False) as client:
            return await fetch(client, HostGates(limits.max_connections, limits.per_host), url, limits, validators)
    return run(go())


def test_a_200_brings_the_body_and_we_say_who_we_are(server):
    url = server.route("/feed", Route(body=BBC, headers={"Content-Type": "application/rss+xml"}, etag='"v1"',
                                      last_modified="Tue, 17 Feb 2026 10:00:00 GMT"))
    got = get(url)
    assert isinstance(got, Fetched) and got.status == 200 and got.body == BBC
    assert got.validators == Validators('"v1"', "Tue, 17 Feb 2026 10:00:00 GMT")
    sent = server.requests_to("/feed")[0].headers
    assert sent["user-agent"] == USER_AGENT and USER_AGENT.startswith("monitor/")
    assert "gzip" in sent["accept-encoding"] and "deflate" in sent["accept-encoding"]
    assert "if-none-match" not in sent


def test_a_conditional_get_with_matching_validators_is_not_modified(server):
    url = server.route("/feed", Route(body=BBC, etag='"v1"', last_modified="Tue, 17 Feb 2026 10:00:00 GMT"))
    got = get(url, validators=Validators('"v1"', "Tue, 17 Feb 2026 10:00:00 GMT"))
    assert isinstance(got, NotModified) and got.validators.etag == '"v1"'
    sent = server.requests_to("/feed")[0].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Tue, 17 Feb 2026 10:00:00 GMT"
    only_date = server.route("/dated", Route(body=BBC, last_modified="Tue, 17 Feb 2026 10:00:00 GMT"))
    assert isinstance(get(only_date, validators=Validators(None, "Tue, 17 Feb 2026 10:00:00 GMT")), NotModified)
    assert isinstance(get(url, validators=Validators('"old"')), Fetched)


def test_conditional_gets_answered_304_keep_the_connection(server):
    url = server.route("/feed", Route(body=BBC, etag='"v1"'))

    async def go():
        async with new_client(ROOMY, trust_env=False) as client:
            gates = HostGates(ROOMY.max_connections, ROOMY.per_host)
            return [await fetch(client, gates, url, ROOMY, Validators('"v1"')) for _ in range(5)]

    assert all(isinstance(got, NotModified) for got in run(go()))
    assert len({request.peer for request in server.requests_to("/feed")}) == 1  # one connection, five requests


def test_a_redirect_chain_is_followed_to_the_end(server):
    server.route("/a", Route(301, headers={"Location": "/b"}))
    server.route("/b", Route(302, headers={"Location": server.url("/c")}))
    server.route("/c", Route(307, headers={"Location": "d"}))
    final = server.route("/d", Route(body=BBC))
    got = get(server.url("/a"))
    assert isinstance(got, Fetched) and got.url == final and got.body == BBC


def test_too_many_redirects_and_loops_fail_with_the_chain(server):
    for index in range(7):
        server.route(f"/r{index}", Route(302, headers={"Location": f"/r{index + 1}"}))
    got = get(server.url("/r0"))
    assert isinstance(got, FetchFailed) and got.reason.startswith("too many redirects (more than 5)")
    server.route("/x", Route(301, headers={"Location": "/y"}))
    server.route("/y", Route(301, headers={"Location": "/x"}))
    got = get(server.url("/x"))
    assert got == FetchFailed(f"redirect loop: {server.url('/x')} -> {server.url('/y')} -> {server.url('/x')}")
    server.route("/nowhere", Route(302))
    assert get(server.url("/nowhere")).reason == "HTTP 302 redirect without a Location"
    server.route("/ftp", Route(302, headers={"Location": "ftp://example.org/feed"}))
    assert "non-web address" in get(server.url("/ftp")).reason


@pytest.mark.parametrize("status, reason", [
    (404, "HTTP 404 Not Found"),
    (410, "HTTP 410 Gone: the outlet has removed this address"),
    (500, "HTTP 500 Internal Server Error"),
    (403, "HTTP 403 Forbidden"),
])
def test_error_statuses_are_failures_with_a_reason(server, status, reason):
    got = get(server.route("/feed", Route(status, b"<html>error</html>")))
    assert got == FetchFailed(reason, status, None)


def test_retry_after_is_read_in_seconds_and_as_a_date_on_429_and_503(server):
    got = get(server.route("/busy", Route(429, headers={"Retry-After": "120"})))
    assert got == FetchFailed("HTTP 429 Too Many Requests (asked to retry after 120 s)", 429, timedelta(seconds=120))
    when = datetime.now(timezone.utc) + timedelta(hours=1)
    got = get(server.route("/down", Route(503, headers={"Retry-After": format_datetime(when, usegmt=True)})))
    assert got.status == 503 and timedelta(minutes=59) < got.retry_after <= timedelta(hours=1)
    got = get(server.route("/odd", Route(500, headers={"Retry-After": "120"})))
    assert got.retry_after is None  # only 429 and 503 carry a wish we honour
    got = get(server.route("/junk", Route(429, headers={"Retry-After": "soon"})))
    assert got.status == 429 and got.retry_after is None


def test_a_server_slower_than_the_read_timeout_fails_quickly(server):
    started = time.monotonic()
    got = get(server.route("/hang", Route(hang=True)), FAST)
    assert got.reason == "127.0.0.1:%d sent nothing for 0.3 s (read timeout)" % server.port
    got = get(server.route("/stall", Route(body=BBC, hang_after_headers=True)), FAST)
    assert "read timeout" in got.reason and got.status is None
    assert time.monotonic() - started < 3


def test_a_trickling_body_is_cut_by_the_total_timeout(server):
    limits = FetchLimits(read_timeout=1, total_timeout=0.4)
    got = get(server.route("/slow", Route(body=BBC, trickle=0.02)), limits)
    assert got == FetchFailed("took longer than 0.4 s in all (total timeout)")


def test_bodies_over_the_cap_are_refused_declared_or_streamed(server):
    big = b"<rss>" + b"x" * (2 * MB) + b"</rss>"
    got = get(server.route("/big", Route(body=big)))
    assert got.reason.startswith(f"body of {len(big):,} bytes is over the 1 MB limit")
    got = get(server.route("/big-undeclared", Route(body=big, no_length=True)))
    assert got.reason.startswith("body over the 1 MB limit")


def test_a_gzip_bomb_is_stopped_at_the_cap_without_inflating_it(server):
    bomb = gzip.compress(b"\0" * (30 * MB), compresslevel=9)  # 30 MB from ~30 KB
    assert len(bomb) < 1 * MB
    started = time.monotonic()
    got = get(server.route("/bomb", Route(body=bomb, headers={"Content-Encoding": "gzip"})))
    assert got.reason == "body over the 1 MB limit (counted after decompression); stopped reading"
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("encoding, encode", [
    ("gzip", gzip.compress),
    ("deflate", zlib.compress),
    ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
    ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
    ("identity", lambda data: data),
])
def test_compressed_bodies_are_decoded(server, encoding, encode):
    got = get(server.route("/z", Route(body=encode(BBC), headers={"Content-Encoding": encoding})))
    assert isinstance(got, Fetched) and got.body == BBC


def test_truncated_bodies_fail(server):
    got = get(server.route("/cut", Route(body=BBC, cut_at=1000)))
    assert got.reason.startswith("broken response from 127.0.0.1") and "peer closed connection" in got.reason
    packed = gzip.compress(BBC)[:2000]
    got = get(server.route("/cut-gzip", Route(body=packed, headers={"Content-Encoding": "gzip"})))
    assert got.reason == "truncated gzip body"
    got = get(server.route("/bad-gzip", Route(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})))
    assert got.reason.startswith("invalid gzip data")
    got = get(server.route("/compress", Route(body=b"x", headers={"Content-Encoding": "compress"})))
    assert got.reason == "unsupported content encoding 'compress'"


def test_empty_bodies_and_204_fail(server):
    assert get(server.route("/empty", Route(body=b""))).reason == "HTTP 200 with an empty body"
    assert get(server.route("/nothing", Route(204))).reason == "HTTP 204 No Content"


def test_a_dead_host_fails_with_the_reason():
    port = closed_port()
    got = get(f"http://127.0.0.1:{port}/feed")
    assert got.reason.startswith(f"cannot connect to 127.0.0.1:{port}:") and got.status is None
    assert "\n" not in got.reason


def test_the_per_host_cap_holds_concurrent_fetches_back(server):
    import asyncio

    limits = FetchLimits(per_host=2, max_connections=8, read_timeout=20)  # a deadline
    # Each response waits for a third request in flight, which the cap never lets through.
    url = server.route("/feed", Route(body=BBC, hold_until=3))

    async def go():
        async with new_client(limits, trust_env=False) as client:
            gates = HostGates(limits.max_connections, limits.per_host)
            return await asyncio.gather(*(fetch(client, gates, url, limits) for _ in range(4)))

    assert all(isinstance(result, Fetched) for result in run(go()))
    assert server.most_active == 2


def test_the_global_cap_holds_across_hosts(server):
    import asyncio

    limits = FetchLimits(per_host=4, max_connections=1, read_timeout=20)  # a deadline
    server.route("/feed", Route(body=BBC, hold_until=2))
    urls = [server.url("/feed"), f"http://localhost:{server.port}/feed"]  # two host names, one server

    async def go():
        async with new_client(limits, trust_env=False) as client:
            gates = HostGates(limits.max_connections, limits.per_host)
            return await asyncio.gather(*(fetch(client, gates, url, limits) for url in urls))

    assert all(isinstance(result, Fetched) for result in run(go()))
    assert server.most_active == 1
