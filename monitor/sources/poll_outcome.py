"""What one poll of one source did, for the daemon's log line and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from monitor.domain.codec import iso
from monitor.domain.inert_text import logfmt_value

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
    notes: tuple[str, ...] = ()  # onward fetches the egress policy refused, one line each
    replacements: int = 0  # undecodable bytes read as U+FFFD in the document

    def log_line(self) -> str:
        """One structured line (logfmt): key=value pairs, untrusted text quoted."""
        pairs: list[tuple[str, object]] = [("source", self.source), ("result", self.result)]
        if self.status is not None:
            pairs.append(("status", self.status))
        if self.result in ("polled", "unchanged", "not_modified"):
            pairs += [("items", self.items), ("new", self.new), ("revised", self.revised)]
            if self.replacements:
                pairs.append(("replaced_bytes", self.replacements))
        pairs.append(("ms", round(self.duration_ms)))
        if self.result in ("failed", "skipped"):
            pairs += [("failures", self.consecutive_failures), ("parked", str(self.parked).lower())]
            if self.next_try is not None:
                pairs.append(("next_try", iso(self.next_try)))
        if self.reason:
            pairs.append(("reason", self.reason))
        return " ".join(f"{key}={logfmt_value(value)}" for key, value in pairs)

    def note_lines(self) -> list[str]:
        """One logfmt line per onward fetch the egress policy refused, naming the source."""
        return [f"source={logfmt_value(self.source)} result=refused reason={logfmt_value(note)}" for note in self.notes]
