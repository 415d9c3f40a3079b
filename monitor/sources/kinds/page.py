"""``kind = "page"``: one web page (or local HTML file) read as one article, its main text."""

from __future__ import annotations

from collections.abc import Mapping

from monitor.sources.kinds._kind import SourceKind
from monitor.sources.parsed import ParsedFeed, SourceContext


def parse(body: bytes, headers: Mapping[str, str], context: SourceContext) -> ParsedFeed:
    from monitor.sources.page_parsing import read_page  # trafilatura loads when a page is read

    return read_page(body, headers, context)


KIND = SourceKind(
    name="page",
    summary="one web page read as one article",
    parse=parse,
    cannot_backfill="a page is one article with no older pages",
)
