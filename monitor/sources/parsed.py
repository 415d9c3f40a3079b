"""What every kind of source hands the poller: the context of a read, and what it found.

A kind of source (feed, page, folder, telegram, ...) turns bytes into a :class:`ParsedFeed`;
the poller, the local reader and the backfill walk treat every kind's result alike. Both
values are plain and picklable: a parse may run in a worker process.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields
from typing import Any

from monitor.domain.events import ArticleSeen

Options = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class SourceContext:
    """What a parser needs to know about the source besides the bytes."""

    source: str
    url: str  # the address the body came from: the base of relative links
    outlet: str | None = None  # the settings' outlet name; else the document's own title
    language: str | None = None  # the settings' language; else the document's own
    options: Options = ()  # the kind's own settings keys (a telegram source's channel, ...)
    address: str | None = None  # the source's configured address, when it differs from ``url``

    @property
    def scope(self) -> str:
        return f"source:{self.source}"

    def option(self, key: str, default: Any = None) -> Any:
        return next((value for name, value in self.options if name == key), default)


@dataclass(frozen=True)
class ParsedFeed:
    """The articles of one document, newest identity first wins; or why it could not be read.

    ``older`` is the address of the next older page when the document links one (RFC 5005
    archives and paged feeds, a channel preview's ``?before=`` link): what a backfill walks.
    ``skipped`` says, one line each, which entries were passed over and why.

    It crosses from a parser process to the poller pickled as plain tuples of field
    values, which pickle and unpickle in a third of the time frozen dataclasses take.
    """

    articles: tuple[ArticleSeen, ...]
    items: int  # entries in the document, including any that had nothing to identify them
    problem: str | None = None  # set when the document is not readable as this kind
    older: str | None = None
    skipped: tuple[str, ...] = ()
    replacements: int = 0  # bytes that could not be decoded, each read as U+FFFD (see sources.charset)
    charset: str | None = None  # the charset the text was read in, when the monitor decoded it

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle_parsed, (tuple(map(_article_values, self.articles)), self.items, self.problem,
                                  self.older, self.skipped, self.replacements, self.charset)


_article_values = operator.attrgetter(*(f.name for f in fields(ArticleSeen)))


def _unpickle_parsed(articles: tuple[tuple[Any, ...], ...], items: int, problem: str | None,
                     older: str | None = None, skipped: tuple[str, ...] = (), replacements: int = 0,
                     charset: str | None = None) -> ParsedFeed:
    return ParsedFeed(tuple(ArticleSeen(*values) for values in articles), items, problem, older, skipped,
                      replacements, charset)
