"""`monitor tui`: the terminal dashboard on the log (Textual is imported only when it runs)."""

from __future__ import annotations

from monitor.cli.context import Context


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "tui", help="the terminal dashboard: front, changes, reports, map, sources, live",
        description="Open the dashboard on the log. It follows the log while `monitor run` appends to it; "
                    "press ? in it for every key.")
    parser.add_argument("--as-of", metavar="T", help="open it as of a past moment (e.g. 2022-09-10T12:00Z)")
    parser.set_defaults(run=run_tui)


def run_tui(args, ctx: Context) -> int:
    from monitor.domain.moments import parse_moment

    open_dashboard(ctx.db, ctx, parse_moment(args.as_of) if args.as_of else None)
    return 0


def open_dashboard(db: str | None, ctx: Context, as_of=None) -> None:
    from monitor.log import open_store
    from monitor.tui import run_dashboard

    run_dashboard(open_store(db), ctx.settings.affiliations, as_of)
