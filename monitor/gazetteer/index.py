"""The search structures the place matcher runs on, built once per process.

One Aho-Corasick automaton holds every name key of every settlement (Latin, Cyrillic and
aliases), the names of oblasts and raions (so "Kharkiv Oblast" can be read as a region),
and every grammatical case of the Cyrillic names (Харкова, Ізюмі, Куп'янську, Харківської),
made at build time by pymorphy3 (gazetteer/build/forms.py, stored in forms.tsv.gz). Short
keys are left out: below MIN_LETTERS letters a name matches ordinary words far more often
than places. Fuzzy buckets hold the single-word Latin names of the larger places.
"""

from __future__ import annotations

import marshal
import pickle
from array import array
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from monitor.gazetteer.cache import cached_bytes, data_digest
from monitor.gazetteer.keys import name_keys, spelling_skeleton
from monitor.gazetteer.loader import load_gazetteer
from monitor.gazetteer.model import Gazetteer

MIN_LETTERS = 4
FUZZY_MIN_LEN = 7
FUZZY_MIN_PROMINENCE = 1000  # fuzzy matching only towards places this large (or larger)
SKELETON_MIN = 4  # consonants: shorter skeletons pair too many unrelated names
_CITY_UNITS = ("UA80", "UA85")  # Kyiv and Sevastopol are settlements, not regions, in text
class Entry(NamedTuple):
    """What one automaton key stands for. form_* hold the ids whose name takes this key only
    as an inflected form (Куп'янську), not as the name itself."""

    key: str
    places: tuple[str, ...]
    units: tuple[str, ...]
    form_places: tuple[str, ...]
    form_units: tuple[str, ...]
    # "~": a case form another part of speech also takes (Українська, Покровська); "^": one a
    # common noun also takes (Сили, Ізюму); "!": a name that is itself an ordinary word
    # (Прапор, Ізюм); "": none of these.
    caution: str = ""

    def encode(self) -> str:
        return "\t".join((self.key, *(",".join(ids) for ids in self[1:5]), self.caution))

    @classmethod
    def decode(cls, line: str) -> "Entry":
        key, *groups, caution = line.split("\t")
        return cls(key, *(tuple(g.split(",")) if g else () for g in groups), caution=caution)


class PackedLines:
    """Many short strings as one UTF-8 blob and their offsets: what the cache file holds of
    the entries. Unpickling 220,000 separate strings took 0.065 s of every start-up, one
    blob and one array a few milliseconds; a line is decoded when asked for."""

    def __init__(self, lines: list[str]) -> None:
        encoded = [line.encode() for line in lines]
        self._offsets = array("Q", [0])
        for line in encoded:
            self._offsets.append(self._offsets[-1] + len(line))
        self._blob = b"".join(encoded)

    def __getitem__(self, index: int) -> str:
        return self._blob[self._offsets[index]:self._offsets[index + 1]].decode()

    def __len__(self) -> int:
        return len(self._offsets) - 1


class MatchIndex:
    """The automaton maps each key to its entry number and length (number << 8 | length, so
    a match inside a longer word is dropped without decoding anything); entries are decoded
    when matched (a text matches a few dozen of the 160,000), which is what makes the index
    quick to read back from the cache."""

    def __init__(self, automaton: ahocorasick.Automaton, entries: list[str] | PackedLines,
                 fuzzy: dict[str, tuple[str, ...]]) -> None:
        self.automaton = automaton
        self._entries = entries if isinstance(entries, PackedLines) else PackedLines(entries)
        self._decoded: dict[int, Entry] = {}
        self.fuzzy = fuzzy  # first two letters → candidate keys

    def entry(self, value: int) -> Entry:
        """The entry of an automaton value."""
        found = self._decoded.get(value)
        if found is None:
            found = self._decoded[value] = Entry.decode(self._entries[value >> 8])
        return found

    def get(self, key: str) -> Entry | None:
        value = self.automaton.get(key, -1)
        return None if value < 0 else self.entry(value)

    def __contains__(self, key: str) -> bool:
        return self.automaton.exists(key)

    def __len__(self) -> int:
        return len(self._entries)


def _letters(key: str) -> int:
    return len(key) - key.count(" ") - key.count("'")


@lru_cache(maxsize=1)
def skeleton_index() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton → place ids, over every Latin name and alias. It pairs
    Russian-based spellings no source lists (Rabotino ~ Robotyne, Kleshcheyevka ~
    Klishchiivka); too loose to use except near places an article already names. Built in a
    third of a second, read back from the user's cache in a hundredth (as the match index)."""
    blob = cached_bytes("skeleton-index", data_digest(_skeleton_format()),
                        lambda: marshal.dumps(_build_skeleton_index(load_gazetteer())))
    try:
        index = marshal.loads(blob)
    except Exception:  # noqa: BLE001 - a damaged cache file is rebuilt, never trusted
        return _build_skeleton_index(load_gazetteer())
    return index if isinstance(index, dict) else _build_skeleton_index(load_gazetteer())


_SKELETON_FORMAT = "skeleton-index-4"  # 3: shch ~ sch; 4: zh ~ z, tch/cz ~ ch, sz ~ sh (spelling_skeleton)
# Spellings that exercise every rule of `spelling_skeleton`: their skeletons are part of the cache
# key, so a change to the rules never reads an index built by the old ones.
_SKELETON_PROBES = ("Khreshchenivka", "Khreschenivka", "Urozhaine", "Urożajne", "Boutcha", "Czernihow",
                    "Szczastia", "Kharkiv", "Gulyaipole", "Wolnowacha")


def _skeleton_format() -> str:
    return "|".join((_SKELETON_FORMAT, *(spelling_skeleton(probe) for probe in _SKELETON_PROBES)))


def _build_skeleton_index(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = defaultdict(list)
    for place_id, names, _ in gaz.names():
        for sk in {spelling_skeleton(n) for n in names if n.isascii()}:
            if len(sk) >= SKELETON_MIN:
                index[sk].append(place_id)
    return {k: tuple(v) for k, v in index.items()}


_FORMAT = "match-index-6"  # 6: entries packed (PackedLines)


@lru_cache(maxsize=1)
def match_index() -> MatchIndex:
    """The automaton and fuzzy buckets over the packaged gazetteer: read from the user's
    cache when a build of these very files is there, else built (and cached)."""
    blob = cached_bytes("match-index", data_digest(_FORMAT), lambda: _dump(build_index(load_gazetteer())))
    try:
        automaton, entries, fuzzy = pickle.loads(blob)
    except Exception:  # noqa: BLE001 - a damaged cache file is rebuilt, never trusted
        return build_index(load_gazetteer())
    return MatchIndex(automaton, entries, fuzzy)


def _dump(index: MatchIndex) -> bytes:
    return pickle.dumps((index.automaton, index._entries, index.fuzzy), protocol=pickle.HIGHEST_PROTOCOL)


def build_index(gaz: Gazetteer) -> MatchIndex:
    places = gaz.name_index  # key → place ids, most prominent first
    prominence = {place_id: prom for place_id, _, prom in gaz.names()}
    units: dict[str, list[str]] = defaultdict(list)
    for unit in gaz.units:
        if unit.level == "hromada" or unit.id.startswith(_CITY_UNITS):
            continue
        for key in set(name_keys([unit.label, unit.name, unit.name_uk, *unit.aliases])):
            units[key].append(unit.id)

    forms: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    caution: dict[str, str] = {}
    unit_ids = {u.id for u in gaz.units if u.level != "hromada" and not u.id.startswith(_CITY_UNITS)}
    for owner, keys in gaz.forms().items():
        if owner in unit_ids:
            bucket = 1
        elif owner in gaz:
            bucket = 0
        else:
            continue
        for key in keys:
            if key[0] in "~^!":
                caution[key[1:]] = key[0]
                if key[0] == "!":
                    continue
                key = key[1:]
            forms[key][bucket].append(owner)

    by_key = {k: Entry(k, tuple(ids), (), (), ()) for k, ids in places.items()}
    for key, ids in units.items():
        by_key[key] = by_key.get(key, Entry(key, (), (), (), ()))._replace(units=tuple(ids))
    for key, (fp, fu) in forms.items():
        fp.sort(key=lambda i: -prominence.get(i, 0))
        by_key[key] = by_key.get(key, Entry(key, (), (), (), ()))._replace(
            form_places=tuple(fp), form_units=tuple(fu))
    for key, mark in caution.items():
        if key in by_key:
            by_key[key] = by_key[key]._replace(caution=mark)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    entries = []
    for key, entry in by_key.items():
        if _letters(key) >= MIN_LETTERS and len(key) < 256:
            automaton.add_word(key, (len(entries) << 8) | len(key))
            entries.append(entry.encode())
    automaton.make_automaton()

    fuzzy: dict[str, list[str]] = defaultdict(list)
    for key, ids in places.items():
        if len(key) >= FUZZY_MIN_LEN and key.isascii() and key.isalpha() \
                and prominence[ids[0]] >= FUZZY_MIN_PROMINENCE:
            fuzzy[key[:2]].append(key)
    return MatchIndex(automaton, entries, {k: tuple(v) for k, v in fuzzy.items()})
