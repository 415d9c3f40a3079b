"""The name a claim reports a settlement under.

The gazetteer's name, except for a name left ambiguous (a candidate really called so, not
a city that once was) and for recent renamings, which reporting of their day does not use.
"""

from __future__ import annotations

from monitor.extract import rules_re as re

from rapidfuzz import fuzz

from monitor.extract.places import PlaceMention
from monitor.gazetteer import Place, name_key
from monitor.gazetteer.keys import consonant_skeleton
from monitor.gazetteer.translit import ru_to_latin, uk_to_latin

_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
# A Ukrainian neuter adjective ends in a consonant and -е (Чкаловське); the Russian one in -ое.
_UKRAINIAN_NEUTER = re.compile("(?:ськ|цьк|зьк|ов|ев|н)е$")
_OTHER_LETTERS = re.compile("[ыэъёўЫЭЪЁЎ]")  # Russian or Belarusian spellings are no Ukrainian name of the day
_RUSSIAN_LETTERS = re.compile("[ыэъёЫЭЪЁ]")
_CASE_ENDING = re.compile(r"(?:om|em|oiu|ovi|oi|yi|iu|a|u|i|e|y)$")  # Latin case endings of a Cyrillic form


def reported_name(surface: str, place: Place) -> str:
    """The gazetteer's name, unless the text uses another Ukrainian name of the place: a
    recent renaming (Sievierodonetsk, now Siverskodonetsk; also as "Severodonetsk") is reported
    under the name of its day. A name unlike today's (Artyomovsk, Artemivsk: Bakhmut since 2016)
    is a former name, and the place goes by today's."""
    key = name_key(surface)
    if key == name_key(place.name):
        return place.name
    if not key.isascii():  # Сєвєродонецьку, Северодонецке: compare as written in Latin
        key = name_key(ru_to_latin(key) if _RUSSIAN_LETTERS.search(key) or not _UKRAINIAN_LETTERS.search(key)
                       else uk_to_latin(key))
    # a case form (Сєвєродонецьком, Северодонецке) compares as its stem too
    keys = {key, _CASE_ENDING.sub("", key)} if not name_key(surface).isascii() else {key}
    skeletons = {consonant_skeleton(k) for k in keys}
    if consonant_skeleton(name_key(place.name)) in skeletons:
        return place.name  # Мариуполь is Mariupol, not a rare spelling (Марїоуполь) that also fits
    for alias in place.aliases:
        if not (_UKRAINIAN_LETTERS.search(alias) or _UKRAINIAN_NEUTER.search(alias)) or _OTHER_LETTERS.search(alias):
            continue
        latin = uk_to_latin(alias)
        if name_key(latin) in keys or (consonant_skeleton(name_key(latin)) in skeletons
                                       and fuzz.ratio(name_key(latin), name_key(place.name)) >= 70):
            return latin
    return place.name


def likeliest_place(mention: PlaceMention) -> Place | None:
    """For an ambiguous name, a candidate called so today (not a city that once was)."""
    key = name_key(mention.text)
    return next((c for c in mention.candidates if name_key(c.name) == key),
                mention.candidates[0] if mention.candidates else None)
