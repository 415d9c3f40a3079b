"""What the pollers need to know of a source, as a protocol.

``monitor.config.SourceSpec`` satisfies it; the sources layer does not import the
settings package (see the layering in DESIGN.md), and tests can pass their own values.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Protocol


class SourceLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str: ...  # http(s) address, or an absolute local path
    @property
    def kind(self) -> str: ...  # a kind's name in monitor.sources.kinds: "feed", "page", "telegram", ...
    @property
    def interval(self) -> timedelta: ...
    @property
    def language(self) -> str | None: ...
    @property
    def full_text(self) -> bool: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def options(self) -> tuple[tuple[str, Any], ...]: ...  # the kind's own settings keys
    @property
    def allow_private(self) -> bool: ...  # content-derived addresses may be private (egress policy)
