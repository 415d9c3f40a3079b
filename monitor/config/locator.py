"""Errors that point at the key and line they are about."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor.config.errors import ConfigError
from monitor.config.key_lines import KeyPath, dotted, line_of


@dataclass(frozen=True)
class Locator:
    """The settings file and the line of every key in it."""

    path: Path
    lines: Mapping[KeyPath, int]

    def error(self, key: Sequence[str | int], message: str) -> ConfigError:
        """``FILE:LINE: sources[3].interval: message`` (one line, whatever the message holds)."""
        flat = " ".join(message.split())
        return ConfigError(f"{self.path}:{line_of(dict(self.lines), key)}: {dotted(key)}: {flat}")

    def reject_unknown(self, table: Mapping[str, object], where: KeyPath, known: Iterable[str]) -> None:
        """Unknown keys are mistakes (a typo would otherwise be silently ignored)."""
        known = sorted(known)
        for name in table:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
                raise self.error(where + (name,), f"unknown key; {hint}")
