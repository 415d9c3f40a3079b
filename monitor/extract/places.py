"""Find the settlements an article mentions: `find_places(text) -> list[PlaceMention]`.

Pure over its input; the only state is the packaged gazetteer and its match index, both
built once per process. Latin and Cyrillic text alike.

Matching policy, and why:
- Exact first: every name, Cyrillic name and alias of every settlement is in one
  Aho-Corasick automaton over folded text (case, diacritics, apostrophes, hyphens unified).
  A match must sit on word boundaries; a possessive ('s) may follow; Cyrillic names may
  carry a case ending (Харкова, Ізюмі). Overlaps go to the longest match.
- A name is a settlement only when written like one: capitalised (or all capitals, 5+
  letters); lower case only for cities of 100,000+ ("kyiv" in careless copy). Names under
  4 letters are never matched. Names that are usually something else — English words,
  given names, clubs, foreign places (see monitor.gazetteer.wordlists) — need a cue:
  "the village of Mayak", "Bar, Vinnytsia Oblast".
- Not settlements: a name followed by Oblast/region/Raion/district (that is a region, and
  is kept as a hint for homonyms), or by direction/axis/front/River/reservoir/NPP/airport
  and the like; "the Dnipro," (a river, by the article); a name after a title or a given
  name (a person's surname), after "Stary"/"New"… or inside a run of capitalised words
  (part of another name: Ehud Barak, Lysychansk Oil Refinery), or after "group"/
  "brigade" (units named after places).
- Near misses, for capitalised Latin words of 6+ letters that matched nothing and are not
  inside a run of capitalised words (Kristalina Georgieva): a typo of a larger place's
  one-word name ("Balaklyia": edit distance 1, 2 from 10 letters, same first two letters,
  one place name nearest), else a Russian-based spelling with the same consonants and
  most letters in common ("Rabotino" ~ Robotyne). Both count only near what the article
  names exactly (the typo: same oblast; the looser consonant match: its oblast named in
  the sentence, its raion, or a named place within 25 km). Reported as method "fuzzy".
- Homonyms (85 villages are called Kalynivka): an oblast/raion named in the same sentence;
  else a city that dwarfs its namesakes (Kharkiv), unless a namesake lies in the raion of
  another place named; else the other places of the article (hromada > raion > within
  25 km > oblast, the same sentence counting more; see monitor.gazetteer.context); one
  sense per article for a repeated name. What is left is reported ambiguous, with its
  candidates, never guessed.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from monitor.extract.scan import Trailing
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from monitor.gazetteer import Place, fold_text, load_gazetteer, name_key
from monitor.gazetteer.context import BIG_CITY, Anchor, Context, near_any, place_anchor
from monitor.gazetteer.index import MatchIndex, has_cyrillic, match_index, skeleton_index
from monitor.gazetteer.keys import spelling_skeleton
from monitor.gazetteer.translit import looks_ukrainian, ru_to_latin, uk_to_latin
from monitor.gazetteer.wordlists import (CALENDAR, COMMON_WORDS, COMPOUND_PREFIXES, FIRST_NAMES, FOREIGN,
                                        FOREIGN_CAPITAL_STEMS, TITLES)

OBLAST_TERMS = frozenset("""oblast oblasts region regions regional province provinces governor people's peoples
governorate область області областю обл обл. областей областях области областью регион региона
регионе регіон регіону регіоні губернатор губернатора народної народной республіки республики
республика республіка ова ога""".split())
RAION_TERMS = frozenset("""raion raions rayon rayons district districts район районі району
районом районе района районах районов районів""".split())
NON_PLACE_TERMS = frozenset("""direction directions axis axes front fronts sector sectors
counteroffensive counteroffensives counter-offensive counter-offensives offensive offensives
salient river rivers reservoir reservoirs lake estuary bay spit canal dam hpp npp nuclear
airport airfield airbase highway motorway hromada hromadas community municipality people people's
peoples republic republics independent post regiment battalion brigade university institute
polytechnic metro zoo stadium club declaration accords agreement protocol format grouping
tractor oblenergo напрямок напрямку напрямі направление направлении фронт фронті фронте
річка річки річці река реки реке водосховище водосховища водохранилище аес аэс гес гэс тес
тэс аеропорт аэропорт громада громади громаді мост моста мосту мостом мосты міст мосту мостом
плацдарм плацдарму плацдарме плацдармі угруповання группировка напрямом направлением управління
управлінні управлінням управление управлении управления""".split())
PLURAL_TERMS = frozenset("""oblasts regions provinces raions rayons districts directions axes
fronts rivers republics""".split())
# After "the Dnipro" these mean a river or a region, not the town.
_AFTER_THE = frozenset("""and or to into in at near from on which that is was has had flows
basin valley bank banks delta shore coast floodplain""".split())

LOWERCASE_MIN_PROMINENCE = 100_000
FUZZY_MIN_LEN = 6  # letters; the edit-distance step needs 7 (names in its buckets)
DOMINANT_RATIO = 10  # a city this many times larger than every namesake is the one meant
DOMINANT_MIN = 10_000
REGION_NAMESAKE_MIN = 10_000  # a village called like its oblast (Kharkivshchyna) is not meant
SKELETON_MIN_RATIO = 60  # letters shared by a same-consonant spelling and the name

_UPPER = "A-ZА-ЯЁІЇЄҐ"
_AFTER = re.compile(r"(?:['’]s)?(?:\s*[-–—/]\s*[^\W\d_][\w'’]*(?:[ \t]+(?!(?:Oblast|Region|Raion|District|Direction|"
                    rf"Axis|Front|Sector)\b)(?-i:[{_UPPER}])[\w'’]*(?=[ \t]+\w))?)*"
                    r"\s+\(?([^\W\d_][\w'’]*)")  # ("the Mykolaiv-Krivoy Rog direction": a two-word name in the chain)
# "the village of Piatykhatky", "the villages of A and": a name the text calls a village (not the city of that name).
_EN_VILLAGE_BEFORE = ("village of ", "Village of ", "villages of ", "village ", "hamlet of ")
_HROMADA_AFTER = re.compile(r"\s+(?:settlement|rural|urban|village|city|urban-type\s+settlement)\s+(?:hromada|"
                            r"(?:territorial\s+)?community)\b", re.IGNORECASE)
_COORDINATED = re.compile(
    rf"(?:['’]s)?(?:\s*(?:,|\band\b|\bor\b|&)\s*(?:and\s+)?[{_UPPER}][\w'’-]*"
    rf"(?:\s+[{_UPPER}][\w'’-]*)?)+\s+([^\W\d_]+)")
_REGION_AFTER = re.compile(
    rf"\s*[,(]\s*(?:in\s+)?(?:the\s+)?[{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*)?\s+"
    r"(?:oblast|region|raion|rayon|district|province|область|області|район|району)\b", re.I)
# The patterns that read the words before a name end where it starts (``\s+$``) and span a word or a
# few: each is searched from where its last words begin (`Trailing`), not tried at every position of
# the 48 characters before the name (five or six of them per name: a tenth of find_places).
_BEFORE_REGION = Trailing(re.compile(
    r"\b(?:regions?|oblasts?|provinces?|raions?|rayons?"
    # (not "the eastern districts of Toretsk", "the residential districts of X": parts of the town)
    r"|(?<!ern )(?<!central )(?<!several )(?<!residential )(?<!industrial )(?<!city )districts?)"
    r"\s+of\s+(?:the\s+)?$", re.I), words=3)
_BEFORE_CUE = Trailing(re.compile(
    r"\b(?:village|town|city|settlement|hamlet|townlet|selo|selyshche|smt|село|селище|селі|"
    r"місто|місті|город|поселок|посёлок)s?\s+(?:of\s+)?$", re.I), words=2)
_BEFORE_RIVER = Trailing(re.compile(
    r"\b(?:river|річка|река|річки|реки|річку|реку|річці|реке|(?:переправ\w*|міст|мост\w*|"
    r"форсува\w*|форсирова\w*)\s+(?:через|на)|(?:берег\w*|березі|правобереж\w*|"
    r"лівобереж\w*|левобереж\w*)(?:\s+(?:\w+|р\.))?)\s+$", re.I), words=2)
# Units and operations named after places: "operational group Khortytsia"; and in Cyrillic, in quotes:
# "группировкой украинских войск «Таврия»", "ОСУВ «Хортиця»", "бригада «Азов»".
_BEFORE_UNIT = Trailing(re.compile(r"\b(?:groups?|grouping|brigades?|battalions?|regiments?|corps|"
                                    r"divisions?|operation|exercises?|codenamed|code-named)\s+$", re.I), words=1)
_BEFORE_QUOTED_UNIT = Trailing(re.compile(
    r"(?:группировк|угрупован|бригад|батальйон|батальон|полк|осув|отг|огт|оск|осг)\w*"
    r"(?:\s+[а-яёіїєґ'’]+){0,3}\s*[«\"„“]\s*$", re.I), words=5)
# What a unit's name in quotes follows: a name after anything else (nearly every one) is no unit's by the
# pattern above, which is not searched then (its five words, ignoring case, cost a twenty-fifth of a
# Cyrillic text's find_places).
_UNIT_QUOTES = frozenset("«\"„“")
# (Each alternative of _BEFORE_QUOTED_UNIT and _VILLAGE_BEFORE has a letter that only a Cyrillic letter
# matches, even ignoring case: they are not searched in a text without one, `_Scan.cyrillic`.)
# Ukrainian село and Russian село (a village), not селище/посёлок (a settlement): precise words, unlike
# English "village", which reports use for urban-type settlements too ("the village of Borova").
_VILLAGE_BEFORE = Trailing(re.compile(r"(?:^|[\s(«\"])(?:село|села|селе|селі|селу|селом|селах|сёла)\s+$", re.I),
                           words=1)
_PREV_WORD = Trailing(re.compile(r"([^\W\d_][\w'’]*)(?:\.?\s+|-)$"), words=1)  # ("Veliko-Anadol")
# A sentence ends at stops and the space after them, or at a line break (and the space after it). The
# pattern opens with the one class every end starts with, for the fast scan (see the word tokens
# below); written "[.!?…]+[\"'”’»)\]]*\s+|\n\s*", the same ends were tried at every position.
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)\s*|[.!?…]*[\"'”’»)\]]*\s+)")
# The word tokens below scan whole texts, so each opens with its first letter's class and tests the
# character before it after that letter ("(?<![\w'’].)": no word character before the first letter):
# a pattern that opens with a class is looked for with a fast scan for that class, one opening with a
# lookbehind is tried at every position (a twentieth of find_places). Same matches either way.
# (Latin letters with diacritics too: "Urożajne" in reporting translated from Polish)
_FUZZY_TOKEN = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-ž](?<![\w'’].)[a-zß-öø-ÿĀ-ž]{{{FUZZY_MIN_LEN - 1},}}(?:['’]s)?(?![\w'’])")
_HYPHENATED_REST = re.compile(r"-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]+(?![\w'’ʼ-])")
_FUZZY_PAIR = re.compile(r"[A-Z](?<![\w'’-].)[a-z]{3,}[\s-][A-Z][a-z]{3,}(?![\w'’-])")  # ("Kupyansk-Vuzlovoy" too)
_CYRILLIC_TOKEN = re.compile(r"[А-ЯЁІЇЄҐ](?<![\w'’ʼ].)[а-яёіїєґ'’ʼ]{4,}(?![\w'’ʼ])")
# Russian and Ukrainian case endings that end in a consonant (-ом, -ем, -ах, -ов, -ій): the
# skeleton drops vowels, so only these stand between an inflected form and its name's.
_CASE_CONSONANT = re.compile(r"(?:m|kh|v)$")
_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_WORD_OF_FOUR = re.compile(r"[^\W\d_]{4,}")  # the words of _WORD that have four letters or more
_ABBREVIATIONS = frozenset("""mr mrs ms dr st gen lt col maj capt sgt gov sen rep jr sr vs
no prof adm brig cmdr pres""".split())
_PREV_CAPITALISED = Trailing(re.compile(rf"(?<![\w'’.-])([{_UPPER}][^\W\d_]*)[ \t]+$"), words=1)
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t]+([^\W\d_]+)")
_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_NOT_A_NAME = re.compile(r"(?:ian|ians|ese|ism|ist|ists|ing|tion|tions|ment|ments|ness|ship)$")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One settlement mention. `place` is None when the name is ambiguous; `candidates` then
    holds every settlement it may be (most prominent first)."""

    start: int
    end: int
    text: str
    place: Place | None
    candidates: tuple[Place, ...]
    ambiguous: bool
    method: str  # exact | fuzzy | area (a town's name for its surroundings: "the Izium district") | apposition (an oblast after a village of it)
    resolved_by: str  # unique | region | context | prominence | discourse | "" (ambiguous)

    @property
    def place_id(self) -> str | None:
        return self.place.id if self.place else None

    @property
    def candidate_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.candidates)


@dataclass
class _Hit:
    start: int
    end: int
    key: str
    cands: list[Place]
    method: str
    sentence: int
    chosen: Place | None = None
    how: str = ""
    holder: Place | None = None  # the one place holding the key when namesakes were added (see _namesakes)
    village: bool = False  # the text calls it a village ("село Ивановка"): no urban settlement by default


@dataclass
class _Hint:
    """An oblast or raion named in the text ("Kharkiv Oblast", "Izium Raion")."""

    oblast: str
    raion: str
    sentence: int
    start: int = -1  # where the region's name stands in the text


@dataclass
class _Scan:
    text: str
    folded: str
    starts: list[int]
    # Whether the text has a letter of the Cyrillic block (`has_cyrillic`): what only Cyrillic text can
    # match is not looked for in the rest, which an English text's find_places spent a twentieth on (a
    # search of the whole text for a Cyrillic letter in three places, a Cyrillic pattern or two per name).
    cyrillic: bool = True
    # Whether the text has a "/" or a "www.", without which no name stands in a link (`_in_url`): most
    # articles have neither, and their names are not each asked.
    links: bool = True
    hits: list[_Hit] = field(default_factory=list)
    hints: list[_Hint] = field(default_factory=list)
    covered: list[tuple[int, int]] = field(default_factory=list)
    match_starts: set[int] = field(default_factory=set)
    region_starts: set[int] = field(default_factory=set)  # names that are also an oblast's or raion's
    # Two-word names that are also a foreign place's ("New York"): the article's mentions that had no cue of
    # their own wait, and count as the settlement if one of its mentions has one ("the village of New York")
    cued: set[str] = field(default_factory=set)
    waiting: list[_Hit] = field(default_factory=list)
    _title_case: dict[int, bool] = field(default_factory=dict)

    def sentence(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def title_case(self, sentence: int) -> bool:
        """Headline-style text ("Ukraine Retakes Kupiansk From Russia"), where capitals
        say nothing about names."""
        if sentence not in self._title_case:
            end = self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.text)
            words = _WORD_OF_FOUR.findall(self.text, self.starts[sentence], end)  # headline style may leave "of",
            # "in", "the" small
            caps = sum(1 for w in words if w[0].isupper())
            self._title_case[sentence] = len(words) >= 3 and caps >= 0.8 * len(words)
        return self._title_case[sentence]


def find_places(text: str) -> list[PlaceMention]:
    """Settlement mentions in text, in order of position."""
    idx = match_index()
    cyrillic = has_cyrillic(text)
    folded = fold_text(text)
    scan = _Scan(text, unmix_scripts(folded) if cyrillic else folded, _sentence_starts(text), cyrillic,
                 "/" in text or "www." in text)
    matches = _exact_matches(scan.folded, idx, text, cyrillic)
    scan.match_starts = {m[0] for m in matches}
    scan.region_starts = {m[0] for m in matches if m[3]}
    for start, end, places, units, key, caution in matches:
        longer = _HYPHENATED_REST.match(text, end) if cyrillic and _HAS_CYRILLIC.match(text, start) else None
        if longer:  # "Клебан-Бык": the Russian spelling of Клебан-Бик, not the village Клебань
            whole = end + len(longer.group())
            found = _cyrillic_near_miss(scan.folded[start:whole])
            if found:
                scan.covered.append((start, whole))
                _classify(scan, start, whole, found[0], found[1], (), found[2])
                continue
        scan.covered.append((start, end))
        _classify(scan, start, end, key, places, units, "exact", caution)
    scan.hits += [h for h in scan.waiting if h.key in scan.cued]
    _fuzzy_matches(scan)
    _resolve(scan)
    _mark_oblast_appositions(scan)
    return [PlaceMention(h.start, h.end, text[h.start:h.end], h.chosen, tuple(h.cands),
                         h.chosen is None, h.method, h.how)
            for h in sorted(scan.hits, key=lambda h: h.start)]


def _mark_oblast_appositions(scan: _Scan) -> None:
    """"The town of Piatykhatky, Zaporizhzhia, which …": an oblast's capital named right after a village of
    that oblast, set off by commas and going on with no further name, is the oblast, not a second place."""
    hits = sorted(scan.hits, key=lambda h: h.start)
    for before, hit in zip(hits, hits[1:]):
        place = hit.chosen
        if place is None or name_key(place.oblast) != name_key(place.name) or \
                not any(c.oblast == place.oblast and c.id != place.id for c in before.cands):
            continue
        if scan.text[before.end:hit.start] == ", " and _APPOSITION_END.match(scan.text, hit.end):
            hit.method = "apposition"  # (kept: the list it seems to continue still links; it makes no claim)


_APPOSITION_END = re.compile(r"\s*(?:[.;)]|,(?!\s*(?:and|or)\b)(?!\s*(?-i:[A-Z])[\w'’-]+\s*(?:,|and\b|or\b)))")


_LATIN_LOOKALIKES = str.maketrans("aceiopxyk", "асеіорхук")
# Latin look-alikes touching a Cyrillic letter: only mixed words match, so the cost is nil elsewhere.
# (A run preceded by a Cyrillic letter, or followed by one; the letter before is tested after the run's
# first letter, for the fast scan of the word tokens above.)
_MIXED = re.compile(r"[aceiopxyk](?:(?<=[а-яёіїєґ'].)[aceiopxyk]*|[aceiopxyk]*(?=[а-яёіїєґ]))")


# And the other way: Cyrillic look-alikes inside a Latin word ("Hryhorivkа" ending in a Cyrillic а).
_CYRILLIC_LOOKALIKES = str.maketrans("асеіорхук", "aceiopxyk")
_MIXED_LATIN = re.compile(r"[асеіорхук](?:(?<=[a-z'].)[асеіорхук]*|[асеіорхук]*(?=[a-z]))")


def unmix_scripts(folded: str) -> str:
    """Latin look-alike letters inside a Cyrillic word made Cyrillic (Кліщiївка typed with a
    Latin i), and Cyrillic ones inside a Latin word made Latin (Hryhorivkа), one character for
    one, so offsets stay those of the text."""
    if not _HAS_CYRILLIC.search(folded):
        return folded
    folded = _MIXED.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), folded)
    return _MIXED_LATIN.sub(lambda m: m.group().translate(_CYRILLIC_LOOKALIKES), folded)


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start()) if text[m.start()] == "." else None
        if word and (len(word.group()) == 1 or word.group().lower() in _ABBREVIATIONS):
            continue  # Mr. Ismail, Gen. Syrskyi, U.S. officials
        starts.append(m.end())
    return starts


def _opens_sentence(scan: _Scan, start: int) -> bool:
    lead = scan.text[scan.starts[scan.sentence(start)]:start]
    return not any(c.isalnum() for c in lead)


def _exact_matches(folded: str, idx: MatchIndex, text: str, cyrillic: bool | None = None,
                   ) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...], str, str]]:
    """Boundary-respecting matches, longest first where they overlap, each with its key's
    caution mark (see `Entry.caution` and `_ordinary_word`). A capital after a small letter
    is a boundary too: scraped pages lose the space after a link's label ("externalTrostyanets
    liberated", "Read moreKupiansk")."""
    n = len(folded)
    found = []
    for last, value in idx.iter(folded, cyrillic):
        start, end = last - (value & 0xFF) + 1, last + 1
        if (start and folded[start - 1].isalnum() and not (text[start].isupper() and text[start - 1].islower())) \
                or (end < n and folded[end].isalnum()):
            continue
        entry = idx.entry(value)
        if not entry.form_places and not entry.form_units:
            found.append((start, end, entry.places, entry.units, entry.key, entry.caution))
        else:  # a case form (Куп'янську), perhaps also another place's own name
            places = entry.places + tuple(p for p in entry.form_places if p not in entry.places)
            units = entry.units + tuple(u for u in entry.form_units if u not in entry.units)
            found.append((start, end, places, units, entry.key, entry.caution))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    out, reach = [], -1
    for m in found:
        if m[0] >= reach:
            out.append(m)
            reach = m[1]
    return out


def _classify(scan: _Scan, start: int, end: int, key: str, place_ids: tuple[str, ...],
              unit_ids: tuple[str, ...], method: str, caution: str = "") -> None:
    """Decide what a matched name is: a settlement (hit), a region (hint) or neither."""
    text = scan.text
    surface = text[start:end]
    extra = _namesakes(key, place_ids) if method in ("exact", "fuzzy") else ()
    places = list(_places_for(place_ids + extra))
    if not _written_as_name(surface, places) or (scan.links and _in_url(text, start)):
        return
    after = _term_after(text, end)
    before = text[max(0, start - 48):start]
    sentence = scan.sentence(start)
    region_before = _BEFORE_REGION.search(before)
    if region_before and not unit_ids and re.match(r"districts?\b", region_before.group(), re.I):
        region_before = None  # "fighting in the districts of Klishchiivka": no raion has a village's name
    whole_area = after == "area" and _WHOLE_BEFORE.search(before) is not None  # "the entire Kyiv area": a region
    if after in OBLAST_TERMS or after in RAION_TERMS or region_before or whole_area:
        raion_level = after in RAION_TERMS
        _add_hint(scan, unit_ids, places, raion_level, sentence, start)
        if after in _AREA_TERMS and surface.isascii() and places and not _BEFORE_REGION.search(before) and \
                not _names_an_oblast(unit_ids) and name_key(places[0].oblast) != name_key(places[0].name):
            # "troops stationed in the Balakleya and Izyum regions": a town's surroundings, which only
            # a withdrawal from them speaks of (method "area"; linking.py keeps it for withdrawals only)
            scan.hits.append(_Hit(start, end, key, places, "area", sentence))
        return
    if after in NON_PLACE_TERMS or _person_or_compound(before) or _HROMADA_AFTER.match(text, end):
        return  # ("It belongs to Dvorichna settlement hromada": the community, not the village)
    if _BEFORE_RIVER.search(before) or _BEFORE_UNIT.search(before) or (
            scan.cyrillic and before.rstrip()[-1:] in _UNIT_QUOTES and _BEFORE_QUOTED_UNIT.search(before)):
        return
    if _the_feature(before, text, end):
        return
    if not places or _region_first(places, unit_ids):
        if unit_ids:  # a region by name alone: Kharkivshchyna, Crimea, Iziumskyi, на Харківщині
            _add_hint(scan, unit_ids, [], False, sentence, start)
        return
    if not surface.isupper() and _inside_longer_name(scan, start, end, method != "exact"):
        return
    if caution and _ordinary_word(scan, start, end, before, caution, places[0]):
        return  # "Українська армія", "Сили оборони", "Прапор над Ізюмом": words, not towns
    needs_cue = _needs_cue(key)
    uncued = needs_cue and not (_BEFORE_CUE.search(before) or _REGION_AFTER.match(text, end))
    if needs_cue and not uncued and " " in key:
        scan.cued.add(key)
    if uncued and " " not in key:
        return
    holders = _places_for(place_ids) if extra else ()
    hit = _Hit(start, end, key, places, method, sentence, holder=holders[0] if len(holders) == 1 else None,
               village=bool(_VILLAGE_BEFORE.search(before)) if scan.cyrillic else before.endswith(_EN_VILLAGE_BEFORE))
    if uncued:
        scan.waiting.append(hit)  # "New York" alone: the village only if the article calls it one somewhere
        return
    scan.hits.append(hit)


@lru_cache(maxsize=8192)
def _places_for(place_ids: tuple[str, ...]) -> tuple[Place, ...]:
    """The settlements a key names, most prominent first (city districts left out), once per key."""
    gaz = load_gazetteer()
    return tuple(sorted((p for i in place_ids if (p := gaz.get(i)) is not None and p.kind != "city_district"),
                        key=lambda p: -p.prominence))


@lru_cache(maxsize=8192)
def _namesakes(key: str, place_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The places a name stands for besides those that hold it: a spelling that some places
    hold only as an alias stands for every place of their name, and a name that is not their
    name's spelling at all (a former or unrelated name) for the places called like it today.

    GeoNames gives Russian and older spellings for the places it knows, so "Ивановка" and
    "Ivanovka" are listed for a few of the 119 villages called Іванівка, and "Новоселовка" only
    for Lisnivka in Crimea (its name until 1945), not for the Новоселівкas it is the Russian
    spelling of. Without the namesakes the one alias holder wins unseen; with them the context
    (an oblast named, the neighbours) decides, and what it cannot decide stays ambiguous."""
    gaz = load_gazetteer()
    skeletons = _key_skeletons(key)
    if not skeletons:
        return ()
    extra: list[str] = []
    for place_id in place_ids:
        place = gaz.get(place_id)
        if place is None or key in (name_key(place.name), name_key(place.name_uk)):
            continue  # its own name: its namesakes hold it too
        if spelling_skeleton(name_key(place.name)) in skeletons:  # Ivanovka, Ивановке: Іванівка's spelling
            extra += [i for i in gaz.name_index.get(name_key(place.name), ()) if gaz[i].name == place.name]
        else:  # Новоселовку for Lisnivka (Novoselovka until 1945): the Novoselivkas of today
            extra += [i for sk in skeletons for i in skeleton_index().get(sk, ())
                      if spelling_skeleton(name_key(gaz[i].name)) in skeletons]
    held = set(place_ids)
    return tuple(i for i in dict.fromkeys(extra) if i not in held)


@lru_cache(maxsize=8192)
def _key_skeletons(key: str) -> frozenset[str]:
    """The spelling skeletons a key may stand for: its own (Latin), or those of its Latin
    transliteration with and without a case ending's consonant (Cyrillic). Once per key: each
    of a name's namesakes asks it again (`_called_so`), and a Cyrillic key's transliteration is
    most of what choosing among them costs."""
    if key.isascii():
        found = {spelling_skeleton(key)}
    else:
        latin = name_key(uk_to_latin(key) if looks_ukrainian(key) else ru_to_latin(key))
        found = {spelling_skeleton(latin), spelling_skeleton(_CASE_CONSONANT.sub("", latin))}
    return frozenset(s for s in found if len(s) >= 4)


def _region_first(places: list[Place], unit_ids: tuple[str, ...]) -> bool:
    """An oblast's own name (Kharkivshchyna, Донеччина, Слобожанщина) means the region, not
    the village that happens to share it."""
    if not unit_ids or places[0].prominence >= REGION_NAMESAKE_MIN:
        return False
    gaz = load_gazetteer()
    return any((u := gaz.unit(i)) is not None and u.level == "oblast" for i in unit_ids)


# Words an adjective-like form may stand before and still be the town: "біля Покровська та
# Мирнограда", "з Українська в напрямку".
_NEXT_FREE = frozenset("""і й та а але або чи й у в на з із зі під до від біля поблизу за після
через и да но или во к ко от около под по при с со через возле вблизи""".split())
_NEXT_WORD_DIRECT = re.compile(r"[ \t]+([^\W\d_]+)")
# Prepositions before a place's case form ("навколо Куп'янська", "біля Покровська"): after
# them the form is the town even when a word follows.
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|[\s(«\"„])(?:біля|поблизу|навколо|довкола|біля|під|над|до|від|з|із|зі|з-під|у|в|для|без|після|"
    r"крім|серед|поза|напрямку|около|вокруг|возле|вблизи|под|над|до|от|из|из-под|для|без|после|кроме|"
    r"среди|у|в|во|со|с)\s+$", re.IGNORECASE)


COMMON_NAME_OPENING_MIN = 20_000  # a town this large may open a sentence though its name is a word
COMMON_NAME_FREE_MIN = 1_000  # below this, a village named like a word needs a preposition or a pause


def _ordinary_word(scan: _Scan, start: int, end: int, before: str, caution: str, top: Place) -> bool:
    """Whether a Cyrillic name or form that is also an ordinary word is that word here.

    A case form an adjective shares ("~": Українська, Покровська) is the adjective when a
    word it could qualify follows ("Українська армія"), unless a preposition stands before
    it ("біля Покровська та ..."). A name or form that is a noun too ("!": Прапор, Ізюм,
    Суми; "^": Сили, Ізюму) is the word when it opens a sentence (only capitals tell a name
    in Cyrillic), unless the town is large or an oblast follows; a small village named so
    also needs what an adjective's form needs ("Сили оборони" mid-sentence is the armed
    forces, Сили a village)."""
    region_after = bool(_CYRILLIC_REGION_AFTER.match(scan.text, end))
    if caution == "^" and top.prominence < COMMON_NAME_FREE_MIN and _ON_BEFORE.search(before):
        return True  # "угруповання на Сході": "in the East", not the village Схід (villages are "в", "у")
    if caution in "!^" and top.prominence < COMMON_NAME_FREE_MIN and _PLURAL_ATTRIBUTE_BEFORE.search(before):
        return True  # "українські Сили утримують …", "наші Сили": the noun its plural adjective qualifies
    if caution in "!^" and _opens_sentence(scan, start) and not region_after \
            and top.prominence < COMMON_NAME_OPENING_MIN:
        return True
    if caution == "~" or top.prominence < COMMON_NAME_FREE_MIN:
        return not region_after and not _after_preposition(before) and _qualifies_next(scan.text, end)
    return False


_ON_BEFORE = re.compile(r"(?:^|\s)(?:на|На)[ \t]+$")
# A lower-case plural adjective right before ("українські", "збройні", "наші", "российские"): the
# word after it is a common noun it agrees with, not a village's name.
_PLURAL_ATTRIBUTE_BEFORE = re.compile(r"(?:^|[\s(«\"„])[а-яіїєґё'’-]{2,}(?:ські|цькі|зькі|ні|ші|ві|ые|ие)[ \t]+$")
_CYRILLIC_REGION_AFTER = re.compile(r"[ \t]+[А-ЯІЇЄҐ][\w'’]+[ \t]+(?:області|области|обл\.|району|районі|районе|"
                                    r"района|народної|народной|ОВА)\b")


def _after_preposition(before: str) -> bool:
    return bool(_PREPOSITION_BEFORE.search(before))


def _qualifies_next(text: str, end: int) -> bool:
    """The word right after (no punctuation between) is one the form could qualify: not a
    function word, nor a verb by its ending ("Куп'янська звільнено", "… Покровська
    розповсюдила"): an adjective stands before a noun or another adjective."""
    found = _NEXT_WORD_DIRECT.match(text, end)
    if not found:
        return False
    word = found.group(1).lower()
    if found.group(1).isupper():
        return True  # "Покровська ТГ", "Покровська ОВА": an abbreviated noun
    if word in _NEXT_FREE or _VERB_ENDING.search(word):
        return False
    # a feminine adjective in the nominative (-ська, the town's genitive too) qualifies a word of
    # its agreement (-а, -я, -ь: "громада", "агломерація", "область"); "захоплення Покровська
    # росіянами" names the town. (Other forms keep the looser test: "Українським військовим".)
    surface = text[:end][-4:].lower()
    return not surface.endswith(("ська", "цька", "зька")) or word.endswith(("а", "я", "ь"))


# Past tense, infinitive, impersonal participle and reflexive endings (uk and ru), which no
# noun or adjective of the feminine "-ська" agreement has.
_VERB_ENDING = re.compile(r"(?:ено|ано|ято|ито|ило|ала|ила|ела|ула|ли|ть|ться|тися|ся|сь)$")


def _written_as_name(surface: str, places: list[Place]) -> bool:
    """Capitalised (Kupiansk), all capitals from 5 letters (KUPIANSK), or a big city in
    lower case (kyiv); not camel case (BaBa)."""
    written = _capitalised_as_name(surface)
    if written is None:
        return bool(places) and places[0].prominence >= LOWERCASE_MIN_PROMINENCE
    return written


@lru_cache(maxsize=16384)
def _capitalised_as_name(surface: str) -> bool | None:
    """Whether a name as written is capitalised as a name is; None when it opens in lower case.
    Once per spelling: an article names its places again and again."""
    words = _WORD.findall(surface)
    if not words:
        return False
    if words[0][0].isupper():
        if surface.isupper():
            return sum(len(w) for w in words) >= 5
        return not any(any(map(str.isupper, w[1:])) for w in words)
    return None


def _in_url(text: str, start: int) -> bool:
    """Inside a link or path (".../lidery-kiev-i-..."): words there are not prose."""
    head = text[max(0, start - 120):start]
    token = head[max(head.rfind(" "), head.rfind("\n"), head.rfind("\t")) + 1:]
    return "/" in token or token.startswith("www.")


def _names_an_oblast(unit_ids: tuple[str, ...]) -> bool:
    gaz = load_gazetteer()
    return any((unit := gaz.unit(u)) is not None and unit.level == "oblast" for u in unit_ids)


# Informal: "the Izyum region", "the Balakleya and Izyum regions/districts". A singular "X district"
# or "X Raion" is the formal raion, no claim on any town (eval README).
_AREA_TERMS = frozenset("region regions districts".split())
_WHOLE_BEFORE = re.compile(r"\b(?:entire|whole)\s+$", re.IGNORECASE)


def _term_after(text: str, end: int) -> str:
    """The word after a name (past a possessive and a hyphenated chain), lower-cased; for a
    coordinated list ("Kharkiv and Donetsk oblasts") the plural noun closing it."""
    m = _COORDINATED.match(text, end)
    if m and m.group(1).lower() in PLURAL_TERMS:
        return m.group(1).lower()
    m = _AFTER.match(text, end)
    return m.group(1).lower().replace("’", "'") if m else ""


def _person_or_compound(before: str) -> bool:
    m = _PREV_WORD.search(before, max(0, len(before) - 32))
    return bool(m) and _names_a_person_or_compound(m.group(1))


@lru_cache(maxsize=16384)
def _names_a_person_or_compound(word: str) -> bool:
    """A title, or a capitalised given name or compound prefix ("Stary", "New"): the word before
    a name that makes it a surname or part of another name. Once per word."""
    low = name_key(word)
    if low in TITLES:
        return True
    if word[0].isupper() and (low in FIRST_NAMES or low in COMPOUND_PREFIXES):
        return True
    return False


# Prepositions that open a clause in capitals ("В Соледаре", "Під Бахмутом") are no part of a name.
_SETTLEMENT_CUES = frozenset("village town city settlement село селище місто город поселок посёлок".split())
_CAPITAL_PREPOSITIONS = frozenset("у в во з із зі на під над біля від до за поблизу під через "
                                  "из под над около от к ко с со возле при "
                                  "in at near from to for on around outside inside into over after since until".split())


# (not a command's: "ОСУВ Хортиця" is the grouping's name)
_ARMED_FORCES_ABBREVIATIONS = frozenset("ВСУ ЗСУ ВС РФ ВСРФ".split())


def _inside_longer_name(scan: _Scan, start: int, end: int, strict: bool) -> bool:
    """A name inside a run of capitalised words is part of another name: Ehud Barak,
    Kachin State, Anadolu Agency, Lysychansk Oil Refinery. A sentence-opening word does not
    count (In Izium...) except for fuzzy matches, nor do weekdays, months, other places and
    "City" (Donetsk City), nor a region's name before ("Luhansk Bilohorivka").

    In a headline-style sentence (`_Scan.title_case`) capitals say nothing, so none of this
    counts there; that test reads the whole sentence, so it is made last, only when a
    capitalised neighbour would otherwise make the name part of a longer one (most names
    have none, and the answer is the same either way)."""
    sentence = scan.sentence(start)
    m = _PREV_CAPITALISED.search(scan.text, max(0, start - 40), start)
    if m and m.start(1) in scan.region_starts and not strict:
        m = None  # "Luhansk Bilohorivka": the region's name before the village's, not one longer name
    if m and m.group(1).lower() in _CAPITAL_PREPOSITIONS:
        m = None  # "Переглядів: 243 У Соледарі …": a clause opened by a preposition, past page chrome
    if m and m.group(1) in _ARMED_FORCES_ABBREVIATIONS:
        m = None  # "освободили от ВСУ Авдеевку": the armed forces' abbreviation is no first part of a name
    if m and m.group(1).lower() in _SETTLEMENT_CUES and \
            not any(c.isalnum() for c in scan.text[scan.starts[sentence]:m.start(1)]):
        m = None  # "Село Пески-Радьковские (…)": the sentence's first word says what the name is
    if m and name_key(m.group(1)) not in CALENDAR:
        opens = not any(c.isalnum() for c in scan.text[scan.starts[sentence]:m.start(1)])
        if strict or not opens:
            return not scan.title_case(sentence)
    m = _NEXT_WORD.match(scan.text, end)
    if m and m.group(1)[0].isupper() and m.start(1) not in scan.match_starts:
        return name_key(m.group(1)) not in CALENDAR and m.group(1).lower() != "city" \
            and not cyrillic_first_name(m.group(1)) and not scan.title_case(sentence)
    return False


_NAME_CASE_ENDINGS = ("a", "ya", "ia", "u", "yu", "iu", "om", "em", "ym", "im", "e", "y", "i")


def cyrillic_first_name(word: str) -> bool:
    """A Cyrillic first name in any case ("Ивана", "Андрея", "Олександра"): the person a title
    names after a town ("глава захваченного Мелитополя Ивана Федорова"), not the rest of its name."""
    if word.isascii():
        return False
    for latin in {ru_to_latin(word).lower(), uk_to_latin(word).lower()}:
        if latin in FIRST_NAMES or any(latin.endswith(e) and latin[:-len(e)] in FIRST_NAMES
                                       for e in _NAME_CASE_ENDINGS):
            return True
    return False


def _the_feature(before: str, text: str, end: int) -> bool:
    """"the Dnipro," / "the Oskil and ..." : a river or region, not the town."""
    if not before.lower().endswith("the "):
        return False
    rest = text[end:end + 24]
    m = _LOWER_WORD.match(rest)
    if rest[:1] == "," or (m and m.group(1) in ("and", "or")):
        listed = _COORDINATED.match(text, end)
        if listed and listed.group(1).lower() in _TOWNS_AREAS:
            # "the Izium and Balakliia areas", "the Shandrigolovo, Drobysheve, and Stavky points":
            # towns in a list, not a river
            return False
    if rest[:1] in (",", ".", ";", ":", "!", "?", ")", ""):
        return True
    return bool(m and m.group(1) in _AFTER_THE)


_TOWNS_AREAS = frozenset("areas cities towns villages settlements communities points localities".split())


@lru_cache(maxsize=4096)
def _needs_cue(key: str) -> bool:
    forms = {key}
    if not key.isascii():
        forms |= {name_key(uk_to_latin(key)), name_key(ru_to_latin(key))}
    if any(f in COMMON_WORDS or f in FIRST_NAMES or f in FOREIGN for f in forms):
        return True
    # a foreign capital in a case form ("в Москве", "до Москви": moskve, moskvy) is no misspelt village (Masykiv)
    return not key.isascii() and any(g.startswith(FOREIGN_CAPITAL_STEMS) for g in forms)



def _add_hint(scan: _Scan, unit_ids: tuple[str, ...], places: list[Place], raion_level: bool,
              sentence: int, start: int = -1) -> None:
    gaz = load_gazetteer()
    units = [u for i in unit_ids if (u := gaz.unit(i)) is not None]
    raions = [u for u in units if u.level == "raion"]
    oblasts = [u for u in units if u.level == "oblast"]
    if raion_level and raions:
        for u in raions:
            scan.hints.append(_Hint(u.oblast_id, u.id, sentence, start))
    elif oblasts:
        for u in oblasts:
            scan.hints.append(_Hint(u.id, "", sentence, start))
    elif raions:
        for u in raions:
            scan.hints.append(_Hint(u.oblast_id, u.id, sentence, start))
    elif places:  # a former raion named after its town ("Balakliia district")
        p = places[0]
        scan.hints.append(_Hint(p.oblast_id, p.raion_id if raion_level else "", sentence, start))


def _fuzzy_matches(scan: _Scan) -> None:
    covered = sorted(scan.covered)
    starts = [c[0] for c in covered]
    longest = max((b - a for a, b in covered), default=0)
    pairs: list[tuple[int, int]] = []
    for m in _FUZZY_PAIR.finditer(scan.text):  # "Velykyi Burliuk" for Velykyi Burluk: a two-word name
        found = _pair_near_miss(m.group())
        if found is None:
            continue  # (nearly every pair of capitalised words: asked first, once per pair, see _pair_near_miss)
        i = bisect_right(starts, m.end() - 1) - 1
        space = re.search(r"[\s-]", m.group()).start()
        words = ((m.start(), m.start() + space), (m.start() + space + 1, m.end()))
        # "Belaya Gora" for Bila Hora: a one-word name matched exactly ("Belaya", Bila in Ternopil
        # Oblast) yields to the two-word name the pair spells, when its second word is no settlement
        # (only names starting less than the longest name's length before the pair can reach into it)
        inside = [c for c in covered[bisect_right(starts, m.start() - longest):bisect_left(starts, m.end())]
                  if c[1] > m.start()]
        replaces = bool(inside) and all(c in words for c in inside) and not any(
            (h.start, h.end) == words[1] for h in scan.hits)  # ("Krasnyi Liman": 'Liman' alone is no name here)
        if i >= 0 and covered[i][1] > m.start() and not replaces:
            continue
        if replaces:
            scan.hits = [h for h in scan.hits if (h.start, h.end) != words[0]]
        pairs.append((m.start(), m.end()))
        _classify(scan, m.start(), m.end(), found[0], found[1], (), found[2])
    for m in _FUZZY_TOKEN.finditer(scan.text):
        i = bisect_right(starts, m.start()) - 1
        if (i >= 0 and covered[i][1] > m.start()) or m.group().isupper():
            continue
        if pairs and any(a <= m.start() < b for a, b in pairs):
            continue
        found = _word_near_miss(m.group())
        if found:
            end = m.end() - (2 if m.group().endswith(("'s", "’s")) else 0)
            _classify(scan, m.start(), end, found[0], found[1], (), found[2])
    if not scan.cyrillic:
        return
    for m in _CYRILLIC_TOKEN.finditer(scan.text):
        i = bisect_right(starts, m.start()) - 1
        if (i >= 0 and covered[i][1] > m.start()) or _opens_sentence(scan, m.start()):
            continue  # a sentence's first word is capitalised whatever it is ("Українські війська")
        found = _cyrillic_near_miss(scan.folded[m.start():m.end()])
        if found:
            _classify(scan, m.start(), m.end(), found[0], found[1], (), found[2])


_HAS_CYRILLIC = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ]")


@lru_cache(maxsize=16384)
def _cyrillic_near_miss(key: str) -> tuple[str, tuple[str, ...], str] | None:
    """A Cyrillic name the gazetteer does not list in this spelling or case: the Russian
    spelling of a village (Новомихайловка, в Новомихайловке: Novomykhailivka) or a case
    form of a name the build could not inflect. Fallback, documented: transliterate, drop a
    case ending's final consonant (-ом, -ах, -ов) if the whole word pairs with nothing, and
    look the consonant skeleton up as for Latin spellings (Rabotino ~ Robotyne); kept only
    near places the article names (method "skeleton", see _keep_near_misses_in_context)."""
    if _needs_cue(key) or key in match_index():
        return None
    latin = name_key(uk_to_latin(key) if looks_ukrainian(key) else ru_to_latin(key))
    gaz = load_gazetteer()
    for candidate in (latin, _CASE_CONSONANT.sub("", latin)):
        skeleton = spelling_skeleton(candidate)
        if len(skeleton) < 4:
            return None
        places = tuple(i for i in skeleton_index().get(skeleton, ())
                       if _spelling_ratio(candidate, gaz[i]) >= SKELETON_MIN_RATIO)
        if places:
            closest = _closest_spelling(key, places)
            if closest:  # Работино ~ Роботине, Клещеевке ~ Кліщіївка: read without context
                return key, closest, "spelling"
            return key, places, "skeleton"
    return None


# (Russian е stands for Ukrainian і as often as for е: Клещеевка ~ Кліщіївка, Белогоровка ~ Білогорівка)
_VOWEL_CLASSES = str.maketrans({"а": "о", "ы": "и", "і": "и", "ї": "и", "й": "и", "є": "и", "э": "и", "ё": "и", "е": "и",
                                "ю": "у", "я": "а", "ь": None, "ъ": None, "'": None})
SPELLING_MAX_DISTANCE = 2  # vowel-class edits between a Russian spelling and the Ukrainian name
SPELLING_MIN_LETTERS = 6


def _closest_spelling(key: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """The places whose Cyrillic name is closest to ``key`` once vowels are put in classes
    (Russian а for Ukrainian о, и for і, е for є), case endings aside; only when one name
    is closest and within SPELLING_MAX_DISTANCE (else the article's context must decide)."""
    if len(key) < SPELLING_MIN_LETTERS or any(len(part) < 3 for part in key.split()):
        return ()  # "Клебан Бык" compares whole; a one- or two-letter word is too little to go on
    word = key.translate(_VOWEL_CLASSES)
    gaz = load_gazetteer()
    scored: dict[str, list[str]] = {}
    best = SPELLING_MAX_DISTANCE + 1
    for place_id in places:
        place = gaz[place_id]
        for name in (place.name_uk, *place.aliases):
            if not name or name.isascii():
                continue
            other = name_key(name).translate(_VOWEL_CLASSES)
            distance = min(Levenshtein.distance(word[:len(word) - cut], other[:len(other) - cut]) for cut in (0, 1, 2))
            if distance < best:
                best, scored = distance, {}
            if distance == best:
                scored.setdefault(place.name, []).append(place_id)
    if best > SPELLING_MAX_DISTANCE or len(scored) != 1:
        return ()
    return tuple(dict.fromkeys(next(iter(scored.values()))))


def _spelling_ratio(key: str, place: Place) -> float:
    """How much of a spelling a place's Latin names share, its best name counting: 'Krasnyi
    Liman' is Lyman's old name Krasnyi Lyman, whatever today's name shares with it."""
    return max(fuzz.ratio(key, name_key(name)) for name in (place.name, *place.aliases) if name.isascii())


@lru_cache(maxsize=16384)
def _pair_near_miss(pair: str) -> tuple[str, tuple[str, ...], str] | None:
    """`_near_miss` of two capitalised words as written, when it misses a two-word name (what
    else they miss is left to each word alone). Once per pair: an article's pairs of
    capitalised words are names of people, units and places, again and again, and nearly none
    misses a place's name."""
    found = _near_miss(name_key(pair))
    return found if found and " " in found[0] else None


@lru_cache(maxsize=16384)
def _word_near_miss(word: str) -> tuple[str, tuple[str, ...], str] | None:
    """`_near_miss` of a capitalised word as written (an article's thousands of them repeat)."""
    return _near_miss(name_key(word))


# A Russian adjective's ending written for a Ukrainian name's (Пыльная for Пільна): its Latin
# spellings, and the Ukrainian name's ending they stand for.
_RUSSIAN_ADJECTIVE_ENDINGS = (("aya", "a"), ("aja", "a"), ("oye", "e"), ("oe", "e"))


@lru_cache(maxsize=16384)
def _near_miss(key: str) -> tuple[str, tuple[str, ...], str] | None:
    """(key, place ids, how) for a name that matched nothing exactly: a one-letter typo of
    a larger place's name (Balaklyia: "fuzzy"), else a spelling with the same consonants
    and much the same letters (Rabotino ~ Robotyne: "skeleton"). Both are kept only near
    places the article names exactly (see _keep_near_misses_in_context)."""
    idx = match_index()
    gaz = load_gazetteer()
    if key in idx or _needs_cue(key) or _NOT_A_NAME.search(key):
        return None
    for ending, ukrainian in _RUSSIAN_ADJECTIVE_ENDINGS:  # Pylnaya ~ Pylna, Rubezhnoye ~ Rubizhne
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            entry = idx.get(key[:-len(ending)] + ukrainian)
            if entry is not None and entry.places:
                return key, tuple(entry.places), "fuzzy"
    bucket = idx.fuzzy.get(key[:2], ())
    limit = 1 if len(key) < 10 else 2
    found = process.extract(key, bucket, scorer=Levenshtein.distance, score_cutoff=limit, limit=5)
    if found:
        best = min(d for _, d, _ in found)
        keys = [k for k, d, _ in found if d == best]
        entries = [idx.get(k) for k in keys]
        if len({gaz[e.places[0]].name for e in entries}) == 1:
            # every spelling at that distance, in a fixed order: which of them the index lists
            # first must not decide which namesakes are candidates ("Pyatikhatky": the city's
            # alias Pyatikhatki and the name Piatykhatky of villages)
            return min(keys), tuple(dict.fromkeys(p for e in entries for p in e.places)), "fuzzy"
        return None
    places = tuple(i for i in skeleton_index().get(spelling_skeleton(key), ())
                   if _spelling_ratio(key, gaz[i]) >= SKELETON_MIN_RATIO)
    return (key, places, "skeleton") if places else None


# --- homonyms -------------------------------------------------------------------------

def _resolve(scan: _Scan) -> None:
    for hit in scan.hits:
        if len(hit.cands) == 1 and hit.key.isascii():
            hit.chosen, hit.how = hit.cands[0], "unique"
            continue  # (the one place of a Latin name: the regions its sentence names are not asked)
        near = _hints_for(scan, hit)
        if len(hit.cands) == 1 and (not near or any(_within(hit.cands[0], h) for h in near)):
            hit.chosen, hit.how = hit.cands[0], "unique"
            continue  # (a Russian spelling listed for one village elsewhere still yields to the oblast named)
        inside = [c for c in hit.cands if any(_within(c, h) for h in near)] if near else []
        if near and not inside and not hit.key.isascii():
            # "Калиновка в Донецкой области": the Russian spelling is listed only for the
            # Kalynivkas GeoNames knows; the oblast's own ones pair by skeleton.
            inside = [c for c in _skeleton_namesakes(hit.key) if any(_within(c, h) for h in near)]
        if inside:
            hit.cands = inside
            if len(inside) == 1:
                hit.chosen, hit.how = inside[0], "region"
    stalled = False
    for _ in range(4):  # each pass lets newly placed names help place the rest
        open_hits = [h for h in scan.hits if h.chosen is None]
        if not open_hits:
            break
        context = Context(_anchors(scan))
        for hit in open_hits:
            _by_context(hit, context, _peer_towns(scan, hit))
        if all(h.chosen is None for h in open_hits):
            stalled = True
            break
    # (with every name matched exactly, the pass below has the anchors and the open names of the pass
    # that just placed none of them, and would place none again: most articles, not asked twice)
    again = not (stalled and all(h.method == "exact" for h in scan.hits))
    _keep_near_misses_in_context(scan)
    open_hits = [h for h in scan.hits if h.chosen is None] if again else []
    if open_hits:  # near misses that survived may now place their neighbours
        context = Context(_anchors(scan, near_misses=True))
        for hit in open_hits:
            _by_context(hit, context, _peer_towns(scan, hit))
    _fall_back_to_holders(scan)
    chosen = {h.key: h.chosen for h in scan.hits if h.chosen is not None and h.how != "unique"}
    for hit in scan.hits:
        if hit.chosen is None and chosen.get(hit.key) in hit.cands:
            hit.chosen, hit.how = chosen[hit.key], "discourse"


# What may stand between a listed name and the region closing its list: more names, commas and
# conjunctions, a plural noun, then "in (the)" ("A, B and C villages in Kherson Oblast"). Each
# name with its separator is an atomic group: the separator may be empty and a name may be split
# at any capital, so a run of capitals or of capitalised words that ends in no "in" would
# otherwise be tried every way it splits (2^n: a sentence with "THE GENERAL STAFF OF THE ARMED
# FORCES" before two regions never finished).
_LIST_TO_REGION = re.compile(
    rf"(?:['’]s)?(?>\s*(?:,|\band\b|\bor\b|&|\bта\b|\bі\b|\bй\b|\bи\b)?\s*(?:and\s+)?"
    rf"[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*)?)*"
    r"(?:\s+(?:villages|settlements|towns|cities|localities|communities))?\s*,?\s+(?:in|of|у|в|во)\s+(?:the\s+)?$")


def _hints_for(scan: _Scan, hit: _Hit) -> list[_Hint]:
    """The regions named in the hit's sentence; only the one closing the hit's own list when
    the sentence names several ("Kalynivka and Novoselivka in Donetsk Oblast, and
    Petropavlivka in Kharkiv Oblast": the first two are Donetsk Oblast's)."""
    near = [h for h in scan.hints if h.sentence == hit.sentence]
    if len({(h.oblast, h.raion) for h in near}) < 2:
        return near
    after = sorted((h for h in near if h.start >= hit.end), key=lambda h: h.start)
    if after:
        first = [h for h in after if h.start == after[0].start]
        if _LIST_TO_REGION.match(scan.text[hit.end:first[0].start]):
            return first
    return near


def _fall_back_to_holders(scan: _Scan) -> None:
    """A name one place holds as an alias, its namesakes added (see _namesakes), is that place
    when nothing in the text speaks for any of them: no region named in its sentence and no
    tie to any place the text names ("Штурм Марьинки": Marinka, the town GeoNames spells so); and
    a former name in the region named with it is the place that bore it. Otherwise the context
    decides, and what it leaves open stays open (Ивановка in Kherson Oblast: five Іванівкas)."""
    open_hits = [h for h in scan.hits if h.chosen is None and h.holder is not None and h.holder in h.cands]
    if not open_hits:
        return
    context = Context(_anchors(scan, near_misses=True))
    for hit in open_hits:
        near = _hints_for(scan, hit)
        if near:  # a former name, in the region named: the place called so ("Новоселовка в Крыму": Lisnivka)
            if not _called_so(hit.holder, hit.key) and any(_within(hit.holder, h) for h in near):
                hit.chosen, hit.how = hit.holder, "region"
        elif all(context.support(c, hit.sentence, hit.key)[0] < 1 for c in hit.cands):
            hit.chosen, hit.how = hit.holder, "unique"


def _skeleton_namesakes(key: str) -> list[Place]:
    gaz = load_gazetteer()
    latin = name_key(uk_to_latin(key) if looks_ukrainian(key) else ru_to_latin(key))
    found = []
    for candidate in dict.fromkeys((latin, _CASE_CONSONANT.sub("", latin))):
        found += [gaz[i] for i in skeleton_index().get(spelling_skeleton(candidate), ())
                  if _spelling_ratio(candidate, gaz[i]) >= SKELETON_MIN_RATIO]
    return found


_NEAR_MISS_METHODS = frozenset({"fuzzy", "spelling", "skeleton"})


def _alone_on_its_line(text: str, hit: _Hit) -> bool:
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    return not text[line_start:hit.start].strip() and not text[hit.end:len(text) if line_end < 0 else line_end].strip()


def _keep_near_misses_in_context(scan: _Scan) -> None:
    """A near-miss spelling counts only near what the article names exactly: typos happen
    in reports on that area. A typo of a larger place needs its oblast named anywhere in
    the article; a same-consonant spelling (looser) needs its oblast named in the same
    sentence, or its raion, or a named place within NEAR_KM; a Russian spelling that one
    Ukrainian name fits best ("spelling") needs nothing, and an oblast named narrows it.
    (Most articles have no near miss left by now: they keep every hit as it is.)"""
    if not any(hit.method in _NEAR_MISS_METHODS for hit in scan.hits):
        return
    anchors = _anchors(scan)
    oblasts = {a.oblast for a in anchors}
    near_oblasts = {(a.oblast, a.sentence) for a in anchors}
    raions = {a.raion for a in anchors if a.raion}
    points = [(a.lat, a.lon) for a in anchors if a.lat is not None and a.lon is not None]
    kept = []
    dropped: list[tuple[_Hit, list[Place]]] = []
    for hit in scan.hits:
        before = hit.cands
        if hit.method in ("fuzzy", "spelling", "skeleton") and _alone_on_its_line(scan.text, hit):
            hit.cands = []  # a page's heading ("History", "Demographics"), no misspelt village
        elif hit.method == "fuzzy":
            hit.cands = [c for c in hit.cands if c.oblast_id in oblasts]
        elif hit.method == "spelling":  # a Russian spelling one name fits best: no context needed
            hit.cands = [c for c in hit.cands if c.oblast_id in oblasts] or hit.cands
            hit.method = "fuzzy"
        elif hit.method == "skeleton":
            hit.cands = [c for c in hit.cands if (c.oblast_id, hit.sentence) in near_oblasts
                         or c.raion_id in raions or near_any(c, points)]
            hit.method = "fuzzy"
        else:
            kept.append(hit)
            continue
        if not hit.cands:
            dropped.append((hit, before))
            continue
        if hit.chosen is not None and hit.chosen not in hit.cands:
            hit.chosen, hit.how = None, ""
        if hit.chosen is None and len(hit.cands) == 1:
            hit.chosen, hit.how = hit.cands[0], "context"
        kept.append(hit)
    # Another spelling of a place the article has placed ("Urozajne ... in the Donetsk region",
    # later "entered Urozajny"): the same village, whatever this sentence names around it.
    placed = {h.chosen.id for h in kept if h.chosen is not None}
    for hit, cands in dropped:
        same = [c for c in cands if c.id in placed]
        if len(same) == 1:
            hit.cands, hit.chosen, hit.how = same, same[0], "discourse"
            kept.append(hit)
    keep = {id(h) for h in kept}
    scan.hits = [h for h in scan.hits if id(h) in keep]  # in the text's order


def _within(place: Place, hint: _Hint) -> bool:
    return place.raion_id == hint.raion if hint.raion else place.oblast_id == hint.oblast


def _anchors(scan: _Scan, near_misses: bool = False) -> list[Anchor]:
    """Everything placed so far: named regions and settlements matched exactly (and near
    misses too, when asked)."""
    out = [Anchor(h.oblast, h.raion, "", h.sentence, "") for h in scan.hints]
    out += [place_anchor(h.chosen, h.sentence, h.key) for h in scan.hits
            if h.chosen is not None and (h.method == "exact" or near_misses)]
    return out


def _peer_towns(scan: _Scan, hit: _Hit) -> bool:
    """The other places its sentence names are all towns (PEER_TOWN_MIN and more): a list of
    towns ("Пологи, Василівка, Токмак наразі окуповані") names the town of a shared name."""
    peers = [h.chosen.prominence for h in scan.hits
             if h is not hit and h.sentence == hit.sentence and h.chosen is not None and h.key != hit.key]
    return bool(peers) and min(peers) >= PEER_TOWN_MIN


PEER_TOWN_MIN = 5_000


def _called_so(place: Place, key: str) -> bool:
    """Whether the key is (a spelling of) the place's name today."""
    return name_key(place.name) == key or spelling_skeleton(name_key(place.name)) in _key_skeletons(key)


def _by_context(hit: _Hit, context: Context, peer_towns: bool = False) -> None:
    """Choose among namesakes by the places the text names. A neighbour the sentence itself
    names ("X, near Y"; "X and Y in Z Oblast", Y placed) outranks ties to other sentences,
    however close (the sentence says where X is; the article may range over several fronts);
    other ties rank by closeness (see Context.support)."""
    # Each candidate's rank, in the order of hit.cands: (the sentence's own close tie: 3.5 for a
    # neighbour in its hromada, else 0 (`Context.same_sentence`: no raion, no distance); the closest
    # tie anywhere; anchors), as `Context.ties` gives it.
    ranks = [context.ties(c, hit.sentence, hit.key) for c in hit.cands]
    top = hit.cands[0]
    others = max((c.prominence for c in hit.cands[1:]), default=0)
    dwarfs = top.prominence >= DOMINANT_MIN and top.prominence >= DOMINANT_RATIO * others
    if dwarfs and hit.village and top.kind == "city" and any(c.kind != "city" for c in hit.cands[1:]):
        dwarfs = False  # "the village of Piatykhatky": not the city of Piatykhatky, whatever its size
    if dwarfs and not _called_so(top, hit.key) and any(_called_so(c, hit.key) for c in hit.cands[1:]):
        dwarfs = False  # a city's old name (Melitopol: Novooleksandrivka; Donetsk: Aleksandrovka) does not
        # outrank today's villages of that name, in whatever spelling
    top_rank = ranks[0]
    # A dominant city loses its precedence to a namesake tied closely to the places named (its
    # raion or hromada), or to namesakes in the oblast of two or more places of the same sentence
    # when the city has no tie at all ("Cherkaski Tyshky, Ruski Tyshky, Rubizhne": Kharkiv Oblast's
    # villages, not the city of Rubizhne in Luhansk Oblast).
    called_so = name_key(top.name) == hit.key or (not hit.key.isascii() and bool(top.name_uk)
                                                  and name_key(top.name_uk)[:4] == hit.key[:4])  # (a case form)
    # (a namesake the sentence ties to its own hromada outranks a dominant city; a city of BIG_CITY and
    # more yields only to ties its own sentence makes, raion or closer: "hospitals in Kramatorsk and
    # Pavlograd" is the city, whatever villages called Pavlohrad lie near the article's other places)
    pinned = any(r[0] for r in ranks[1:]) and not top_rank[0]
    if peer_towns and top.prominence >= PEER_TOWN_MIN and others < PEER_TOWN_MIN and called_so:
        hit.chosen, hit.how = top, "peers"  # the only town of the name, among towns
        return
    if dwarfs and not pinned and not any(
            (r[1] in (2.5, 3.5) if top.prominence >= BIG_CITY else
             r[1] >= 2 or (r[1] >= 1.5 and r[2] >= 2 and top_rank[1] == 0))
            for r, c in zip(ranks, hit.cands) if c is not top):
        hit.chosen, hit.how = top, "prominence"
        return
    best = max(ranks)
    if best[1] < 1:
        return
    leaders = [c for r, c in zip(ranks, hit.cands) if r == best]
    if len(leaders) == 1:
        hit.chosen, hit.how = leaders[0], "context"
    elif leaders[0].prominence >= DOMINANT_RATIO * max(c.prominence for c in leaders[1:]) and (
            leaders[0].prominence >= DOMINANT_MIN or (leaders[0].kind in ("city", "settlement") and not hit.village
                                                      and all(c.kind == "village" for c in leaders[1:]))):
        # a town, or an urban settlement among villages, equally tied; villages alike stay open, and so
        # does a name the text calls a village ("село Ивановка в Херсонской области": four villages, and
        # the settlement of Ivanivka is not one)
        hit.chosen, hit.how = leaders[0], "context"
