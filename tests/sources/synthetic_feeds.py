"""Small RSS documents written by the tests (for feeds whose items change between polls)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

START = datetime(2022, 9, 6, 8, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Item:
    guid: str | None
    title: str
    body: str
    link: str | None = None
    hour: int = 0


def rss(items: list[Item], title: str = "Front Desk") -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>',
             f"<title>{escape(title)}</title><link>https://front.example/</link><language>en</language>"]
    for item in items:
        parts.append("<item>")
        if item.guid is not None:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        if item.link is not None:
            parts.append(f"<link>{escape(item.link)}</link>")
        parts.append(f"<title>{escape(item.title)}</title><description>{escape(item.body)}</description>")
        parts.append(f"<pubDate>{format_datetime(START + timedelta(hours=item.hour), usegmt=True)}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")
