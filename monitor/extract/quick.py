"""Regular expressions that fail fast where they cannot start.

Python's engine looks for a pattern's first character with a fast scan only when that
character is case-sensitive and not behind a zero-width test. The claim rules are written
case-insensitive and open with ``\\b``, so the engine tries the whole pattern at every
position of a sentence (a dozen alternatives at each word). ``fast_compile`` works out
which characters a match can start with and puts them first as a lookahead, a single
class test: what the pattern matches, and where, does not change (the lookahead only
restates what its first character must be); a pattern whose first character is not a
plain letter, digit or symbol is compiled as it is, and so is one that opens with a class
or a letter of its own (``[а-яёіїєґ]``, ``['’]s``: the lookahead would only repeat that test).

The rules get this through `rules_re` (their ``re.compile``), when a pattern is first used.
Working out the first characters reads the pattern with ``re._parser``, which is private
to `re`: it is used for that reading only (never to compile), and where it is missing or
fails the pattern is compiled as written, only slower. The lookaheads are kept in the
monitor's cache folder (``keep``, read back by ``read_kept``): a start-up does not parse the
patterns again.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Iterable
from pathlib import Path

try:  # the parser's tree and opcodes (3.11-3.13); without them, no lookaheads
    from re import _constants as c  # noqa
    from re import _parser
except ImportError:  # pragma: no cover - another Python's re
    c = _parser = None

# (pattern, flags) -> the pattern with its lookahead, or "" where it gets none.
LOOKAHEADS: dict[tuple[str, int], str] = {}
_NAME = "lookaheads"
_FORMAT = "1"


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead on its possible first characters."""
    flags = int(flags)
    faster = LOOKAHEADS.get((pattern, flags))
    if faster is None:
        faster = LOOKAHEADS[pattern, flags] = _with_lookahead(pattern, flags)
    if faster:
        try:
            return re.compile(faster, flags)
        except re.error:  # global flags, say, which must stay at the start
            LOOKAHEADS[pattern, flags] = ""
    return re.compile(pattern, flags)


def read_table(name: str, digest: str) -> dict | None:
    """A table an earlier run kept in the cache folder (`store_table`), or None when there is no
    readable one: a damaged file only costs working it out again."""
    try:
        from monitor.gazetteer.cache import read_cached

        blob = read_cached(name, digest)
        kept = marshal.loads(blob) if blob is not None else None
        return kept if isinstance(kept, dict) else None
    except Exception:  # noqa: BLE001 - (see above)
        return None


def store_table(name: str, digest: str, table: dict) -> None:
    """Keep ``table`` (marshal-able keys and values) for the next start-up; a cache that cannot be
    written only costs that start-up the work again."""
    try:
        from monitor.gazetteer.cache import store_bytes

        store_bytes(name, digest, marshal.dumps(table))
    except Exception:  # noqa: BLE001 - (see above)
        pass


def source_digest(module_file: str, fmt: str) -> str:
    """A kept table's file name: its module's source and the interpreter (whose parser read the
    patterns), so a changed module or Python works the table out again."""
    return hashlib.sha256(Path(module_file).read_bytes() + sys.version.encode() + fmt.encode()).hexdigest()[:24]


def read_kept() -> None:
    """Take in the lookaheads an earlier run kept (none when there is no readable file)."""
    LOOKAHEADS.update(read_table(_NAME, _digest()) or {})


def keep(keys: Iterable[tuple[str, int]]) -> None:
    """Work out the lookaheads of ``keys`` not known yet and, if there were any, keep those
    of all ``keys`` for the next start-up."""
    keys = list(keys)
    missing = [key for key in keys if key not in LOOKAHEADS]
    if not missing:
        return
    for pattern, flags in missing:
        LOOKAHEADS[pattern, flags] = _with_lookahead(pattern, flags)
    store_table(_NAME, _digest(), {key: LOOKAHEADS[key] for key in keys})


def _digest() -> str:
    return source_digest(__file__, _FORMAT)


def _with_lookahead(pattern: str, flags: int) -> str:
    if _parser is None or not isinstance(pattern, str):
        return ""
    try:
        data = _parser.parse(pattern, flags).data
        first = _first(data)
    except Exception:  # noqa: BLE001 - (_Unknown, re.error, or a parser unlike 3.11-3.13's): no lookahead
        return ""
    if not first:  # (None or empty: the pattern may match the empty string, every position is a start)
        return ""
    opening = data[0][0] if data else None
    if opening not in (c.AT, c.ASSERT, c.ASSERT_NOT) and not (flags & re.IGNORECASE and opening in (c.BRANCH,
                                                                                                   c.SUBPATTERN)):
        return ""  # a class or a letter first (the lookahead would only test it twice), or alternatives the
        # engine scans for by itself (their first letters case-sensitive)
    return f"(?=[{re.escape(''.join(sorted(first)))}])(?:{pattern})"


class _Unknown(Exception):
    """A construct whose first characters are not worked out here."""


def _first(items) -> set[str] | None:
    """The characters a match of the sequence ``items`` may start with; None when the
    sequence may match the empty string."""
    found: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item still decides the first character
        head = _first_of(op, av)
        if head is None:
            raise _Unknown
        chars, nullable = head
        found |= chars
        if not nullable:
            return found
    return None


def _first_of(op, av) -> tuple[set[str], bool] | None:
    """(first characters, may be empty) of one item."""
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 256:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None  # a negated set or a category: too wide to be worth it
        return chars, False
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _sequence(sub.data)
    if op is c.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            head = _sequence(alternative.data)
            if head is None:
                return None
            chars |= head[0]
            nullable = nullable or head[1]
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        head = _sequence(sub.data)
        if head is None:
            return None
        return head[0], head[1] or low == 0
    return None


def _sequence(items) -> tuple[set[str], bool] | None:
    found: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        head = _first_of(op, av)
        if head is None:
            return None
        found |= head[0]
        if not head[1]:
            return found, False
    return found, True
