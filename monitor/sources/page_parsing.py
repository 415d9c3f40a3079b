"""Web pages read as articles: a ``page`` source, and the linked pages of ``full_text`` feeds.

Pure and picklable like :mod:`monitor.sources.feed_parsing`; trafilatura finds the main
text, so menus, related links and comments stay out of the claims.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from monitor.domain.events import ArticleSeen
from monitor.domain.moments import read_iso
from monitor.sources.fetch_outcomes import one_line
from monitor.sources.html_text import page_to_text
from monitor.sources.identity import article_id, content_hash
from monitor.sources.text_bounds import bounded_text
from monitor.sources.parsed import ParsedFeed, SourceContext
from monitor.extract.language import detect_language

TITLE_MAX = 300
MIN_TEXT = 1  # characters of main text below which a page counts as empty


@dataclass(frozen=True)
class ParsedPage:
    article: ArticleSeen | None
    problem: str | None = None


def page_text(body: bytes) -> str | None:
    """The main text of a page, or None if it has none (a full-text fetch falls back to the feed)."""
    text, _title, _date = page_to_text(body)
    return bounded_text(text.strip()) or None


def parse_page(body: bytes, *, source: str, url: str, outlet: str | None, language: str | None) -> ParsedPage:
    """One article for one page, identified by its address within the source."""
    if b"\x00" in body[:4096]:
        return ParsedPage(None, "not a web page: binary content")
    text, title, date = page_to_text(body)
    text = bounded_text(text.strip())
    if len(text) < MIN_TEXT:
        return ParsedPage(None, "no text found on the page")
    title = one_line(title or text.splitlines()[0], TITLE_MAX)
    return ParsedPage(ArticleSeen(
        article_id=article_id(f"source:{source}", f"link:{url}"),
        source=source,
        outlet=outlet,
        url=url,
        title=title,
        published=read_iso(date),
        text=text,
        content_hash=content_hash(title, text),
        language=detect_language(text, default=language),
    ))


def read_page(body: bytes, headers: Mapping[str, str], context: SourceContext) -> ParsedFeed:
    """A page in the shape of a parsed feed of one item, so the poller treats both alike.

    The page is identified by the source's own address (``context.address``), not by where
    a redirect took the fetch, so a moved page stays one article."""
    page = parse_page(body, source=context.source, url=context.address or context.url, outlet=context.outlet,
                      language=context.language)
    return ParsedFeed((page.article,) if page.article else (), 1 if page.article else 0, page.problem)
