"""The search structures the place matcher runs on, built once per process.

One Aho-Corasick automaton holds every name key of every settlement (Latin, Cyrillic and
aliases), the names of oblasts and raions (so "Kharkiv Oblast" can be read as a region),
and every grammatical case of the Cyrillic names (Харкова, Ізюмі, Куп'янську, Харківської),
made at build time by pymorphy3 (gazetteer/build/forms.py, stored in forms.tsv.gz). Short
keys are left out: below MIN_LETTERS letters a name matches ordinary words far more often
than places. Fuzzy buckets hold the single-word Latin names of the larger places.

The keys are held by two automata: those with a Cyrillic letter, and the rest. A text
with no Cyrillic letter cannot match a key that has one, so an English article never
reads the Cyrillic automaton (three quarters of the index) from the cache; the matches
of both are sorted by position anyway (`places._exact_matches`).
"""

from __future__ import annotations

import marshal
import mmap
import pickle
import re
import struct
from array import array
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple

import ahocorasick

from monitor.gazetteer.cache import cache_dir, cached_bytes, data_digest, store_bytes
from monitor.gazetteer.keys import name_keys, spelling_skeleton
from monitor.gazetteer.loader import load_gazetteer
from monitor.gazetteer.model import Gazetteer

MIN_LETTERS = 4
FUZZY_MIN_LEN = 7
FUZZY_MIN_PROMINENCE = 1000  # fuzzy matching only towards places this large (or larger)
SKELETON_MIN = 4  # consonants: shorter skeletons pair too many unrelated names
_CITY_UNITS = ("UA80", "UA85")  # Kyiv and Sevastopol are settlements, not regions, in text
# A key with one of these letters is in the Cyrillic automaton, and only a text with one can match it.
_CYRILLIC = re.compile("[\u0400-\u052f]")
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

    @classmethod
    def over(cls, blob, offsets) -> "PackedLines":
        """Lines over a blob and offsets held elsewhere (memoryviews of the cache file)."""
        packed = cls.__new__(cls)
        packed._blob, packed._offsets = blob, offsets
        return packed

    def __getitem__(self, index: int) -> str:
        return str(self._blob[self._offsets[index]:self._offsets[index + 1]], "utf-8")

    def __len__(self) -> int:
        return len(self._offsets) - 1


class MatchIndex:
    """The automaton maps each key to its entry number and length (number << 8 | length, so
    a match inside a longer word is dropped without decoding anything); entries are decoded
    when matched (a text matches a few dozen of the 160,000), which is what makes the index
    quick to read back from the cache."""

    def __init__(self, latin: ahocorasick.Automaton, entries: list[str] | PackedLines,
                 fuzzy: dict[str, tuple[str, ...]],
                 cyrillic: ahocorasick.Automaton | Callable[["MatchIndex"], ahocorasick.Automaton]) -> None:
        self.latin = latin  # the keys without a Cyrillic letter
        self._cyrillic = cyrillic  # the others (or what reads them, when first needed)
        self._entries = entries if isinstance(entries, PackedLines) else PackedLines(entries)
        self._decoded: dict[int, Entry] = {}
        self.fuzzy = fuzzy  # first two letters → candidate keys

    @property
    def cyrillic(self) -> ahocorasick.Automaton:
        """The automaton of the keys with a Cyrillic letter (read from the cache when first needed)."""
        if callable(self._cyrillic):
            self._cyrillic = self._cyrillic(self)
        return self._cyrillic

    def iter(self, folded: str, cyrillic: bool | None = None) -> Iterator[tuple[int, int]]:
        """(last index, value) of every key in ``folded``: the Latin keys', then the Cyrillic
        keys' where the text has a Cyrillic letter (the order of the automata's own `iter`
        within each). ``cyrillic``: whether it has one (`has_cyrillic`), when the caller knows."""
        # (the Cyrillic automaton first: reading it from a damaged file rebuilds the whole index,
        # and the Latin one taken before that would number its values for the old entries)
        if cyrillic is None:
            cyrillic = has_cyrillic(folded)
        second = self.cyrillic if cyrillic else None
        for automaton in (self.latin, second):
            if automaton is not None:
                yield from automaton.iter(folded)

    def _automaton(self, key: str) -> ahocorasick.Automaton:
        return self.cyrillic if _CYRILLIC.search(key) else self.latin

    def entry(self, value: int) -> Entry:
        """The entry of an automaton value."""
        found = self._decoded.get(value)
        if found is None:
            found = self._decoded[value] = Entry.decode(self._entries[value >> 8])
        return found

    def get(self, key: str) -> Entry | None:
        value = self._automaton(key).get(key, -1)
        return None if value < 0 else self.entry(value)

    def __contains__(self, key: str) -> bool:
        return self._automaton(key).exists(key)

    def __len__(self) -> int:
        return len(self._entries)


def has_cyrillic(text: str) -> bool:
    """Whether text has a letter of the Cyrillic block, as every key of the Cyrillic automaton
    has (a text and its `fold_text` alike: folding keeps each letter in its block or out of it)."""
    return _CYRILLIC.search(text) is not None


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


_FORMAT = "match-index-8"  # 6: entries packed (PackedLines); 7: Latin and Cyrillic automata, sections read apart;
# 8: a place's own name keeps its "!" over a namesake's form mark
_NAME = "match-index"
# The cache file: magic, the four sections' lengths, then the sections: the entries' offsets
# (8-byte aligned: the header is 40 bytes), the entries' blob, the pickled (Latin automaton,
# fuzzy buckets) and the pickled Cyrillic automaton. The file is mapped, not read: a section
# is unpickled when needed, the entries are decoded in place.
_MAGIC = b"MIDX7\n\0\0"
_HEADER = struct.Struct("<8s4Q")


@lru_cache(maxsize=1)
def match_index() -> MatchIndex:
    """The automata and fuzzy buckets over the packaged gazetteer: read from the user's
    cache when a build of these very files is there, else built (and cached)."""
    digest = data_digest(_FORMAT)
    index = _read(digest)
    if index is None:  # none yet, or a damaged file: built, never trusted
        index = _build_and_keep(digest)
    return index


def _build_and_keep(digest: str) -> MatchIndex:
    index = build_index(load_gazetteer())
    store_bytes(_NAME, digest, _dump(index))
    return index


def _read(digest: str) -> MatchIndex | None:
    """The index in the cache file, its Cyrillic automaton left to be unpickled when first
    needed; None when there is no such file or it is not whole."""
    try:
        with open(cache_dir() / f"{_NAME}-{digest}.bin", "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # (ValueError: an empty file cannot be mapped)
        return None
    try:
        view = memoryview(mapped)
        magic, *lengths = _HEADER.unpack_from(view)
        if magic != _MAGIC or _HEADER.size + sum(lengths) != len(view) or lengths[0] % 8:
            raise ValueError("not a whole index file")
        bounds, start = [], _HEADER.size
        for length in lengths:
            bounds.append((start, start + length))
            start += length
        offsets = view[slice(*bounds[0])].cast("Q")
        entries = PackedLines.over(view[slice(*bounds[1])], offsets)
        latin, fuzzy = pickle.loads(view[slice(*bounds[2])])
        if not isinstance(latin, ahocorasick.Automaton) or not isinstance(fuzzy, dict) or not len(offsets) \
                or offsets[-1] != lengths[1]:
            raise ValueError("not an index")
    except Exception:  # noqa: BLE001 - a damaged cache file is rebuilt, never trusted
        return None

    def cyrillic(index: MatchIndex) -> ahocorasick.Automaton:
        try:
            automaton = pickle.loads(view[slice(*bounds[3])])
            if isinstance(automaton, ahocorasick.Automaton):
                return automaton
        except Exception:  # noqa: BLE001 - damaged: the whole index is built again (the entries'
            pass  # numbers of another build need not be this file's)
        built = _build_and_keep(digest)
        index.latin, index._entries, index.fuzzy, index._decoded = built.latin, built._entries, built.fuzzy, {}
        return built.cyrillic

    return MatchIndex(latin, entries, fuzzy, cyrillic)


def _dump(index: MatchIndex) -> bytes:
    offsets = index._entries._offsets
    offsets = offsets.tobytes() if isinstance(offsets, array) else bytes(offsets)
    blob = bytes(index._entries._blob)
    latin = pickle.dumps((index.latin, index.fuzzy), protocol=pickle.HIGHEST_PROTOCOL)
    cyrillic = pickle.dumps(index.cyrillic, protocol=pickle.HIGHEST_PROTOCOL)
    sections = (offsets, blob, latin, cyrillic)
    return _HEADER.pack(_MAGIC, *(len(section) for section in sections)) + b"".join(sections)


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
                # a key that is some place's own name keeps that name's mark ("!нижнее", Нижнє's
                # Russian name), not the mark of a namesake's form of it
                if key[0] == "!" or key[1:] not in places or caution.get(key[1:]) != "!":
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
    latin = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    cyrillic = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    entries = []
    for key, entry in by_key.items():
        if _letters(key) >= MIN_LETTERS and len(key) < 256:
            (cyrillic if _CYRILLIC.search(key) else latin).add_word(key, (len(entries) << 8) | len(key))
            entries.append(entry.encode())
    latin.make_automaton()
    cyrillic.make_automaton()

    fuzzy: dict[str, list[str]] = defaultdict(list)
    for key, ids in places.items():
        if len(key) >= FUZZY_MIN_LEN and key.isascii() and key.isalpha() \
                and prominence[ids[0]] >= FUZZY_MIN_PROMINENCE:
            fuzzy[key[:2]].append(key)
    return MatchIndex(latin, entries, {k: tuple(v) for k, v in fuzzy.items()}, cyrillic)
