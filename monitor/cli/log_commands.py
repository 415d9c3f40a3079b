"""`monitor init` and `monitor events`: creating the log and reading it (the database layer is
imported by the command that runs, not with the parsers)."""

from __future__ import annotations

import json
import threading

from typing import TYPE_CHECKING

from monitor.cli.bounds import position
from monitor.cli.context import Context
from monitor.cli.text import cell, table

if TYPE_CHECKING:
    from monitor.log import Recorded


def add_parsers(commands) -> None:
    init = commands.add_parser("init", help="create or upgrade the database",
                               description="Create the database, or upgrade its schema, through the migrations.")
    init.set_defaults(run=run_init)

    events = commands.add_parser("events", help="list or tail the event log",
                                 description="List the event log, oldest first, or follow it as events land.")
    events.add_argument("--type", action="append", metavar="T",
                        help="only events of this type (repeatable), e.g. ArticleSeen")
    events.add_argument("--since", metavar="T",
                        help="a position (e.g. 120) or a time recorded (e.g. 2022-09-10T12:00Z)")
    events.add_argument("--follow", "-f", action="store_true", help="keep printing events as they land")
    events.add_argument("--format", choices=("table", "jsonl"), default="table")
    events.set_defaults(run=run_events)


def run_init(args, ctx: Context) -> int:
    from monitor.log import describe, initialise, resolve_url

    before, after = initialise(ctx.db)
    where = describe(resolve_url(ctx.db))
    if before == after:
        print(f"database {where} is up to date (schema {after})")
    else:
        print(f"database {where}: schema {before or 'none'} -> {after}")
    return 0


def run_events(args, ctx: Context) -> int:
    from monitor.domain.moments import parse_moment

    store = ctx.store()
    if args.since is None:
        after = store.head() if args.follow else 0
    elif args.since.isdigit():
        after = position(args.since, "--since")
    else:
        after = store.position_before(parse_moment(args.since))
    if args.follow:
        events = store.follow(after=after, types=args.type, stop=threading.Event())
        for recorded in events:
            _print(recorded, args.format)
        return 0
    if args.format == "jsonl":
        for recorded in store.read(after=after, types=args.type):
            _print(recorded, "jsonl")
        return 0
    rows = [_row(r) for r in store.read(after=after, types=args.type)]
    print(table(["pos", "recorded", "type", "stream", "summary"], rows))
    print(f"{len(rows)} events")
    return 0


def _row(recorded: Recorded) -> list[object]:
    from monitor.domain.summaries import summarise

    return [recorded.position, recorded.recorded_at.strftime("%Y-%m-%d %H:%M:%S"), recorded.type,
            recorded.stream, summarise(recorded.event)]


def _print(recorded: Recorded, fmt: str) -> None:
    if fmt == "jsonl":
        line = {
            "position": recorded.position,
            "stream": recorded.stream,
            "type": recorded.type,
            "version": recorded.version,
            "key": recorded.key,
            "occurred_at": recorded.occurred_at.isoformat(),
            "recorded_at": recorded.recorded_at.isoformat(),
            "data": recorded.event.to_data(),
        }
        print(json.dumps(line, ensure_ascii=False), flush=True)
    else:
        print("  ".join(cell(value) for value in _row(recorded)), flush=True)
