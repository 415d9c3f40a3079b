"""`monitor demo`: the monitor on the bundled sample of real reporting, offline.

The demo writes where the next commands read: the database they would open without any
flag (``--db``, ``$MONITOR_DB``, the settings file, else ``./monitor.db``), so that
`monitor status`, `reports` and `place` answer on the demo's data right after it. The one
exception is a ``./monitor.db`` that already holds other articles (someone's real log):
the sample is never mixed into it; the demo uses ``monitor-demo.db`` and says exactly
which flag the next commands need.

What the demo runs (the log, the extractor, the projections, the dashboard) is imported when
it runs, not with its parser.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from typing import TYPE_CHECKING

from monitor.cli.context import Context

if TYPE_CHECKING:
    from monitor.domain.events import ArticleSeen
    from monitor.log import EventStore

DEMO_DB = "monitor-demo.db"
SAMPLE_SOURCE = "sample"


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "demo", help="import the bundled sample and show the front",
        description="Import the bundled articles about the September 2022 Kharkiv counteroffensive into the "
                    "database the other commands use (./monitor.db unless --db, $MONITOR_DB or the settings "
                    "say otherwise; monitor-demo.db if ./monitor.db already holds other articles), read their "
                    "claims and show the front they support: in the dashboard when run in a terminal, else as a "
                    "table. Then it prints the commands to go on with.")
    parser.add_argument("--no-tui", action="store_true", help="print the front table even in a terminal")
    parser.set_defaults(run=run_demo)


def sample_dir() -> Path:
    return Path(str(resources.files("monitor") / "sample" / "articles"))


def sample_dirs() -> list[Path]:
    """The English seed articles, then a Ukrainian and a Russian report of the same week, so the
    demo shows claims read from Cyrillic text beside the English ones."""
    return [sample_dir(), sample_dir().parent / "cyrillic"]


def sample_articles() -> list[ArticleSeen]:
    """The bundled articles as the demo records them: dated by their files, with the outlet and
    original link that ``articles.toml`` gives each one."""
    from monitor.sources.files import read_paths

    manifest = tomllib.loads((sample_dir().parent / "articles.toml").read_text(encoding="utf-8"))
    about = {entry["file"]: entry for entry in manifest["articles"]}
    articles = []
    for article in read_paths(sample_dirs(), source=SAMPLE_SOURCE).articles:
        entry = about.get(Path(article.url.removeprefix("file://")).name, {})
        articles.append(replace(article, outlet=entry.get("outlet", article.outlet), url=entry.get("url", article.url)))
    return articles


@dataclass(frozen=True)
class Imported:
    appended: int
    duplicates: int
    claims: int


def import_sample(store: EventStore, affiliations) -> Imported:
    """Record the sample, read its claims and bring the front up to date (what the demo does)."""
    from monitor.projections.runner import catch_up
    from monitor.service.extraction import extract_articles

    start = store.head()
    result = store.append(sample_articles())
    extraction = extract_articles(store, affiliations, after=start)
    catch_up(store, affiliations)
    return Imported(result.appended, result.duplicates, extraction.claims)


@dataclass(frozen=True)
class Target:
    """Where the demo writes, and how the next commands reach it."""

    db: str | None
    command: str  # "monitor" or "monitor --db PATH"
    why: str = ""


def demo_target(args, ctx: Context) -> Target:
    from monitor.log import resolve_url, sqlite_path

    if args.db:
        return Target(args.db, f"monitor --db {args.db}")
    if ctx.db:  # $MONITOR_DB or the settings file: the next commands find it the same way
        return Target(ctx.db, "monitor")
    default = sqlite_path(resolve_url(None))
    if default is None or not default.exists() or _holds_only_the_sample(str(default)):
        return Target(None, "monitor")
    return Target(DEMO_DB, f"monitor --db {DEMO_DB}",
                  f"{default} holds other articles, so the sample went to {DEMO_DB} instead")


def _holds_only_the_sample(db: str) -> bool:
    from monitor.domain.events import ArticleSeen
    from monitor.log import open_store

    store = open_store(db, check_schema=False)
    try:
        return all(r.event.source == SAMPLE_SOURCE for r in store.read(types=[ArticleSeen.TYPE]))
    finally:
        store.engine.dispose()


def run_demo(args, ctx: Context) -> int:
    from monitor.cli.front_commands import print_status_table
    from monitor.cli.tui_command import open_dashboard
    from monitor.log import describe, initialise, open_store, resolve_url
    from monitor.projections.queries import live_view, sorted_statuses

    target = demo_target(args, ctx)
    initialise(target.db)
    store = open_store(target.db)
    done = import_sample(store, ctx.settings.affiliations)
    where = describe(resolve_url(target.db))
    print(f"demo log {where}: {done.appended} new articles ({done.duplicates} already there), "
          f"{done.claims} claims read" + (f" ({target.why})" if target.why else ""), flush=True)
    if not args.no_tui and sys.stdin.isatty() and sys.stdout.isatty():
        open_dashboard(target.db, ctx)
    else:
        view = live_view(store)
        print()
        print_status_table(sorted_statuses(view.statuses), view)
    print(next_steps(where, target.command))
    return 0


def next_steps(where: str, command: str) -> str:
    return "\n".join([
        f"\nThe demo's log is {where}. Go on with:",
        f"  {command} status          the front as a table",
        f"  {command} reports         reports no other source backs yet",
        f"  {command} place Izium     one settlement's timeline: quotes, speakers, outlets",
        f"  {command} tui             the dashboard again",
    ])
