"""`monitor import`: record local articles (text, HTML, feed files, folders) in the log.

The file readers, the extractor and the log are imported by the command when it runs."""

from __future__ import annotations

import sys
from pathlib import Path

from monitor.cli.context import Context
from monitor.cli.hooks_commands import alert_dispatcher, send_alerts

LOCAL_SOURCE = "local"  # monitor.sources.files.LOCAL_SOURCE, not imported with the parser (a test checks they agree)


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "import", help="record local articles in the log",
        description="Record .txt/.md/.html articles and .xml/.rss/.atom feed files, or folders of them, "
                    "as article events. A first line 'date YYYY-MM-DD' or a feed's dates give the "
                    "publication time. Importing the same files again adds nothing. Every file is "
                    "read before anything is written: one bad file stops the import with nothing added.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--source", default=LOCAL_SOURCE, help="source name to record (default: %(default)s)")
    parser.add_argument("--alerts", action="store_true",
                        help="then bring the front up to date and send the alerts the hooks want (one attempt "
                             "each; failures are retried by `monitor run` or the next import --alerts)")
    parser.set_defaults(run=run_import)


def run_import(args, ctx: Context) -> int:
    from monitor.service.extraction import extract_articles
    from monitor.sources.files import read_paths

    _named_files_are_articles(args.paths)
    store = ctx.store()
    dispatcher = alert_dispatcher(ctx, store) if args.alerts else None  # a hook that cannot work stops us first
    batch = read_paths(args.paths, source=args.source)
    for reason in batch.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    start = store.head()
    if dispatcher:
        dispatcher.enrol(start)  # a hook first seen now is told about this import, not the history before it
    result = store.append(batch.articles)
    extraction = extract_articles(store, ctx.settings.affiliations, after=start)
    print(f"imported {result.appended} new articles from {batch.files} files "
          f"({result.duplicates} already in the log); {extraction.claims} claims read")
    if args.alerts:
        send_alerts(ctx, store, dispatcher)
    return 0


def _named_files_are_articles(paths: list[Path]) -> None:
    """A file named on the command line that is not of a kind import reads is a mistake, not a skip.

    (Files inside a named folder that are not articles are passed over, each said on stderr.)
    """
    from monitor.sources.files import ARTICLE_SUFFIXES, ArticleFileError

    for path in paths:
        if path.is_file() and path.suffix.lower() not in ARTICLE_SUFFIXES:
            kinds = " ".join(sorted(ARTICLE_SUFFIXES))
            raise ArticleFileError(f"{path}: not a file import reads (it reads {kinds}); nothing imported")
