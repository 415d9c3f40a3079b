"""A separate process that appends to, or follows, a log (see test_store.py)."""

import sys
import threading

from monitor.log import open_store
from tests.log.events_factory import article


def append(url: str, name: str, count: int) -> None:
    store = open_store(url)
    for i in range(0, count, 3):
        store.append([_named(name, j) for j in range(i, min(i + 3, count))])


def _named(name: str, j: int):
    from dataclasses import replace

    return replace(article(j), article_id=f"{name}-{j}", content_hash="h")


def follow(url: str, expected: int) -> None:
    store = open_store(url)
    stop = threading.Event()
    seen = 0
    for recorded in store.follow(stop=stop, poll_interval=0.005):
        print(recorded.position, recorded.key, flush=True)
        seen += 1
        if seen == expected:
            stop.set()


if __name__ == "__main__":
    mode, url, *rest = sys.argv[1:]
    if mode == "append":
        append(url, rest[0], int(rest[1]))
    else:
        follow(url, int(rest[0]))
