"""The bench feed server behaves as its network profile says (bench/feed_server.py).

A real server process on loopback, spoken to with http.client: per-host delays with the
handshake on a new connection, 304 on validators, gzip when asked, the error share, news
put on a feed, idle connections closed. Lower bounds on time are what a sleep guarantees;
upper bounds are loose, for loaded machines.
"""

from __future__ import annotations

import gzip
import http.client
import time
from urllib.parse import urlsplit

import pytest

from bench.feed_hosts import FeedHosts
from bench.network_profile import LATENCY, LOOPBACK


def _get(connection: http.client.HTTPConnection, path: str, **headers: str) -> tuple[http.client.HTTPResponse, bytes]:
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    return response, response.read()


def _connect(url: str, timeout: float = 30) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout), parts.path


def test_hosts_are_drawn_once_and_spread_as_the_profile_says():
    hosts = [LATENCY.host(i) for i in range(2000)]
    assert hosts == [LATENCY.host(i) for i in range(2000)]  # the same for every run and tool
    typical = [h for h in hosts if not h.slow]
    slow = [h for h in hosts if h.slow]
    assert all(0.05 <= h.rtt_s <= 0.15 for h in typical)
    assert all(0.4 <= h.rtt_s <= 1.5 for h in slow)
    assert 0.015 < len(slow) / len(hosts) < 0.05  # about 3 %
    assert all(512 * 1024 <= h.bandwidth <= 5120 * 1024 for h in typical)
    assert LOOPBACK.host(0).rtt_s == 0 and LOOPBACK.host(0).bandwidth == 0


def test_loopback_serves_feeds_with_validators_and_gzip():
    with FeedHosts(3, 5, "loopback") as hosts:
        assert len({urlsplit(u).port for u in hosts.urls}) == 3  # one host (port) per feed
        connection, path = _connect(hosts.urls[1])
        response, body = _get(connection, path)
        assert response.status == 200 and body.count(b"<item>") == 5 and b"bench=1-4" in body
        etag, modified = response.getheader("ETag"), response.getheader("Last-Modified")
        response, body = _get(connection, path, **{"If-None-Match": etag})
        assert response.status == 304 and body == b""
        response, body = _get(connection, path, **{"If-Modified-Since": modified})
        assert response.status == 304
        response, body = _get(connection, path, **{"Accept-Encoding": "gzip"})
        assert response.getheader("Content-Encoding") == "gzip" and gzip.decompress(body).count(b"<item>") == 5
        connection.close()
        stats = hosts.stats()
        assert (stats["full"], stats["not_modified"], stats["gzip"], stats["errors"]) == (2, 2, 1, 0)


def test_latency_costs_the_handshakes_on_a_new_connection_and_one_round_trip_after():
    with FeedHosts(40, 2, "latency", errors=0.0) as hosts:
        index = next(i for i in range(40) if not LATENCY.host(i).slow)
        rtt = LATENCY.host(index).rtt_s
        connection, path = _connect(hosts.urls[index])
        start = time.perf_counter()
        assert _get(connection, path)[0].status == 200
        first = time.perf_counter() - start
        start = time.perf_counter()
        assert _get(connection, path)[0].status == 200
        again = time.perf_counter() - start
        connection.close()
        assert first >= 3 * rtt * (1 - LATENCY.jitter)  # TCP + TLS + the request
        assert rtt * (1 - LATENCY.jitter) <= again < first


def test_error_share_is_as_configured():
    with FeedHosts(1, 1, "loopback", errors=0.3) as hosts:
        connection, path = _connect(hosts.urls[0])
        statuses = [_get(connection, path)[0].status for _ in range(300)]
        connection.close()
    assert set(statuses) == {200, 503}
    assert 0.2 < statuses.count(503) / len(statuses) < 0.4


def test_news_changes_the_feed_and_its_validators():
    with FeedHosts(2, 3, "loopback") as hosts:
        connection, path = _connect(hosts.urls[1])
        response, _ = _get(connection, path)
        old = response.getheader("ETag")
        new = hosts.add(1, "news-izium", "Izium liberated", "Ukrainian forces liberated Izium & more.")
        assert new != old
        response, body = _get(connection, path, **{"If-None-Match": old})
        assert response.status == 200 and response.getheader("ETag") == new
        assert body.index(b"news-izium") < body.index(b"bench=1-0") and b"Izium &amp; more" in body
        connection.close()


@pytest.mark.skipif(LATENCY.idle_timeout_s is None, reason="the profile keeps idle connections")
def test_idle_connections_are_closed_after_the_profiles_timeout(monkeypatch):
    with FeedHosts(1, 1, "latency", errors=0.0) as hosts:
        connection, path = _connect(hosts.urls[0])
        assert _get(connection, path)[0].status == 200
        time.sleep(LATENCY.idle_timeout_s + 0.5)
        assert connection.sock.recv(1) == b""  # the server closed it
        connection.close()
