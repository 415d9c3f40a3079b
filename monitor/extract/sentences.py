"""Sentence spans with character offsets, for evidence that can be found in the document.

Splits at line breaks (headlines, captions) and at . ! ? followed by a capital, a digit
or an opening quote, except after abbreviations (Sept., Gen., U.S.) and initials.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from typing import NamedTuple

ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen lt col maj capt sgt
    gov sen rep prof no vs etc approx dept est inc ltd co corp jr sr u.s u.k e.g i.e a.m p.m""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9А-ЯІЇЄҐ])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’»)\]]*$")


class Sentence(NamedTuple):
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentence spans, stripped of surrounding whitespace."""
    spans: list[Sentence] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        _split_line(text, line_start, line_start + len(line), spans)
        line_start += len(line)
    return spans


def _split_line(text: str, start: int, end: int, out: list[Sentence]) -> None:
    piece_start = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(piece_start, boundary.start() - 40), boundary.start() + 1)
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        _emit(text, piece_start, boundary.end(), out)
        piece_start = boundary.end()
    _emit(text, piece_start, end, out)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
