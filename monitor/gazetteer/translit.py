"""Cyrillic → Latin transliteration.

`uk_to_latin` follows the official Ukrainian national transliteration (Cabinet of Ministers
resolution No. 55 of 27 January 2010), which is what Ukrainian authorities and most English
news use (Kupiansk, Izium, Balakliia). Generic libraries (anyascii, Unidecode) do not follow
it, hence this table. `ru_to_latin` is a plain Russian-based romanisation (close to BGN/PCGN,
without diacritics); it produces the spellings Russian-sourced reports use (Kupyansk, Izyum,
Balakleya, Kharkov).
"""

from __future__ import annotations

APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"

# Ukrainian, 2010 national system: letter → (word-initial form, elsewhere form).
_UK: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"), "ґ": ("g", "g"),
    "д": ("d", "d"), "е": ("e", "e"), "є": ("ye", "ie"), "ж": ("zh", "zh"), "з": ("z", "z"),
    "и": ("y", "y"), "і": ("i", "i"), "ї": ("yi", "i"), "й": ("y", "i"), "к": ("k", "k"),
    "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"),
    "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"), "ф": ("f", "f"),
    "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"), "ш": ("sh", "sh"),
    "щ": ("shch", "shch"), "ь": ("", ""), "ю": ("yu", "iu"), "я": ("ya", "ia"),
}

# Russian letters (plus Ukrainian ones that turn up in mixed spellings).
_RU: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
_RU_VOWELS = set("аеёиоуыэюяіїє")


def _case(out: str, src: str, nxt: str, prev: str) -> str:
    """Carry the source letter's case: Щ → Shch, or SHCH inside an all-caps word."""
    if not out or not src.isupper():
        return out
    if nxt.isupper() or (not nxt.isalpha() and prev.isupper()):
        return out.upper()
    return out[0].upper() + out[1:]


def uk_to_latin(text: str, *, y_forms: bool = False) -> str:
    """Ukrainian Cyrillic → Latin by the 2010 national system (Харків → Kharkiv).

    With y_forms the word-initial forms are used everywhere (я → ya, ю → yu, й → y), the
    common variant of older and Russian-influenced spellings: Kupyansk, Izyum, Balakliya.
    """
    out: list[str] = []
    prev = ""  # previous source character, lowercased ("" at start)
    for i, ch in enumerate(text):
        low = ch.lower()
        nxt = text[i + 1] if i + 1 < len(text) else ""
        before = text[i - 1] if i else ""
        if low in APOSTROPHES:
            continue  # the apostrophe is not transliterated
        pair = _UK.get(low)
        if pair is None:
            out.append(ch)
            prev = low
            continue
        initial = y_forms or not prev.isalpha()
        latin = pair[0] if initial else pair[1]
        if low == "г" and prev == "з":
            latin = "gh"  # зг → zgh, to tell it from ж (zh)
        out.append(_case(latin, ch, nxt, before))
        prev = low
    return "".join(out)


def ru_to_latin(text: str) -> str:
    """Russian Cyrillic → simple Latin (Купянск → Kupyansk, Запорожье → Zaporozhye)."""
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(text):
        low = ch.lower()
        nxt = text[i + 1] if i + 1 < len(text) else ""
        before = text[i - 1] if i else ""
        if low in APOSTROPHES:
            continue
        latin = _RU.get(low)
        if latin is None:
            out.append(ch)
            prev = low
            continue
        if low == "е" and (not prev.isalpha() or prev in _RU_VOWELS or prev in "ьъ"):
            latin = "ye"  # word-initial or after a vowel/soft sign: Yenakiyevo, Zaporozhye
        out.append(_case(latin, ch, nxt, before))
        prev = low
    return "".join(out)


def is_cyrillic(text: str) -> bool:
    """True when the text has Cyrillic letters and no Latin ones."""
    has = False
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            has = True
        elif ch.isascii() and ch.isalpha():
            return False
    return has


def looks_ukrainian(text: str) -> bool:
    """Letters only Ukrainian has (і ї є ґ or an apostrophe) mark a name as Ukrainian."""
    low = text.lower()
    return any(c in low for c in "іїєґ") or any(a in text for a in APOSTROPHES)


def looks_russian(text: str) -> bool:
    """Letters only Russian has (ы э ъ ё)."""
    low = text.lower()
    return any(c in low for c in "ыэъё")
