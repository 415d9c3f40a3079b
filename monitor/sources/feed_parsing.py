"""A fetched feed document turned into article events: the CPU-bound step of a poll.

Pure and picklable, so the daemon can run it in a process pool and parse on every core.
An item's identity (GUID, else link, else title plus date) is scoped to its source:
GUIDs are only unique within a feed ("12345"), and the same story in two feeds of one
outlet is counted once per outlet by the fusion rules anyway.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import feedparser
import feedparser.mixin

from monitor.domain.events import ArticleSeen
from monitor.sources.feed_items import entry_to_article
from monitor.sources.fetch_outcomes import one_line
from monitor.sources.json_feed import is_json_feed, read_json_feed
from monitor.sources.parser_headers import parser_headers

OUTLET_MAX = 120
_SAX_POSITION = re.compile(r"<unknown>:(\d+):(\d+):")


def _memoise_base_joins() -> None:
    """feedparser joins the document's base URI with the element's at every start tag
    (``make_safe_absolute_uri(base, base)``: two urlparses, a regex and a urljoin), which
    is a fifth of parsing a feed once the base is the feed's own address. The join is a
    pure function of two strings (and the module's scheme list, which we never change),
    so a small cache answers the same, and almost every call is a hit.
    """
    join = feedparser.mixin.make_safe_absolute_uri
    if not hasattr(join, "cache_info"):
        feedparser.mixin.make_safe_absolute_uri = functools.lru_cache(maxsize=512)(join)


_memoise_base_joins()


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
    """The articles of one document, newest identity first wins; or why it is not a feed."""

    articles: tuple[ArticleSeen, ...]
    items: int  # entries in the document, including any that had nothing to identify them
    problem: str | None = None  # set when the document is not a readable feed


def parse_feed(body: bytes, headers: Mapping[str, str], context: FeedContext) -> ParsedFeed:
    """Articles from a feed document (RSS, Atom, RDF or JSON Feed), whatever its headers claim."""
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
    outlet = context.outlet or one_line(feed.get("title") or "", OUTLET_MAX) or None
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
