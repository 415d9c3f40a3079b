"""`monitor demo`: the monitor on the bundled sample of real reporting, offline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from monitor.cli.context import Context
from monitor.cli.text import table
from monitor.domain.events import ArticleSeen
from monitor.log import initialise, open_store
from monitor.sources.files import read_paths

DEMO_DB = "monitor-demo.db"


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "demo", help="import the bundled sample and show it",
        description="Create a demo log (monitor-demo.db unless --db is given), import the bundled "
                    "articles about the September 2022 Kharkiv counteroffensive, and show them.",
    )
    parser.set_defaults(run=run_demo)


def sample_dir() -> Path:
    return Path(str(resources.files("monitor") / "sample" / "articles"))


def run_demo(args, ctx: Context) -> int:
    db = args.db or DEMO_DB
    initialise(db)
    store = open_store(db)
    batch = read_paths([sample_dir()], source="sample")
    result = store.append(batch.articles)
    print(f"demo log {db}: {result.appended} new articles, {result.duplicates} already there\n")
    rows = []
    for recorded in store.read(types=[ArticleSeen.TYPE]):
        article = recorded.event
        published = article.published.date().isoformat() if article.published else "undated"
        rows.append([recorded.position, published, len(article.text), article.title])
    print(table(["pos", "published", "chars", "title"], rows))
    print(f"\nexplore it: monitor --db {db} events")
    return 0
