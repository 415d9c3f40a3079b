"""Where each key of a TOML file is written, so errors can name its line.

``tomllib`` keeps no positions, so the text is scanned: table headers (``[a]``,
``[[a]]``, counted per name) and ``key = value`` lines give each key path its first line.
Good enough for hand-written settings; anything it cannot place falls back to the
nearest enclosing table, then to line 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

KeyPath = tuple[str | int, ...]

_KEY_PART = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*(\.|$)""")


def _split_keys(text: str) -> tuple[str, ...] | None:
    """``a."b.c".d`` -> ("a", "b.c", "d"); None when it is not a key."""
    parts: list[str] = []
    position = 0
    text = text.strip()
    while position < len(text):
        found = _KEY_PART.match(text, position)
        if not found:
            return None
        parts.append(found.group(1).strip("\"'"))
        position = found.end()
    return tuple(parts) or None


def _assignment_key(line: str) -> str | None:
    """The key part of ``key = value`` (quotes may hold '=')."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "=":
            return line[:index]
    return None


def key_lines(text: str) -> dict[KeyPath, int]:
    """Map each table and key path (array tables indexed from 0) to its first line."""
    lines: dict[KeyPath, int] = {}
    table: KeyPath = ()
    counters: dict[tuple[str, ...], int] = {}
    open_string: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if open_string:
            if line.count(open_string) % 2 == 1:
                open_string = None
            continue
        if not line or line.startswith("#"):
            continue
        if line.startswith("[["):
            names = _split_keys(line[2:line.find("]]")]) if "]]" in line else None
            if names:
                counters[names] = counters.get(names, -1) + 1
                table = names + (counters[names],)
                lines.setdefault(names, number)
                lines.setdefault(table, number)
            continue
        if line.startswith("["):
            names = _split_keys(line[1:line.find("]")]) if "]" in line else None
            if names:
                table = names
                lines.setdefault(table, number)
            continue
        key_text = _assignment_key(line)
        keys = _split_keys(key_text) if key_text is not None else None
        if keys:
            lines.setdefault(table + keys, number)
            value = line[len(key_text) + 1:]
            for delimiter in ('"""', "'''"):
                if value.count(delimiter) % 2 == 1:
                    open_string = delimiter
    return lines


def line_of(lines: dict[KeyPath, int], path: Sequence[str | int]) -> int:
    """The line of ``path``, else of its nearest enclosing table or key, else 1."""
    path = tuple(path)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1


def dotted(path: Sequence[str | int]) -> str:
    """("sources", 3, "interval") -> "sources[3].interval"."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class LazyKeyLines(Mapping[KeyPath, int]):
    """:func:`key_lines` of a text, worked out when first asked: only an error needs a line,
    and scanning a settings file of 10,000 sources costs half a second a daemon's start."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[KeyPath, int] | None = None

    def _found(self) -> dict[KeyPath, int]:
        if self._lines is None:
            self._lines = key_lines(self._text)
        return self._lines

    def __getitem__(self, key: KeyPath) -> int:
        return self._found()[key]

    def __iter__(self) -> Iterator[KeyPath]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())
