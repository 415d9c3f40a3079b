"""Local files and folders polled like outlets (archives, the offline sample, saved pages).

The source's kind reads the path: a kind with its own local reader (a folder) gets the
path, any other gets the file's bytes, as it would get a fetched body. Runs in a worker:
it reads and parses.
"""

from __future__ import annotations

from pathlib import Path

from monitor.sources.fetch_outcomes import one_line
from monitor.sources.files import ArticleFileError
from monitor.sources.kinds._kind import Parse, ReadLocal
from monitor.sources.parsed import ParsedFeed, SourceContext


def read_local(path: str, context: SourceContext, parse: Parse, read: ReadLocal | None = None) -> ParsedFeed:
    """The articles at a local path, or the one-line reason there are none to read."""
    location = Path(path)
    try:
        if read is not None:
            return read(location, context)
        body = location.read_bytes()
    except ArticleFileError as error:
        return ParsedFeed((), 0, one_line(str(error)))
    except OSError as error:
        return ParsedFeed((), 0, one_line(f"{location}: cannot read ({error.strerror or error})"))
    return parse(body, {}, context)
