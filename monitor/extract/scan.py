"""Where words start in a text: one Aho-Corasick pass per article instead of a regular
expression tried at every position of every sentence.

A reader that looks for, say, actors ("Russian forces", "we", "the enemy") or speech verbs
asks which of their first words occur in a sentence, and runs its full pattern only at those
positions (``pattern.match(text, position)``). Words are matched in lower case, at the start
of a word (not inside one: "its" is not found in "units").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import ahocorasick


class WordStarts:
    """The start positions, in one text, of any of a fixed set of words."""

    def __init__(self, automaton: ahocorasick.Automaton, text: str, lowered: str | None = None) -> None:
        lowered = lowered if lowered is not None else lower_same_length(text)
        starts = []
        for end, length in automaton.iter(lowered):
            start = end - length + 1
            if start and (lowered[start - 1].isalnum() or lowered[start - 1] in "_'’"):
                continue  # inside a word
            starts.append(start)
        self._starts = sorted(set(starts))

    def between(self, start: int, end: int) -> list[int]:
        """Positions in [start, end), in order."""
        return self._starts[bisect_left(self._starts, start):bisect_left(self._starts, end)]


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
