"""Projection rows: rebuilding the front from N synthetic claim events against a raw scan
and decode of the same rows, and the incremental catch-up of 1,000 new events.

The rebuild splits the places across processes (one per core, at most four); the same
rebuild in one process is shown beside it. Catch-up is timed as the daemon does it: one
long-lived process, batch after batch (its first batch, which loads every place it
touches from the tables, is shown apart).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.common import Row, median_time
from monitor.domain.claims import Claim
from monitor.domain.events import ArticleSeen, ClaimsExtracted
from monitor.gazetteer import load_gazetteer
from monitor.log import initialise, open_store
from monitor.projections.replay import part_count
from monitor.projections.runner import catch_up, rebuild
from monitor.service.long_lived import settle_long_lived

EVENTS = int(os.environ.get("BENCH_PROJECTION_EVENTS", "1000000"))  # claims
CATCH_UP = 1_000
CATCH_UPS = 5  # timed after the first
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
T0 = datetime(2022, 9, 1, tzinfo=timezone.utc)
SPEAKERS = [None, None, None, "the Russian Defence Ministry", "Ukraine's General Staff", "a Telegram channel",
            "the Institute for the Study of War", "Russian proxy official Denis Pushilin"]
SIDES = {None: "outlet", "the Russian Defence Ministry": "russia", "Ukraine's General Staff": "ukraine",
         "a Telegram channel": "russia", "the Institute for the Study of War": "third_party",
         "Russian proxy official Denis Pushilin": "russia"}


OUTLETS = [f"Outlet {i}" for i in range(200)]
CLAIMS_PER_ARTICLE = 5


def synthetic_events(count: int, start: int, places: list, rng: random.Random) -> list:
    """Realistic-shaped claim events: each place has a controller most reports agree on,
    with contrary, hedged and predicted claims mixed in; articles carry several claims
    and come from 200 outlets (each with its ArticleSeen)."""
    events: list = []
    for i in range(start, start + count, CLAIMS_PER_ARTICLE):
        article_id = f"a{i:08d}"
        published = T0 + timedelta(minutes=i)
        events.append(ArticleSeen(article_id, "bench", rng.choice(OUTLETS), None, "synthetic", published, "",
                                  "h", "en"))
        claims = []
        for j in range(i, min(i + CLAIMS_PER_ARTICLE, start + count)):
            place = rng.choice(places)
            holder = "ukraine" if hash(place.id) % 3 else "russia"
            control = holder if rng.random() < 0.85 else rng.choice(("contested", "ukraine", "russia"))
            speaker = rng.choice(SPEAKERS)
            factuality = rng.choices(("asserted", "attributed", "unconfirmed", "predicted"), (5, 3, 2, 1))[0]
            claims.append(Claim(
                claim_id=f"c{j:08d}", place_id=place.id, place=place.name, control=control,
                factuality=factuality if speaker else "asserted", historical=rng.random() < 0.03,
                side=SIDES[speaker], speaker=speaker,
                evidence=f"Forces entered {place.name} on the morning of day {j % 400}, officials said.",
                start=0, end=60, rule="gain.verb/object"))
        events.append(ClaimsExtracted(article_id, "h", "bench", published, tuple(claims)))
    return events


def build_log(folder: Path, claims: int = EVENTS, name: str = "projection.db") -> str:
    """A SQLite log of ``claims`` synthetic claims (with their articles) about 3,000 places."""
    db = str(folder / name)
    initialise(db)
    store = open_store(db)
    rng = random.Random(7)
    places = [p for p in load_gazetteer().places if p.oblast in ("Kharkiv", "Donetsk", "Luhansk", "Zaporizhzhia")]
    places = rng.sample(places, 3000)
    for start in range(0, claims, 25_000):
        batch = synthetic_events(min(25_000, claims - start), start, places, rng)
        for i in range(0, len(batch), 2000):
            store.append(batch[i:i + 2000])
    store.engine.dispose()
    return db


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = build_log(folder)
        store = open_store(db)
        parts = part_count(store.head())

        def raw_scan() -> None:
            conn = sqlite3.connect(db)
            view = {}
            for position, _type, data in conn.execute("SELECT position, type, data FROM events ORDER BY position"):
                view[position] = json.loads(data)
            conn.close()

        # Alternated, medians of three: the figures see the same machine noise.
        triples = [(median_time(lambda: rebuild(store, {}), 1), median_time(raw_scan, 1),
                    median_time(lambda: rebuild(store, {}, parts=1), 1)) for _ in range(REPEATS)]
        ours, raw, single = (statistics.median(column) for column in zip(*triples))

        rng = random.Random(11)
        places = [p for p in load_gazetteer().places if p.oblast == "Kharkiv"][:500]
        settle_long_lived()  # as the daemon does before its steady work
        timings = []
        for round_ in range(1 + CATCH_UPS):
            new = synthetic_events(CATCH_UP * CLAIMS_PER_ARTICLE // 2, EVENTS + round_ * 10 * CATCH_UP, places, rng)
            assert len(new) == CATCH_UP
            store.append(new)
            if round_ == 0:  # a process's first batch: every place loaded from the tables
                store.engine.dispose()
                store = open_store(db)
            start = time.perf_counter()
            assert catch_up(store, {}) == CATCH_UP
            timings.append(time.perf_counter() - start)
        store.engine.dispose()
    cold, warm = timings[0], statistics.median(timings[1:])
    events = EVENTS // CLAIMS_PER_ARTICLE * 2
    return [
        Row(f"rebuild front from {EVENTS:,} claims in {events:,} events (SQLite, {parts} processes)", ours, raw,
            "s", False, "ours <= 3x comparison", "raw SELECT + json.loads"),
        Row("  info: the same rebuild in one process", single, raw, "s", False, "-", "raw SELECT + json.loads"),
        Row(f"incremental catch-up of {CATCH_UP:,} new events (median of {CATCH_UPS})", warm * 1000, 100, "ms", False,
            "<= 100 ms", "target"),
        Row(f"  info: a process's first catch-up of {CATCH_UP:,} events (places not yet loaded)", cold * 1000, 100,
            "ms", False, "-", "target"),
    ]
