"""Where articles come from: polled outlets (feeds, pages, Telegram channels) and local files and folders.

Public surface for the daemon and the CLI:

- :class:`Poller` — ``async with Poller(store, memory, limits=..., policy=..., parse_workers=2)
  as poller: outcome = await poller.poll(spec, force=False)``; one shared httpx client,
  global and per-host caps, one writer thread, optional parser processes.
- :func:`poll_sources` — poll a set of sources once (``monitor poll --once``).
- :class:`PollMemory` — the poll state folded from the log (``from_log``, ``catch_up``).
- :func:`source_health` / :class:`SourceHealth` — rows for ``monitor sources``;
  :func:`due_at` — when a source is next due, from the log (the daemon's first run times).
- :class:`PollOutcome` — what one poll did; ``log_line()`` is one logfmt line.
- :class:`FetchLimits`, :class:`RetryPolicy` — timeouts, caps, backoff and parking.
- :class:`SourceLike` — the fields of a source the pollers read (``config.SourceSpec`` has them).
- :mod:`monitor.sources.files` — ``monitor import`` of local files (unchanged).
- :mod:`monitor.sources.kinds` — the registry of kinds of source (feed, page, folder,
  telegram, ...): each states its settings keys and turns bytes into articles; the
  poller, the local reader and the backfill dispatch through it.
- :mod:`monitor.sources.backfill` — ``monitor backfill``: a source's older pages walked
  back to a date, one append per page, resumable.

Names load on first use, so a command that only reads local files does not pay for
importing httpx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "USER_AGENT": "monitor.sources.http_client",
    "FetchLimits": "monitor.sources.fetch_limits",
    "PollMemory": "monitor.sources.poll_memory",
    "SourceState": "monitor.sources.poll_memory",
    "poll_sources": "monitor.sources.poll_once",
    "PollOutcome": "monitor.sources.poll_outcome",
    "Poller": "monitor.sources.poller",
    "RetryPolicy": "monitor.sources.retry_policy",
    "SourceHealth": "monitor.sources.health",
    "source_health": "monitor.sources.health",
    "due_at": "monitor.sources.health",
    "SourceLike": "monitor.sources.source_like",
}
__all__ = [
    "USER_AGENT",
    "FetchLimits",
    "PollMemory",
    "PollOutcome",
    "Poller",
    "RetryPolicy",
    "SourceHealth",
    "SourceLike",
    "SourceState",
    "due_at",
    "poll_sources",
    "source_health",
]

if TYPE_CHECKING:
    from monitor.sources.fetch_limits import FetchLimits
    from monitor.sources.http_client import USER_AGENT
    from monitor.sources.poll_memory import PollMemory, SourceState
    from monitor.sources.poll_once import poll_sources
    from monitor.sources.poll_outcome import PollOutcome
    from monitor.sources.poller import Poller
    from monitor.sources.retry_policy import RetryPolicy
    from monitor.sources.health import SourceHealth, due_at, source_health
    from monitor.sources.source_like import SourceLike


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'monitor.sources' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
