"""Extraction rows: throughput of the claim rules against a naive keyword matcher (built once,
before any timing, so only matching is compared), on general news and on dense war reporting
(the English development set, and the seed articles ten times over); the time a fresh process
takes to its first claim (the extractor alone, and the `monitor extract` command); and the
gazetteer's load time in a fresh process.

Throughput is CPU time of this process (time.process_time): on a shared machine the wall
clock measures the other processes too, and the target is per core; both sides run in this
one process on one core, so the figures are per core on both sides. Ours and the matcher
alternate (ours, naive; naive, ours; ...), medians of REPEATS. The first row's corpus is
mostly general news (all but a handful of its texts hold no claim); the dense rows are war
reporting, where the rules have work to do.
"""

from __future__ import annotations

import gc
import glob
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import feedparser

from bench import targets
from bench.common import Row, alternate, median_time, medians
from bench.naive_keywords import CYRILLIC_KEYWORDS, NaiveMatcher
from monitor.extract import extract_claims
from monitor.gazetteer import load_gazetteer
from monitor.service.long_lived import settle_long_lived
from monitor.sources.feed_items import entry_text
from monitor.sources.files import read_file

REPO = Path(__file__).resolve().parents[1]
SHARED_FEEDS = REPO.parent / "shared" / "data" / "feeds" / "fastfeedparser-benchmark-news"
DEV_EN = REPO / "tests" / "fixtures" / "eval" / "dev" / "en" / "docs"
DEV_CYRILLIC = [REPO / "tests" / "fixtures" / "eval" / "dev" / lang / "docs" for lang in ("uk", "ru")]
REPEATS = 3


def corpus() -> list[str]:
    """Real reporting: the bundled war articles, plus the news feeds' items where available."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "monitor" / "sample" / "articles").glob("*.txt"))]
    feeds = sorted(glob.glob(str(SHARED_FEEDS / "*"))) or sorted(glob.glob(str(REPO / "tests/fixtures/feeds/*.rss")))
    for path in feeds:
        for entry in feedparser.parse(Path(path).read_bytes()).entries:
            texts.append(f"{entry.get('title', '')}\n{entry_text(entry)}")
    return texts


def dev_set(folders: list[Path] | None = None) -> list[str]:
    """A development set: 2022-2025 war reporting, dense with places and claims (English by default)."""
    return [article.text for folder in (folders or [DEV_EN]) for path in sorted(folder.glob("*.txt"))
            for article in read_file(path)]


def cyrillic_names() -> list[str]:
    """The Ukrainian names and Cyrillic spellings of the cities, for the naive matcher."""
    names = set()
    for place in load_gazetteer().places:
        if place.kind == "city":
            names.update(n for n in (place.name_uk, *place.aliases) if n and not n.isascii())
    return sorted(names)


def run() -> list[Row]:
    texts = corpus()
    war = texts[:5] * 10
    dev = dev_set()
    places = sorted({p.name for p in load_gazetteer().places if p.kind == "city"})
    naive = NaiveMatcher(places)  # built once, outside the timing
    cyrillic = dev_set(DEV_CYRILLIC)
    naive_cyrillic = NaiveMatcher(cyrillic_names(), CYRILLIC_KEYWORDS)
    extract_claims(texts[0])  # the matcher's index and the pattern tables, once, outside the timing
    extract_claims(cyrillic[0])  # the Ukrainian and Russian tables too

    def ours(batch: list[str]) -> Callable[[], None]:
        return lambda: [extract_claims(text) for text in batch]

    def theirs(batch: list[str], matcher: NaiveMatcher = naive) -> Callable[[], None]:
        return lambda: [matcher.claims(text) for text in batch]

    def throughput(figure: str, batch: list[str], matcher: NaiveMatcher) -> Row:
        size = sum(len(t.encode()) for t in batch) / 1e6
        timed = medians(alternate({"ours": ours(batch), "naive": theirs(batch, matcher)}, REPEATS,
                                  clock=time.process_time))
        return Row(f"{figure} ({size:.2f} MB, {len(batch)} texts; CPU time, alternated, median of {REPEATS})",
                   size / timed["ours"], size / timed["naive"], "MB/s", True, targets.EXTRACT_MB_S,
                   "naive keyword matcher, built once")

    rows = [throughput("extract claims, general news (mostly no claim)", texts, naive),
            throughput("extract claims, dense war reporting: dev set (en)", dev, naive),
            throughput("extract claims, dense war reporting: seed articles x10", war, naive),
            throughput("extract claims, dense war reporting in Ukrainian and Russian: dev sets (uk+ru)", cyrillic,
                       naive_cyrillic)]
    # The daemon settles its heap once loaded (monitor/service/long_lived.py: gc.freeze), so full collections
    # no longer walk the gazetteer and the pattern tables; the same two sets measured that way are its ceiling.
    settle_long_lived()
    rows += [throughput("extract claims, dense war reporting: dev set (en), heap settled as the daemon runs", dev,
                        naive),
             throughput("extract claims, dense war reporting in Ukrainian and Russian: dev sets (uk+ru), heap settled "
                        "as the daemon runs", cyrillic, naive_cyrillic)]
    gc.unfreeze()  # (the benches after this one start from an ordinary heap)
    first = median_time(_fresh_first_claim, REPEATS)
    cli = median_time(_fresh_cli_first_claim, REPEATS)
    python = median_time(_fresh_python, REPEATS)
    load = median_time(_fresh_load, REPEATS)
    raw = median_time(_fresh_raw_read, REPEATS)
    return rows + [
        Row("first claim, fresh process (import, gazetteer, index, one article)", first, python, "s", False,
            targets.FIRST_CLAIM_S, "python start"),
        Row("first claim, `monitor extract FILE` (whole CLI start-up)", cli, python, "s", False, targets.FIRST_CLAIM_S,
            "python start"),
        Row("gazetteer load, fresh process (29,733 places)", load, raw, "s", False, targets.GAZETTEER_LOAD_S,
            "python start + gzip read"),
    ]


_ONE_ARTICLE = DEV_EN / "b001_soledar-wagner-claims-control.txt"


def _fresh_first_claim() -> None:
    code = ("import pathlib; from monitor.extract import extract_claims; "
            f"assert extract_claims(pathlib.Path({str(_ONE_ARTICLE)!r}).read_text())")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def _fresh_cli_first_claim() -> None:
    subprocess.run([sys.executable, "-m", "monitor", "extract", str(_ONE_ARTICLE), "--format", "jsonl"],
                   check=True, cwd=REPO, capture_output=True)


def _fresh_python() -> None:
    subprocess.run([sys.executable, "-c", "pass"], check=True, cwd=REPO)


def _fresh_load() -> None:
    subprocess.run([sys.executable, "-c", "from monitor.gazetteer import load_gazetteer; load_gazetteer()"],
                   check=True, cwd=REPO)


def _fresh_raw_read() -> None:
    code = ("import gzip, importlib.resources as r; "
            "gzip.decompress(r.files('monitor.gazetteer').joinpath('data/settlements.tsv.gz').read_bytes()).split(b'\\n')")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
