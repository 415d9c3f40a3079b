"""Extraction rows: throughput of the claim rules against a naive keyword matcher, and
the gazetteer's load time in a fresh process."""

from __future__ import annotations

import glob
import subprocess
import sys
from pathlib import Path

import feedparser

from bench.common import Row, median_time
from bench.naive_keywords import naive_claims
from monitor.extract import extract_claims
from monitor.gazetteer import load_gazetteer
from monitor.sources.feed_items import entry_text

REPO = Path(__file__).resolve().parents[1]
SHARED_FEEDS = REPO.parent / "shared" / "data" / "feeds" / "fastfeedparser-benchmark-news"
REPEATS = 3


def corpus() -> list[str]:
    """Real reporting: the bundled war articles, plus the news feeds' items where available."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "monitor" / "sample" / "articles").glob("*.txt"))]
    feeds = sorted(glob.glob(str(SHARED_FEEDS / "*"))) or sorted(glob.glob(str(REPO / "tests/fixtures/feeds/*.rss")))
    for path in feeds:
        for entry in feedparser.parse(Path(path).read_bytes()).entries:
            texts.append(f"{entry.get('title', '')}\n{entry_text(entry)}")
    return texts


def run() -> list[Row]:
    texts = corpus()
    size = sum(len(t.encode()) for t in texts)
    war = texts[:5]
    war_size = sum(len(t.encode()) for t in war) * 10
    places = sorted({p.name for p in load_gazetteer().places if p.kind == "city"})
    extract_claims(texts[0])  # build the matcher's index once, outside the timing

    def ours(batch=texts) -> None:
        for text in batch:
            extract_claims(text)

    def naive(batch=texts) -> None:
        for text in batch:
            naive_claims(text, places)

    ours_all, naive_all = median_time(ours, REPEATS), median_time(naive, REPEATS)
    ours_war = median_time(lambda: ours(war * 10), REPEATS)
    naive_war = median_time(lambda: naive(war * 10), REPEATS)
    load = median_time(_fresh_load, REPEATS)
    raw = median_time(_fresh_raw_read, REPEATS)
    return [
        Row(f"extract claims, real reporting ({size / 1e6:.1f} MB, {len(texts)} articles)", size / 1e6 / ours_all,
            size / 1e6 / naive_all, "MB/s", True, ">= 1 MB/s", "naive keyword matcher"),
        Row("extract claims, dense war reporting (seed articles x10)", war_size / 1e6 / ours_war,
            war_size / 1e6 / naive_war, "MB/s", True, "(info)", "naive keyword matcher"),
        Row("gazetteer load, fresh process (29,733 places)", load, raw, "s", False, "< 0.5 s",
            "python start + gzip read"),
    ]


def _fresh_load() -> None:
    subprocess.run([sys.executable, "-c", "from monitor.gazetteer import load_gazetteer; load_gazetteer()"],
                   check=True, cwd=REPO)


def _fresh_raw_read() -> None:
    code = ("import gzip, importlib.resources as r; "
            "gzip.decompress(r.files('monitor.gazetteer').joinpath('data/settlements.tsv.gz').read_bytes()).split(b'\\n')")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
