"""The front table's filter and order: a frozen value the keys change and the table applies.

Kept apart from the widget so the rules (what typing matches, how each column sorts,
which oblasts and confidences the filters cycle through) are plain functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from monitor.gazetteer import fold_text
from monitor.tui.snapshot import FrontRow

# Sort keys in the order `s` cycles through them, with how each one orders rows.
SORTS: dict[str, object] = {
    "oblast": lambda r: (r.oblast, r.place),
    "settlement": lambda r: (fold_text(r.place), r.oblast),
    "control": lambda r: (r.control, r.oblast, r.place),
    "confidence": lambda r: (CONFIDENCES.index(r.confidence) if r.confidence in CONFIDENCES else 9, r.oblast,
                             r.place),
    "since": lambda r: (r.since, r.place),
    "sources": lambda r: (-(r.ukraine + r.russia + r.independent), r.place),
}
CONFIDENCES = ("confirmed", "reported", "disputed", "unconfirmed")


@dataclass(frozen=True, slots=True)
class FrontQuery:
    text: str = ""  # typed: matches a settlement or oblast name, any case and accents
    oblast: str | None = None
    confidence: str | None = None
    sort: str = "oblast"
    descending: bool = False

    def apply(self, rows: Iterable[FrontRow]) -> list[FrontRow]:
        wanted = fold_text(self.text.strip())
        kept = [r for r in rows
                if (not wanted or wanted in fold_text(r.place) or wanted in fold_text(r.oblast))
                and (self.oblast is None or r.oblast == self.oblast)
                and (self.confidence is None or r.confidence == self.confidence)]
        return sorted(kept, key=SORTS[self.sort], reverse=self.descending)  # type: ignore[arg-type]

    def next_sort(self) -> FrontQuery:
        names = list(SORTS)
        return replace(self, sort=names[(names.index(self.sort) + 1) % len(names)])

    def reversed(self) -> FrontQuery:
        return replace(self, descending=not self.descending)

    def next_oblast(self, rows: Iterable[FrontRow], step: int = 1) -> FrontQuery:
        """All oblasts, then each oblast on the front in turn."""
        return replace(self, oblast=_cycle([None, *sorted({r.oblast for r in rows if r.oblast})], self.oblast, step))

    def next_confidence(self) -> FrontQuery:
        return replace(self, confidence=_cycle([None, *CONFIDENCES], self.confidence, 1))

    def describe(self) -> str:
        parts = [f"“{self.text}”"] if self.text else []
        parts += [p for p in (self.oblast, self.confidence) if p]
        order = f"by {self.sort}{' ↓' if self.descending else ''}"
        return " · ".join([*parts, order])


def _cycle(options: Sequence[str | None], current: str | None, step: int) -> str | None:
    index = options.index(current) if current in options else 0
    return options[(index + step) % len(options)]
