"""What one attempt to hand an alert to a hook came to, whatever the hook's kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    folded = " ".join(str(text).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "\u2026"
