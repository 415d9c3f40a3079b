"""The scale bench's feed hosts: many sources on many loopback addresses, news on a timetable.

    python bench/scale_feeds.py --sources 1000 --addresses 100

Source n is served as ``http://127.0.0.<10 + n % addresses>:<port>/feed/<n>.rss`` (Linux
routes all of 127/8 to the loopback interface, so each address is a host of its own to a
client pooling connections per host). A feed holds its latest ITEMS articles, with an
ETag that changes when one arrives; a matching conditional GET gets 304.

Articles arrive on a timetable posted to the control port (``POST /plan`` with
``[[seconds, articles per second], ...]``): each tick (20 ms) the rate's share of articles
is put on sources chosen at random (seeded), so a poll finds whatever arrived since the
last one. Their texts are paragraphs of real reporting: the English development set's war
articles and the BBC / Al Jazeera captures' general news, in the proportion GDELT's
intake has them (mostly general news).

The control port answers ``GET /stats`` (JSON: articles added so far, fetches, 200s, 304s,
the server's clock) and ``GET /fetches?start=S&end=E`` (each source's fetch count between
two readings of that clock): fetches are counted here, where they happen, not from the
log. One JSON line on stdout once it listens: ``{"control": port, "urls": [...]}``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import time
from collections import Counter
from email.utils import formatdate
from html import escape, unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.feed_server import _read_request, _send, real_items  # noqa: E402

DEV_EN = REPO / "tests" / "fixtures" / "eval" / "dev" / "en" / "docs"
ITEMS = 20
TICK = 0.02
WAR_SHARE = 0.2  # of articles: war reporting; the rest general news (GDELT's intake is mostly that)
_DESCRIPTION = re.compile(rb"<description>(.*?)</description>", re.DOTALL)


def texts() -> tuple[list[str], list[str]]:
    """Paragraph-sized texts: (war reporting, general news)."""
    war = []
    for path in sorted(DEV_EN.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 1)[-1]  # without its "date" line
        war.append(body[:1500])
    news = []
    for item in real_items():
        found = _DESCRIPTION.search(item)
        if found:
            raw = found[1].decode("utf-8", "replace").replace("<![CDATA[", "").replace("]]>", "")
            news.append(unescape(raw).strip())
    return war, [n for n in news if n]


class Source:
    def __init__(self, number: int) -> None:
        self.number = number
        self.items: list[bytes] = []
        self.version = 0
        self.body = self._render()
        self.fetches: list[float] = []

    def add(self, item: bytes) -> None:
        self.items = [item, *self.items[:ITEMS - 1]]
        self.version += 1
        self.body = self._render()

    @property
    def etag(self) -> str:
        return f'"s{self.number}-v{self.version}"'

    def _render(self) -> bytes:
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
                f"<title>Scale outlet {self.number}</title>\n<link>https://outlet{self.number}.example/</link>\n"
                f"<description>Bench source {self.number}</description>\n<language>en</language>\n").encode()
        return head + b"\n".join(self.items) + b"\n</channel>\n</rss>\n"


class ScaleFeeds:
    def __init__(self, sources: int, addresses: int, seed: int) -> None:
        self.sources = [Source(n) for n in range(sources)]
        self.addresses = [f"127.0.0.{10 + a}" for a in range(addresses)]
        self.ports: dict[str, int] = {}
        self.random = random.Random(seed)
        self.war, self.news = texts()
        self.added = 0
        self.counts: Counter[str] = Counter()
        self.started = time.monotonic()
        self.plan_task: asyncio.Task | None = None

    def clock(self) -> float:
        return time.monotonic() - self.started

    async def start(self) -> int:
        for address in self.addresses:
            server = await asyncio.start_server(self._connection, address, 0, backlog=1024)
            self.ports[address] = server.sockets[0].getsockname()[1]
        control = await asyncio.start_server(self._control, "127.0.0.1", 0)
        return control.sockets[0].getsockname()[1]

    def urls(self) -> list[str]:
        return [f"http://{self.addresses[n % len(self.addresses)]}:{self.ports[self.addresses[n % len(self.addresses)]]}"
                f"/feed/{n}.rss" for n in range(len(self.sources))]

    def _article(self) -> bytes:
        number = self.added
        self.added += 1
        war = self.random.random() < WAR_SHARE
        text = self.random.choice(self.war if war else self.news)
        return (f"<item><guid isPermaLink=\"false\">scale-{number}</guid><title>Report {number}</title>"
                f"<link>https://news.example/scale/{number}</link><pubDate>{formatdate(usegmt=True)}</pubDate>"
                f"<description>{escape(text)}</description></item>").encode()

    async def _run_plan(self, plan: list[tuple[float, float]]) -> None:
        """Articles at each phase's rate for its duration, a tick at a time, on the clock
        (a late tick adds what was due, so the rate holds when the loop is busy)."""
        owed = 0.0
        for seconds, rate in plan:
            end = time.monotonic() + seconds
            last = time.monotonic()
            while (now := time.monotonic()) < end:
                owed += rate * (now - last)
                last = now
                while owed >= 1:
                    owed -= 1
                    self.random.choice(self.sources).add(self._article())
                await asyncio.sleep(TICK)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while (request := await _read_request(reader, None)) is not None:
                method, path, headers, _ = request
                keep = headers.get("connection", "").lower() != "close"
                match = re.fullmatch(r"/feed/(\d+)\.rss", urlsplit(path).path)
                number = int(match[1]) if match else -1
                if method != "GET" or not 0 <= number < len(self.sources):
                    await _send(writer, 404, {}, b"", keep)
                else:
                    source = self.sources[number]
                    source.fetches.append(self.clock())
                    if headers.get("if-none-match") == source.etag:
                        self.counts["not_modified"] += 1
                        await _send(writer, 304, {"ETag": source.etag}, b"", keep)
                    else:
                        self.counts["full"] += 1
                        await _send(writer, 200, {"Content-Type": "application/rss+xml; charset=utf-8",
                                                  "ETag": source.etag}, source.body, keep)
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def _control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while (request := await _read_request(reader, None)) is not None:
                method, path, _, body = request
                url = urlsplit(path)
                if url.path == "/stats":
                    answer = {"clock": self.clock(), "added": self.added, "full": self.counts["full"],
                              "not_modified": self.counts["not_modified"],
                              "planned": self.plan_task is not None and not self.plan_task.done()}
                elif url.path == "/fetches":
                    query = parse_qs(url.query)
                    start, end = float(query["start"][0]), float(query["end"][0])
                    answer = [sum(start <= t < end for t in s.fetches) for s in self.sources]
                elif url.path == "/plan" and method == "POST":
                    if self.plan_task is not None:
                        self.plan_task.cancel()
                    plan = [(float(seconds), float(rate)) for seconds, rate in json.loads(body)]
                    self.plan_task = asyncio.ensure_future(self._run_plan(plan))
                    answer = {"clock": self.clock()}
                else:
                    await _send(writer, 404, {}, b"", True)
                    continue
                await _send(writer, 200, {"Content-Type": "application/json"}, json.dumps(answer).encode(), True)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def serve(args: argparse.Namespace) -> None:
    feeds = ScaleFeeds(args.sources, args.addresses, args.seed)
    control = await feeds.start()
    print(json.dumps({"control": control, "urls": feeds.urls()}), flush=True)
    await asyncio.Event().wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="the scale bench's feed hosts")
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--addresses", type=int, default=100, help="loopback addresses 127.0.0.10 and up (max 240)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    if not 1 <= args.addresses <= 240:
        parser.error("--addresses must be 1 to 240")
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
