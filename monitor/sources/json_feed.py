"""JSON Feed (jsonfeed.org) documents as feedparser-like entries (feedparser 6.0 cannot read them)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any


def is_json_feed(body: bytes) -> bool:
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org/version" in body[:4096]


def read_json_feed(body: bytes | str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """(feed, entries) in feedparser's vocabulary, or None if it is not a JSON Feed
    (``body`` as bytes in UTF-8, or as text already decoded)."""
    try:
        document = json.loads(body.decode("utf-8-sig") if isinstance(body, bytes) else body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith("https://jsonfeed.org/"):
        return None
    items = document.get("items")
    if not isinstance(items, list):
        return None
    feed = {"title": _text(document.get("title")), "link": _text(document.get("home_page_url")),
            "language": _text(document.get("language")), "next_url": _text(document.get("next_url"))}
    return feed, [entry for entry in map(_entry, items) if entry is not None]


def _entry(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    body = _text(item.get("content_html")) or _text(item.get("content_text")) or _text(item.get("summary"))
    date = _date(item.get("date_published")) or _date(item.get("date_modified"))
    return {
        "id": _text(item.get("id")),
        "link": _text(item.get("url")),
        "title": _text(item.get("title")),
        "summary": body,
        "published": _text(item.get("date_published")),
        "published_parsed": date.utctimetuple() if date else None,
    }


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
