"""Event-log rows: batched append and full replay, against raw sqlite3 on the same rows.

Like for like: both sides serialise and decode with orjson (the monitor's codec), write
to the same schema (tables made by the same migration) in WAL mode with
``synchronous=NORMAL``, one transaction per batch of 1,000, on the same disk. The raw
side is handed each row's envelope (stream, type, version, key, times) ready-made and
its payload as a dict: it times serialising and inserting only. Ours starts from typed
events and so also derives each envelope (keys, stream names, ISO times), checks keys
for duplicates and reads the new head, which is what an append is. The cases alternate
(ours, raw, raw with ready JSON; then rotated), medians of REPEATS rounds.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

from bench import targets
from bench.common import Row, alternate, medians
from monitor.domain.codec import iso
from monitor.domain.events import SourcePolled
from monitor.log import initialise, open_store
from monitor.log.records import to_row

EVENTS = 200_000
BATCH = 1_000
REPEATS = 5
T0 = datetime(2022, 9, 10, tzinfo=timezone.utc)
INSERT = "INSERT INTO events (stream, type, version, key, occurred_at, recorded_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)"


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
    recorded = iso(recorded_at)
    ready_rows = [(r.stream, r.type, r.version, r.key, r.occurred_at, recorded, r.data)
                  for r in (to_row(e, recorded_at) for e in events)]
    dict_rows = [(*row[:6], orjson.loads(row[6])) for row in ready_rows]
    batches = [events[i:i + BATCH] for i in range(0, EVENTS, BATCH)]
    ready_batches = [ready_rows[i:i + BATCH] for i in range(0, EVENTS, BATCH)]
    dict_batches = [dict_rows[i:i + BATCH] for i in range(0, EVENTS, BATCH)]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        state: dict = {}

        def setup_ours() -> None:
            if "store" in state:
                state.pop("store").engine.dispose()
            state["store"] = open_store(str(_fresh_db(folder, "ours.db")))

        def append_ours() -> None:
            store = state["store"]
            for batch in batches:
                store.append(batch, now=recorded_at)

        def setup_raw() -> None:
            if "raw" in state:
                state.pop("raw").close()
            state["raw"] = _raw_connection(_fresh_db(folder, "raw.db"))

        def insert(rows) -> None:
            conn = state["raw"]
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(INSERT, rows)
            conn.execute("COMMIT")

        def append_raw() -> None:
            dumps = orjson.dumps
            for batch in dict_batches:
                insert([(*row[:6], dumps(row[6]).decode()) for row in batch])

        def append_raw_ready() -> None:
            for batch in ready_batches:
                insert(batch)

        appends = medians(alternate({"ours": append_ours, "raw": append_raw, "ready": append_raw_ready}, REPEATS,
                                    {"ours": setup_ours, "raw": setup_raw, "ready": setup_raw}))
        store = state.pop("store")
        state.pop("raw").close()
        assert store.head() == EVENTS

        def replay_ours() -> None:
            view = {}
            for event in store.read():
                view[event.position] = event.event
            assert len(view) == EVENTS

        raw = _raw_connection(folder / "ours.db")

        def replay_raw() -> None:
            loads, view = orjson.loads, {}
            for position, _type, data in raw.execute("SELECT position, type, data FROM events ORDER BY position"):
                view[position] = loads(data)
            assert len(view) == EVENTS

        replays = medians(alternate({"ours": replay_ours, "raw": replay_raw}, REPEATS))
        store.engine.dispose()
        raw.close()

    rate = {name: EVENTS / seconds for name, seconds in appends.items()}
    replay = {name: EVENTS / seconds for name, seconds in replays.items()}
    return [
        Row(f"append {EVENTS:,} small events from typed events, batches of {BATCH:,} (SQLite; alternated, median "
            f"of {REPEATS})", rate["ours"], rate["raw"], "ev/s", True, targets.APPEND,
            "raw sqlite3 executemany, payload dicts serialised with orjson"),
        Row("  same, against rows already serialised (the database's work alone)", rate["ours"], rate["ready"],
            "ev/s", True, targets.INFO, "raw executemany of ready rows"),
        Row(f"replay {EVENTS:,} events into typed events (SQLite; alternated, median of {REPEATS})",
            replay["ours"], replay["raw"], "ev/s", True, targets.REPLAY, "raw SELECT + orjson.loads into dicts"),
    ]
