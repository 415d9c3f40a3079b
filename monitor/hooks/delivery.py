"""What one attempt to hand an alert to a hook came to, whatever the hook's kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.domain.inert_text import terminal_line
from monitor.domain.redaction import redact_urls
from monitor.hooks.alerts import Alert

DETAIL_CHARS = 300


@dataclass(frozen=True)
class Attempted:
    ok: bool
    detail: str  # "HTTP 200", "exit status 0", "cannot connect: ...", one line

    @classmethod
    def failed(cls, detail: str) -> "Attempted":
        return cls(False, one_line(detail))


Send = Callable[[Alert, int], Attempted]  # (alert, attempt number from 1) -> outcome


def one_line(text: str, limit: int = DETAIL_CHARS) -> str:
    """A detail as it is recorded and shown: one inert line without credentials in URLs, cut short."""
    return terminal_line(redact_urls(str(text)), limit)
