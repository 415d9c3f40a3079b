"""What one poll of one source did, for the daemon's log line and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from monitor.domain.codec import iso

Result = Literal["polled", "not_modified", "unchanged", "failed", "skipped"]


@dataclass(frozen=True)
class PollOutcome:
    """``unchanged`` is a 200 whose body was byte-identical to the last one (not parsed again);
    ``skipped`` means the source was backing off or parked and was not fetched."""

    source: str
    result: Result
    status: int | None = None
    items: int = 0
    new: int = 0
    revised: int = 0
    appended: int = 0  # events the log took (duplicates of stored events are not counted)
    duration_ms: float = 0.0
    reason: str | None = None
    consecutive_failures: int = 0
    next_try: datetime | None = None
    parked: bool = False

    def log_line(self) -> str:
        """One structured line (logfmt): key=value pairs, untrusted text quoted."""
        pairs: list[tuple[str, object]] = [("source", self.source), ("result", self.result)]
        if self.status is not None:
            pairs.append(("status", self.status))
        if self.result in ("polled", "unchanged", "not_modified"):
            pairs += [("items", self.items), ("new", self.new), ("revised", self.revised)]
        pairs.append(("ms", round(self.duration_ms)))
        if self.result in ("failed", "skipped"):
            pairs += [("failures", self.consecutive_failures), ("parked", str(self.parked).lower())]
            if self.next_try is not None:
                pairs.append(("next_try", iso(self.next_try)))
        if self.reason:
            pairs.append(("reason", self.reason))
        return " ".join(f"{key}={_value(value)}" for key, value in pairs)


def _value(value: object) -> str:
    text = str(value)
    if text and not any(c.isspace() or c in '"=\\' for c in text):
        return text
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'
