"""The `monitor` entry point: global options, subcommands, and the one place errors are shown.

A user's mistake (bad path, bad URL, old schema) is one line on stderr and exit 1;
an unexpected exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from monitor import __version__

# Each command's module, imported only when that command runs (or for the full help). The
# modules themselves import only what their parsers need: the database layer, the
# projections, the extractor and the HTTP stack are imported by the command that runs, so
# `monitor --help`, `monitor extract FILE` and `monitor --version` do not pay for them
# (tests/cli/test_startup.py checks which libraries each one loads).
COMMAND_MODULES = {
    "init": "log_commands", "events": "log_commands", "import": "import_command",
    "run": "poll_commands", "poll": "poll_commands", "sources": "poll_commands",
    "extract": "extract_commands", "reextract": "extract_commands",
    "status": "front_commands", "reports": "front_commands", "place": "front_commands",
    "rebuild": "front_commands", "verify": "front_commands", "hooks": "hooks_commands",
    "tui": "tui_command", "demo": "demo", "backfill": "backfill_command",
}
_ORDER = ("log_commands", "import_command", "poll_commands", "extract_commands", "front_commands", "hooks_commands",
          "tui_command", "demo", "backfill_command")


def user_errors() -> tuple[type[BaseException], ...]:
    """The mistakes shown as one line (imported when an error needs sorting, not at start-up)."""
    from monitor.config import ConfigError
    from monitor.log import LogError
    from monitor.sources.files import ArticleFileError
    return (LogError, ConfigError, ArticleFileError, ValueError)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments, only the module of the command named in them is
    imported (every module when none is named, so the full help lists every command)."""
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Watch war reporting and keep an explainable map of who controls which settlement.",
    )
    parser.add_argument("--version", action="version", version=f"monitor {__version__}")
    _global_options(parser)
    parser.set_defaults(db=None, config=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    named = _command_named(argv)
    for name in ((COMMAND_MODULES[named],) if named else () if named == "" else _ORDER):
        importlib.import_module(f"monitor.cli.{name}").add_parsers(commands)
    _everywhere(commands)
    return parser


def _command_named(argv: list[str] | None) -> str | None:
    """The command in the arguments: the first word that is not an option or an option's value;
    "" for `--version` before any command (it needs no command's parser), None when the full
    help may be asked for."""
    words = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("--db", "--config"):
            i += 2
            continue
        if word.startswith("-"):
            if word == "--version":
                return ""
            if word in ("-h", "--help"):
                return None
            i += 1
            continue
        return word if word in COMMAND_MODULES else None
    return None


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
    args = build_parser(argv).parse_args(argv)
    from monitor.cli.context import Context
    try:
        return args.run(args, Context.from_args(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as error:
        if not isinstance(error, user_errors()):
            raise
        from monitor.domain.inert_text import terminal_line
        from monitor.domain.redaction import redact_urls

        # One inert line, without the credentials a URL in it may carry (a webhook's password).
        print(f"monitor: error: {terminal_line(redact_urls(str(error)))}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
