"""Aliases of a settlement: the other spellings news uses for it, with GeoNames' noise removed.

Sources: the Cyrillic official name, the y-form transliteration (Kupyansk), GeoNames'
alternate names (Russian-based spellings, exonyms such as Kharkov/Kiev, former names such
as Artemivsk) and Latin renderings of its Russian/former Cyrillic names (Балаклея →
Balakleya). Noise removed: codes (HRK), romanisations of other scripts (lower-case pinyin),
other scripts, names with digits or URLs, very short names, and Latin names that resemble
neither the place's name nor any of its Cyrillic names (GeoNames lists nearby places and
unrelated names too).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from monitor.gazetteer.build.geonames import GeoPlace
from monitor.gazetteer.keys import consonant_skeleton, name_key
from monitor.gazetteer.translit import looks_russian, looks_ukrainian, ru_to_latin, uk_to_latin

_LATIN_OK = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f' \u2019.-]*$")
_CYRILLIC_OK = re.compile(r"^[А-ЯЁЄІЇҐ][А-ЯЁЄІЇҐа-яёєіїґ' \u2019-]*$")  # Ukrainian/Russian only
MIN_KEY = 4  # an alias shorter than this matches too much text


def place_aliases(name: str, name_uk: str, geo: GeoPlace | None) -> list[str]:
    """Accepted aliases of one settlement, each keyed differently from its names and each other."""
    cands: list[str] = [name_uk.replace("\u2019", ""), uk_to_latin(name_uk, y_forms=True)]
    if geo is not None:
        cands += _from_geonames(name, name_uk, geo)
    seen = {name_key(name), name_key(name_uk)}
    out = []
    for alias in cands:
        key = name_key(alias)
        if key in seen or len(key.replace(" ", "")) < MIN_KEY:
            continue
        seen.add(key)
        out.append(alias)
    return out


def _from_geonames(name: str, name_uk: str, geo: GeoPlace) -> list[str]:
    unstressed = (a.replace("\u0301", "") for a in geo.alternatenames)
    cyrillic = [a for a in unstressed if _CYRILLIC_OK.match(a)]
    latin = [a for a in geo.alternatenames + (geo.name,) if _is_latin_name(a)]
    out: list[str] = []
    for cyr in cyrillic:
        out.append(cyr)
        if not looks_russian(cyr):
            out.append(uk_to_latin(cyr))
        if not looks_ukrainian(cyr):
            out.append(ru_to_latin(cyr))
    # Latin names must resemble the name or one of the Cyrillic names (as romanised).
    anchors = {consonant_skeleton(name)} | {consonant_skeleton(ru_to_latin(c)) for c in cyrillic}
    anchors |= {consonant_skeleton(uk_to_latin(c)) for c in cyrillic if looks_ukrainian(c)}
    for alias in latin:
        sk = consonant_skeleton(alias)
        if sk in anchors or max(fuzz.ratio(sk, a) for a in anchors) >= 80:
            out.append(alias)
    return out


def _is_latin_name(alias: str) -> bool:
    """A Latin-script proper name: capitalised, no codes (HRK), digits or URLs."""
    if not _LATIN_OK.match(alias) or alias.isupper() or "http" in alias or ".." in alias:
        return False
    return not alias.endswith(".")
