"""Errors that point at the key and line they are about."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from monitor.config.errors import ConfigError
from monitor.config.key_lines import KeyPath, dotted, line_of

T = TypeVar("T")


@dataclass(frozen=True)
class Locator:
    """The settings file and the line of every key in it."""

    path: Path
    lines: Mapping[KeyPath, int]

    def error(self, key: Sequence[str | int], message: str) -> ConfigError:
        """``FILE:LINE: sources[3].interval: message`` (one line, whatever the message holds)."""
        flat = " ".join(message.split())
        return ConfigError(f"{self.path}:{line_of(dict(self.lines), key)}: {dotted(key)}: {flat}")

    def named_tables(self, raw: object, section: str, build: Callable[[dict, KeyPath], T]) -> tuple[T, ...]:
        """Every ``[[section]]`` table built into a spec with a ``name``; names must be unique."""
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.error((section,), f"must be a list of tables: write each {section[:-1]} as [[{section}]]")
        specs: list[T] = []
        first_index: dict[str, int] = {}
        for index, table in enumerate(raw):
            key: KeyPath = (section, index)
            if not isinstance(table, dict):
                raise self.error(key, f"must be a table: write each {section[:-1]} as [[{section}]]")
            spec = build(table, key)
            name = spec.name  # type: ignore[attr-defined]
            if name in first_index:
                raise self.error(key + ("name",), f"{name!r} is already the name of {section}[{first_index[name]}]")
            first_index[name] = index
            specs.append(spec)
        return tuple(specs)

    def reject_unknown(self, table: Mapping[str, object], where: KeyPath, known: Iterable[str]) -> None:
        """Unknown keys are mistakes (a typo would otherwise be silently ignored)."""
        known = sorted(known)
        for name in table:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
                raise self.error(where + (name,), f"unknown key; {hint}")
