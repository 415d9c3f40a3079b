"""Event-log rows: batched append and full replay, against raw sqlite3 on the same rows."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.common import Row, median_time
import orjson

from monitor.domain.codec import iso
from monitor.domain.events import SourcePolled
from monitor.log import initialise, open_store
from monitor.log.records import to_row

EVENTS = 200_000
BATCH = 1_000
REPEATS = 3
T0 = datetime(2022, 9, 10, tzinfo=timezone.utc)


def small_events(n: int) -> list[SourcePolled]:
    return [
        SourcePolled(source=f"s{i % 50}", url="https://example.org/rss", fetched_at=T0 + timedelta(seconds=i),
                     status=200, not_modified=False, etag=None, last_modified=None, items=50, new_items=i % 3,
                     duration_ms=12.5)
        for i in range(n)
    ]


def _fresh_db(folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    initialise(str(path))
    return path


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def run() -> list[Row]:
    events = small_events(EVENTS)
    recorded_at = datetime.now(timezone.utc)
    # The comparison gets the same rows with the payload as a plain dict: it serialises
    # it with the standard json module and calls executemany. A second comparison gets
    # the JSON text ready-made too, so only the database work is timed.
    recorded = iso(recorded_at)
    raw_rows = [(r.stream, r.type, r.version, r.key, r.occurred_at, recorded, r.data)
                for r in (to_row(e, recorded_at) for e in events)]
    raw_dict_rows = [(*row[:6], json.loads(row[6])) for row in raw_rows]
    batches = [events[i : i + BATCH] for i in range(0, EVENTS, BATCH)]
    raw_batches = [raw_rows[i : i + BATCH] for i in range(0, EVENTS, BATCH)]
    raw_dict_batches = [raw_dict_rows[i : i + BATCH] for i in range(0, EVENTS, BATCH)]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        state: dict = {}

        def setup_ours() -> None:
            state["store"] = open_store(str(_fresh_db(folder, "ours.db")))

        def append_ours() -> None:
            for batch in batches:
                state["store"].append(batch, now=recorded_at)

        def setup_raw() -> None:
            state["raw"] = _raw_connection(_fresh_db(folder, "raw.db"))

        def insert(batch) -> None:
            conn = state["raw"]
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO events (stream, type, version, key, occurred_at, recorded_at, data)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
            conn.execute("COMMIT")

        def append_raw() -> None:
            dumps = json.dumps
            for batch in raw_dict_batches:
                insert([(*row[:6], dumps(row[6])) for row in batch])

        def append_raw_preserialised() -> None:
            for batch in raw_batches:
                insert(batch)

        ours_append = median_time(append_ours, REPEATS, setup_ours)
        raw_append = median_time(append_raw, REPEATS, setup_raw)
        raw_append_floor = median_time(append_raw_preserialised, REPEATS, setup_raw)
        store = state["store"]
        assert store.head() == EVENTS

        def replay_ours() -> None:
            view = {}
            for recorded in store.read():
                view[recorded.position] = recorded.event
            assert len(view) == EVENTS

        raw = _raw_connection(folder / "ours.db")

        def replay_raw(loads=json.loads) -> None:
            view = {}
            for position, _type, data in raw.execute("SELECT position, type, data FROM events ORDER BY position"):
                view[position] = loads(data)
            assert len(view) == EVENTS

        ours_replay = median_time(replay_ours, REPEATS)
        raw_replay = median_time(replay_raw, REPEATS)
        raw_replay_orjson = median_time(lambda: replay_raw(orjson.loads), REPEATS)
        store.engine.dispose()
        raw.close()

    return [
        Row(f"append {EVENTS:,} small events, batches of {BATCH:,} (SQLite)", EVENTS / ours_append,
            EVENTS / raw_append, "ev/s", True, ">= 0.70", "raw sqlite3 executemany"),
        Row("  same, against rows already serialised (database work only)", EVENTS / ours_append,
            EVENTS / raw_append_floor, "ev/s", True, "(info)", "raw executemany"),
        Row(f"replay {EVENTS:,} events into a dict (SQLite)", EVENTS / ours_replay, EVENTS / raw_replay,
            "ev/s", True, ">= 0.50", "raw SELECT + json.loads"),
        Row("  same, raw decoding with orjson as ours does", EVENTS / ours_replay, EVENTS / raw_replay_orjson,
            "ev/s", True, "(info)", "raw SELECT + orjson"),
    ]
