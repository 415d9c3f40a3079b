"""What one fetch can come back with: a body, "not modified", or a failure with a reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from monitor.domain.inert_text import terminal_line

REASON_MAX = 300


def one_line(text: str, limit: int = REASON_MAX) -> str:
    """Untrusted or multi-line text as one short inert line (it ends up in logs and tables):
    the shared sanitiser, ``monitor.domain.inert_text``."""
    return terminal_line(text, limit)


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back: the ETag and Last-Modified of the last 200."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    """A body (decompressed, within the cap) and the headers (keys in lower case)."""

    status: int
    url: str  # after redirects
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False)

    @property
    def validators(self) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"))


@dataclass(frozen=True)
class NotModified:
    """A 304: nothing to parse. Validators are the ones to send next time."""

    url: str
    validators: Validators
    status: int = 304


@dataclass(frozen=True)
class FetchFailed:
    """Why nothing usable came back, as one line; the server's Retry-After if it gave one."""

    reason: str
    status: int | None = None
    retry_after: timedelta | None = None


FetchResult = Fetched | NotModified | FetchFailed
