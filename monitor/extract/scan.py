"""Where words start in a text: one Aho-Corasick pass per article instead of a regular
expression tried at every position of every sentence; and where a pattern anchored at the end of
what it reads can start (`Trailing`).

A reader that looks for, say, actors ("Russian forces", "we", "the enemy") or speech verbs
asks which of their first words occur in a sentence, and runs its full pattern only at those
positions (``pattern.match(text, position)``). Words are matched in lower case, at the start
of a word (not inside one: "its" is not found in "units").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick


class WordStarts:
    """The start positions, in one text, of any of a fixed set of words."""

    def __init__(self, automaton: ahocorasick.Automaton | None, text: str, lowered: str | None = None,
                 starts: list[int] | None = None) -> None:
        """``starts``: where the words start, found by the caller (`claims._scan_words`, one pass for
        several automata's words) instead of by a pass of ``automaton`` of its own."""
        if starts is None:
            lowered = lowered if lowered is not None else lower_same_length(text)
            starts = []
            for end, length in automaton.iter(lowered):
                start = end - length + 1
                if not opens_word(lowered, start):
                    continue  # inside a word
                starts.append(start)
        self._starts = sorted(set(starts))

    def between(self, start: int, end: int) -> list[int]:
        """Positions in [start, end), in order."""
        return self._starts[bisect_left(self._starts, start):bisect_left(self._starts, end)]


def opens_word(lowered: str, start: int) -> bool:
    """Whether a word found at ``start`` begins there, not inside another word."""
    return not start or not (lowered[start - 1].isalnum() or lowered[start - 1] in "_'’")


def automaton_of(words: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in {w.lower() for w in words if w}:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def lower_same_length(text: str) -> str:
    """The text in lower case, one character for one (so offsets stay the text's)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


# Letters that an IGNORECASE pattern takes for a Latin or Cyrillic letter though lower() does not make
# them that letter: dotless ı (i), long ſ (s), and the old Cyrillic variants of в д о с т ъ ѣ ꙋ.
_CASE_VARIANTS = str.maketrans("\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88",
                               "\u0069\u0073\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\ua64b")
_HAS_CASE_VARIANT = re.compile("[\u0131\u017f\u1c80-\u1c88]")
HAS_CASE_VARIANT = _HAS_CASE_VARIANT  # (for the trigger search, which reads hint words from the lowered text too)


def caseless(text: str) -> str:
    """``text`` lowered for prefilters, one character for one (offsets stay the text's): a word an
    IGNORECASE pattern matches in ``text`` is, in lower case, a plain substring of the result at the
    same place. So a substring test (``in``, ``find``) can rule such a pattern out before it runs:
    where the words it needs are absent it cannot match."""
    lowered = lower_same_length(text)
    if not lowered.isascii() and _HAS_CASE_VARIANT.search(lowered):
        lowered = lowered.translate(_CASE_VARIANTS)
    return lowered


class Trailing(NamedTuple):
    """A pattern anchored at the end of what it reads (``\\s+$``: the words before a name; the
    word before a full stop) that spans at most ``words`` words, whitespace apart.

    A match then starts nowhere before those last words, and `search` starts there: searched from
    the start of what it reads, the engine tries the pattern at each position of it. The same
    match either way (a lookbehind or ``\\b`` still sees the text before the position searched
    from; ``^`` matches at 0 only, where a match that starts the text starts in its last words)."""

    pattern: re.Pattern[str]
    words: int

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos + last_words(text[pos:end], self.words), end)


def last_words(text: str, words: int) -> int:
    """Where the last ``words`` words of ``text`` begin (the space before them included)."""
    head = text.rsplit(None, words)
    return len(head[0]) if len(head) > words else 0
