"""A fetched feed document turned into article events: the CPU-bound step of a poll.

Pure and picklable, so the daemon can run it in a process pool and parse on every core.
An item's identity (GUID, else link, else title plus date) is scoped to its source:
GUIDs are only unique within a feed ("12345"), and the same story in two feeds of one
outlet is counted once per outlet by the fusion rules anyway.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

import feedparser

from monitor.domain.events import ArticleSeen
from monitor.sources import feedparser_tuning
from monitor.sources.feed_items import entry_to_article
from monitor.sources.fetch_outcomes import one_line
from monitor.sources.html_text import fragment_to_text
from monitor.sources.json_feed import is_json_feed, read_json_feed
from monitor.sources.parsed import ParsedFeed, SourceContext
from monitor.sources.charset import decode
from monitor.sources.parser_headers import declared_charset, parser_headers

OUTLET_MAX = 120
_SAX_POSITION = re.compile(r"<unknown>:(\d+):(\d+):")

feedparser_tuning.install()


# Every kind of source shares one context and one result type; these names stay for the feed kind.
FeedContext = SourceContext


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
        decoded = decode(body, "utf-8", context.language)  # JSON is UTF-8 (RFC 8259)
        read = read_json_feed(decoded.text)
        if read is None:
            return ParsedFeed((), 0, "not a feed: unreadable JSON Feed")
        feed, entries = read
        older = feed.get("next_url") or None
    else:
        response_headers = parser_headers(headers, body, context.url)
        decoded = decode(body, declared_charset(response_headers.get("content-type")), context.language)
        if decoded.declared_failed or decoded.replacements:
            # The charset feedparser would pick fails on some byte, and its fallback is a Latin
            # charset that garbles any other script: hand it the text as UTF-8 instead.
            body = decoded.text.encode("utf-8")
            response_headers["content-type"] = "application/xml; charset=utf-8"
        parsed = feedparser.parse(body, response_headers=response_headers,
                                  sanitize_html=False, resolve_relative_uris=False)
        feed, entries = parsed.get("feed", {}), parsed.entries
        if not entries and (parsed.get("bozo") or not parsed.get("version")):
            return ParsedFeed((), 0, _not_a_feed(body, parsed))
        older = _older_link(feed.get("links") or ())
    older = urljoin(context.url, older) if older else None
    intervened = decoded.declared_failed or decoded.replacements
    return ParsedFeed(_articles(feed, entries, context), len(entries),
                      older=older if older and older.startswith(("http://", "https://")) else None,
                      replacements=decoded.replacements, charset=decoded.charset if intervened else None)


def _older_link(links: Any) -> str | None:
    """The document with older entries (RFC 5005): an archive's ``prev-archive``, else a
    paged feed's ``next`` (the page after this one, which paged feeds fill with older entries)."""
    by_rel = {}
    for link in links:
        if isinstance(link, Mapping) and link.get("href"):
            by_rel.setdefault(str(link.get("rel", "")).lower(), link["href"])
    return by_rel.get("prev-archive") or by_rel.get("next")


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
