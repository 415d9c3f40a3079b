"""Projection rows: rebuilding the front from N synthetic claim events against a raw scan
and decode of the same rows, and the incremental catch-up of 1,000 new events.

Like for like: the raw scan selects every event row, decodes its JSON with orjson (ours
decodes with msgspec; both are the fast JSON decoders, where stdlib json would hand ours a
decoder advantage) and keeps it by position, with the cyclic collector paused as the
rebuild pauses it; it runs on the same number of processes as the rebuild it is compared
with: one against one, and the rebuild's parts (one per core, at most four) against the
raw scan split into as many position ranges, one process each. The four cases alternate,
medians of REPEATS rounds. Catch-up has no comparison (nothing else keeps this projection):
it is timed as the daemon does it, one long-lived process, batch after batch, against its
target only; its first batch, which loads every place it touches from the tables, is shown
apart.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import random
import statistics
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

from bench import targets
from bench.common import NAN, Row, alternate, medians
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


def raw_scan(db: str, parts: int = 1, head: int | None = None) -> int:
    """Every event row selected and its JSON decoded with orjson, in ``parts`` processes
    over as many position ranges; returns how many rows were decoded."""
    if parts == 1:
        return _scan_range(db, 0, None)
    assert head is not None
    bounds = [head * part // parts for part in range(parts + 1)]
    context = multiprocessing.get_context("fork")
    with context.Pool(parts) as pool:
        return sum(pool.starmap(_scan_range, [(db, bounds[i], bounds[i + 1]) for i in range(parts)]))


def _scan_range(db: str, after: int, until: int | None) -> int:
    """A replay into memory: every event decoded and kept by position. The cyclic collector
    is paused meanwhile, as the rebuild pauses it: with it on, keeping 400,000 decoded events
    makes it walk them again and again, which would time the collector, not the scan."""
    conn = sqlite3.connect(db)
    loads, view = orjson.loads, {}
    sql = "SELECT position, type, data FROM events WHERE position > ?" + (" AND position <= ?" if until else "") + \
        " ORDER BY position"
    paused = gc.isenabled()
    gc.disable()
    try:
        for position, _type, data in conn.execute(sql, (after, until) if until else (after,)):
            view[position] = loads(data)
    finally:
        if paused:
            gc.enable()
        conn.close()
    return len(view)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = build_log(folder)
        store = open_store(db)
        head = store.head()
        parts = part_count(head)
        cases = {"ours_parts": lambda: rebuild(store, {}, parts=parts),
                 "raw_parts": lambda: raw_scan(db, parts, head),
                 "ours_one": lambda: rebuild(store, {}, parts=1),
                 "raw_one": lambda: raw_scan(db)}
        if parts == 1:
            del cases["ours_parts"], cases["raw_parts"]
        timed = medians(alternate(cases, REPEATS))

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
    rows = [
        Row(f"rebuild front from {EVENTS:,} claims in {events:,} events, one process (SQLite; alternated, median "
            f"of {REPEATS})", timed["ours_one"], timed["raw_one"], "s", False, targets.REBUILD,
            "raw SELECT + orjson.loads, one process"),
    ]
    if parts > 1:
        rows.append(Row(f"  same, {parts} processes (each reads the whole log; places split among them)",
                        timed["ours_parts"], timed["raw_parts"], "s", False, targets.REBUILD,
                        f"the raw scan split in {parts} position ranges, {parts} processes"))
    return rows + [
        Row(f"incremental catch-up of {CATCH_UP:,} new events (~2,500 claims over 500 places) on that log, one "
            f"long-lived process (median of {CATCH_UPS})", warm * 1000, NAN, "ms", False, targets.CATCH_UP_MS, "-"),
        Row(f"  a process's first catch-up of {CATCH_UP:,} events (places not yet loaded)", cold * 1000, NAN, "ms",
            False, targets.INFO, "-"),
    ]
