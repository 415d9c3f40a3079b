"""`monitor backfill SOURCE --since DATE`: load a source's older pages back to a date.

A new desk can load the last weeks of a channel (or of a feed that links older pages)
before following it live. Each page is recorded as it is read, so Ctrl-C (or a crash)
keeps what was read and running the command again goes on from there. Then, as after a
poll, claims are read from what was recorded and the front is brought up to date.
"""

from __future__ import annotations

import signal
import sys

from monitor.cli.bounds import PAUSE_MAX, seconds_within
from monitor.cli.context import Context
from monitor.cli.progress import progress_bar
from monitor.cli.text import cell


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "backfill", help="load a source's older posts back to a date (channels, paged feeds)",
        description="Walk SOURCE's older pages from the newest back to --since: a channel's ?before= pages, or a "
                    "feed's RFC 5005 prev-archive/next links. Each page is recorded as it is read, politely paced "
                    "(--pause), waiting out 429/503 as Retry-After asks. Ctrl-C stops after the page being read; "
                    "what was recorded is kept and running the command again goes on where it stopped. A kind "
                    "with no older pages (page, folder) says so and records nothing.")
    parser.add_argument("source", metavar="SOURCE", help="a source's name in the settings file")
    parser.add_argument("--since", required=True, metavar="DATE",
                        help="walk back to posts published at this ISO date or time (UTC unless a zone is given)")
    parser.add_argument("--pause", type=float, default=1.0, metavar="SECONDS",
                        help="seconds between two page requests (default: %(default)s)")
    parser.set_defaults(run=run_backfill)


def run_backfill(args, ctx: Context) -> int:
    import asyncio  # with the command (the parsers need none of it)

    from monitor.domain.moments import parse_moment
    from monitor.domain.redaction import redact_url, redact_urls
    from monitor.service.log_work import LogWork
    from monitor.sources.backfill import Backfill, check_backfill

    source = ctx.settings.source(args.source)
    if source is None:
        known = ", ".join(s.name for s in ctx.settings.sources) or "none"
        raise ValueError(f"no source named {args.source!r} in {ctx.settings.path or 'the settings'} (known: {known})")
    since = parse_moment(args.since)
    seconds_within(args.pause, PAUSE_MAX, "--pause")
    check_backfill(source)  # a kind that cannot backfill says so before the log is opened
    store = ctx.store()
    with progress_bar(f"{source.name} back to {since.date().isoformat()}") as advance:
        def on_page(page) -> None:
            advance(1)
            back_to = page.oldest.strftime("%Y-%m-%d %H:%M") if page.oldest else "undated"
            extra = f", {page.kept_out} before {since.date().isoformat()} left out" if page.kept_out else ""
            jumped = (f"; going on from {cell(redact_url(page.jumped_to))} (read by an earlier backfill)"
                      if page.jumped_to else "")
            print(f"{cell(redact_url(page.address))}: {page.items} entries, {page.new} new, {page.revised} revised, "
                  f"back to {back_to}{extra}{jumped}", flush=True)
            for reason in page.skipped:
                print(f"  passed over {cell(reason)}", flush=True)

        walked = asyncio.run(_walk(lambda stop: Backfill(store, source, since, pause=args.pause, stop=stop,
                                                         on_page=on_page)))
    # Claims of what this walk recorded, and of what an interrupted walk it went on from recorded.
    done = LogWork(store, ctx.settings.affiliations, after=walked.after).run_once()
    print(f"{walked.pages} pages of {source.name}: {walked.new} new articles, {walked.revised} revised; "
          f"{done.claims} claims read. {cell(redact_urls(walked.ended))}", flush=True)
    if walked.outcome == "stopped":
        print("stopped: what was read is recorded; run the same command again to go on", file=sys.stderr)
        return 130
    if walked.outcome == "failed":
        print(f"monitor: error: backfill of {source.name} stopped: {cell(redact_urls(walked.ended))} (what was read is recorded; "
              "run the command again to go on)", file=sys.stderr)
        return 1
    return 0


async def _walk(walker):
    """The walk, with Ctrl-C (or SIGTERM) asking it to stop after the page being read; a second Ctrl-C stops at once."""
    import asyncio

    stop = asyncio.Event()
    backfill = walker(stop)
    loop = asyncio.get_running_loop()

    def asked(signum: int) -> None:
        stop.set()
        loop.remove_signal_handler(signum)  # a second Ctrl-C interrupts at once

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, asked, signum)
    return await backfill.walk()
