"""``kind = "folder"``: a local archive of article files (text, Markdown, HTML, feed files).

Each file is read as ``monitor import`` reads it (identity: the file's path); the
source's outlet and language fill in what the files do not say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from monitor.sources.kinds._kind import SourceKind
from monitor.sources.parsed import ParsedFeed, SourceContext


def read_folder(location: Path, context: SourceContext) -> ParsedFeed:
    from monitor.sources.files import read_paths

    if not location.is_dir():
        return ParsedFeed((), 0, f"{location}: no such folder")
    batch = read_paths([location], source=context.source)
    articles = tuple(replace(a, outlet=context.outlet or a.outlet, language=a.language or context.language)
                     for a in batch.articles)
    return ParsedFeed(articles, len(articles), skipped=tuple(batch.skipped))


def parse(body: bytes, headers: Mapping[str, str], context: SourceContext) -> ParsedFeed:
    return ParsedFeed((), 0, "a folder source reads a local folder, not a fetched document")


KIND = SourceKind(
    name="folder",
    summary="a local folder of article files",
    parse=parse,
    read_local=read_folder,
    web=False,
    cannot_backfill="a folder is read whole at every poll",
)
