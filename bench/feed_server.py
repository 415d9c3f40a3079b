"""A loopback feed server for the poll benchmark, run in its own process.

    python bench/feed_server.py [FEEDS] [ITEMS]

Serves ``/feed/<n>.rss`` for n in 0..FEEDS-1 over HTTP/1.1 with keep-alive: RSS documents
of ITEMS real items (the BBC World and Al Jazeera captures in tests/fixtures/feeds,
interleaved), each item's link and GUID made unique to its feed. Every feed carries an
ETag and a Last-Modified and answers a matching conditional GET with 304. ``/stats``
answers ``full=<n> not_modified=<n>``, the feed responses sent so far. Prints
``port=<n> bytes=<total>`` on one line once it listens, then serves until killed.
"""

from __future__ import annotations

import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "feeds"
LAST_MODIFIED = "Wed, 18 Feb 2026 02:13:51 GMT"
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


def feed_document(feed: int, items: list[bytes], count: int) -> bytes:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            f'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            f"<title>Bench outlet {feed}</title>\n<link>https://outlet{feed}.example/</link>\n"
            f"<description>World news, bench feed {feed}</description>\n<language>en</language>\n"
            f"<lastBuildDate>{LAST_MODIFIED}</lastBuildDate>\n<ttl>15</ttl>\n").encode()
    body = b"\n".join(_unique(items[i % len(items)], feed, i) for i in range(count))
    return head + body + b"\n</channel>\n</rss>\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        if self.path == "/stats":
            self._send_stats()
            return
        document = self.server.feeds.get(self.path)
        if document is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        etag = f'"{self.path}-v1"'
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
            self.send_header("Content-Length", "0")
            self.end_headers()
            self.server.count("not_modified")
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(document)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", LAST_MODIFIED)
        self.end_headers()
        try:
            self.wfile.write(document)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        self.server.count("full")

    def _send_stats(self) -> None:
        body = " ".join(f"{key}={value}" for key, value in self.server.counts.items()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, feeds: dict[str, bytes]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.feeds = feeds
        self.counts = {"full": 0, "not_modified": 0}
        self._lock = threading.Lock()

    def count(self, key: str) -> None:
        with self._lock:
            self.counts[key] += 1


def main(argv: list[str]) -> int:
    feeds = int(argv[0]) if argv else 1000
    count = int(argv[1]) if len(argv) > 1 else 50
    items = real_items()
    server = _Server({f"/feed/{n}.rss": feed_document(n, items, count) for n in range(feeds)})
    print(f"port={server.server_address[1]} bytes={sum(map(len, server.feeds.values()))}", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
