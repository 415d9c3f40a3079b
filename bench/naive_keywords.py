"""The comparison for extraction: a naive keyword matcher, as GDELT-style pipelines do.

A sentence that holds a control keyword and a place name from a given list makes a
claim whose side is the keyword's usual side. It is handed the place list up front and
builds its one regular expression once (`NaiveMatcher`), so a comparison measures its
matching, not the compiling of a 29,000-name pattern per text.
"""

from __future__ import annotations

import re

KEYWORDS = {
    "liberated": "ukraine", "recaptured": "ukraine", "retook": "ukraine", "retaken": "ukraine",
    "captured": "russia", "occupied": "russia", "withdrew": "ukraine", "retreated": "ukraine",
    "surrounded": "contested", "fighting": "contested",
}
# The same senses in Ukrainian and Russian, as stems (a naive matcher has no morphology).
CYRILLIC_KEYWORDS = {
    "звільн": "ukraine", "визвол": "ukraine", "деокуп": "ukraine", "освобод": "russia", "захопи": "russia",
    "захвач": "russia", "окупов": "russia", "оккупир": "russia", "заня": "russia", "відступ": "ukraine",
    "отступ": "ukraine", "вийшл": "russia", "оточ": "contested", "окруж": "contested", "бої": "contested",
    "бои": "contested",
}
_SENTENCE = re.compile(r"[^.!?\n]+")


class NaiveMatcher:
    """Keywords and one alternation of every place name, compiled once."""

    def __init__(self, places: list[str], keywords: dict[str, str] | None = None) -> None:
        self._pattern = re.compile(r"\b(" + "|".join(map(re.escape, places)) + r")\b")
        self._keywords = keywords or KEYWORDS

    def claims(self, text: str) -> list[tuple[str, str, str]]:
        found = []
        keywords = self._keywords
        for sentence in _SENTENCE.finditer(text):
            words = sentence.group(0).lower()
            keyword = next((k for k in keywords if k in words), None)
            if keyword is None:
                continue
            for place in self._pattern.findall(sentence.group(0)):
                found.append((place, keywords[keyword], sentence.group(0)))
        return found


def naive_claims(text: str, places: list[str]) -> list[tuple[str, str, str]]:
    """One text, the matcher built for it (kept for callers that have no matcher)."""
    return NaiveMatcher(places).claims(text)
