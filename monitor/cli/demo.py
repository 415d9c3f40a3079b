"""`monitor demo`: the monitor on the bundled sample of real reporting, offline."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from monitor.cli.context import Context
from monitor.cli.front_commands import print_status_table
from monitor.cli.tui_command import open_dashboard
from monitor.log import initialise, open_store
from monitor.projections.queries import live_view, sorted_statuses
from monitor.projections.runner import catch_up
from monitor.service.extraction import extract_articles
from monitor.sources.files import read_paths

DEMO_DB = "monitor-demo.db"


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "demo", help="import the bundled sample and show the front",
        description="Create a demo log (monitor-demo.db unless --db is given), import the bundled "
                    "articles about the September 2022 Kharkiv counteroffensive, read their claims and "
                    "show the front they support: in the dashboard when run in a terminal, else as a table.",
    )
    parser.add_argument("--no-tui", action="store_true", help="print the front table even in a terminal")
    parser.set_defaults(run=run_demo)


def sample_dir() -> Path:
    return Path(str(resources.files("monitor") / "sample" / "articles"))


def run_demo(args, ctx: Context) -> int:
    db = args.db or DEMO_DB
    initialise(db)
    store = open_store(db)
    batch = read_paths([sample_dir()], source="sample")
    start = store.head()
    result = store.append(batch.articles)
    extraction = extract_articles(store, ctx.settings.affiliations, after=start)
    catch_up(store, ctx.settings.affiliations)
    print(f"demo log {db}: {result.appended} new articles ({result.duplicates} already there), "
          f"{extraction.claims} claims read\n")
    if not args.no_tui and sys.stdin.isatty() and sys.stdout.isatty():
        open_dashboard(db, ctx)
        return 0
    view = live_view(store)
    print_status_table(sorted_statuses(view.statuses), view)
    print(f"\nexplain a row: monitor --db {db} place Izium    unconfirmed reports: monitor --db {db} reports")
    return 0
