"""``kind = "feed"`` (the default): an RSS, Atom, RDF or JSON Feed document.

Its items are articles (see :mod:`monitor.sources.feed_parsing`); ``full_text = true``
also reads each new item's linked page. A feed that links an older document (RFC 5005
``prev-archive``, a paged feed's ``next``, JSON Feed's ``next_url``) can be backfilled.
"""

from __future__ import annotations

from collections.abc import Mapping

from monitor.sources.kinds._kind import SourceKind
from monitor.sources.parsed import ParsedFeed, SourceContext


def parse(body: bytes, headers: Mapping[str, str], context: SourceContext) -> ParsedFeed:
    from monitor.sources.feed_parsing import parse_feed  # feedparser loads when a feed is read

    return parse_feed(body, headers, context)


KIND = SourceKind(
    name="feed",
    summary="an RSS, Atom, RDF or JSON Feed document (a local feed file too)",
    parse=parse,
    full_text=True,
    backfill=True,
    cannot_backfill="this feed links no older document (RFC 5005 prev-archive or next)",
)
