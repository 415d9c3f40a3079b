"""The comparison for extraction: a naive keyword matcher, as GDELT-style pipelines do.

A sentence that holds a control keyword and a place name from a given list makes a
claim whose side is the keyword's usual side. It is handed the place list up front.
"""

from __future__ import annotations

import re

KEYWORDS = {
    "liberated": "ukraine", "recaptured": "ukraine", "retook": "ukraine", "retaken": "ukraine",
    "captured": "russia", "occupied": "russia", "withdrew": "ukraine", "retreated": "ukraine",
    "surrounded": "contested", "fighting": "contested",
}
_SENTENCE = re.compile(r"[^.!?\n]+")


def naive_claims(text: str, places: list[str]) -> list[tuple[str, str, str]]:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, places)) + r")\b")
    claims = []
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group(0).lower()
        keyword = next((k for k in KEYWORDS if k in words), None)
        if keyword is None:
            continue
        for place in pattern.findall(sentence.group(0)):
            claims.append((place, KEYWORDS[keyword], sentence.group(0)))
    return claims
