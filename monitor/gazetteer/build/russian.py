"""The Russian spelling of a Ukrainian settlement name, for villages no source spells in Russian.

Russian reporting (the Defence Ministry's daily lists above all) names small villages in
Russian: Філія is "Филия", Новоселівка Перша "Новоселовка Первая", Мирна Долина "Мирная
Долина". The gazetteer's sources give a Russian name only for the larger places (GeoNames'
alternate names), so without this a Russian list stops at its first small village.

No maintained library respells Ukrainian toponyms in Russian, so this follows the regular
correspondences of the two spellings, word by word, with pymorphy3's Ukrainian dictionary
deciding which words are adjectives (their endings differ: Мирна → Мирная, Перше → Первое):
- ordinal and month words are translated (Перша → Первая, Травня → Мая);
- -івка/-ївка → -овка/-евка, -ськ/-цьк → -ск/-цк, -ів/-їв at a word's end → -ов/-ев,
  -сілка → -селка;
- the commonest word-initial stems that differ (Олександр- → Александр-, Миколаї- →
  Николае-, Кам'ян- → Камен-, Біл- → Бел-, Чорн- → Черн-);
- letters: і, ї → и; є → е; ґ → г; apostrophes dropped.
Name words that Russian translates rather than respells are translated too, whatever their
gender or number (`_TRANSLATED`): Північне is "Северное", Південне "Южное", Червоне
"Красное", Вільне "Вольное", Світле "Светлое", Залізне "Железное", Нижнє "Нижнее"; Велика
gives both "Великая" and "Большая" (Велика Лепетиха, "Большая Лепетиха"). The list holds
the words GeoNames' Russian names of Ukrainian places translate most often (checked against
them at build time); namesakes the translation creates (Північне's "Северное" is also the
spelling of Сєверне) are left to the matcher's homonym resolution (oblast, neighbours).
Beyond that it is a spelling, not a translation: Запорізьке gives "Запорізское", not the
historical "Запорожское", and a vowel that alternates (Кліщіївка, "Клещеевка") is missed;
such names still need a real alias. What it produces is inflected like any Russian name (forms.py) and
guarded like one (a result that is an ordinary Russian word is marked as such).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Whole words translated, not respelled: ordinals and months (genitive) as names use them.
_WORDS = {
    "перша": "первая", "перше": "первое", "перший": "первый", "перші": "первые",
    "друга": "вторая", "друге": "второе", "другий": "второй", "другі": "вторые",
    "третя": "третья", "третє": "третье", "третій": "третий",
    "четверта": "четвертая", "четверте": "четвертое", "п'ята": "пятая", "п'яте": "пятое",
    "січня": "января", "лютого": "февраля", "березня": "марта", "квітня": "апреля",
    "травня": "мая", "червня": "июня", "липня": "июля", "серпня": "августа",
    "вересня": "сентября", "жовтня": "октября", "листопада": "ноября", "грудня": "декабря",
}
# Adjectives of names Russian translates (or spells with another root vowel): Ukrainian stem →
# Russian stems (more than one: each is a spelling news uses). Their endings follow gender and
# number: Північне/Північна/Північний/Північні → Северное/Северная/Северный/Северные.
_TRANSLATED = {
    "північн": ("северн",), "південн": ("южн",), "червон": ("красн",), "вільн": ("вольн",),
    "світл": ("светл",), "сонячн": ("солнечн",), "залізн": ("железн",), "гірськ": ("горск",),
    "піщан": ("песчан",), "багат": ("богат",), "зарічн": ("заречн",), "надрічн": ("надречн",),
    "розкішн": ("роскошн",), "молодіжн": ("молодежн",), "висок": ("высок",), "лісн": ("лесн",),
    "кримськ": ("крымск",), "хорош": ("хорош",), "велик": ("велик", "больш"),
    "нижн": ("нижн",), "верхн": ("верхн",), "середн": ("средн",),
}
_UK_ADJECTIVE_ENDINGS = {"е": "n", "є": "n", "а": "f", "я": "f", "ий": "m", "ій": "m", "і": "p"}
# Russian endings by gender/number: hard stems, soft stems (нижн-), stems in г/к/х, in ш/ж/ч/щ.
_RU_ENDINGS = {"hard": {"n": "ое", "f": "ая", "m": "ый", "p": "ые"},
               "soft": {"n": "ее", "f": "яя", "m": "ий", "p": "ие"},
               "velar": {"n": "ое", "f": "ая", "m": "ий", "p": "ие"},
               "hush": {"n": "ее", "f": "ая", "m": "ий", "p": "ие"}}
_STRESSED_ENDING = {"больш": {"n": "ое", "m": "ой"}}  # Большое, Большой (the ending stressed)
# Word-initial stems whose vowels the two languages spell differently (the commonest in names).
_STEMS = (("олександр", "александр"), ("олекс", "алекс"), ("миколаї", "николае"), ("камян", "камен"),
          ("біл", "бел"), ("чорн", "черн"), ("сіверськ", "северск"))
_APOSTROPHES = re.compile("['\u2019\u02bc`]")
_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})
_HARD_BEFORE_I = "гкхжшчщ"  # Russian writes -ий, not -ый, after these (Широкий, Великий)


@lru_cache(maxsize=1)
def _ukrainian():
    import pymorphy3  # build-time only

    return pymorphy3.MorphAnalyzer(lang="uk")


def russian_spellings(name_uk: str) -> list[str]:
    """The Russian spellings of a Ukrainian name (one, or two where the ending is ambiguous:
    Курахове is "Курахово", Степове "Степовое"), none when it is spelled the same."""
    words = name_uk.split(" ")
    variants: list[list[str]] = []
    for i, word in enumerate(words):
        spelled = _word(word, head=i == len(words) - 1)
        if not spelled:
            return []
        variants.append(spelled)
    out = [""]
    for choices in variants:
        out = [f"{a} {b}".strip() for a in out for b in choices]
    return [o for o in out if o != name_uk][:2]


def _word(word: str, head: bool) -> list[str]:
    lower = word.lower()
    if lower in _WORDS:
        return [_capitalise(_WORDS[lower], word)]
    translated = _translated(lower)
    if translated:
        return [_capitalise(t, word) for t in translated]
    if "-" in lower:  # Олександро-Шультине: each part on its own, the last one the head
        parts = word.split("-")
        spelled = [_word(p, head and n == len(parts) - 1) for n, p in enumerate(parts)]
        if any(not p for p in spelled):
            return []
        return ["-".join(p[0] for p in spelled)]
    lower = _APOSTROPHES.sub("", lower)
    if not lower.isalpha():
        return []
    return [_capitalise(_suffixes(_stem(e)).translate(_LETTERS), word) for e in _endings(lower, head)]


def _translated(word: str) -> list[str]:
    """A name adjective Russian translates, in the word's gender and number (see `_TRANSLATED`)."""
    for ending, gender in _UK_ADJECTIVE_ENDINGS.items():
        stem = word[:-len(ending)]
        if word.endswith(ending) and stem in _TRANSLATED:
            soft = ending in ("є", "я", "ій") or (ending == "і" and stem.endswith("н") and stem in ("нижн", "верхн", "середн"))
            out = []
            for ru in _TRANSLATED[stem]:
                kind = "soft" if soft else "velar" if ru[-1] in "гкх" else "hush" if ru[-1] in "шжчщ" else "hard"
                out.append(ru + _STRESSED_ENDING.get(ru, {}).get(gender, _RU_ENDINGS[kind][gender]))
            return out
    return []


def _stem(word: str) -> str:
    for uk, ru in _STEMS:
        if word.startswith(uk):
            return ru + word[len(uk):]
    return word


def _endings(word: str, head: bool) -> list[str]:
    """The word with its Russian ending: an adjective's (Мирна → Мирная, Нове → Новое), a
    neuter name's (Курахове → Курахово or Степовое; Роботине → Роботино)."""
    if word.endswith("ій"):  # Верхній → Верхний
        return [word[:-2] + "ий"]
    if word.endswith("ий"):
        return [word if len(word) > 2 and word[-3] in _HARD_BEFORE_I else word[:-2] + "ый"]
    if head:
        if word.endswith(("ове", "еве", "єве")):
            return [word[:-1] + "о", word[:-1] + "ое"]
        if word.endswith(("ине", "іне", "їне")):
            return [word[:-1] + "о"]
        if word.endswith("е"):
            return [word[:-1] + "ое"]  # Мирне → Мирное, Запорізьке → Запорізское
        return [word]
    if not _adjective(word):
        return [word]
    if word.endswith("ня") and not word.endswith("ння"):  # Верхня → Верхняя
        return [word + "я"]
    if word.endswith("а"):
        return [word + "я"]  # Нова → Новая
    if word.endswith("е"):
        return [word[:-1] + "ое"]  # Нове → Новое
    if word.endswith("і"):
        return [word[:-1] + "ые"]  # Великі → Великие (after г/к/х: -ие, below)
    return [word]


def _adjective(word: str) -> bool:
    """Whether the dictionary can read the word as an adjective in the nominative (Нова, Велика)."""
    return any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in _ukrainian().parse(word))


def _suffixes(word: str) -> str:
    word = word.replace("ськ", "ск").replace("цьк", "цк").replace("зьк", "зск")
    word = re.sub(r"([гкх])ые$", r"\1ие", word)
    word = word.replace("іїв", "еев").replace("ївк", "евк").replace("івк", "овк").replace("сілк", "селк")
    word = re.sub(r"їв$", "ев", word)
    word = re.sub(r"ів$", "ов", word)
    return word


def _capitalise(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word
