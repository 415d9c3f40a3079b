"""Sentence spans with character offsets, for evidence that can be found in the document.

Splits at line breaks (headlines, captions; not inside a hard-wrapped sentence) and at . ! ? followed by a capital, a digit
or an opening quote, except after abbreviations (Sept., Gen., U.S.) and initials; and where a scraped page lost the
space after a stop ("said.Earlier").
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from monitor.extract.scan import Trailing
from typing import NamedTuple

ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen lt col maj capt sgt
    gov sen rep prof no vs etc approx dept est inc ltd co corp jr sr u.s u.k e.g i.e a.m p.m""".split()
)
# (An encyclopaedia's reference marks follow the stop: "in the city.[1][2] The ministry …".
# Scraped pages lose the space between paragraphs: "the statement said.Earlier it was reported";
# a word of lower-case letters, a stop and a capitalised word split there too. "U.S.Army" does not.)
# Both kinds open at a stop, the pattern's first character: a pattern that opens with a class is
# looked for with the engine's fast scan for it (one that opens with a lookahead or a lookbehind is
# tried at every position). The second kind's two lower-case letters are tested after the stop.
_BOUNDARY = re.compile(r"[.!?…](?:[.!?…]*[\"'”’»)\]]*(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])*\s+"
                       r"(?=[\"'“‘«(\[]?[A-Z0-9А-ЯІЇЄҐ])|"
                       r"(?<=[a-zа-яёіїєґ]{2}[.!?])[\"”»]?(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]))")
# The word a stop ends (searched from where that word begins, see `Trailing`).
_WORD_BEFORE = Trailing(re.compile(r"([\w.]+)[.!?…]*[\"'”’»)\]]*$"), words=1)


class Sentence(NamedTuple):
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentence spans, stripped of surrounding whitespace."""
    spans: list[Sentence] = []
    for start, end in _logical_lines(text):
        _split_line(text, start, end, spans)
    return spans


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Lines, a hard-wrapped sentence joined again: a line that does not end a sentence and a
    next line that opens in lower case are one ("If Russian\nforces take Slovyansk, …", as
    reports copied from PDFs are wrapped); a headline's line, or a blank line, still ends."""
    lines: list[tuple[int, int]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line)
        position = end
        if lines and _continues(text, lines[-1], start, end):
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((start, end))
    return lines


def _continues(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    body = text[previous[0]:previous[1]].rstrip()
    opening = text[start:end].lstrip()
    return bool(body) and bool(opening) and opening[0].islower() and body[-1] not in ".!?:;…\"”»"


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
