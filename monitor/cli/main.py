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
from monitor.log import LogError
from monitor.sources.files import ArticleFileError

USER_ERRORS = (LogError, ConfigError, ArticleFileError, ValueError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Watch war reporting and keep an explainable map of who controls which settlement.",
    )
    parser.add_argument("--version", action="version", version=f"monitor {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database URL or SQLite path (default: $MONITOR_DB, the settings file, ./monitor.db)")
    parser.add_argument("--config", metavar="FILE",
                        help="settings file (default: $MONITOR_CONFIG or ./sources.toml if present)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (log_commands, import_command, poll_commands, extract_commands, front_commands, hooks_commands,
                   tui_command, demo, backfill_command):
        module.add_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args, Context.from_args(args))
    except USER_ERRORS as error:
        print(f"monitor: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
