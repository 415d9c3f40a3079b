"""Every grammatical case of the gazetteer's Cyrillic names, made once at build time.

Ukrainian and Russian reporting writes a place in whatever case the sentence needs:
Куп'янськ, Куп'янська, у Куп'янську, під Куп'янськом; Купянск, в Купянске, под
Купянском; Велика Новосілка, у Великій Новосілці. The forms come from pymorphy3 with its
shipped Ukrainian and Russian dictionaries (a maintained morphology library; it also
predicts the paradigm of a name it does not know from the name's ending), not from a
hand-written table of endings. They are made here, when the gazetteer is built, so the
monitor itself only looks them up.

Which analyser: a name with letters only Ukrainian has (і ї є ґ, an apostrophe) is
Ukrainian, one with letters only Russian has (ы э ъ ё) is Russian, anything else is
inflected both ways (Бахмут: Бахмуті and Бахмуте).

A name of several words inflects its head noun and the adjectives agreeing with it
(Велика Новосілка → Великої Новосілки); other words stay as written (Нью-Йорк →
Нью-Йорка). Only the name's own number is used (no plurals of a town).

What the library cannot do, and the fallback (tested in tests/gazetteer/test_forms.py):
- a possessive first word in -ів/-їв/-ов/-ев/-ин before a noun (Часів Яр, Часов Яр) is
  parsed as a genitive plural; it is declined as the possessive adjective it is
  (Часового Яру, Часовому Яру; Часового Яра, Часовом Яре);
- names it cannot parse at all keep only their written form; at run time the place
  matcher's near-miss step (consonant skeletons over the article's own area) still reads
  them.
"""

from __future__ import annotations

from functools import lru_cache

from monitor.gazetteer.keys import name_key
from monitor.gazetteer.translit import is_cyrillic, looks_russian, looks_ukrainian

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_EXTRA_RU_CASES = ("loc2",)  # "в Лесу"-type locatives some names take
# Possessive adjectives as first words of names: the ending after the stem in each case.
_SHORT_POSSESSIVE = {"gent": "а", "datv": "у"}  # Russian short possessives decline like nouns here
_DEGREES = frozenset({"COMP", "Supr", "Cmp2"})  # мирнейший is no form of Мирное
_POSSESSIVE_UK = ("ів", "їв", "ин", "ін")
_POSSESSIVE_RU = ("ов", "ев", "ин")


@lru_cache(maxsize=2)
def _analyser(language: str):
    import pymorphy3  # build-time only: the monitor reads the stored forms

    return pymorphy3.MorphAnalyzer(lang=language)


def languages_of(name: str) -> tuple[str, ...]:
    if looks_ukrainian(name):
        return ("uk",)
    if looks_russian(name):
        return ("ru",)
    return ("uk", "ru")


def name_forms(name: str) -> set[str]:
    """Folded keys (see `name_key`) of every case form of a Cyrillic name, the name's own key
    included."""
    key = name_key(name)
    forms = {key}
    for language in languages_of(name):
        forms |= _forms_in(key, language)
    return {f for f in forms if f}


def row_forms(names: list[str], respelled: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The case forms of a place's or unit's Cyrillic names that are not already one of its
    names' keys, sorted (so a rebuild is byte-identical). A form that is also a form of an
    ordinary word (Українська: of Українськ, and the adjective "Ukrainian"; Покровська) is
    marked with a leading "~" (another part of speech: the matcher then wants it not to
    stand before a word it could qualify, "Українська армія", "Покровська громада") or "^"
    (a common noun's form too). A name that is itself an ordinary word is listed once more,
    as "!" and its key (see `common_word`). ``respelled`` names (the Russian spelling of a
    Ukrainian name, russian.py) are in no name column, so their own key is a form too."""
    own = {name_key(n) for n in names}
    forms: set[str] = set()
    for name in [*names, *respelled]:
        if is_cyrillic(name):
            forms |= {_common_form(f, name) + f for f in name_forms(name)}
            if common_word(name):
                forms.add(f"!{name_key(name)}")
    return sorted(f for f in forms if f.startswith("!") or f.lstrip("~^") not in own)


def common_word(name: str) -> bool:
    """A one-word name that is also an ordinary word (Прапор "flag", Ізюм "raisins", Суми
    "bags", Перемога "victory", Мирное "peaceful"), marked "!" for the matcher."""
    key = name_key(name)
    if " " in key:
        return False
    for language in languages_of(name):
        for parse in _analyser(language).parse(key):
            if parse.tag.case != "nomn" or parse.tag.POS not in ("NOUN", "ADJF") or not parse.is_known:
                continue
            if (parse.tag.POS == "ADJF" and language == "ru") or (parse.tag.POS == "NOUN"
                                                                  and _common_noun(parse, language)):
                return True
    return False


def _common_form(form: str, name: str) -> str:
    """"~" for a one-word form another part of speech also takes (the adjective українська,
    мирного: adjectival names like Мирне are guarded whole, "Мирного населення" is the
    civilian population); "^" for one a common noun takes (сили: of Сила and of "сила",
    force; ізюму: of Ізюм and of "ізюм", raisins); "" for neither."""
    if " " in form:
        return ""
    key = name_key(name)
    mark = ""
    for language in languages_of(name):
        for parse in _analyser(language).parse(form):
            if not parse.is_known or parse.tag.POS is None:
                continue
            if parse.tag.POS != "NOUN" and parse.normal_form != key:
                return "~"
            if parse.tag.POS == "NOUN" and _common_noun(parse, language):
                mark = "^"
    return mark


def _common_noun(parse, language: str) -> bool:
    """A parse as an ordinary noun, not a toponym or a person. The Ukrainian dictionary lists
    toponyms and common nouns as separate paradigms with no toponym grammeme: its common
    nouns are the ones whose tag opens with animacy ("NOUN,inan masc"), its toponyms open
    with gender ("NOUN,masc,inan"), and dialect words carry "Dist". The Russian dictionary
    marks toponyms "Geox" and people "Name"/"Surn"/"Patr"."""
    grammemes = parse.tag.grammemes
    if language == "uk":
        return str(parse.tag).startswith("NOUN,inan") or "Dist" in grammemes
    return not grammemes & {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}


def _forms_in(key: str, language: str) -> set[str]:
    words = key.split(" ")
    morph = _analyser(language)
    nouns = [_nominative(morph, w, "NOUN") for w in words]
    adjectives = [_nominative(morph, w, "ADJF") for w in words]
    if len(words) == 1:
        head_parse = nouns[0] or adjectives[0]
        head = 0 if head_parse is not None else None
    else:  # the last noun heads the name; an adjective-only word is never its head
        head = max((i for i, p in enumerate(nouns) if p is not None), default=None)
        head_parse = nouns[head] if head is not None else None
    if head is None or head_parse is None:
        return set()
    number, animacy = head_parse.tag.number, head_parse.tag.animacy  # number: None in uk singulars
    out = set()
    for case in _CASES + (_EXTRA_RU_CASES if language == "ru" else ()):
        # Every variant of the head in this case (Кривому Рогу and Кривому Рогові).
        heads = {name_key(f.word) for f in head_parse.lexeme if f.tag.case == case and f.tag.number == number
                 and f.tag.gender == head_parse.tag.gender and not f.tag.grammemes & _DEGREES}
        for head_form in sorted(heads):
            inflected = []
            for i, word in enumerate(words):
                adjective = adjectives[i]
                if i == head:
                    inflected.append(head_form)
                elif adjective is not None and _agrees(adjective, head_parse):
                    form = adjective.inflect(_grammemes(case, number, animacy, head_parse.tag.gender)) or \
                        adjective.inflect(_grammemes(case, number, None, head_parse.tag.gender))
                    if form is None:
                        break
                    inflected.append(name_key(form.word))
                elif i == head - 1 and _possessive(word, language):
                    inflected.append(_possessive_form(word, language, case))
                    if language == "ru" and case in _SHORT_POSSESSIVE:  # "Часова Яра", "Часову Яру"
                        out.add(" ".join([*inflected[:-1], word + _SHORT_POSSESSIVE[case],
                                          *words[i + 1:head], head_form, *words[head + 1:]]))
                    if case not in ("nomn", "accs"):  # spoken usage keeps the possessive: "в Часов Яре", "у Часів Ярі"
                        out.add(" ".join([*inflected[:-1], word, *words[i + 1:head], head_form, *words[head + 1:]]))
                else:
                    inflected.append(word)
            else:
                out.add(" ".join(inflected))
    return out


def _grammemes(case: str, number: str | None, animacy: str | None, gender: str | None = None) -> set[str]:
    """What to inflect an adjective to: its noun's gender in the singular (Новая Каховка →
    Новую Каховку, not the masculine Новый), and in the accusative of a masculine noun its
    animacy (Красный Лиман → Красный Лиман, not Красного Лиман); a feminine or neuter
    accusative has no animacy to agree in."""
    wanted = {case}
    if number:
        wanted.add(number)
    if gender and number != "plur":
        wanted.add(gender)
    if case == "accs" and animacy and gender in (None, "masc"):
        wanted.add(animacy)
    return wanted


def _nominative(morph, word: str, pos: str):
    """The word's parse as a name of this part of speech in the nominative, if it has one
    (a place before a person: Geox first, inanimate nouns next)."""
    candidates = [p for p in morph.parse(word) if p.tag.POS == pos and p.tag.case == "nomn"]
    if not candidates:
        return None
    geo = [p for p in candidates if "Geox" in p.tag.grammemes]
    things = [p for p in candidates if "anim" not in p.tag.grammemes]
    return (geo or things or candidates)[0]


def _agrees(adjective, head) -> bool:
    return adjective.tag.gender in (None, head.tag.gender) and adjective.tag.number in (None, head.tag.number)


def _possessive(word: str, language: str) -> bool:
    endings = _POSSESSIVE_UK if language == "uk" else _POSSESSIVE_RU
    return len(word) > 3 and word.endswith(endings)


def _possessive_form(word: str, language: str, case: str) -> str:
    """Часів → Часового/Часовому (uk), Часов → Часового/Часовом (ru); nominative as written."""
    if case in ("nomn", "accs"):
        return word
    if word.endswith(("ів", "ов")):
        stem = word[:-2] + "ов"
    elif word.endswith(("їв", "ев")):
        stem = word[:-2] + ("єв" if language == "uk" else "ев")
    else:  # -ин / -ін
        stem = word[:-2] + "ин"
    ending = {"gent": "ого", "datv": "ому", "ablt": "им" if language == "uk" else "ым",
              "loct": "ому" if language == "uk" else "ом", "loc2": "ом"}[case]
    return stem + ending
