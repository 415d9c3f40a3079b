"""An article's language is told by its text; the source's configured language is only the
default for texts too short to tell."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.extract.language import detect_language, letters_language
from monitor.sources.files import read_file


@pytest.mark.parametrize("text, expected", [
    ("Сили оборони звільнили Кліщіївку, повідомив Генштаб ЗСУ.", "uk"),
    ("Российские войска заняли поселок Очеретино, сообщило Минобороны.", "ru"),
    ("Ukrainian forces liberated Izium on Saturday, officials said.", "en"),
    ("Die ukrainische Armee hat die Stadt Isjum zurückerobert, teilte das Ministerium mit.", "de"),
])
def test_the_text_decides(text: str, expected: str) -> None:
    assert detect_language(text, default="en") == expected


def test_the_configured_language_is_the_default_for_a_text_too_short_to_tell() -> None:
    assert detect_language("Ок", default="ru") == "ru"


def test_a_sentence_without_letters_of_its_own_takes_the_article_language() -> None:
    assert letters_language("Бои под Купянском продолжаются.") is None  # neither і/ї/є nor ы/э/ё
    assert letters_language("Бої під Куп'янськом тривають.") == "uk"
    assert letters_language("Бои продолжаются, сообщили военные.") == "ru"
    assert letters_language("Ukrainian forces, ЗСУ.") == "en"


def test_a_local_file_records_the_language_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("date 2023-08-16\nЗбройні сили України деокупували селище Урожайне.", encoding="utf-8")
    [article] = read_file(path)
    assert article.language == "uk"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_a_file_in_a_legacy_cyrillic_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "old.txt"
    text = "date 2022-09-10\nРоссийские войска оставили Купянск и Изюм, сообщило Министерство обороны."
    path.write_bytes(text.encode(encoding))
    [article] = read_file(path)
    assert article.text == text.split("\n", 1)[1] or article.text == text
    assert article.language == "ru"


def test_mixed_scripts_and_look_alike_letters_do_not_break_reading(tmp_path: Path) -> None:
    from monitor.extract import extract_claims

    text = "ЗСУ звiльнили Клiщiївку. Ukrainian forces liberated Izium. Бои в Kупянске."  # Latin i, K
    claims = {(c.place, c.control) for c in extract_claims(text)}
    assert ("Klishchiivka", "ukraine") in claims and ("Izium", "ukraine") in claims


@pytest.mark.parametrize("text", ["Бої під Куп'янськом тривають.", "ZSU: Бої під Kupiansk", "Kupiansk, Izium і Лиман",
                                  "Forces near Kupiansk (Куп’янськ)", "abc эюя", "ab ыы", "", "Ізюм ab ab", "a'b п'ять"])
def test_more_latin_counts_as_the_letters_do(text: str) -> None:
    import re

    from monitor.extract.language import _more_latin

    latin, cyrillic = len(re.findall("[A-Za-z]", text)), len(re.findall("[а-яёіїєґА-ЯЁІЇЄҐ]", text))
    assert _more_latin(text, 0, len(text)) == (latin > cyrillic)
    assert _more_latin("xx " + text + " yy", 3, 3 + len(text)) == (latin > cyrillic)  # within bounds only
