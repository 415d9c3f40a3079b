"""The bench's feed server: many feed hosts in one process, on loopback or behind a
simulated network (bench/network_profile.py). Run in a process of its own:

    python bench/feed_server.py --feeds 1000 --items 50 --profile latency [--hosts N] [--errors SHARE]

Each simulated host is a port of its own on 127.0.0.1 (so a client pools connections per
host, as it must on the internet) and serves ``/feed/<n>.rss`` for its feeds (feed n on
host n % hosts; one feed per host by default). A feed is an RSS document of ITEMS real
items (the BBC World and Al Jazeera captures in tests/fixtures/feeds, interleaved), each
item's link and GUID unique to its feed, with an ETag and a Last-Modified; a matching
conditional GET gets 304, and ``Accept-Encoding: gzip`` gets the body gzipped. HTTP/1.1
keep-alive, ``Connection: close`` honoured.

A control port without added latency answers ``GET /stats`` with counters (full,
not_modified, errors, gzip, connections) and takes ``POST /add?feed=N`` with a JSON body
``{"guid", "title", "text"}``: an item put first in that feed, with a new ETag and
Last-Modified (the alert benchmark's news). Once it listens the server prints one JSON
line: ``{"control": port, "urls": [...], "bytes": total size of the feeds}``.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from email.utils import formatdate
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.network_profile import PROFILES, Host, Profile  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "feeds"
LAST_MODIFIED = "Wed, 18 Feb 2026 02:13:51 GMT"
CHUNK = 16 * 1024
_ITEM = re.compile(rb"<item>.*?</item>", re.DOTALL)
_LINK = re.compile(rb"<link>(.*?)</link>", re.DOTALL)
_GUID = re.compile(rb"(<guid[^>]*>)(.*?)(</guid>)", re.DOTALL)


def real_items() -> list[bytes]:
    """The items of both captures, interleaved (BBC, Al Jazeera, BBC, ...)."""
    bbc = _ITEM.findall((FIXTURES / "bbc-world.rss").read_bytes())
    aljazeera = _ITEM.findall((FIXTURES / "aljazeera.rss").read_bytes())
    mixed = []
    for index in range(max(len(bbc), len(aljazeera))):
        mixed += [group[index] for group in (bbc, aljazeera) if index < len(group)]
    return mixed


def _unique(item: bytes, feed: int, index: int) -> bytes:
    tag = f"bench={feed}-{index}".encode()

    def link(match: re.Match) -> bytes:
        url = match[1].strip()
        return b"<link>" + url + (b"&amp;" if b"?" in url else b"?") + tag + b"</link>"

    item = _LINK.sub(link, item, count=1)
    return _GUID.sub(lambda m: m[1] + m[2].strip() + b"/" + tag + m[3], item, count=1)


def feed_document(feed: int, items: list[bytes], count: int, extra: list[bytes] = (),
                  last_modified: str = LAST_MODIFIED) -> bytes:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            f'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            f"<title>Bench outlet {feed}</title>\n<link>https://outlet{feed}.example/</link>\n"
            f"<description>World news, bench feed {feed}</description>\n<language>en</language>\n"
            f"<lastBuildDate>{last_modified}</lastBuildDate>\n<ttl>15</ttl>\n").encode()
    body = b"\n".join([*extra, *(_unique(items[i % len(items)], feed, i) for i in range(count))])
    return head + body + b"\n</channel>\n</rss>\n"


def news_item(guid: str, title: str, text: str, published: str) -> bytes:
    return (f"<item><guid isPermaLink=\"false\">{escape(guid)}</guid><title>{escape(title)}</title>"
            f"<link>https://desk.example/{escape(guid)}</link><pubDate>{published}</pubDate>"
            f"<description>{escape(text)}</description></item>").encode()


class Feed:
    """One feed's current document in both encodings, and its validators."""

    def __init__(self, number: int, items: list[bytes], count: int) -> None:
        self.number, self._items, self._count = number, items, count
        self.extra: list[bytes] = []
        self.version = 1
        self.last_modified = LAST_MODIFIED
        self._render()

    def add(self, item: bytes) -> None:
        self.extra.insert(0, item)
        self.version += 1
        self.last_modified = formatdate(time.time(), usegmt=True)
        self._render()

    def _render(self) -> None:
        body = feed_document(self.number, self._items, self._count, self.extra, self.last_modified)
        # Both forms and the ETag swapped in one assignment: a request sees old or new, whole.
        self.current = (body, gzip.compress(body, 6), f'"feed{self.number}-v{self.version}"', self.last_modified)


class FeedServer:
    def __init__(self, feeds: int, items: int, profile: Profile, hosts: int, seed: int,
                 error_rate: float | None = None) -> None:
        documents = real_items()
        self.feeds = [Feed(n, documents, items) for n in range(feeds)]
        self.profile = profile
        self.hosts = [profile.host(h, seed) for h in range(hosts)]
        self.ports: list[int] = []
        self.counts: Counter[str] = Counter()
        self._errors = random.Random(f"errors:{seed}")
        self.error_rate = profile.error_rate if error_rate is None else error_rate

    async def start(self) -> int:
        for host in self.hosts:
            server = await asyncio.start_server(lambda r, w, h=host: self._connection(r, w, h), "127.0.0.1", 0,
                                                backlog=1024)
            self.ports.append(server.sockets[0].getsockname()[1])
        control = await asyncio.start_server(self._control, "127.0.0.1", 0)
        return control.sockets[0].getsockname()[1]

    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.ports[n % len(self.ports)]}/feed/{n}.rss" for n in range(len(self.feeds))]

    # -- the feed hosts ----------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: Host) -> None:
        self.counts["connections"] += 1
        handshake = self.profile.connect_rtts
        try:
            while True:
                request = await _read_request(reader, self.profile.idle_timeout_s)
                if request is None:
                    break
                method, path, headers, _ = request
                delay = host.rtt_s * (handshake + 1)
                handshake = 0
                if delay:
                    await asyncio.sleep(delay * random.uniform(1 - self.profile.jitter, 1 + self.profile.jitter))
                keep = headers.get("connection", "").lower() != "close"
                await self._answer(writer, host, method, path, headers, keep)
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def _answer(self, writer: asyncio.StreamWriter, host: Host, method: str, path: str,
                      headers: dict[str, str], keep: bool) -> None:
        feed = _feed_number(path)
        if method != "GET" or feed is None or feed >= len(self.feeds):
            await _send(writer, 404, {}, b"", keep)
            return
        if self._errors.random() < self.error_rate:
            self.counts["errors"] += 1
            await _send(writer, 503, {"Content-Type": "text/plain"}, b"busy\n", keep)
            return
        body, zipped, etag, modified = self.feeds[feed].current
        validators = {"ETag": etag, "Last-Modified": modified}
        if headers.get("if-none-match") == etag or (
                "if-none-match" not in headers and headers.get("if-modified-since") == modified):
            self.counts["not_modified"] += 1
            await _send(writer, 304, validators, b"", keep)
            return
        self.counts["full"] += 1
        extra = {"Content-Type": "application/rss+xml; charset=utf-8", **validators}
        if "gzip" in headers.get("accept-encoding", ""):
            self.counts["gzip"] += 1
            body = zipped
            extra["Content-Encoding"] = "gzip"
        await _send(writer, 200, extra, body, keep, host.bandwidth)

    # -- the control port -------------------------------------------------------------

    async def _control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while (request := await _read_request(reader, None)) is not None:
                method, path, headers, body = request
                url = urlsplit(path)
                if url.path == "/stats":
                    text = " ".join(f"{key}={self.counts[key]}" for key in
                                    ("full", "not_modified", "errors", "gzip", "connections")).encode()
                    await _send(writer, 200, {"Content-Type": "text/plain"}, text, True)
                elif url.path == "/add" and method == "POST":
                    feed = self.feeds[int(parse_qs(url.query)["feed"][0])]
                    news = json.loads(body)
                    feed.add(news_item(news["guid"], news["title"], news["text"], formatdate(usegmt=True)))
                    await _send(writer, 200, {"Content-Type": "text/plain"}, feed.current[2].encode(), True)
                else:
                    await _send(writer, 404, {}, b"", True)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


def _feed_number(path: str) -> int | None:
    match = re.fullmatch(r"/feed/(\d+)\.rss", urlsplit(path).path)
    return int(match[1]) if match else None


async def _read_request(reader: asyncio.StreamReader,
                        idle_timeout: float | None) -> tuple[str, str, dict[str, str], bytes] | None:
    """One request (method, path, headers in lower case, body), or None at the end of the
    connection or after ``idle_timeout`` seconds without one."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), idle_timeout)
    except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split()
    if len(parts) != 3:
        return None
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    if parts[2] == "HTTP/1.0" and headers.get("connection", "").lower() != "keep-alive":
        headers["connection"] = "close"
    length = int(headers.get("content-length", "0") or 0)
    body = await reader.readexactly(length) if length else b""
    return parts[0], parts[1], headers, body


_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 503: "Service Unavailable"}


async def _send(writer: asyncio.StreamWriter, status: int, headers: dict[str, str], body: bytes, keep: bool,
                bandwidth: float = 0.0) -> None:
    head = [f"HTTP/1.1 {status} {_REASONS[status]}", f"Content-Length: {len(body)}",
            f"Connection: {'keep-alive' if keep else 'close'}", *(f"{k}: {v}" for k, v in headers.items())]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
    if not bandwidth:
        writer.write(body)
        await writer.drain()
        return
    for start in range(0, len(body), CHUNK):  # each chunk arrives when the host's bandwidth lets it
        chunk = body[start:start + CHUNK]
        await asyncio.sleep(len(chunk) / bandwidth)
        writer.write(chunk)
        await writer.drain()


async def serve(args: argparse.Namespace) -> None:
    server = FeedServer(args.feeds, args.items, PROFILES[args.profile], args.hosts or args.feeds, args.seed,
                        args.errors)
    control = await server.start()
    size = sum(len(feed.current[0]) for feed in server.feeds)
    print(json.dumps({"control": control, "urls": server.urls(), "bytes": size}), flush=True)
    await asyncio.Event().wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="the bench's feed hosts")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="loopback")
    parser.add_argument("--hosts", type=int, default=0, help="simulated hosts (default: one per feed)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--errors", type=float, default=None, help="share of requests answered 503 (default: "
                        "the profile's)")
    try:
        asyncio.run(serve(parser.parse_args(argv)))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
