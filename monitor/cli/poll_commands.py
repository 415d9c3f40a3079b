"""`monitor run` (the daemon), `monitor poll` (one round, for cron) and `monitor sources` (health).

The daemon, the pollers and the database layer are imported by the command that runs."""

from __future__ import annotations

import sys
from datetime import datetime, timezone

from typing import TYPE_CHECKING

from monitor.cli.bounds import PARSE_WORKERS_MAX, within
from monitor.cli.context import Context
from monitor.cli.text import table

if TYPE_CHECKING:
    from monitor.config import SourceSpec

POLL_FAILED = 2  # `poll` exit status when a source failed (1 is a user's mistake)


def add_parsers(commands) -> None:
    run = commands.add_parser(
        "run", help="poll every enabled source on its schedule, extract claims and keep the front up to date",
        description="The daemon: one scheduled job per enabled source in the settings file, claim extraction "
                    "and projection catch-up beside them, alerts to the [[hooks]], one log line per poll (and per "
                    "alert attempt) on stdout. "
                    "SIGINT/SIGTERM stop it cleanly: polls in flight finish their appends.")
    run.add_argument("--parse-workers", type=int, default=2, metavar="N",
                     help="processes parsing feeds (default: %(default)s; 0 parses in the daemon itself)")
    run.add_argument("--init", action="store_true",
                     help="create or upgrade the database first (a container's first start)")
    run.set_defaults(run=run_daemon)

    poll = commands.add_parser(
        "poll", help="poll sources once (all enabled ones, or those named), for cron",
        description="Poll once and exit: each named source (enabled or not), or every enabled source; then "
                    "extract claims and catch the front up. One log line per source, then a summary. A source "
                    "backing off after failures is skipped (it says why) unless --force. Exit status 2 when a "
                    "source failed, so cron can tell.")
    poll.add_argument("names", nargs="*", metavar="SOURCE")
    poll.add_argument("--once", action="store_true", help="poll once and exit (what poll always does)")
    poll.add_argument("--force", action="store_true", help="poll even sources that are backing off or parked")
    poll.add_argument("--alerts", action="store_true",
                      help="then send the alerts the hooks want (one attempt each; a failed one is retried by "
                           "the next poll --alerts or by monitor run)")
    poll.set_defaults(run=run_poll)

    sources = commands.add_parser("sources", help="every source and its health, from the log",
                                  description="Per source: health, last poll and status, failures and why, "
                                              "articles recorded, when it is next due.")
    sources.set_defaults(run=run_sources)


def _chosen(ctx: Context, names: list[str]) -> list[SourceSpec]:
    if not names:
        return [s for s in ctx.settings.sources if s.enabled]
    unknown = [n for n in names if ctx.settings.source(n) is None]
    if unknown:
        known = ", ".join(s.name for s in ctx.settings.sources) or "none"
        raise ValueError(f"no source named {', '.join(map(repr, unknown))} in {ctx.settings.path or 'the settings'}"
                         f" (known: {known})")
    return [ctx.settings.source(n) for n in names]


def run_daemon(args, ctx: Context) -> int:
    from monitor.log import DaemonLock, describe, initialise
    from monitor.service.daemon import Daemon, DaemonOptions, run_until_signalled

    if args.init:
        initialise(ctx.db)
    store = ctx.store()
    lock = DaemonLock(store.engine.url)  # one daemon per SQLite file (PostgreSQL: a no-op)
    lock.acquire()
    if not any(s.enabled for s in ctx.settings.sources):
        raise ValueError(f"no enabled sources in {ctx.settings.path or 'the settings (no sources.toml here)'}")
    within(args.parse_workers, 0, PARSE_WORKERS_MAX, "--parse-workers")
    from monitor.cli.hooks_commands import alert_dispatcher

    enabled = sum(s.enabled for s in ctx.settings.sources)
    _say(f"monitor run: starting on {describe(store.engine.url)} with {enabled} enabled sources from "
         f"{ctx.settings.path or 'the settings'}")
    daemon = Daemon(store, ctx.settings.sources, ctx.settings.affiliations,
                    DaemonOptions(parse_workers=args.parse_workers), say=_say, alerts=alert_dispatcher(ctx, store))
    try:
        run_until_signalled(daemon)
    finally:
        lock.release()
    return 0


def run_poll(args, ctx: Context) -> int:
    import asyncio

    from monitor.domain.inert_text import terminal_line
    from monitor.service.log_work import LogWork
    from monitor.sources import poll_sources

    chosen = _chosen(ctx, args.names)
    if not chosen:
        raise ValueError(f"no enabled sources in {ctx.settings.path or 'the settings (no sources.toml here)'}")
    store = ctx.store()
    start = store.head()
    dispatcher = None
    if args.alerts:
        from monitor.cli.hooks_commands import alert_dispatcher

        dispatcher = alert_dispatcher(ctx, store)  # a hook that cannot work stops us before polling
        if dispatcher:
            dispatcher.enrol(start)
    outcomes = asyncio.run(poll_sources(store, chosen, force=args.force))
    for outcome in outcomes:
        for line in outcome.note_lines():
            _say(f"time={_now()} {line}")
        _say(f"time={_now()} {outcome.log_line()}")
    for outcome in outcomes:
        if outcome.result == "skipped":
            print(terminal_line(f"skipped {outcome.source}: {_why_skipped(outcome)}; poll it now with: "
                                f"monitor poll {outcome.source} --force"), file=sys.stderr)
    done = LogWork(store, ctx.settings.affiliations, after=start).run_once()  # only what this poll appended
    failed = [o.source for o in outcomes if o.result == "failed"]
    skipped = sum(o.result == "skipped" for o in outcomes)
    print(f"polled {len(outcomes) - skipped} sources ({len(failed)} failed"
          + (f", {skipped} skipped" if skipped else "") + f"): {sum(o.new for o in outcomes)} new articles, "
          f"{sum(o.revised for o in outcomes)} revised; {done.claims} claims read")
    if args.alerts:
        from monitor.cli.hooks_commands import send_alerts

        send_alerts(ctx, store, dispatcher)
    if failed:
        print(f"monitor: {len(failed)} of {len(outcomes)} sources failed: {', '.join(failed)}", file=sys.stderr)
        return POLL_FAILED
    return 0


def _why_skipped(outcome) -> str:
    state = "parked" if outcome.parked else "backing off"
    after = f" after {outcome.consecutive_failures} failures in a row" if outcome.consecutive_failures else ""
    reason = f" ({' '.join(str(outcome.reason).split())})" if outcome.reason else ""
    retry = f"; next try {_when(outcome.next_try)} UTC" if outcome.next_try else ""
    return f"{state}{after}{reason}{retry}"


def run_sources(args, ctx: Context) -> int:
    from monitor.sources import PollMemory, source_health

    store = ctx.store()
    rows = source_health(ctx.settings.sources, PollMemory.from_log(store))
    enabled = {s.name: s.enabled for s in ctx.settings.sources}
    print(table(["source", "health", "enabled", "last poll", "status", "items", "articles", "failures", "next",
                 "reason"],
                [[r.name, r.health, "yes" if enabled[r.name] else "no", _when(r.last_fetch), r.last_status or "",
                  r.items, r.articles, r.consecutive_failures or "", _when(r.next_try or r.due) or "now",
                  r.reason or r.decoding or ""] for r in rows]))
    print(f"{len(rows)} sources, {sum(r.health == 'ok' for r in rows)} ok, "
          f"{sum(r.health in ('failing', 'parked') for r in rows)} failing")
    return 0


def _when(moment: datetime | None) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M") if moment else ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _say(line: str) -> None:
    print(line, flush=True)
    sys.stdout.flush()
