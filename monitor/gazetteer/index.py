"""The search structures the place matcher runs on, built once per process.

One Aho-Corasick automaton holds every name key of every settlement (Latin, Cyrillic and
aliases), the names of oblasts and raions (so "Kharkiv Oblast" can be read as a region),
and Cyrillic stems so inflected forms match (Харкова, Ізюмі, Куп'янську). Short keys are
left out: below MIN_LETTERS letters a name matches ordinary words far more often than
places. Fuzzy buckets hold the single-word Latin names of the larger places.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from monitor.gazetteer.keys import consonant_skeleton, name_keys
from monitor.gazetteer.loader import load_gazetteer
from monitor.gazetteer.model import Gazetteer

MIN_LETTERS = 4
FUZZY_MIN_LEN = 7
FUZZY_MIN_PROMINENCE = 1000  # fuzzy matching only towards places this large (or larger)
SKELETON_MIN = 4  # consonants: shorter skeletons pair too many unrelated names
_CITY_UNITS = ("UA80", "UA85")  # Kyiv and Sevastopol are settlements, not regions, in text
_CYR_VOWELS = "аяеєоиіїуюьй"
# Case endings of Ukrainian and Russian nouns/adjectives a stem may take (Харкова, Ізюмі).
ENDINGS = frozenset("""
а я у ю і и ї е є о ом ем єм ою ею єю ів їв ах ях ам ям ами ями ого ому ій ім ої ий ей ові
еві ії ію ією ия ию ии ией ья ье ый ая ое ой ую
""".split())


class Entry(NamedTuple):
    """What one automaton key stands for. stem_* hold ids reachable only with a case ending."""

    key: str
    places: tuple[str, ...]
    units: tuple[str, ...]
    stem_places: tuple[str, ...]
    stem_units: tuple[str, ...]


@dataclass(frozen=True)
class MatchIndex:
    automaton: ahocorasick.Automaton
    by_key: dict[str, Entry]
    fuzzy: dict[str, tuple[str, ...]]  # first two letters → candidate keys


def cyrillic_stem(key: str) -> str | None:
    """The part of a one-word Cyrillic name its inflected forms share (харків → харков)."""
    if " " in key or len(key) < MIN_LETTERS or not ("\u0430" <= key[0] <= "\u0491"):
        return None
    if key.endswith("ів") or key.endswith("їв"):
        return key[:-2] + ("ов" if key[-2] == "і" else "єв")
    stem = key
    while len(stem) > len(key) - 2 and stem[-1] in _CYR_VOWELS:
        stem = stem[:-1]
    return stem if len(stem) >= MIN_LETTERS else None


def _letters(key: str) -> int:
    return len(key) - key.count(" ") - key.count("'")


@lru_cache(maxsize=1)
def skeleton_index() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton → place ids, over every Latin name and alias. It pairs
    Russian-based spellings no source lists (Rabotino ~ Robotyne, Kleshcheyevka ~
    Klishchiivka); too loose to use except near places an article already names."""
    gaz = load_gazetteer()
    index: dict[str, list[str]] = defaultdict(list)
    for place_id, names, _ in gaz.names():
        for sk in {consonant_skeleton(n) for n in names if n.isascii()}:
            if len(sk) >= SKELETON_MIN:
                index[sk].append(place_id)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def match_index() -> MatchIndex:
    """Build (once) the automaton and fuzzy buckets from the packaged gazetteer."""
    return build_index(load_gazetteer())


def build_index(gaz: Gazetteer) -> MatchIndex:
    places = gaz.name_index  # key → place ids, most prominent first
    prominence = {place_id: prom for place_id, _, prom in gaz.names()}
    units: dict[str, list[str]] = defaultdict(list)
    for unit in gaz.units:
        if unit.level == "hromada" or unit.id.startswith(_CITY_UNITS):
            continue
        for key in set(name_keys([unit.label, unit.name, unit.name_uk, *unit.aliases])):
            units[key].append(unit.id)

    stems: dict[str, tuple[list[str], list[str]]] = {}
    sources: tuple[dict[str, tuple[str, ...]] | dict[str, list[str]], ...] = (places, units)
    for i, source in enumerate(sources):
        for key, ids in source.items():
            if key[0] < "\u0430" or (stem := cyrillic_stem(key)) is None:
                continue
            bucket = stems.setdefault(stem, ([], []))[i]
            bucket.extend(x for x in ids if x not in bucket)

    by_key = {k: Entry(k, tuple(ids), (), (), ()) for k, ids in places.items()}
    for key, ids in units.items():
        by_key[key] = by_key.get(key, Entry(key, (), (), (), ()))._replace(units=tuple(ids))
    for key, (sp, su) in stems.items():
        by_key[key] = by_key.get(key, Entry(key, (), (), (), ()))._replace(
            stem_places=tuple(sp), stem_units=tuple(su))
    automaton = ahocorasick.Automaton()
    for key, entry in list(by_key.items()):
        if _letters(key) < MIN_LETTERS:
            del by_key[key]
        else:
            automaton.add_word(key, entry)
    automaton.make_automaton()

    fuzzy: dict[str, list[str]] = defaultdict(list)
    for key, ids in places.items():
        if len(key) >= FUZZY_MIN_LEN and key.isascii() and key.isalpha() \
                and prominence[ids[0]] >= FUZZY_MIN_PROMINENCE:
            fuzzy[key[:2]].append(key)
    return MatchIndex(automaton, by_key, {k: tuple(v) for k, v in fuzzy.items()})
