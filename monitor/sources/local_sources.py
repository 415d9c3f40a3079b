"""Local files and folders polled like outlets (archives, the offline sample).

Folders reuse :mod:`monitor.sources.files` (identity: the file's path); a local feed
file is read like a fetched one. Runs in a worker: it reads and parses.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from monitor.sources.feed_parsing import FeedContext, ParsedFeed, parse_feed
from monitor.sources.fetch_outcomes import one_line
from monitor.sources.files import ArticleFileError, read_paths
from monitor.sources.page_parsing import read_page


def read_local(path: str, kind: str, *, source: str, outlet: str | None, language: str | None) -> ParsedFeed:
    """The articles at a local path, or the one-line reason there are none to read."""
    location = Path(path)
    try:
        if kind == "folder":
            if not location.is_dir():
                return ParsedFeed((), 0, f"{location}: no such folder")
            batch = read_paths([location], source=source)
            articles = tuple(replace(a, outlet=outlet or a.outlet, language=a.language or language)
                             for a in batch.articles)
            return ParsedFeed(articles, len(articles))
        body = location.read_bytes()
    except ArticleFileError as error:
        return ParsedFeed((), 0, one_line(str(error)))
    except OSError as error:
        return ParsedFeed((), 0, one_line(f"{location}: cannot read ({error.strerror or error})"))
    if kind == "page":
        return read_page(body, source=source, url=location.as_uri(), outlet=outlet, language=language)
    return parse_feed(body, {}, FeedContext(source, location.as_uri(), outlet, language))
