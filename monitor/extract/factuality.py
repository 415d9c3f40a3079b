"""How sure a claim is: predicted, hedged, denied, or historical background.

Cues are read in the claim's own clause: parentheticals that hold neither the place nor
the trigger ("– denying some unconfirmed reports –") are cut out first, so their words
do not colour the claim around them.
"""

from __future__ import annotations

import re
from datetime import datetime

_FUTURE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|likely to|unlikely to|expected to|poised to|set to|about to|going to|"
    r"is to|are to|intends? to|hopes? to|wants? to|aims? to|plans? to|planning to|efforts? to|attempts? to|"
    r"attempting to|trying to|tried to|try to|seeks? to|seeking to|bid to|threatens? to|threatening to|order to|"
    r"focus(?:ed|es|ing)? on(?: the)?|goal of|ready to|preparing to|prepare to|push(?:ing)? to|designed to|"
    r"in a position to|chance to|able to|unable to|if|unless|whether|sought to|vow(?:s|ed)? to|promis(?:e|es|ed) to|"
    r"pledg(?:e|es|ed) to|determined to|drive to|campaign to|offensive to|operation to|ambitions? to|bid to|"
    r"attempt(?:s|ed)? to|hoping to|in order to|so as to)\b(?:\s+[\w'’-]+){0,3}\s*[\"“”']?\s*$",
    re.IGNORECASE)
_HEDGED_PAST = re.compile(r"\b(?:may|might|could) have\b(?:\s+[\w'’-]+){0,2}\s*$", re.IGNORECASE)
_NEXT = re.compile(r"^\s*(?:[\w'’-]+\s+){0,6}?(?:in|within) the (?:next|coming) (?:few )?(?:hours|days|weeks)", re.I)
_NEGATION = re.compile(r"\b(?:not|n['’]t|never|no|failed to|fail to|fails to|without|yet to)\s+(?:[\w'’-]+\s+){0,2}$"
                       r"|\bno\s+(?:signs?|indications?|evidence|confirmation|proof)\b[^.;]*$", re.IGNORECASE)
# Hedges that colour a whole sentence, and hedges that colour only their own clause.
_SENTENCE_HEDGE = re.compile(
    r"\b(?:reportedly|unconfirmed|unverified|rumou?rs?|rumou?red|could not (?:be )?(?:independently )?verif\w*|"
    r"cannot (?:be )?(?:independently )?verif\w*|not (?:been |be )?(?:independently |officially )?(?:verified|confirmed)|"
    r"haven['’]t been (?:officially |independently )?confirmed|allegedly|purportedly|"
    r"(?:not|no)\s+(?:yet\s+)?(?:observed\s+|seen\s+)?(?:any\s+)?(?:visual\s+|independent\s+)?confirmation)\b",
    re.IGNORECASE)
_CLAUSE_HEDGE = re.compile(
    r"\b(?:apparently|appears? to|appeared to|seem(?:s|ed)? to|suggest(?:s|ed|ing)?|likely|may have|might have|"
    r"(?:videos?|footage|photos?|images?)\b(?:\s+[\w'’-]+){0,4}\s+(?:appeared|circulat\w+|emerged|surfaced)|"
    r"social (?:media|networks)|telegram channels)\b",
    re.IGNORECASE)
_CONFIRMED = re.compile(r"(?<!un)(?<!not )\bconfirm(?:ed|s|ing)?\b", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = re.compile(r"\b(?:in|since|by|until|back in|from)\s+(?:early\s+|mid-?|late\s+)?(" + "|".join(_MONTHS) +
                    r")\b(?!\s+\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|since|back in|from)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(?:in|since|by|until|back in|from|of)\s+(?:early\s+|mid-?|late\s+)?(" + "|".join(_MONTHS) +
                         r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# Any year before 2014 is another war's: "On Sept. 29 and 30, 1941, …".
_OLD_YEAR = re.compile(r"(?<![\d,.])\b(1[89]\d\d|200\d|201[0-3])\b(?![\d,.]\d)")
_BACKGROUND = re.compile(
    r"\b(?:earlier this year|last year|previously|(?:first|early) (?:days|weeks|months) of the (?:full-scale )?(?:war|invasion)|"
    r"at the (?:start|beginning|outset) of the (?:full-scale )?(?:war|invasion)|back in|years? ago|months ago|"
    r"last month|a month ago|last (?:spring|summer|autumn|fall|winter))\b",
    re.IGNORECASE)


def modality(before: str, after: str) -> str | None:
    """'predicted' for the future or an intention, 'unconfirmed' for 'may have'; else None."""
    if _HEDGED_PAST.search(before):
        return "unconfirmed"
    if _FUTURE.search(before) or _NEXT.match(after):
        return "predicted"
    return None


def negated(before: str) -> bool:
    return bool(_NEGATION.search(before))


def hedged(sentence: str, clause: str = "") -> bool:
    """Hedged by the sentence ("reportedly") or by the claim's own clause ("may have")."""
    if _SENTENCE_HEDGE.search(sentence):
        return True
    return bool(clause and _CLAUSE_HEDGE.search(clause) and not _CONFIRMED.search(clause))


def historical(scope: str, published: datetime | None) -> bool:
    """Background: a month or year named that is not the article's own time."""
    if _BACKGROUND.search(scope):
        return True
    for found in _MONTH.finditer(scope):
        month = _MONTHS.index(found.group(1).lower()) + 1
        if published is None or month != published.month:
            return True
    if not _DIGITS.search(scope):
        return False
    for found in _YEAR.finditer(scope):
        if published is None or int(found.group(1)) < published.year:
            return True
    for found in _MONTH_YEAR.finditer(scope):
        month, year = _MONTHS.index(found.group(1).lower()) + 1, int(found.group(2))
        if published is None or (year, month) < (published.year, published.month):
            return True
    return bool(_OLD_YEAR.search(scope))


_DIGITS = re.compile(r"\d\d\d\d")
_PARENTHETICAL = re.compile(r"\s[–—]\s[^–—]*?\s[–—]\s|\([^()]*\)|,\s+(?:which|who)\b[^,;]*,")


def clause_scope(text: str, start: int, end: int, *keep: tuple[int, int]) -> str:
    """The sentence with parentheticals removed, except those overlapping a ``keep`` span
    (the place, the trigger)."""
    sentence = text[start:end]
    pieces, cursor = [], 0
    for found in _PARENTHETICAL.finditer(sentence):
        lo, hi = start + found.start(), start + found.end()
        if any(lo < k[1] and k[0] < hi for k in keep):
            continue
        pieces.append(sentence[cursor:found.start()])
        pieces.append(" ")
        cursor = found.end()
    pieces.append(sentence[cursor:])
    return "".join(pieces)
