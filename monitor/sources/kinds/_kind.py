"""A kind of source: what it reads, the settings keys it takes, and how bytes become articles."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.sources.parsed import ParsedFeed, SourceContext

Parse = Callable[[bytes, Mapping[str, str], SourceContext], ParsedFeed]
ReadLocal = Callable[[Path, SourceContext], ParsedFeed]
KeyCheck = Callable[[Any], "str | None"]
Locate = Callable[["str | None", Mapping[str, Any]], str]
PageCursor = Callable[[str], "int | None"]


@dataclass(frozen=True, eq=False)
class SourceKind:
    """One kind of source, as its module states it.

    ``parse`` turns a fetched (or read) document into articles; it must be a module-level
    function, because the poller may run it in a parser process. ``read_local`` reads a
    local path itself (a folder); without it a local path's bytes go to ``parse``.

    What the settings check (the protocol ``monitor.config.KindRules``): ``keys``, the
    kind's own keys with a check for each (the value's problem in words, or None);
    ``needs``, the keys a source of this kind must have; ``web`` and ``local``, where it
    may read from; ``full_text``, whether a feed-style ``full_text`` applies; and
    :meth:`address`, the address to read from what was written (``locate``; by default
    the ``url`` itself).

    Backfill: ``backfill`` says its documents link older pages (``ParsedFeed.older``);
    ``page_cursor`` orders those pages (a larger cursor is a newer page; None for the
    newest page), which lets an interrupted backfill go on where it stopped.
    """

    name: str
    summary: str
    parse: Parse
    keys: Mapping[str, KeyCheck] = field(default_factory=dict)
    needs: tuple[str, ...] = ("url",)
    web: bool = True
    local: bool = True
    full_text: bool = False
    backfill: bool = False
    read_local: ReadLocal | None = None
    locate: Locate | None = None
    page_cursor: PageCursor | None = None
    cannot_backfill: str = "its documents link no older pages"

    def address(self, url: str | None, options: Mapping[str, Any]) -> str:
        if self.locate is not None:
            return self.locate(url, options)
        if url is None:
            raise ValueError(f"a {self.name} source needs a url")
        return url
