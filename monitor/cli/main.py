"""The `monitor` entry point: global options, subcommands, and the one place errors are shown.

A user's mistake (bad path, bad URL, old schema) is one line on stderr and exit 1;
an unexpected exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys

from monitor import __version__
from monitor.cli import (demo, extract_commands, front_commands, hooks_commands, import_command, log_commands,
                         poll_commands, tui_command)
from monitor.cli import backfill_command
from monitor.cli.context import Context
from monitor.config import ConfigError
from monitor.domain.inert_text import terminal_line
from monitor.domain.redaction import redact_urls
from monitor.log import LogError
from monitor.sources.files import ArticleFileError

USER_ERRORS = (LogError, ConfigError, ArticleFileError, ValueError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Watch war reporting and keep an explainable map of who controls which settlement.",
    )
    parser.add_argument("--version", action="version", version=f"monitor {__version__}")
    _global_options(parser)
    parser.set_defaults(db=None, config=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (log_commands, import_command, poll_commands, extract_commands, front_commands, hooks_commands,
                   tui_command, demo, backfill_command):
        module.add_parsers(commands)
    _everywhere(commands)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> None:
    """--db and --config; their default is "not given", so that a value given before the
    command is not overwritten by the command's own parser (`monitor --db x status`)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL or SQLite path (default: $MONITOR_DB, the settings file, ./monitor.db)")
    parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                        help="settings file (default: $MONITOR_CONFIG or ./sources.toml if present)")


def _everywhere(commands: argparse._SubParsersAction) -> None:
    """The global options after any command too (`monitor demo --db x`, `monitor hooks test NAME --db x`)."""
    for sub in {id(p): p for p in commands.choices.values()}.values():
        _global_options(sub)
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                _everywhere(action)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args, Context.from_args(args))
    except USER_ERRORS as error:
        # One inert line, without the credentials a URL in it may carry (a webhook's password).
        print(f"monitor: error: {terminal_line(redact_urls(str(error)))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
