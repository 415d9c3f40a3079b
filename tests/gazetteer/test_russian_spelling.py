"""The Russian spelling of Ukrainian names the sources give no Russian name for
(monitor/gazetteer/build/russian.py), used at build time for the Russian case forms."""

from __future__ import annotations

import pytest

pytest.importorskip("pymorphy3")

from monitor.gazetteer.build.russian import russian_spellings  # noqa: E402


@pytest.mark.parametrize("name_uk, russian", [
    ("Філія", ["Филия"]),  # letters: і → и
    ("Новоселівка Перша", ["Новоселовка Первая"]),  # -івка → -овка; an ordinal translated
    ("Мирна Долина", ["Мирная Долина"]),  # an adjective's ending
    ("Перше Травня", ["Первое Мая"]),  # a month in the genitive
    ("Андріївка", ["Андреевка"]),  # -іївка → -еевка
    ("Олександрівка", ["Александровка"]),  # a word-initial stem
    ("Миколаївка", ["Николаевка"]),
    ("Велика Новосілка", ["Великая Новоселка", "Большая Новоселка"]),  # Велик-: both Russian words
    ("Верхня Кринка", ["Верхняя Кринка"]),
    ("Часів Яр", ["Часов Яр"]),  # a possessive -ів
    ("Куп'янськ", ["Купянск"]),  # -ськ → -ск, the apostrophe dropped
    ("Роботине", ["Роботино"]),
    ("Курахове", ["Курахово", "Кураховое"]),  # -ове: a noun's -ово or an adjective's -овое
    ("Зелений Гай", ["Зеленый Гай"]),
    ("Північне", ["Северное"]),  # a name word Russian translates, not respells
    ("Південне", ["Южное"]),
    ("Червоний Лиман", ["Красный Лиман"]),  # in the name's gender
    ("Червона Поляна", ["Красная Поляна"]),
    ("Верхнє Водяне", ["Верхнее Водяное"]),  # a soft stem: -нє → -нее
    ("Великий Бурлук", ["Большой Бурлук"]),  # (the spelling "Великий Бурлук" is the name itself)
    ("Залізне", ["Железное"]),
    ("Червоноармійське", ["Червоноармийское"]),  # only whole words are translated
    ("Широкий Яр", []),  # spelled the same: nothing to add
    ("Бахмут", []),
])
def test_regular_correspondences_of_the_two_spellings(name_uk: str, russian: list[str]) -> None:
    assert russian_spellings(name_uk) == russian
