"""How far before one of its hint words a pattern's match can start (`hint_reach`), and the
matches of such a pattern found from the hint words alone (`Windowed`).

`triggers.find_triggers` runs a pattern over a whole sentence once the sentence holds one of
its hint words. Most trigger patterns open with their hint: "\\b(?:liberat(?:e|es|ed|ing)|…)"
holds "liberat" at its first letter, "(?:establish…|entrench…) themselves" holds "themselves"
thirteen letters in at most. Then every match starts at most that many characters before an
occurrence of a hint word, and the engine need not try the pattern anywhere else: from each
occurrence it is tried only at the positions before it (`Windowed.finditer`), with one call.

`hint_reach` works the distance out by reading the pattern (``re._parser``, as `quick` does) and
writing out every way its opening can be spelt, letter by letter, up to the first hint word it
holds; a pattern any of whose matches may hold no hint word within a bounded distance of its
start (an unbounded repeat before it, a hint that a class may stand in) gets None and is run
over the whole sentence as before. A way to match with no hint at all that is a few plain
words ("w(?:ins|inning) back" under the hints "won back|win back") is kept as `Reach.unless`:
a sentence holding one of them is searched whole. ``\\s+`` before a hint bounds nothing in
general, but matches one character where no two whitespace characters follow each other: a
second reach holds for such sentences (most). What the matches are does not change: the
positions skipped are ones where no match can start.

Reading the trigger patterns so takes a few tenths of a second: the reaches are worked out
once and kept in the monitor's cache folder with the lookaheads (`keep`, `read_kept`, as in
`quick`), so a start-up reads them back instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

try:  # the parser's tree and opcodes (3.11-3.13); without them, every pattern runs whole
    from re import _constants as c  # noqa
    from re import _parser
except ImportError:  # pragma: no cover - another Python's re
    c = _parser = None

from monitor.extract.quick import read_table, source_digest, store_table

_WILD = "\0"  # a character the pattern does not spell (a class, any character): no hint holds it
_BUDGET = 4000  # spellings followed at once; a pattern with more is run whole
_MAX_REPEAT_SPREAD = 4  # a repeat {m,n} is written out only for n - m up to this
# Beyond this reach the window's positions, each tried in full, cost more than the engine's scan for a
# pattern's first letters from the window's start (`Windowed._searched`).
_LONG_REACH = 32
_MAX_UNLESS = 8  # whole matches without a hint word, each a substring test of the sentences holding its hints


# ``\s`` as the parser reads it (a class of one category)
_SPACE = [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])] if c is not None else None


class _Unbounded(Exception):
    """Past this point the pattern's spellings are not written out: no reach."""


class Reach(NamedTuple):
    """``distance``: the largest distance from a match's start to the start of the first hint word
    it is sure to hold; ``unless``: the whole matches, in lower case, that hold none (a pattern
    whose hints leave a rare form out: "wins back" under "won back|win back"), which a sentence
    must not hold for the distance to tell where matches start."""

    distance: int
    unless: tuple[str, ...] = ()


def hint_reach(pattern: str, flags: int, hints: tuple[str, ...], single_spaces: bool = False) -> Reach | None:
    r"""How far before its hint words every match of ``pattern`` starts (`Reach`); None when a
    match may hold none within a bound that is worked out here, and may be other than a few
    words spelt out letter by letter. Hint words are lower case and found in the lower-cased
    text (`scan.lower_same_length`), so the letters the pattern spells are lowered too.

    ``single_spaces``: the reach in a text where no two whitespace characters follow each other
    (most sentences), where ``\s+`` matches one character and ``\s*`` one or none: "(?:is|are|
    was)\s+(?:now\s+)?in\s+control" then has a bound, which it has not in general."""
    if _parser is None or not hints:
        return None
    try:
        items = _parser.parse(pattern, flags).data
        # Spelt only as far as a hint word can reach back (its length less one): what came before
        # cannot make a hint word of the letters still to come, and ways that spell alike that far
        # go on alike. Should ways through the whole pattern be left without a hint word, they are
        # spelt again in full, to tell whether they are a few plain words (`Reach.unless`).
        walk = _Walk(hints, single_spaces, max(map(len, hints)) - 1)
        left = walk.sequence(items, {(0, "")})
        if left:
            walk = _Walk(hints, single_spaces, None)
            left = walk.sequence(items, {(0, "")})
    except (_Unbounded, RecursionError, re.error, TypeError, ValueError, AttributeError):
        return None
    unless = {spelt for _, spelt in left}
    if not walk.done or any(_WILD in spelt or not spelt for spelt in unless) or len(unless) > _MAX_UNLESS:
        return None  # a way through the whole pattern that holds no hint word, and not only a few words
    return Reach(max(walk.done), tuple(sorted(unless)))


# (source, flags, hints, single_spaces) -> the reach, or None: worked out once (`known_reach`), and kept
# in the monitor's cache folder for the next start-up (`keep`, read back by `read_kept`): reading the
# trigger patterns takes a few tenths of a second, which a start-up (its first claim within half a
# second) cannot spend.
REACHES: dict[tuple[str, int, tuple[str, ...], bool], Reach | None] = {}
_NAME = "hint-reach"
_FORMAT = "1"


def known_reach(source: str, flags: int, hints: tuple[str, ...], single_spaces: bool) -> Reach | None:
    """`hint_reach`, worked out once per pattern (or read back from an earlier run's, see `keep`)."""
    key = (source, int(flags), hints, single_spaces)
    if key not in REACHES:
        REACHES[key] = hint_reach(*key)
    return REACHES[key]


def read_kept() -> None:
    """Take in the reaches an earlier run kept (none when there is no readable file)."""
    kept = read_table(_NAME, _digest()) or {}
    REACHES.update({key: Reach(*value) if value is not None else None for key, value in kept.items()})


def keep(keys: Iterable[tuple[str, int, tuple[str, ...], bool]]) -> None:
    """Work out the reaches of ``keys`` not known yet and, if there were any, keep those of all
    ``keys`` for the next start-up."""
    keys = list(keys)
    missing = [key for key in keys if key not in REACHES]
    if not missing:
        return
    for key in missing:
        REACHES[key] = hint_reach(*key)
    store_table(_NAME, _digest(), {key: tuple(REACHES[key]) if REACHES[key] is not None else None for key in keys})


def _digest() -> str:
    return source_digest(__file__, _FORMAT)


class _Walk:
    """The ways through a pattern, spelt: each a (length so far, its last ``keep`` characters, or all
    of them when ``keep`` is None). A way that comes to hold a hint word leaves; where its hint
    starts is added to ``done``."""

    def __init__(self, hints: tuple[str, ...], single_spaces: bool, keep: int | None) -> None:
        self.hints = hints
        self.single_spaces = single_spaces
        self.keep = keep
        self.done: list[int] = []

    def sequence(self, items, ways: set[tuple[int, str]]) -> set[tuple[int, str]]:
        """The ways after the sequence ``items``, of those that held no hint word yet."""
        for op, av in items:
            if not ways:
                break
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero width
            if op is c.LITERAL:
                ways = self._add(ways, chr(av).lower()[:1])
            elif op in (c.NOT_LITERAL, c.ANY, c.IN):
                ways = self._add(ways, _WILD)
            elif op is c.SUBPATTERN:
                ways = self.sequence(av[3].data, ways)
            elif op is c.ATOMIC_GROUP:
                ways = self.sequence(av.data, ways)
            elif op is c.BRANCH:
                out: set[tuple[int, str]] = set()
                for alternative in av[1]:
                    out |= self.sequence(alternative.data, ways)
                ways = out
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, sub = av
                if self.single_spaces and list(sub.data) == _SPACE:
                    low, high = min(low, 1), min(high, 1)  # (one whitespace character at most, see hint_reach)
                if high - low > _MAX_REPEAT_SPREAD:
                    raise _Unbounded
                for _ in range(low):
                    ways = self.sequence(sub.data, ways)
                out = set(ways)
                for _ in range(high - low):
                    ways = self.sequence(sub.data, ways)
                    out |= ways
                ways = out
            else:  # a back-reference, a conditional: not followed
                raise _Unbounded
            if len(ways) > _BUDGET:
                raise _Unbounded
        return ways

    def _add(self, ways: set[tuple[int, str]], char: str) -> set[tuple[int, str]]:
        """The ways with one more character; those it completes a hint word for leave."""
        kept = set()
        keep, hints = self.keep, self.hints
        for length, spelt in ways:
            spelt += char
            at = [i for i in (spelt.find(hint) for hint in hints) if i >= 0]
            if at:
                self.done.append(length + 1 - len(spelt) + min(at))
            else:
                kept.add((length + 1, spelt if keep is None else spelt[-keep:] if keep else ""))
        return kept


class Windowed:
    """A pattern searched only where its matches can start: at most ``reach`` characters
    before an occurrence of one of its hint words."""

    def __init__(self, regex: re.Pattern[str], reach: int, unless: tuple[str, ...] = ()) -> None:
        self.regex = regex
        self.reach = reach
        self.unless = unless  # (see `Reach`: the caller searches a sentence holding one of these whole)
        # One call tries the pattern at each of the reach + 1 positions from where it is called, in
        # order (a lazy prefix), and reports the first that matches, where the match itself starts.
        self._window = (re.compile(rf"(?s:.){{0,{reach}}}?(?P<_window_start>(?:{regex.pattern}))", regex.flags)
                        if reach <= _LONG_REACH else None)

    def finditer(self, text: str, start: int, end: int, hints: list[int]):
        """What ``regex.finditer(text, start, end)`` yields, given ``hints``: where in
        text[start:end] (in order) the pattern's hint words start. Each match starts at one
        of the positions tried (none lies more than ``reach`` before a hint), and they are
        tried in order from where the last match ended, as the engine's own search does; the
        match at a position is the same whatever the position searched from (a lookbehind or
        ``\\b`` sees the text before it)."""
        if self.reach > _LONG_REACH:
            yield from self._searched(text, start, end, hints)
            return
        reach, window, regex = self.reach, self._window.match, self.regex.match
        tried = start  # every position before this is tried, or past a match
        for hint in hints:
            while True:
                lo = hint - reach if hint - reach > tried else tried
                if lo > hint:
                    break
                found = window(text, lo, end)
                if found is None:
                    tried = lo + reach + 1
                    break
                match = regex(text, found.start("_window_start"), end)
                if match is None or match.end() == match.start():  # (cannot be: the same pattern, and a hint
                    # word in it; the whole search, should it ever be)
                    yield from self.regex.finditer(text, found.start("_window_start"), end)
                    return
                yield match
                tried = match.end()

    def _searched(self, text: str, start: int, end: int, hints: list[int]):
        """`finditer` for a long reach: the engine's search from the first position a hint allows (it
        scans quicker than the window's positions are tried one by one, and may stop at a match
        beyond the window: the first match there is, then)."""
        reach, search = self.reach, self.regex.search
        tried = start
        for hint in hints:
            while hint >= tried:
                match = search(text, hint - reach if hint - reach > tried else tried, end)
                if match is None:
                    return
                if match.end() == match.start():  # (cannot be, as above)
                    yield from self.regex.finditer(text, match.start(), end)
                    return
                yield match
                tried = match.end()
