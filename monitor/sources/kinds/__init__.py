"""Kinds of source: one module each, found by the registry; the poller and the readers ask it.

A kind (feed, page, folder, telegram, and any added later) states the settings keys it
takes and turns fetched or read bytes into the same parsed articles
(:class:`~monitor.sources.parsed.ParsedFeed`). The poller, the local reader and the
backfill walk look a source's kind up here and call it; none of them names a kind, so
adding one touches its own module, its tests and its documentation only.

- :class:`SourceKind` — a kind as its module states it (``KIND`` in each module here).
- :func:`catalogue` — every kind by name: what ``monitor.config.load_settings`` checks
  sources against.
- :func:`kind_named` — one kind, or :class:`UnknownKind`.
- :func:`register` / :func:`unregister` — kinds from elsewhere (a plugin, a test module).
"""

from monitor.sources.kinds._kind import SourceKind
from monitor.sources.kinds._registry import UnknownKind, catalogue, kind_named, register, unregister

__all__ = ["SourceKind", "UnknownKind", "catalogue", "kind_named", "register", "unregister"]
