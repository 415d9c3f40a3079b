"""Feed entries (as parsed by feedparser) turned into article events.

An entry's identity is its GUID, else its link, else its title plus date, so the same
item read twice is recognised, and a changed item becomes a revision, not a new article.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timezone
from typing import Any

from monitor.domain.events import ArticleSeen
from monitor.sources.html_text import fragment_to_text
from monitor.sources.identity import article_id, content_hash
from monitor.sources.text_bounds import bounded_text, bounded_title, bounded_url
from monitor.extract.language import detect_language


def entry_identity(entry: Any) -> str | None:
    guid = entry.get("id") or entry.get("guid")
    if guid:
        return f"guid:{guid}"
    if entry.get("link"):
        return f"link:{entry['link']}"
    title, date = entry.get("title"), entry.get("published") or entry.get("updated")
    if title:
        return f"title:{title}|{date or ''}"
    return None


def entry_published(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None


def entry_text(entry: Any) -> str:
    """The fullest text the entry carries: content, else summary."""
    bodies = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    body = max(bodies, key=len) if bodies else entry.get("summary", "")
    return fragment_to_text(body)


def entry_to_article(entry: Any, *, scope: str, source: str, outlet: str | None, language: str | None) -> ArticleSeen | None:
    """One article event for one entry; None for an entry with nothing to identify it by."""
    identity = entry_identity(entry)
    if identity is None:
        return None
    title = bounded_title(fragment_to_text(entry.get("title", "")).strip())
    text = bounded_text(entry_text(entry))
    return ArticleSeen(
        article_id=article_id(scope, identity),
        source=source,
        outlet=outlet,
        url=bounded_url(entry.get("link")),
        title=title,
        published=entry_published(entry),
        text=text,
        content_hash=content_hash(title, text),
        language=detect_language(f"{title}\n{text}", default=language),
    )
