"""Which language a text, or one sentence of it, is written in.

Claims are read by the rules of the sentence's language, so a Telegram post that quotes a
Russian statement inside Ukrainian text is read sentence by sentence. For a sentence the
letters decide, which costs nothing: Latin script is read as English; Cyrillic with і ї є ґ
or an apostrophe between letters is Ukrainian, with ы э ъ ё Russian; Cyrillic with neither
("Бои под Купянском продолжаются") takes the article's Cyrillic language. An article's
language (stored with it, `detect_language`) comes from py3langid, a maintained
language identifier, loaded only when the letters cannot tell.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from functools import lru_cache

# (the apostrophe's letter before is looked behind from after it: the same matches, found faster)
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]|['’ʼ](?<=[а-яА-Я].)(?=[а-яієї])")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z]")
_IDENTIFIED = ("en", "uk", "ru", "be", "bg", "pl", "de", "fr", "es", "it", "pt", "cs", "sk", "sr", "mk", "kk")


def letters_language(text: str, start: int = 0, end: int | None = None) -> str | None:
    """en, uk or ru as the letters of text[start:end] show it, or None when they cannot
    tell (Cyrillic without a letter of its own language, or no letters)."""
    end = len(text) if end is None else end
    if not _CYRILLIC.search(text, start, end):
        return "en" if _LATIN.search(text, start, end) else None
    ukrainian = _UKRAINIAN.search(text, start, end) is not None
    russian = _RUSSIAN.search(text, start, end) is not None
    if ukrainian != russian:
        if _more_latin(text, start, end):
            return "en"
        return "uk" if ukrainian else "ru"
    if _more_latin(text, start, end):
        return "en"
    if not ukrainian:
        return None
    counts = len(_UKRAINIAN.findall(text, start, end)), len(_RUSSIAN.findall(text, start, end))
    return "uk" if counts[0] > counts[1] else "ru" if counts[1] > counts[0] else None


def _more_latin(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has more Latin letters than Cyrillic ones. Called per
    sentence: Cyrillic letters are counted only until they match the Latin ones (a
    Ukrainian sentence has no Latin letter to count against, and is not counted at all)."""
    if not _LATIN.search(text, start, end):
        return False
    latin = len(_LATIN.findall(text, start, end))
    for counted, _ in enumerate(_CYRILLIC.finditer(text, start, end), 1):
        if counted >= latin:
            return False
    return True


def cyrillic_default(text: str) -> str:
    """The Cyrillic language of a whole text (for sentences whose letters cannot tell)."""
    by_letters = letters_language(text) if _CYRILLIC.search(text) else None
    if by_letters in ("uk", "ru"):
        return by_letters
    return "uk" if identify(text) == "uk" else "ru"


def detect_language(text: str, default: str | None = None) -> str | None:
    """The language of an article (ISO 639-1), for storing with it: the letters where they
    decide (Cyrillic), py3langid otherwise; ``default`` (the source's configured language)
    when the text is too short to tell."""
    sample = text[:4000]
    if len(sample.strip()) < 20:
        return default
    if _CYRILLIC.search(sample):
        by_letters = letters_language(sample)
        if by_letters in ("uk", "ru"):
            return by_letters
    return identify(sample) or default


def identify(text: str) -> str | None:
    try:
        return _identifier().classify(text)[0]
    except Exception:  # noqa: BLE001 - a failing identifier leaves the language unknown
        return None


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier, narrowed to the languages asked about. Reading its packaged
    model (4.6 MB, xz) costs 0.6-0.75 s of CPU in every process that meets an English article
    (`import`, `poll`, `run`); the narrowed identifier is kept in the cache folder, as the
    gazetteer's index is, and read back in milliseconds."""
    import pickle
    from importlib import metadata

    from monitor.gazetteer.cache import cached_bytes, data_digest

    def versions(*packages: str) -> str:
        found = []
        for package in packages:
            try:
                found.append(f"{package}={metadata.version(package)}")
            except metadata.PackageNotFoundError:
                found.append(f"{package}=?")
        return ",".join(found)

    digest = data_digest("langid-2", versions("py3langid", "numpy"), ",".join(_IDENTIFIED))
    return pickle.loads(cached_bytes("langid", digest, lambda: pickle.dumps(_built_identifier(), protocol=5)))


def _built_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(_IDENTIFIED))
    identifier._full_model = None  # (kept by py3langid only to narrow again: 28 MB the cache need not hold)
    return identifier
