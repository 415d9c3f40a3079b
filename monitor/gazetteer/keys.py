"""Name keys: the normalised forms names are looked up and matched by.

`fold_text` maps every character to exactly one character (lowercase, Latin diacritics
dropped, apostrophes to ', hyphens/dashes/whitespace to a space), so offsets found in the
folded text are offsets in the original. `name_key` is the same fold plus what only makes
sense for a bare name: trimmed, runs of spaces collapsed and a possessive 's stripped.
`consonant_skeleton` drops vowels as well; it pairs spellings across languages
(Olenevka ~ Olenivka, Kharkov ~ Kharkiv) when joining data sets, never for matching text.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4\u02b9\u0301"
_SPACES = "-\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u2009\u202f\t\n\r\f\v"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x80, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFKD", ch)[:1].lower()
        if base.isascii() and base.isalpha():
            table[cp] = base
    for cp in range(0x400, 0x530):  # Cyrillic: lowercase only, keep й/ї composed
        low = chr(cp).lower()
        if len(low) == 1:
            table[cp] = low
    table[ord("ё")] = table[ord("Ё")] = "е"
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    return table


_TABLE = _build_table()


def _changed_class(table: dict[int, str]) -> str:
    """A character class of the lower-case characters the table changes (in ranges: 700 of them)."""
    points = sorted(cp for cp, to in table.items() if to != chr(cp) and chr(cp).lower() == chr(cp))
    runs: list[list[int]] = []
    for cp in points:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs) + "]"


# What the fold changes in lower-cased text (lower() folds the rest); the two commonest, a line's
# end and a hyphen, go by str.replace first, the others one by one through _TABLE.
_CHANGED = re.compile(_changed_class(_TABLE))
_STRIP = " .,;:'\"()"
_RUNS = re.compile(r"\s+")
_NON_ALPHA = re.compile(r"[^a-z]+")


def fold_text(text: str) -> str:
    """Fold text for matching, keeping its length (one output character per input one)."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lowercase is longer (İ)
        return text.translate(_TABLE)
    return _CHANGED.sub(_fold_char, low.replace("\n", " ").replace("-", " "))


def _fold_char(m: re.Match[str]) -> str:
    ch = m.group()
    return _TABLE.get(ord(ch), ch)


def name_key(name: str) -> str:
    """The lookup key of a name: 'Lysychansk’s' → 'lysychansk', 'Kup’yans’k' → "kup'yans'k"."""
    if name.isascii() and name.isprintable() and "`" not in name:
        key = name.lower().replace("-", " ")  # the fast path for most names
    else:
        key = fold_text(name)
    if "  " in key:
        key = _RUNS.sub(" ", key)
    key = key.strip(_STRIP)
    if key.endswith("'s") and len(key) > 4:
        key = key[:-2]
    return key


def name_keys(names: list[str]) -> list[str]:
    """`name_key` of many names at once (folds them as one string: several times faster)."""
    folded = fold_text("\x00".join(names)).split("\x00")
    return [k if k and k[0] not in _STRIP and k[-1] not in _STRIP and "  " not in k
            and not k.endswith("'s") else name_key(k) for k in folded]


_DROP = str.maketrans("", "", "aeiouyj' -.")


def consonant_skeleton(latin: str) -> str:
    """Vowel-less ASCII skeleton of a Latin name, for pairing spellings across languages:
    Kleshcheyevka ~ Klishchiivka, Gulyaipole ~ Huliaipole, Rabotino ~ Robotyne."""
    s = latin.lower()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.replace("kh", "h").replace("g", "h").replace("w", "v").translate(_DROP)
    return s if s.isalpha() else _NON_ALPHA.sub("", s)


def spelling_skeleton(latin: str) -> str:
    """The consonant skeleton with the spellings other languages' reporting gives one letter
    made one, for the index of near-miss spellings (the gazetteer's build pairs sources by
    ``consonant_skeleton`` itself): Щ's "shch" and German-style "sch" (Khreshchenivka ~
    Khreschenivka), Ж's "zh" and Polish or Czech "ż"/"ž" once folded to "z" (Urozhaine ~
    Urożajne), Ч's "ch", Polish "cz" and French "tch" (Chernihiv ~ Czernihow), Ш's "sh" and Polish
    "sz". (Bucha ~ Boutcha pairs too, but three consonants are too few for the index to use.)"""
    s = latin.lower().replace("shch", "sch").replace("tch", "ch").replace("cz", "ch").replace("sz", "sh")
    return consonant_skeleton(s.replace("zh", "z").replace("z", "zh"))  # (two letters: a skeleton's length counts)
