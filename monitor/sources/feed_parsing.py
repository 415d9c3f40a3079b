"""A fetched feed document turned into article events: the CPU-bound step of a poll.

Pure and picklable, so the daemon can run it in a process pool and parse on every core.
An item's identity (GUID, else link, else title plus date) is scoped to its source:
GUIDs are only unique within a feed ("12345"), and the same story in two feeds of one
outlet is counted once per outlet by the fusion rules anyway.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import feedparser

from monitor.domain.events import ArticleSeen
from monitor.sources import feedparser_tuning
from monitor.sources.feed_items import entry_to_article
from monitor.sources.fetch_outcomes import one_line
from monitor.sources.html_text import fragment_to_text
from monitor.sources.json_feed import is_json_feed, read_json_feed
from monitor.sources.parser_headers import parser_headers

OUTLET_MAX = 120
_SAX_POSITION = re.compile(r"<unknown>:(\d+):(\d+):")

feedparser_tuning.install()


@dataclass(frozen=True)
class FeedContext:
    """What the parser needs to know about the source besides the bytes."""

    source: str
    url: str  # the address the body came from: the base of relative links
    outlet: str | None = None  # the settings' outlet name; else the feed's own title
    language: str | None = None  # the settings' language; else the feed's own

    @property
    def scope(self) -> str:
        return f"source:{self.source}"


@dataclass(frozen=True)
class ParsedFeed:
    """The articles of one document, newest identity first wins; or why it is not a feed.

    It crosses from a parser process to the poller pickled as plain tuples of field
    values, which pickle and unpickle in a third of the time frozen dataclasses take.
    """

    articles: tuple[ArticleSeen, ...]
    items: int  # entries in the document, including any that had nothing to identify them
    problem: str | None = None  # set when the document is not a readable feed

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle_parsed, (tuple(map(_article_values, self.articles)), self.items, self.problem)


_article_values = operator.attrgetter(*(f.name for f in fields(ArticleSeen)))


def _unpickle_parsed(articles: tuple[tuple[Any, ...], ...], items: int, problem: str | None) -> ParsedFeed:
    return ParsedFeed(tuple(ArticleSeen(*values) for values in articles), items, problem)


def parse_feed(body: bytes, headers: Mapping[str, str], context: FeedContext) -> ParsedFeed:
    """Articles from a feed document (RSS, Atom, RDF or JSON Feed), whatever its headers claim.

    feedparser runs without its HTML sanitiser and without resolving relative links
    inside HTML content: both rewrite markup we never keep (half of feedparser's time on
    the real captures with full HTML content, a tenth on short summaries). That is safe
    because nothing markup-bearing is stored as markup: entry titles, summaries and
    contents, and the feed title used as the outlet's name, all become plain text in
    :func:`fragment_to_text` (lxml reads the markup; only its text, without scripts and
    style sheets, is kept), and the links we store (an entry's ``link``, resolved
    against the feed's address and ``xml:base`` as before) are not HTML content and
    are not affected by either option.
    """
    if is_json_feed(body):
        read = read_json_feed(body)
        if read is None:
            return ParsedFeed((), 0, "not a feed: unreadable JSON Feed")
        feed, entries = read
    else:
        parsed = feedparser.parse(body, response_headers=parser_headers(headers, body, context.url),
                                  sanitize_html=False, resolve_relative_uris=False)
        feed, entries = parsed.get("feed", {}), parsed.entries
        if not entries and (parsed.get("bozo") or not parsed.get("version")):
            return ParsedFeed((), 0, _not_a_feed(body, parsed))
    return ParsedFeed(_articles(feed, entries, context), len(entries))


def _articles(feed: Mapping[str, Any], entries: list[Any], context: FeedContext) -> tuple[ArticleSeen, ...]:
    outlet = context.outlet or one_line(fragment_to_text(feed.get("title") or ""), OUTLET_MAX) or None
    language = context.language or feed.get("language") or None
    articles: dict[str, ArticleSeen] = {}
    for entry in entries:
        article = entry_to_article(entry, scope=context.scope, source=context.source, outlet=outlet,
                                   language=language)
        # A feed that lists one identity twice keeps its first (newest) version, so that
        # polling it again does not flip the article between the two.
        if article is not None and article.article_id not in articles:
            articles[article.article_id] = article
    return tuple(articles.values())


def _not_a_feed(body: bytes, parsed: Any) -> str:
    """One line: why a document gave no items (a well-formed empty feed is not a problem)."""
    head = body[:2048].lstrip().lower()
    if not body.strip():
        return "not a feed: empty document"
    if not parsed.get("version") and (head.startswith((b"<!doctype html", b"<html")) or b"<html" in head):
        return "not a feed: an HTML page"
    cause = str(parsed.get("bozo_exception") or "no feed elements found")
    # feedparser puts an XML declaration on a line of its own before a document without one.
    shift = 0 if body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") else 1
    cause = _SAX_POSITION.sub(lambda m: f"line {max(int(m[1]) - shift, 1)}, column {m[2]}:", cause)
    if parsed.get("version"):
        return one_line(f"no readable items in this {parsed['version']} feed: {cause}")
    return one_line(f"not a feed: {cause}")
